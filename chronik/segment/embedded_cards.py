"""Posts embedded in a live page's post as a card: the account's name and handle ("Zabihullah @Zabehulah_M33", or
over two lines), the post's text and its clock and day as the social site writes them ("9:41 PM · Aug 15, 2021"),
under the live post's own text. The card is that live post's: its lines are parts of the post quoting it, and its
date line dates the embed, not a post of the page, which runs on past it. A site that copies the social site's quote
instead ends the card on the account in brackets and the day alone ("Jane Doe (@jdoe)" / text / "October 1, 2024"),
under the post's text or its headline."""

from __future__ import annotations

import re

from chronik.segment.info import (
    BULLET,
    DATE_HEADING,
    DATELINE,
    FURNITURE,
    HEADLINE,
    LABEL,
    PARA,
    STAMP,
    STAMP_LINE,
    Info,
)
from chronik.segment.threads import EMBED, POST, post_clock

# the card's account line: a name, then the handle ("Kyiv City Council @Kyiv_City", "Lawrence Kanyuka
# @LawrenceKanyuka"), or the handle alone under the name's line
_ACCOUNT = re.compile(r"^(?:[^@\n]{1,80}\s)?@\w{1,30}\s*$")
# the account as a quoted post's closing line names it: "— Abbas Araghchi (@araghchi)", "UN News (@UN_News_Centre)"
_QUOTE_ACCOUNT = re.compile(r"^\s*(?:[—–-]\s*)?[^@()\n]{1,80}\s\(@\w{1,30}\)\s*$")
CARD_BLOCKS = 6  # the most blocks of an embedded post's text between its account line and its date line
NAME_WORDS = 8


def embedded_cards(infos: list[Info]) -> None:
    """Each card under a live post's text (a stamp above it that opens a post, a paragraph right above the card)
    becomes paragraphs of that post."""
    for k, info in enumerate(infos):
        if info.kind in (STAMP_LINE, DATELINE) and post_clock(info):
            start = _card_start(infos, k)
        elif info.kind == DATE_HEADING:
            start = _quote_start(infos, k)
        else:
            continue
        if start is None:
            continue
        opening = next((i for i in reversed(infos[:start]) if i.kind in (STAMP, STAMP_LINE) and not i.trailing), None)
        if opening is None or opening.what.startswith(POST):
            continue  # (under a timeline's post, a name and handle open the next post: see threads.focused_post)
        for line in infos[start:k + 1]:
            line.kind, line.what, line.stamp, line.timex, line.trailing = PARA, EMBED, None, None, False


def _card_start(infos: list[Info], k: int) -> int | None:
    """The first block of the card whose date line is block ``k``: its account line (or the name over it), under a
    paragraph of the post quoting it; None if the lines above ``k`` are no card."""
    j = k - 1
    while j >= 0 and k - j <= CARD_BLOCKS and infos[j].kind in (PARA, BULLET) and not _ACCOUNT.match(
            infos[j].block.text):
        j -= 1
    if j < 1 or j == k - 1 or not _ACCOUNT.match(infos[j].block.text):
        return None
    if infos[j].block.text.lstrip().startswith("@") and _name_line(infos[j - 1]):
        j -= 1  # (the name on its own line over the handle)
    return j if j >= 1 and infos[j - 1].kind == PARA else None


def _quote_start(infos: list[Info], k: int) -> int | None:
    """The account line of a quoted post whose day alone is block ``k``, right under the post's text, under the live
    post's headline or paragraph; None if there is none."""
    j = k - 1
    while j > k - CARD_BLOCKS and j >= 1 and infos[j].kind in (PARA, BULLET) and not _QUOTE_ACCOUNT.match(
            infos[j].block.text):
        j -= 1
    if j == k - 1 or j < 1 or not _QUOTE_ACCOUNT.match(infos[j].block.text):
        return None
    return j if infos[j - 1].kind in (PARA, HEADLINE) else None


def _name_line(info: Info) -> bool:
    """Whether a block may be an account's name alone on its line, over its handle."""
    return info.kind in (HEADLINE, LABEL, FURNITURE, PARA) and info.block.words <= NAME_WORDS and not (
        info.block.text.rstrip().endswith((".", ":", "?", "!")))
