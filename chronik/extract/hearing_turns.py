"""A printed hearing's turns: a legislature's record names each speaker by title and surname in capitals, with a full
stop ("Chairman REED. Good morning.", "Senator WICKER. Thank you, Mr. Chairman.", "Secretary AUSTIN. ...",
"Mr. McCAUL of Texas. ..."). The speaker says what follows, as the record names them ("Secretary Austin"), for the
side the resolver gives that name, else the side of the publisher's own country (a congress hears its own officials).
A role alone ("The CHAIRMAN.") names no one; words that are no title ("Russia Warns NATO. ...") open no turn."""

from __future__ import annotations

from chronik.extract.claimant import Claimant
from chronik.extract.resolver import Resolver
from chronik.segment.speaker_labels import debate_speaker, hearing_speaker


def hearing_turn(s: str, resolver: Resolver) -> Claimant | None:
    """The speaker a hearing's turn opens with (see the module docstring); None for any other line."""
    label = hearing_speaker(s)
    who = " ".join(label) if label is not None else debate_speaker(s)
    if who is None:
        return None
    found = resolver.resolve(who)
    side = found.side if found is not None and found.side is not None else \
        (resolver.home.side if resolver.home is not None else None)
    return Claimant(who, side, "person")

