"""Small formatting helpers shared by the site model, the templates and the exports (English, no locale)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from chronik.model import Entry, Figure

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


def long_date(day: str) -> str:
    """``2020-11-03`` → ``Tuesday 3 November 2020`` (raises ValueError on a bad date)."""
    d = dt.date.fromisoformat(day)
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


def short_date(day: str) -> str:
    """``2020-11-03`` → ``3 Nov 2020``."""
    d = dt.date.fromisoformat(day)
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def line_ranges(lines: list[int]) -> str:
    """``[16, 17, 18, 20]`` → ``16–18, 20``."""
    out: list[str] = []
    numbers = sorted(set(lines))
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        out.append(str(numbers[i]) if i == j else f"{numbers[i]}–{numbers[j]}")
        i = j + 1
    return ", ".join(out)


def lead(text: str, words: int = 18) -> str:
    """The first sentence of ``text``, or its first ``words`` words with an ellipsis."""
    text = " ".join(text.split())
    sentence = re.match(r"^(.{20,160}?[.!?])(?:\s|$)", text)
    if sentence:
        return sentence.group(1)
    parts = text.split(" ")
    return text if len(parts) <= words else " ".join(parts[:words]).rstrip(",;:") + "…"


def heading(entry: Entry) -> str:
    return entry.title.strip() if entry.title and entry.title.strip() else lead(entry.text or entry.id)


@dataclass(frozen=True)
class When:
    """An entry's date and time, ready to print: ``iso`` for <time datetime>, labels for people."""

    iso: str
    date_label: str
    time_label: str | None
    offset_label: str | None  # "UTC+4"
    zone: str
    end_label: str | None


def _offset(delta: dt.timedelta | None) -> str:
    minutes = int(delta.total_seconds() // 60) if delta else 0
    sign = "+" if minutes >= 0 else "−"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h}" + (f":{m:02d}" if m else "") if minutes else "UTC"


def when(day: str, time: str | None, zone: str, tz: ZoneInfo, date_end: str | None) -> When:
    d = dt.date.fromisoformat(day)
    date_label = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    end_label = None
    if date_end and date_end != day:
        try:
            end = dt.date.fromisoformat(str(date_end))
            end_label = f"{end.day} {MONTHS[end.month - 1]} {end.year}"
        except ValueError:
            end_label = str(date_end)
    match = _TIME.match(time or "")
    if not match:
        return When(day, date_label, None, None, zone, end_label)
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return When(day, date_label, time, None, zone, end_label)
    moment = dt.datetime(d.year, d.month, d.day, hour, minute, tzinfo=tz)
    return When(moment.isoformat(timespec="minutes"), date_label, f"{hour:02d}:{minute:02d}",
                _offset(moment.utcoffset()), zone, end_label)


def published(value: dt.date | dt.datetime | str | None) -> str:
    """A source's publication date for people: ``25 October 2020, 11:56 UTC−4``."""
    if value is None or value == "":
        return "not known"
    if isinstance(value, str):
        return value
    text = f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    if isinstance(value, dt.datetime):
        text += f", {value.hour:02d}:{value.minute:02d}"
        if value.tzinfo is not None:
            text += f" {_offset(value.utcoffset())}"
    return text


def count(figure: Figure) -> str:
    """``more than 1,200``, ``40–50``: the number as claimed, with its qualifier."""
    text = f"{figure.count:,}"
    if figure.count_max is not None and figure.count_max != figure.count:
        text += f"–{figure.count_max:,}"
    if figure.qualifier and figure.qualifier != "range":
        text = f"{figure.qualifier} {text}"
    return text
