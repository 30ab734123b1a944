"""The parser's word lists (``chronik/data/boilerplate.yaml`` and ``segment.yaml``), read once and compiled.

Code asks questions ("is this a lead-in?", "which zone is EDT?") and never spells a phrase itself, so
supporting another outlet's furniture or phrasing is an edit to the YAML files.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from chronik.dates.lexicon import alternation, longest_first
from chronik.segment.literals import AnyPattern, fold

DATA = Path(__file__).resolve().parent.parent / "data"
# libyaml's loader where PyYAML has it: the same data as safe_load, several times sooner
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Phrases:
    """Any of a list of phrases, case-insensitive, on word boundaries; ``search`` and ``finditer`` as a regex's.

    The phrases are one alternation shaped as a trie (see :func:`chronik.dates.lexicon.alternation`),
    matched case-sensitively in the :func:`~chronik.segment.literals.fold`-ed text: several times faster
    than ``re.I`` over the phrases in turn, and at the same places, since folding keeps every character
    where it is (a match's text is then in lower case). That holds for phrases of ASCII and of characters
    without case ("’", "©"); others keep ``re.I``.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        words = {str(p) for p in phrases}
        # the longest word of each phrase: a text whose words hold none of them holds no phrase
        self.keys = frozenset(_key(w) for w in words)
        self.folds = all(c.isascii() or c.lower() == c == c.upper() for w in words for c in w)
        if self.folds:
            self.pattern = re.compile(rf"(?<![\w]){alternation(w.lower() for w in words)}(?![\w])")
        else:
            self.pattern = re.compile(rf"(?<![\w])(?:{_words(words)})(?![\w])", re.I)

    def _text(self, text: str, folded: str | None) -> str:
        if not self.folds:
            return text
        return fold(text) if folded is None else folded

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        """The first phrase in ``text`` (``folded``: its folded form, if known)."""
        return self.pattern.search(self._text(text, folded))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(self._text(text, None))


def phrase_regex(phrases: list[str]) -> Phrases | None:
    """A matcher of any of ``phrases``, case-insensitive, on word boundaries (None for no phrases)."""
    return Phrases(phrases) if phrases else None


def _phrases(phrases: list[str]) -> Phrases:
    """:func:`phrase_regex` of a list the parser cannot do without: an empty one is a mistake in the data."""
    if not phrases:
        raise ValueError("a required phrase list of the segment lexicon is empty")
    return Phrases(phrases)


@dataclass(frozen=True)
class Category:
    """A kind of page furniture: its name, its cues and the longest line it applies to.

    ``keys`` holds the longest word of each phrase (or the phrase, when it has no word, like "©"): a line
    holding none of them cannot match a phrase, which spares the regex on most lines. Each pattern is
    searched only in lines holding the text all its matches hold (see :mod:`chronik.segment.literals`).
    """

    name: str
    phrases: Phrases | None
    patterns: AnyPattern
    max_words: int
    keys: frozenset[str] = frozenset()
    symbols: tuple[str, ...] = ()  # phrases without a word ("©"), looked for as they are

    def matches(self, text: str, words: int, tokens: Set[str], folded: str) -> bool:
        """Whether a line of ``words`` words is of this category (``tokens``: the words of its ``fold``-ed
        text ``folded``)."""
        if words > self.max_words:
            return False
        hit = not self.keys.isdisjoint(tokens) or any(k in text for k in self.symbols)
        if self.phrases is not None and hit and self.phrases.search(text, folded):
            return True
        return self.patterns.search(text, folded)


class Categories:
    """Categories in order of precedence, asked which is the first a line is of.

    Most lines are of none, and asking each category costs more than the regexes: the patterns of all the
    categories a line is short enough for are asked in a few calls, one per band of categories of the same
    ``max_words`` (each pattern joins one band only, so each is compiled once), and only those with a phrase
    holding one of the line's words are asked about their phrases.
    """

    def __init__(self, members: Sequence[Category]) -> None:
        self.members = tuple(members)
        self._sizes = sorted({c.max_words for c in members})  # a line of n words: the categories of n or more
        bands = {size: [p for c in members if c.max_words == size for p in c.patterns.patterns] for size in self._sizes}
        self._bands = {size: AnyPattern(patterns) for size, patterns in bands.items() if patterns}
        self._tiers: dict[int, tuple[tuple[AnyPattern, ...], frozenset[str], tuple[tuple[str, int], ...]]] = {}
        by_key: dict[str, list[int]] = {}
        for k, category in enumerate(members):
            for key in category.keys:
                by_key.setdefault(key, []).append(k)
        self._by_key = {key: tuple(ks) for key, ks in by_key.items()}

    def _tier(self, size: int) -> tuple[tuple[AnyPattern, ...], frozenset[str], tuple[tuple[str, int], ...]]:
        """The pattern bands, phrase keys and symbols of the categories for lines of up to ``size`` words or more."""
        tier = self._tiers.get(size)
        if tier is None:
            eligible = [(k, c) for k, c in enumerate(self.members) if c.max_words >= size]
            tier = self._tiers[size] = (tuple(band for s, band in self._bands.items() if s >= size),
                                        frozenset(key for _, c in eligible for key in c.keys),
                                        tuple((s, k) for k, c in eligible for s in c.symbols))
        return tier

    def first(self, text: str, words: int, tokens: Set[str], folded: str) -> Category | None:
        """The first member the line is of (``tokens``: the words of its ``fold``-ed text ``folded``), as
        ``next(c for c in members if c.matches(...))``."""
        at = bisect.bisect_left(self._sizes, words)
        if at == len(self._sizes):
            return None
        bands, keys, symbols = self._tier(self._sizes[at])
        if any(band.search(text, folded) for band in bands):
            return next((c for c in self.members if c.matches(text, words, tokens, folded)), None)
        hits = keys.intersection(tokens)
        asked = {k for key in hits for k in self._by_key[key]} if hits else set()
        asked.update(k for symbol, k in symbols if symbol in text)
        for k in sorted(asked):  # no pattern matches: a phrase decides
            category = self.members[k]
            if (words <= category.max_words and category.phrases is not None
                    and category.phrases.search(text, folded)):
                return category
        return None


@dataclass(frozen=True)
class Lexicon:
    drop: Categories
    keep: Categories
    self_promotion_reason: str
    self_promotion_max_words: int
    not_names: frozenset[str]
    self_references: Phrases | None
    research_verbs: re.Pattern[str]  # matched right after "we" or the publisher's name: see boilerplate.py
    separator: re.Pattern[str]
    share_row_button: re.Pattern[str]  # a button's name alone, a button only under another one of its row
    contents_label: re.Pattern[str]
    contents_max_words: int
    reference_reason: str
    reference_label: re.Pattern[str]
    reference_entry: AnyPattern
    reference_shaped: AnyPattern
    reference_max_words: int
    reference_run: int
    other_day_words: Phrases
    other_day_min_words: int
    other_day_away: Phrases
    lead_ins: Phrases
    lead_in_max_words: int
    lead_in_ends: re.Pattern[str]
    lead_in_ends_max_words: int
    valid_as_of: re.Pattern[str]
    page_notes: re.Pattern[str]
    page_note_max_words: int
    briefing_notes: Phrases
    briefing_note_max_words: int
    labels: Phrases
    background_labels: re.Pattern[str]
    trend_labels: re.Pattern[str]
    call_labels: re.Pattern[str]
    editor_notes_labels: re.Pattern[str]
    editor_notes_asides: Phrases
    media_teaser: re.Pattern[str]
    follow_invitation: re.Pattern[str]
    title_flag: re.Pattern[str]
    flag_line: re.Pattern[str]  # a title's flag on a line of its own, over the title ("BREAKING")
    reporter_place: re.Pattern[str]
    reporter_post: re.Pattern[str]
    list_intros: Phrases
    label_max_words: int
    name_heading_max: int
    question_heading: re.Pattern[str]
    name_heading_joiners: frozenset[str]
    heading_words: frozenset[str]
    headline_max_words: int
    pronoun_start: re.Pattern[str]
    linking_verbs: re.Pattern[str]
    anaphoric_start: re.Pattern[str]
    # "X quoted / cited ..." (group "subject" X, group "also" when X "also" cites)
    citing_start: re.Pattern[str]
    sourcing_start: re.Pattern[str]
    answer_start: re.Pattern[str]  # a speaker's turn that opens by answering ("HOST: Yes. ...")
    witness_start: re.Pattern[str]  # "A resident of ...", "An eyewitness ...": one witness, the noun its group
    trailing_speaker: re.Pattern[str]
    anaphoric_nouns: frozenset[str]  # "office", "ministry": a body or person named again by its common noun
    agency_nouns: re.Pattern[str]  # a state body's own noun, which "the agency" names again
    subordinators: Phrases
    event_nouns: frozenset[str]
    event_own_verbs: frozenset[str]
    event_relative: Phrases
    event_relative_after: re.Pattern[str]
    period_openers: re.Pattern[str]
    window_openers: re.Pattern[str]
    conflict_days: int
    history_days: int
    max_span_days: int
    counter_max_days_before: int
    reporting: re.Pattern[str]
    standing_reports: re.Pattern[str]
    stance: re.Pattern[str]
    generic_sources: Phrases
    standing_markers: Phrases
    tally_verbs: frozenset[str]
    casualty_verbs: frozenset[str]
    war_nouns: Phrases
    long_period: re.Pattern[str]
    plans: re.Pattern[str]
    future_times: Phrases
    relative_pronouns: frozenset[str]
    past_irregular: frozenset[str]
    participles_irregular: frozenset[str]
    past_or_adjective: frozenset[str]
    verb_followers: frozenset[str]
    adverbs: frozenset[str]
    not_past: frozenset[str]
    auxiliaries: frozenset[str]
    determiners: frozenset[str]
    zones: dict[str, str | None]  # None: a name for the source's own zone ("local time")
    hyphen_prefixes: frozenset[str]
    almanac_features: re.Pattern[str]
    spokesperson_start: re.Pattern[str]  # "A UNHCR spokesman, ...": group "body" the body named above


def _key(phrase: str) -> str:
    words = re.findall(r"\w+", phrase.lower())
    return max(words, key=len) if words else phrase.lower()


def _categories(raw: dict[str, dict[str, Any]]) -> Categories:
    """The categories of one section of ``boilerplate.yaml``, in their order there."""
    members = []
    for name, fields in raw.items():
        phrases = phrase_regex(fields.get("phrases", []))
        keys = phrases.keys if phrases is not None else frozenset()
        members.append(Category(name, phrases,
                                _patterns(fields.get("patterns", [])),
                                int(fields.get("max_words", 40)), keys,
                                tuple(k for k in keys if not re.search(r"\w", k))))
    return Categories(members)


def _words(raw: Iterable[str]) -> str:
    """An alternation of ``raw``, longest first, a space matching any run of blanks, case as written."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in longest_first(raw))


def _patterns(raw: Iterable[str]) -> AnyPattern:
    """The patterns of a list in a data file, read without regard to case."""
    return AnyPattern([re.compile(p, re.I) for p in raw])


def _label_line(labels: list[str]) -> re.Pattern[str]:
    """A line that is nothing but one of ``labels``, a colon after it or not ("Contents", "References:")."""
    return re.compile(rf"^\s*(?:{_words(labels)})\s*:?\s*$", re.I)


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon shipped with chronik (read once per process)."""
    bp = yaml.load((DATA / "boilerplate.yaml").read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    sg = yaml.load((DATA / "segment.yaml").read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    cont = sg["continuation"]
    refs = bp["reference_lists"]
    keep = _categories({name: raw for name, raw in bp["keep"].items() if name != "other day"})
    other = bp["keep"]["other day"]
    pronoun_start = re.compile(
        rf"^(?:[^,“”\"]{{0,80}},\s*)?(?:{_words(cont['pronouns'])})\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?"
        rf"(?:{_words(cont['reporting_verbs'])})\b", re.I)
    anaphoric_start = re.compile(
        rf"^(?:(?:{_words(cont['anaphoric_starts'])})\s+(?:{_words(cont['anaphoric_nouns'])})\b"
        rf"|the\s+(?!same\s+(?:{_words(cont['same_time_nouns'])})\b)"  # ("The same day, ...": a new act that day)
        rf"(?:{_words(cont['anaphoric_nouns'])})\b(?!\s+of\b)(?!\s+(?:for|on)\s+(?:the\s+)?(?-i:[A-Z]))"
        rf"|an?\s+\d{{1,3}}-year-old\s+(?:{_words(cont['witness_nouns'])})\b)", re.I)
    return Lexicon(
        drop=_categories(bp["drop"]),
        keep=keep,
        self_promotion_reason=bp["self_promotion"]["reason"],
        self_promotion_max_words=int(bp["self_promotion"]["max_words"]),
        not_names=frozenset(n.lower() for n in bp["self_promotion"]["not_names"]),
        self_references=phrase_regex(bp["self_promotion"].get("self_references", [])),
        research_verbs=re.compile(rf"\s+(?:also\s+|then\s+|first\s+|independently\s+)?"
                                  rf"(?:{_words(bp['self_promotion']['research_verbs'])})\b", re.I),
        separator=re.compile(bp["separator_pattern"]),
        share_row_button=re.compile(rf"^\W*(?:{_words(bp['share_row_buttons'])})\W*$", re.I),
        contents_label=_label_line(bp["contents"]["labels"]),
        contents_max_words=int(bp["contents"]["max_words"]),
        reference_reason=str(refs["reason"]),
        reference_label=_label_line(refs["labels"]),
        reference_entry=_patterns((*refs["entries"], *refs["shaped"])),
        reference_shaped=_patterns(refs["shaped"]),
        reference_max_words=int(refs["max_words"]),
        reference_run=int(refs["run"]),
        other_day_words=_phrases(other["words"]),
        other_day_min_words=int(other["min_words"]),
        other_day_away=_phrases(other["away"]),
        lead_ins=_phrases(sg["lead_ins"]["phrases"]),
        lead_in_max_words=int(sg["lead_ins"]["max_words"]),
        lead_in_ends=re.compile(rf"\b(?:{_words(sg['lead_ins']['ends'])})\s*:\s*$", re.I),
        lead_in_ends_max_words=int(sg["lead_ins"]["ends_max_words"]),
        valid_as_of=re.compile(
            rf"^\W*(?:all\s+)?(?:the\s+)?(?:{_words(sg['lead_ins']['valid_as_of']['nouns'])})\s+(?:(?:is|are)\s+)?"
            rf"(?:(?:{_words(sg['lead_ins']['valid_as_of']['states'])})\s+)?as\s+(?:of|at)\b", re.I),
        page_notes=re.compile(rf"^(?:\s*(?:{_words(sg['page_notes']['starts'])})\b"
                              rf"|.*?\b(?:{_words(sg['page_notes']['within'])})\b)", re.I | re.S),
        page_note_max_words=int(sg["page_notes"]["max_words"]),
        briefing_notes=_phrases(sg["briefing_notes"]["phrases"]),
        briefing_note_max_words=int(sg["briefing_notes"]["max_words"]),
        labels=_phrases(sg["section_labels"]["phrases"]),
        background_labels=re.compile(rf"^\W*(?:{_words(sg['background_labels'])})\b", re.I),
        trend_labels=re.compile(rf"^\W*(?:{_words(sg['trend_labels'])})\W*$", re.I),
        call_labels=re.compile(rf"^\W*(?:{_words(sg['call_labels'])})\W*$", re.I),
        editor_notes_labels=re.compile(rf"^\W*(?:{_words(sg['editor_notes']['labels'])})\W*$", re.I),
        editor_notes_asides=_phrases(sg["editor_notes"]["phrases"]),
        media_teaser=re.compile(rf"^\W*(?:{_words(sg['media_teasers'])})\s*:", re.I),
        follow_invitation=re.compile(rf"(?:^|[.!?]\s+)(?:{_words(sg['follow_invitations'])})\b[^.!?]*[.!?]?\s*$",
                                     re.I),
        title_flag=re.compile(rf"^\W*(?:{_words(sg['title_flags'])})(?:\s*\d{{1,2}})?\s*[:–—-]\s*(?=\S)", re.I),
        flag_line=re.compile(rf"^\W*(?:{_words(sg['title_flags'])})\W*$", re.I),
        reporter_place=re.compile(rf"^\W*(?:{_words(sg['reporter_places'])})\s", re.I),
        reporter_post=re.compile(rf"\b(?:{_words(sg['reporter_posts'])})\s*(?:,|$)", re.I),
        list_intros=_phrases(sg["list_intros"]),
        label_max_words=int(sg["section_labels"]["max_words"]),
        name_heading_max=int(sg["name_headings"]["max_names"]),
        question_heading=re.compile(
            rf"^\W*(?:{_words(sg['question_headings']['words'])})\s+(?:{_words(sg['question_headings']['then'])})\b"
            r"|\?[\W]*$", re.I),
        name_heading_joiners=frozenset(str(w).lower() for w in sg["name_headings"]["joiners"]),
        heading_words=frozenset(sg["heading_words"]),
        headline_max_words=int(sg["headline_max_words"]),
        pronoun_start=pronoun_start,
        linking_verbs=re.compile(
            rf"^[^,.;:“”\"]{{1,60}}?\s(?:{_words(cont['linking_verbs'])})(?:\s+that\b|\s*[,:“\"])", re.I),
        anaphoric_start=anaphoric_start,
        witness_start=re.compile(rf"^an?\s+(?P<noun>{_words(cont['witness_nouns'])})\b", re.I),
        answer_start=re.compile(
            rf"^(?-i:[A-Z][A-Z.'’ -]{{1,40}}(?:\s+\([^()]{{1,40}}\))?):\s+"
            rf"(?:{_words([str(w).rstrip(',') for w in cont['answer_words']])})\s*[.,!;—–-]", re.I),
        citing_start=re.compile(
            rf"^(?P<subject>[^,.;:“”\"]{{1,40}}?)\s(?P<also>also\s+)?(?:{_words(cont['sourcing_verbs'])})\b", re.I),
        sourcing_start=re.compile(
            rf"^(?:{_words(cont['sourcing_phrases'])})\s+(?:{_words(cont['sourcing_objects'])}"
            rf"|the\s+(?:{_words(cont['anaphoric_nouns'])}))\s*,"
            rf"|^(?:{_words(cont['sourcing_phrases'])})\s+(?:the\s+)?(?:{_words(cont['anaphoric_nouns'])})(?:['’]s)?\s+"
            rf"(?:{_words(cont['sourcing_posts'])})\b[^,.;:]{{0,40}},", re.I),
        # the first sentence closes on its speaker: group 1 a pronoun or "the minister", group 2 a surname; the
        # sentence ends there or goes on with what else was said ("..., it added, noting ...")
        trailing_speaker=re.compile(
            rf"^[^.!?]*?,[”\"]?\s+(?:((?i:{_words(cont['pronouns'])})|(?i:the)\s+(?i:{_words(cont['anaphoric_nouns'])}))"
            rf"|([A-Z][\w’'-]+))\s+(?i:also\s+)?(?i:{_words(cont['trailing_verbs'])})"
            rf"\s*(?:[.;]|,\s+(?i:noting|saying|adding|stressing)\s)"),
        anaphoric_nouns=frozenset(cont["anaphoric_nouns"]),
        agency_nouns=re.compile(rf"(?<![\w])(?:{_words(cont['agency_nouns'])})(?![\w])", re.I),
        subordinators=_phrases(sg["subordinators"]),
        event_nouns=frozenset(sg["event_nouns"]),
        event_own_verbs=frozenset(w.lower() for w in sg["event_own_verbs"]),
        event_relative=_phrases(sg["event_relative"]),
        event_relative_after=re.compile(rf"^\s*(?:{_words(sg['event_relative_after'])})\b", re.I),
        # (maybe with the period's first clock before its day: "between 1800 hours yesterday and 0800 hours today")
        period_openers=re.compile(rf"\b(?:{_words(sg['period_openers'])})\s+"
                                  r"(?:(?:\d{4}\s+hours|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s+(?:on\s+)?)?$", re.I),
        window_openers=re.compile(rf"\b(?:{_words(sg['window_openers'])})\s+$", re.I),
        conflict_days=int(sg["conflict_days"]),
        history_days=int(sg["history_days"]),
        max_span_days=int(sg["max_span_days"]),
        counter_max_days_before=int(sg["counter_max_days_before"]),
        reporting=re.compile(rf"\b(?:{_words(sg['reporting_stems'])})(?:s|es|ed|d|ing)?\b", re.I),
        standing_reports=re.compile(rf"^(?:{_words(sg['standing_reports'])})", re.I),
        # "is gravely concerned", "are deeply alarmed": a copula, adverbs, a stance
        stance=re.compile(rf"\b(?:is|are|remains|remain)\s+(?:[a-z]+ly\s+|also\s+|very\s+)*"
                          rf"(?:{_words(sg['stances'])})\b"),
        generic_sources=_phrases(sg["generic_sources"]),
        standing_markers=_phrases(sg["standing_markers"]),
        tally_verbs=frozenset(sg["tally_verbs"]),
        casualty_verbs=frozenset(sg["casualty_verbs"]),
        war_nouns=_phrases(sg["war_nouns"]),
        long_period=re.compile(r"\bfor\s+(?:(?:nearly|almost|more\s+than|over|about|some|at\s+least|around|"
                               rf"roughly)\s+)?(?:[\w-]+\s+)?(?:{_words(sg['long_periods'])})\b", re.I),
        # a plan's words before a verb, not hedged ("will likely continue") and not "is to blame"
        plans=re.compile(rf"\b(?:{_words(sg['plans'])})\s+(?!(?:{_words(sg['hedges'])})\b|blame\b)[a-z]", re.I),
        future_times=_phrases(sg["future_times"]),
        relative_pronouns=frozenset(sg["relative_pronouns"]),
        past_irregular=frozenset(sg["past_irregular"]),
        participles_irregular=frozenset(sg["participles_irregular"]),
        past_or_adjective=frozenset(sg["past_or_adjective"]),
        verb_followers=frozenset(sg["verb_followers"]),
        adverbs=frozenset(sg["adverbs"]),
        not_past=frozenset(sg["not_past"]),
        auxiliaries=frozenset(sg["auxiliaries"]),
        determiners=frozenset(sg["determiners"]),
        zones={k.lower(): v for k, v in sg["zones"].items()},
        hyphen_prefixes=frozenset(sg["hyphen_prefixes"]),
        spokesperson_start=re.compile(
            rf"^(?:An?|The)\s+(?P<body>[A-Z][\w-]+|[a-z]{{4,}})\s+(?i:{_words(cont['sourcing_posts'])})\b"),
        almanac_features=re.compile(rf"^\W*(?:{_words(sg['almanac_features'])})\s*:", re.I),
    )
