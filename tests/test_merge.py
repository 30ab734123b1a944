"""Same-event merging: what becomes one group, what stays apart, why, disputes, and the cost.

The reports are written for these tests, from wars other than the seeds' (Ukraine 2022, a made-up
one); they are annotated by the real extract stage first, as in a parse.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.extract import annotate, load_extract_data
from chronik.merge import Matcher, Weights, candidate_pairs, cluster, default_settings, features, matches
from chronik.model import Entry, SourceRef, Update


@pytest.fixture(scope="module")
def data():
    return load_extract_data()


@pytest.fixture
def report(data):
    count = iter(range(1, 10_000))

    def make(source: str, date: str, text: str, time: str | None = None, basis: str = "publication") -> Update:
        update = Update(source=source, lines=[next(count)], text=text, date=date, time=time, date_basis=basis)
        annotate(update, None, data)  # type: ignore[arg-type]
        return update
    return make


def together(groups, *updates) -> bool:
    return any(all(any(u is v for v in g.updates) for u in updates) for g in groups)


def test_a_summary_and_its_detailed_update_on_one_page(report):
    summary = report("live", "2023-01-14", "A Russian missile struck a nine-storey apartment block in Dnipro, "
                     "killing at least 40 people, regional governor Valentyn Reznichenko said.")
    detail = report("live", "2023-01-14", "Regional governor Valentyn Reznichenko said rescuers were still "
                    "searching the rubble of the nine-storey apartment block in Dnipro hit by the missile. At least "
                    "40 people were killed, among them three children, and 75 were wounded.", time="16:20")
    other = report("live", "2023-01-14", "Power was cut in Lviv and Kharkiv after strikes on energy "
                   "infrastructure, the national grid operator said.", time="11:05")
    groups = cluster([summary, other, detail])
    assert together(groups, summary, detail)
    assert not together(groups, summary, other)
    assert len(groups) == 2


def test_the_same_interview_a_day_later_in_another_outlet(report):
    first = report("daily", "2021-05-10", "In an interview with Le Monde, French Foreign Minister Jean Dupont "
                   "said France would never recognise the annexation and called for a negotiated settlement under "
                   "the auspices of the OSCE Minsk Group.")
    second = report("digest", "2021-05-11", "France's foreign minister Jean Dupont told Le Monde that Paris would "
                    "never recognise the annexation, insisting on a negotiated settlement under the auspices of "
                    "the OSCE Minsk Group.")
    groups = cluster([first, second])
    assert together(groups, first, second)
    assert "same claimant Jean Dupont" in groups[0].why and "1 day apart" in groups[0].why


def test_two_agencies_minutes_apart_on_one_page(report):
    a = report("live", "2022-09-06", "According to the State Emergency Service, a missile hit a school in "
               "Kramatorsk; two people were wounded.", time="21:05")
    b = report("live", "2022-09-06", "The regional military administration said a school in Kramatorsk had "
               "been struck by a missile, wounding two people.", time="21:15")
    assert together(cluster([a, b]), a, b)


def test_one_agencys_morning_and_evening_reports_stay_apart(report):
    morning = report("live", "2022-11-20", "According to the State Emergency Service, shelling of Kherson "
                     "overnight damaged houses and a power line; one civilian was wounded.", time="08:30")
    evening = report("live", "2022-11-20", "According to the State Emergency Service, shelling of Kherson "
                     "in the evening hit the regional hospital; one civilian was wounded.", time="20:45")
    assert not together(cluster([morning, evening]), morning, evening)


def test_tallies_weeks_apart_and_calls_years_apart_stay_apart(report):
    may = report("wire", "2022-05-01", "The UN human rights office said 3,153 civilians have been killed "
                 "since February 24.")
    june = report("wire", "2022-06-20", "The UN human rights office said 4,509 civilians have been killed "
                  "since February 24.")
    call_2020 = report("a", "2020-11-02", "Putin spoke by phone with Aliyev and Pashinyan about the ceasefire.")
    call_2023 = report("b", "2023-09-21", "Putin spoke by phone with Aliyev about the ceasefire.")
    groups = cluster([may, june, call_2020, call_2023])
    assert len(groups) == 4


def test_same_claimant_same_day_different_statements_stay_apart(report):
    a = report("x", "2022-07-03", "Sergei Shoigu said Russian troops had taken full control of Lysychansk.")
    b = report("y", "2022-07-03", "Sergei Shoigu said new air defence systems had been delivered to units "
               "in the south and that training of reservists had begun.")
    assert not together(cluster([a, b]), a, b)


def test_a_chain_of_look_alikes_does_not_become_one_event(report):
    posts = [report("live", "2022-10-10", f"According to the State Emergency Service, a missile hit {place}; "
                    "rescue work is under way.", time=when)
             for place, when in (("a bridge in Kyiv", "08:15"), ("a park in Kyiv", "12:40"),
                                 ("a power plant in Lviv", "17:05"))]
    assert len(cluster(posts)) == 3


def test_reports_that_disagree_are_a_disputed_group(report):
    a = report("one", "2022-09-06", "According to the State Emergency Service, a missile hit a school in "
               "Kramatorsk on Tuesday evening; two people were wounded.", time="21:05")
    b = report("two", "2022-09-06", "A missile hit a school in Kramatorsk on Tuesday evening, the regional "
               "administration said; three people were wounded.", time="21:10")
    groups = cluster([a, b])
    assert len(groups) == 1 and groups[0].disputed
    assert groups[0].dispute == "people wounded: 2 vs 3"
    c = report("one", "2022-09-07", "Lavrov said Moscow was ready for talks without conditions in Istanbul.",
               basis="explicit")
    d = report("two", "2022-09-08", "Lavrov said Moscow was ready for talks without conditions in Istanbul.",
               basis="explicit")
    merged = cluster([c, d])
    assert len(merged) == 1 and merged[0].dispute == "date: 2022-09-07 vs 2022-09-08"


def test_agreeing_reports_are_not_disputed_and_singletons_have_no_why(report):
    a = report("one", "2022-09-06", "A missile hit a school in Kramatorsk; two people were wounded.", time="21:05")
    b = report("two", "2022-09-06", "A missile hit a school in Kramatorsk, wounding two people.", time="21:20")
    c = report("two", "2022-09-06", "Grain ships left Odesa under the UN-brokered deal.", time="09:00")
    groups = cluster([a, b, c])
    merged = next(g for g in groups if len(g.updates) == 2)
    assert not merged.disputed and merged.dispute is None
    assert next(g for g in groups if len(g.updates) == 1).why == ""


def test_each_merge_is_logged_with_its_why(report, caplog):
    a = report("one", "2022-09-06", "A missile hit a school in Kramatorsk; two people were wounded.", time="21:05")
    b = report("two", "2022-09-06", "A missile hit a school in Kramatorsk, wounding two people.", time="21:20")
    with caplog.at_level(logging.INFO, logger="chronik.merge"):
        cluster([a, b])
    assert any(re.match(r"merged: one \[\d+\] \+ two \[\d+\]: score \d\.\d\d: text", r.message)
               for r in caplog.records)


def test_asides_context_and_undated_updates_are_never_merged(report):
    a = report("one", "2022-09-06", "A missile hit a school in Kramatorsk; two people were wounded.")
    b = report("two", "2022-09-06", "A missile hit a school in Kramatorsk; two people were wounded.")
    b.kind = "context"
    c = report("three", None, "A missile hit a school in Kramatorsk; two people were wounded.")  # type: ignore[arg-type]
    groups = cluster([a, b, c])
    assert [len(g.updates) for g in groups] == [1, 1, 1]
    assert [g.updates[0] for g in groups] == [a, b, c]


def entry_of(update: Update) -> Entry:
    return Entry(id="e", date=update.date, text=update.text, time=update.time, attribution=update.attribution,
                 places=update.places, actors=update.actors, figures=update.figures,
                 sources=[SourceRef(update.source, update.lines)])


def test_matches_a_new_report_to_an_existing_entry(report):
    old = report("daily", "2021-05-10", "In an interview with Le Monde, French Foreign Minister Jean Dupont "
                 "said France would never recognise the annexation and called for a negotiated settlement under "
                 "the auspices of the OSCE Minsk Group.")
    new = report("digest", "2021-05-11", "France's foreign minister Jean Dupont told Le Monde that Paris would "
                 "never recognise the annexation, insisting on a negotiated settlement under the auspices of "
                 "the OSCE Minsk Group.")
    unrelated = report("digest", "2021-05-11", "Flooding closed the main road between the two border villages.")
    far = report("digest", "2021-06-30", new.text)
    assert matches(new, entry_of(old)).startswith("score ")
    assert matches(unrelated, entry_of(old)) is None
    assert matches(far, entry_of(old)) is None
    matcher = Matcher([old, new, unrelated])
    assert matcher(new, entry_of(old)) is not None and matcher(unrelated, entry_of(old)) is None


def test_only_updates_within_the_window_that_share_a_rare_word_are_compared():
    settings = default_settings()
    start = dt.date(2022, 1, 1)
    updates = [Update(source="s", lines=[i], date=(start + dt.timedelta(days=i // 20)).isoformat(),
                      text=f"Shelling near village{i} and town{i // 2}; the ministry reported damage.")
               for i in range(2000)]
    feats = [features(u, settings) for u in updates]
    weights = Weights(feats)
    for f in feats:
        weights.vectorize(f)
    pairs = list(candidate_pairs(feats, range(len(feats)), weights, settings))
    assert len(pairs) < 3 * len(updates)  # close to linear, not 2,000 × 2,000
    assert all(abs(feats[a].day - feats[b].day) <= settings.window_days for a, b in pairs)
    assert (0, 1) in pairs  # "town0" is shared by updates 0 and 1


WORDS = ["shelling", "Kramatorsk", "missile", "school", "ceasefire", "talks", "Lavrov", "killed", "two", "drone"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["a", "b"]), st.one_of(st.none(), st.integers(0, 1439)),
                          st.lists(st.sampled_from(WORDS), min_size=1, max_size=12)), max_size=25))
def test_every_update_is_in_exactly_one_group_in_input_order(items):
    updates = [Update(source=src, lines=[i], date=f"2022-09-0{day + 1}", text=" ".join(words),
                      time=None if minute is None else f"{minute // 60:02d}:{minute % 60:02d}")
               for i, (day, src, minute, words) in enumerate(items)]
    groups = cluster(updates)
    flat = [u for g in groups for u in g.updates]
    assert sorted(map(id, flat)) == sorted(map(id, updates))
    assert [g.updates[0] for g in groups] == sorted((g.updates[0] for g in groups), key=updates.index)
    for g in groups:  # never two posts of one page far apart in time
        timed = [u for u in g.updates if u.time]
        for u in timed:
            for v in timed:
                if u.source == v.source and u.date == v.date:
                    gap = abs(int(u.time[:2]) * 60 + int(u.time[3:]) - int(v.time[:2]) * 60 - int(v.time[3:]))
                    assert gap <= default_settings().same_page_max_minutes


def test_a_hand_edited_entry_with_odd_fields_is_compared_without_error(report):
    update = report("one", "2022-09-06", "A missile hit a school in Kramatorsk; two people were wounded.")
    odd = Entry(id="e", date="2022-09-06", text=None, title=None, time=1100, places=None, actors=None,  # type: ignore[arg-type]
                figures=None, sources=[SourceRef("two", [3])])  # type: ignore[arg-type]
    assert matches(update, odd) is None


def test_stamps_in_two_zones_across_midnight_are_minutes_apart(report):
    wire = report("wire", "2023-07-22", "Explosions were heard in Odesa as Russia attacked the port with Kalibr "
                  "missiles, the air force said.", time="23:55", basis="timestamp")
    post = report("airforce", "2023-07-23", "Odesa: the enemy attacked the port with Kalibr missiles, the air "
                  "force said.", time="03:10", basis="timestamp")
    wire.timezone, post.timezone = "UTC", "Europe/Kyiv"
    groups = cluster([wire, post])
    assert together(groups, wire, post) and "15 minutes apart" in groups[0].why and "day" not in groups[0].why


def test_a_late_report_dating_the_act_to_an_earlier_day_is_compared_with_that_day(report):
    first = report("a", "2025-02-04", "Shelling of the Sabreen market in Omdurman killed 54 people, the health "
                   "ministry of Sudan said.")
    late = report("b", "2025-02-06", "Doctors said on Thursday that the toll from Tuesday's shelling of the Sabreen "
                  "market in Omdurman had risen to 60.")
    said = report("c", "2025-02-06", "The health ministry said on Tuesday that shelling of the Sabreen market "
                  "in Omdurman killed 54 people.")
    assert "2 days apart" not in cluster([first, late])[0].why
    s = default_settings()
    assert features(late, s).days == {dt.date(2025, 2, 4).toordinal()}
    assert features(said, s).days == frozenset()  # the day of a saying, not of the act


def test_two_villages_and_a_morning_and_an_evening_attack_stay_apart(report):
    one = report("a", "2023-07-23", "Russian shelling of the village of Bilozerka in Kherson region killed a man, "
                 "the regional military administration said.", time="11:20", basis="timestamp")
    two = report("b", "2023-07-23", "Russian shelling of the village of Stanislav in Kherson region wounded a "
                 "woman, the regional military administration said.", time="11:45", basis="timestamp")
    evening = report("c", "2023-07-23", "Russian shelling of the village of Bilozerka in Kherson region in the "
                     "evening wounded a woman, the regional military administration said.")
    groups = cluster([one, two, evening])
    assert len(groups) == 3


def test_a_denial_merged_with_the_claim_disputes_it(report):
    claim = report("a", "2022-09-06", "A missile hit a school in Kramatorsk; two people were wounded.", time="21:05")
    denial = report("b", "2022-09-06", "The Russian Defence Ministry denied that a missile hit a school in "
                    "Kramatorsk, where two people were wounded.", time="21:20")
    groups = cluster([claim, denial])
    assert len(groups) == 1 and groups[0].disputed and "denied by" in groups[0].dispute
