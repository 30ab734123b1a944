"""Who speaks: a relative clause between commas that says who runs the speaker ("the health ministry, which is run by
the Houthis, said") gives the speaker that party's side, as the compound "Houthi-run health ministry" does; other
relative clauses between commas still only describe the speaker ("Qatar, which mediates, said").

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import war_cases, wars_fixture
from tests.test_attribution_round2 import WARS as ROUND2_WARS
from tests.test_attribution_speakers import WARS as SPEAKER_WARS

wars = wars_fixture({"yemen": SPEAKER_WARS["yemen"], "gaza": ROUND2_WARS["gaza"]})

test_a_clause_saying_who_runs_the_speaker = war_cases("yemen", [
    ("The health ministry, which is run by the Houthis, said 12 people were killed in the strike on Saada.",
     "Houthi Health Ministry", "houthi"),
    ("The interior ministry, which is now controlled by the Houthis, said it had arrested six men in Sanaa.",
     "Houthi Interior Ministry", "houthi"),
])

test_the_gaza_health_ministry_under_either_wording = war_cases("gaza", [
    ("The health ministry, which is run by Hamas, said 40 people were killed.", "Gaza Health Ministry", "hamas"),
    ("The Hamas-run health ministry said 40 people were killed.", "Gaza Health Ministry", "hamas"),
])

test_other_relative_clauses_still_only_describe = war_cases("yemen", [
    ("The health ministry, which has counted the dead since March, said 12 people were killed.", "health ministry",
     None),
    ("The Saudi-led coalition, which says it targets only military sites, said it struck a depot in Sanaa.",
     "Saudi-led coalition", "coalition"),
])
