"""Cutting a claimant phrase out of a sentence around its reporting frame: the noun phrase a sentence opens with
(after its timestamp or dateline), the phrase after a frame ("according to the spokesperson, Anna Berg,"),
and the subject before a verb (its last clause, without auxiliaries, adverbs and a time: "Azerbaijan on Wednesday
announced" → "Azerbaijan")."""

from __future__ import annotations

import re

from chronik.dates.clock import ZONE_ABBREVIATION
from chronik.dates.lexicon import part_of_day_opening
from chronik.extract.lexicon import ClaimLexicon
from chronik.extract.words import AUXILIARIES, NAME_TOKEN, NAME_WORD, RUN_BY_VERBS
from chronik.segment.prose import past_shaped

# the zone after a timeline item's clock: "1300 GMT", "0930 hrs"
_CLOCK_ZONE = rf"(?:{ZONE_ABBREVIATION}|hrs\b)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a date that opens a timeline's line before a dash: "Sunday, 24 September — ", "Tuesday, Sept. 26 – ", "Monday
# evening - ", "3 March 2022 — ", with its time: "4 May, 09:30 – ", "Nov 6, 1300 GMT - "; or a part of the day
# alone: "Morning – ", "Late evening – " (when, not who speaks)
_DATED = (rf"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})"
          rf"(?:,?\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}))?(?:,?\s+\d{{4}})?"
          r"(?:\s+(?:morning|afternoon|evening|night))?"
          rf"(?:,?\s+(?:at\s+)?(?:\d{{1,2}}[:.]\d{{2}}|\d{{4}}(?=\s*{_CLOCK_ZONE}))(?:\s*{_CLOCK_ZONE})?)?"
          r"|(?:(?:Early|Late)\s+(?:in\s+the\s+)?)?(?:Morning|Afternoon|Evening|Night|Overnight|Midday|Noon|Midnight"
          r"|morning|afternoon|evening|night))")
# a dateline: "GENEVA, 12 November 2020 – ", "KHARTOUM, April 17 (Reuters) - ", "KYIV (AP) — " (a place, not who
# speaks), or a timeline's date
# ("NICOSIA, March 23— Iran's ...", "NEW YORK--The ...": a dash set close to the place, as archives and briefs do;
# normalized text writes the long dash as a hyphen)
_DATELINE = (r"(?:(?:[A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z]?[\w .]{0,30}?)?(?:\s*\([^()]{2,40}\))?"
             rf"|{_DATED})(?:\s+[\u2013\u2014-]{{1,2}}\s+|(?:--|\u2014|-(?=\s))\s?(?=[A-Z\"\u201c]))"
             # a timeline's date before a colon: "January 26, 2024: The Houthis claim ..."
             rf"|{_DATED}:\s+(?=[A-Z\"\u201c])"
             # a dateline in title case, a city's name before a dash and the story's first name: "Addis Abeba – Legesse
             # Tulu said", "Kyiv — Ukraine's ...", "Port Sudan – The army ..." (a spaced dash), maybe its country
             # ("Goma, DR Congo – M23 rebels said") or its wire in brackets: "Fallujah (NINA) - Federal Police ..."
             r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?(?:\s*\([A-Z][A-Za-z.]{1,15}\))?"
             r"\s+[\u2013\u2014-]\s+(?=[A-Z])"
             # a dateline in title case, its day and maybe a wire's name in brackets before a dash: "Pemba, 1 Apr
             # (Lusa) – ", "Maputo, March 29 (AIM) - ", an office's release: "Geneva, 6 June 1969 – "; a place of three
             # words, or where it is in brackets after it: "Chahid El Hafed (Sahrawi Refugee Camps), 20 November 2020
             # (SPS) - "
             rf"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}(?:\s*\([^()]{{2,40}}\))?,\s+(?:{_MONTH}\s+\d{{1,2}}"
             rf"|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
             r"(?:\s*\([^()]{2,40}\))?\s+[\u2013\u2014-]{1,2}\s+"
             # a state agency's dateline with its name after the date and no dash: "Baku, September 20, AZERTAC ",
             # "Tashkent, 5 March, UzA ", "Minsk, April 2, BELTA " (a place, a day and who files, not who speaks)
             rf"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?,"
             r"\s+[A-Z][A-Za-z]{1,3}[A-Z]{1,8}\s+(?=[A-Z\"\u201c]))?")
