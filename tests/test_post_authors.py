"""A saved thread or timeline names each post's author in its header ("Rapid Support Forces @RSFSudan · Oct 26"):
a post that names no one else speaks as its author, for the side the sides file gives an author it knows; a post
that names its source ("The army says ...") is that source's. Examples from Myanmar's war, not the seeds'."""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.extract.data import load_files
from tests.conftest import write
from tests.page_cases import of, parse_page

SIDES = """
    defaults: extend
    sides:
      junta: Myanmar's military government and armed forces
      resistance: Myanmar's resistance
    polities:
      - {name: Myanmar, side: junta, adjective: Myanmar, government: State Administration Council,
         forms: [Myanmar military, Tatmadaw, junta]}
      - {name: Arakan Army, side: resistance, adjective: Arakan Army, government: United League of Arakan,
         forms: [Arakan Army, AA]}
"""

THREAD = """
    Home
    Explore

    Myanmar Conflict Watch @MMConflictWatch · Dec 19
    1/ Heavy fighting around the Western Command HQ in Ann since dawn, with air strikes on the town's eastern edge.
    41 replies  300 reposts  1K likes  50K views

    Arakan Army Press Desk @AAPressDesk · Dec 20
    Our forces have captured the Western Command headquarters in Ann after a 40-day battle.
    12 replies  800 reposts  2K likes  90K views

    Myanmar Conflict Watch @MMConflictWatch · Dec 20
    2/ The junta's spokesman Zaw Min Tun says the army withdrew from Ann to protect civilians.
    8 replies  90 reposts  300 likes  20K views

    Myanmar Conflict Watch @MMConflictWatch · 3h
    3/ The United League of Arakan (ULA) says it will run the town's hospital from Monday.
    5 replies  60 reposts  200 likes  10K views
"""


@pytest.fixture(scope="module")
def posts(tmp_path_factory):
    data = load_files(write(tmp_path_factory.mktemp("myanmar") / "sides.yaml", SIDES))
    source = Source(id="page", file="page.txt", path=write(tmp_path_factory.mktemp("p") / "page.txt", ""),
                    publisher="X")
    config = Config(root=source.path.parent, path=source.path.parent / "config.yaml", title="t", sources=(source,))
    updates = parse_page(THREAD, dt.date(2024, 12, 21), "Asia/Yangon")
    for update in updates:
        annotate(update, config, data)
    return updates


@pytest.mark.parametrize(("start", "who", "side"), [
    ("1/ Heavy fighting", "Myanmar Conflict Watch", "independent"),  # the author, of no side
    ("Our forces have captured", "Arakan Army Press Desk", "resistance"),  # an author the sides file knows
    ("2/ The junta's spokesman", "Zaw Min Tun", "junta"),  # the source the post names
    ("3/ The United League", "United League of Arakan – ULA", "resistance"),  # named with its acronym
])
def test_a_post_speaks_as_its_author_unless_it_names_its_source(posts, start, who, side):
    update = of(posts, start)
    assert (update.attribution.who, update.attribution.side) == (who, side)
