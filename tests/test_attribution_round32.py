"""Who speaks, round 32: the Russia-Ukraine war's officials quoted by surname alone, and the heads Russia installed
in occupied Ukraine.

- known: advisers, spokespeople, mayors and generals of the war that chronologies name by surname alone ("Podolyak:
  ...", "Surovikin on Rossiya-24 ...") are in the packaged gazetteer, for their state's side; the heads Russia
  installed in occupied regions speak for Russia;
- local: a regional or city office named without its region ("the regional governor", "the city's mayor") is the
  office of the region the update names, for that region's state; regions of two states name no one's;
- occupation: an office named by its occupation ("the occupation administration", "occupation head X") is the
  office of the state that holds the claimed regions the update names (regions.yaml ``claimed:``), not of the
  region's state; a table row's place cell names the region for its event cell.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from chronik.extract import annotate
from chronik.model import Context, Update
from tests.attribution_cases import ukraine_sides, war_cases, wars_fixture

WARS = {"ukraine": (ukraine_sides(russia="Russia, Russian, Moscow, Russian Federation",
                                  ukraine="Ukraine, Ukrainian, Kyiv", defaults="extend"), """
    defaults: extend
    places:
      - {name: Bakhmut}
""")}

wars = wars_fixture(WARS)


test_officials_of_the_war_by_surname = war_cases("ukraine", [
    ("Podolyak said Moscow's offer of talks was a smokescreen for a new mobilisation wave.", "Mykhailo Podolyak",
     "ukrainian"),
    ("Arestovych told a late-night stream that the fighting near Bakhmut would last weeks.", "Oleksiy Arestovych",
     "ukrainian"),
    ("Spokesperson Natalia Humeniuk said Russian boats had stopped patrolling the river delta.", "Nataliya Humenyuk",
     "ukrainian"),
    ("Mayor Vitali Klitschko said the capital's heating plants were running on reserve power.", "Vitali Klitschko",
     "ukrainian"),
    ("General Surovikin said the troops would hold the bridgehead at any cost.", "Sergei Surovikin", "russian"),
    ("Konashenkov claimed that three Ukrainian drones had been shot down overnight.", "Igor Konashenkov", "russian"),
    ("Saldo announced that schools on the left bank would stay closed until spring.", "Vladimir Saldo", "russian"),
    ("Balitsky said the referendum would be held in all districts under his control.", "Yevgeny Balitsky", "russian"),
    ("Pushilin claimed his forces had entered the outskirts of Bakhmut.", "Denis Pushilin", "russian"),
])


test_a_local_office_of_the_region_the_update_names = war_cases("ukraine", [
    ("A drone hit a port warehouse in Odesa overnight, the regional governor said.", "regional governor",
     "ukrainian"),
    ("The city's mayor said three people were wounded when a missile struck central Zaporizhzhia.", "city's mayor",
     "ukrainian"),
    ("The regional prosecutor's office said 14 civilians had been killed in Chernihiv region since March.",
     "regional prosecutor's office", "ukrainian"),
    ("Debris from a downed drone fell on a village in Belgorod region, the governor said.", "governor", "russian"),
    # regions of two states: no one's office
    ("Drones hit villages in Kursk and Sumy overnight, the regional governor said.", None, None),
])


test_an_office_of_the_occupation = war_cases("ukraine", [
    ("The mayor of Melitopol was detained in Zaporizhzhia region, the occupation administration said.",
     "occupation administration", "russian"),
    ("Occupation authorities said the ferry across the river in Kherson region had stopped running.",
     "Occupation authorities", "russian"),
    ("Occupation head Ivan Petrov said power was cut in three towns of Luhansk region.", "Ivan Petrov", "russian"),
    # no claimed region named: no occupier to speak for
    ("The occupation administration said the ferry had stopped running.", None, None),
])


def test_a_rows_place_cell_names_the_region_of_its_event(wars):
    cells = ["2023-06-06", "Kherson oblast", "Two ferry crossings closed after the flood, the occupation "
             "administration says.", "TASS"]
    update = Update(source="s", lines=[1], text=" | ".join(cells), date="2023-06-06", context=Context(cells=cells))
    annotate(update, None, wars["ukraine"])
    assert (update.attribution.who, update.attribution.side) == ("occupation administration", "russian")