# a channel's emoji before a post's words ("‼️ Defense Army: ...", "🔴 Statement of ...", a flag "🇦🇲")
_EMOJI = r"[\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2900-\u2bff\u203c\u2049\ufe0f\u200d\U0001f000-\U0001faff]"
# a thread's post number before the post's words: "3/ The army says ...", "1/5 Thread on ..." (no one speaks)
_THREAD_NUMBER = r"(?:\d{1,3}/(?:\d{1,3})?\s+(?=[A-Z\"\u201c(]))?"
# a monitor's mark of how much of a broadcast it carries, opening the item: "[Text]", "[Excerpts]", "[Summary]"
_TRANSCRIBED = r"(?:\[(?:Text|Excerpts?|Extracts?|Summary|Passage)\]\s+)?"
# what opens a sentence before its words: emoji, a bullet, a thread's post number, a monitor's mark, a time stamp
# ("UPDATE 21:10: "), a dateline
PREFIX = re.compile(rf"^\s*(?:{_EMOJI}+\s*)?(?:[\u2022•*·-]\s*)?{_THREAD_NUMBER}{_TRANSCRIBED}"
                    r"(?:(?:UPDATE|Update|EDIT|Edit)\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[AP]M)?\s*[:.\u2013\u2014-]\s+)?"
                    + _DATELINE)


# the kinds of document an issuer puts out in its own name, as a title, a text's opening or a sentence names them
# ("Statement by X", "Communique No 3 issued by X:", "A letter sent by X"): one list for all of them
DOCUMENT = (r"(?:communiqu[eé]|statement|announcement|bulletin|order\s+of\s+the\s+day|declaration|message|appeal|"
            r"broadcast|speech|address|commentary|letter)")
# a document named before who issued it, opening a sentence: "A statement issued in London by X", "The letter sent
# by X"
_ISSUED_BY = re.compile(rf"^(?:an?|the)\s+(?:joint\s+)?{DOCUMENT}\s+(?:issued|released|signed|sent|read\s+out)\s+"
                        r"(?:(?:in|at|from|on)\s+[^,]{1,40}?\s+)?by\s+(?:the\s+)?(?=\S)", re.I)


def prefix_end(s: str) -> int:
    """Where the words of sentence ``s`` start, after its :data:`PREFIX` (0 when it has none)."""
    m = PREFIX.match(s)
    assert m is not None  # (every part of PREFIX may be empty: it matches every text)
    return m.end()


_AUX_AFTER_RELATIVE = (AUXILIARIES - {"should", "must"}) | {"also"}
_SUBORDINATE = re.compile(r"\s(?:as|while|when|after|because|although|though|whereas)\s(?!well\b)(?=(?:the\s)?[A-Z])")
_AS_NAMED = {"known", "such", "described", "referred", "identified", "named", "designated", "dubbed", "titled",
             "serving", "acting", "same"}
_CONNECTIVES = {"of", "the", "de", "facto", "for", "on", "in", "and", "'s"}
DAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})"
       r"(?:\s+(?:morning|afternoon|evening|night))?")
# a time between the subject and its verb: "Azerbaijan on Wednesday announced", "the ministry late on Sunday said"
_TIME_BEFORE_VERB = re.compile(rf"\s+(?:(?:(?:late|early|earlier|later)\s+)?on\s+{DAY}"
                               # a digest's date without "on": "the ministry 12 March said", "militants night of
                               # 18-19 March attacked", "the army mid-March claimed"
                               rf"|(?:(?:morning|afternoon|evening|night|early|late|mid)[\s-]+(?:of\s+)?)?"
                               rf"\d{{1,2}}(?:-\d{{1,2}})?\s+{_MONTH}|mid-{_MONTH}"
                               r"|yesterday|today|tonight|overnight"
                               r"|(?:last|this)\s+(?:week|month|night|morning|afternoon|evening))$")
_MASKED_DOT = "\u2024"  # ONE DOT LEADER: an abbreviation's dot while a phrase is cut
# a description after a name closing a sentence: "said Artak Beglaryan, the ombudsman", "..., Ukraine's envoy", a
# post of no article at its body ("said Stephen Goose, arms director at Human Rights Watch"; not a time: ", on the
# evening of")
_DESCRIPTION_AFTER = re.compile(r",\s*((?:the|a|an|[A-Z][\w'-]*'s"
                                r"|(?!(?:on|in|at|during|after|before|by|from|to|over|since|until|near)\b)"
                                r"(?:[a-z]+\s+){1,3}(?:of|for|at))\s[^,;:.]{2,80})")
