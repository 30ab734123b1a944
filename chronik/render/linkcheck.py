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
from pathlib import Path

from chronik.errors import Problem
from chronik.render.urls import resolve

# link attributes, except those with a scheme (https:, mailto:) or to another host (//host), and the 404 page's
# <base href="/repo/">, which says where its links start from
_LINK = re.compile(r'(?<!<base) (?:href|src|action)="(?![a-zA-Z][a-zA-Z0-9+.-]*:|//)([^"]*)"')
_ID = re.compile(r' id="([^"]*)"')
_EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//")  # once unescaped (&#58; is a colon)


@dataclass
class Found:
    """What the rendered pages contain, for the check and the build report.

    Links within a page (``#L16``) are checked on the spot. For links to other pages, each distinct
    target is kept with the first page linking to it; the ids of the pages they point into are
    either kept here (``keep_ids``: ``chronik serve`` keeps them per page) or read back from the
    written site by :func:`check` (a full build: only the few pages that anchors point into).
    """

    keep_ids: bool = True
    pages: int = 0
    bytes: int = 0
    paths: list[str] = field(default_factory=list)
    ids: dict[str, frozenset[str]] = field(default_factory=dict)
    targets: dict[str, str] = field(default_factory=dict)  # site path#fragment → first page linking there
    missing_anchors: list[tuple[str, str]] = field(default_factory=list)  # (page, #fragment) on that page
    # links already followed from some page at each depth: the same text leads to the same target
    _followed: dict[int, set[str]] = field(default_factory=dict, repr=False)

    def add_page(self, path: str, html: str, size: int) -> None:
        self.pages += 1
        self.bytes += size
        self.paths.append(path)
        if self.keep_ids:
            self.ids[path] = frozenset(_ID.findall(html))
        depth = path.count("/")
        followed = self._followed.setdefault(depth, set())
        here = []
        for link in _LINK.findall(html):
            if link in followed:
                continue
            if link[:1] == "#":
                if len(link) > 1:
                    here.append(link)
                continue
            followed.add(link)
            if "&" in link:
                link = htmllib.unescape(link)
                if _EXTERNAL.match(link):
                    continue
            if link:
                self.targets.setdefault(resolve(link, "x/" * depth + "x"), path)
        if len(here) > 3:  # a source page links each of its lines to itself: collect its ids once
            ids = set(_ID.findall(html))
            self.missing_anchors.extend((path, link) for link in here if link[1:] not in ids)
        else:
            self.missing_anchors.extend((path, link) for link in here if f' id="{link[1:]}"' not in html)

    def merge(self, other: Found) -> None:
        self.pages += other.pages
        self.bytes += other.bytes
        self.paths.extend(other.paths)
        self.ids.update(other.ids)
        self.missing_anchors.extend(other.missing_anchors)
        for target, page in other.targets.items():
            self.targets.setdefault(target, page)
        for depth, links in other._followed.items():
            self._followed.setdefault(depth, set()).update(links)


def check(found: Found, files: set[str], root: Path | None = None) -> list[Problem]:
    """A problem for each link to a missing file, or to an anchor its page does not have.

    ``files`` holds the site path of every file written (pages, exports, static assets); ``root``
    is where they were written, to read the ids of pages ``found`` did not keep them for.
    """
    problems = [Problem(page, 0, 0, f"broken link to {link}: {page} has no anchor '{link[1:]}'",
                        "an id that exists on the page") for page, link in found.missing_anchors]
    read: dict[str, frozenset[str]] = {}
    for target, page in sorted(found.targets.items()):
        path, _, fragment = target.partition("#")
        if path not in files:
            problems.append(Problem(page, 0, 0, f"broken link to {target}: no such file in the site",
                                    "a link to a page the build writes"))
            continue
        if not fragment or not path.endswith(".html"):
            continue
        ids = found.ids.get(path)
        if ids is None and root is not None:
            ids = read.get(path)
            if ids is None:
                ids = read[path] = frozenset(_ID.findall((root / path).read_text(encoding="utf-8")))
        if ids is not None and fragment not in ids:
            problems.append(Problem(page, 0, 0, f"broken link to {target}: {path} has no anchor '{fragment}'",
                                    "an id that exists on the target page"))
    return problems
