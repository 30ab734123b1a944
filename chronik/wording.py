"""Counts in words for the terminal and the site: ``1 entry``, ``3 entries``, ``12,000 pages``."""

from __future__ import annotations


def plural(n: int, one: str, many: str | None = None) -> str:
    """``n`` with the noun in the number it needs, thousands separated (``{{ n|plural('entry', 'entries') }}``
    in templates)."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
