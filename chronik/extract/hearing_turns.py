"""A printed hearing's turns: a legislature's record names each speaker by title and surname in capitals, with a full
stop ("Chairman REED. Good morning.", "Senator WICKER. Thank you, Mr. Chairman.", "Secretary AUSTIN. ...",
"Mr. McCAUL of Texas. ..."). The speaker says what follows, as the record names them ("Secretary Austin"), for the
side the resolver gives that name, else the side of the publisher's own country (a congress hears its own officials).
A role alone ("The CHAIRMAN.") names no one; words that are no title ("Russia Warns NATO. ...") open no turn."""

from __future__ import annotations

import re

from chronik.extract.claimant import Claimant
from chronik.extract.resolver import Resolver

# a title as written, the surname in capitals (two letters or more), an optional constituency, a full stop
_TURN = re.compile(r"^\s*(?P<title>(?:[A-Z][a-z]+\.?\s+){1,2})(?P<name>(?:Mc|Mac)?[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+)?)"
                   r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\.(?:\s+\S|\s*$)")
# the titles a record gives its speakers
_TITLES = frozenset({"chairman", "chairwoman", "chair", "senator", "secretary", "general", "admiral", "mr.", "ms.",
                     "mrs.", "dr.", "ambassador", "representative", "governor", "mayor", "director", "commissioner",
                     "deputy", "under", "assistant", "vice", "ranking", "colonel", "lieutenant", "major", "captain",
                     "judge", "justice", "minister", "president", "speaker", "lord", "lady", "baroness", "sir", "dame",
                     "madam", "gen.", "adm.", "lt.", "col.", "mr", "ms", "mrs", "dr", "delegate", "commander"})


def hearing_turn(s: str, resolver: Resolver) -> Claimant | None:
    """The speaker a hearing's turn opens with (see the module docstring); None for any other line."""
    m = _TURN.match(s)
    if m is None:
        return None
    title = m.group("title").split()
    if any(w.lower() not in _TITLES for w in title):
        return None
    surname = " ".join(_as_written(w) for w in m.group("name").split())
    who = f"{' '.join(title)} {surname}"
    found = resolver.resolve(who)
    side = found.side if found is not None and found.side is not None else \
        (resolver.home.side if resolver.home is not None else None)
    return Claimant(who, side, "person")


def _as_written(caps: str) -> str:
    """A surname in capitals as a text writes it: "WICKER" "Wicker", "THOMAS-GREENFIELD" "Thomas-Greenfield",
    "McCAUL" "McCaul", "O'BRIEN" "O'Brien"."""
    prefix = next((p for p in ("Mc", "Mac") if caps.startswith(p) and caps[len(p):].isupper()), "")
    return prefix + "-".join("'".join(q.capitalize() for q in p.split("'")) for p in caps[len(prefix):].split("-"))
