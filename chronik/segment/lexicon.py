"""The parser's word lists (``chronik/data/boilerplate.yaml`` and ``segment.yaml``), read once and compiled.

Code asks questions ("is this a lead-in?", "which zone is EDT?") and never spells a phrase itself, so
supporting another outlet's furniture or phrasing is an edit to the YAML files.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent.parent / "data"


def phrase_regex(phrases: list[str]) -> re.Pattern[str] | None:
    """One case-insensitive regex matching any phrase on word boundaries (None for no phrases)."""
    if not phrases:
        return None
    ordered = sorted({str(p) for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.I)


@dataclass(frozen=True)
class Category:
    """A kind of page furniture: its name, its cues and the longest line it applies to.

    ``keys`` holds the longest word of each phrase (or the phrase, when it has no word, like "©"): a line
    holding none of them cannot match a phrase, which spares the regex on most lines.
    """

    name: str
    phrases: re.Pattern[str] | None
    patterns: re.Pattern[str] | None  # the category's regular expressions as one alternation
    max_words: int
    keys: frozenset[str] = frozenset()
    symbols: tuple[str, ...] = ()  # phrases without a word ("©"), looked for as they are

    def matches(self, text: str, words: int, tokens: set[str] | None = None) -> bool:
        """Whether a line of ``words`` words is of this category (``tokens``: its lower-case words, if known)."""
        if words > self.max_words:
            return False
        hit = tokens is None or not self.keys.isdisjoint(tokens) or any(k in text for k in self.symbols)
        if self.phrases is not None and hit and self.phrases.search(text):
            return True
        return self.patterns is not None and self.patterns.search(text) is not None


@dataclass(frozen=True)
class Lexicon:
    drop: tuple[Category, ...]
    keep: dict[str, Category]
    self_promotion_reason: str
    self_promotion_max_words: int
    not_names: frozenset[str]
    self_references: re.Pattern[str] | None
    separator: re.Pattern[str]
    contents_label: re.Pattern[str]
    contents_max_words: int
    other_day_words: re.Pattern[str]
    other_day_min_words: int
    other_day_away: re.Pattern[str]
    lead_ins: re.Pattern[str]
    lead_in_max_words: int
    page_notes: re.Pattern[str]
    page_note_max_words: int
    labels: re.Pattern[str]
    list_intros: re.Pattern[str]
    label_max_words: int
    heading_words: frozenset[str]
    headline_max_words: int
    pronoun_start: re.Pattern[str]
    linking_verbs: re.Pattern[str]
    anaphoric_start: re.Pattern[str]
    sourcing_start: re.Pattern[str]
    subordinators: re.Pattern[str]
    event_nouns: frozenset[str]
    event_relative: re.Pattern[str]
    event_relative_after: re.Pattern[str]
    period_openers: re.Pattern[str]
    conflict_days: int
    max_span_days: int
    counter_max_days_before: int
    reporting: re.Pattern[str]
    past_irregular: frozenset[str]
    not_past: frozenset[str]
    auxiliaries: frozenset[str]
    determiners: frozenset[str]
    zones: dict[str, str | None]  # None: a name for the source's own zone ("local time")


def _key(phrase: str) -> str:
    words = re.findall(r"\w+", phrase.lower())
    return max(words, key=len) if words else phrase.lower()


def _category(name: str, raw: dict[str, Any]) -> Category:
    raw_patterns = raw.get("patterns", [])
    patterns = re.compile("|".join(f"(?:{p})" for p in raw_patterns), re.I) if raw_patterns else None
    phrases = raw.get("phrases", [])
    keys = frozenset(_key(p) for p in phrases)
    return Category(name, phrase_regex(phrases), patterns, int(raw.get("max_words", 40)), keys,
                    tuple(k for k in keys if not re.search(r"\w", k)))


def _words(raw: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(raw, key=len, reverse=True))


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon shipped with chronik (read once per process)."""
    bp = yaml.safe_load((DATA / "boilerplate.yaml").read_text(encoding="utf-8"))
    sg = yaml.safe_load((DATA / "segment.yaml").read_text(encoding="utf-8"))
    cont = sg["continuation"]
    keep = {name: _category(name, raw) for name, raw in bp["keep"].items() if name != "other day"}
    other = bp["keep"]["other day"]
    pronoun_start = re.compile(
        rf"^(?:[^,“”\"]{{0,80}},\s*)?(?:{_words(cont['pronouns'])})\s+(?:\w+ly\s+|also\s+|then\s+)?"
        rf"(?:{_words(cont['reporting_verbs'])})\b", re.I)
    anaphoric_start = re.compile(
        rf"^(?:(?:{_words(cont['anaphoric_starts'])})\s+(?:{_words(cont['anaphoric_nouns'])})\b"
        rf"|the\s+(?:{_words(cont['anaphoric_nouns'])})\b(?!\s+of\b))", re.I)
    return Lexicon(
        drop=tuple(_category(name, raw) for name, raw in bp["drop"].items()),
        keep=keep,
        self_promotion_reason=bp["self_promotion"]["reason"],
        self_promotion_max_words=int(bp["self_promotion"]["max_words"]),
        not_names=frozenset(n.lower() for n in bp["self_promotion"]["not_names"]),
        self_references=phrase_regex(bp["self_promotion"].get("self_references", [])),
        separator=re.compile(bp["separator_pattern"]),
        contents_label=re.compile(rf"^\s*(?:{_words(bp['contents']['labels'])})\s*:?\s*$", re.I),
        contents_max_words=int(bp["contents"]["max_words"]),
        other_day_words=phrase_regex(other["words"]),  # type: ignore[arg-type]
        other_day_min_words=int(other["min_words"]),
        other_day_away=phrase_regex(other["away"]),  # type: ignore[arg-type]
        lead_ins=phrase_regex(sg["lead_ins"]["phrases"]),  # type: ignore[arg-type]
        lead_in_max_words=int(sg["lead_ins"]["max_words"]),
        page_notes=re.compile(rf"^\s*(?:{_words(sg['page_notes']['starts'])})\b", re.I),
        page_note_max_words=int(sg["page_notes"]["max_words"]),
        labels=phrase_regex(sg["section_labels"]["phrases"]),  # type: ignore[arg-type]
        list_intros=phrase_regex(sg["list_intros"]),  # type: ignore[arg-type]
        label_max_words=int(sg["section_labels"]["max_words"]),
        heading_words=frozenset(sg["heading_words"]),
        headline_max_words=int(sg["headline_max_words"]),
        pronoun_start=pronoun_start,
        linking_verbs=re.compile(
            rf"^[^,.;:“”\"]{{1,60}}?\s(?:{_words(cont['linking_verbs'])})(?:\s+that\b|\s*[,:“\"])", re.I),
        anaphoric_start=anaphoric_start,
        sourcing_start=re.compile(rf"^[^,.;:“”\"]{{1,40}}?\s(?:also\s+)?(?:{_words(cont['sourcing_verbs'])})\b", re.I),
        subordinators=phrase_regex(sg["subordinators"]),  # type: ignore[arg-type]
        event_nouns=frozenset(sg["event_nouns"]),
        event_relative=phrase_regex(sg["event_relative"]),  # type: ignore[arg-type]
        event_relative_after=re.compile(rf"^\s*(?:{_words(sg['event_relative_after'])})\b", re.I),
        period_openers=re.compile(rf"\b(?:{_words(sg['period_openers'])})\s+$", re.I),
        conflict_days=int(sg["conflict_days"]),
        max_span_days=int(sg["max_span_days"]),
        counter_max_days_before=int(sg["counter_max_days_before"]),
        reporting=re.compile(rf"\b(?:{_words(sg['reporting_stems'])})(?:s|es|ed|d|ing)?\b", re.I),
        past_irregular=frozenset(sg["past_irregular"]),
        not_past=frozenset(sg["not_past"]),
        auxiliaries=frozenset(sg["auxiliaries"]),
        determiners=frozenset(sg["determiners"]),
        zones={k.lower(): v for k, v in sg["zones"].items()},
    )
