"""Whose own voice a page speaks in, and for which side, by what its source says of it (its publisher and title).
Three kinds of page answer that one question, tried in this order, the first that holds giving the voice:

- a unit's own war diary (a battalion's "War Diary or Intelligence Summary", a division's Kriegstagebuch, a
  brigade's combat log), as its publisher or title names it: the unit keeps it, so what its entries tell in their own
  voice ("Bn moved to area 0775") is the unit's account, for the side its publisher's name ties it to;
- a party's own organ: a publisher whose own name, or that name's initials, is one of the forms a sides file gives a
  party ("Home Front Command (Pikud HaOref)", "Press TV", "Korean Central News Agency" for a form "KCNA"): its alerts'
  rows, its ministry's posts, its state media's reports speak for that party, with no one's words in particular;
- an intelligence service the gazetteer knows ("Central Intelligence Agency", "Defence Intelligence"): what its
  report says in its own voice is its assessment, for its side, not an outlet's account;
- a body's report whose title names who makes it ("Report of the Secretary-General on ...", "Report of the Panel of
  Experts submitted pursuant to ..."): its own voice ("I recommend", "The technical team visited ...") is that
  office's, for the body's side.

extract/__init__.py gives the voice to the updates of the page that speak in it (own_voice.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronik.extract.gazetteer import Gazetteer
from chronik.extract.publisher import own_name, publishing_body
from chronik.extract.sides import SideBook

# a page that is a unit's diary, by its publisher or its title
_DIARY = re.compile(r"\b(?:war\s+diary|war\s+diaries|unit\s+diary|operations\s+log|log\s+of\s+operations|"
                    r"combat\s+log|kriegstagebuch|KTB|journal\s+des\s+marches)\b", re.I)
_NOTE = re.compile(r"\s*[(\[].*$")  # "(war diary, WO 171/1397)": what the publisher's name says of its page
_INTELLIGENCE = re.compile(r"\bIntelligence\b")
# a name of more words than this that are capitalised is also known by its initials ("KCNA")
_INITIALS_FROM = 2
# a report's title naming who makes it: "Report of (by) the Secretary-General on ...", "Special report of the High
# Commissioner to ...", "Report of the Panel of Experts submitted pursuant to ..."
_REPORT_OF = re.compile(r"^(?:(?:special|annual|interim|further|final|progress|monthly)\s+)?report\s+(?:of|by)\s+the\s+"
                        r"(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w-]*){0,4})\s+"
                        r"(?:on|to|pursuant|submitted|under|concerning|regarding)\b", re.I)
# what an outlet's name ends with after the name of whose outlet it is ("Saba News Agency", "Al-Masirah TV")
_OUTLET_WORDS = re.compile(r"\s+(?:(?:State\s+)?News\s+Agency|News|Agency|TV|Television|Radio|Channel|Network)$")


@dataclass(frozen=True)
class Voice:
    """A page's own voice: ``who`` speaks in it (a diary's unit; None: no one in particular, the page speaks for
    ``side`` alone); ``unnamed``: whether the sources its updates leave unnamed ("officials said") are of that side
    too (a unit's, a party organ's own officials), not only its updates that name no source at all."""

    who: str | None
    side: str | None
    unnamed: bool


def page_voice(publisher: str, title: str | None, sides: SideBook, gazetteer: Gazetteer) -> Voice | None:
    """The voice of a page by its publisher and title: a unit's war diary, else a party's own organ, else an
    intelligence service's report, else a body's report by its author; None for any other page (an outlet, a state
    office's release, a body's report that names no author)."""
    return (_diary(publisher, title, sides) or _party_organ(publisher, sides) or _assessment(publisher, gazetteer)
            or _report(publisher, title, gazetteer))


def _diary(publisher: str, title: str | None, sides: SideBook) -> Voice | None:
    """The voice of the unit whose war diary a page is; None for any other page, or a unit its publisher's name ties
    to no side or to several."""
    if not _DIARY.search(publisher) and not (title and _DIARY.search(title)):
        return None
    unit = _NOTE.sub("", publisher).strip()
    found = {p.values[0].side for p in sides.find(publisher)}
    return Voice(unit, found.pop(), unnamed=True) if len(found) == 1 and unit else None


def _party_organ(publisher: str, sides: SideBook) -> Voice | None:
    """The voice of the party whose own organ a publisher is, by its own name (with or without the outlet's kind
    after it: "Saba News Agency" is Saba's, where Saba is one of a party's names) or that name's initials. A name that
    only holds a country's or city's name ("The Kyiv Independent") is a national outlet, not a party's organ; nor is
    a page whose publisher is the polity itself by its name or adjective."""
    own = own_name(publisher).strip()
    words = re.findall(r"[A-Z][\w'-]*", own)
    for name in (own, _OUTLET_WORDS.sub("", own), "".join(w[0] for w in words) if len(words) > _INITIALS_FROM else ""):
        polity = sides.owner(name) if name else None
        if polity is not None and name not in (polity.name, polity.adjective):
            return Voice(None, polity.side, unnamed=True)
    return None


def _assessment(publisher: str, gazetteer: Gazetteer) -> Voice | None:
    """The voice of the intelligence service that publishes a page: a body of the gazetteer with a side, whose name
    says it is one."""
    body = publishing_body(publisher, gazetteer)
    return Voice(None, body.side, unnamed=False) \
        if body is not None and _INTELLIGENCE.search(body.name) is not None else None


def _report(publisher: str, title: str | None, gazetteer: Gazetteer) -> Voice | None:
    """The voice of the office a body's report is by, as its title names it ("Report of the Secretary-General on
    ..."), for the side of the body that publishes it; None for any other page, or a publisher the gazetteer knows
    as no body."""
    m = _REPORT_OF.match(title.strip()) if title else None
    body = publishing_body(publisher, gazetteer) if m is not None else None
    return Voice(m.group("who"), body.side, unnamed=False) if m is not None and body is not None else None
