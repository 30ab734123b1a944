"""A listing of a publisher's items, each its title over a date line of its own and its text: a ministry's daily
reports ("PLA activities around Taiwan" / "Date: 2024-10-16" / "27 sorties of PLA aircraft ..."), an agency's list
of statements or releases ("Statement on the shelling of Kherson" / "Published: 12 March 2024" / "...").

Such a date line once under a story's title dates the page: it is a dateline. When several of them each stand between
a title and a text, each dates its item: the title opens the item's report, the date line is one of its lines and
dates it, and the text under it, down to the next item's title, is the item's.
"""

from __future__ import annotations

from chronik.segment.info import DATELINE, HEADLINE, LABEL, PARA, Info

ITEM_DATE = "item date"  # what ``Info.what`` says of an item's date line
ITEM_TITLE = "item title"  # ... and of the item's title above it
MIN_ITEMS = 2  # titled items, each with its date line over its text, that make the page a listing of them


def _item_date(infos: list[Info], k: int) -> bool:
    """Whether ``k`` is a dateline naming one day, right under a title and over a paragraph."""
    info = infos[k]
    timex = info.timex
    return (0 < k < len(infos) - 1 and info.kind == DATELINE and timex is not None and timex.start is not None
            and timex.start == timex.end and infos[k - 1].kind in (HEADLINE, LABEL) and infos[k + 1].kind == PARA)


def item_dates(infos: list[Info]) -> None:
    """Mark the title and the date line of each item of a listing (see the module's docstring)."""
    found = [k for k in range(len(infos)) if _item_date(infos, k)]
    if len(found) < MIN_ITEMS:
        return
    for k in found:
        infos[k].kind, infos[k].what = PARA, ITEM_DATE
        infos[k - 1].kind, infos[k - 1].what = PARA, ITEM_TITLE
