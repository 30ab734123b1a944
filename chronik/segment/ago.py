"""Entries stamped by how long ago they were posted ("15 min ago", "2 hours ago") instead of a clock time.

Such a stamp counts back from when the page was shown, which a saved page does not say. The nearest thing it
says is its own clock: "Last updated 14:32 GMT, 12 March 2024" (above the ages: a post's embed further down dates
the embed). With such a line, an entry "15 min ago" is taken as posted at 14:17 GMT that day, and its reason says it
was counted back from that line (an estimate: the page may have been saved some minutes after it was last updated).
Without one, a page whose configured publication time is its save time ("published: 2023-09-19T21:40:00+04:00")
counts back from that, unless posts on the page are stamped later than it (then it is when a live page opened). With
neither no time is made up: among posts stamped with clocks an age still opens its post, dated by the page's day (an age
in days alone on its line: that many days before it); elsewhere the stamp stays an aside that says so, and the entry is
dated as if unstamped. An age in hours or days is rounded ("2 hours ago" is anything from 2:00 to 2:59 back), so it
gives the day and no clock time; one in minutes gives both.

A live map's feed has no sentence to end its event ("Shelling reported in Kherson; two wounded"), but each event
closes on the link it came from ("Source: t.me/...", "Via: ..."): an age above a text with such a line under it heads
an entry too.

A relative age right above a clock stamp ("1h ago" / "14.32 GMT") or a one-line list of headlines ("Key
events") stamps nothing and stays furniture; only one heading an entry with a text of its own is a stamp.
"""

from __future__ import annotations

import datetime as dt
import re

from chronik.dates import Timex
from chronik.dates.timex import day_timex
from chronik.segment.age_units import DAY, HOUR, MINUTE, unit
from chronik.segment.blocks import SENTENCE_END
from chronik.segment.timestamps import Stamp

# (a social page's post header writes the age alone before the dot of who may see the post: "2h ·", "35m ·")
_AGE = rf"(?P<n>\d{{1,3}}|an?)\s*(?P<unit>{unit(MINUTE, HOUR, DAY)})\.?(?:\s+ago|\s*·)\s*$"
_AGO = re.compile(rf"^\s*{_AGE}", re.I)
# the author a post's or a news list's header names before its age: "posted by u/name · 1h ago", "by Jane Doe •
# 15 min ago", "by Naharnet  6 hours ago" (a space alone between them)
_AUTHOR_AGO = re.compile(rf"^\s*(?:posted\s+|submitted\s+)?by\s+[^·•|]{{1,40}}?(?:\s*[·•|]\s*|\s+){_AGE}", re.I)
NO_CLOCK = "relative time, not counted: the page gives no clock time to count back from"
# the link an event of a feed came from, on the line under its text: "Source: facebook.com/...", "Via @user"
_PROVENANCE = re.compile(r"^\s*(?:sources?\s*:|via\b:?|from\s*:)\s*\S+(?:\s+\S+){0,5}\s*$", re.I)
# a news list's item that is a headline alone, its byline under it ("2 hours ago" / "Ministry: Death toll rises to
# 40,435" / "By Reuters"): the byline closes the item as a sentence would
_BYLINE = re.compile(r"^\s*by\s+(?-i:[A-Z])[\w.'’&-]*(?:\s+(?:and\s+)?[\w.'’&-]+){0,4}\s*$", re.I)


def age(text: str) -> dt.timedelta | None:
    """How long ago a line such as "15 min ago", "an hour ago" or "2 days ago" says, or None; also a post's header
    naming its author before its age ("posted by u/kyiv_watcher · 1h ago", "by Jane Doe • 15 min ago", "by
    Naharnet  6 hours ago"), over the post's text."""
    m = _AGO.match(text) or _AUTHOR_AGO.match(text)
    if m is None:
        return None
    n = 1 if m.group("n").lower() in ("a", "an") else int(m.group("n"))
    unit = m.group("unit").lower()[0]
    return dt.timedelta(days=n) if unit == "d" else dt.timedelta(hours=n) if unit == "h" else dt.timedelta(minutes=n)


def bare(text: str) -> bool:
    """Whether ``text`` is an age alone, no author before it ("2d ·", "3 days ago")."""
    return _AGO.match(text) is not None


def heads_entry(texts: list[str]) -> bool:
    """Whether a relative age above ``texts`` (the next content lines) heads an entry: a text follows it at once
    or under one headline, and no clock stamp or other age comes first (``texts[0]`` must not be a stamp)."""
    if not texts or age(texts[0]) is not None:
        return False
    if SENTENCE_END.search(texts[0]) or (len(texts) > 1 and (provenance(texts[1]) or _BYLINE.match(texts[1]))):
        return True
    return len(texts) > 1 and age(texts[1]) is None and bool(SENTENCE_END.search(texts[1]))


def provenance(text: str) -> bool:
    """Whether a line only names where the event above it came from ("Source: t.me/ukrpravda", "Via @AFP")."""
    return bool(_PROVENANCE.match(text))


def on_page_day(label: str, day: dt.date, ago: dt.timedelta) -> Timex:
    """The day of an entry stamped with an age (``label``, ``ago``) on a page of posts stamped with clocks but with
    nothing to count back from: the page's own ``day`` for an age under a day, as many days before it as an age in
    days counts ("2d ·" on a page saved on 17 November: 15 November), and no clock time."""
    if ago < dt.timedelta(days=1):
        return day_timex(day, "relative", f"'{label}' before the page was saved, on {day.isoformat()}: no clock to "
                                          "count back from")
    return day_timex(day - dt.timedelta(days=ago.days), "relative",
                     f"'{label}' before the page was saved, on {day.isoformat()}: its days counted back")


def counted(ago: dt.timedelta, label: str, clock: dt.datetime, zone: str | None,
            clock_label: str) -> tuple[Stamp | None, Timex]:
    """The stamp and day of an entry posted ``ago`` before the page's ``clock`` (in ``zone``; ``clock_label`` says
    what that clock is: "'Last updated 14:32 GMT, 12 March 2024'", "the page's save time ..."); an age in whole hours
    or days gives the day and no stamp (no clock time: it is rounded)."""
    at = clock - ago
    why = f"'{label}' counted back from {clock_label}"
    if ago >= dt.timedelta(hours=1) and not ago % dt.timedelta(hours=1):
        return None, day_timex(at.date(), "relative", why + " (an age in hours gives no clock time)")
    stamp = Stamp(at.strftime("%H:%M"), zone, None, f"{label}, counted back from {clock_label}", "")
    return stamp, day_timex(at.date(), "relative", why, time=at.strftime("%H:%M"))
