"""The words the resolver knows (``chronik/data/dates.yaml``) and the numbers written in words.

The lexicon is read once; the grammar builds its regular expressions from it, so adding a month
abbreviation or a holiday is an edit to the YAML file, not to the code.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronik.yamlsrc import fast_load

LEXICON_FILE = Path(__file__).resolve().parent.parent / "data" / "dates.yaml"


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    ambiguous: frozenset[str]
    parts_of_day: dict[str, str]
    relative_days: dict[str, tuple[int, str | None]]
    future_days: dict[str, int]  # the offsets of relative days that differ in a clause about the future
    seasons: dict[str, str]
    holidays: dict[str, dict[str, Any]]
    cardinals: dict[str, int]
    ordinals: dict[str, int]
    decades: dict[str, int]
    references: dict[str, str]
    sets: dict[str, str]
    ambiguous_zones: dict[str, tuple[str, ...]]  # an abbreviation's meanings, the default first
    month_first_zones: tuple[str, ...]  # zones (or prefixes ending in "/") whose pages write slashed dates month first
    day_first_zones: tuple[str, ...]  # exceptions to ``month_first_zones`` (Latin America under "America/")
    counted_events: tuple[str, ...]  # what a day counter counts besides a war ("its 45th day" of a siege)
    war_words: tuple[str, ...]  # what a war's own day counter counts ("the war entered its 45th day")
    named_for_days: tuple[str, ...]  # what a day names after it ("21 October Road", "the 6th of October Bridge")


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon shipped with chronik (read once per process)."""
    raw = fast_load(LEXICON_FILE.read_text(encoding="utf-8"))
    numbers = raw["numbers"]
    return Lexicon(
        months=raw["months"],
        weekdays=raw["weekdays"],
        ambiguous=frozenset(raw["ambiguous"]),
        parts_of_day=raw["parts_of_day"],
        relative_days={k: (v["offset"], v.get("part")) for k, v in raw["relative_days"].items()},
        future_days={k: v["future"] for k, v in raw["relative_days"].items() if "future" in v},
        seasons=raw["seasons"],
        holidays=raw["holidays"],
        cardinals=numbers["cardinal"],
        ordinals=numbers["ordinal"],
        decades=numbers["decades"],
        references={phrase: value for value, phrases in raw["references"].items() for phrase in phrases},
        sets={phrase: value for value, phrases in raw["sets"].items() for phrase in phrases},
        ambiguous_zones={k: tuple(v) for k, v in raw["ambiguous_zones"].items()},
        month_first_zones=tuple(raw["month_first_zones"]),
        day_first_zones=tuple(raw["day_first_zones"]),
        counted_events=tuple(raw["counted_events"]),
        war_words=tuple(raw["war_words"]),
        named_for_days=tuple(raw["named_for_days"]),
    )


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` longest first, as an alternation must try them, and in one order from run to run (a set's order
    follows the hash seed, and so would the patterns built from it)."""
    return sorted(words, key=lambda w: (-len(w), w))


def alternation(words: Any) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any run of blanks.

    It is written as a trie (``t(?:h(?:ird|irty)|en)``): the engine then reads each letter once instead of
    trying every word in turn, which a case-insensitive pattern cannot skip quickly. It matches what
    the plain longest-first alternation ``third|thirty|ten`` would: two words can both match at one place
    only when one is a prefix of the other, and the trie, like longest-first, tries the longer first.
    """
    trie: dict[str, dict] = {}
    for word in {str(w) for w in words}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")


@functools.cache
def part_of_day_opening() -> str:
    """A regex fragment (case-insensitive by itself) for a part of the day a sentence opens with, no day with it: "In
    the morning", "Late in the evening", "During the night", "Later that day", "At dawn" (the lexicon's
    ``parts_of_day``, and "day" itself)."""
    parts = alternation([*lexicon().parts_of_day, "day"])
    return (rf"(?i:(?:(?:late|early|later|earlier)\s+)?"
            rf"(?:(?:in|during|on|through|throughout)\s+the|that|at)\s+{parts}\b)")


def _number_tokens(lex: Lexicon) -> str:
    simple = [w for w in lex.cardinals if " " not in w and w not in ("a", "an")]
    return alternation([*simple, *lex.ordinals, "hundred", "thousand"])


@functools.cache
def number_words_pattern() -> str:
    """A regex for a number written in words: ``thirty ninth``, ``thirty-nine``, ``one hundred and two``."""
    token = _number_tokens(lexicon())
    return rf"{token}(?:(?:\s+and\s+|[\s-]+){token})*"


@functools.cache
def ordinal_words_pattern() -> str:
    """A regex for an ordinal written in words, ending in an ordinal word: ``thirty ninth``, ``first``."""
    lex = lexicon()
    cardinal = _number_tokens(lex)
    return rf"(?:{cardinal}(?:\s+and\s+|[\s-]+))*{alternation(lex.ordinals)}"


def words_to_int(text: str) -> int | None:
    """``thirty ninth`` -> 39, ``one hundred and two`` -> 102, ``nineteen`` -> 19; None if not a number."""
    lex = lexicon()
    total = current = 0
    seen = False
    for token in re.split(r"[\s-]+", text.lower().strip()):
        if not token or token == "and":
            continue
        if token in lex.cardinals:
            current += lex.cardinals[token]
        elif token in lex.ordinals:
            value = lex.ordinals[token]
            current = current * value if value == 100 else current + value
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def year_words_to_int(text: str) -> int | None:
    """A year said in words: ``nineteen ninety-six`` -> 1996, ``two thousand three`` -> 2003,
    ``twenty twenty`` -> 2020; None when it is not a plausible year."""
    words = re.split(r"[\s-]+", text.lower().strip())
    if "thousand" in words:
        value = words_to_int(text)
    else:
        # a year is read as two pairs: "nineteen | ninety six", "twenty | twenty two"
        head = lexicon().cardinals.get(words[0]) if words else None
        rest = words_to_int(" ".join(words[1:])) if len(words) > 1 else None
        value = head * 100 + rest if head is not None and rest is not None and 10 <= head <= 20 and rest < 100 \
            else None
    return value if value is not None and 1000 <= value <= 2199 else None
