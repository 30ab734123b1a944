"""The words a page writes for the unit of an age ("3 hrs ago", "2d", "a week ago"), for the rules that read ages.

Each rule takes only the units its kind of line uses: a feed's stamp counts minutes, hours and days, while a reader's
comment may be weeks, months or years old; so the words live here once and each rule picks its units.
"""

from __future__ import annotations

SECOND = r"s|secs?|seconds?"
MINUTE = r"m|mins?|minutes?"
HOUR = r"h|hrs?|hours?"
DAY = r"d|days?"
WEEK = r"w|wks?|weeks?"
MONTH = r"mo|months?"
YEAR = r"y|yrs?|years?"


def unit(*units: str) -> str:
    """A non-capturing group matching any of ``units`` (the constants above)."""
    return "(?:" + "|".join(units) + ")"
