"""A small project whose chronology fills every field, for the render tests (not the seeds: another war)."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.conftest import write

CONFIG = """\
title: "Test war: a chronology"
description: "Who says what happened, and where it was said."
base_url: https://example.org/war/
timezone: Europe/Kyiv
cname: war.example.org
sides: sides.yaml
gazetteer: gazetteer.yaml
sources:
  - id: desk-2022-03-01
    file: seeds/desk.txt
    publisher: The Daily Desk
    title: "Live: day six of the war"
    url: https://desk.example.com/live/day-6
    published: 2022-03-01
    timezone: Europe/Kyiv
  - id: wire-2022-03-02
    file: seeds/wire.txt
    publisher: World Wire
    title: Fighting spreads to the south
    url: null
    published: 2022-03-02T18:30:00+00:00
    timezone: UTC
"""

SIDES = """\
defaults: replace
sides:
  ukrainian: Ukraine's government, armed forces and officials
  russian: Russia's government and armed forces
polities: []
"""

GAZETTEER = """\
defaults: replace
places:
  - name: Kharkiv
    aliases: [Kharkov, Charkiw]
"""

DESK = """\
Live: day six of the war

Tuesday 1 March

08:10 Shelling hit the central square of Kharkiv, the regional governor said. At least 10 civilians were killed.

09:45 The defence ministry in Moscow said its forces had taken Kherson.
Ukrainian officials denied it within the hour.

Subscribe to our newsletter
"""

WIRE = """\
Fighting spreads to the south

KYIV (Wire) - Ukraine's emergency service said on Wednesday that 2,000 civilians had been killed since the war began.

Russia's defence ministry said 498 of its soldiers had died.

Reporting by the Wire desk; editing by A. Editor
"""

DAY_0301 = """\
- id: 2022-03-01-0810-kharkiv-square-shelled
  date: '2022-03-01'
  time: '08:10'
  timezone: Europe/Kyiv
  title: Shelling hits Kharkiv's central square
  text: Shelling hit the central square of Kharkiv, the regional governor said. At least 10 civilians were killed.
  attribution: {who: Kharkiv regional governor, side: ukrainian}
  places: [Kharkiv, Şuşa Square]
  actors: [Kharkiv regional governor]
  figures:
    - {what: civilians killed, count: 10, as_of: '2022-03-01', claimant: Kharkiv regional governor,
       side: ukrainian, qualifier: at least}
  status: confirmed
  note: Footage verified by **two** outlets; see [the wire report](entries/2022-03-02-civilian-toll.html).
  sources:
    - source: desk-2022-03-01
      lines: [5]
      quote: Shelling hit the central square of Kharkiv, the regional governor said.
  date_basis: timestamp
  kind: update
  tags: [shelling]
  flags: []
- id: 2022-03-01-0945-kherson-taken-claim
  date: '2022-03-01'
  time: '09:45'
  timezone: Europe/Kyiv
  title: Moscow claims Kherson; Kyiv denies it
  text: |-
    The defence ministry in Moscow said its forces had taken Kherson.

    Ukrainian officials denied it within the hour.
  attribution: {who: Russian Ministry of Defence, side: russian}
  places: [Kherson]
  actors: [Russian Ministry of Defence]
  figures: []
  status: disputed
  note: null
  sources:
    - source: desk-2022-03-01
      lines: [7, 8]
      quote: The defence ministry in Moscow said its forces had taken Kherson.
  date_basis: heading
  kind: update
  tags: []
  flags: [date-conflict]
