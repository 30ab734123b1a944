"""Who says a message of a chat export (:mod:`chronik.segment.chat`): its sender, unless it relays a named source.

A member who reports what they see or hear, also from an unnamed source ("my source in the palace", "a resident
tells me", "reports of ..."), is the claimant. A member who passes on what someone named said hands the claim on:
a forward ("FWD from X's channel:", "Forwarded from X"), a statement, a post or an address named for its author
("X tweet: ...", "X statement on his Facebook page:", "X just posted a video:", "X to the BBC just now: ..."), or a
line that opens with its speaker ("Reuters: ...", read by the attributor as any news line's).
"""

from __future__ import annotations

import re

from chronik.extract.attribution import Attribution, Attributor
from chronik.extract.claimant import Claimant, named
from chronik.extract.resolver import Resolver

_NAME = r"(?P<who>(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,3})"
_MEDIUM = (r"(?:tweets?|posts?|statement|address|speech|video(?:\s+message)?|message|interview|briefing|channel|"
           r"account|page|telegram|broadcast|remarks)")
_RELAYS = (
    # "FWD from X's channel:", "Fwd: X", "Forwarded from X"
    re.compile(rf"^(?:fwd|fw|forwarded)\b\s*(?:from\b|:)?\s*{_NAME}", re.I),
    # "X tweet:", "X's statement on ...", "X recorded address aired ...": an author's post or speech
    re.compile(rf"^{_NAME}(?:’s|'s)?\s+(?:[a-z]+\s+)?{_MEDIUM}\b", re.I),
    # "X just posted a video", "X tweeted:", "X (just) told Reuters", "X to the BBC just now:"
    re.compile(rf"^{_NAME}\s+(?:(?:just|has|now)\s+)?(?:posted|tweeted|wrote|says|said|tells|told|to)\b"
               rf"(?:\s+(?:the\s+)?(?-i:[A-Z]))?", re.I),
)
# the kinds of claimant that name who speaks ("residents", "witnesses" are the member's own reporting)
_NAMED_KINDS = ("person", "body", "office", "polity", "outlet")


def _relayed(body: str, attributor: Attributor) -> Claimant | None:
    """The named source a message's opening passes on, resolved as the attributor resolves a claimant."""
    first = body.split("\n", 1)[0]
    resolver = Resolver(attributor.lex, attributor.sides, attributor.gaz,
                        {m.entry for m in attributor.gaz.find(body, ("person", "body")) if m.entry is not None})
    for shape in _RELAYS:
        m = shape.match(first)
        found = resolver.resolve(m.group("who")) if m is not None else None
        if named(found) and found.kind in _NAMED_KINDS:
            return found
    return None


def _spokesperson(person: Claimant | None, relayed: Claimant) -> bool:
    """Whether ``person``, found in the message, voices the body whose statement it relays ("Pentagon statement:
    ... Kirby adds ..."): a named person of the body's side."""
    return (person is not None and person.kind == "person" and relayed.kind in ("body", "office")
            and person.side is not None and person.side == relayed.side)


def sender_claim(body: str, sender: str, found: Attribution, attributor: Attributor) -> None:
    """Set ``found`` (the attributor's reading of ``body``) to the message's claimant: the named source it relays,
    the one the attributor found when it names someone, else the sender, for the side the sides file gives a sender
    it knows ("Rapid Support Forces" posting on its own account) and no side's otherwise (a member of a chat)."""
    labels = {who: attributor.labels.label(who, body) for who in {c.who for c in found.by_sentence if c and c.who}}
    claimants = [c for c in found.by_sentence if c is not None and c.who and labels[c.who] == found.who]
    own = claimants[0] if found.who and claimants and claimants[0].kind in _NAMED_KINDS else None
    relayed = _relayed(body, attributor)
    if relayed is not None and not _spokesperson(own, relayed):
        found.who, found.side, found.unknown = relayed.who, relayed.side, relayed.side is None
    if relayed is not None or own is not None:
        return
    known = attributor.named(sender)
    side = known.side if known is not None and known.kind in _NAMED_KINDS and known.side else None
    found.who, found.side, found.unknown = sender, side or attributor.sides.narrative, False
