"""Resolve date expressions in news text against the page's publication date (the anchor).

``resolve("Saturday evening", date(2020, 10, 25))`` -> ``Timex("2020-10-24TEV", ...)``;
``find_dates(text, anchor, epochs)`` -> every date expression in running text, resolved.
The grammar is rule-based (HeidelTime-style): patterns built from the lexicon in
``chronik/data/dates.yaml``, a normalisation function per pattern, and anchor/tense logic in ``anchor``.
"""

from __future__ import annotations

from chronik.dates.finder import find_dates, resolve
from chronik.dates.timex import DAY_COUNTER, EXPLICIT, RELATIVE, Mention, Timex

__all__ = ["DAY_COUNTER", "EXPLICIT", "RELATIVE", "Mention", "Timex", "find_dates", "resolve"]
