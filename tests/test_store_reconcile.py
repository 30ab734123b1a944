"""Re-parse merges, one scenario per thing the README tells people they can do to the chronology."""

from __future__ import annotations

from pathlib import Path

from store_world import World, add_comment_above, delete_entry, entry_ids, find_entry, set_field

from chronik.model import ParseResult, Update
from chronik.store import check_chronology, merge_into_chronology
from chronik.store.dayfile import read_day_file
from chronik.store.schema import field_value

A = ["08:55 Shelling of Martuni resumes at dawn, the ministry says [E1]",
     "09:30 Drone strike on a supply convoy near the river crossing [E2]",
     "11:15 Civilians evacuated from the town centre by buses [E3]"]
DAY = "2020-11-03"


def world(tmp_path: Path, *sources: tuple[str, list[str]]) -> World:
    w = World(tmp_path)
    for source_id, paragraphs in sources or (("a", A),):
        w.add_source(source_id, DAY, paragraphs)
    w.parse()
    return w


def entries(w: World) -> dict[str, dict]:
    out = {}
    for path in sorted(w.chronology.rglob("*.yaml")):
        doc, problems = read_day_file(path, w.chronology, path.name)
        assert not problems
        for item in doc.items:
            out[item.id] = {"file": path.name, **{k: field_value(item.node, k) for k in item.node}}
    return out


def day_text(w: World, day: str = DAY) -> str:
    return (w.chronology / day[:4] / f"{day}.yaml").read_text(encoding="utf-8")


def test_a_changed_date_moves_the_entry_and_is_never_changed_back(tmp_path: Path) -> None:
    w = world(tmp_path)
    strike = entry_ids(w.chronology)[1]
    set_field(w.chronology, strike, "date", "2020-11-02")
    w.parse()
    assert entries(w)[strike]["file"] == "2020-11-02.yaml" and entries(w)[strike]["date"] == "2020-11-02"
    w.add_source("a", DAY, [p.replace("supply convoy", "fuel convoy") for p in A])  # the page was updated
    w.parse()
    got = entries(w)[strike]
    assert got["date"] == "2020-11-02" and got["text"] == "Drone strike on a fuel convoy near the river crossing"
    assert check_chronology(w.config()) == []


def test_merging_two_entries_by_hand_sticks(tmp_path: Path) -> None:
    w = world(tmp_path)
    shelling, strike, evacuation = entry_ids(w.chronology)
    path, lines, start, end = find_entry(w.chronology, strike)
    refs = lines[next(i for i in range(start, end) if lines[i] == "  sources:") + 1:end]
    delete_entry(w.chronology, strike)
    path, lines, start, end = find_entry(w.chronology, shelling)
    lines[end:end] = refs  # the strike's source now cited by the shelling entry
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    w.parse()
    assert entry_ids(w.chronology) == [shelling, evacuation]
    got = entries(w)[shelling]
    assert [r["lines"] for r in got["sources"]] == [[1], [3]]
    assert got["places"] == ["Town1", "Town0"]  # the places of both reports
    before = w.snapshot()
    w.parse()
    assert w.snapshot() == before


def test_splitting_an_entry_by_hand_sticks(tmp_path: Path) -> None:
    w = world(tmp_path)
    shelling = entry_ids(w.chronology)[0]
    path, lines, start, end = find_entry(w.chronology, shelling)
    copy = [line.replace(f"- id: {shelling}", "- id: martuni-casualties") for line in lines[start:end]]
    copy = [line.replace("text: Shelling of Martuni resumes at dawn, the ministry says",
                         "text: Two civilians were wounded in Martuni.") for line in copy]
    lines[end:end] = copy
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    w.parse()
    w.parse()
    got = entries(w)
    assert got["martuni-casualties"]["text"] == "Two civilians were wounded in Martuni."
    assert got[shelling]["text"] == "Shelling of Martuni resumes at dawn, the ministry says"
    assert len(got) == 4 and check_chronology(w.config()) == []


def test_a_deleted_entry_stays_deleted_when_a_new_source_reports_its_event(tmp_path: Path) -> None:
    w = world(tmp_path)
    strike = entry_ids(w.chronology)[1]
    delete_entry(w.chronology, strike)
    w.add_source("b", DAY, ["10:00 Convoy hit by a drone near the river crossing, witnesses say [E2]",
                            "12:00 A new front opens in the north [E7]"])
    report = w.parse()
    texts = [e["text"] for e in entries(w).values()]
    assert "1 updates of deleted entries skipped" in report
    assert "A new front opens in the north" in texts and not any("onvoy" in t for t in texts)
    assert w.ledger()["entries"][strike]["deleted"] is True


