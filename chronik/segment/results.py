"""A news aggregator's list of results saved as text (a news search, a topic page): one card per story, each the
outlet's name on a line of its own, the story's headline, maybe its byline, and how old it is ("Reuters" /
"Rebels seize the airport, sources say" / "3 hours ago"), the card's buttons under it ("Full Coverage", "More").

Each card is a report of its own: the outlet's line opens it, the headline is its text, and the age (a relative age,
"Yesterday", or a day, "Jan 26, 2025", "12 Mar") dates it. None of these lines is the page's furniture, though each
alone looks like it (a short name, a bare age). It takes a run of several cards to tell the format: one name over a
headline and a date is as likely a teaser with its section label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronik.dates.rules import ABBREVIATION_DOT, month_words
from chronik.segment import ago, headings
from chronik.segment.blocks import SENTENCE_END, Block, count_words
from chronik.segment.finder import DateFinder
from chronik.segment.info import FURNITURE, PARA, Info

RESULT = "result"  # what ``Info.what`` says of the outlet's line opening a card
RESULT_LINE = "result line"  # ... of the card's headline
RESULT_AGE = "result age"  # ... of the card's age, which dates it
MIN_CARDS = 3  # cards in a run that make a page a list of results
OUTLET_WORDS = 5  # "The New York Times", "Radio Free Europe/Radio Liberty"
HEADLINE_WORDS = (4, 40)
FILLER_LINES = 3  # the card's buttons between its age and the next card's outlet ("Full Coverage", "More")
FILLER_WORDS = 3

_MONTH = rf"(?:{month_words()}){ABBREVIATION_DOT}"
# "Yesterday", "Jan 26, 2025", "Jan 25", "12 Mar", "12 March 2024"
_DAY = re.compile(rf"^\s*(?:yesterday|today|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
                  rf"|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)\s*$", re.I)
_BYLINE = re.compile(r"^\s*by\s+(?-i:[A-Z])", re.I)
_QUOTED = re.compile(r"[\"“”]")  # 'In "News"': a related link's section, not an outlet


@dataclass(frozen=True)
class Card:
    """The positions of a card's lines in the list read: its outlet, headline, byline (or None) and age."""

    outlet: int
    headline: int
    byline: int | None
    age: int


def is_age(text: str) -> bool:
    """Whether a line says only how old a result is: "3 hours ago", "Yesterday", "Jan 26, 2025"."""
    return ago.age(text) is not None or bool(_DAY.match(text))


def _outlet(text: str) -> bool:
    words = count_words(text)
    return (0 < words <= OUTLET_WORDS and not SENTENCE_END.search(text) and not _QUOTED.search(text)
            and not text.rstrip().endswith(":")
            and not is_age(text) and not _BYLINE.match(text) and text.lstrip()[:1].isupper()
            and headings.furniture(Block(-1, [], text)) != "see also")  # ("Related", "Top stories": a box's label)


def _headline(text: str) -> bool:
    return (HEADLINE_WORDS[0] <= count_words(text) <= HEADLINE_WORDS[1] and not is_age(text)
            and not _BYLINE.match(text))


def _card_at(texts: list[str], k: int) -> Card | None:
    """The card whose outlet is line ``k``, or None."""
    if k + 2 >= len(texts) or not _outlet(texts[k]) or not _headline(texts[k + 1]):
        return None
    byline = k + 2 if _BYLINE.match(texts[k + 2]) and count_words(texts[k + 2]) <= 12 else None
    age = k + 3 if byline is not None else k + 2
    return Card(k, k + 1, byline, age) if age < len(texts) and is_age(texts[age]) else None


def _filler(text: str) -> bool:
    return count_words(text) <= FILLER_WORDS and not SENTENCE_END.search(text) and not is_age(text)


def _follows(texts: list[str], card: Card, after: Card) -> bool:
    """Whether card ``after`` comes next to ``card`` in one list: only a few short buttons between them."""
    between = texts[card.age + 1:after.outlet]
    return len(between) <= FILLER_LINES and all(_filler(t) for t in between)


def _list_of(texts: list[str], run: list[Card]) -> list[Card]:
    """``run`` if it makes a list of results: enough cards, and no headline and age right above the first one (a box
    of related links, "title / November 9, 2020 / In "News"", read one line late, looks like cards too)."""
    first = run[0].outlet if run else 0
    shifted = first >= 2 and _headline(texts[first - 2]) and is_age(texts[first - 1])
    return run if len(run) >= MIN_CARDS and not shifted else []


def cards(texts: list[str]) -> list[Card]:
    """The cards of every run of at least ``MIN_CARDS`` in ``texts`` (the page's lines, in order), where only a few
    short buttons come between one card and the next."""
    found: list[Card] = []
    run: list[Card] = []
    k = 0
    while k < len(texts):
        card = _card_at(texts, k)
        if card is None:
            k += 1
            continue
        if run and not _follows(texts, run[-1], card):
            found += _list_of(texts, run)
            run = []
        run.append(card)
        k = card.age + 1
    return found + _list_of(texts, run)


def card_lines(texts: list[str]) -> set[int]:
    """The positions of the lines the cards in ``texts`` are made of (the boilerplate pass keeps them)."""
    return {k for c in cards(texts) for k in (c.outlet, c.headline, c.age)}


def mark_results(infos: list[Info], finder: DateFinder) -> None:
    """Mark each card's lines: the outlet's opens a report dated by the card's age, the headline and the age are its
    lines, the byline is furniture. (After relative ages are counted back: their days are known.)"""
    for card in cards([i.block.text for i in infos]):
        age = infos[card.age]
        timex = age.timex if age.timex is not None else finder.resolve(age.block.text.strip())
        one_day = timex is not None and timex.start is not None and timex.start == timex.end
        outlet = infos[card.outlet]
        outlet.kind, outlet.what, outlet.timex = PARA, RESULT, timex if one_day else None
        outlet.stamp = outlet.mention = None
        for k, what in ((card.headline, RESULT_LINE), (card.age, RESULT_AGE)):
            infos[k].kind, infos[k].what, infos[k].stamp = PARA, what, None
        if card.byline is not None:
            infos[card.byline].kind, infos[card.byline].what = FURNITURE, "byline"
