"""The reporting frames of one sentence and the claimant each names: "citing X" / "X cited Y as saying"; a
trailing "..., X said."; "according to X", "a statement by X", "In an interview ..., X"; "X said/announced/..."
(strong), and "X called", "X expressed", an official deed of a person, office, body or country ("X signed", "X declared
a state of emergency", "Russia declared a mobilization": its government's) or a direct quote in the update's first
sentence (weak). A verb's form that is a noun ("its reports"), a label ("what the government called ...") and an
earlier claim recalled in a time clause ("..., a day after X announced ...") are no frames; "he" and a bare title
("the mayor says") are the person named before (attribution.py chooses among the frames of an update)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronik.extract.claimant import Claimant, named
from chronik.extract.frame_phrase import DAY, PhraseCutter, last_clause, prefix_end, without_aside
from chronik.extract.lexicon import ClaimLexicon
from chronik.extract.matcher import Match
from chronik.extract.resolver import Resolver
from chronik.extract.speaker_phrase import THROUGH_SPOKESPERSON
from chronik.extract.words import NAME_WORD

_PASSIVE = {"was", "were", "is", "are", "been", "be", "being"}
# words before a noun, not a subject before its verb: "ten states", "the reports", "its claims", "from posts"
_BEFORE_NOUN = {"a", "an", "the", "these", "those", "this", "its", "their", "his", "her", "our", "several", "many",
                "few", "some", "other", "member", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "dozens", "hundreds",
                # ... and prepositions: "withdrew from posts along the border", "in reports", "with claims"
                "from", "in", "into", "at", "with", "without", "on", "to", "of", "for", "about", "over", "through"}
_CONJUNCTION = re.compile(r"(?:and|but|while|whereas|yet)\s", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?\"“”]|\s(?:that|while|whereas)\s")  # where a frame's phrase cannot reach
_POSSESSIVE_OFFICE = re.compile(r"(?:^|[\s,])(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?=\S)")
# "Earlier on Sunday, ...", "Earlier, on March 21, ...": the opener dates the sentence, it recalls no earlier claim
# a leader's own office, which relays the leader's words: "the PM Office", "the Prime Minister's Office", "the Office of
# the President", "the presidential office", "the Presidency"
_LEADER_OFFICE = re.compile(r"(?:the\s+)?(?:(?P<pm>PM|Prime\s+Minister|Premier)(?:'s)?\s+Office|PMO"
                            r"|Office\s+of\s+the\s+(?:(?P<pm2>Prime\s+Minister|Premier)|President)"
                            r"|President(?:'s|ial)?\s+Office|Presidency)", re.I)
_LEADER_TITLE = {True: r"(?:Prime\s+Minister|PM|Premier)", False: r"(?:President)"}
_SAME_DAY = re.compile(rf",?\s+(?:on\s+{DAY}|today|tonight|this\s+(?:morning|afternoon|evening))\b")
_NAMING = {"called", "calls", "call", "described", "describes", "termed", "terms", "dubbed", "labelled", "labeled"}
_DENYING = {"denied", "denies", "deny", "rejected", "rejects", "refuted", "refutes"}
_DECLARING = {"declared", "declares", "declare", "announced", "announces", "announce", "proclaimed", "proclaims",
              "introduced", "introduces", "imposed", "imposes"}
_BEFORE_ACT = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|\w+al|\w+-\w+|\d+-\w+)\s+){0,2}")  # "a unilateral"
# a ceasefire agreed with another party is news the announcer reports, not its own act: "announced a truce agreed
# through the mediators", "announces a ceasefire brokered by Qatar"
_AGREED = re.compile(r"\s+(?:agreed|reached|brokered|negotiated|mediated|signed)\b")
# a name or title in quotation marks the text does not accept ('the "National Front for Liberation"', the "DPR"
# "prime minister"): a few words with no sentence's punctuation, after a word or bracket; not a quotation that
# opens the sentence before its speaker ('"We will not retreat" X said')
_SCARE_QUOTES = re.compile(r'(?:(?<=[\w)"]\s)|(?<=\())"((?:[^",.!?;:\s]+\s?){1,6})"')
# a nickname in quotes after a name is no quotation: 'Ahmed Madobe ("the Colonel")', '(known as "Abu Ubaidah")'
_NICKNAME = re.compile(r'\(\s*(?:known as\s+|aka\s+)?"[^"]{1,40}"\s*\)')
# a chronology's cell that opens with who speaks, a role or medium in brackets, and a colon ("Kuleba: ...",
# "Budanov (head of HUR, on TV): ...")
_NAME_LABEL = re.compile(rf"(?P<who>{NAME_WORD}(?:\s+{NAME_WORD})?)(?:\s*\([^()]{{1,80}}\))?:\s")
_SPOKEN = re.compile(r'"(?:[^"\s]+\s+){3,}[^"\s]+"')  # a quotation of four words or more, not a label in quotes
# a quotation right after "citing" that names no one is a reason in its giver's words: citing "security reasons"
_CITED_REASON = re.compile(r'\s*"([^"]{1,80})"')
# the members a group's subject lists before its verb: "the US and 12 partner countries, among them Britain, Japan and
# Bahrain, issued ...": the group speaks, not its last members
_MEMBERS = re.compile(r",\s*(?:among\s+them|among\s+whom|including|such\s+as)\s[^;:\"]*,\s*$", re.I)
_RECALLED = re.compile(r"(?:^|,\s+)(?:[\w-]+\s+){0,3}?(?:after|before|since|until|when)\s+[^,;:\"]{1,60}$", re.I)
STRONG, WEAK = 1, 2
# who an official deed is sourced to when it opens an update: a person, office or body ("President X dismissed ...",
# "the Council of Ministers declared a state of emergency"), or a country, by its government ("Russia announced a
# mobilization", "Ecuador breaks off relations with Colombia")
_DOERS = ("person", "office", "body", "polity")
_RELATIVE = re.compile(r"\b(?:whom|who|whose|which|that|where|when)\s", re.I)
_PLURAL_PRONOUNS = {"they", "we", "both", "all"}
# the name a subject goes by, between commas before its verb: "The Pakistani Taliban, known by the acronym TTP, claim"
_KNOWN_AS = re.compile(r",\s*(?:also\s+|better\s+)?(?:known|called|dubbed)(?:\s+[a-z]+ly)?\s+(?:as|by)\b[^,;:\"]*,\s*$")
# nouns of a group that take a plural verb without an "s": "Police say ...", "the Pakistani Taliban claim ..."
_COLLECTIVE = {"police", "taliban", "people", "personnel", "staff", "militia"}
# a verb in the passive, which no name holds
_PASSIVE_VERB = re.compile(r"\w\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+\w+(?:ed|en)\b")
# a relative clause or a participle's phrase that describes the subject right before its verb, closed by a comma: "...,
# who escaped from Cyprus after Monday's coup, said", "..., reached by telephone, said", "..., joined by the United
# States, vetoes"
_DESCRIBED = re.compile(r",\s+(?:who|whose|[a-z]+(?:ed|ing))\s[^,;:\"]*,\s*$")
# a relative clause with "that" closing the description of the subject between commas: "Corneille Nangaa, leader of the
# Congo River Alliance (AFC) that includes M23, tells ..."
_APPOSITION_RELATIVE = re.compile(r"(,[^,;:\"]*?[\w)])\s+that\s+[a-z]+\b[^,;:\"]*(,\s*)$")
# a name of a few capitalised words, then what it is between commas, right before the verb: "China, Pakistan's closest
# ally, has called on ..."
_NAME_THEN_DESCRIPTION = re.compile(r"^\s*(?P<name>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+"
                                    r"[^,;:\"]{3,60},\s*(?:(?:has|have|had|also|now|again|would|will|did|does)\s+)*$")
# a count in an absolute clause before its participle: "..., with at least 30 fatalities (reported)"
_WITH_COUNT = re.compile(r"(?:^|[\s,])with\s+(?:(?:at\s+least|at\s+most|some|about|around|over|nearly|more\s+than|"
                         r"up\s+to)\s+)?(?:\d[\d,.]*|no|several|dozens|hundreds|thousands|many|few)\s[^,;:\"]*$")


def _open_relative(s: str, start: int, end: int) -> bool:
    """Whether a relative clause opened in ``s[start:end]`` runs on to ``end`` ("..., whom Aliyev appointed"); not one
    that commas close before it ("Haftar, whose army holds the east, orders ...": the verb is the subject's)."""
    found = list(_RELATIVE.finditer(s, start, end))
    return bool(found) and "," not in s[found[-1].end():end]


# the words after a subject's head noun that open what qualifies it: "the co-chairs of ...", "Residents in Tripoli"
_HEAD_ENDS = frozenset({"of", "in", "from", "near", "across", "around"})


def _plural_subject(words: list[str]) -> bool:
    """Whether the words before a verb end in a plural subject: a plural noun ("the co-chairs", "the co-chairs of
    the Minsk Group", "Residents in Tripoli"), a plural pronoun, or names joined by "and" ("Armenia and
    Azerbaijan")."""
    last = words[-1] if words else ""
    if last.lower() in _PLURAL_PRONOUNS or last.lower() in _COLLECTIVE:
        return True
    tail = words[-8:]
    heads = [last] + [tail[k - 1] for k in range(1, len(tail)) if tail[k] in _HEAD_ENDS]
    if any(w.endswith("s") and not w.endswith(("'s", "ss", "us")) and w.lower() not in ("its", "his", "this")
           for w in heads):
        return True
    return last[:1].isupper() and "and" in words[-4:-1]


# how words reached the outlet, after the verb: "said by phone that ...", "told AFP by telephone" (not an agent)
# a verb whose object comes after "of" ("warned of a full-scale crisis", "Refugees told of helicopter attacks",
# "witnesses spoke of bodies in the streets"), not a noun before it ("reports of gunfire")
_VERB_OF = frozenset({"warned", "warns", "told", "tells", "spoke", "speaks"})
_BY_MEANS = re.compile(r"\s+by\s+(?:(?:satellite\s+|mobile\s+)?(?:tele)?phone|text(?:\s+message)?|e-?mail|video\s+link|"
                       r"WhatsApp|Telegram|messaging\s+app|radio)\b")


@dataclass(frozen=True)
class Candidate:
    """A frame found in one sentence; ``claimant`` None when it names no one."""

    sentence: int
    paragraph: int
    rank: int  # order within the sentence: 0 citing, 1 trailing, 2 the rest
    pos: int
    tier: int
    frame: str
    claimant: Claimant | None


# a medium that relays a statement its issuer's name describes ("State TV aired a Defence Ministry statement saying
# ...", "Damascus radio broadcast a General Command communique No. 4"): the issuer, not the medium, claims it
_RELAYED = re.compile(r"\b(?:broadcast|carried|aired|published|relayed|read out)\s+(?:(?:a|an|the)\s+)?"
                      r"(?P<who>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?)\s+(?:communiqu[eé]|statement|announcement)\b")
# pictures someone released, opening a sentence on what they show: "Footage released by the army showed ...", "A fresh
# video released by the Pakistani military shows ..."; not "Videos posted by fighters show ...", which an outlet
# describes in its own words
_SHOWN_BY = re.compile(r"(?:(?:a|an|the)\s+)?(?:(?:new|fresh|latest|further)\s+)?(?:video|videos|footage|images|"
                       r"photos|pictures|photographs)\s+(?:released|published|issued|broadcast)\s+by\s+"
                       r"(?P<who>[^,;]{2,60}?)(?:\s+(?:this|last|on|early|late)\s+[\w\s]{2,20}?)?\s+"
                       r"(?:shows?|showed|appears?|appeared|purports?|purported)\b", re.I)
# a named spokesperson right after the verb, through whom the subject speaks: "announced on Saturday evening, through
# their spokesman Sidiki Konate,"
_THROUGH_AFTER = re.compile(rf"(?:\s+[^,;]{{1,40}}?)?,\s+{THROUGH_SPOKESPERSON.pattern},", re.I)
# a first person's cleft sentence opening ("What I can tell you is ...", "What we have said is ..."): it names no one
_CLEFT = re.compile(r"^\s*(?:(?-i:[A-Z][A-Z.'’ -]{1,40}):\s+)?what\s+(?:i|we)\b", re.I)  # (after a turn's label)
# a pronoun joined to "is" or "has" ("he's said", "it's reported"): no owner before a verb
_CONTRACTIONS = frozenset({"he's", "she's", "it's", "that's", "who's", "there's", "what's", "here's", "where's"})


def _possessive(word: str) -> bool:
    """Whether a word owns what follows it ("the Kremlin's", "Hamas'"), which makes a verb's form after it a noun;
    a pronoun's contraction ("he's said", "it's reported") does not."""
    word = word.lower().replace("’", "'")
    return word.endswith(("'s", "s'")) and word not in _CONTRACTIONS


# an office its claimant owns by a possessive pronoun, right before the verb it says ("..., his press office reported")
_OWNED = re.compile(r"(?:^|[,;]\s*)(?:his|her|their)\s+(?:[\w'’-]+\s+){1,3}$", re.I)


# a person's own spokesperson, maybe named, right before the verb closing the sentence: "..., his spokesperson
# Stephane Dujarric said", "..., her spokesman, Jane Roe, told reporters"
_OWN_SPOKESPERSON = re.compile(r"(?:^|[,;][\"”’]?\s*)(?:his|her)\s+(?:[\w'’-]+\s+)?"
                               r"(?:spokes(?:person|man|woman)|press\s+secretary)\b,?\s*[^,;]*,?\s*$", re.I)


# a document by its number right before the verb: "Resolution 678", "Decree No. 12"
_NUMBERED_DOCUMENT = re.compile(r"\b(?:resolution|decree|order|law)\s+(?:no\.?\s*)?\d+\s*$", re.I)


class FrameReader:
    """Reads the frames of a sentence with one lexicon (the sides file and gazetteer are those of the update's
    :class:`Resolver`, given to :meth:`read`)."""

    def __init__(self, lexicon: ClaimLexicon, cut: PhraseCutter):
        self.lex = lexicon
        self.cut = cut

    def read(self, text: str, spans: list[tuple[int, int]], i: int, para: int, para_start: int,
             resolver: Resolver) -> list[Candidate]:
        start, end = spans[i]
        s = text[start:end]
        quotes_before = text.count('"', para_start, start)
        head = prefix_end(s)
        if self.lex.background.search(s, head, min(len(s), head + 20)) is not None:
            opener = self.lex.background.search(s, head)
            if opener is not None and opener.start == head and not _SAME_DAY.match(s, opener.end) \
                    and not (i == 0 and opener.text.lower() == "earlier"):
                # "Prior to that, ..." recalls an earlier claim; "Earlier on Sunday, ..." dates this one; an update that
                # opens with "Earlier," ("Earlier, the president called the mutiny treason") reports that claim
                return []
        out: list[Candidate] = []

        def add(rank: int, pos: int, tier: int, frame: str, claimant: Claimant | None) -> None:
            if claimant is not None and (claimant.kind == "pronoun" or (claimant.title_only and claimant.side is None)):
                found = (self._owner(text, spans, i, start + pos, resolver) if _OWNED.search(s, 0, pos)
                         else None) or self._antecedent(text, spans, i, start + pos, resolver,
                                                        claimant.kind == "pronoun")
                if found is None:
                    found = Claimant(None, None, "unnamed")  # "he said", "the mayor says", with no one named before
                claimant = found or claimant
            elif claimant is not None and claimant.title_only and resolver.home is not None \
                    and claimant.side == resolver.home.side and not resolver.sides.find(claimant.who or ""):
                # "The Prime Minister informed ..." in a national outlet: the title has its side, not yet its holder
                found = self._antecedent(text, spans, i, start + pos, resolver)
                if found is not None and found.side in (None, claimant.side):
                    claimant = Claimant(found.who, claimant.side, found.kind)
            owner = _POSSESSIVE_OFFICE.search(s[:pos])
            if claimant is not None and claimant.kind == "person" and claimant.side is None and owner \
                    and self.lex.offices.search(s, owner.end(), owner.end() + 40) is not None:
                # "Its spokesman, Maj Gen X, told reporters": X speaks for whom "its" refers to, the subject of the
                # same sentence ("The rebels said ..., their spokesman X said") or of an earlier one
                before = [s[:owner.start()]] if owner.start() > 0 else []
                before += [text[a:b] for a, b in spans[:i][::-1]]
                sides = [c.side for c in (resolver.resolve(self.cut.subject(b)) for b in before)
                         if c is not None and c.side and c.kind not in ("pronoun", "multi")]
                if sides:
                    claimant = Claimant(claimant.who, sides[0], claimant.kind)
            if claimant is not None and claimant.kind in ("person", "office") and _OWN_SPOKESPERSON.search(s, 0, pos):
                # "UN Secretary-General Antonio Guterres welcomed the ceasefire ..., his spokesperson Stephane Dujarric
                # said": the spokesperson tells what the person the sentence opens with did and thinks (also when "his
                # spokesman" alone is taken for an office of the outlet's country)
                principal = self._owner(text, spans, i, start + pos, resolver)
                if principal is not None and principal.who != claimant.who:
                    claimant = Claimant(principal.who, principal.side or claimant.side, principal.kind)
            if claimant is not None and claimant.kind == "multi":
                return
            out.append(Candidate(i, para, rank, start + pos, tier, frame, claimant))

        for m in self.lex.hearsay.finditer(s):
            add(2, m.start, STRONG, "hearsay", None)
        for m in self.lex.citing.finditer(s):
            reason = _CITED_REASON.match(s, m.end)
            if reason and resolver.resolve(reason.group(1)) is None:
                continue  # 'blocked the site, citing "discrimination" against its media': a reason, not a source
            c = resolver.resolve(self.cut.phrase_after(s, m.end))
            if named(c) or (c is not None and c.kind == "unnamed" and c.side is not None):
                add(0, m.start, STRONG, "citing", c)
        shown = _SHOWN_BY.match(s, head)
        if shown is not None:  # "Footage released by the army showed ...": who released it shows it
            c = resolver.resolve(shown.group("who"))
            if named(c):
                add(0, head, STRONG, "shown", c)
        for relayed in _RELAYED.finditer(s):
            # "Cairo radio broadcast an Egyptian armed forces communique, which claimed ...": its issuer speaks
            c = resolver.resolve(relayed.group("who"))
            if named(c):
                add(0, relayed.start(), STRONG, "relayed", c)
        for m in self.lex.cited_as.finditer(s):
            after = re.match(r"\s+(.{2,80}?)\s+as\s+(?:saying|\w+ing)\b", s[m.end:])
            if after:
                add(0, m.start, STRONG, "cited-as", resolver.resolve(after.group(1)))
        source_ends: list[int] = []
        for matcher, frame in ((self.lex.according, "according"), (self.lex.statement_by, "statement")):
            for m in matcher.finditer(s):
                source_ends.append(m.end)
                if frame == "statement" and _open_relative(s, head, m.start):
                    continue  # "X, who arrived with a message from Y, said ...": what X brought, X speaks
                if self.lex.hearsay.search(s, m.start, m.start + 60) is None:
                    # "..., according to Brad Cooper, commander of US naval forces.": the description closing the
                    # sentence is his; after "According to X, ..." opening it, the main clause follows
                    phrase = self.cut.phrase_after(s, m.end, apposition=m.start > head)
                    add(2, m.start, STRONG, frame, resolver.resolve(phrase))
        interview = self.lex.interview.search(s, head)
        if interview is not None and interview.start == head:
            add(2, head, STRONG, "interview", resolver.resolve(self.cut.subject(s)))
        previous: Claimant | None = None  # the subject of the last verb frame, for "X said ... and added"
        verbs = [(m, STRONG, False) for m in self.lex.strong.finditer(s)]
        verbs += [(m, WEAK, False) for m in self.lex.weak.finditer(s)]
        verbs += [(m, WEAK, True) for m in self.lex.deeds.finditer(s)]
        for m, tier, deed in sorted(verbs, key=lambda v: v[0].start):
            if m.text[:1].isupper() and m.start > head:
                continue  # a word of a name ("the United States", "Reporters Without Borders Reports")
            if any(end <= m.start < end + 80 and not _CLAUSE_END.search(s, end, m.start) for end in source_ends):
                continue  # a noun in the source's name: "according to daily CJTF-OIR strike reports"
            if self._declares_act(s, m):
                deed, tier = True, WEAK
            found = self._verb_frame(s, m, resolver, quotes_before, previous, tier)
            if found is None or (deed and (not self._doer(found[1]) or _open_relative(s, head, m.start))):
                continue  # (not "..., whom Aliyev appointed in March": a deed recalled in a relative clause)
            through = _THROUGH_AFTER.match(s, m.end)
            if through is not None and named(found[1]) and (voice := resolver.resolve(through.group("name"))):
                # "The Forces Nouvelles announced on Saturday, through their spokesman Sidiki Konate, that ...": the
                # spokesperson speaks, for the body's side
                found = (found[0], Claimant(voice.who, voice.side or found[1].side, "person"))
            previous = found[1]
            weak_word = tier == WEAK and found[1] is not None and found[1].kind == "person" \
                and len((found[1].who or "").split()) == 1 \
                and not self._titled_before(s[:m.start], found[1].who or "")  # "Evidence suggests", "Analysis showed"
            if found[1] is not None and (tier == STRONG or named(found[1])) and not weak_word:
                add(found[0], m.start, tier, "denial" if m.text.lower() in _DENYING else "verb", found[1])
        for saying in re.finditer(r",\s+(?:saying|claiming|insisting|arguing|warning)\s", s):
            # "Azerbaijan launched the operation on Tuesday, saying it aimed to ...": the subject says it
            if (quotes_before + s.count('"', 0, saying.start())) % 2 == 0:
                c = resolver.resolve(self.cut.subject(s))
                if named(c) and not (c.kind == "person" and c.side is None and " " not in (c.who or "")):
                    add(2, saying.start(), STRONG, "saying", c)  # (not "Two people were killed, ...")
        if i == 0 and '"' in _NICKNAME.sub("", s):
            c = resolver.resolve(_quoted_speaker(s, head) or self.cut.subject(s))
            if named(c) and c.kind != "polity":
                add(2, head, WEAK, "quote", c)
        verbs_named = [c for c in out if c.frame in ("verb", "denial") and named(c.claimant)]
        out = [c for c in out if not (c.frame == "statement" and any(
            v.pos < c.pos and not re.search(r"[,;:]", text[v.pos:c.pos]) for v in verbs_named))]
        # "X welcomes the joint statement of Y": X speaks about Y's statement
        out = _leader_not_office(s, start, out)
        cited = {c.claimant.side for c in out if c.frame == "citing" and c.claimant and not named(c.claimant)}
        if cited:
            # "..., Reuters reported, citing two Indian security sources": the party's sources claim it, an outlet of
            # no side or another that cites them only relays it (a party's own agency citing its sources speaks)
            out = [c for c in out if c.frame == "citing" or (c.claimant is not None and c.claimant.side in cited)]
        if any(c.claimant is not None and c.claimant.kind == "unnamed" and c.claimant.side for c in out):
            # "Junta sources said": the sources are the party's, not hearsay with no side
            out = [c for c in out if c.frame != "hearsay"]
        return out

    def _verb_frame(self, s: str, m: Match[str], resolver: Resolver, quotes_before: int,
                    previous: Claimant | None, tier: int) -> tuple[int, Claimant | None] | None:
        """(rank, claimant) of "X <verb>", or None when the verb does not report X's words here."""
        after = s[m.end:]
        # the words before the verb, after the sentence's stamp or dateline ("KHARTOUM, June 3 (Reuters) - ")
        before = s[min(prefix_end(s), m.start):m.start]
        pre = before
        words = pre.split()
        if (quotes_before + pre.count('"')) % 2 == 1:
            return None  # the verb is inside a quotation
        if m.text.lower() in self.lex.plural and not _plural_subject(_KNOWN_AS.sub("", without_aside(pre)).split()):
            return None  # "held a phone call on Monday": the bare form after no plural subject is a noun
        by = re.match(r"\s+by\s+", after)
        if by and tier == STRONG and words and words[-1].lower() in _PASSIVE:
            # "the deaths were reported by UNRWA", "was accused by rights groups of ...": the agent claims
            agent = resolver.resolve(self.cut.phrase_after(s, m.end + by.end()))
            return (2, agent) if named(agent) else None
        if m.text.lower() in _NAMING and re.search(r"\bwhat\s+[^,;:]{1,60}$", pre):
            return None  # "targeting what the government called terrorist camps": a label, not a claim
        if _RECALLED.search(pre):
            return None  # "..., a day after Moscow announced the annexation": an earlier claim, in a time clause
        verb_of = m.text.lower() in _VERB_OF and re.match(r"\s+of\b", after) is not None
        # (a feeling said with its copula, "is deeply concerned by ...": its "by" names what, no passive's agent)
        feels = m.text.lower().startswith(("is ", "was "))
        if (re.match(r"\s+(?:of|by)\b", after) and not _BY_MEANS.match(after) and not verb_of and not feels) \
                or s[m.start - 1:m.start] == "-":
            return None  # "reports of gunfire", "called by", "so-called"; not "said by phone"
        if words and words[-1].lower() in _PASSIVE:
            return None
        if words and (words[-1].lower() in _BEFORE_NOUN
                      or (words[-1].isdigit() and not _NUMBERED_DOCUMENT.search(pre))):
            return None  # "a bloc of five states launches", "its reports": a noun, not a verb (a numbered document
            # is a subject: "Resolution 678 authorises")
        if _CLEFT.match(pre):
            return None  # "What I can tell you is that ...": the one speaking, as the transcript's turn names them
        if words and _possessive(words[-1]):
            return None  # "The Kremlin's claims are nonsense": a party's claims, named by another speaker
        if _WITH_COUNT.search(pre):
            return None  # "..., with at least 30 fatalities reported": a count told, "were reported", not who says
        near = words[-1:] if len(words) < 2 or not (words[-1].endswith("ly") or words[-1] == "yet") else words[-2:]
        if any(w.lower() in ("not", "never") or w.lower().endswith("n't") for w in near):
            return None  # "the government has not (yet) confirmed the fall of the base": no claim
        if previous is not None and re.search(r",\s*$", pre) and re.match(r'\s+(?:that\b|[^,"]{0,60}")', after):
            return 2, previous  # 'X denies the claims, says Armenia "does not ..."': X's second verb, no subject
        inverted = None
        first = after.split()[0].lower() if after.split() else ""
        if re.search(r'[,"]\s*$', pre) and re.match(r"\s+[A-Za-z]", after) and m.text.lower() in self.lex.invertible \
                and first not in self.lex.intro_words:
            # '"...," said the ministry.' / '..., said Artak Beglaryan, the ombudsman.'
            inverted = resolver.resolve(self.cut.phrase_after(s, m.end, apposition=True))
            if not named(inverted):
                inverted = None
        answer = re.search(r",\s*(?:a|an|the)\s+(\w+)\s+(?:that\s+|which\s+)?[^,]*$", pre)
        if answer is not None and answer.group(1).lower() in self.lex.rebuttal:
            return None  # "..., a claim the federal government denied": an answer to the sentence's claim
        pre = _SCARE_QUOTES.sub(r"\1", pre)  # 'the "DPR" "prime minister" X said': a name in quotes, no quotation
        if '"' in pre:
            pre = pre[pre.rfind('"') + 1:]
        closing = list(re.finditer(r"[,.!?]'(?=\s)", pre))  # a quotation in single quotes: "...,' Anahit told"
        if closing:
            pre = pre[closing[-1].end():]
        described = _DESCRIBED.search(pre)
        if described is not None and described.start() > 0:
            pre = pre[:described.start()]  # "X, who escaped after Monday's coup and addressed ..., said": X said
        whole_pre = pre
        pre = self._group(pre, resolver)
        pre = self.cut.strip_auxiliaries(pre)
        if not pre.strip():
            return (1, inverted) if inverted else None

        # "..., the ministry said." / '"...," Aliyev said.': the claimant of the whole sentence
        marks = re.findall(r'[,;:"]', before)
        # ("..., and Hamas blamed Israel" is a clause of its own, not a trailing attribution)
        trailing = (len(after.split()) <= 8 and not re.search(r"\bthat\b|:", after) and marks[-1:] in ([","], ['"'])
                    and not _CONJUNCTION.match(before.rsplit(",", 1)[-1].lstrip())
                    and not self._contrasted(before)
                    and not re.search(r",\s*(?:which|who|that)\s*$", before)  # "..., which calls for": a relative
                    # "..., after talks in Istanbul that officials had declared a failure": a relative clause's verb
                    and not re.search(r"\b(?:that|which|whom)\s+[^,]*$", before.rsplit(",", 1)[-1]))
        # "X arrived in Kyiv and said", "X arrived and, at a news conference with Y, said": X's second verb
        coordinated = re.search(r"(?:^|\s)(?:and|but)(?:,\s[^,\"]*,?)?$", pre.strip())
        if tier == WEAK and (coordinated or re.search(r",\s*(?:and|but|while|whereas)\s", pre)):
            return None  # "..., and the separatist forces agreed to lay down their arms": an act told, not a claim
        if coordinated:
            return 2, previous or resolver.resolve(self.cut.subject(s))
        claimant = resolver.resolve(pre)
        if claimant is None:
            claimant = self._subject_described(whole_pre, resolver)
        if claimant is not None and claimant.who and _PASSIVE_VERB.search(claimant.who):
            return None  # "The conference was called under a Security Council resolution adopted on ...": a clause of
            # its own, no name
        if inverted is not None and not named(claimant):
            return 1, inverted
        if claimant is None:
            return None
        return (1 if trailing else 2), claimant

    def _subject_described(self, pre: str, resolver: Resolver) -> Claimant | None:
        """The subject before a verb that a description between commas hides from the resolver: a relative clause with
        "that" closing the description ("Corneille Nangaa, leader of the AFC that includes M23, tells": Corneille
        Nangaa, leader of the AFC), or a name of a few capitalised words before it ("China, Pakistan's closest ally,
        has called on": China); None when neither names anyone."""
        cut = _APPOSITION_RELATIVE.sub(r"\1\2", pre)
        if cut != pre and (found := resolver.resolve(self.cut.strip_auxiliaries(self._group(cut, resolver)))):
            return found
        named = _NAME_THEN_DESCRIPTION.match(pre)
        return resolver.resolve(named.group("name")) if named is not None else None

    def _titled_before(self, before: str, name: str) -> bool:
        """Whether a one-word name is a surname after its holder's title or office ("Defense Secretary Carlucci
        ordered ..."), not a common word taken for a name ("Evidence suggests ...")."""
        subject = self.cut.strip_auxiliaries(before).rstrip()
        if not name or not subject.endswith(name):
            return False
        words = subject[:-len(name)].split()
        return bool(words) and (words[-1] in self.lex.titles or any(
            subject[m.end:].strip() == name for m in self.lex.offices.finditer(subject)))

    def _doer(self, c: Claimant | None) -> bool:
        """Whether an official deed's subject sources it: a person, office or body; a title only when it names its
        place ("Kursk Oblast governor declares ..."), not a bare one ("The President signed ...")."""
        return c is not None and c.kind in _DOERS and not (
            c.title_only and all(w.capitalize() in self.lex.titles for w in (c.who or "").split()))

    def _declares_act(self, s: str, m: Match[str]) -> bool:
        """Whether a declaring verb's object is an act the declaring does ("declared a unilateral ceasefire",
        "announced mobilization"): a deed, not a claim ("announced that a ceasefire had been agreed" is one)."""
        after = s[m.end:]
        return m.text.lower() in _DECLARING and (act := self.lex.acts.search(after)) is not None \
            and _BEFORE_ACT.fullmatch(after[:act.start]) is not None and not _AGREED.match(after, act.end)

    def _group(self, pre: str, resolver: Resolver) -> str:
        """The last clause of ``pre``, without the members its subject lists before the verb when the group itself
        names a claimant of a side ("the US and 12 partner countries, among them Britain, Japan and Bahrain,");
        else as it is."""
        grouped, whole = last_clause(_MEMBERS.sub("", pre)), last_clause(pre)
        if grouped == whole:
            return whole
        group = resolver.resolve(grouped)
        return grouped if group is not None and named(group) and group.side is not None else whole

    def _contrasted(self, pre: str) -> bool:
        """Whether the verb's clause answers an earlier speaker's ("X said ..., while Y said ...")."""
        joint = list(re.finditer(r",\s*(?:while|whereas)\s", pre))
        return bool(joint) and self.lex.strong.search(pre[:joint[-1].start()]) is not None

    def _owner(self, text: str, spans: list[tuple[int, int]], i: int, pos: int, resolver: Resolver) -> Claimant | None:
        """Whose office "his press office" is, closing a sentence: the person the sentence opens with ("Pashinyan held
        talks with Putin and Macron, his press office reported" is Pashinyan's office), not the last one it names."""
        start = spans[i][0]
        c = resolver.resolve(self.cut.subject(text[start:pos])) if pos > start else None
        return c if named(c) and c is not None and c.kind == "person" else None

    def _antecedent(self, text: str, spans: list[tuple[int, int]], i: int, pos: int,
                    resolver: Resolver, pronoun: bool = False) -> Claimant | None:
        """Whom "he"/"the Prime Minister" refers to: a person named before it in the sentence (one the gazetteer
        knows, or, for a ``pronoun``, the person the sentence opens with), else the subject of an earlier sentence."""
        start = spans[i][0]
        people = [m.entry for m in resolver.gaz.find(text, ("person",), start, pos) if m.entry is not None]
        if people:
            e = people[-1]
            return Claimant(e.name, e.side, "person")
        if pronoun and pos > start:  # "Minister X arrives in Y; he later says ...": the person the sentence opens with
            c = resolver.resolve(self.cut.subject(text[start:pos]))
            if named(c) and c.kind == "person" and " " in (c.who or ""):
                return c
        for j in range(i - 1, -1, -1):
            c = resolver.resolve(self.cut.subject(text[spans[j][0]:spans[j][1]]))
            if named(c) and c.kind in ("person", "body", "office"):
                return c
        return None


def _leader_not_office(s: str, start: int, out: list[Candidate]) -> list[Candidate]:
    """"Prime Minister X told Y that ..., the PM Office said": the leader the sentence names with the office's title
    speaks, the office relays (the leader takes its side when the name gives none). ``start``: where ``s`` starts in
    the update's text, as the candidates' positions count."""
    for m in _LEADER_OFFICE.finditer(s):
        office = next((c for c in out if c.claimant and c.claimant.kind != "person"
                       and 0 <= c.pos - start - m.end() <= 30), None)
        title = _LEADER_TITLE[bool(m.group("pm") or m.group("pm2") or "PMO" in m.group())]
        leader = next((c.claimant for c in out if c.claimant and c.claimant.kind == "person" and c.claimant.who
                       and re.search(rf"\b{title}\s+{re.escape(c.claimant.who)}\b", s[:m.start()])), None)
        if office is None or office.claimant is None or leader is None:
            continue
        person = Claimant(leader.who, leader.side or office.claimant.side, "person")
        return [Candidate(c.sentence, c.paragraph, c.rank, c.pos, c.tier, c.frame, person) if c is office
                else c for c in out]
    return out


def _quoted_speaker(s: str, head: int) -> str | None:
    """The name a sentence opens with before a colon when a quotation follows ("Kuleba: Ukraine expects "new
    systems within weeks""): the speaker of that quotation, whoever the words after the colon are about. A short
    quotation ("Bakhmut: fighting on the "road of life"") is a label's, not a speaker's words."""
    label = _NAME_LABEL.match(s, head)
    return label.group("who") if label is not None and _SPOKEN.search(s, label.end()) else None
