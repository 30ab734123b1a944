"""What chronik would write for an entry, computed from the updates that report it (plain values).

The *lead* update gives the entry its date, time, title, text and attribution: for a new entry the
update with the most precise date (a timestamp beats a heading, which beats the publication date),
afterwards always the update of the entry's first source, so adding a source never rewrites an
entry's text. Places, actors, tags, flags and figures are the union over every update of the entry.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import Any

from chronik.model import Update
from chronik.store.ledger import RefKey
from chronik.store.schema import normal_figure

BASIS_RANK = {"timestamp": 0, "explicit": 1, "heading": 2, "day-counter": 3, "relative": 4, "publication": 5}
QUOTE_MAX = 160
_SENTENCE_END = re.compile(r"[.!?][’”\"')\]]*\s")


def update_lines(update: Update) -> list[int]:
    return sorted(set(update.lines) | set(update.title_lines))


def update_key(update: Update) -> RefKey:
    """The provenance of an update: its source and the lines it covers."""
    return update.source, tuple(update_lines(update))


def quote_of(text: str) -> str:
    """A verbatim opening of ``text`` short enough for a ``#:~:text=`` link: its first sentence or words."""
    text = " ".join(text.split())
    if len(text) <= QUOTE_MAX:
        return text
    head = text[: QUOTE_MAX + 1]
    ends = [m.end() for m in _SENTENCE_END.finditer(head) if m.end() >= 40]
    if ends:
        return head[: ends[-1]].rstrip()
    cut = head.rfind(" ")
    return head[:cut] if cut > 40 else text[:QUOTE_MAX]


def ref_of(update: Update) -> dict[str, Any]:
    return {"source": update.source, "lines": update_lines(update), "quote": quote_of(update.text)}


def lead_of(updates: list[Update], order: dict[str, int]) -> Update:
    """The update that speaks for a new entry: most precise date, then earliest source and line."""
    return min(updates, key=lambda u: (u.date is None, BASIS_RANK.get(u.date_basis, 9), u.time is None,
                                       order.get(u.source, len(order)), update_lines(u)[:1]))


def _union(lists: list[list[Any]]) -> list[Any]:
    out: list[Any] = []
    for items in lists:
        for item in items:
            if item not in out:
                out.append(item)
    return out


def propose(lead: Update, updates: list[Update]) -> dict[str, Any]:
    """The fields (except id, status, note and sources) chronik would write for these updates."""
    everyone = [lead] + [u for u in updates if u is not lead]
    figures = _union([[normal_figure(asdict(f)) for f in u.figures] for u in everyone])
    return {
        "date": lead.date, "date_end": lead.date_end, "time": lead.time, "timezone": lead.timezone,
        "date_basis": lead.date_basis, "kind": lead.kind, "title": lead.title, "text": lead.text,
        "attribution": {"who": lead.attribution.who, "side": lead.attribution.side},
        "places": _union([u.places for u in everyone]), "actors": _union([u.actors for u in everyone]),
        "figures": figures, "tags": _union([u.tags for u in everyone]), "flags": _union([u.flags for u in everyone]),
    }


REFRESHED = ("date", "date_end", "time", "timezone", "date_basis", "kind", "title", "text", "attribution",
             "places", "actors", "figures", "tags", "flags")
