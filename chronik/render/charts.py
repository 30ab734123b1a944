"""Inline SVG charts drawn at build time: no script, no outside request, readable without colour.

Each chart comes with its data as a table (rendered by the template from the same rows), and every
mark has a text title, so colour is never the only way to read it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from markupsafe import Markup

from chronik.render import fmt

CATEGORICAL_MAX = 90  # up to this many days, one bar a day; beyond, bars a week or a month
MARKERS = ("circle", "square", "triangle", "diamond")


@dataclass(frozen=True)
class Frame:
    """The drawing area. Pages carry a wide and a narrow drawing of each chart and show the one that
    fits the screen (CSS), so the text stays readable on a phone instead of shrinking with the chart."""

    name: str
    width: int
    height: int
    font: int

    @property
    def left(self) -> int:
        return round(self.font * 3.6)

    @property
    def bottom(self) -> int:
        return round(self.font * 2.8)

    top, right = 14, 12

    def open(self, ids: str, role: str = "") -> str:
        return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{self.name}" '
                f'viewBox="0 0 {self.width} {self.height}" preserveAspectRatio="xMidYMid meet" '
                f'font-size="{self.font}"{role} aria-labelledby="{ids}-title {ids}-desc">')


WIDE = Frame("wide", 960, 240, 13)
NARROW = Frame("narrow", 480, 320, 20)


@dataclass
class Bar:
    """One bar: a day (or a week or month of days), its counts by series, the day page it links to."""

    label: str
    start: str
    link: str
    counts: list[int] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts)


def nice_max(value: float) -> int:
    """The smallest 1/2/5 × 10^k at or above ``value`` (at least 1), for a clean top gridline."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return int(step * power)
    return int(10 * power)  # pragma: no cover


def period_unit(first: dt.date, last: dt.date) -> str:
    """The bin of a chart running from ``first`` to ``last``: "week" up to 120 weeks, else "month"."""
    return "week" if (last - first).days <= 7 * 120 else "month"


def period_start(day: dt.date, unit: str) -> dt.date:
    """The first day of the week (Monday) or month holding ``day``."""
    return day - dt.timedelta(days=day.weekday()) if unit == "week" else day.replace(day=1)


def period_label(start: dt.date, unit: str) -> str:
    if unit == "week":
        return f"week of {fmt.short_date(start.isoformat())}"
    return f"{fmt.MONTHS[start.month - 1]} {start.year}"


def bin_days(days: list[tuple[str, str, list[int]]]) -> tuple[str, list[Bar]]:
    """Group ``(day, link, counts)`` into bars: ("day"|"week"|"month", bars in date order)."""
    if not days:
        return "day", []
    if len(days) <= CATEGORICAL_MAX:
        return "day", [Bar(fmt.short_date(d), d, link, list(c)) for d, link, c in days]
    first = dt.date.fromisoformat(days[0][0])
    last = dt.date.fromisoformat(days[-1][0])
    unit = period_unit(first, last)
    bars: dict[dt.date, Bar] = {}
    cursor = period_start(first, unit)
    while cursor <= last:  # every bin, empty ones too, so time runs evenly along the axis
        bars[cursor] = Bar(period_label(cursor, unit), cursor.isoformat(), "", [0] * len(days[0][2]))
        cursor = cursor + dt.timedelta(days=7) if unit == "week" else (cursor + dt.timedelta(days=32)).replace(day=1)
    for day, link, counts in days:
        bar = bars[period_start(dt.date.fromisoformat(day), unit)]
        bar.link = bar.link or link
        bar.counts = [a + b for a, b in zip(bar.counts, counts, strict=True)]
    return unit, list(bars.values())


TICK_CHAR = 0.62  # the width of a character of the tick labels, in font sizes (digits and lower case)


def _axis_labels(bars: list[Bar], unit: str, plot_w: float, font: int) -> list[tuple[int, str]]:
    """Which bars get an x label, and the label: every n-th bar, n as small as lets the longest label
    (with its year, where the year changes) sit a space clear of the next."""
    step = plot_w / max(1, len(bars))
    out: list[tuple[int, str]] = []
    for every in range(1, len(bars) + 1):
        out = []
        for i in range(0, len(bars), every):
            d = dt.date.fromisoformat(bars[i].start)
            month = fmt.MONTHS[d.month - 1][:3]
            text = f"{month} {d.year}" if unit == "month" else f"{d.day} {month}"
            if unit != "month" and (i == 0 or d.year != dt.date.fromisoformat(bars[i - every].start).year):
                text += f" {d.year}"
            out.append((i, text))
        if max(len(text) + 1 for _, text in out) * TICK_CHAR * font <= every * step:
            return out
    return out[:1]


