"""The site model: every page's data gathered in one pass over the chronology, before anything is rendered.

Templates only print what is here (paths, labels, grouped lists); they do no lookups of their own.
Indexes (entries by day, place, actor, side and source line) are built by a single pass so the
build stays linear in the number of entries.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from chronik.config import Config, Source
from chronik.errors import Problem
from chronik.model import SIDES, Entry, Figure
from chronik.render import fmt
from chronik.render.content import ContentPage, DaySummary, load_day_summaries, load_pages
from chronik.render.lookups import Names, load_names
from chronik.render.urls import (
    day_path,
    entry_path,
    facet_path,
    line_anchor,
    source_path,
    text_fragment,
    unique_slugs,
)

UNATTRIBUTED = "unattributed"
PALETTE = 9  # side colours in the theme (--side-0 … --side-8); past nine sides they repeat, the labels tell them apart


@dataclass(eq=False)
class SideInfo:
    key: str
    label: str
    slug: str
    colour: int  # index into the theme's palette (--side-0 …); the label always carries the meaning
    description: str = ""
    entries: list[EntryView] = field(default_factory=list)

    @property
    def path(self) -> str:
        return facet_path("sides", self.slug)


@dataclass(eq=False)
class FacetInfo:
    """A place or an actor, and every entry naming it."""

    kind: str  # "places" | "actors"
    name: str
    slug: str
    aliases: list[str] = field(default_factory=list)
    entries: list[EntryView] = field(default_factory=list)

    @property
    def path(self) -> str:
        return facet_path(self.kind, self.slug)


@dataclass(eq=False)
class RefView:
    """One of an entry's sources, with the links a reader follows to check it."""

    source_id: str
    source: Source | None
    lines: list[int]
    quote: str
    lines_label: str
    anchor: str | None  # site path of the source page line, None when the source is unknown

    @property
    def original(self) -> str | None:
        """The source's URL with a ``#:~:text=`` fragment, when the URL is known (made only for the entry
        page that shows it: quoting every quote for the URL is a tenth of the model's time)."""
        if self.source is None or not self.source.url:
            return None
        return text_fragment(self.source.url, self.quote)


@dataclass(eq=False)
class EntryView:
    entry: Entry
    index: int
    path: str
    heading: str
    side: SideInfo | None
    places: list[FacetInfo]
    actors: list[FacetInfo]
    refs: list[RefView]
    figures: list[Figure]
    when: fmt.When
    day: DayInfo | None = None

    @property
    def body(self) -> str:
        """The text printed under the heading: all of it under a title or a shortened heading ("…"); under a
        heading that is the text's first sentence, the sentences after it, so that no sentence is printed twice
        (nothing at all for a one-sentence entry)."""
        text = self.entry.text or ""
        if (self.entry.title or "").strip() or self.heading.endswith("…"):
            return text
        said = re.match(r"\s*" + r"\s+".join(map(re.escape, self.heading.split())), text)
        return text[said.end():].strip() if said else text

    @property
    def anchor(self) -> str:
        """The entry's id on day, timeline and list pages (``e-<id>``)."""
        return "e-" + self.path[len("entries/"):-len(".html")]


@dataclass(eq=False)
class DayInfo:
    date: str
    label: str
    entries: list[EntryView] = field(default_factory=list)
    summary: DaySummary | None = None
    prev: DayInfo | None = None
    next: DayInfo | None = None

    @property
    def path(self) -> str:
        return day_path(self.date)


@dataclass(eq=False)
class SourceInfo:
    source: Source
    line_count: int
    used: dict[int, list[EntryView]] = field(default_factory=lambda: defaultdict(list))
    entries: list[EntryView] = field(default_factory=list)

    @property
    def path(self) -> str:
        return source_path(self.source.id)


