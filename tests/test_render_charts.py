"""Build-time SVG charts: bins, scales, and a text alternative for every mark."""

from __future__ import annotations

import datetime as dt
import itertools
import xml.etree.ElementTree as ET
from types import SimpleNamespace

from chronik.model import Figure
from chronik.render.charts import NARROW, TICK_CHAR, WIDE, Bar, Series, bin_days, line_chart, nice_max, stacked_bars
from chronik.render.context import SideInfo
from chronik.render.pages import FIGURES_LISTED_MAX, _figure_chart

SVG = "{http://www.w3.org/2000/svg}"


def test_nice_max() -> None:
    assert [nice_max(v) for v in (0, 1, 3, 7, 10, 11, 180, 2001)] == [1, 1, 5, 10, 10, 20, 200, 5000]


def test_few_days_are_one_bar_each() -> None:
    rows = [("2020-11-03", "days/2020-11-03.html", [1, 2]), ("2023-09-21", "days/2023-09-21.html", [0, 4])]
    unit, bars = bin_days(rows)
    assert unit == "day" and [b.total for b in bars] == [3, 4] and bars[1].link == "days/2023-09-21.html"


def test_many_days_are_binned_evenly_in_time() -> None:
    start = dt.date(2020, 1, 1)
    rows = [((start + dt.timedelta(days=3 * i)).isoformat(), f"days/{i}.html", [1, 0]) for i in range(200)]
    unit, bars = bin_days(rows)
    assert unit == "week"
    assert sum(b.total for b in bars) == 200
    starts = [dt.date.fromisoformat(b.start) for b in bars]
    assert all((b - a).days == 7 for a, b in itertools.pairwise(starts))
    assert bars[0].link == "days/0.html"  # a bin links to its first day with entries
    long_rows = [((start + dt.timedelta(days=2 * i)).isoformat(), f"d/{i}", [1]) for i in range(1000)]
    assert bin_days(long_rows)[0] == "month"


def test_stacked_bars_have_titles_links_and_escape_text() -> None:
    bars = [Bar("3 Nov <2020>", "2020-11-03", "days/2020-11-03.html", [2, 1]), Bar("4 Nov", "2020-11-04", "", [0, 0])]
    svg = stacked_bars(bars, "day", [("A & B", "s0"), ("C", "sx")], lambda t: "../" + t, "Entries <per> day", "desc")
    root = ET.fromstring(str(svg))  # well-formed XML
    assert root.find(f"{SVG}title").text == "Entries <per> day"
    links = root.findall(f"{SVG}a")
    assert len(links) == 1 and links[0].get("href") == "../days/2020-11-03.html"
    assert links[0].find(f"{SVG}title").text == "3 Nov <2020>: 3 entries (A & B 2, C 1)"
    assert len(links[0].findall(f"{SVG}rect")) == 2


def test_line_chart_marks_have_shapes_and_titles() -> None:
    series = [Series("civilians killed", [("2020-10-01", 10, "1 Oct: 10"), ("2020-10-05", 40, "5 Oct: 40")]),
              Series("soldiers killed", [("2020-10-03", 100, "3 Oct: 100")])]
    root = ET.fromstring(str(line_chart(series, "Figures", "two series")))
    marks = root.findall(f"{SVG}g")
    assert [m.find(f"{SVG}title").text for m in marks] == ["1 Oct: 10", "5 Oct: 40", "3 Oct: 100"]
    assert marks[0].find(f"{SVG}circle") is not None and marks[2].find(f"{SVG}rect") is not None
    assert line_chart([], "t", "d") == ""


def _side_with(figures: list[Figure]) -> SideInfo:
    views = [SimpleNamespace(figures=[f], entry=SimpleNamespace(date=f.as_of)) for f in figures]
    return SideInfo("ukrainian", "Ukrainian", "ukrainian", 0, entries=views)  # type: ignore[arg-type]


def test_a_side_with_few_figures_charts_and_lists_every_one() -> None:
    figures = [Figure("civilians killed", 10 * i, as_of=f"2022-03-{i:02d}") for i in range(1, 11)]
    chart = _figure_chart(_side_with(figures))
    assert chart is not None and chart["summary"] is None
    assert [f.count for _, f, _ in chart["rows"]] == [10 * i for i in range(1, 11)]


def test_a_side_with_many_figures_charts_and_lists_the_highest_of_each_week() -> None:
    start, whats = dt.date(2022, 3, 7), ["civilians killed", "soldiers killed", "displaced", "injured", "missing"]
    figures = [Figure(whats[i % 5] if i % 50 else whats[4], (i * 37) % 1000,
                      as_of=(start + dt.timedelta(days=i % 56)).isoformat()) for i in range(FIGURES_LISTED_MAX * 3)]
    chart = _figure_chart(_side_with(figures))
    assert chart is not None and f"of {len(figures):,} figures" in chart["summary"]
    assert [label for label, _, _ in chart["series"]] == sorted(
        whats, key=lambda w: (-sum(f.what == w for f in figures), w))[:4]
    week = {(day, f.what) for day, f, _ in chart["rows"]}
    assert len(week) == len(chart["rows"]) <= 4 * 8  # one row a week for each of the four, eight weeks
    for day, f, _ in chart["rows"]:
        monday = dt.date.fromisoformat(day) - dt.timedelta(days=dt.date.fromisoformat(day).weekday())
        same_week = [g.count for g in figures if g.what == f.what
                     and 0 <= (dt.date.fromisoformat(g.as_of) - monday).days < 7]
        assert f.count == max(same_week)
    assert str(chart["svg"]).count('class="mark ') == len(chart["rows"])


def test_axis_labels_never_overlap_and_stay_inside_the_chart() -> None:
    start = dt.date(2022, 3, 1)
    days = [start + dt.timedelta(days=int(i * 19.3)) for i in range(57)]  # sparse days over three years
    bars = [Bar(d.isoformat(), d.isoformat(), "", [1]) for d in days]
    for frame in (WIDE, NARROW):
        root = ET.fromstring(str(stacked_bars(bars, "day", [("A", "s0")], str, "t", "d", frame)))
        ticks = [(float(t.get("x")), t.text) for t in root.iter(f"{SVG}text")
                 if t.get("class") == "tick" and not t.text.isdigit()]  # the x axis: dates, not counts
        assert len(ticks) >= 3 and any(text.endswith("2023") for _, text in ticks)
        for (x1, a), (x2, b) in itertools.pairwise(ticks):
            assert x2 - x1 >= (len(a) + len(b)) / 2 * TICK_CHAR * frame.font, (a, b)
        assert all(len(t) * TICK_CHAR * frame.font / 2 <= x <= frame.width - len(t) * TICK_CHAR * frame.font / 2
                   for x, t in ticks)
