"""Who speaks: the bodies that warn merchant shipping (UKMTO, JMIC), in the gazetteer.

A maritime warning ("UKMTO said it had received a report of an incident 40NM west of Hodeidah") is the warning body's
statement: the Royal Navy's UK Maritime Trade Operations speaks for the UK's side in the war's sides file (a
belligerent's in a war the UK fights, third-party where it does not), the multinational JMIC is third-party.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import war_cases, wars_fixture

WARS = {
    "red-sea": ("""
    defaults: extend
    sides:
      houthi: Ansar Allah
      us-uk: the United States and the United Kingdom
    polities:
      - {name: Ansar Allah, side: houthi, adjective: Houthi, government: Supreme Political Council, forms: [Houthis]}
      - {name: United Kingdom, side: us-uk, adjective: British, government: UK government, forms: [UK, Britain]}
""", "defaults: extend\n"),
    "gaza": ("""
    defaults: extend
    sides:
      israeli: Israel
      palestinian: Hamas
    polities:
      - {name: Israel, side: israeli, adjective: Israeli, government: Israeli government, forms: [Israel]}
""", "defaults: extend\n"),
}

wars = wars_fixture(WARS)

test_a_uk_warning_body_speaks_for_the_uk = war_cases("red-sea", [
    ("UKMTO said it had received a report of an incident 40NM west of Hodeidah, where a master saw an explosion.",
     "UK Maritime Trade Operations – UKMTO", "us-uk"),
    ("The United Kingdom Maritime Trade Operations agency said a bulk carrier was hit by a drone off Mokha.",
     "UK Maritime Trade Operations – UKMTO", "us-uk"),
    ("JMIC assessed that further attacks on merchant vessels in the southern Red Sea are highly likely.",
     "Joint Maritime Information Center – JMIC", "third-party"),
])

test_a_uk_warning_body_is_third_party_where_the_uk_is_no_side = war_cases("gaza", [
    ("UKMTO said it had received a report of a vessel approached by small craft 20NM off Aden.",
     "UK Maritime Trade Operations – UKMTO", "third-party"),
])
