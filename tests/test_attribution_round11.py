"""Who speaks, eleventh round: bodies named by what they are.

- described: a state's body named only by a descriptive noun after its polity ("Sudan's telecoms regulator said",
  "the Israeli national water company") speaks for that polity, named with its adjective; a body a sides file lists
  among a polity's forms, named after such a noun ("Ukraine's state nuclear operator Energoatom" when Energoatom is
  one of Ukraine's forms), speaks as itself. A news medium ("Russia's news agency") and an office's words ("state
  news agency": its state media) are not such a body;
- citing: a quotation right after "citing" that names no one ('citing "hostile acts" against ...') is the reason the
  speaker gives, not a source whose name follows it.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import ukraine_sides, war_cases, wars_fixture

WARS = {"forms": (ukraine_sides(russia="Russia, Russian, Moscow, Rosatom",
                                ukraine="Ukraine, Ukrainian, Kyiv, Energoatom"), """
    defaults: replace
    places:
      - {name: Enerhodar}
""")}

wars = wars_fixture(WARS)


test_a_body_named_by_what_it_is = war_cases("forms", [
    ("Shelling cut the last power line to Enerhodar overnight, Ukraine's nuclear regulator said.",
     "Ukrainian nuclear regulator", "ukrainian"),
    ("The Russian telecoms regulator said it had restricted access to two messaging apps.",
     "Russian telecoms regulator", "russian"),
    ("Ukraine's state nuclear operator Energoatom said two staff members were detained in Enerhodar.",
     "Energoatom", "ukrainian"),
    ("Russia's state nuclear corporation Rosatom said its experts were at the site.", "Rosatom", "russian"),
    # an office's words stay the office's; a news medium is no body of the state
    ("Russia's state news agency said the plant was operating normally.", "Russian state media", "russian"),
    ("Russia's news agency said the plant was operating normally.", None, None),
])


test_a_reason_cited_in_quotes = war_cases("forms", [
    # a quotation after "citing" that names no one is the reason its giver gives, not a source
    ('Moscow said it had expelled two Ukrainian diplomats, citing "hostile acts" against Russian officials.',
     "Government of Russia", "russian"),
    ("Kyiv's regulator said it would block 30 websites, citing “propaganda” against the Ukrainian army.",
     "Ukrainian regulator", "ukrainian"),
    # one that names a source is the source
    ('Shelling hit Enerhodar overnight, Reuters reported, citing "a senior Ukrainian official".',
     "Ukrainian official", "ukrainian"),
])
