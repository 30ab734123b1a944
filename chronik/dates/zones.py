"""Which zone a page's abbreviation names when it has several meanings ("IST": India, Ireland or Israel).

The source's configured zone decides when it is one of the meanings: an Israeli outlet's "14:05 IST" is Israel
Standard Time, an Irish one's Irish Standard Time. Otherwise the abbreviation keeps its default (the first meaning
in ``chronik/data/dates.yaml``, the zone the parser's zone list gives it).
"""

from __future__ import annotations

import functools
import re

from chronik.dates.lexicon import lexicon, longest_first


@functools.cache
def _abbreviations() -> re.Pattern[str]:
    """The ambiguous abbreviations, in capitals, as words ("IST", not the "ist" of "Islamist")."""
    names = "|".join(longest_first(re.escape(n.upper()) for n in lexicon().ambiguous_zones))
    return re.compile(rf"(?<![\w])(?:{names})(?![\w])")


def meaning(zone: str | None, written: str, source_zone: str | None) -> str | None:
    """The zone that ``written`` (a stamp as written, "14:05 IST", or a note "All times IST") names, given that the
    zone list read it as ``zone``: the source's zone when the abbreviation may mean it, else ``zone``."""
    if zone is None or source_zone is None or source_zone == zone:
        return zone
    for found in _abbreviations().findall(written):
        meanings = lexicon().ambiguous_zones[found.lower()]
        if zone in meanings and source_zone in meanings:
            return source_zone
    return zone
