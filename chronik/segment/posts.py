"""The header of a post in a saved social-media timeline: "@MEAIndia · 3h", "@adgpi · May 9",
"Defence of Ukraine @DefenceU · Mar 3, 2022", "@user@mastodon.social · 2d".

Such a line opens a post as a timestamp opens a live update, but it gives a day, not a clock: the day it names,
or, for an age, the day the page was saved less the age's whole days ("2d": two days before; "3h" and "45m": the
day of saving, as hours cannot be counted back without the time of saving, which a saved page does not give).
The display name on the line above it is the post's author, a byline; "ANI reposted" above that says who shared
it (boilerplate.yaml, ``keep: repost``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HANDLE = r"@[A-Za-z0-9_]{1,30}(?:@[\w-]+(?:\.[\w-]+)+)?"
_AGE = r"(?P<age>\d{1,2}\s?(?:s|m|min|h|hr|d))"
_DAY = r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"
_HEADER = re.compile(rf"^(?:(?P<name>[^@·•]{{1,60}}?)\s+)?(?P<handle>{_HANDLE})\s*[·•]\s*(?:{_AGE}|{_DAY})\s*$")


@dataclass(frozen=True)
class PostHeader:
    """A post's header: the handle, and the date it names (None for an age such as "3h", said in ``age``)."""

    handle: str
    date_text: str | None
    age: str | None

    @property
    def days_back(self) -> int:
        """Whole days an age counts back from the day of saving: "2d" two; "3h" or "45m" none (without the
        clock of saving, hours cannot cross midnight)."""
        if self.age is None or not self.age.rstrip().endswith("d"):
            return 0
        return int(re.match(r"\d+", self.age).group())  # type: ignore[union-attr]


def post_header(text: str) -> PostHeader | None:
    """The post header ``text`` is, or None."""
    m = _HEADER.match(text.strip())
    if m is None:
        return None
    return PostHeader(m.group("handle"), m.group("date"), m.group("age"))
