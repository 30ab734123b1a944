"""The clock a parliament's record marks now and then in a debate ("§ 3.45 p.m." over "§ Mr. John Stonehouse
(Wednesbury) Is the Foreign Secretary aware ..."): the mark stamps the speech under it, and every speech after it
until the next mark was made at about that time, so each takes the mark's clock. A line that is no speech (a heading
of the next item, "BUSINESS OF THE HOUSE") ends the mark's reach.
"""

from __future__ import annotations

from chronik.model import Update
from chronik.segment.speaker_labels import DEBATE_TURN


def carry_debate_marks(updates: list[Update]) -> None:
    """Give each unstamped speech of a debate the clock of the last mark above it (see the module docstring)."""
    mark: tuple[str | None, str, str | None] | None = None  # the day, the clock and the zone of the last mark
    for update in updates:
        if not DEBATE_TURN.match(update.text):
            mark = None
        elif update.time is not None and update.date_basis == "timestamp":
            mark = (update.date, update.time, update.timezone)
        elif mark is not None and update.time is None and update.date == mark[0]:
            update.time, update.timezone = mark[1], mark[2]
