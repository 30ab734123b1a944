"""Who says what an update reports: find the reporting frames of its sentences, resolve the
claimant each names (resolver.py) and choose one for the update.

Frames, strongest first within a sentence: "citing X" / "X cited Y as saying"; a trailing
"..., X said."; "according to X", "a statement by X", "In an interview ..., X"; "X said/announced/...".
The update's claimant is named in its first paragraph (its lead): the first strong frame there
(outside sentences that recall earlier claims: "Prior to that, ..."); else a weak frame ("X
called", "X expressed") or a direct quote in the first sentence; else the headline ("Genocide
Watch Statement on ..."); a lead that is a bare quotation takes the first strong frame after it.
A post's headline line over its text ("Death toll rises to 68" over "The ombudsman said ...") is a lead with the
paragraph below it. A denial after the lead's opening sentence ("The cathedral was hit twice. ... X denied targeting
it.") answers the outlet's account and sources nothing. What opens a line before its words, a dateline ("KHARTOUM,
June 3 (Agency) - ") or a timeline's date ("Sunday, 24 September - "), is never a claimant's (frame_phrase.PREFIX).
A news list's line that opens with a speaker and a colon ("Azerbaijani MoD: Enemy units began ...", "X, spokesperson
of the Ministry of Defence: ...", "Prime Minister X at the session of ...:" over a quotation) is a strong frame of that
speaker, as "Israel: Hamas fired 30 rockets" is in a title; a place before the colon names no one. So are a Telegram
post's "Forwarded from X", a headline's speaker after a closing dash ("... are false - X") and a bulletin's issuer
("Latest Defence Intelligence update on ..."), in the title or the update's first line. A live blog's address to its
readers ("Good morning and welcome to our live coverage ...") makes its lead the outlet's own summary.
A lead whose frames name no one ("according to preliminary data", "officials said", "was said
to") gives no claimant and no side, or the side of the party its sources are tied to ("sources close
to the army"); a lead with no frame at all, or only frames whose words name no source ("according to
local tallies"), is the outlet's own narrative and gets the narrative side of sides.yaml.
A generic "the military said" is the one army the title or an earlier sentence opens with ("IDF
begins raids" ... "The military says"), when exactly one side's army is named there.
The page's source says more (see extract/__init__.py): a state office's own release (a publisher naming the office,
also in its state's language, "Primature de la République du Mali"; or a title naming who issues it, "Communiqué
No. 12 of the ...") speaks as that office, for its state (``issuer``); a national outlet named after its country,
people or city ("The Kyiv Independent") names its own country's offices without a polity ("the regional governor
said", ``home``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chronik.extract.claimant import Claimant
from chronik.extract.frame_phrase import DAY, PREFIX, PhraseCutter, last_clause, without_aside
from chronik.extract.gazetteer import Gazetteer
from chronik.extract.lexicon import ClaimLexicon
from chronik.extract.matcher import Match
from chronik.extract.outlets import find_outlets
from chronik.extract.resolver import Resolver
from chronik.extract.sides import Polity, SideBook
from chronik.extract.text import paragraph_spans, sentence_spans

_PASSIVE = {"was", "were", "is", "are", "been", "be", "being"}
# words before a noun, not a subject before its verb: "ten states", "the reports", "its claims"
_DETERMINERS = {"a", "an", "the", "these", "those", "this", "its", "their", "his", "her", "our", "several", "many",
                "few", "some", "other", "member", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "dozens", "hundreds"}
_CONJUNCTION = re.compile(r"(?:and|but|while|whereas|yet)\s", re.I)
_POSSESSIVE_OFFICE = re.compile(r"(?:^|[\s,])(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?=\S)")
_HEADLINE = re.compile(r"^(?:(?:a |the )?statement (?:by|from|of) (?P<a>.+)|(?P<b>.+?)(?:'s)? "
                       r"(?:statement|interview|address|briefing|press briefing|live press briefing|"
                       r"press conference|remarks|message|appeal)\b.*)$", re.I)

# "Earlier on Sunday, ...", "Earlier, on March 21, ...": the opener dates the sentence, it recalls no earlier claim
_SAME_DAY = re.compile(rf",?\s+(?:on\s+{DAY}|today|tonight|this\s+(?:morning|afternoon|evening))\b")
_NAMING = {"called", "calls", "call", "described", "describes", "termed", "terms", "dubbed", "labelled", "labeled"}
_DENYING = {"denied", "denies", "deny", "rejected", "rejects", "refuted", "refutes"}
_DECLARING = {"declared", "declares", "declare", "announced", "announces", "announce", "proclaimed", "proclaims",
              "introduced", "introduces", "imposed", "imposes"}
_BEFORE_ACT = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|\w+al|\w+-\w+|\d+-\w+)\s+){0,2}")  # "a unilateral"
# a ceasefire agreed with another party is news the announcer reports, not its own act: "announced a truce agreed
# through the mediators", "announces a ceasefire brokered by Qatar"
_AGREED = re.compile(r"\s+(?:agreed|reached|brokered|negotiated|mediated|signed)\b")
# a nickname in quotes after a name is no quotation: 'Mohamed Hamdan Dagalo ("Hemedti")', '("the Colonel")'
_NICKNAME = re.compile(r'\(\s*(?:known as\s+|aka\s+)?"[^"]{1,40}"\s*\)')
_RECALLED = re.compile(r"(?:^|,\s+)(?:[\w-]+\s+){0,3}?(?:after|before|since|until|when)\s+[^,;:\"]{1,60}$", re.I)
_PREFIXED = re.compile(r"^(?P<who>[^:]{2,60}?):\s+(?P<rest>\S.*)$")
# a body's regular bulletin named by its issuer ("Latest Defence Intelligence update on the situation in Ukraine",
# "Daily ISW assessment of the Russian offensive"): the issuer speaks
_BULLETIN = re.compile(r"^(?:(?:The\s+)?[Ll]atest|Daily|Weekly|New|Today's)?\s*(?P<who>[A-Z][^:]{1,60}?)(?:'s)?\s+"
                       r"(?:update|assessment|bulletin|situation report|intelligence update)\s+(?:on|of|about|for)\s")
# a headline that names its speaker after a dash at its end ("Iran ready to host talks - Khatibzadeh")
_DASH_SPEAKER = re.compile(r"^(?P<what>\S.{6,}?)\s+-{1,2}\s+(?P<who>[^-.:!?\"]{3,60})$")
_INTRODUCED = re.compile(r"^(?P<who>[^:]{2,90}?):$")  # a line that ends with its speaker, the quotation below it
# where a speaker speaks, after the name before a colon ("Prime Minister X at the session of the Security Council:")
_OCCASION = re.compile(r"\s+(?:at|in|during|before|after|on)\s+(?:the|a|an|his|her|its|their)\s[^,]*$")
STRONG, WEAK = 1, 2
_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s+(?=\D)")  # a list item's time before its line ("22:41 Minister X: ...")
_SPEAKER = re.compile(r"^\s*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:\s*\([^)]{1,40}\))?:\s+")  # "HOST (JANE ROE): "
_PLURAL_PRONOUNS = {"they", "we", "both", "all"}
# a channel post re-posted from another ("Forwarded from Ministry of Defence of Armenia"): that one speaks
_FORWARDED = re.compile(r"^\s*Forwarded from\s+(?P<who>[^\n]{2,80}?)\s*(?:\n|$)")
# a live blog's address to its readers: "Good morning and welcome to our live coverage of ..."
_WELCOME = re.compile(r"(?:(?:good\s+(?:morning|afternoon|evening)|hello)(?:\s+and|,)\s+)?welcome\s+(?:back\s+)?to\s+"
                      r"(?:our|the|today's)\b", re.I)
# a count in an absolute clause before its participle: "..., with at least 12 fatalities (reported)"
_WITH_COUNT = re.compile(r"(?:^|[\s,])with\s+(?:(?:at\s+least|at\s+most|some|about|around|over|nearly|more\s+than|"
                         r"up\s+to)\s+)?(?:\d[\d,.]*|no|several|dozens|hundreds|thousands|many|few)\s[^,;:\"]*$")
# a release's title that names who issues it: "Communiqué N°45 of the Government of ...", "Press release by ..."
_RELEASE = re.compile(r"^(?:joint\s+|official\s+)?(?:communiqu[eé]|press\s+release|statement|d[eé]claration|"
                      r"announcement)s?(?:\s+(?:N[o°º]\.?|No\.|#)\s*\d+)?\s+(?:of|by|from)\s+(?P<who>[^,:;()]{3,80})$",
                      re.I)
# where a publisher's own name ends: "Ministry of National Defence, Kingdom of Cambodia", "Ministry of Defence (@X)"
_PUBLISHER_NAME = re.compile(r"\s*[,(|]\s*|\s+on\s+(?=[A-Z])")
_HEADLINE_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]*$")
_CUE_WORDS = 3  # a sentence this short opens a turn or a topic ("The diplomacy now."), it reports nothing


def _plural_subject(words: list[str]) -> bool:
    """Whether the words before a verb end in a plural subject: a plural noun ("the co-chairs", "the co-chairs of
    the Minsk Group"), a plural pronoun, or names joined by "and" ("Armenia and Azerbaijan")."""
    last = words[-1] if words else ""
    if last.lower() in _PLURAL_PRONOUNS:
        return True
    tail = words[-8:]
    heads = [last] + [tail[k - 1] for k in range(1, len(tail)) if tail[k] == "of"]
    if any(w.endswith("s") and not w.endswith(("'s", "ss", "us")) and w.lower() not in ("its", "his", "this")
           for w in heads):
        return True
    return last[:1].isupper() and "and" in words[-4:-1]


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


@dataclass
class Attribution:
    """The update's claimant, and the claimant of each sentence (for figures)."""

    who: str | None
    side: str | None
    unknown: bool = False  # a claimant was found but has no side
    sentences: list[tuple[int, int]] = field(default_factory=list)
    by_sentence: list[Claimant | None] = field(default_factory=list)


class Attributor:
    """Attribution with one lexicon, sides file and gazetteer (built once per run)."""

    def __init__(self, lexicon: ClaimLexicon, sides: SideBook, gazetteer: Gazetteer):
        self.lex = lexicon
        self.sides = sides
        self.gaz = gazetteer
        self.cut = PhraseCutter(lexicon)
        self._issuers: dict[tuple[str, str | None], Claimant | None] = {}

    def attribute(self, text: str, title: str | None = None, home: Polity | None = None) -> Attribution:
        """``text`` and ``title`` already normalised (text.normalize); paragraphs split by blank lines; ``home``: the
        polity of the outlet's own country (:meth:`home`)."""
        spans = sentence_spans(text, self.lex.abbreviations)
        paragraphs = paragraph_spans(text)
        if len(paragraphs) > 1 and self._headline_line(text[slice(*paragraphs[0])]):
            paragraphs = [(paragraphs[0][0], paragraphs[1][1]), *paragraphs[2:]]  # the lead: a headline, its text
        known = {m.entry for m in self.gaz.find(text, ("person", "body")) if m.entry is not None}
        resolver = Resolver(self.lex, self.sides, self.gaz, known, home)
        resolver.introduce(text)
        found: list[Candidate] = []
        for i, (start, _) in enumerate(spans):
            para = next(k for k, (_, p_end) in enumerate(paragraphs) if start < p_end)
            found.extend(self._sentence(text, spans, i, para, paragraphs[para][0], resolver))
        # the first sentence that says something: not a cue before it ("The diplomacy now.", "To Kherson.")
        opening = next((k for k, (a, b) in enumerate(spans) if not self._cue(text[a:b])), 0)
        forwarded = self._forwarded(text, resolver)
        if forwarded is not None:
            found.insert(0, Candidate(0, 0, 0, 0, STRONG, "forwarded", forwarded))
        elif spans and paragraphs and spans[0][0] < paragraphs[0][1]:
            first = text[slice(*spans[0])]
            speaker = self._speaker_line(first, resolver) or self._dash_speaker(first, resolver) \
                or self._bulletin(first, resolver)
            if speaker is not None:  # "President Ilham Aliyev: Azerbaijan restored its sovereignty"
                found.insert(0, Candidate(0, 0, 0, spans[0][0], STRONG, "speaker-line", speaker))
        if self._told(text, spans, opening):
            found = [c for c in found if c.paragraph > 0]  # its lead is the outlet's summary
        lead = [c for c in found if c.paragraph == 0]
        chosen = self._choose(found, title, resolver, quoted_lead=not self._narrative(text[slice(*paragraphs[0])])
                              if paragraphs else False, opening=opening)
        if chosen is not None and resolver.generic_force(chosen):
            # "The military says ..." under "IDF announces ground raids": the one army named before it
            at = next((c.pos for c in found if c.claimant is chosen), 0)
            subjects = [self.cut.subject(text[a:b]) for a, b in spans if b <= at]
            subjects += [self.cut.subject(title)] if title else []
            chosen = resolver.force_in("\n\n".join(subjects)) or chosen
        out = Attribution(None, None, sentences=spans)
        unnamed_sides = {c.claimant.side if c.claimant else None for c in lead if self._unnamed(c)}
        if chosen is not None:
            out.who, out.side = chosen.who, chosen.side
            out.unknown = chosen.side is None
        elif unnamed_sides:
            # "sources close to the army said": no claimant; the side when every unnamed source has the same
            out.side = unnamed_sides.pop() if len(unnamed_sides) == 1 else None
        elif paragraphs and self._narrative(text[slice(*paragraphs[0])]):
            out.side = self.sides.narrative
        for i in range(len(spans)):
            own = [c for c in found if c.sentence == i and c.tier == STRONG and self._named(c.claimant)]
            own.sort(key=lambda c: (c.rank, c.pos))
            out.by_sentence.append(own[0].claimant if own else chosen)
        return out

    def issuer(self, publisher: str, title: str | None = None) -> Claimant | None:
        """The state office a page is the release of, for the state it serves: a publisher that names an office and
        its state ("Ministry of National Defence, Kingdom of Cambodia", "Primature de la République du Mali",
        "Ministerio de Defensa de Colombia"), or a page's title that names the government or office issuing it
        ("Communiqué No. 12 of the Government of National Unity", "Statement by the Ministry of Defence of
        Armenia"). An outlet named after a country or city ("Baku Wire News Agency", "Radio Azatutyun (RFE/RL
        Armenian Service)") is no office. The office keeps the name its publisher gives it in English, else it is
        named as an office of its state ("Primature" of Mali: Mali's government)."""
        if (publisher, title) not in self._issuers:
            self._issuers[publisher, title] = self._issuer(publisher, title)
        return self._issuers[publisher, title]

    def home(self, publisher: str) -> Polity | None:
        """The country of a national outlet, named in its publisher's name by a country's, people's or city's name
        ("The Kyiv Independent", "APA (Azerbaijan Press Agency)", "Radio Azatutyun (RFE/RL Armenian Service)"), not
        by an acronym ("UN News"): the offices its stories name without a polity ("the regional governor said", "the
        MoD said") are that country's. None when it names no polity or several."""
        found = {p.values[0].side: p.values[0] for p in self.sides.find(publisher) if not p.text.isupper()}
        return found.popitem()[1] if len(found) == 1 else None

    def _issuer(self, publisher: str, title: str | None) -> Claimant | None:
        resolver = Resolver(self.lex, self.sides, self.gaz, set())
        m = _RELEASE.match(title.strip()) if title else None
        named = resolver.resolve(m.group("who")) if m is not None else None
        if named is not None and named.who and named.side and named.kind in ("office", "body", "polity"):
            return Claimant(named.who, named.side, "office")
        office = self.lex.offices.search(publisher) or self.lex.issuers.search(publisher)
        polities = {p.values[0].side: p.values[0] for p in self.sides.find(publisher)}
        if office is None or len(polities) != 1:
            return None
        side, polity = polities.popitem()
        own = resolver.resolve(_PUBLISHER_NAME.split(publisher)[0])
        if own is not None and own.who and own.kind in ("office", "body", "polity") and own.side in (None, side) \
                and self.lex.issuers.search(own.who) is None:
            return Claimant(own.who, side, "office")
        template = office.values[0].template
        return Claimant(template.format(adjective=polity.adjective, name=polity.name, government=polity.government),
                        side, "office")

    def _told(self, text: str, spans: list[tuple[int, int]], opening: int) -> bool:
        """Whether the update opens in the outlet's own voice, a live blog's address to its readers ("Good morning
        and welcome to our live coverage of ..."), so that a frame in a later sentence sources a detail of its
        summary, not the update."""
        return bool(spans) and _WELCOME.match(PREFIX.sub("", text[slice(*spans[opening])])) is not None

    @staticmethod
    def _headline_line(paragraph: str) -> bool:
        """A post's headline over its text ("Death toll rises to 68", 'Minister X: "We will not leave"'): one short
        line that ends no sentence. The lead is the headline with the paragraph below it, where who speaks is
        named ("Death toll rises to 68" over "The ombudsman said 68 bodies had been recovered ...")."""
        line = PREFIX.sub("", paragraph).strip()
        return "\n" not in line and len(line.split()) <= _HEADLINE_WORDS and not _SENTENCE_END.search(line)

    @staticmethod
    def _cue(s: str) -> bool:
        """A sentence that reports nothing: a cue ("The diplomacy now.", "To Kherson.") or an agency's dateline in
        capitals ("YEREVAN, OCTOBER 19, ARMENPRESS.")."""
        words = _SPEAKER.sub("", PREFIX.sub("", s))
        return len(words.split()) <= _CUE_WORDS or words.upper() == words

    # --- choosing ---------------------------------------------------------------------------------------------

    @staticmethod
    def _named(c: Claimant | None) -> bool:
        return c is not None and c.who is not None and c.kind not in ("pronoun", "multi", "unnamed")

    @staticmethod
    def _unnamed(c: Candidate) -> bool:
        """A frame that reports a claim and says it is no one's in particular: hearsay ("reportedly"), unnamed
        sources ("officials said", "the statement said"). A frame whose words name no source at all ("according to
        local tallies", a figure's footnote in the outlet's own sentence) is not one."""
        if c.claimant is None:
            return c.frame == "hearsay"
        return c.claimant.kind == "unnamed"

    def _choose(self, found: list[Candidate], title: str | None, resolver: Resolver,
                quoted_lead: bool, opening: int = 0) -> Claimant | None:
        named = sorted((c for c in found if self._named(c.claimant)), key=lambda c: (c.sentence, c.rank, c.pos))
        # "The cathedral was hit twice. ... Azerbaijan denied targeting it.": a denial after the opening answers the
        # outlet's account, it does not source it
        strong = [c for c in named if c.tier == STRONG and c.paragraph == 0
                  and not (c.frame == "denial" and c.sentence > opening)]
        weak = [c for c in named if c.tier == WEAK and c.sentence == opening]
        pick = (strong or weak or [None])[0]
        claimant = pick.claimant if pick is not None else (title and self._headline(title, resolver))
        if claimant is None and quoted_lead and not any(self._unnamed(c) for c in found if c.paragraph == 0):
            later = [c for c in named if c.tier == STRONG]
            claimant = later[0].claimant if later else None
        if claimant is not None and claimant.title_only:
            person = next((c.claimant for c in named if c.claimant and c.claimant.kind == "person"
                           and c.claimant.side == claimant.side and claimant.side is not None), None)
            if person is not None:
                return person
        return claimant if self._named(claimant) else None

    def _narrative(self, lead: str) -> bool:
        """Plain reporting in the outlet's voice: prose, not a bare quotation."""
        body = PREFIX.sub("", lead).lstrip()
        return len(body.split()) >= 6 and not body.startswith(('"', "'"))

    # --- frames of one sentence ---------------------------------------------------------------------------------

    def _sentence(self, text: str, spans: list[tuple[int, int]], i: int, para: int, para_start: int,
                  resolver: Resolver) -> list[Candidate]:
        start, end = spans[i]
        s = text[start:end]
        quotes_before = text.count('"', para_start, start)
        head = PREFIX.match(s).end()
        if self.lex.background.search(s, head, min(len(s), head + 20)) is not None:
            opener = self.lex.background.search(s, head)
            if opener is not None and opener.start == head and not _SAME_DAY.match(s, opener.end):
                return []  # "Prior to that, ..." recalls an earlier claim; "Earlier on Sunday, ..." dates this one
        out: list[Candidate] = []

        def add(rank: int, pos: int, tier: int, frame: str, claimant: Claimant | None) -> None:
            if claimant is not None and (claimant.kind == "pronoun" or (claimant.title_only and claimant.side is None)):
                found = self._antecedent(text, spans, i, start + pos, resolver)
                if found is None:
                    found = Claimant(None, None, "unnamed")  # "he said", "the mayor says", with no one named before
                claimant = found or claimant
            elif claimant is not None and claimant.title_only and resolver.home is not None \
                    and claimant.side == resolver.home.side and not self.sides.find(claimant.who or ""):
                # "The Prime Minister informed ..." in a national outlet: the title has its side, not yet its holder
                found = self._antecedent(text, spans, i, start + pos, resolver)
                if found is not None and found.side in (None, claimant.side):
                    claimant = Claimant(found.who, claimant.side, found.kind)
            owner = _POSSESSIVE_OFFICE.search(s[:pos])
            if claimant is not None and claimant.kind == "person" and claimant.side is None and owner \
                    and self.lex.offices.search(s, owner.end(), owner.end() + 40) is not None:
                # "Its spokesman, Maj Gen X, told reporters": X speaks for whom "its" refers to
                sides = [c.side for c in (resolver.resolve(self.cut.subject(text[a:b])) for a, b in spans[:i][::-1])
                         if c is not None and c.side and c.kind not in ("pronoun", "multi")]
                if sides:
                    claimant = Claimant(claimant.who, sides[0], claimant.kind)
            if claimant is not None and claimant.kind == "multi":
                return
            out.append(Candidate(i, para, rank, start + pos, tier, frame, claimant))

        for m in self.lex.hearsay.finditer(s):
            add(2, m.start, STRONG, "hearsay", None)
        for m in self.lex.citing.finditer(s):
            c = resolver.resolve(self.cut.phrase_after(s, m.end))
            if self._named(c):
                add(0, m.start, STRONG, "citing", c)
        for m in self.lex.cited_as.finditer(s):
            after = re.match(r"\s+(.{2,80}?)\s+as\s+(?:saying|\w+ing)\b", s[m.end:])
            if after:
                add(0, m.start, STRONG, "cited-as", resolver.resolve(after.group(1)))
        for matcher, frame in ((self.lex.according, "according"), (self.lex.statement_by, "statement")):
            for m in matcher.finditer(s):
                if self.lex.hearsay.search(s, m.start, m.start + 60) is None:
                    add(2, m.start, STRONG, frame, resolver.resolve(self.cut.phrase_after(s, m.end)))
        interview = self.lex.interview.search(s, head)
        if interview is not None and interview.start == head:
            add(2, head, STRONG, "interview", resolver.resolve(self.cut.subject(s)))
        previous: Claimant | None = None  # the subject of the last verb frame, for "X said ... and added"
        verbs = [(m, STRONG) for m in self.lex.strong.finditer(s)] + [(m, WEAK) for m in self.lex.weak.finditer(s)]
        for m, tier in sorted(verbs, key=lambda v: v[0].start):
            if m.text[:1].isupper() and m.start > head:
                continue  # a word of a name ("the United States", "Reporters Without Borders Reports")
            found = self._verb_frame(s, m, resolver, quotes_before, previous, tier)
            if found is None:
                continue
            previous = found[1]
            weak_word = tier == WEAK and found[1] is not None and found[1].kind == "person" \
                and len((found[1].who or "").split()) == 1  # "Evidence suggests", "Analysis showed"
            if found[1] is not None and (tier == STRONG or self._named(found[1])) and not weak_word:
                add(found[0], m.start, tier, "denial" if m.text.lower() in _DENYING else "verb", found[1])
        for m in re.finditer(r",\s+(?:saying|claiming|insisting|arguing|warning)\s", s):
            # "Azerbaijan launched the operation on Tuesday, saying it aimed to ...": the subject says it
            if (quotes_before + s.count('"', 0, m.start())) % 2 == 0:
                c = resolver.resolve(self.cut.subject(s))
                if self._named(c) and not (c.kind == "person" and c.side is None and " " not in (c.who or "")):
                    add(2, m.start(), STRONG, "saying", c)  # (not "Two people were killed, ...")
        if i == 0 and '"' in _NICKNAME.sub("", s):
            c = resolver.resolve(self.cut.subject(s))
            if self._named(c) and c.kind != "polity":
                add(2, head, WEAK, "quote", c)
        verbs_named = [c for c in out if c.frame in ("verb", "denial") and self._named(c.claimant)]
        out = [c for c in out if not (c.frame == "statement" and any(
            v.pos < c.pos and not re.search(r"[,;:]", text[v.pos:c.pos]) for v in verbs_named))]
        # "X welcomes the joint statement of Y": X speaks about Y's statement
        if any(c.claimant is not None and c.claimant.kind == "unnamed" and c.claimant.side for c in out):
            # "Junta sources said": the sources are the party's, not hearsay with no side
            out = [c for c in out if c.frame != "hearsay"]
        return out

    def _verb_frame(self, s: str, m: Match[str], resolver: Resolver, quotes_before: int,
                    previous: Claimant | None, tier: int) -> tuple[int, Claimant | None] | None:
        """(rank, claimant) of "X <verb>", or None when the verb does not report X's words here."""
        after = s[m.end:]
        # the words before the verb, after the sentence's stamp or dateline ("KHARTOUM, June 3 (Reuters) - ")
        before = s[min(PREFIX.match(s).end(), m.start):m.start]
        pre = before
        words = pre.split()
        if (quotes_before + pre.count('"')) % 2 == 1:
            return None  # the verb is inside a quotation
        if m.text.lower() in self.lex.plural and not _plural_subject(without_aside(pre).split()):
            return None  # "held a phone call on Monday": the bare form after no plural subject is a noun
        by = re.match(r"\s+by\s+", after)
        if by and tier == STRONG and words and words[-1].lower() in _PASSIVE:
            # "the deaths were reported by UNRWA", "was accused by rights groups of ...": the agent claims
            agent = resolver.resolve(self.cut.phrase_after(s, m.end + by.end()))
            return (2, agent) if self._named(agent) else None
        if m.text.lower() in _NAMING and re.search(r"\bwhat\s+[^,;:]{1,60}$", pre):
            return None  # "targeting what the government called terrorist camps": a label, not a claim
        if m.text.lower() in _DECLARING and (act := self.lex.acts.search(after)) is not None \
                and _BEFORE_ACT.fullmatch(after[:act.start]) and not _AGREED.match(after, act.end):
            return None  # "the federal government declared a unilateral ceasefire": an act, told in the outlet's voice
        if _RECALLED.search(pre):
            return None  # "..., a day after Moscow announced the annexation": an earlier claim, in a time clause
        if re.match(r"\s+(?:of|by)\b", after) or s[m.start - 1:m.start] == "-":
            return None  # "reports of gunfire", "called by", "so-called"
        if words and words[-1].lower() in _PASSIVE:
            return None
        if words and (words[-1].lower() in _DETERMINERS or words[-1].isdigit()):
            return None  # "a coalition of ten states launches", "its reports": a noun, not a verb
        if _WITH_COUNT.search(pre):
            return None  # "..., with at least 12 fatalities reported": a count told, "were reported", not who says
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
            if not self._named(inverted):
                inverted = None
        answer = re.search(r",\s*(?:a|an|the)\s+(\w+)\s+(?:that\s+|which\s+)?[^,]*$", pre)
        if answer is not None and answer.group(1).lower() in self.lex.rebuttal:
            return None  # "..., a claim the federal government denied": an answer to the sentence's claim
        if '"' in pre:
            pre = pre[pre.rfind('"') + 1:]
        closing = list(re.finditer(r"[,.!?]'(?=\s)", pre))  # a quotation in single quotes: "...,' Anahit told"
        if closing:
            pre = pre[closing[-1].end():]
        pre = last_clause(pre)
        pre = self.cut.strip_auxiliaries(pre)
        if not pre.strip():
            return (1, inverted) if inverted else None
        # "..., the ministry said." / '"...," Aliyev said.': the claimant of the whole sentence
        marks = re.findall(r'[,;:"]', before)
        # ("..., and Hamas blamed Israel" is a clause of its own, not a trailing attribution)
        trailing = (len(after.split()) <= 8 and not re.search(r"\bthat\b|:", after) and marks[-1:] in ([","], ['"'])
                    and not _CONJUNCTION.match(before.rsplit(",", 1)[-1].lstrip())
                    and not self._contrasted(before)
                    and not re.search(r",\s*(?:which|who|that)\s*$", before))  # "..., which calls for": a relative
        coordinated = re.search(r"(?:^|\s)(?:and|but)$", pre.strip())
        if tier == WEAK and (coordinated or re.search(r",\s*(?:and|but|while|whereas)\s", pre)):
            return None  # "..., and the separatist forces agreed to lay down their arms": an act told, not a claim
        if coordinated:
            return 2, previous or resolver.resolve(self.cut.subject(s))
        claimant = resolver.resolve(pre)
        if inverted is not None and not self._named(claimant):
            return 1, inverted
        if claimant is None:
            return None
        return (1 if trailing else 2), claimant

    def _contrasted(self, pre: str) -> bool:
        """Whether the verb's clause answers an earlier speaker's ("X said ..., while Y said ...")."""
        joint = list(re.finditer(r",\s*(?:while|whereas)\s", pre))
        return bool(joint) and self.lex.strong.search(pre[:joint[-1].start()]) is not None

    def _antecedent(self, text: str, spans: list[tuple[int, int]], i: int, pos: int,
                    resolver: Resolver) -> Claimant | None:
        """Whom "he"/"the Prime Minister" refers to: a person named before it in the sentence, else
        the subject of an earlier sentence."""
        start = spans[i][0]
        people = [m for m in self.gaz.find(text, ("person",), start, pos) if m.entry is not None]
        if people:
            e = people[-1].entry
            return Claimant(e.name, e.side, "person")
        for j in range(i - 1, -1, -1):
            c = resolver.resolve(self.cut.subject(text[spans[j][0]:spans[j][1]]))
            if self._named(c) and c.kind in ("person", "body", "office"):
                return c
        return None

    def _headline(self, title: str, resolver: Resolver) -> Claimant | None:
        """Who the title says speaks: "Genocide Watch Statement on ...", "Ukraine says it downed 20 drones",
        "Israel: Hamas fired 30 rockets"."""
        title = title.strip()
        named = self._forwarded(title, resolver) or self._dash_speaker(title, resolver) \
            or self._bulletin(title, resolver) or self._speaker_line(title, resolver)
        if named is not None:
            return named
        m = _HEADLINE.match(title)
        if m is not None:
            return resolver.resolve(m.group("a") or m.group("b"))
        verb = self.lex.strong.search(title)
        if verb is not None and '"' not in title[:verb.start]:
            subject = title[:verb.start].strip()
            if subject and len(subject.split()) <= 6 and all(self.cut.describes(w) for w in subject.split()):
                return resolver.resolve(subject)
        return self._prefixed(title, resolver)

    def _forwarded(self, text: str, resolver: Resolver) -> Claimant | None:
        """Whom a channel's post is forwarded from ("Forwarded from Shushan Stepanyan" over the post's words): the
        channel or person it was first posted by claims it."""
        m = _FORWARDED.match(text)
        found = resolver.resolve(m.group("who")) if m is not None else None
        return found if self._named(found) else None

    def _bulletin(self, line: str, resolver: Resolver) -> Claimant | None:
        """The issuer of a bulletin its first line names ("Latest Defence Intelligence update on the situation in
        Ukraine - 14 March 2023."): a body or office the files know, not a topic ("Latest war update on ...")."""
        m = _BULLETIN.match(PREFIX.sub("", line).strip())
        found = resolver.resolve(m.group("who")) if m is not None else None
        if found is None or found.who is None or found.side is None or found.kind not in ("body", "office"):
            return None
        return found

    def _dash_speaker(self, line: str, resolver: Resolver) -> Claimant | None:
        """The speaker a headline names after a dash at its end ("Claims of captured villages are false - Armenian
        MoD", "Iran ready to host talks - Khatibzadeh"): a person, body or office, not a place, a polity, an
        outlet's name ("- BBC News"), a date ("- 14 March") or one word no file knows ("- Kharkiv")."""
        m = _DASH_SPEAKER.match(PREFIX.sub("", line).strip())
        if m is None:
            return None
        who = m.group("who").strip()
        if len(who.split()) > 6 or not all(self.cut.describes(w) for w in who.split()) \
                or self.gaz.find(who, ("place",)):
            return None
        found = resolver.resolve(who)
        if found is None or found.who is None or found.kind not in ("person", "body", "office") \
                or find_outlets(who, self.lex):
            return None
        if found.side is None and found.kind == "person" and " " not in found.who:
            return None  # "Drone strikes hit Odesa - Kharkiv": one unknown word may be a place
        return found

    def _speaker_line(self, s: str, resolver: Resolver) -> Claimant | None:
        """"President Ilham Aliyev: Azerbaijan restored its sovereignty", "Azerbaijani MoD: Enemy units began
        handing over weapons": a news list's line that opens with who speaks and a colon; the speaker claims
        what follows. A person must be one the gazetteer or a title or polity ties to a side (not "Analysis:",
        "Key Events:"); a place ("Kharkiv: two killed in shelling") names no one; a polity speaks only as it
        does in a title ("Israel: Hamas fired 30 rockets"); a transcript's speaker label ("HOST:") is no line
        of this kind."""
        body = _STAMP.sub("", s[PREFIX.match(s).end():].strip())
        m = _PREFIXED.match(body) or _INTRODUCED.match(body)
        if m is None or _SPEAKER.match(body):
            return None
        who = _OCCASION.sub("", m.group("who").strip())
        name = who.split(",")[0]  # "Shushan Stepanyan, spokesperson of the Ministry of Defence": a role after a name
        if len(name.split()) > 6 or not all(self.cut.describes(w) for w in name.split()) \
                or any(p.start == 0 and p.end == len(who) for p in self.gaz.find(who, ("place",))):
            return None
        found = resolver.resolve(who)
        if found is None or found.who is None:
            return None
        if found.kind == "polity":
            return self._prefixed(body, resolver)
        if found.kind in ("body", "office") or (found.kind == "person" and found.side is not None):
            return found
        return None

    def _prefixed(self, title: str, resolver: Resolver) -> Claimant | None:
        """"Israel: Hamas fired 30 rockets": a party before a colon claims what another party named after it
        did. A place ("Khartoum: shelling resumes"), a headline not naming a party first ("Sudan: 20 killed
        in ...") and a topic over a Title Case headline ("Sudan: Humanitarian Situation Report") name no one."""
        m = _PREFIXED.match(title)
        if m is None or self.gaz.find(m.group("who"), ("place",)):
            return None
        rest = m.group("rest")
        if not any(p.start == 0 for p in self.sides.find(rest)) and \
                not any(n.start == 0 for n in self.gaz.find(rest, ("person", "body"))):
            return None
        words = [w for w in rest.split()[1:] if len(w) > 3 and w[:1].isalpha()]
        if sum(w[:1].islower() for w in words) <= sum(w[:1].isupper() for w in words):
            return None
        found = resolver.resolve(m.group("who"))
        return found if found is not None and found.side is not None else None
