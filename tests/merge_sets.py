"""The harness of the same-event merging sets (``test_merge_wars``, ``test_merge_crises``).

A set is a list of reports as the merger receives them (the date, time, zone and basis the segment
stage gives such a report), each with the event it reports. ``run`` annotates them with the real
extract stage, clusters them and scores the merged pairs against the events.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from chronik.extract import annotate
from chronik.merge import Group, cluster
from chronik.model import Update


@dataclass(frozen=True)
class Report:
    event: str
    source: str
    date: str
    text: str
    time: str | None = None
    zone: str | None = None
    basis: str = "publication"


def updates_of(reports: list[Report], data: object) -> list[Update]:
    out = []
    for n, r in enumerate(reports, 1):
        u = Update(source=r.source, lines=[n], text=r.text, date=r.date, time=r.time, timezone=r.zone,
                   date_basis=r.basis)
        annotate(u, None, data)
        out.append(u)
    return out


def pairs(labels: list[str]) -> set[tuple[int, int]]:
    return {(i, j) for i, j in itertools.combinations(range(len(labels)), 2) if labels[i] == labels[j]}


def run(reports: list[Report], data: object) -> tuple[list[Group], list[Update], float, float]:
    """The groups of one set and the pairwise precision and recall of its merged pairs."""
    updates = updates_of(reports, data)
    groups = cluster(updates)
    index = {id(u): i for i, u in enumerate(updates)}
    got = [""] * len(updates)
    for g, group in enumerate(groups):
        for u in group.updates:
            got[index[id(u)]] = str(g)
    truth, found = pairs([r.event for r in reports]), pairs(got)
    right = len(truth & found)
    return groups, updates, right / len(found) if found else 1.0, right / max(1, len(truth))


def group_of(groups: list[Group], update: Update) -> Group:
    return next(g for g in groups if any(u is update for u in g.updates))


def assert_each_event_is_one_group(name: str, reports: list[Report], data: object) -> None:
    groups, updates, _, _ = run(reports, data)
    for event in dict.fromkeys(r.event for r in reports):
        members = [u for u, r in zip(updates, reports, strict=True) if r.event == event]
        assert len({id(group_of(groups, u)) for u in members}) == 1, (name, event)


def assert_look_alikes_stay_apart(name: str, reports: list[Report], data: object) -> None:
    groups, updates, precision, _ = run(reports, data)
    for g in groups:
        events = {r.event for u, r in zip(updates, reports, strict=True) if any(u is v for v in g.updates)}
        assert len(events) == 1, (name, events, g.why)
    assert precision == 1.0


def print_scores(sets: dict[str, list[Report]]) -> None:
    """Print the pairwise precision and recall of each set (the test modules' ``__main__``)."""
    from chronik.extract import load_extract_data

    extract = load_extract_data()
    for set_name, reports in sets.items():
        found_groups, _, p, r = run(reports, extract)
        print(f"{set_name:8} precision {p:.2f} recall {r:.2f} ({len(found_groups)} groups, "
              f"{len(set(x.event for x in reports))} events)")
