"""Who speaks, twenty-second round.

- described companies: a company named after what it is, with the trade's word for it ("shipping giant Maersk",
  "German shipowner X", "the drone maker Y"), is the claimant; a shipping company or an insurer is independent,
  whatever country's adjective opens its description, while a company a warring party owns ("Russian energy giant
  Gazprom", "Ukraine's state energy company Ukrenergo") keeps that party's side.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import ukraine_sides, war_cases, wars_fixture

MORE = """      - {name: Denmark, side: third-party, adjective: Danish, government: Government of Denmark,
         forms: [Denmark, Danish, Copenhagen]}
      - {name: Greece, side: third-party, adjective: Greek, government: Government of Greece,
         forms: [Greece, Greek, Athens]}
"""

WARS = {"ukraine": (ukraine_sides(more=MORE), """
    defaults: replace
    places:
      - {name: Odesa}
""")}

wars = wars_fixture(WARS)

test_a_company_named_after_its_trade_speaks = war_cases("ukraine", [
    ("On Monday, Danish shipping giant Maersk said it would stop calling at Odesa until further notice.",
     "Maersk", "independent"),
    ("Greek shipowner Eastern Mediterranean Maritime said its bulk carrier had been hit by a missile off Odesa.",
     "Eastern Mediterranean Maritime", "independent"),
    ("Shipping giant MSC said its vessels would keep using the Ukrainian corridor.", "MSC", "independent"),
    # a company a warring party owns keeps its side
    ("Russian energy giant Gazprom said it had cut supplies through the pipeline.", "Gazprom", "russian"),
    ("Ukraine's state energy company Ukrenergo said power was cut in Odesa after the strike.",
     "Ukrenergo", "ukrainian"),
])
