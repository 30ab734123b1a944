"""The same attribution code on another war: a user's sides and gazetteer for Russia/Ukraine 2022."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.errors import ChronikError
from chronik.extract import load_extract_data
from chronik.extract.data import load_files
from chronik.extract.text import normalize
from tests.conftest import write

SIDES = """
    defaults: replace
    sides:
      russian: Russia and the forces it commands
      ukrainian: Ukraine
      third-party: other states and intergovernmental bodies
      independent: the outlet, NGOs, experts, residents
    narrative: independent
    polities:
      - {name: Russia, side: russian, adjective: Russian, government: Government of Russia,
         forms: [Russia, Russian, Moscow, Kremlin-backed]}
      - {name: Ukraine, side: ukrainian, adjective: Ukrainian, government: Government of Ukraine,
         forms: [Ukraine, Ukrainian, Kyiv, Kiev]}
      - {name: Belarus, side: third-party, adjective: Belarusian, government: Government of Belarus,
         forms: [Belarus, Belarusian, Minsk]}
      - {name: United Nations, side: third-party, adjective: UN, government: United Nations, forms: [UN, U.N.]}
"""

GAZETTEER = """
    defaults: replace
    places:
      - {name: Kyiv, aliases: [Kiev]}
      - {name: Kharkiv, aliases: [Kharkov]}
      - {name: Bakhmut, aliases: [Artemivsk, Artyomovsk]}
    people:
      - {name: Volodymyr Zelensky, side: ukrainian, aliases: [Zelenskyy, Zelenskiy]}
      - {name: Dmitry Peskov, side: russian, aliases: [Dmitri Peskov]}
      - {name: Vladimir Putin, side: russian}
      - {name: Sergei Shoigu, side: russian, aliases: [Sergey Shoigu]}
    bodies:
      - {name: Kremlin, side: russian}
      - {name: General Staff of the Armed Forces of Ukraine, side: ukrainian,
         aliases: [Ukrainian General Staff, Ukrainian military]}
      - {name: Russian Defense Ministry, side: russian}
"""


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    root = tmp_path_factory.mktemp("ukraine")
    return load_files(write(root / "sides.yaml", SIDES), write(root / "gazetteer.yaml", GAZETTEER))


@pytest.mark.parametrize(("text", "who", "side"), [
    ("Ukraine's General Staff said 15 Russian tanks had been destroyed near Kharkiv.",
     "General Staff of the Armed Forces of Ukraine", "ukrainian"),
    ("The Russian Defence Ministry claimed its forces had captured Artemivsk.", "Russian Defence Ministry", "russian"),
    ("Zelenskyy said in his nightly video address that Kharkiv was holding.", "Volodymyr Zelensky", "ukrainian"),
    ("Kremlin spokesman Dmitri Peskov told reporters that the operation was going to plan.",
     "Dmitry Peskov", "russian"),
    ("According to the Kremlin, the two presidents spoke by phone.", "Kremlin", "russian"),
    ("Kyiv said the strike had hit a shopping centre.", "Government of Ukraine", "ukrainian"),
    ("The shelling continued all night, Ukrainian officials said.", "Ukrainian officials", "ukrainian"),
    ("Belarus's foreign minister Vladimir Makei said Minsk would not send troops.", "Vladimir Makei", "third-party"),
    ("Residents of Bakhmut said there had been no water for a week.", "residents of Bakhmut", "independent"),
    ("Russian forces shelled the outskirts of Kharkiv on Tuesday.", None, "independent"),
    ("Officials said the evacuation would resume.", None, None),
])
def test_sides_of_another_war(data, text, who, side):
    found = data.attributor.attribute(normalize(text))
    assert (found.who, found.side) == (who, side)


def test_the_packaged_wars_names_are_gone_once_the_sides_are_replaced(data):
    found = data.attributor.attribute(normalize("Pashinyan said the talks would go on."))
    assert found.side is None  # Pashinyan is no one's in this war: a claimant with no side
    assert data.gazetteer.get("Stepanakert") is None
    assert data.gazetteer.aliases("Volodymyr Zelensky") == sorted([
        "Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "Zelensky", "Zelenskiy", "Zelenskyy"])


def test_a_users_sides_extend_the_packaged_ones(tmp_path: Path):
    sides = write(tmp_path / "sides.yaml", """
        sides:
          georgian: Georgia
        polities:
          - {name: Georgia, side: georgian, adjective: Georgian, forms: [Georgia, Georgian, Tbilisi]}
    """)
    data = load_files(sides)
    assert data.attributor.attribute("Tbilisi said the border was closed.").side == "georgian"
    assert data.attributor.attribute("Baku said the border was open.").side == "azerbaijani"


def test_config_names_its_own_files(seed_project: Path):
    from chronik.config import load_config
    write(seed_project / "my-gazetteer.yaml", """
        people:
          - {name: Tigran Abrahamyan, side: armenian, aliases: [T. Abrahamyan]}
    """)
    config_file = seed_project / "config.yaml"
    config_file.write_text(config_file.read_text(encoding="utf-8").replace(
        "language: en\n", "language: en\ngazetteer: my-gazetteer.yaml\n", 1), encoding="utf-8")
    data = load_extract_data(load_config(config_file))
    found = data.attributor.attribute("Abrahamyan said the session was closed.")
    assert (found.who, found.side) == ("Tigran Abrahamyan", "armenian")
    assert data.gazetteer.get("Stepanakert") is not None


def test_an_undefined_side_is_reported_with_file_line_and_column(tmp_path: Path):
    gazetteer = write(tmp_path / "gazetteer.yaml", """
        people:
          - name: Some One
            side: armenain
    """)
    with pytest.raises(ChronikError) as err:
        load_files(None, gazetteer)
    message = str(err.value)
    assert "gazetteer.yaml:3:11: unknown side 'armenain' in people[0]" in message
    assert "one of armenian, azerbaijani, third-party, independent" in message


def test_a_malformed_file_is_reported_not_raised_as_a_traceback(tmp_path: Path):
    sides = write(tmp_path / "sides.yaml", """
        sides: [armenian]
        polities:
          - {name: Narnia, adjective: Narnian}
        colour: blue
    """)
    with pytest.raises(ChronikError) as err:
        load_files(sides)
    message = str(err.value)
    assert "'sides' in the sides file is not a mapping" in message
    assert "missing 'side' in polities[0]" in message
    assert "unknown key 'colour'" in message
