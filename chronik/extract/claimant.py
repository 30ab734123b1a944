"""What a claimant phrase resolves to: who speaks, for which side, and what kind of speaker that is
(resolver.py reads the phrase)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeGuard


@dataclass(frozen=True)
class Claimant:
    """A resolved claimant. ``kind``: person | body | office | polity | outlet | independent | pronoun | multi
    (several sides speak together: no one claimant) | unnamed ("officials said": a claim with no claimant;
    "sources close to the army": no claimant, the army's side)."""

    who: str | None
    side: str | None
    kind: str
    title_only: bool = False  # an office one person holds, named without the person ("the President")
    officials: bool = False  # a polity's officials as the text names them ("Israeli officials"): its government


def named(c: Claimant | None) -> TypeGuard[Claimant]:
    """Whether ``c`` names who speaks: not a pronoun, several sides together or an unnamed source."""
    return c is not None and c.who is not None and c.kind not in ("pronoun", "multi", "unnamed")
