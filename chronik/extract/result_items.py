"""A news search's or aggregator's result item (Google News, Yahoo News, a "Full Coverage" page): the outlet's name
on a line of its own over the item's headline ("BBC" over "Goma: Bodies lie in the streets as M23 claims ...",
"France 24" over "DR Congo says ..."). The headline's own speaker claims what it says; a headline that names none
is the outlet's own reporting."""

from __future__ import annotations

from chronik.extract.claimant import Claimant
from chronik.extract.lexicon import ClaimLexicon
from chronik.extract.outlets import find_outlets
from chronik.extract.resolver import Resolver


def names_outlet(line: str, lex: ClaimLexicon) -> bool:
    """Whether a line names an outlet and nothing else ("Al Jazeera", "The New York Times", "AP News")."""
    line = line.strip()
    found = find_outlets(line, lex)
    bare = line[4:] if line.startswith("The ") else line
    return len(found) == 1 and found[0].end == len(line) and found[0].start in (0, len(line) - len(bare))


def outlet_line(line: str, resolver: Resolver) -> Claimant:
    """The outlet a line that :func:`names_outlet` names, as the files know it (a state's news agency speaks for its
    state), else as written, for no side."""
    line = line.strip()
    known = resolver.resolve(line)
    if known is not None and known.who and known.kind in ("outlet", "body") and known.side is not None:
        return known
    return Claimant(line, resolver.sides.narrative, "outlet")