# a role its holder's name follows between commas: "The UN's refugee chief, Anna Berg, ...", "Ukraine's Minister for
# Reintegration, Iryna Vereshchuk, ...", "the Biafran representative, Ignatius Kogbara, ..."
_ROLE_THEN_NAME = re.compile(rf"^((?:[Tt]he\s+)?(?:{NAME_WORD}'s|[A-Z][a-z]+(?=\s+[a-z]))"
                             rf"(?:\s+(?:[a-z-]+|[A-Z][a-z]+)){{1,4}},\s*"
                             rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}),")
# a date, a clock time or a part of the day opening a sentence, with no comma after it: "On March 3rd", "At about
# 21:00", "In the morning", "Late in the evening", "Later that day"
_OPENING_TIME = (rf"(?:(?i:on|in)\s+(?:{DAY})(?:st|nd|rd|th)?"
                 r"|(?i:at)\s+(?:(?i:about|around|approximately)\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
                 rf"|{part_of_day_opening()})")
# ... before the subject's name: "On March 3rd Oleksiy Danilov, ...", "Later in the day Danilov ..."
_DATE_THEN_NAME = re.compile(rf"^{_OPENING_TIME}\s+(?P<rest>{NAME_WORD}\s+{NAME_WORD}.*)$")
# ... before any subject ("Late in the evening Sheikh Sharif tells ...", "Later that day the ministry said ..."), or
# "Later" alone before a capital
_LEADING_TIME = re.compile(rf"^(?:{_OPENING_TIME}\s+(?!(?i:morning|afternoon|evening|night)\b)(?=[^\s,])"
                           r"|(?i:later|earlier)\s+(?=[A-Z]))")


def without_leading_time(phrase: str) -> str:
    """``phrase`` without the time it opens with, no comma after it (:data:`_LEADING_TIME`)."""
    return _LEADING_TIME.sub("", phrase, count=1)



def dated_name(seg: str) -> str | None:
    """The name after a date or time that opens ``seg`` with no comma after it ("On March 3rd Oleksiy Danilov",
    "At 21:00 Oleksiy Danilov" → "Oleksiy Danilov"); None when ``seg`` is no such segment."""
    m = _DATE_THEN_NAME.match(seg.strip())
    return m.group("rest") if m is not None else None


