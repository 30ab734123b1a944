"""An item of a news feed or aggregator saved as text, one line each: "Title — Source — 12 Mar 2024 14:05".

The item is the headline, the outlet that published it and when, set off by the same dash, bar or dot; the
stamp at the end (a date and a time) is the item's own, and the outlet becomes the update's tag. A press review
names the outlet and its date on a line of their own under each item instead ("Sudan Tribune, 3 June 2023").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronik.dates.lexicon import lexicon as date_words
from chronik.segment.timestamps import PAGE_NOTE, Stamp, find_stamp

_ITEM = re.compile(r"^(?P<title>\S.{7,}?)\s+(?P<sep>[—–|·•-])\s+(?P<source>[^—–|·•]{2,60}?)\s+(?P=sep)\s+"
                   r"(?P<when>[^—–|·•]{6,40})$")
_SEPARATORS = (" — ", " – ", " - ", " | ", " · ", " • ")


@dataclass(frozen=True)
class FeedItem:
    """The headline of an item, its outlet and its stamp (``stamp.body`` is the headline)."""

    source: str
    stamp: Stamp


def feed_item(text: str) -> FeedItem | None:
    """The feed item ``text`` is, or None (a cheap look for two separators and a digit comes first)."""
    if not any(text.count(sep) >= 2 for sep in _SEPARATORS) or not any(c.isdigit() for c in text[-20:]):
        return None
    m = _ITEM.match(text.strip())
    if m is None:
        return None
    if any(PAGE_NOTE.match(m.group(part)) for part in ("title", "source", "when")):
        return None  # "All India | Edited by Anindita Sanyal | Updated: June 19, 2020 10:52 pm IST": the page's byline
    stamp = find_stamp(m.group("when"))
    if stamp is None or not stamp.standalone or not stamp.date_text:
        return None
    title = m.group("title").strip()
    return FeedItem(m.group("source").strip(), Stamp(stamp.time, stamp.zone, stamp.date_text, stamp.label, title))


# "Haaretz, 13 January 2024", "(Reuters, 13 January 2024)", "— The Times of Israel, Jan. 14, 2024"
_SOURCE_LINE = re.compile(r"^[(\[]?\s*(?:[—–-]\s*)?(?P<source>[A-Z][^,;:!?()\[\]]{1,50}?),\s*"
                          r"(?P<date>(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2},?)\s+\d{4})\s*[)\]]?\.?$")
SOURCE_WORDS = 6


def source_line(text: str) -> tuple[str, str] | None:
    """The outlet and the date of a line that names nothing else ("Sudan Tribune, 3 June 2023"), or None."""
    m = _SOURCE_LINE.match(text.strip())
    # a weekday is no outlet: "Saturday, 26 February 2022" is a feed's day separator
    if m is None or len(m.group("source").split()) > SOURCE_WORDS or m.group("source").strip().lower() in (
            date_words().weekdays):
        return None
    return m.group("source").strip(), m.group("date")
