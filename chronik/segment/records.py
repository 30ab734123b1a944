"""A list of records set out one after another in key-value form, as a database or a monitor's archive shows them:
"Incident code: X" / "Date: 12 March 2024" / "Location: ..." / "Summary" / a paragraph / "Sources" / links, then the
next record with the same field labels ("Warning no.: ..." / "Date: ..." / "Position: ..." in a list of maritime
warnings; "Case: ..." / "Filed: ..." / "Court: ..." in a docket).

The shape tells the records apart, not the labels' words: field lines ("Label: value") whose labels come back record
after record, the first of those labels opening each record. Each record is one update from its opening field down
to the next record's, whatever shape its other lines have (fields, a label alone, a paragraph, a list of sources); it
is dated by its own date field, the first field whose value is a date, and the dates in its other lines (its
sources') date nothing.
"""

from __future__ import annotations

import collections
import itertools
import re

from chronik.dates import Timex
from chronik.segment.classify import PARA, Info, _speaker_turn
from chronik.segment.finder import DateFinder

# what ``Info.what`` says of a record's lines: the one that opens it, and any other (its date field carries the
# record's date as its timex)
RECORD_START = "record start"
RECORD_LINE = "record line"

# a field line: a short label, a colon and a value ("Incident date: October 12, 2023", "Vessel type: Bulk carrier")
_FIELD = re.compile(r"^(?P<label>(?-i:[A-Z])[\w’'()/&.-]*(?:\s+[\w’'()/&.-]+){0,5}):\s+\S")
LABEL_CHARS = 40
RECORD_LABELS = 3  # distinct labels that come back, record after record, that make the page a list of records
MIN_RECORDS = 2  # records, each with a date field, that make a list
DATE_AT = 2  # how far into a field's value its date may start ("c. 12 March 2024")


def _label(info: Info) -> str | None:
    """The label of a field line, lower case; None for any other line (a transcript's turn is no field)."""
    text = info.block.text.strip()
    m = _FIELD.match(text)
    if m is None or len(m.group("label")) > LABEL_CHARS or _speaker_turn(text):
        return None
    return m.group("label").lower()


def _date_field(info: Info, finder: DateFinder) -> Timex | None:
    """The date a field's value is ("Date: 12 March 2024", "Filed: c. 3 May 2023"); None when it is no date."""
    text = info.block.text
    value_at = text.index(":") + 1
    value = text[value_at:]
    lead = len(value) - len(value.lstrip())
    found = next((m for m in finder.find(value) if m.timex.start is not None), None)
    if found is None or found.start - lead > DATE_AT:
        return None
    return found.timex


def record_lists(infos: list[Info], finder: DateFinder) -> None:
    """Mark a page's list of records (see the module docstring): each record's lines become paragraphs that the
    structure reader keeps together, its opening field and its date field marked."""
    labels = {k: label for k, info in enumerate(infos) if (label := _label(info)) is not None}
    counts = collections.Counter(labels.values())
    if sum(1 for c in counts.values() if c >= MIN_RECORDS) < RECORD_LABELS:
        return
    opening = next(label for label in labels.values() if counts[label] >= MIN_RECORDS)
    starts = [k for k, label in labels.items() if label == opening]
    spans = [(k, _record_end(infos, k, starts)) for k in starts]
    dates = [next(((j, t) for j in range(k, end) if j in labels and (t := _date_field(infos[j], finder))), None)
             for k, end in spans]
    if sum(d is not None for d in dates) < MIN_RECORDS:
        return
    for (k, end), date in zip(spans, dates, strict=True):
        for j in range(k, end):
            timex = date[1] if date is not None and date[0] == j else None
            infos[j] = Info(infos[j].block, PARA, timex=timex, what=RECORD_START if j == k else RECORD_LINE)


def _record_end(infos: list[Info], k: int, starts: list[int]) -> int:
    """Where the record opening at ``k`` ends: at the next record's opening field; the last record at the first line
    after a gap (furniture dropped between: pagination, a footer), and no longer than the longest record above it."""
    later = [s for s in starts if s > k]
    if later:
        return later[0]
    longest = max((b - a for a, b in itertools.pairwise(starts)), default=len(infos))
    end = k + 1
    while (end < len(infos) and end - k < longest
           and infos[end].block.index == infos[end - 1].block.index + 1):
        end += 1
    return end
