"""A live page that stamps each post "Posted at 17:48 28 Nov" (a clock, then the day): with three such lines or
more they are the posts' stamps, not the page's dateline; one "Updated 11:04 29 Nov" line stays the dateline.
The page is written for this test (a Sahel live page, not from the seeds or the holdout sets)."""

from __future__ import annotations

from test_dating_acts import of, parse

LIVE = "\n".join((
    "Mali: Live Reporting",
    "Edited by Jane Roe",
    "All times stated are UK",
    "Get involved",
    "Posted at 18:10 14 Mar",
    "Junta extends curfew in Bamako",
    "The military government has extended the night curfew in the capital by a week, state television said.",
    "Posted at 15:40 14 Mar",
    "Convoy attacked near Gao",
    "Gunmen attacked a fuel convoy near Gao on Thursday morning, a local official told the BBC.",
    "Two drivers were killed, he said.",
    "Posted at 09:05 13 Mar",
    "Ecowas envoy arrives",
    "The regional bloc's envoy arrived in Bamako for talks with the transitional authorities.",
))


def test_dated_posted_at_lines_stamp_their_posts_on_their_own_day() -> None:
    updates = parse(LIVE, "2024-03-14", tz="Europe/London")
    curfew, convoy, envoy = (of(updates, s) for s in ("The military government", "Gunmen attacked", "The regional"))
    assert (curfew.date, curfew.time, curfew.title) == ("2024-03-14", "18:10", "Junta extends curfew in Bamako")
    assert (convoy.date, convoy.time, convoy.date_basis) == ("2024-03-14", "15:40", "timestamp")
    assert "Two drivers were killed" in convoy.text
    assert (envoy.date, envoy.time) == ("2024-03-13", "09:05")
    assert not [u for u in updates if u.kind != "aside" and "Get involved" in (u.title or "") + u.text]


def test_a_single_prefixed_dated_line_is_still_the_pages_dateline() -> None:
    updates = parse("\n".join((
        "Updated 11:04 14 Mar",
        "Gunmen attacked a fuel convoy near Gao on Thursday morning, a local official said.",
    )), "2024-03-14", tz="Europe/London")
    convoy = of(updates, "Gunmen attacked")
    assert convoy.time is None and convoy.date == "2024-03-14"
