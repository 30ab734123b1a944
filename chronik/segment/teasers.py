"""Teasers for other articles and the publisher's notes about itself: asides, not news.

A box of related articles ("Read more:", "More news") lists headlines with their dates and times ("October 10,
13:41"): those are the teasers', not a section's or an entry's. A headline over a paragraph or two right above the
next timestamp is a teaser box, and a headline promoting a podcast or a video ("LISTEN: ...") over no text is one too.
Under a press release's "Notes to editors", a note that only speaks of the publisher ("does not take sides", "B-roll
... available for download") is no news either.
"""

from __future__ import annotations

import re

from chronik.segment import prose
from chronik.segment.classify import (
    BULLET,
    CLOCKED_TITLE,
    FURNITURE,
    HEADLINE,
    LABEL,
    LINK,
    PARA,
    STAMP,
    STAMP_LINE,
    Info,
)
from chronik.segment.lexicon import lexicon
from chronik.segment.pageview import STAMPS
from chronik.segment.reader_state import ReaderState
from chronik.segment.units import Unit

MAX_TEASER_PARAGRAPHS = 2
MIN_LIST_ITEMS = 3  # stamped items with text that make a page a news list, under which headlines alone are teasers
TICKER_HEADLINES = 2  # ... unless this many of its items among them are a stamped headline alone: a ticker's items

_LINK_AFTER_LABEL = re.compile(r"^[^:]{1,30}:\s*\S")  # "See also: <the link>"


def teaser_date(reader: ReaderState, k: int) -> bool:
    """In a list of related articles ("Read Next"), a date line or a day counter is a teaser's, not a section's
    heading, unless what follows it is an entry (a paragraph or a stamp: the next day's section)."""
    return reader.in_related and reader.kind_at(k + 1) not in (PARA, BULLET, STAMP, STAMP_LINE)


def teaser_stamp(reader: ReaderState, k: int) -> bool:
    """In a list of related articles ("More news"), a stamp line ("October 10, 13:41") is a teaser's time when no
    text comes under it before the next stamp: over a headline, its byline and a paragraph it opens an entry."""
    if not reader.in_related:
        return False
    j = k + 1
    while reader.kind_at(j) in (HEADLINE, LABEL, FURNITURE, LINK):
        j += 1
    return reader.kind_at(j) not in (PARA, BULLET, STAMP)


def teaser_title(reader: ReaderState, k: int) -> bool:
    """In a list of related articles ("Other statements"), a long title that is no sentence right over a stamp line
    ("No. 118, Statement on the shelling of the port" / "3 March 2022, 18:10"), or ending with its date, is a teaser's,
    however many words it has: a sidebar puts each teaser's title over its date, or its date after its title."""
    text = reader.infos[k].block.text.rstrip()
    if not (reader.in_related and reader.kind_at(k) == PARA and not text.endswith((".", "!", "?", '"', "”", ":"))):
        return False
    return reader.kind_at(k + 1) == STAMP_LINE or _dated_title(reader, text)


DEK_WORDS = 25  # a teaser's dek under its title: a line or two ("An eyewitness account of the October 22 firing.")


def teaser_dek(reader: ReaderState, k: int) -> bool:
    """In a list of related articles ("Also in this issue"), a short paragraph between one teaser's title and the
    next ("The siege and after" / "How the relic was saved, and why the militants came out. By our Special
    Correspondent." / "Bijbehara: questions without answers") is the teaser's dek, not news: it reports no one's
    words (a news list's summary under "Latest news" does: "..., the army said.")."""
    text = reader.infos[k].block.text
    return (reader.in_related and reader.kind_at(k) == PARA and reader.infos[k].block.words <= DEK_WORDS
            and reader.kind_at(k - 1) in (HEADLINE, LABEL) and reader.kind_at(k + 1) in (HEADLINE, LABEL, None)
            and not prose.reports(text))


def _dated_title(reader: ReaderState, text: str) -> bool:
    """Whether a line no sentence ends with the date its teaser gives after its title ("Daily report of the
    monitoring mission, based on information received as of 18:00, 4 May 2015", "Statement on the shelling of the
    port, 3 March 2022"), or opens with it ("14.03.2024 (11:05) The Northern Group thwarted ...")."""
    mentions = reader.finder.find(text)
    return bool(mentions) and (not text[mentions[-1].end:].strip(" .,)]") or not text[:mentions[0].start].strip())


def teaser_headline(reader: ReaderState, k: int) -> bool:
    """In a list of related articles ("Read more"), a time and a headline on one line ("3:05 pm  Sirens sound in the
    north", "14:20 Kremlin rejects talks") is a teaser for another entry: no sentence, and no text under it."""
    info = reader.infos[k]
    body = info.stamp.body.rstrip() if info.stamp is not None else ""
    return (reader.in_related and bool(body) and not body.endswith((".", "!", "?", '"', "”"))
            and reader.kind_at(k + 1) not in (PARA, BULLET))