@dataclass(eq=False)
class Site:
    config: Config
    entries: list[EntryView]
    days: list[DayInfo]
    sides: list[SideInfo]
    places: list[FacetInfo]
    actors: list[FacetInfo]
    sources: list[SourceInfo]
    pages: list[ContentPage]
    build_date: dt.date
    problems: list[Problem] = field(default_factory=list)  # warnings; fatal with --strict

    side_labels: dict[str, str] = field(default_factory=dict)
    # the feed's newest entries, found once per model (an edit in place keeps every entry's date, time and id)
    newest: dict[int, list[EntryView]] = field(default_factory=dict, repr=False)


def build_date() -> dt.date:
    """Today, or the day of ``SOURCE_DATE_EPOCH`` so that builds can be reproduced byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def side_label(key: str, description: str = "") -> str:
    """A side's name for readers, from its key: "third-party" -> "Third party". A name the side's description
    writes with capitals keeps them ("lna" described as "Khalifa Haftar's Libyan National Army (LNA)" -> "LNA",
    "al-shabaab" as "al-Shabaab and its Andalus radio" -> "Al-Shabaab"), and a key of three letters or fewer is an
    acronym ("gna" -> "GNA")."""
    words = key.replace("_", "-").split("-")
    pattern = r"[-\s]".join(map(re.escape, words))
    written = next((m.group(0) for m in re.finditer(rf"\b{pattern}\b", description, re.I)
                    if m.group(0) != m.group(0).lower()), None)
    if written:
        return written[0].upper() + written[1:]
    if len(words) == 1 and len(key) <= 3:
        return key.upper()
    return " ".join(words).capitalize()


def as_figure(raw: Figure | dict) -> Figure:
    """Figures arrive as dataclasses from the store, or as plain mappings from older files."""
    return raw if isinstance(raw, Figure) else Figure(**dict(raw))


def _entry_file(entry: Entry) -> str:
    return f"chronology/{entry.date[:4]}/{entry.date}.yaml"


class _Builder:
    """Accumulates the indexes while walking the entries once."""

    def __init__(self, config: Config, line_counts: dict[str, int]):
        self.config = config
        self.problems: list[Problem] = []
        self.sources = {s.id: SourceInfo(s, line_counts.get(s.id, 0)) for s in config.sources}

    def refs(self, entry: Entry, blank_lines: dict[str, set[int]]) -> list[RefView]:
        out = []
        for ref in entry.sources:
            lines = sorted(int(n) for n in ref.lines)
            info = self.sources.get(ref.source)
            if info is None:
                self.problems.append(Problem(_entry_file(entry), 0, 0,
                                             f"entry {entry.id}: unknown source '{ref.source}'",
                                             "an id listed under sources: in config.yaml"))
                out.append(RefView(ref.source, None, lines, ref.quote or "", fmt.line_ranges(lines), None))
                continue
            bad = [n for n in lines if not 1 <= n <= info.line_count or n in blank_lines.get(ref.source, ())]
            if bad or not lines:
                what = (f"line {fmt.line_ranges(bad)} of source '{ref.source}' does not exist or is blank "
                        f"({info.line_count} lines)") if bad else f"no lines given for source '{ref.source}'"
                self.problems.append(Problem(_entry_file(entry), 0, 0, f"entry {entry.id}: {what}",
                                             f"line numbers of {info.source.file}"))
            good = [n for n in lines if n not in bad]
            source = info.source
            out.append(RefView(ref.source, source, lines, ref.quote or "", fmt.line_ranges(lines),
                               line_anchor(ref.source, good[0]) if good else None))
        return out


def build_site_model(config: Config, entries: list[Entry], line_counts: dict[str, int],
                     blank_lines: dict[str, set[int]], names: Names | None = None) -> Site:
    """Everything the pages need. ``line_counts``/``blank_lines`` come from reading each source once;
    ``names`` (read from the data files when not given) lets ``chronik serve`` read them once per config."""
    builder = _Builder(config, line_counts)
    summaries = load_day_summaries(config.content_dir, config.root)
    pages = load_pages(config.content_dir, config.root)
    names = names or load_names(config)

    side_keys = sorted({e.attribution.side for e in entries if e.attribution and e.attribution.side},
                       key=lambda k: (SIDES.index(k) if k in SIDES else len(SIDES), k))
    side_slugs = unique_slugs(side_keys)
    covers = names.sides
    sides = {k: SideInfo(k, side_label(k, covers.get(k, "")), side_slugs[k], i % PALETTE, covers.get(k, ""))
             for i, k in enumerate(side_keys)}
    place_slugs = unique_slugs([p for e in entries for p in e.places])
    actor_slugs = unique_slugs([a for e in entries for a in e.actors])
    places = {n: FacetInfo("places", n, s, names.aliases(n)) for n, s in place_slugs.items()}
    actors = {n: FacetInfo("actors", n, s, names.aliases(n)) for n, s in actor_slugs.items()}

    days: dict[str, DayInfo] = {}
    views: list[EntryView] = []
    seen_paths: dict[str, str] = {}
    for entry in entries:
        try:
            day_label = fmt.long_date(entry.date)
        except ValueError:
            builder.problems.append(Problem(_entry_file(entry), 0, 0, f"entry {entry.id}: bad date {entry.date!r}",
                                            "YYYY-MM-DD"))
            continue
        path = entry_path(entry.id)
        if path in seen_paths:
            builder.problems.append(Problem(_entry_file(entry), 0, 0, f"entry id {entry.id} is used twice "
                                            f"(also {seen_paths[path]})", "a unique id for each entry"))
            continue
        seen_paths[path] = entry.id
        side = sides.get(entry.attribution.side) if entry.attribution and entry.attribution.side else None
        view = EntryView(
            entry=entry, index=len(views), path=path, heading=fmt.heading(entry), side=side,
            places=[places[p] for p in dict.fromkeys(entry.places)],
            actors=[actors[a] for a in dict.fromkeys(entry.actors)],
            refs=builder.refs(entry, blank_lines), figures=[as_figure(f) for f in entry.figures],
            when=when_of(entry, config, builder.problems))
        day = days.get(entry.date)
        if day is None:
            day = days[entry.date] = DayInfo(entry.date, day_label)
        view.day = day
        day.entries.append(view)
        views.append(view)
        if side:
            side.entries.append(view)
        for facet in (*view.places, *view.actors):
            facet.entries.append(view)
        for ref in view.refs:
            info = builder.sources.get(ref.source_id)
            if info is None:
                continue
            if not info.entries or info.entries[-1] is not view:
                info.entries.append(view)
            for n in ref.lines:
                info.used[n].append(view)

    for date, summary in summaries.items():
        if date not in days:
            days[date] = DayInfo(date, fmt.long_date(date))
        days[date].summary = summary
    ordered = [days[d] for d in sorted(days)]
    for before, after in itertools.pairwise(ordered):
        before.next, after.prev = after, before

    return Site(config=config, entries=views, days=ordered, sides=list(sides.values()),
                places=sorted(places.values(), key=lambda f: f.name.casefold()),
                actors=sorted(actors.values(), key=lambda f: f.name.casefold()),
                sources=list(builder.sources.values()), pages=pages, build_date=build_date(),
                problems=builder.problems, side_labels={k: side_label(k, d) for k, d in covers.items()} | {
                    k: s.label for k, s in sides.items()})


def when_of(entry: Entry, config: Config, problems: list[Problem]) -> fmt.When:
    """The entry's date and time, ready to print, in its zone (the site's when it names none); an unknown
    zone adds a problem and shows the time as UTC."""
    zone = entry.timezone or config.timezone
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(Problem(_entry_file(entry), 0, 0, f"entry {entry.id}: unknown time zone {zone!r}",
                                "an IANA name such as Asia/Yerevan"))
        tz, zone = ZoneInfo("UTC"), "UTC"
    return fmt.when(entry.date, entry.time, zone, tz, entry.date_end)