class PhraseCutter:
    """Cuts claimant phrases out of sentences with one lexicon's auxiliaries, abbreviations and office words."""

    def __init__(self, lexicon: ClaimLexicon):
        self.lex = lexicon

    def strip_auxiliaries(self, pre: str) -> str:
        """Drop "has repeatedly", ", in turn,", -ly adverbs and a time ("on Wednesday") between the subject and the
        verb."""
        text = pre.rstrip()
        while True:
            stripped = text.rstrip(" ,\"")
            when = _TIME_BEFORE_VERB.search(stripped)
            if when is not None and when.start() > 0:  # first, so that the month "May" is no auxiliary "may"
                text = stripped[:when.start()]
                continue
            for aux in sorted(self.lex.auxiliaries, key=len, reverse=True):
                # written in lower case after a word: "Myanmar Now reported" names the outlet, "RSF now says" not
                if stripped.endswith(" " + aux) or stripped.lower() == aux:
                    stripped = stripped[: len(stripped) - len(aux)].rstrip(" ,")
                    break
            else:
                last = stripped.rsplit(None, 1)[-1] if stripped.split() else ""
                if last.endswith("ly") and last.islower() and len(stripped.split()) > 1:
                    stripped = stripped[: len(stripped) - len(last)].rstrip(" ,")
            if stripped == text:
                return text
            text = stripped

    def phrase_after(self, s: str, pos: int, apposition: bool = False) -> str:
        """The claimant phrase after a frame: up to the next comma, colon, clause or reporting verb, with
        a name in apposition ("according to the spokesperson, Anna Berg, ...", or closing the
        sentence); with
        ``apposition`` also a description after a name ("said Artak Beglaryan, the ombudsman")."""
        rest = self._mask_abbreviations(s[pos:])
        verb = self.lex.strong.search(rest) or self.lex.weak.search(rest)
        if verb is not None:
            rest = rest[:verb.start]
        m = re.match(r"\s*([^,:;.]*?)(?=\s+(?:that|as|on|in the|at|when)\s|[,:;.]|$)", rest)
        phrase = m.group(1) if m else rest
        tail = rest[len(m.group(0)) if m else 0:]
        follow = re.match(rf",\s*({NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})\s*(?:,|$)", tail)
        if follow:
            phrase += ", " + follow.group(1)
        elif apposition and (desc := _DESCRIPTION_AFTER.match(tail)):
            phrase += ", " + desc.group(1)
        return phrase.replace(_MASKED_DOT, ".")

    def _mask_abbreviations(self, text: str) -> str:
        """``text`` with the dots of abbreviations ("Lt. Col.") masked, so that they end no phrase."""
        for abbr in self.lex.abbreviations:
            if abbr in text:
                text = re.sub(rf"(?<!\w){re.escape(abbr)}", abbr.replace(".", _MASKED_DOT), text)
        return text

    def subject(self, s: str) -> str:
        """The noun phrase a sentence opens with, after its timestamp and any introductory clause; for a document
        named with its issuer ("A statement issued in London by the envoy, X, said ..."), the issuer."""
        body = without_leading_time(_ISSUED_BY.sub("", s[prefix_end(s):]))
        owned = _ROLE_THEN_NAME.match(body)
        if owned is not None:  # "The UN's refugee chief, Anna Berg, tours ...": the role and its holder
            return owned.group(1)
        segments = body.split(",")
        while len(segments) > 1 and segments[0].split() and segments[0].split()[0].lower() in self.lex.intro_words:
            named = dated_name(segments[0])
            if named is not None:  # "On March 3rd Oleksiy Danilov, Ukraine's security chief, wrote"
                segments[0] = named
                break
            segments.pop(0)
        words = []
        for w in ",".join(segments).split(",")[0].split():
            bare = w.strip("\"'()")
            low = re.sub(r"'s$", "", bare).lower()
            if NAME_TOKEN.match(bare) or bare[:1].isupper() or low in _CONNECTIVES or low in self.lex.office_words:
                words.append(w)
            else:
                break
        return " ".join(words)

    def describes(self, word: str) -> bool:
        """A word of a noun phrase naming a speaker ("Sudan's army", "Hamas official", "the junta")."""
        bare = re.sub(r"['’]s$", "", word.strip("\"'"))
        return bare[:1].isupper() or bare.lower() in _CONNECTIVES or bare.lower() in self.lex.office_words


# a description between dashes or brackets right before the verb is not its subject ("The co-chairs - the presidents
# of France, Russia and the U.S. - call for"); a name there is ("the ombudsman - Artak Beglaryan - said")
# (not a name's acronym in brackets, "the Coordinator of Government Activities in the Territories (COGAT)": by it the
# resolver knows a body whose full name it does not)
_ASIDE_AT_END = re.compile(r"(?<=\w)\s+(?:-\s(?:the|a|an|its|his|her|their)\s[^-]+\s-"
                           r"|\((?![A-Z][A-Za-z&-]*[A-Z]\))[^()]+\))\s*$")


# a speaker's name in capitals and the delegation they speak for, as a record of a meeting writes it ("FU CONG
# (China) said", "DMITRY A. POLYANSKIY (Russian Federation) said")
_DELEGATION = re.compile(r"(?<![\w.'’-])(?P<name>(?:[A-Z][A-Z.'’-]+\s+){1,5}[A-Z][A-Z.'’-]+)\s+"
                         r"\((?P<state>(?=[^()]*[a-z])[A-Z][\w'’. -]{1,40})\)\s*$")


def without_aside(pre: str) -> str:
    """The text before a verb without the description between dashes or brackets that ends it; a delegation in
    brackets after a name in capitals is kept, as whose envoy the speaker is ("FU CONG, envoy of China")."""
    delegation = _DELEGATION.search(pre)
    if delegation is not None:
        return f"{pre[:delegation.start()]}{delegation.group('name')}, envoy of {delegation.group('state')}"
    return _ASIDE_AT_END.sub("", pre)