"""

DAY_0302 = """\
- id: 2022-03-02-civilian-toll
  date: '2022-03-02'
  time: null
  timezone: UTC
  title: null
  text: Ukraine's emergency service said on Wednesday that 2,000 civilians had been killed since the war began.
  attribution: {who: State Emergency Service of Ukraine, side: ukrainian}
  places: [Kyiv]
  actors: [State Emergency Service of Ukraine]
  figures:
    - {what: civilians killed, count: 2000, as_of: '2022-03-02', claimant: State Emergency Service of Ukraine,
       side: ukrainian, cumulative: true}
  status: corrected
  note: The service later revised the figure.
  sources:
    - source: wire-2022-03-02
      lines: [3]
      quote: Ukraine's emergency service said on Wednesday that 2,000 civilians had been killed
  date_end: '2022-03-03'
  date_basis: relative
  kind: update
  tags: []
  flags: []
- id: 2022-03-02-russian-losses
  date: '2022-03-02'
  text: Russia's defence ministry said 498 of its soldiers had died.
  attribution: {who: Russian Ministry of Defence, side: russian}
  places: []
  actors: [Russian Ministry of Defence]
  figures:
    - {what: soldiers killed, count: 498, as_of: '2022-03-02', side: russian}
  status: reported
  sources:
    - source: wire-2022-03-02
      lines: [5]
      quote: Russia's defence ministry said 498 of its soldiers had died.
  date_basis: publication
"""

ABOUT = """\
---
title: About
order: 1
---
This chronology is a test. Read the [methodology](methodology.html).
"""

METHODOLOGY = """\
---
title: Methodology
order: 2
---
## How entries are made

Every entry links to its [sources](sources/index.html).
"""

SUMMARY = """\
---
title: The day in brief
---
Kharkiv was shelled; Moscow's claim on **Kherson** was denied.
"""


def make_project(root: Path) -> Path:
    """Write the project into ``root`` (chronology included: no parse needed) and return its config path."""
    write(root / "config.yaml", CONFIG)
    write(root / "sides.yaml", SIDES)
    write(root / "gazetteer.yaml", GAZETTEER)
    write(root / "seeds" / "desk.txt", DESK)
    write(root / "seeds" / "wire.txt", WIRE)
    write(root / "chronology" / "2022" / "2022-03-01.yaml", DAY_0301)
    write(root / "chronology" / "2022" / "2022-03-02.yaml", DAY_0302)
    write(root / "content" / "about.md", ABOUT)
    write(root / "content" / "methodology.md", METHODOLOGY)
    write(root / "content" / "days" / "2022-03-01.md", SUMMARY)
    return root / "config.yaml"


# --- reading a built site back, as a browser would -------------------------------------------------

class ParsedPage(HTMLParser):
    """The ids, links and visible text of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        if found.get("id"):
            self.ids.add(str(found["id"]))
        for name in ("href", "src", "action"):
            if found.get(name) and tag != "base":  # <base href>: where the links start from (the 404 page)
                self.links.append(str(found[name]))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_page(path: Path) -> ParsedPage:
    page = ParsedPage()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@dataclass
class Crawl:
    pages: dict[str, ParsedPage] = field(default_factory=dict)
    broken: list[str] = field(default_factory=list)


def crawl(root: Path, start: str = "index.html") -> Crawl:
    """Follow every relative link from ``start``; record each page reached and each broken link or anchor."""
    result = Crawl()
    queue = [start]
    anchors: list[tuple[str, str, str]] = []
    while queue:
        path = queue.pop()
        if path in result.pages:
            continue
        result.pages[path] = page = parse_page(root / path)
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//"):
                continue
            assert not link.startswith("/"), f"{path}: root-relative link {link}"
            target = posixpath.normpath(posixpath.join(posixpath.dirname(path), unquote(parts.path))) \
                if parts.path else path
            if not (root / target).is_file():
                result.broken.append(f"{path} -> {link}")
                continue
            if parts.fragment:
                anchors.append((path, target, parts.fragment))
            if target.endswith(".html"):
                queue.append(target)
    for path, target, fragment in anchors:
        if target.endswith(".html") and fragment not in result.pages[target].ids:
            result.broken.append(f"{path} -> {target}#{fragment}")
    return result
