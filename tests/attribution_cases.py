"""What the attribution rounds (tests/test_attribution_round*.py) share, so that each round's file is its table of
cases: the module's ``wars`` fixture, the test bodies that check who claims each case, and the sides files of the
Russia-Ukraine war and of the Iran-Iraq war that several rounds write with other forms.

Each factory returns a new test function: assign it to a ``test_...`` name in the round's module and pytest
collects it there under that name, with the ids the rounds have always had.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.extract.data import ExtractData
from chronik.model import Update
from tests.test_attribution_wars import load_wars, who_and_side

Case = tuple[Any, ...]
_PAGES = itertools.count()


def ukraine_sides(russia: str = "Russia, Russian, Moscow", ukraine: str = "Ukraine, Ukrainian, Kyiv",
                  more: str = "", defaults: str = "replace") -> str:
    """The sides file of the Russia-Ukraine war, with the forms each polity is written in (``more``: further
    polities, indented as the file's; ``defaults: extend`` keeps the built-in polities beside them)."""
    return f"""
    defaults: {defaults}
    sides:
      russian: Russia
      ukrainian: Ukraine
      third-party: other states and intergovernmental bodies
      independent: the outlet, NGOs, experts, residents
    narrative: independent
    polities:
      - {{name: Russia, side: russian, adjective: Russian, government: Government of Russia,
         forms: [{russia}]}}
      - {{name: Ukraine, side: ukrainian, adjective: Ukrainian, government: Government of Ukraine,
         forms: [{ukraine}]}}
{more}"""


# the Somali war of 2006-2010 that round 89 and the unseen pages of round 52 are written in: the transitional
# government and al-Shabaab (Hizbul Islam among its forms), as the sides file writes them
SOMALIA_SIDES = """
    defaults: extend
    sides:
      tfg: the Transitional Federal Government of Somalia and its allies
      shabaab: al-Shabaab and the Islamist insurgents
    polities:
      - {name: Somalia, side: tfg, adjective: Somali, government: Transitional Federal Government,
         forms: [Somalia, Somali, Mogadishu, Sheikh Sharif Ahmed]}
      - {name: Al-Shabaab, side: shabaab, adjective: Shabaab, government: null,
         forms: [Al-Shabaab, al-Shabaab, Shabaab, Harakat al-Shabaab al-Mujahideen, Hizbul Islam]}
"""


def gulf_war(iraq_forms: str, places: str = "Basra") -> tuple[str, str]:
    """The sides file and gazetteer of the Iran-Iraq war: Iraq written in ``iraq_forms`` besides its name, adjective
    and capital (a comma-separated list, as the file writes it), and the war's ``places``."""
    return f"""
    defaults: extend
    sides:
      iranian: Iran
      iraqi: Iraq
    polities:
      - {{name: Iran, side: iranian, adjective: Iranian, government: Government of Iran,
         forms: [Iran, Iranian, Tehran]}}
      - {{name: Iraq, side: iraqi, adjective: Iraqi, government: Government of Iraq,
         forms: [Iraq, Iraqi, Baghdad, {iraq_forms}]}}
""", "\n    defaults: extend\n    places:\n" + "".join(f"      - {{name: {p.strip()}}}\n" for p in places.split(","))


def wars_fixture(wars: dict[str, tuple[str, str]], default: bool = False) -> Callable[..., dict[str, ExtractData]]:
    """A module's ``wars`` fixture: the extract data of each war (with ``default``, also the packaged Karabakh data
    as "karabakh-default")."""

    @pytest.fixture(scope="module", name="wars")
    def fixture(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ExtractData]:
        return load_wars(tmp_path_factory, wars, default=default)

    return fixture


def labelled_cases(cases: Sequence[Case]) -> Callable[..., None]:
    """A test of cases (label, war, text, who, side): the war's data finds ``who`` for ``side`` in ``text``."""

    @pytest.mark.parametrize(("case", "war", "text", "who", "side"), cases,
                             ids=[f"{c[0]}-{i}" for i, c in enumerate(cases)])
    def test(wars, case, war, text, who, side):
        assert who_and_side(wars[war], text) == (who, side)

    return test


def titled_cases(cases: Sequence[Case]) -> Callable[..., None]:
    """A test of cases (label, war, text, title, who, side): as :func:`labelled_cases`, under ``title``."""

    @pytest.mark.parametrize(("case", "war", "text", "title", "who", "side"), cases,
                             ids=[f"{c[0]}-{i}" for i, c in enumerate(cases)])
    def test(wars, case, war, text, title, who, side):
        assert who_and_side(wars[war], text, title) == (who, side)

    return test


def grouped_cases(cases: Sequence[Case], groups: Sequence[str]) -> Callable[..., None]:
    """A test of cases (group, war, text, who, side), each group one of ``groups``: as :func:`labelled_cases`."""

    @pytest.mark.parametrize(("group", "war", "text", "who", "side"), cases,
                             ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(cases)])
    def test(wars, group, war, text, who, side):
        assert group in groups
        assert who_and_side(wars[war], text) == (who, side)

    return test


def war_cases(war: str, cases: Sequence[Case]) -> Callable[..., None]:
    """A test of cases (text, who, side) in one war."""

    @pytest.mark.parametrize(("text", "who", "side"), cases)
    def test(wars, text, who, side):
        assert who_and_side(wars[war], text) == (who, side)

    return test


def page_of(data: ExtractData, publisher: str, texts: list[str]) -> list[tuple[str | None, str | None]]:
    """Who claims each of ``texts`` and for which side, as the updates of one new page ``publisher`` publishes, in
    page order (a later update may recall the people and bodies an earlier one named)."""
    source = Source(id=f"page-{next(_PAGES)}", file="p.txt", path=Path("p.txt"), publisher=publisher)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    found = []
    for i, text in enumerate(texts):
        update = Update(source.id, [i + 1], text)
        annotate(update, config, data)
        found.append((update.attribution.who, update.attribution.side))
    return found


def annotated_briefing(data: ExtractData, publisher: str, text: str, briefers: dict[str, str] | None = None,
                       opening: str | None = None) -> tuple[str | None, str | None]:
    """As :func:`annotated`, for a line of a transcript whose header names its speakers in full (``briefers``, by
    surname or post) and whose opening notes are ``opening``'s (see chronik.segment.briefers)."""
    source = Source(id=f"page-{next(_PAGES)}", file="page.txt", path=Path("page.txt"), publisher=publisher)
    update = Update(source.id, [1], text)
    update.context.briefers, update.context.opening = briefers or {}, opening
    annotate(update, Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,)), data)
    return update.attribution.who, update.attribution.side


def annotated(data: ExtractData, publisher: str, text: str) -> tuple[str | None, str | None]:
    """Who claims ``text`` and for which side, as an update on a page ``publisher`` publishes: a page of its own,
    so that no case recalls the people an earlier case's page named."""
    source = Source(id=f"page-{next(_PAGES)}", file="page.txt", path=Path("page.txt"), publisher=publisher)
    update = Update(source.id, [1], text)
    annotate(update, Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,)), data)
    return update.attribution.who, update.attribution.side
