"""An almanac column ("Today in History", "On this day"): paragraphs of past years on the page's day of the year.

A page that frames itself by its day of the year, with a line "Today is Friday, March 24, the 83rd day of 2017."
or a label "On this day:", "On this date:", "Today in History: March 24, ...", lists what happened on that month
and day in past years, each paragraph opening with its year ("In 1999, NATO began air strikes on Yugoslavia ...",
"1999: NATO begins air strikes ...", "1999 – NATO begins ...") or counting back from the page's year ("Ten years
ago: ...", "One year ago, ..."). Such a paragraph is dated by its year and the page's month and day: the year
is the only date the column writes, and its frame gives the rest.

On any other page a paragraph opening "In 2019, ..." tells background, a year that dates no act (the seed gold's
context), and nothing here applies; a menu entry "Today in History" (no colon, a link on every page of the site)
frames nothing.

The column's own furniture is no event: its frame line ("Today is Friday, March 24, the 83rd day of 2017. There
are 282 days left in the year.") and its fixed closing features, a label and its text on one line ("Today's
Birthdays: ...", "Thought for Today: ..."), are asides.
"""

from __future__ import annotations

import datetime as dt
import re

from chronik.dates.lexicon import number_words_pattern, words_to_int
from chronik.segment.lexicon import lexicon

# "the 17th day of 2023", "the 83rd day of the year 2017"
_DAY_OF_YEAR = re.compile(r"\bthe\s+\d{1,3}(?:st|nd|rd|th)\s+day\s+of\s+(?:the\s+year\s+)?\d{4}\b", re.I)
FRAME_REACH = 60  # "Today is Wednesday, September 24, the 267th day of 2025": where a frame line names it
# a label of the column, with its colon: "On this day:", "On This Date:", "Today in History: March 24, ...",
# "This day in history: ..."
_LABEL = re.compile(r"^\W*(?:on\s+this\s+(?:day|date)|(?:today|this\s+day)\s+in\s+history)\s*:", re.I)
# a paragraph opening with its year: "In 1999, ...", "1999: ...", "1999 – ..."
_YEAR_OPENING = re.compile(r"^\W*(?:In\s+(?P<in>\d{3,4})\s*,|(?P<bare>\d{3,4})\s*(?::|[–—-]\s))\s*(?=\S)")
# a paragraph counting back from the page's year: "Ten years ago: ...", "5 years ago, ...", "A year ago: ..."
_YEARS_AGO = re.compile(rf"^\W*(?P<n>a|one|\d{{1,3}}|{number_words_pattern()})\s+years?\s+ago\s*[:,]\s*(?=\S)",
                        re.I)


def frames(text: str) -> bool:
    """Whether ``text`` frames the page as an almanac of its day of the year (see the module docstring)."""
    return bool(_DAY_OF_YEAR.search(text) or _LABEL.match(text))


def furniture(text: str) -> bool:
    """Whether a paragraph of an almanac column is its furniture: the frame line naming the day of the year in its
    first words, or a closing feature ("Today's Birthdays: ...")."""
    frame = _DAY_OF_YEAR.search(text)
    return bool((frame is not None and frame.start() <= FRAME_REACH) or lexicon().almanac_features.match(text))


def entry_day(lead: str, day: dt.date) -> tuple[dt.date, str] | None:
    """The date of an almanac paragraph on the page of ``day`` (its year with ``day``'s month and day) and the words
    that give its year; None when ``lead`` opens with no year, a year after ``day``'s, or the month and day do not
    exist in that year (29 February)."""
    m = _YEAR_OPENING.match(lead)
    if m is not None:
        year = int(m.group("in") or m.group("bare"))
    else:
        m = _YEARS_AGO.match(lead)
        if m is None:
            return None
        said = m.group("n").lower()
        back = 1 if said in ("a", "one") else int(said) if said.isdigit() else words_to_int(said)
        if back is None:
            return None
        year = day.year - back
    if not 1 <= year <= day.year:
        return None
    try:
        return day.replace(year=year), m.group(0).strip(" ,:–—-")
    except ValueError:
        return None
