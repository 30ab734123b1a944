"""A discourse: the date expressions of one document resolved in order, each knowing the dates said before it.

Anaphoric expressions ("that day", "a year earlier", "the previous Friday", "then", "25" after "April 24") take
their reference time from the discourse (see ``anaphoric_rules``); every other expression resolves exactly as it
does on its own, against the anchor. ``chronik dates --batch`` keeps one discourse per document.

Only anaphors lean on the discourse. Reading bare weekdays against the last date said (HeidelTime's narrative
mode) or carrying the tense of the last date over to them was tried on news: it loses far more than it wins,
since a report's weekdays are the days around its publication whatever dates it mentions in between.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Sequence

from chronik.config import Epoch
from chronik.dates.finder import best_timex
from chronik.dates.rules import Context
from chronik.dates.timex import Timex

# a comparison with an earlier time ("a year ago", "a year earlier", "the year-earlier quarter") names a date without
# moving the discourse there: the next "a year earlier" still compares with the period spoken of before it
COMPARISON = re.compile(r"\b(?:year[-\s])?(?:ago|earlier)\b", re.I)
# how many of the latest dates a discourse remembers: anaphors refer to recent ones, and a long batch of one
# anchor without document ids must not make every expression slower than the one before
MEMORY = 64


class Discourse:
    """The dates resolved so far in one document published on ``anchor``, the latest last."""

    def __init__(self, anchor: dt.date, epochs: Sequence[Epoch] = ()) -> None:
        self.anchor = anchor
        self.epochs = tuple(epochs)
        self.said: deque[Timex] = deque(maxlen=MEMORY)

    def resolve(self, expr: str, *, tense: str | None = None) -> Timex | None:
        """Resolve the next expression of the document (as ``chronik.dates.resolve`` does, with the dates said
        before it as the reference of anaphors) and remember it when it is a calendar date (not a comparison)."""
        text = re.sub(r"\s+", " ", expr).strip()
        if not text:
            return None
        ctx = Context(self.anchor, self.epochs, running=False, tense_of=lambda start, end: tense,
                      earlier=tuple(self.said))
        timex = best_timex(text, ctx)
        if timex is None:
            return None
        if timex.start is not None and not COMPARISON.search(text):
            self.said.append(timex)
        return timex
