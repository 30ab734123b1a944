"""The link check: every internal link and anchor on every page must resolve (fatal with ``--strict``).

Pages are scanned as they are rendered (in the workers), keeping each page's ``id``s and each
distinct link target with the first page that uses it; the check itself then runs once over the
distinct targets. The scan reads our own output, whose attributes are always double-quoted and
escaped and preceded by a space, so two regular expressions with a literal start are enough and
much faster than a full HTML parser (this runs over every byte of the site).
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from chronik.errors import Problem
from chronik.render.urls import resolve

_LINK = re.compile(r' (?:href|src|action)="([^"]*)"')
_ID = re.compile(r' id="([^"]*)"')
_EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//")


@dataclass
class Found:
    """What the rendered pages contain, for the check and the build report."""

    pages: int = 0
    bytes: int = 0
    ids: dict[str, frozenset[str]] = field(default_factory=dict)
    targets: dict[str, str] = field(default_factory=dict)  # site path#fragment → first page linking there

    def add_page(self, path: str, html: str, size: int) -> None:
        self.pages += 1
        self.bytes += size
        self.ids[path] = frozenset(_ID.findall(html))
        seen = self.targets
        folder = path[: path.rfind("/") + 1] + "x"  # any page of the same folder resolves links alike
        for link in _LINK.findall(html):
            if "&" in link:
                link = htmllib.unescape(link)
            if not link or _EXTERNAL.match(link):
                continue
            target = path.partition("#")[0] + link if link[0] == "#" else _resolve_from(link, folder)
            if target not in seen:
                seen[target] = path

    def merge(self, other: Found) -> None:
        self.pages += other.pages
        self.bytes += other.bytes
        self.ids.update(other.ids)
        for target, page in other.targets.items():
            self.targets.setdefault(target, page)


@lru_cache(maxsize=100_000)
def _resolve_from(link: str, page_in_folder: str) -> str:
    """:func:`resolve` for any page of a folder (the same link recurs on every page of it)."""
    return resolve(link, page_in_folder)


def check(found: Found, files: set[str]) -> list[Problem]:
    """A problem for each link to a missing file, or to an anchor its page does not have.

    ``files`` holds the site path of every file written (pages, exports, static assets).
    """
    problems = []
    for target, page in sorted(found.targets.items()):
        path, _, fragment = target.partition("#")
        if path not in files:
            problems.append(Problem(page, 0, 0, f"broken link to {target}: no such file in the site",
                                    "a link to a page the build writes"))
        elif fragment and path in found.ids and fragment not in found.ids[path]:
            problems.append(Problem(page, 0, 0, f"broken link to {target}: {path} has no anchor '{fragment}'",
                                    "an id that exists on the target page"))
    return problems
