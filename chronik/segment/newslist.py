"""A list of news items each opened by its stamp line: the day and the clock it was posted ("21 November 2024,
20:00"), its headline, its summary, often closed by lines of topics and people (an official site's news list, a
ministry's press releases). An item posted without a clock has its day alone on that line ("19 November 2024"):
the stamp line of that item, not a heading of a section of that day's items.
"""

from __future__ import annotations

import re

from chronik.segment.classify import HEADLINE, LABEL, PARA, STAMP_LINE
from chronik.segment.pageview import PageView

MIN_STAMPED_ITEMS = 2  # items opened by a stamp line with the day written the same way, at least
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")


def _shape(day: str) -> str:
    """How a day is written, its numbers and words aside: "19 November 2024" and "3 May 2023" are both "9 a 9"."""
    return _WORD.sub("a", _NUMBER.sub("9", day.strip(" ,")))


def clockless_stamp(page: PageView, k: int) -> bool:
    """Whether date heading ``k``, over a headline and a paragraph, is an item's stamp line without its clock: the
    page's items open with stamp lines giving the day written the same way, then the clock, each over a headline."""
    if page.kind_at(k + 1) not in (HEADLINE, LABEL) or page.kind_at(k + 2) != PARA:
        return False
    shape = _shape(page.infos[k].block.text)
    stamped = [j for j, info in enumerate(page.infos)
               if info.kind == STAMP_LINE and info.stamp is not None and info.stamp.date_text
               and _shape(info.stamp.date_text) == shape and page.kind_at(j + 1) in (HEADLINE, LABEL)]
    return len(stamped) >= MIN_STAMPED_ITEMS
