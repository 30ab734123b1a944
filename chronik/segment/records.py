"""A list of records set out one after another in key-value form, as a database or a monitor's archive shows them:
"Incident code: X" / "Date: 12 March 2024" / "Location: ..." / "Summary" / a paragraph / "Sources" / links, then the
next record with the same field labels ("Warning no.: ..." / "Date: ..." / "Position: ..." in a list of maritime
warnings; "Case: ..." / "Filed: ..." / "Court: ..." in a docket).

The shape tells the records apart, not the labels' words: field lines ("Label: value") whose labels come back record
after record, the first of those labels opening each record. Each record is one update from its opening field down
to the next record's, whatever shape its other lines have (fields, a label alone, a paragraph, a list of sources); it
is dated by its own date field, the first field whose value is a date, and the dates in its other lines (its
sources') date nothing.

A label alone with its colon ("Details:", its value on the lines below) is a field too, but only a field with a value
opens a record. When a short line of the records' own (a line naming each, "WARNING 036/2024", "Case 23-1187") heads
every opening field, the record opens at that header line, and a header of that kind over another field (an
advisory's "DTG: 270600Z JAN 24" among warnings' "Date/Time:") opens a record too. A line that closes every record
alike ("View incident", "Read more | Download PDF") is the list's link, not the record's; and a line inside a record
whose label carries a date and time of its own ("UPDATE 001 (27 JAN 24 0415 UTC): ...") is a later update to it.
"""

from __future__ import annotations

import collections
import itertools
import re

from chronik.dates import Timex
from chronik.segment.classify import PARA, Info
from chronik.segment.finder import DateFinder
from chronik.segment.speaker_labels import speaker_turn

# what ``Info.what`` says of a record's lines: the one that opens it, and any other (its date field carries the
# record's date as its timex)
RECORD_START = "record start"
RECORD_LINE = "record line"

# a field line: a short label, a colon and a value ("Incident date: October 12, 2023", "Vessel type: Bulk carrier"), or
# the label alone, its value below ("Details:")
_FIELD = re.compile(r"^(?P<label>(?-i:[A-Z])[\w’'()/&.-]*(?:\s+[\w’'()/&.-]+){0,5}):(?:\s+(?P<value>\S)|\s*$)")
LABEL_CHARS = 40
RECORD_LABELS = 3  # distinct labels that come back, record after record, that make the page a list of records
MIN_RECORDS = 2  # records, each with a date field, that make a list
DATE_AT = 2  # how far into a field's value its date may start ("c. 12 March 2024")
HEADER_WORDS = 12  # the most words of a record's header line ("UKMTO WARNING 036/2024", "A1234/24 NOTAMN")
VALUE_WORDS = 8  # the most words of a value under its label alone ("Date:" / "14 March 2024, about 22:00")
BOX_LINKS = 2  # trailing records with no date field that are a box of links, not records
BOX_TITLE_WORDS = 4  # the most words of the title of a box of links below the records ("Recommendations")
LINK_WORDS = 6  # the most words of the link line that closes every record ("View incident")
ADDENDUM_LEAD = 60  # the most characters of an addendum's lead before its colon ("Update 2 (14 MAR 1630Z): ...")
_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMBERED = re.compile(r"\w*\d\w*")  # a record's number or code ("036/2024", "A0871/24", "No. 415")


def _label(info: Info) -> str | None:
    """The label of a field line, lower case; None for any other line (a transcript's turn is no field)."""
    text = info.block.text.strip()
    m = _FIELD.match(text)
    if m is None or len(m.group("label")) > LABEL_CHARS or speaker_turn(text):
        return None
    return m.group("label").lower()


def _value(infos: list[Info], k: int, labels: dict[int, str]) -> str | None:
    """The value of the field at ``k``: on its line ("Date: 12 March 2024"), or for a label alone the short line under
    it ("Date:" / "12 March 2024"); None for a label over a text ("Details:" / a paragraph)."""
    m = _FIELD.match(infos[k].block.text.strip())
    if m is not None and m.group("value") is not None:
        return infos[k].block.text[infos[k].block.text.index(":") + 1:]
    below = k + 1
    if below < len(infos) and below not in labels and _words(infos[below]) <= VALUE_WORDS:
        return infos[below].block.text
    return None


def _date_field(infos: list[Info], k: int, labels: dict[int, str], finder: DateFinder) -> Timex | None:
    """The date a field's value is ("Date: 12 March 2024", "Filed: c. 3 May 2023"); None when it is no date."""
    value = _value(infos, k, labels)
    if value is None:
        return None
    lead = len(value) - len(value.lstrip())
    found = next((m for m in finder.find(value) if m.timex.start is not None), None)
    if found is None or found.start - lead > DATE_AT:
        return None
    return found.timex


def _addendum(info: Info, finder: DateFinder) -> Timex | None:
    """The day and time a record's later update gives in its lead ("UPDATE 001 (27 JAN 24 0415 UTC): The fire ...",
    "Amended 14 March 2024, 16:30: ..."); None for any other line."""
    text = info.block.text
    colon = text.find(": ")
    if not 0 < colon <= ADDENDUM_LEAD:
        return None
    return next((m.timex for m in finder.find(text[:colon]) if m.timex.start is not None and "T" in m.timex.value),
                None)


