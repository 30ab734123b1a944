"""Round 80: furniture that leaked into updates on pages written blind (a cookie prompt naming the cookies' kind, a
donation appeal in its own words, a paywall's note, a comment form's log-in line, an agency-material note, a land
acknowledgement, a page's audience counts, a footnote's number alone on its line), and the lines like them that
stay news."""

from __future__ import annotations

import pytest
from test_boilerplate_round39 import REPORT, run, why


@pytest.mark.parametrize(("line", "reason"), [
    ("We use essential cookies to make this site work, and we would like to set analytics cookies too.",
     "cookie notice"),
    ("Independent reporting from Kivu costs a great deal. Good journalism costs a lot of money.", "donation appeal"),
    ("If you value what we do, please consider making a contribution of any size.", "donation appeal"),
    ("By contributing to The Sahel Ledger, you are helping to sustain reporting that matters.", "donation appeal"),
    ("💙 Dear reader,", "email greeting"),
    ("Some articles on this site are for subscribers only. Subscribe today for full access.", "subscription appeal"),
    ("You must be logged in to post a comment.", "comment form"),
    ("This service may include material from Reuters, AFP and the Associated Press.", "licence notice"),
    ("This document was prepared by the Parliamentary Library for members of parliament.", "licence notice"),
    ("We acknowledge the traditional custodians of the land on which we work.", "land acknowledgement"),
    ("12.4K followers · 310 following", "audience counts"),
    ("2.3M likes • 2.9M followers", "audience counts"),
    ("3.", "footnote mark"),
    ("12)", "footnote mark"),
])
def test_furniture_is_dropped(line: str, reason: str) -> None:
    assert why(line) == f"boilerplate: {reason}"


@pytest.mark.parametrize("line", [
    "Drones struck the port of Odesa overnight; 3 people were wounded, the governor said.",
    "The ministry said it had no figures yet on the number of followers of the movement arrested.",
    "Cookies and sweets were handed out at the checkpoint as the convoy of 40 trucks passed, witnesses said.",
    "Dear reader of this bulletin: the ceasefire took effect at 06:00, the army said.",
    "3. The army said it had retaken the village of Krynky on 14 March.",
])
def test_news_that_looks_like_furniture_stays(line: str) -> None:
    assert why(line) is None


def test_a_footnote_list_leaks_no_number_into_an_update() -> None:
    updates, dropped = run(f"""
        {REPORT}

        Notes

        1.

        Associated Press, "Drones hit Kharkiv power plant," March 5, 2024.

        2.

        Ministry of Defence of Ukraine, briefing, March 5, 2024.
        """)
    reasons = {d.reason for d in dropped}
    assert "boilerplate: footnote mark" in reasons
    assert not any(u.text.strip() in ("1.", "2.") for u in updates)
    assert any(u.text.startswith("Shelling hit the centre of Kharkiv") for u in updates)