# a relative clause between commas saying who runs the subject: its side is the subject's
_RUN_BY = re.compile(r"(?P<head>(?:^|(?<=,\s))[^,]+?),\s*(?:which|that)\s+(?:is|was|has\s+been)\s+(?:now\s+)?"
                     rf"(?P<verb>{RUN_BY_VERBS})\s+by\s+(?:the\s+)?"
                     r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*,\s*$")


# a participle clause between commas saying where the subject is: ", based in Taif, Saudi Arabia,", ", headquartered in
# Geneva,"
_BASED_IN = re.compile(r"(?<=\w),\s*(?:based|headquartered|stationed|located|exiled)\s+(?:in|at|near)\s+[^,;:\"]{2,40}"
                       r"(?:,\s*(?-i:[A-Z])[\w'’ -]{1,30})?,\s*$", re.I)
# a participle clause between commas saying who leads the subject: "X, led by Y, said", "X, headed by Y, Z, said"
_LED_BY = re.compile(r"(?<=\w),\s*(?:led|headed|chaired|commanded|directed|co-chaired)\s+by\s+[^;:\"]*,\s*$")


# a phrase between commas saying where or when the subject speaks, before the verb: ", in a speech that drew murmurs
# from several delegations,", ", at a news conference in Luanda,"
_OCCASION_ASIDE = re.compile(r"(?<=\w),\s*(?:in|at|during|after|before)\s+(?:a|an|the|his|her|its|their)\s"
                             r"[^,;:\"]*,\s*$")


def _run_by(m: re.Match[str]) -> str:
    """The subject and the clause that says who runs it as the compound texts also write: "the health ministry, which
    is run by the Houthis," → "Houthis-run health ministry"."""
    head = re.sub(r"^(?:the|The)\s+", "", m.group("head").strip())
    return f"{m.group('who')}-{m.group('verb')} {head}"


def last_clause(pre: str) -> str:
    """The text after the last "that", "where" ("the hospital, where the chief doctor said"), colon, semicolon,
    table cell bar or relative pronoun with its own subject
    ("peacekeepers, who the Kremlin says ..." → "the Kremlin"); a relative clause between commas
    describes the subject and is dropped ("Qatar, which mediates, said" → "Qatar")."""
    # "Hamas, the group that runs Gaza, said", "Ansar Dine, one of the groups that hold the north, said": an
    # apposition's relative clause describes the subject; an indefinite apposition's noun stays, saying what kind of
    # person speaks ("Sai Kham, a shopkeeper who fled Lashio, said": a shopkeeper)
    pre = re.sub(r"(?<=\w),\s*(?:one\s+of\s+)?the\s[^,;:\"]*?\b(?:that|which|who)\b[^,;:\"]*,\s*$", "", pre)
    pre = re.sub(r"(?<=\w)(,\s*an?\s[^,;:\"]*?)\s+(?:that|which|who)\b[^,;:\"]*,\s*$", r"\1", pre)
    # "The Command Post, led by the intelligence chief, X, said": who leads it describes the subject that speaks
    pre = _LED_BY.sub("", pre)
    # "Mr. Botha, in a speech that drew murmurs from several delegations, said": where the subject spoke
    pre = _OCCASION_ASIDE.sub("", pre)
    pre = without_aside(pre)
    # (" | ": a table's cell before it, "29 August 2022 | Ukraine"; "where" with no comma after it: its own clause; not
    # a clock time's colon, "At 21:00 X said")
    # (not a time, "Later that day X said")
    pre = re.split(r"\bthat\b(?!\s+(?:morning|afternoon|evening|night|day|week)\b)|\bwhere\b(?=[^,]*$)|(?<!\d):(?!\d\d)"
                   r"|;|\s\|\s", pre)[-1]
    # "Sirens blare across the north as the IDF says ...": the subject of a subordinate clause
    for m in reversed(list(_SUBORDINATE.finditer(pre))):
        before = pre[:m.start()].split()
        if not before or before[-1] not in _AS_NAMED:  # not "known as Abu Ubaidah"
            return last_clause(pre[m.end():])
    pre = _RUN_BY.sub(_run_by, pre)  # "the health ministry, which is run by the Houthis, said"
    pre = re.sub(r",\s*(?:who|which|whose)\b[^,]*,\s*$", "", pre)  # "Qatar, which mediates ..., said"
    # "Kuwait's government in exile, based in Taif, Saudi Arabia, said": where the subject is, not who speaks
    pre = _BASED_IN.sub("", pre)
    for m in reversed(list(re.finditer(r"\b(?:who|whom|which)\s+(\S+)", pre))):
        if re.search(r",\s*\S", pre[m.end():]):
            continue  # "six jets, one of which struck two targets, the air force said": a clause closed before it
        if m.group(1).islower() and past_shaped(m.group(1)):
            return pre[:m.start()]  # "Residents who fled Ann township told": the residents
        if m.group(1).lower() not in _AUX_AFTER_RELATIVE:
            return pre[m.start() + len(m.group().split()[0]):]
    return pre
