"""The country a time zone belongs to, by the tz database's ``zone.tab`` ("Asia/Karachi" → "PK").

A source's time zone in config.yaml is the outlet's own clock, so for a national outlet whose name and address
say nothing of its country it is the last hint of that country (see :meth:`SideBook.of_zone`).
"""

from __future__ import annotations

import functools
import zoneinfo
from importlib import resources
from pathlib import Path


def _tz_table(name: str) -> str:
    """The text of one of the tz database's tables (``zone.tab``, ``iso3166.tab``): the tzdata package's (a
    dependency), else the system's; empty when neither has it."""
    try:
        return resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        pass
    for root in zoneinfo.TZPATH:
        path = Path(root) / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


def _columns(name: str, key: int, value: int) -> dict[str, str]:
    """Column ``key`` → column ``value`` of each row of the tz database's table ``name`` (tab-separated, "#" opens a
    comment)."""
    out: dict[str, str] = {}
    for line in _tz_table(name).splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) > max(key, value):
            out[fields[key].strip()] = fields[value].strip()
    return out


@functools.cache
def _countries() -> dict[str, str]:
    """Zone name → ISO 3166 country code, for every zone ``zone.tab`` lists."""
    return _columns("zone.tab", 2, 0)


def country_of_zone(zone: str) -> str | None:
    """The ISO country code of ``zone`` ("Europe/Kyiv" → "UA"); None for a zone of no country ("UTC") or one
    ``zone.tab`` does not list (an alias such as "Europe/Kiev")."""
    return _countries().get(zone.strip())


@functools.cache
def _country_names() -> dict[str, str]:
    """ISO 3166 country code → the country's name, for every country ``iso3166.tab`` lists."""
    return _columns("iso3166.tab", 0, 1)


def country_name(code: str) -> str | None:
    """The country ``iso3166.tab`` names by ISO code ``code`` ("PH" → "Philippines"), or None."""
    return _country_names().get(code.upper())
