"""What the extraction data knows about names, for the site: other names of places and actors, and
what each side covers. Both come from the data the parser matched with (``load_extract_data``:
chronik's packaged sides and gazetteer, extended or replaced by the site's own files)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from chronik.config import Config
from chronik.extract import load_extract_data


@dataclass(frozen=True)
class Names:
    aliases: Callable[[str], list[str]]  # canonical name → its other names, for people to read
    sides: dict[str, str]  # side name → what it covers ("Azerbaijan")


def load_names(config: Config) -> Names:
    data = load_extract_data(config)
    gazetteer = data.gazetteer

    def aliases(name: str) -> list[str]:
        if name not in gazetteer.entries:
            return []
        # "Shusha/Shushi" is how a page may write two names at once; the single names say it all
        return sorted((a for a in gazetteer.aliases(name) if "/" not in a), key=str.casefold)

    return Names(aliases, dict(data.sides.sides))
