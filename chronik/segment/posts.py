"""The header of a post in a saved social-media timeline: "@MEAIndia · 3h", "@adgpi · May 9",
"Defence of Ukraine @DefenceU · Mar 3, 2022", "@user@mastodon.social · 2d", "@kyivindependent.com · 14h" (a
Bluesky handle is a domain), and with the post's clock: "@IDF · Oct 9, 21:05", "@UNHCR · 3 Feb 2024, 9:15 PM". A page's
timeline (Facebook's) writes no handle: the post's day or age, then the dot and the icon of who may see it ("Aug 4,
2023 · 🌎", "3d · 👥", "12 March at 18:40 · Public"), on a line of its own over the post.

Such a line opens a post as a timestamp opens a live update. Most give a day, not a clock: the day it names,
or, for an age, the day the page was saved less the age's whole days ("2d": two days before; "3h" and "45m": the
day of saving, as hours cannot be counted back without the time of saving, which a saved page does not give).
A header that writes the clock after the day stamps the post with both, in the clock of the source's zone (a
timeline shows its viewer's clock, the one the page was saved in). A post under "Pinned" is the account's choice
to show first, out of the timeline's order on purpose (boilerplate.yaml, ``keep: pinned``).
The display name on the line above it is the post's author, a byline; "ANI reposted" above that says who shared
it (boilerplate.yaml, ``keep: repost``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronik.segment.age_units import DAY, HOUR, MINUTE, SECOND, unit

# an account's handle: "@jane", a fediverse one naming its server ("@jane@mastodon.social"), a Bluesky one
# ("@jane.bsky.social")
_USER = r"@[A-Za-z0-9_]{1,30}"
_SERVER = r"@[\w-]+(?:\.[\w-]+)+"
# (a Bluesky handle is a domain name, whose labels may hold hyphens: "@hrytsenko-osint.bsky.social")
_DOMAIN_USER = r"@[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]+)+"
_HANDLE = rf"(?:{_USER}{_SERVER}|{_DOMAIN_USER}|{_USER})"
# a fediverse handle alone on its line (which names its server)
FEDIVERSE_HANDLE = re.compile(rf"^\s*{_USER}{_SERVER}\s*$")
# a reply's text opens on the handle it answers
MENTION = re.compile(rf"^\s*({_HANDLE})\s")
_AGE = rf"(?P<age>\d{{1,2}}\s?{unit(SECOND, MINUTE, HOUR, DAY)})"
_DAY = r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"
# the post's clock after its day: "Jan 14, 21:05", "14 Jan 2024, 9:05 PM", "Jan 14 at 21:05"
_CLOCK = r"(?:,|\s+at)?\s+(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?:\s*(?P<ampm>[AaPp])\.?\s?[Mm]\.?)?"
# a post's or a reader's comment's day and clock ("Jan 14 at 21:05", "Yesterday at 11:58pm", "August 22 at 9:41pm")
DAY_AND_CLOCK = rf"(?:yesterday|today|{_DAY}){_CLOCK}"
_HEADER = re.compile(rf"^(?:(?P<name>[^@·•]{{1,60}}?)\s+)?(?P<handle>{_HANDLE})\s*[·•]\s*(?:{_AGE}|{_DAY}(?:{_CLOCK})?)"
                     r"\s*$")


# a post's day or age alone on its line, over its author's name and handle (a Mastodon thread: "Apr 16" / "Jane
# Doe" / "@jane@mastodon.social" / the text)
_BARE = re.compile(rf"^(?:{_AGE}|{_DAY}(?:{_CLOCK})?)\s*$")


# who may see a page's post, after its day: the globe (all), the friends' icon or the lock, or in words
_AUDIENCE = r"(?:[\U0001F30D-\U0001F310\U0001F465\U0001F512]\ufe0f?|(?i:(?:shared\s+with\s+)?(?:public|friends)))"
_PAGE_HEADER = re.compile(rf"^(?:{_AGE}|{_DAY}(?:{_CLOCK})?)\s*·\s*{_AUDIENCE}\s*$")


@dataclass(frozen=True)
class PostHeader:
    """A post's header: the handle, and the date it names (None for an age such as "3h", said in ``age``)."""

    handle: str
    date_text: str | None
    age: str | None
    time: str | None = None  # "HH:MM" (24 h) when the header gives the post's clock
    name: str | None = None  # the display name before the handle ("Defence of Ukraine @DefenceU · Mar 3")

    @property
    def days_back(self) -> int:
        """Whole days an age counts back from the day of saving: "2d" two; "3h" or "45m" none (without the
        clock of saving, hours cannot cross midnight)."""
        days = re.fullmatch(r"(\d+)\s?d(?:ays?)?", self.age.strip()) if self.age is not None else None
        return int(days.group(1)) if days is not None else 0


def post_header(text: str) -> PostHeader | None:
    """The post header ``text`` is, or None."""
    return _header(_HEADER.match(text.strip()), None)


def page_post_header(text: str) -> PostHeader | None:
    """The header of a page's post that ``text`` is ("Aug 4, 2023 · 🌎"), or None: the page's, with no handle."""
    return _header(_PAGE_HEADER.match(text.strip()), "")


def bare_stamp(text: str, handle: str) -> PostHeader | None:
    """The header of the post by ``handle`` whose day or age ``text`` gives alone ("Apr 16", "9h"), or None."""
    return _header(_BARE.match(text.strip()), handle)


def _header(m: re.Match[str] | None, handle: str | None) -> PostHeader | None:
    if m is None:
        return None
    time = None
    if m.group("hour") is not None:
        hour, ampm = int(m.group("hour")), (m.group("ampm") or "").lower()
        if ampm and not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0) if ampm else hour
        time = f"{hour:02d}:{m.group('minute')}"
    name = m.groupdict().get("name")
    return PostHeader(handle if handle is not None else m.group("handle"), m.group("date"), m.group("age"), time,
                      name.strip() if name else None)
