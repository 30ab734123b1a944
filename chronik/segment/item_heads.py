"""What heads an item of a digest or of a monitoring report, besides its headline: a research institute's daily digest
titles each item in capitals closed by a full stop ("GRACHEV ON FEDERAL LOSSES."); a monitoring service's note under
an item's source line says what of the broadcast follows ("Excerpts from report", "Text of communique by ..."), the
item's first line, not its title. Passes of :func:`~chronik.segment.classify.classify_page`.
"""

from __future__ import annotations

import re

from chronik.segment import teletype
from chronik.segment.info import BULLET, HEADLINE, LABEL, PARA, STAMP_LINE, Info
from chronik.segment.timestamps import source_line_outlet

CAPITAL_TITLES = 2  # titles in capitals closed by a full stop, each over its item, that make a digest of them
CAPITAL_TITLE_WORDS = 14
# a title in capitals closed by a full stop, maybe after its quote's closing mark: "GRACHEV ON FEDERAL LOSSES.",
# "YELTSIN: MILITARY STAGE "PRACTICALLY COMPLETED.""
_TITLE_STOP = re.compile(r"[.!?][\"”’']?\s*$")


def capital_titles(infos: list[Info]) -> None:
    """A news digest's items each under a title set in capitals and closed by a full stop ("RUSSIAN TROOPS TAKE
    PRESIDENTIAL PALACE." / its paragraph), as the research institutes' daily digests wrote them: on a page with
    several, each is its item's headline, not a paragraph of its own nor a speaker's turn ("YELTSIN: MILITARY STAGE
    ...")."""
    titles = [k for k in range(len(infos) - 1) if infos[k].kind == PARA and infos[k + 1].kind == PARA
              and infos[k].block.words <= CAPITAL_TITLE_WORDS and _TITLE_STOP.search(infos[k].block.text)
              and teletype.shouted(infos[k].block.text, min_letters=8)
              and not teletype.shouted(infos[k + 1].block.text)]
    if len(titles) >= CAPITAL_TITLES:
        for k in titles:
            infos[k].kind, infos[k].what = HEADLINE, ""


MONITOR_NOTE = "monitor's note"  # what ``Info.what`` says of such a note
# a monitoring service's note on what its item gives of the broadcast: "Excerpts from report", "Text of communique by
# the general staff ..., read on Radio Rwanda", "Summary", "Editorial report", "Recorded talk by ..."
_MONITOR_NOTE = re.compile(r"^\s*\[?(?:(?:abridged\s+|partial\s+|unattributed\s+|recorded\s+)?"
                           r"(?:text|excerpts?|summary|passages?|report|commentary|talk|interview|speech|statement|"
                           r"announcement|communiqu[eé])"
                           r"(?:\s+(?:of|from|by|on)\b[^.!?]*)?|editorial\s+report)\s*\]?\s*:?\s*$", re.I)
# ... or a note in brackets naming itself ("[BBC Monitoring note: The radio said the report came by amateur radio
# link.]", "[Editor's note: ...]"): a sentence of its own, never a title
_BRACKETED_NOTE = re.compile(r"^\s*\[[^\[\]]{0,40}\bnote\s*:[^\[\]]+\]\s*$", re.I)


def monitor_notes(infos: list[Info]) -> None:
    """A monitoring service's note right under an item's source line ("Radio Rwanda, Kigali, in Kinyarwanda 1700 gmt
    13 May 94" / "Text of communique by the general staff ...") says what of the broadcast follows: the item's first
    line, not a title over it (the item's headline is above its source line)."""
    for k in range(1, len(infos) - 1):
        above, info = infos[k - 1], infos[k]
        if (info.kind in (LABEL, HEADLINE) and above.kind == STAMP_LINE and infos[k + 1].kind in (PARA, BULLET)
                and source_line_outlet(above.block.text) is not None
                and (_MONITOR_NOTE.match(info.block.text) or _BRACKETED_NOTE.match(info.block.text))):
            info.kind, info.what = PARA, MONITOR_NOTE
