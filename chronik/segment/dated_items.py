"""A listing of a publisher's items, each its title over a date line of its own and its text: a ministry's daily
reports ("PLA activities around Taiwan" / "Date: 2024-10-16" / "27 sorties of PLA aircraft ..."), an agency's list
of statements or releases ("Statement on the shelling of Kherson" / "Published: 12 March 2024" / "...").

Such a date line once under a story's title dates the page: it is a dateline. When several of them each stand between
a title and a text, each dates its item: the title opens the item's report, the date line is one of its lines and
dates it, and the text under it, down to the next item's title, is the item's. An item told in several paragraphs (a
ministry's releases, each a story: "The Union Home Minister ... expressed satisfaction ...") is read as a story is,
each paragraph reporting its own act an update of the item's day.

A monitor's incident cards are such items too, with a short line or two of their own about the text: "Bombing" /
"27/02/2025" / "Bukavu, South Kivu" / the incident / "Killed: 11 · Injured: 65". The short lines between one card's
date line and the next card's title (the last card's: as many as the card above it has) are the card's, not titles
or section labels of their own. Cards are alike: every one has its title over its date, where a timeline's
chapter heads its first day only ("January" / "1 January" / ... / "2 January").
"""

from __future__ import annotations

from chronik.segment.info import DATE_HEADING, DATELINE, HEADLINE, LABEL, PARA, Info

ITEM_DATE = "item date"  # what ``Info.what`` says of an item's date line
ITEM_STORY = "item story date"  # ... of the date line of an item told in paragraphs, each read as a story's
ITEM_TITLE = "item title"  # ... and of the item's title above it
MIN_ITEMS = 2  # titled items, each with its date line over its text, that make the page a listing of them
DATE_WORDS = 4  # the most words of a card's date line ("27/02/2025", "Thursday, 27 February 2025")
CARD_LINE_WORDS = 8  # the most words of a card's short line: its place, its tally ("Killed: 11 · Injured: 65")
# the fewest paragraphs of an item told as a story (a release's whole text), not a card's or a teaser's lead or two
STORY_PARAGRAPHS = 4


def _item_date(infos: list[Info], k: int) -> bool:
    """Whether ``k`` is a date line naming one day, right under a title and over a paragraph (maybe with a card's
    short line between them: its place)."""
    info = infos[k]
    timex = info.timex
    if not (0 < k < len(infos) - 1 and info.kind in (DATELINE, DATE_HEADING) and timex is not None
            and timex.start is not None and timex.start == timex.end and infos[k - 1].kind in (HEADLINE, LABEL)):
        return False
    if info.kind == DATE_HEADING and (infos[k - 1].block.words > CARD_LINE_WORDS or info.block.words > DATE_WORDS):
        return False  # (a day heading a page's posts, under a story's title, is a section's)
    below = infos[k + 1]
    return below.kind == PARA or (below.kind in (HEADLINE, LABEL) and below.block.words <= CARD_LINE_WORDS
                                  and k + 2 < len(infos) and infos[k + 2].kind == PARA)


def item_dates(infos: list[Info]) -> None:
    """Mark the title and the date line of each item of a listing, and a card's short lines (see the module's
    docstring)."""
    found = [k for k in range(len(infos)) if _item_date(infos, k)]
    if len(found) < MIN_ITEMS:
        return
    headings = {k for k, i in enumerate(infos) if i.kind == DATE_HEADING}
    if not headings.isdisjoint(found) and not headings <= set(found):
        return  # (a timeline's days, only the first of each month or chapter under its heading, head sections)
    ends = [*(k - 1 for k in found[1:]), 2 * found[-1] - found[-2] - 1]  # (the last card as long as the one above)
    for k, end in zip(found, ends, strict=True):
        infos[k].kind, infos[k].what = PARA, ITEM_DATE
        infos[k - 1].kind, infos[k - 1].what = PARA, ITEM_TITLE
        paragraphs = sum(info.kind == PARA and info.block.words > CARD_LINE_WORDS for info in infos[k + 1:end])
        if paragraphs >= STORY_PARAGRAPHS:
            infos[k].what = ITEM_STORY  # (a release's paragraphs: the short lines after them are the next one's label)
            continue
        for info in infos[k + 1:min(end, len(infos))]:
            if info.kind in (HEADLINE, LABEL) and info.block.words <= CARD_LINE_WORDS:
                info.kind = PARA  # the card's place, its tally
