"""A news agency's story closes with a "Latest" (or "Most read") box of other headlines, each over its date and
time: they are teasers (asides), not reports. A live page's "Latest" over posts with their text stays news. Pages
written for this test (a Sahel agency wire and a live page), not from the seeds or the holdout sets."""

from __future__ import annotations

from test_dating_acts import of, parse

WIRE = "\n".join((
    "NIAMEY, Niger, March 14. Agency:",
    "The transitional government on Thursday ordered the closure of the border with Benin, the interior ministry said.",
    "Trucks were turned back at the Gaya crossing, a customs officer said.",
    "Latest",
    "Junta names new army chief",
    "14 March 2024 12:10",
    "Fuel prices rise in the capital",
    "13 March 2024 18:45",
    "Most read",
    "Uranium exports halted",
))


def test_headlines_with_their_times_under_latest_are_teasers() -> None:
    updates = parse(WIRE, "2024-03-14", tz="Africa/Niamey")
    reports = [u for u in updates if u.kind != "aside"]
    assert [u.text[:30] for u in reports] == ["The transitional government on", "Trucks were turned back at the"]
    assert all(u.date == "2024-03-14" and u.time is None for u in reports)


def test_latest_over_posts_with_their_text_keeps_them_as_news() -> None:
    updates = parse("\n".join((
        "Latest",
        "14:05",
        "Army says it retook two villages",
        "The army said it had retaken two villages near Menaka after fighting overnight.",
        "11:30",
        "Curfew extended",
        "The governor extended the curfew in Gao by a week.",
    )), "2024-03-14", tz="Africa/Bamako")
    assert [(of(updates, s).time, of(updates, s).kind) for s in ("The army said", "The governor extended")] == [
        ("14:05", "update"), ("11:30", "update")]