def record_lists(infos: list[Info], finder: DateFinder) -> None:
    """Mark a page's list of records (see the module docstring): each record's lines become paragraphs that the
    structure reader keeps together, its opening field and its date field marked."""
    labels = {k: label for k, info in enumerate(infos) if (label := _label(info)) is not None}
    counts = collections.Counter(labels.values())
    if sum(1 for c in counts.values() if c >= MIN_RECORDS) < RECORD_LABELS:
        return
    opening = next((label for k, label in labels.items()
                    if counts[label] >= MIN_RECORDS and _value(infos, k, labels) is not None), None)
    if opening is None:
        return
    starts = _with_headers(infos, [k for k, label in labels.items() if label == opening], labels, finder)
    link = _closing_link(infos, starts)
    spans = [(k, _record_end(infos, k, starts, link)) for k in starts]
    dates = [next(((j, t) for j in range(k, end) if j in labels and (t := _date_field(infos, j, labels, finder))), None)
             for k, end in spans]
    if sum(d is not None for d in dates) < MIN_RECORDS:
        return
    spans, dates = _without_box(infos, spans, dates)
    for (k, end), date in zip(spans, dates, strict=True):
        for j in range(k, end):
            timex = date[1] if date is not None and date[0] == j else None
            later = _addendum(infos[j], finder) if j > k and j not in labels else None
            what = RECORD_START if j == k or later is not None else RECORD_LINE
            infos[j] = Info(infos[j].block, PARA, timex=later or timex, what=what)


def _without_box(infos: list[Info], spans: list[tuple[int, int]], dates: list[tuple[int, Timex] | None],
                 ) -> tuple[list[tuple[int, int]], list[tuple[int, Timex] | None]]:
    """The records without a box of links below the list named as its records are ("Recommendations" / "Sudan:
    Continue to avoid all travel ..." / "Sudan: Expect disruptions ..."): trailing records with no date field, under
    dated ones (two or more: one undated record may be a record whose date is missing). The box's title, a short
    line that closes the last record and no other, is left out with them."""
    kept = len(dates)
    while kept > 0 and dates[kept - 1] is None:
        kept -= 1
    if len(dates) - kept < BOX_LINKS or sum(d is not None for d in dates[:kept]) < MIN_RECORDS:
        return spans, dates
    k, end = spans[kept - 1]
    title = infos[end - 1].block.text.strip()
    others = {infos[j].block.text.strip() for a, b in spans[:kept - 1] for j in range(a, b)}
    if _words(infos[end - 1]) <= BOX_TITLE_WORDS and title[-1:] not in ".!?:" and title not in others:
        end -= 1
    return [*spans[:kept - 1], (k, end)], dates[:kept]


def _with_headers(infos: list[Info], starts: list[int], labels: dict[int, str], finder: DateFinder) -> list[int]:
    """The records' openings: their header lines when every opening field has one over it (a short line that is no
    field, each naming its record: all of them sharing a word, or each carrying a number), and then any other line of
    that kind over a date field outside the records; else the opening fields themselves."""
    heads = [k - 1 for k in starts]
    texts = [infos[h].block.text.strip() for h in heads if h >= 0]
    if (len(texts) < len(starts) or any(h in labels or _words(infos[h]) > HEADER_WORDS for h in heads)
            or len(set(texts)) < len(texts)):
        return starts
    vocabulary = set.union(*(_vocabulary(t) for t in texts))
    if set.intersection(*(_vocabulary(t) for t in texts)):
        def alike(text: str) -> bool:
            return bool(_vocabulary(text) & vocabulary)
    elif all(_NUMBERED.search(t) for t in texts):
        def alike(text: str) -> bool:
            return bool(_NUMBERED.search(text))
    else:
        return starts
    others = [k for k in range(len(infos) - 1) if k + 1 in labels and k not in labels and not heads[0] <= k <= heads[-1]
              and _words(infos[k]) <= HEADER_WORDS and alike(infos[k].block.text)
              and _date_field(infos, k + 1, labels, finder) is not None]
    return sorted([*heads, *others])


def _vocabulary(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _words(info: Info) -> int:
    return len(info.block.text.split())


def _closing_link(infos: list[Info], starts: list[int]) -> str | None:
    """The short line that closes every record but the last alike (a link to the record's page), and comes in the
    last one too; None if none."""
    lasts = {infos[b - 1].block.text.strip() for a, b in itertools.pairwise(starts)}
    if len(lasts) != 1:
        return None
    text = lasts.pop()
    last = (info.block.text.strip() for info in infos[starts[-1] + 1:])
    return text if len(text.split()) <= LINK_WORDS and text in last else None


def _record_end(infos: list[Info], k: int, starts: list[int], link: str | None) -> int:
    """Where the record opening at ``k`` ends: at the next record's opening field, or at the link that closes every
    record; the last record at the first line after a gap (furniture dropped between: pagination, a footer), and no
    longer than the longest record above it."""
    later = [s for s in starts if s > k]
    if later:
        end = later[0]
    else:
        longest = max((b - a for a, b in itertools.pairwise(starts)), default=len(infos))
        end = k + 1
        while (end < len(infos) and end - k < longest
               and infos[end].block.index == infos[end - 1].block.index + 1):
            end += 1
    return next((j for j in range(k + 1, end) if infos[j].block.text.strip() == link), end)
