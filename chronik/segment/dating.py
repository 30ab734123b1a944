"""The date of each unit, how it was decided, and what a person should check.

Order of evidence: the page structure first (a timestamp with its section's day, a date heading, a
day-of-war counter, a lead-in "as of ..."); else the date of the update's main act in its lead paragraph
("On 4 November, ...", "said Thursday"); else the publication date. A date in a subordinate clause
("since the fighting began on September 27"), in a quote, hanging on an event noun ("an offensive on
September 19-20"), counted from another event ("a day earlier") or vaguer than a few days ("earlier
this month", "in 2020") never dates an act. When the text's act date is more than a few days from the
structural date, the structural date stays and the update is flagged ``date-conflict``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from chronik.dates import DAY_COUNTER, Mention
from chronik.segment.finder import DateFinder
from chronik.segment.lexicon import lexicon
from chronik.segment.structure import Unit

DATE_CONFLICT = "date-conflict"
NO_DATE = "no-date"
ASIDE_BASIS = {"date heading": "heading", "lead-in": "heading", "section label": "day-counter",
               "page title": "day-counter", "dateline": "explicit", "timestamp": "timestamp"}


@dataclass(frozen=True)
class PageDates:
    """What dates a page: its publication day (None when unknown), how that is known, and the resolver."""

    publication: dt.date | None
    publication_why: str
    finder: DateFinder


@dataclass
class Dated:
    date: dt.date | None
    basis: str
    why: str
    end: dt.date | None = None
    flags: list[str] = field(default_factory=list)
    act: Mention | None = None


def _distance(day: dt.date, act: Mention) -> int:
    start, end = act.timex.start, act.timex.end
    assert start is not None and end is not None
    if start <= day <= end:
        return 0
    return min(abs((start - day).days), abs((end - day).days))


def _said(act: Mention) -> str:
    assert act.timex.start is not None
    return f"'{act.text.strip(' .,')}' ({act.timex.start.isoformat()})"


def _structural(unit: Unit, page: PageDates) -> Dated | None:
    """The date the page structure gives ``unit`` (None when it gives none)."""
    section, stamp = unit.section, unit.stamp
    shift = dt.timedelta(days=unit.day_offset)
    past_midnight = "; the times before it passed midnight, so the next day" if unit.day_offset else ""
    if stamp is not None:
        if section is not None:
            return Dated(section.date + shift, "timestamp",
                         f"time from the timestamp '{stamp.label}'; date from {section.why}{past_midnight}")
        if page.publication is not None:
            return Dated(page.publication + shift, "timestamp",
                         f"time from the timestamp '{stamp.label}'; date from {page.publication_why}{past_midnight}")
        return None
    if section is not None:
        return Dated(section.date, section.basis, f"dated by {section.why}", end=section.end)
    return None


def date_update(unit: Unit, page: PageDates) -> Dated:
    """Decide the date of an update (see the module docstring)."""
    anchor = unit.section.date if unit.section else page.publication
    leading = page.finder.with_anchor(anchor).leading(unit.lead) if unit.stamp is None else None
    if leading is not None and leading.timex.start is not None:  # a list item that leads with its own date
        return Dated(leading.timex.start, leading.timex.kind,
                     f"dated by {_said(leading)}, the date the item leads with: {leading.timex.why}", act=leading)
    act = page.finder.with_anchor(anchor).act(unit.lead)
    dated = _structural(unit, page)
    if dated is not None:
        dated.act = act
        if act is not None and _distance(dated.date, act) > lexicon().conflict_days:  # type: ignore[arg-type]
            dated.flags.append(DATE_CONFLICT)
            dated.why += f"; the text says {_said(act)} — flagged for review"
        elif act is not None and unit.stamp is None and act.timex.start == dated.date:
            dated.basis = act.timex.kind
            dated.why = f"dated by {_said(act)} in the text, the day of {dated.why.removeprefix('dated by ')}"
        return dated
    if act is not None:
        assert act.timex.start is not None and act.timex.end is not None
        end = act.timex.end if act.timex.end > act.timex.start else None
        return Dated(act.timex.start, act.timex.kind, f"dated by {_said(act)} in the text: {act.timex.why}",
                     end=end, act=act)
    if page.publication is not None:
        return Dated(page.publication, "publication",
                     f"no date of its own in the text; dated by {page.publication_why}")
    return Dated(None, "publication", "no date in the text, and the page's publication date is unknown",
                 flags=[NO_DATE])


def date_aside(unit: Unit, page: PageDates) -> Dated:
    """An aside's date: the one it names (a heading, a counter, a dateline), else its section's or the page's."""
    t = unit.timex
    if t is not None and t.start is not None:
        basis = DAY_COUNTER if t.kind == DAY_COUNTER else ASIDE_BASIS.get(unit.what, "heading")
        end = t.end if t.end and t.end > t.start else None
        return Dated(t.start, basis, f"{unit.what}: the date it names ({t.why})", end=end)
    if unit.section is not None:
        s = unit.section
        return Dated(s.date, s.basis, f"{unit.what}, under {s.why}", end=s.end)
    if page.publication is not None:
        return Dated(page.publication, "publication", f"{unit.what}; dated by {page.publication_why}")
    return Dated(None, "publication", f"{unit.what}; the page's publication date is unknown")


def date_unit(unit: Unit, page: PageDates) -> Dated:
    return date_aside(unit, page) if unit.kind == "aside" else date_update(unit, page)
