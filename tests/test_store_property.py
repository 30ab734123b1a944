"""Random hand edits interleaved with re-parses: every correction a person makes survives.

After every parse the six rules hold: (1) a changed field keeps the person's value, (2) a comment stays
where it was written, (3) a deleted entry does not come back, (4) an entry added by hand stays, (5) an
entry moved to another day stays there with that date, (6) every update of a new or changed source is
in the chronology, in the one entry of its event. And the chronology passes check, and parsing again
at once changes no byte.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_world import (
    World,
    add_comment_above,
    add_comment_eol,
    add_entry,
    day_files,
    delete_entry,
    entry_ids,
    find_entry,
    move_entry,
    set_field,
)

from chronik.store import check_chronology
from chronik.store.dayfile import read_day_file
from chronik.store.ledger import ref_key
from chronik.store.proposal import update_key
from chronik.store.schema import field_value

SOURCE_A = ["08:55 Shelling of Martuni resumes at dawn, the ministry says [E1]",
            "+1 11:00 Drone strike on a supply convoy near the river crossing [E2]",
            "Officials report heavy fighting along the southern front line [E3]",
            "14:30 Civilians evacuated from the town centre by buses [E4]"]
SOURCE_B = ["09:10 Artillery fire reported over Martuni at dawn [E1]",
            "Heavy fighting continues in the south, officials say [E3]",
            "+1 12:45 Ceasefire talks announced for the next morning [E5]",
            "Hospital damaged by shelling overnight, doctors report [E6]"]
SOURCE_C = ["10:00 Convoy hit by a drone near the river crossing, witnesses say [E2]",
            "A new front opens in the north as troops cross the border [E7]",
            "+1 Talks about a ceasefire continue in the capital [E5]"]
INSERTED = "07:00 Sirens heard across the region before sunrise [E8]"
DAYS = ("2020-11-03", "2020-11-04", "2020-11-05")

# field → (what a person types, what chronik must then read)
EDITS = {
    "title": [("Shelling resumes", "Shelling resumes"), ('"no"', "no")],
    "text": [('"Corrected: the strike hit a fuel depot."', "Corrected: the strike hit a fuel depot.")],
    "status": [("confirmed", "confirmed"), ("disputed", "disputed")],
    "note": [("Checked against video footage.", "Checked against video footage.")],
    "time": [("11:00", "11:00"), ('"06:30"', "06:30")],
    "places": [("[Martuni, Shusha]", ["Martuni", "Shusha"])],
}

op = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 40), st.sampled_from(sorted(EDITS)), st.integers(0, 1)),
    st.tuples(st.just("comment"), st.integers(0, 40), st.booleans()),
    st.tuples(st.just("delete"), st.integers(0, 40)),
    st.tuples(st.just("add"), st.integers(0, 2), st.sampled_from([None, "05:00", "23:59"])),
    st.tuples(st.just("move"), st.integers(0, 40), st.integers(0, 2), st.booleans()),
    st.tuples(st.just("add_source"),),
    st.tuples(st.just("insert_paragraph"),),
    st.tuples(st.just("reword"), st.integers(0, 3)),
    st.tuples(st.just("parse"),),
)


class Person:
    """Applies edits to the files and remembers what each rule expects afterwards."""

    def __init__(self, world: World):
        self.world = world
        self.n = 0
        self.edits: dict[tuple[str, str], object] = {}
        self.comments: dict[str, tuple[str, str | None]] = {}  # text → (entry id, key of an end-of-line one)
        self.deleted: set[str] = set()
        self.dead_events: set[str] = set()
        self.hand: dict[str, dict] = {}
        self.moved: dict[str, tuple[str, str]] = {}  # moved since the last parse: id → (file's day, date)
        self.parsed_day: dict[str, str] = {}  # id → the day of its file after the last parse
        self.events: dict = {}  # (source, lines) → event tag, from the last parse

    def pick(self, index: int) -> str | None:
        ids = entry_ids(self.world.chronology)
        return ids[index % len(ids)] if ids else None

    def apply(self, step: tuple) -> None:
        kind, *args = step
        self.n += 1
        chron = self.world.chronology
        if kind == "add_source":
            if "c" not in self.world.sources:
                self.world.add_source("c", "2020-11-04", SOURCE_C)
            return
        if kind == "insert_paragraph":
            day, paragraphs = self.world.sources["a"]
            if INSERTED not in paragraphs:
                self.world.add_source("a", day, [INSERTED, *paragraphs])
            return
        if kind == "reword":
            day, paragraphs = self.world.sources["b"]
            paragraphs[args[0]] = paragraphs[args[0]].replace(" at dawn", " at first light").replace(
                "officials", "local officials").replace("shelling", "heavy shelling")
            self.world.add_source("b", day, paragraphs)
            return
        if kind == "parse":
            self.parse_and_verify()
            return
        if kind == "add":
            entry_id = f"hand-{self.n}"
            self.hand[entry_id] = add_entry(chron, entry_id, DAYS[args[0]], args[1], f"Seen by our reporter {self.n}")
            return
        target = self.pick(args[0])
        if target is None:
            return
        if kind == "edit":
            key, choice = args[1], EDITS[args[1]][args[2] % len(EDITS[args[1]])]
            set_field(chron, target, key, choice[0])
            self.edits[(target, key)] = choice[1]
            if target in self.hand:
                self.hand[target][key] = choice[1]
        elif kind == "comment":
            text = f"remark {self.n}"
            if args[1]:
                add_comment_above(chron, target, text)
                self.comments[text] = (target, None)
            else:
                add_comment_eol(chron, target, "status", text)
                if text in (chron / find_entry(chron, target)[0]).read_text(encoding="utf-8"):
                    self.comments[text] = (target, "status")
        elif kind == "delete":
            self.dead_events |= {self.events.get(k) for k in self.refs_of(target)} - {None}
            delete_entry(chron, target)
            self.deleted.add(target)
            self.hand.pop(target, None)
            self.moved.pop(target, None)
            self.comments = {t: c for t, c in self.comments.items() if c[0] != target}
        elif kind == "move":
            day = DAYS[args[1]]
            move_entry(chron, target, day, args[2])
            self.moved[target] = (day, self.entries()[target][1]["date"])
            self.edits.pop((target, "date"), None)

    def entries(self) -> dict[str, tuple[str, dict]]:
        """id → (file name, plain fields) as chronik reads the files."""
        out = {}
        for path in day_files(self.world.chronology):
            doc, problems = read_day_file(path, self.world.chronology, path.name)
            assert not problems, problems
            for item in doc.items:
                out[item.id] = (path.name, {k: field_value(item.node, k) for k in item.node})
        return out

    def refs_of(self, entry_id: str) -> set:
        fields = self.entries()[entry_id][1]
        return {ref_key(r) for r in fields.get("sources") or []}

    def expect_moves(self) -> None:
        """Rule 5 as documented: an entry in another file than after the last parse takes that file's day;
        one back in that same file with another date (moved away and back) had its date changed."""
        for entry_id, (day, date) in self.moved.items():
            moved = day != self.parsed_day.get(entry_id)
            self.edits[(entry_id, "date")] = day if moved else date
            if entry_id in self.hand:
                self.hand[entry_id]["date"] = day if moved else date
        self.moved = {k: (self.edits[(k, "date")],) * 2 for k in self.moved}

    def parse_and_verify(self) -> None:
        world = self.world
        self.expect_moves()
        world.parse()
        _, groups = world.updates()
        self.events = {update_key(u): event for event, group in groups.items() for u in group}
        assert check_chronology(world.config()) == []
        entries = self.entries()
        for (entry_id, key), value in self.edits.items():  # rule 1
            if entry_id in entries:
                assert entries[entry_id][1].get(key) == value, (entry_id, key)
        for text, (entry_id, key) in self.comments.items():  # rule 2
            _path, lines, start, end = find_entry(world.chronology, entry_id)
            if key is None:
                above = start - 1
                while above >= 0 and lines[above].startswith("#") and lines[above] != f"# {text}":
                    above -= 1
                assert above >= 0 and lines[above] == f"# {text}", (text, entry_id, lines[max(0, start - 3):start])
            else:
                assert any(f"# {text}" in line and line.strip().startswith(f"{key}:") for line in lines[start:end])
        assert not self.deleted & entries.keys()  # rule 3
        for entry_id, expected in self.hand.items():  # rule 4
            assert entry_id in entries
            assert {k: entries[entry_id][1].get(k) for k in expected} == expected
        for entry_id, (day, _) in self.moved.items():  # rule 5
            assert entries[entry_id][0] == f"{day}.yaml" and entries[entry_id][1]["date"] == day
        self.parsed_day = {entry_id: fields["date"] for entry_id, (_, fields) in entries.items()}
        holder: dict = {}
        for entry_id, (_, fields) in entries.items():  # rule 6
            for ref in fields.get("sources") or []:
                event = self.events.get(ref_key(ref))
                if event is not None:
                    holder.setdefault(event, set()).add(entry_id)
        for event, group in groups.items():
            if event in self.dead_events:
                assert event not in holder, event
            else:
                assert len(holder.get(event, ())) == 1, (event, holder.get(event))
                (entry_id,) = holder[event]
                cited = {ref_key(r) for r in entries[entry_id][1]["sources"]}
                assert {update_key(u) for u in group} <= cited
        before = world.snapshot()
        world.parse()
        assert world.snapshot() == before


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(op, min_size=1, max_size=12))
def test_hand_edits_survive_reparses(steps: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        world = World(Path(tmp))
        world.add_source("a", "2020-11-03", SOURCE_A)
        world.add_source("b", "2020-11-03", SOURCE_B)
        person = Person(world)
        person.parse_and_verify()
        for step in [*steps, ("parse",)]:
            person.apply(step)
        assert json.loads((world.chronology / ".chronik" / "ledger.json").read_text(encoding="utf-8"))["format"] == 1
