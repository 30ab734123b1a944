"""Merge a new parse into the chronology people edit, never overwriting what they changed.

1. Every update is looked up by its provenance (source, lines and opening words; see
   :mod:`chronik.store.provenance`): in the ``sources`` of the entries in the files first (so a person
   who moved a source to another entry is followed), then in the ledger (so the passages of an entry a
   person deleted stay out), also after the source's page was edited and its lines shifted.
2. Updates not yet in the chronology join the entry of a known update of their group (the same-event
   groups of :mod:`chronik.merge`), else an entry ``matcher`` says reports their event, else they make
   a new entry. A group whose known entry was deleted by a person stays deleted.
3. An entry chronik wrote is refreshed field by field: a field still holding what chronik last wrote
   (its fingerprint in the ledger) takes the new value; any other field is a person's and is kept.
   New sources are appended even to entries whose ``sources`` a person edited, and to entries a person
   wrote by hand, whose other fields chronik never touches.
4. An entry is kept in the file of its date. A person who moved an entry to another day's file decided
   its date (chronik sets ``date`` to that day); a person who changed only ``date`` decided its file
   (chronik moves it there). An entry chronik has never seen takes its file's day.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from chronik.merge import disagreement
from chronik.model import Entry, Update
from chronik.store import provenance
from chronik.store.convert import to_entry
from chronik.store.dayfile import Chronology, DayFile, Item, sort_key
from chronik.store.ids import new_id
from chronik.store.ledger import Ledger, Record, RefKey, fingerprint, ref_key
from chronik.store.proposal import REFRESHED, lead_of, propose, ref_of, update_key, update_lines
from chronik.store.provenance import Ref
from chronik.store.schema import FIELD_ORDER, field_value, valid_date
from chronik.store.writer import entry_node, set_field

log = logging.getLogger(__name__)

Matcher = Callable[[Update, Entry], "str | None"]


@dataclass
class Outcome:
    """What a reconcile did, for the one-line report of ``chronik parse``."""

    new: int = 0
    refreshed: int = 0
    sources_added: int = 0
    moved: int = 0
    kept_edits: int = 0
    deleted: int = 0
    suppressed: int = 0
    undated: int = 0

    def summary(self) -> str:
        parts = [f"{self.new} new", f"{self.refreshed} updated", f"{self.sources_added} sources added to "
                 "existing entries", f"{self.moved} moved to the file of their date"]
        if self.kept_edits:
            parts.append(f"{self.kept_edits} hand-edited fields kept")
        if self.deleted:
            parts.append(f"{self.deleted} entries deleted by hand stay deleted")
        if self.suppressed:
            parts.append(f"{self.suppressed} updates of deleted entries skipped")
        if self.undated:
            parts.append(f"{self.undated} updates without a date not added (see chronik parse --json)")
        return ", ".join(parts)


@dataclass
class _Mapped:
    """The updates of this parse that belong to one entry: known ones by the reference they renew."""

    known: dict[RefKey, Update] = field(default_factory=dict)
    joined: list[Update] = field(default_factory=list)

    def all(self) -> list[Update]:
        return list(self.known.values()) + self.joined


class Reconciler:
    def __init__(self, chronology: Chronology, ledger: Ledger, order: dict[str, int], matcher: Matcher | None):
        self.chron = chronology
        self.ledger = ledger
        self.order = order
        self.matcher = matcher
        self.out = Outcome()
        self.live = chronology.where()
        self.mapped: dict[str, _Mapped] = {}
        self.entries: dict[str, Entry] = {}  # entries as the matcher sees them, made when first needed

    # --- 0. who is where ------------------------------------------------------------------------
    def inventory(self) -> None:
        for entry_id, (doc, item) in self.live.items():
            record = self.ledger.records.get(entry_id)
            self._follow_move(doc, item, record)
            if record is None:  # written by a person: remember it so that deleting it later sticks
                record = self.ledger.records[entry_id] = Record(doc.day or "")
                for ref in self._refs(item):
                    record.remember(ref)
            record.deleted = False
        for entry_id, record in self.ledger.records.items():
            if entry_id not in self.live and not record.deleted:
                record.deleted = True
                self.out.deleted += 1

    def _follow_move(self, doc: DayFile, item: Item, record: Record | None) -> None:
        """An entry whose file is not its date's: did the person move the entry, or change its date?

        After every parse an entry is in the file of its date (``record.day``). An entry now in another
        file was moved there, and the file gives the date (also when the date was changed too: where
        the entry was put is the last word); so does a file for an entry chronik has not seen yet (it
        was written, or pasted, there). An entry still in its file with another date had its date
        changed, and :meth:`relocate` moves it to that date's file.
        """
        date = valid_date(item.node.get("date"))
        if doc.day is None or date is None or date == doc.day:
            return
        if record is None or doc.day != record.day:
            self.chron.edit(doc)
            set_field(item.editable_node(), "date", doc.day)  # the person's decision: not chronik's value

    @staticmethod
    def _refs(item: Item) -> list[dict[str, Any]]:
        refs = field_value(item.node, "sources")
        return [r for r in refs if isinstance(r, dict)] if isinstance(refs, list) else []

    # --- 1. provenance --------------------------------------------------------------------------
    def locate(self, updates: list[Update], parsed: set[str]) -> dict[int, str]:
        """update index → id of the entry that already holds it (live or deleted)."""
        refs: list[Ref] = []
        for entry_id, (_, item) in self.live.items():
            for ref in self._refs(item):
                key = ref_key(ref)
                if key is not None:
                    refs.append(Ref(entry_id, key, str(ref.get("quote") or "")))
        for entry_id, record in sorted(self.ledger.records.items()):
            refs.extend(Ref(entry_id, key, quote) for key, quote in sorted(record.refs.items()))
        found = {}
        for i, held in provenance.locate(updates, refs, parsed).items():
            found[i] = held.entry_id
            self._map(held.entry_id).known[held.key] = updates[i]
            record = self.ledger.records[held.entry_id]
            if record.deleted:  # follow the passage, so it stays recognised however the page changes
                record.remember(ref_of(updates[i]))
        return found

    def _map(self, entry_id: str) -> _Mapped:
        return self.mapped.setdefault(entry_id, _Mapped())

    # --- 2. groups ------------------------------------------------------------------------------
    def place(self, groups: list[list[Update]], found: dict[int, str], position: dict[int, int]) -> None:
        fresh: list[list[Update]] = []
        for group in groups:
            known = [found[position[id(u)]] for u in group if position[id(u)] in found]
            loose = [u for u in group if position[id(u)] not in found]
            if not loose:
                continue
            alive = [e for e in known if not self.ledger.records[e].deleted]
            target = alive[0] if alive else (known[0] if known else self._match(loose))
            if target is None:
                fresh.append(loose)
            elif self.ledger.records[target].deleted:
                for u in loose:
                    self.ledger.records[target].remember(ref_of(u))
                self.out.suppressed += len(loose)
            else:
                self._map(target).joined.extend(loose)
        self._create(fresh)

    def _match(self, loose: list[Update]) -> str | None:
        if self.matcher is None:
            return None
        lead = lead_of(loose, self.order)
        if lead.date is None:
            return None
        for entry_id, (doc, item) in self.live.items():
            day = valid_date(item.node.get("date"))
            if day is None or abs(_days(day) - _days(lead.date)) > 1 or self.ledger.records[entry_id].deleted:
                continue
            if entry_id not in self.entries:
                self.entries[entry_id] = to_entry(item.node, doc.day)
            why = self.matcher(lead, self.entries[entry_id])
            if why:
                log.info("%s:%s reports the event of %s: %s", lead.source, update_lines(lead), entry_id, why)
                return entry_id
        return None

    # --- 3. refresh -----------------------------------------------------------------------------
    def refresh(self) -> None:
        for entry_id, mapped in sorted(self.mapped.items()):
            if entry_id not in self.live:
                continue
            doc, item = self.live[entry_id]
            record = self.ledger.records[entry_id]
            changes, owned = self._changes(item, record, mapped)
            if not changes:
                continue
            before = sort_key(item.node, self.order), field_value(item.node, "date")
            self.chron.edit(doc)
            node = item.editable_node()
            for key, value in changes.items():
                set_field(node, key, value)
            for key in owned:
                record.fields[key] = fingerprint(field_value(item.node, key))
            self.out.refreshed += bool(set(changes) - {"sources"})
            if (sort_key(item.node, self.order), field_value(item.node, "date")) != before and doc.day is not None:
                self.chron.remove(doc, item)
                day = valid_date(item.node.get("date")) or doc.day
                self.chron.insert(item, day)
                self.live[entry_id] = (self.chron.by_day[day], item)

    def _changes(self, item: Item, record: Record, mapped: _Mapped) -> tuple[dict[str, Any], set[str]]:
        """The fields to set, and those of them that are chronik's (whose fingerprints to renew)."""
        node = item.node
        current = self._refs(item)
        keys = {ref_key(r) for r in current}
        added = [ref_of(u) for u in mapped.joined if update_key(u) not in keys]
        untouched = not record.by_person and fingerprint(field_value(node, "sources")) == record.fields.get("sources")
        if untouched:
            sources = [ref_of(mapped.known[k]) if (k := ref_key(r)) in mapped.known else r for r in current] + added
        else:
            sources = current + added
        for ref in sources:
            record.remember(ref)
        changes: dict[str, Any] = {}
        owned: set[str] = set()
        if sources != current:
            changes["sources"] = sources
            self.out.sources_added += len(added)
            if untouched:
                owned.add("sources")
        first = ref_key(current[0]) if current else None
        lead = mapped.known.get(first) if first is not None and not record.by_person else None
        if lead is None:
            return changes, owned
        proposal = propose(lead, mapped.all())
        for key in REFRESHED:
            if key == "date" and proposal[key] is None:
                continue
            value = field_value(node, key)
            if fingerprint(value) != record.fields.get(key):
                self.out.kept_edits += value != proposal[key]
            elif value != proposal[key]:
                changes[key] = proposal[key]
                owned.add(key)
        return changes, owned

    # --- new entries ----------------------------------------------------------------------------
    def _create(self, groups: list[list[Update]]) -> None:
        leads = [(lead_of(g, self.order), g) for g in groups]
        leads.sort(key=lambda lg: (lg[0].date or "", lg[0].time or "", self.order.get(lg[0].source, 0),
                                   update_lines(lg[0])))
        for lead, group in leads:
            if lead.date is None:
                self.out.undated += len(group)
                continue
            others = sorted((u for u in group if u is not lead),
                            key=lambda u: (self.order.get(u.source, 0), update_lines(u)))
            status = "disputed" if len(group) > 1 and disagreement(group) else "reported"
            fields = propose(lead, group) | {"status": status, "note": None,
                                             "sources": [ref_of(lead)] + [ref_of(u) for u in others]}
            taken = self.ledger.records.keys() | self.live.keys()
            entry_id = new_id(lead.date, lead.time, lead.title, lead.text, taken)
            node = entry_node({"id": entry_id, **fields})
            item = Item(node)
            self.chron.insert(item, lead.date)
            record = Record(lead.date, {k: fingerprint(field_value(node, k)) for k in FIELD_ORDER if k != "id"})
            for ref in fields["sources"]:
                record.remember(ref)
            self.ledger.records[entry_id] = record
            self.live[entry_id] = (self.chron.by_day[lead.date], item)
            self.out.new += 1

    # --- 4. every entry in the file of its date -------------------------------------------------
    def relocate(self) -> None:
        for doc in list(self.chron.files):
            for item in list(doc.items):
                day = valid_date(item.node.get("date"))
                if day is not None and day != doc.day:
                    self.chron.remove(doc, item)
                    self.chron.insert(item, day)
                    self.out.moved += 1
        for doc in self.chron.files:
            for item in doc.items:
                if doc.day is not None and item.id in self.ledger.records:
                    self.ledger.records[item.id].day = doc.day


def _days(day: str) -> int:
    return dt.date.fromisoformat(day).toordinal()


def reconcile(chronology: Chronology, ledger: Ledger, updates: list[Update], groups: list[list[Update]],
              parsed: set[str], order: dict[str, int], matcher: Matcher | None = None) -> Outcome:
    """Merge ``updates`` (grouped by event in ``groups``) into ``chronology`` and ``ledger``, in place.

    ``parsed`` names the sources this parse read (references to other sources are left alone);
    ``order`` ranks sources (config order) for choosing a lead update; ``matcher(update, entry)``
    says whether a new update reports an existing entry's event.
    """
    rec = Reconciler(chronology, ledger, order, matcher)
    rec.inventory()
    position = {id(u): i for i, u in enumerate(updates)}
    found = rec.locate(updates, parsed)
    rec.place(groups, found, position)
    rec.refresh()
    rec.relocate()
    return rec.out