def test_notes_and_status_are_the_editor_s_and_untouched_fields_follow_the_source(tmp_path: Path) -> None:
    w = world(tmp_path)
    shelling = entry_ids(w.chronology)[0]
    set_field(w.chronology, shelling, "note", "|-\n    Confirmed by *two* videos.\n    See the [report](https://x.org).")
    set_field(w.chronology, shelling, "status", "confirmed")
    set_field(w.chronology, shelling, "title", "Martuni shelled again")
    w.add_source("a", DAY, [A[0].replace("resumes at dawn", "resumes before dawn"), *A[1:]])
    report = w.parse()
    got = entries(w)[shelling]
    assert got["note"] == "Confirmed by *two* videos.\nSee the [report](https://x.org)."
    assert (got["status"], got["title"]) == ("confirmed", "Martuni shelled again")
    assert got["text"] == "Shelling of Martuni resumes before dawn, the ministry says"
    assert "1 updated" in report and "1 hand-edited fields kept" in report


def test_comments_stay_beside_what_they_were_written_for(tmp_path: Path) -> None:
    w = world(tmp_path)
    shelling, strike, evacuation = entry_ids(w.chronology)
    path = w.chronology / "2020" / f"{DAY}.yaml"
    path.write_text("# Checked by the desk on 4 November.\n\n" + day_text(w) + "# end of the day\n", encoding="utf-8")
    add_comment_above(w.chronology, strike, "the convoy carried fuel, not food")
    add_comment_above(w.chronology, evacuation, "buses: see the mayor's post")
    text = day_text(w).replace("status: reported\n", "status: reported  # asked the ministry\n", 1)
    path.write_text(text, encoding="utf-8")
    w.add_source("b", DAY, ["09:00 Reporters hear explosions [E9]", "09:40 Convoy hit by a drone near the river [E2]",
                            "18:00 Curfew announced [E8]"])
    w.parse()
    lines = day_text(w).splitlines()
    assert lines[:3] == ["# Checked by the desk on 4 November.", "", f"- id: {shelling}"]
    assert lines[lines.index(f"- id: {strike}") - 1] == "# the convoy carried fuel, not food"
    assert lines[lines.index(f"- id: {evacuation}") - 1] == "# buses: see the mayor's post"
    assert "  status: reported  # asked the ministry" in lines[:15] and lines[-1] == "# end of the day"
    assert [r["source"] for r in entries(w)[strike]["sources"]] == ["a", "b"]
    assert len(entries(w)) == 5


def test_sources_follow_their_passages_when_a_page_gains_lines(tmp_path: Path) -> None:
    w = world(tmp_path)
    ids = entry_ids(w.chronology)
    w.add_source("a", DAY, ["07:00 Sirens heard across the region before sunrise [E8]", "Updated at noon.", *A])
    w.parse()
    got = entries(w)
    assert [got[i]["sources"][0]["lines"] for i in ids] == [[5], [7], [9]]
    assert len(got) == 5 and check_chronology(w.config()) == []


def test_parsing_one_source_leaves_the_others_entries_alone(tmp_path: Path) -> None:
    w = world(tmp_path, ("a", A), ("b", ["13:00 Talks announced for tomorrow [E5]"]))
    before = w.snapshot()
    result, _ = w.updates()
    only_b = ParseResult([u for u in result.updates if u.source == "b"])
    merge_into_chronology(w.config(), only_b, [[u] for u in only_b.updates])
    assert w.snapshot() == before


def test_an_update_the_matcher_recognises_joins_the_entry(tmp_path: Path) -> None:
    w = world(tmp_path)
    strike = entry_ids(w.chronology)[1]
    w.add_source("b", DAY, ["10:05 A drone hit the convoy at the crossing"])
    result, groups = w.updates()

    def convoy(update: Update, entry) -> str | None:
        return "both about the convoy" if "convoy" in update.text and "convoy" in entry.text else None

    merge_into_chronology(w.config(), result, list(groups.values()), convoy)
    assert [r["source"] for r in entries(w)[strike]["sources"]] == ["a", "b"] and len(entries(w)) == 3


def test_context_becomes_an_entry_and_asides_and_undated_updates_do_not(tmp_path: Path) -> None:
    w = world(tmp_path)
    config = w.config()
    context = Update("a", [1], "The region has been disputed since 1991.", date=DAY, kind="context")
    aside = Update("a", [3], "Read more: our earlier coverage", date=DAY, kind="aside")
    undated = Update("a", [5], "Talks are planned.", date=None)
    report = merge_into_chronology(config, ParseResult([context, aside, undated]), [[context], [aside], [undated]])
    kinds = {e["text"]: e.get("kind") for e in entries(w).values()}
    assert kinds["The region has been disputed since 1991."] == "context"
    assert "Read more: our earlier coverage" not in kinds and "Talks are planned." not in kinds
    assert "1 updates without a date not added" in report
