"""The side of a titled official no file lists ("Foreign Secretary David Lammy said", "President BJ Habibie says
Indonesia may let East Timor go"): a person the text gives a title right before the name, whom neither the gazetteer
nor a sides file knows. Such an official is of the one warring state the update names, if it names one only (an
official in an update on that state is more likely its own than a foreign one); else of a third party, a state's
office of no party to the war. A named armed group (the rebels, the RSF) is what a state's official speaks about,
no side of theirs."""

from __future__ import annotations

from chronik.extract.attribution import Attribution
from chronik.extract.data import ExtractData
from chronik.extract.sides import THIRD_PARTY, Polity


def unlisted_official_side(found: Attribution, text: str, data: ExtractData) -> str | None:
    """The side of ``found``, a claimant of no known side, when it is a titled official (see the module docstring);
    None for anyone else, or where the sides file has no third party."""
    if THIRD_PARTY not in data.sides.sides or not _official(found, text, data):
        return None
    return _party_named(text, data) or THIRD_PARTY


def _party_named(text: str, data: ExtractData) -> str | None:
    """The side of the one state at war whose name or forms ``text`` gives, if it names one only."""
    sides = {m.values[0].side for m in data.sides.find(text) if _state(m.values[0], data)}
    sides -= {THIRD_PARTY, data.sides.narrative, None}
    return sides.pop() if len(sides) == 1 else None


def _state(polity: Polity, data: ExtractData) -> bool:
    """Whether ``polity`` is a state (a packaged state's name, or governed by a "Government of ..."), not an armed
    group or a movement."""
    return polity.name.lower() in data.sides.places or (polity.government or "").startswith("Government of")


def _official(found: Attribution, text: str, data: ExtractData) -> bool:
    """Whether the claimant found is a person holding a title the text gives right before the name ("President
    Reagan", "Secretary General Javier Perez de Cuellar"), not a private person; an office named without its state
    ("The Foreign Ministry said") may be a party's, and keeps its flag. A name the page gave in full before may stand
    in the text by its surname alone ("President Kabbah" for Ahmad Tejan Kabbah)."""
    who = found.who or ""
    at = text.find(who)
    if at < 0 and " " in who:
        at = text.find(who.split()[-1])
    before = text[max(0, at - 40):at].split() if at > 0 else []
    return bool(before) and before[-1].rstrip(",") in data.lexicon.titles and before[-1][:1].isupper()
