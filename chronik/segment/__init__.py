"""Split a page into dated, timestamped updates, and account for every other line.

The steps, each in its own module:

1. :mod:`~chronik.segment.blocks` — lines → blocks (paragraphs, headings, list items);
2. :mod:`~chronik.segment.boilerplate` — furniture and separators are dropped, with a reason;
3. :mod:`~chronik.segment.classify` — what each block is (timestamp, date heading, label, paragraph...);
4. :mod:`~chronik.segment.structure` — blocks → units (an update with its title and continuations, or an aside;
   the units and the section dates they carry are in :mod:`~chronik.segment.units`);
5. :mod:`~chronik.segment.order` — timestamps out of order and past midnight;
6. :mod:`~chronik.segment.dating` — the date of each unit, its basis, flags and the reason in words.

Every non-empty line of the page ends up in exactly one update or in ``dropped``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import re
from zoneinfo import ZoneInfo

from chronik.collector import collector_paused
from chronik.config import Config, Source
from chronik.dates import EXPLICIT, Timex, zones
from chronik.dates.slashes import page_order
from chronik.model import Context, Document, Dropped, Update
from chronik.segment.alert_rows import alert_rows
from chronik.segment.blocks import Block, split_blocks
from chronik.segment.boilerplate import drop_reasons
from chronik.segment.briefers import opening_briefer, transcript_briefers
from chronik.segment.briefings import briefing_turns, lettered_turns
from chronik.segment.chat import chat_export, chat_updates
from chronik.segment.citations import strip_marks
from chronik.segment.classify import LABEL, Info, bare_clocks, classify_page, update_clock
from chronik.segment.dating import Dated, PageDates, date_unit, filed_story, information_day
from chronik.segment.debate_clock import carry_debate_marks
from chronik.segment.finder import DateFinder, make_finder
from chronik.segment.headings import date_heading
from chronik.segment.hearings import hearing_turns, meeting_turns
from chronik.segment.kinds import kind_of
from chronik.segment.lexicon import lexicon
from chronik.segment.order import flag_rows_out_of_order, order_stamps
from chronik.segment.period import Period, noted_period, title_period
from chronik.segment.posts import post_header
from chronik.segment.records import record_lists
from chronik.segment.release_list import posted_releases
from chronik.segment.releases import marked_release, numbered_releases, release_heads_apart
from chronik.segment.session_clock import session_clock
from chronik.segment.signature import signature
from chronik.segment.statements import statement_series
from chronik.segment.structure import TOP_ZONE, Unit, read_units
from chronik.segment.timestamps import (
    Stamp,
    dateline_date,
    declared_zone,
    find_stamp,
    metadata_date,
    source_line_outlet,
)
from chronik.segment.units import Section
from chronik.segment.war_diary import war_diary
from chronik.segment.weekday_runs import weekday_items

log = logging.getLogger(__name__)

__all__ = ["segment"]


def _publication(source: Source, blocks: list[Block], epochs: tuple,
                 slash_order: str | None) -> tuple[dt.date | None, str]:
    """The page's day: its configured publication date, else a dateline with a year near the top (``slash_order``:
    how the page writes its slashed dates, ``page_order`` of ``blocks``)."""
    if source.published_date is not None:
        return source.published_date, f"the publication date {source.published_date.isoformat()}"
    finder = make_finder(None, epochs, slash_order, source.timezone)
    body = False  # a paragraph read: a short line ending in a date is no longer the page's dateline
    for block in blocks[:2 * TOP_ZONE]:
        stamp = find_stamp(block.text)
        meta = metadata_date(block.text) or dateline_date(block.text)
        if stamp is not None and stamp.standalone and stamp.date_text:
            timex = finder.resolve(stamp.date_text)
        elif meta is not None:
            timex = finder.resolve(meta)
        else:
            timex = date_heading(block, finder) or (None if body else _closing_date(block, finder))
        if timex is not None and timex.kind == EXPLICIT and timex.start is not None and timex.start == timex.end:
            return timex.start, f"the page's dateline '{block.text.strip()}'"
        body = body or (block.words >= PARAGRAPH_WORDS and block.text.rstrip().endswith((".", "!", "?", '"', "”")))
    return None, "no publication date"


# how many words, ending as a sentence does, make a block a paragraph of the page's text: its dateline is behind
PARAGRAPH_WORDS = 12


# how many words a line may have before the full date it ends with and still be the page's dateline
DATELINE_WORDS = 8


def _closing_date(block: Block, finder: DateFinder) -> Timex | None:
    """The date a short line ends with, as a dateline names the page's day after what the page is ("Broadcast
    transcript, Sunday 15 August 2021", "Liveblog entries from Monday, October 9, 2023"); None for a longer line or
    a line with more than that one date."""
    if block.words > DATELINE_WORDS:
        return None
    mentions = finder.find(block.text)
    if len(mentions) != 1 or block.text[mentions[0].end:].strip(" .)]"):
        return None
    return mentions[0].timex


def _unflagged(title: str) -> str:
    """The title without the flag it opens with ("BREAKING: ", "UPDATE 2-", "WATCH: ")."""
    flag = lexicon().title_flag.match(title)
    return title[flag.end():] if flag else title


def _post_clock(stamp: Stamp, day: dt.date | None, dated: Dated) -> bool:
    """Whether a summary line of a stamped post ("17.24 GMT" / "Here is what we learnt:" / its lines) takes the post's
    clock: when it tells the post's day's news; one dated by a day of its own ("..., a video released on Sunday") has
    none."""
    if dated.time is not None or day is None or dated.date != day or stamp.time is None:
        return False
    dated.time = stamp.time
    dated.why += f"; time from the stamp of the post it sums up, '{stamp.label.strip()}'"
    return True


def _update(unit: Unit, dated: Dated, source: Source, zone: str, page: PageDates) -> Update:
    lines = sorted([*(unit.stamp_line.lines if unit.stamp_line else []),
                    *(ln for b in [*unit.marks, *unit.blocks] for ln in b.lines)])
    title = _unflagged(strip_marks(unit.title.text).strip().rstrip(":").strip()) if unit.title else None
    text = strip_marks("\n\n".join(t.strip() for t in unit.texts if t.strip()))
    row = unit.blocks[0] if len(unit.blocks) == 1 and unit.title is None else None  # a table's row, alone
    return Update(
        source=source.id, lines=lines, text=text, title=title,
        title_lines=list(unit.title.lines) if unit.title and not unit.title_apart else [],
        date=dated.date.isoformat() if dated.date else None, date_end=dated.end.isoformat() if dated.end else None,
        time=unit.stamp.time if unit.stamp else dated.time, timezone=zone, date_basis=dated.basis,
        kind=kind_of(unit, dated.act is not None, page.finder, page.publication),
        tags=list(unit.tags), flags=[*unit.flags, *dated.flags], why=dated.why,
        context=Context(cells=list(row.cells) if row is not None else [], speaker=unit.speaker, turn=unit.turn,
                        claimant=row.claimant if row is not None else None, sender=_author(unit),
                        signature=signature(unit.marks),
                        credit=source_line_outlet(unit.stamp_line.text) if unit.stamp_line is not None else None),
    )


def _author(unit: Unit) -> str | None:
    """Who posted a post of a saved timeline or thread: the display name its header gives before the handle
    ("Rapid Support Forces @RSFSudan · Oct 26")."""
    header = post_header(unit.stamp_line.text) if unit.stamp_line is not None else None
    return header.name if header is not None and header.name else unit.poster


_LOCAL = re.compile(r"\blocal\b", re.I)


def _bridge(infos: list[Info], blocks: list[Block]) -> None:
    """Mark each block that one word of furniture left out stands between it and the block above ("DHQ DISCLAIMS
    REPORT" / "Details" / "Published: Friday, 20 February 2015 17:05", a site's info box over a release): a
    headline is still right over such a stamp."""
    for above, info in itertools.pairwise(infos):
        if info.block.index - above.block.index == 2 and blocks[above.block.index + 1].text.strip().isalpha():
            info.bridged = True  # (not a separator's rule, "___", which closes what is above it)


def segment(doc: Document, source: Source, config: Config) -> tuple[list[Update], list[Dropped]]:
    """The updates of one page, in page order, and the lines left out with their reasons."""
    with collector_paused():
        return _segment(doc, source, config)


def _segment(doc: Document, source: Source, config: Config) -> tuple[list[Update], list[Dropped]]:
    if chat_export(doc.lines):  # (a messaging app's export: its messages are its updates)
        messages, left_out = chat_updates(doc.lines, source.id, source.timezone)
        _check_accounted(doc, source, messages, left_out)
        return messages, left_out
    blocks = split_blocks(doc.lines)
    reasons = drop_reasons(blocks, source, config)
    content = [b for b in blocks if b.index not in reasons]
    slash_order = page_order(b.text for b in content)  # (read once: the whole page's slashed dates)
    publication, publication_why = _publication(source, content, config.epochs, slash_order)
    finder = make_finder(publication, config.epochs, slash_order, source.timezone)
    period = title_period(content, finder.with_anchor(None))
    if period is not None and publication is not None and period.end.year > publication.year:
        period = None  # a span into years after the page was published is no span it looks back on: a site's range
        # of years ("ON THIS DAY 1950 - 2005" over a report of 1982)
    finder = finder.looking_back((period.start, period.end) if period else None)
    infos = classify_page(content, finder, (period.start, period.end) if period else None, _saved(source))
    _bridge(infos, blocks)
    numbered_releases(infos, finder)
    posted_releases(infos, finder)
    statement_series(infos, finder)
    briefing_turns(infos)
    lettered_turns(infos)
    hearing_turns(infos)
    meeting_turns(infos)
    record_lists(infos, finder)
    war_diary(infos, finder)
    bare_clocks(infos)
    alert_rows(infos)
    units = release_heads_apart(read_units(infos, source.title, finder), finder)
    if len({unit.poster for unit in units if unit.poster}) < 2:
        for unit in units:  # one account's own page: its voice is the page's, not a poster's among others
            unit.poster = None
    # the zone the page says its times are in ("All times stated are UK"), until a stamp names another
    declared = next((zones.meaning(z, b.text, source.timezone) for b in content
                     if b.words <= 8 and (z := declared_zone(b.text))), None)
    order_stamps(units, publication, update_clock(infos, _stamps_zone(units, declared, source.timezone)))
    if period is not None and period.dates_items and not _numbered_section(infos, period):
        _date_by_period(units, period)
    noted = noted_period(content, finder) if period is None else None
    if noted is not None and noted.dates_items and noted.end == publication:
        _date_by_period(units, noted, issued=noted.end)
    page = PageDates(publication, publication_why, finder, period,
                     as_of=information_day(source.title, finder, publication), dateline=_dateline(units, publication),
                     weekday_days=weekday_items(units, publication))
    updates: list[Update] = []
    zone = declared
    post_days: dict[int, dt.date | None] = {}  # the day of each stamped post, by its stamp
    for unit in units:
        if unit.stamp is not None and unit.stamp.zone:
            # a page that names its zone once keeps it for the stamps after; "IST" may be the source's own zone
            zone = zones.meaning(unit.stamp.zone, unit.stamp.label, source.timezone)
        elif unit.stamp is not None and _LOCAL.search(unit.stamp.label):
            zone = None  # "0440 local": the source's own clock again, after stamps in another ("1404Z")
        row_zone = unit.blocks[0].zone if unit.blocks else None  # a table's header naming its clocks' zone
        page = filed_story(unit, page)
        dated = date_unit(unit, page)  # (an unstamped item's clock may name its zone: "at 2140 EDT")
        if unit.stamp is not None:
            post_days[id(unit.stamp)] = dated.date
        elif unit.post_stamp is not None and _post_clock(unit.post_stamp, post_days.get(id(unit.post_stamp)), dated):
            dated.clock_zone = zone  # (the post's clock, in the zone its stamp is read in)
        updates.append(_update(unit, dated, source, row_zone or (zone if unit.stamp is not None and zone else None)
                               or (dated.clock_zone if unit.stamp is None else None) or source.timezone, page))
    flag_rows_out_of_order(units, updates)
    carry_debate_marks(updates)
    session = session_clock(infos, finder)
    if session is not None:
        session.clock(updates, source.timezone)
    briefers = transcript_briefers(infos, source.title)
    for update in updates if briefers else ():
        update.context.briefers = briefers
    opening = opening_briefer(infos, source.title)
    if opening is not None:
        briefer, header_end, first_turn = opening
        for update in updates:
            if update.kind != "aside" and header_end < update.lines[0] and update.lines[-1] < first_turn:
                update.context.opening = briefer  # (the notes read before the first turn: the briefer's)
    if marked_release([b.text for b in blocks]):
        for update in updates:
            update.context.release = True
    dropped = [Dropped(source.id, no, reasons[b.index]) for b in blocks if b.index in reasons for no in b.lines]
    _check_accounted(doc, source, updates, dropped)
    return updates, dropped


def _dateline(units: list[Unit], publication: dt.date | None) -> Section | None:
    """The page's one heading, if it has no other and it names the publication day alone (see ``PageDates``)."""
    headings = {id(u.section): u.section for u in units if u.section is not None and u.section.basis == "heading"}
    if len(headings) != 1:
        return None
    section = next(iter(headings.values()))
    return section if section.date == publication and section.end in (None, publication) else None


def _stamps_zone(units: list[Unit], declared: str | None, source_zone: str) -> str:
    """The zone of the page's stamps: the one its first stamp naming a zone names, else the one the page declares,
    else the source's."""
    named = next((u.stamp for u in units if u.kind == "update" and u.stamp is not None and u.stamp.zone), None)
    if named is not None:
        return zones.meaning(named.zone, named.label, source_zone) or source_zone
    return declared or source_zone


def _saved(source: Source) -> dt.datetime | None:
    """When the page was saved, in its own zone and clock: its configured publication time when it gives one."""
    if not isinstance(source.published, dt.datetime):
        return None
    if source.published.tzinfo is None:
        return source.published
    return source.published.astimezone(ZoneInfo(source.timezone)).replace(tzinfo=None)


def _numbered_section(infos: list[Info], period: Period) -> bool:
    """Whether the line the page's period was read from is a document's numbered section heading ("2. The attack on
    the enclave: 6 to 10 July 1995" over "31. ..."): its days are its section's (sections.py), not the page's."""
    return any(info.block.index == period.block and info.kind == LABEL and info.block.numbered for info in infos)


def _date_by_period(units: list[Unit], period: Period, issued: dt.date | None = None) -> None:
    """The units below a title naming a week or two ("Weekly overview: 2–8 March 2024") that no heading dates: that
    period's (an item naming its own day still takes that day). With ``issued``, the period a page's note says it
    covers up to that day (``noted_period``): the units the page's heading dates by that day take it too (what names
    no day of its own is as of the issue day, ``dating._reporting_period``)."""
    section = Section(period.start, period.end, "heading", period.why)
    for unit in units:
        first = min((b.index for b in unit.blocks), default=unit.title.index if unit.title else -1)
        if first > period.block and (unit.section is None or (issued is not None and unit.section.end is None
                                                              and unit.section.date == issued)):
            unit.section = section


def _check_accounted(doc: Document, source: Source, updates: list[Update], dropped: list[Dropped]) -> None:
    """Log loudly if a line is lost or used twice (a bug: the contract is that this never happens)."""
    seen: dict[int, int] = {}
    for no in [*(n for u in updates for n in (*u.lines, *u.title_lines)), *(d.line for d in dropped)]:
        seen[no] = seen.get(no, 0) + 1
    wrong = [no for no, line in enumerate(doc.lines, 1) if line.strip() and seen.get(no) != 1]
    if wrong:
        log.error("%s: lines %s are not accounted for exactly once", source.id, wrong[:20])
