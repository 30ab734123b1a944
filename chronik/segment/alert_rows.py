"""An alerts history, as a civil-defence site or an alert app lists its sirens: under a day heading, one row per alert,
each a clock alone on its line ("21:47:12") over a few short lines, the alert's type and the places it sounded in
("Rocket and missile fire" / "Sderot, Ivim, Nir Am"; "Air raid alert" / "Kharkiv Oblast"; the all-clear "The event
has ended" / its places), then the next alert's clock.

Each row is one update: its clock opens it and its short lines are its text. Read alone, the type under the clock
would title the alert and the places line, a short line over the next clock, would stand apart as a headline.

The shape tells the rows apart, not their words: clocks alone on their lines, each over the same number of short
lines (two or three) and nothing else, row after row.
"""

from __future__ import annotations

import collections
import re

from chronik.segment.info import DATE_HEADING, HEADLINE, LABEL, STAMP_LINE, Info

# what ``Info.what`` says of a short line of an alert's row (its type, its places)
ALERT_LINE = "alert line"

_CLOCK = re.compile(r"^\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\s*$")
ROW_LINES = (2, 3)  # short lines under each clock
ROW_WORDS = 30  # words of a short line (a long list of places included)
MIN_ROWS = 3  # rows, each followed by another clock or a day heading, that make a list of alerts


def _clock(info: Info) -> bool:
    return info.kind == STAMP_LINE and _CLOCK.match(info.block.text) is not None


def _short(info: Info) -> bool:
    return info.kind in (HEADLINE, LABEL) and info.block.words <= ROW_WORDS


def _row(infos: list[Info], k: int) -> tuple[int, bool]:
    """The short lines under the clock at ``k`` and whether the next line after them opens another row or day."""
    n = 0
    while k + 1 + n < len(infos) and _short(infos[k + 1 + n]):
        n += 1
    nxt = infos[k + 1 + n] if k + 1 + n < len(infos) else None
    return n, nxt is not None and (_clock(nxt) or nxt.kind == DATE_HEADING)


def alert_rows(infos: list[Info]) -> None:
    """Mark the short lines of each row of a list of alerts (see the module docstring) as ``ALERT_LINE``."""
    clocks = [k for k, info in enumerate(infos) if _clock(info)]
    rows = {k: _row(infos, k) for k in clocks}
    closed = collections.Counter(n for n, followed in rows.values() if followed)
    if not closed:
        return
    size, count = closed.most_common(1)[0]
    if size not in ROW_LINES or count < MIN_ROWS:
        return
    for k, (n, followed) in rows.items():
        if n == size or (n > size and not followed):  # (the last row, over the page's footer lines)
            for info in infos[k + 1:k + 1 + size]:
                info.what = ALERT_LINE