def _grid(f: Frame, plot_h: float, top: int) -> list[str]:
    out = []
    for value in (0, top // 2, top) if top > 1 else (0, top):
        y = f.top + plot_h - plot_h * value / top
        out.append(f'<line class="grid" x1="{f.left}" x2="{f.width - f.right}" y1="{y:.1f}" y2="{y:.1f}"/>'
                   f'<text class="tick" x="{f.left - 6}" y="{y + f.font * 0.35:.1f}" text-anchor="end">'
                   f'{value:,}</text>')
    return out


def stacked_bars(bars: list[Bar], unit: str, series: list[tuple[str, str]], url: Callable[[str], str],
                 title: str, desc: str, f: Frame = WIDE, ids: str = "chart") -> Markup:
    """A stacked bar chart of ``unit`` bars; ``series`` is ``(label, css class)`` in stacking order, bottom first."""
    if not bars:
        return Markup("")
    plot_w, plot_h = f.width - f.left - f.right, f.height - f.top - f.bottom
    top = nice_max(max(b.total for b in bars))
    step = plot_w / len(bars)
    width = min(f.font * 4.0, max(1.0, step * (0.8 if step > 4 else 1.0)))
    out = [f.open(ids), f'<title id="{ids}-title">{escape(title)}</title><desc id="{ids}-desc">{escape(desc)}</desc>',
           *_grid(f, plot_h, top)]
    for i, bar in enumerate(bars):
        if not bar.total:
            continue
        x = f.left + i * step + (step - width) / 2
        parts = ", ".join(f"{label} {n}" for (label, _), n in zip(series, bar.counts, strict=True) if n)
        tip = f"{bar.label}: {bar.total:,} entr{'y' if bar.total == 1 else 'ies'} ({parts})"
        out.append(f'<a href="{escape(url(bar.link))}" tabindex="-1" aria-label="{escape(tip)}">'
                   f'<title>{escape(tip)}</title>')
        y: float = f.top + plot_h
        for (_, css), n in zip(series, bar.counts, strict=True):
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            out.append(f'<rect class="{css}" x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{h:.1f}"/>')
        out.append("</a>")
    for i, text in _axis_labels(bars, unit, plot_w, f.font):
        half = len(text) * TICK_CHAR * f.font / 2  # kept inside the chart, off its bar's middle if need be
        x = min(max(f.left + i * step + step / 2, half + 2), f.width - half - 2)
        out.append(f'<text class="tick" x="{x:.1f}" y="{f.height - f.bottom + f.font * 1.3:.1f}" '
                   f'text-anchor="middle">{escape(text)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


@dataclass
class Series:
    label: str
    points: list[tuple[str, int, str]]  # (day, count, tooltip)


def line_chart(series: list[Series], title: str, desc: str, f: Frame = WIDE, ids: str = "fig") -> Markup:
    """Claimed figures over time: one line a series, each with its own marker shape."""
    points = [p for s in series for p in s.points]
    if not points:
        return Markup("")
    days = sorted({dt.date.fromisoformat(p[0]) for p in points})
    first, span = days[0], max(1, (days[-1] - days[0]).days)
    plot_w, plot_h = f.width - f.left - f.right - 20, f.height - f.top - f.bottom
    top = nice_max(max(p[1] for p in points))

    def xy(day: str, value: int) -> tuple[float, float]:
        offset = (dt.date.fromisoformat(day) - first).days / span if len(days) > 1 else 0.5
        return f.left + 10 + plot_w * offset, f.top + plot_h - plot_h * value / top

    out = [f.open(ids, ' role="img"'),
           f'<title id="{ids}-title">{escape(title)}</title><desc id="{ids}-desc">{escape(desc)}</desc>',
           *_grid(f, plot_h, top)]
    for k, s in enumerate(series):
        coords = [(*xy(day, n), tip) for day, n, tip in sorted(s.points)]
        if len(coords) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in coords)
            out.append(f'<polyline class="line s{k}" points="{path}"/>')
        for x, y, tip in coords:
            out.append(f'<g class="mark s{k}"><title>{escape(tip)}</title>{_marker(MARKERS[k % 4], x, y, f.font)}</g>')
    ends = [(days[0], "start"), (days[-1], "end")] if len(days) > 1 else [(days[0], "middle")]
    for day, anchor in ends:
        x, _ = xy(day.isoformat(), 0)
        out.append(f'<text class="tick" x="{x:.1f}" y="{f.height - f.bottom + f.font * 1.3:.1f}" '
                   f'text-anchor="{anchor}">{escape(fmt.short_date(day.isoformat()))}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def _marker(shape: str, x: float, y: float, font: int) -> str:
    r = font * 0.38
    if shape == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}"/>'
    if shape == "triangle":
        t = r * 1.2
        return f'<polygon points="{x:.1f},{y - t:.1f} {x + t:.1f},{y + r:.1f} {x - t:.1f},{y + r:.1f}"/>'
    if shape == "diamond":
        d = r * 1.3
        return f'<polygon points="{x:.1f},{y - d:.1f} {x + d:.1f},{y:.1f} {x:.1f},{y + d:.1f} {x - d:.1f},{y:.1f}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r * 1.1:.1f}"/>'
