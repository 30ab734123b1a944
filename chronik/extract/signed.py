"""Who speaks in a live page's post its author signs inside it (:mod:`chronik.segment.signature`): an analyst's or
a commentator's post is their own reading of the day, whoever it names ("Iran's leadership is telling both Israel
and Washington ..." under "Nadia Raouf" / "Middle East analyst"); an editor's is theirs when it quotes no one else
("This morning Vladimir Putin was calling the rebels traitors ..." under "Russia editor, reporting from Moscow").
A correspondent's post reports in the outlet's voice, whoever writes it."""

from __future__ import annotations

from chronik.extract.attribution import Attribution
from chronik.model import Signature

OWN_READING = frozenset({"analyst", "commentator", "columnist"})
UNLESS_QUOTING = frozenset({"editor"})


def signed_claim(found: Attribution, signature: Signature, narrative: str | None) -> None:
    """Set ``found`` to the post's signer, for ``narrative`` (the outlet's own side), when their post makes the
    post theirs."""
    if signature.post in OWN_READING or (signature.post in UNLESS_QUOTING and found.who is None):
        found.who, found.side, found.unknown = signature.name, narrative, False
