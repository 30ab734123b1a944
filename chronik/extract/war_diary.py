"""A unit's own war diary (a battalion's "War Diary or Intelligence Summary", a division's Kriegstagebuch, a
brigade's operations log), as its publisher or title names it: the unit keeps it, so what its entries tell in
their own voice ("Bn moved to area 0775", "Heavy shelling of Bn area") is the unit's account, for the side its
publisher's name ties it to (a sides file that lists the unit, its army or its people among a polity's forms)."""

from __future__ import annotations

import re

from chronik.extract.claimant import Claimant
from chronik.extract.sides import SideBook

_DIARY = re.compile(r"\b(?:war\s+diary|war\s+diaries|unit\s+diary|operations\s+log|log\s+of\s+operations|"
                    r"combat\s+log|kriegstagebuch|KTB|journal\s+des\s+marches)\b", re.I)
_NOTE = re.compile(r"\s*[(\[].*$")  # "(war diary, WO 171/1397)": what the publisher's name says of its page


def diary_keeper(publisher: str, title: str | None, sides: SideBook) -> Claimant | None:
    """The unit whose war diary a page is, for its side; None for any other page, or a unit its publisher's name
    ties to no side or to several."""
    if not _DIARY.search(publisher) and not (title and _DIARY.search(title)):
        return None
    unit = _NOTE.sub("", publisher).strip()
    found = {p.values[0].side for p in sides.find(publisher)}
    if len(found) != 1 or not unit:
        return None
    return Claimant(unit, found.pop(), "body")
