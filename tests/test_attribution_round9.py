"""Who speaks, ninth round: a timeline's date with its time, the presidency as an office, a ceasefire agreed with
another party, and a death toll raised.

- timed: a timeline's line that opens with its date and time before a dash ("4 May, 09:30 – ", "Friday, 12 May,
  18:45 - ") names when, not who: the frame after it speaks;
- presidency: "the presidency" speaks for its head of state ("Somalia's presidency said", "the Kenyan presidency");
- agreed: a ceasefire "agreed", "reached" or "brokered" with another party is news its announcer reports, not its
  own act ("announced a truce brokered by Kenya"); a ceasefire it declares alone is its own deed;
- toll: "X raised the death toll to 40" reports X's count.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import war_cases, wars_fixture
from tests.test_attribution_round8 import WARS

wars = wars_fixture(WARS)


test_timeline_times_presidencies_truces_and_tolls = war_cases("somalia", [
    # timed: a timeline's date and time before a dash
    ("4 May, 09:30 – President Hassan Sheikh Mohamud addresses the nation, saying the offensive will go on.",
     "Hassan Sheikh Mohamud", "somali"),
    ("Friday, 12 May, 18:45 - Al-Shabaab claims the attack on the hotel in Kismayo.", "al-Shabaab leadership",
     "shabaab"),
    ("May 12, at 7.15 – The Somali National Army says it has retaken two villages near Baidoa.",
     "Somali National Army – SNA", "somali"),
    ("4 May, 09:30 – Heavy gunfire is heard in Kismayo; residents report explosions near the port.", "residents",
     "independent"),
    # presidency: the office of the head of state
    ("Somalia's presidency said the offensive against al-Shabaab would resume after Ramadan.", "Somali presidency",
     "somali"),
    ("According to a statement from the Kenyan presidency, the border crossing will reopen on Monday.",
     "Kenyan presidency", "third-party"),
    # agreed: a ceasefire reached with another party is reported
    ("The Somali presidency announced a truce brokered by Kenya in the Baidoa region.", "Somali presidency",
     "somali"),
    ("Al-Shabaab announces a ceasefire agreed through clan elders around Kismayo.", "al-Shabaab leadership",
     "shabaab"),
    ("Al-Shabaab announced a unilateral ceasefire around Kismayo for the holiday.", "al-Shabaab leadership", "shabaab"),
    # toll: a count raised
    ("On Saturday, the Somali National Army raised the death toll to 40.", "Somali National Army – SNA", "somali"),
])


test_a_quoted_nickname_is_no_quotation = war_cases("somalia", [
    # a nickname in quotes is no quotation: the outlet tells the fighting
    ('Clashes between the army and the militia of Ahmed Madobe ("the Colonel") spread to Kismayo on Friday.', None,
     "independent"),
    ('Fighting between the Somali National Army and al-Shabaab, led by Ahmed Diriye (known as "Abu Ubaidah"), '
     'spread from Baidoa to the coast.', None, "independent"),
    # a quotation still is
    ('President Hassan Sheikh Mohamud vowed to "finish the job" in Baidoa this year.', "Hassan Sheikh Mohamud",
     "somali"),
])