def opens_related(reader: ReaderState, info: Info, k: int) -> bool:
    """Whether a "see also" line opens a box of related links: a box's label over its links ("Read more:"), not a
    hatnote naming its one link ("See also: 2022 Kharkiv counteroffensive") over the page's own text, nor an item's own
    link ("Read more") over the next day's entry (a date, maybe a title, and its paragraph) or over the next post of a
    listing (its headline, its date line and its text)."""
    return not (_LINK_AFTER_LABEL.search(info.block.text) or reader.entry_below(k) or _stamped_item_below(reader, k)
                or reader.dated_post(k + 1))


def inline_teaser(reader: ReaderState, info: Info, k: int) -> bool:
    """Whether a "see also" line is one teaser inside a stamped live post, its link on its line ("Read more: Radio
    station shuts down after 30 years"), with the post's text going on under it: the post stays open past it."""
    cur = reader.current
    return (reader.in_item and cur is not None and cur.stamp is not None and bool(cur.blocks)
            and bool(_LINK_AFTER_LABEL.search(info.block.text)) and reader.kind_at(k + 1) == PARA)


def _stamped_item_below(reader: ReaderState, k: int) -> bool:
    """Whether the next item of a news list comes right under block ``k`` (an item's "Read more", maybe its "Tags:
    ..." line dropped between): its headline over its stamp line over its text ("Iran ready to host talks" /
    "13:10, 19 October 2020" / "YEREVAN, OCTOBER 19. ...")."""
    return (reader.kind_at(k + 1) in (HEADLINE, LABEL) and reader.kind_at(k + 2) == STAMP_LINE
            and reader.kind_at(k + 3) == PARA)


def headline_teasers(units: list[Unit]) -> None:
    """Below the last item of a news list with text, stamped headlines with none ("Most read": "Pashinyan addresses
    the nation" / "14:30, 16 October 2020") are teasers for other pages, not reports. Unless the list's own items
    are such headlines too, some of them among those with text (a breaking-news ticker, most of whose items are a
    headline alone): then the ones below are more of its items."""
    texted = [k for k, u in enumerate(units) if u.kind == "update" and u.stamp is not None and u.blocks]
    if len(texted) < MIN_LIST_ITEMS:
        return
    if sum(1 for u in units[texted[0]:texted[-1]] if _stamped_headline(u)) >= TICKER_HEADLINES:
        return
    for unit in units[texted[-1] + 1:]:
        if _stamped_headline(unit):
            unit.kind, unit.what = "aside", "teaser"


def _stamped_headline(unit: Unit) -> bool:
    """Whether ``unit`` is a stamped headline with no text under it."""
    return unit.kind == "update" and unit.stamp is not None and not unit.blocks and unit.title is not None


def media_teaser(reader: ReaderState, info: Info, k: int) -> bool:
    """Whether a headline promotes a podcast or a video ("LISTEN: Our podcast on ..."), under no stamp and over no
    text."""
    return bool(reader.pending_stamp is None and reader.kind_at(k + 1) != PARA
                and lexicon().media_teaser.match(info.block.text))


def read_teaser_box(reader: ReaderState, info: Info, k: int, paras: int) -> bool:
    """Whether headline ``k`` and its paragraphs up to ``paras`` are a teaser box: a paragraph or two right above
    the next timestamp (or the next stamped headline). If so, read them as one aside."""
    after = reader.kind_at(paras)
    stamped_next = (after in STAMPS and not reader.infos[paras].trailing) or (
        after == HEADLINE and reader.kind_at(paras + 1) in STAMPS)  # (not a message over its own footer)
    if not (paras - (k + 1) <= MAX_TEASER_PARAGRAPHS and stamped_next) or (
            reader.what_at(paras) == CLOCKED_TITLE and reader.first_clocked_title is not None
            and reader.first_clocked_title < k):
        return False  # (between posts each titled over its text, a title with no clock is a post whose time is not
        # given: "Order of the Day by the Minister of Defence" between "Announcement No. 3 – 11:50 hours" and No. 4)
    reader.close()
    teaser = Unit("aside", "teaser", title=info.block, section=reader.section, tags=list(reader.tags))
    for j in range(k + 1, paras):
        teaser.add(reader.infos[j].block)
        reader.skip.add(j)
    reader.units.append(teaser)
    return True


def editor_note(reader: ReaderState, info: Info) -> bool:
    """Whether a block under a press release's "Notes to editors" only tells the press where to find footage or
    what the organisation stands for ("The ICRC does not take sides ...")."""
    lex = lexicon()
    return (bool(reader.tags) and bool(lex.editor_notes_labels.match(reader.tags[0]))
            and bool(lex.editor_notes_asides.search(info.block.text, info.block.folded)))
