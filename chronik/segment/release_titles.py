"""The titles and signatures of an office's releases, set out one under another: a ministry's list of its statements,
a reference list of press releases, a diary of communiqués. What heads each release (its title in capitals over its
dateline, a short title under its date line, the document's kind alone, a title closing on its day or opening with a
document's symbol and day) and what closes it (the office and place that sign it, a signatory's block).

These are the rules of :class:`~chronik.segment.titles.TitleReading` that read releases; it inherits them from here.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from chronik.dates.timex import Timex
from chronik.segment import prose
from chronik.segment.classify import DATE_HEADING, DATELINE, HEADLINE, LABEL, PARA
from chronik.segment.headings import DOCUMENT_KIND, labelled
from chronik.segment.pageview import STAMPS
from chronik.segment.sections import SectionReading

SIGNATURE_LABELS = 2  # the lines that sign a release in a list of them: the office, the place
SIGNATORY_LINES = 3  # the lines of a release's signatory's block: the name in capitals, the rank, the post
SIGNED_RELEASES = 2  # releases signed so, one under the other, that make a page a list of signed releases
SIGNATURE_WORDS = 5  # a signature's line: a name or two, maybe the place filed from ("Ben Cole, Washington")
TITLES_UNDER_DAYS = 2  # headlines right under date lines that make a short label in that place a title too
# the fewest words of a release's title in a label's shape: one word alone is a label's ("Statement", "Geneva")
TITLE_WORDS = 2
# the kind of a document alone on its line: "Press Release", "Statement", "Communiqué", "News release"
_DOCUMENT_KIND = re.compile(rf"^\s*{DOCUMENT_KIND}\s*:?\s*$", re.I)
# a title closing on its day after a dash: "Three Sea Tiger boats destroyed - Vellamullivaikkal - 21st April 2009"
_DATED_TITLE = re.compile(r"\s[-–—]\s+(?P<day>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})\s*$")
# a reference list's entry: a document's symbol, its day in brackets, a dash and its title ("SC/4166 (3 January 1980)
# -- Council meets on ...", "A/ES-11/1 (2 March 2022) – Aggression against Ukraine", "PR-218/2025 (May 12, 2025): ...")
_CODED_TITLE = re.compile(r"^\s*[A-Z][\w.]*(?:[/-][\w.]+)*[/-][\w.]*\d[\w./-]*"  # the symbol, a digit in it
                          r"\s+\((?P<day>[^()]{6,20}?\d{4})\)\s*(?:--|[-–—:])\s+\S")


class ReleaseTitles(SectionReading):
    """The reader's rules for the titles and signatures of releases listed one under another."""

    def dateline_title(self, k: int) -> bool:
        """Whether label ``k`` is the title of the story under it, whose paragraph opens with its dateline, as an
        office's list of releases sets each ("DAYLIGHT RELIEF FLIGHTS" / "Geneva, 20 June 1969 – The Committee ..."):
        two words or more, no field's label and value ("Author: Kurdistan24") nor a wire's slug ("1ST LEAD EMBASSY")."""
        text = self.infos[k].block.text
        return (not labelled(self.infos[k].block) and self.infos[k].block.words >= TITLE_WORDS
                and not re.search(r"[:\d]", text) and self.kind_at(k + 1) == PARA
                and prose.opens_with_place(self.infos[k + 1].block.text))

    def title_under_day(self, k: int) -> bool:
        """Whether label ``k``, right under a date line and over a paragraph, is the title of its item as the headlines
        under the page's other date lines are ("05 December 1971" / "NAVY STRIKES AT KARACHI" / its text, where the
        other releases' titles are longer): words alone, on a page titling its items under two date lines or more."""
        return (self.kind_at(k - 1) in (DATE_HEADING, DATELINE) and self.kind_at(k + 1) == PARA
                and not labelled(self.infos[k].block) and self.infos[k].block.words >= TITLE_WORDS
                and self.titles_under_days >= TITLES_UNDER_DAYS)

    @functools.cached_property
    def titles_under_days(self) -> int:
        """How many of the page's date lines have a headline right under them, over a paragraph."""
        return sum(1 for j in range(1, len(self.infos) - 1) if self.kind_at(j - 1) in (DATE_HEADING, DATELINE)
                   and self.kind_at(j) == HEADLINE and self.kind_at(j + 1) == PARA)

    def document_kind(self, k: int) -> bool:
        """Whether label ``k`` names only the kind of the document under it ("Press Release", "Statement",
        "Communiqué"), right under the date line that dates it and over its paragraphs, as a ministry's list of its
        releases sets each one: the release's title, its paragraphs one release."""
        return (_DOCUMENT_KIND.match(self.infos[k].block.text) is not None and self.kind_at(k + 1) == PARA
                and self.kind_at(k - 1) in (DATE_HEADING, DATELINE))

    @functools.cached_property
    def release_signatures(self) -> frozenset[int]:
        """The labels that sign the releases of an office's list of them: one or two short lines (the office, the
        place) right after a release's paragraphs and right before the next release's date line ("... without
        preconditions." / "Ministry of Information" / "Asmara" / "18 May 2000"), on a page that signs two releases or
        more so, alike: each release's last lines."""
        runs: list[range] = []
        for k in range(1, len(self.infos)):
            if self.kind_at(k) != LABEL or self.kind_at(k - 1) != PARA:
                continue
            end = k
            while self.kind_at(end) == LABEL and end - k < SIGNATURE_LABELS:
                end += 1
            if self.kind_at(end) in (DATE_HEADING, DATELINE) and all(
                    self.infos[j].block.words <= SIGNATURE_WORDS for j in range(k, end)):
                runs.append(range(k, end))
            elif (signed := self.signatory(k)) is not None:
                runs.append(signed)
        # (signed alike: a line recurs in them, "Asmara"; a month's or a section's heading over the next date line
        # does not, "February", "Strikes in Iraq")
        texts = Counter(self.infos[j].block.text.strip() for run in runs for j in run)
        if not texts or max(texts.values()) < SIGNED_RELEASES or self.headed_alike(texts):
            return frozenset()
        return frozenset(j for run in runs for j in run)

    def signatory(self, k: int) -> range | None:
        """The signatory's block of a release, from label ``k`` right after its paragraphs: the name in capitals, the
        rank, the post, over the next release's headline and stamp ("CHRIS OLUKOLADE" / "Major General" / "Director
        Defence Information" / "DHQ DISCLAIMS REPORT ..." / "Published: Friday, 20 February 2015 17:05")."""
        end = k + SIGNATORY_LINES
        if not (self.kind_at(end) == HEADLINE and self.kind_at(end + 1) in STAMPS) \
                or any(self.kind_at(j) != LABEL for j in range(k, end)):
            return None
        name = self.infos[k].block.text.strip()
        return range(k, end) if name.isupper() and 2 <= len(name.split()) <= 4 and name.replace(" ", "").isalpha() \
            else None

    def headed_alike(self, texts: Counter[str]) -> bool:
        """Whether the label over the first release's date line is one of ``texts``: the line recurring between the
        releases heads each ("Ministry of Defence" / "04 December 1971" / its title ...), signs none."""
        first = next((k for k in range(len(self.infos)) if self.kind_at(k) in (DATE_HEADING, DATELINE)), None)
        return first is not None and first > 0 and self.kind_at(first - 1) == LABEL \
            and self.infos[first - 1].block.text.strip() in texts

    def dated_title(self, k: int) -> Timex | None:
        """The day headline ``k`` closes on after a dash ("LTTE refuses to free hostages - 21st April 2009"), or gives
        in brackets after a document's symbol ("SC/4166 (3 January 1980) -- Council meets ..."), over its report, as a
        ministry's news list or a reference list titles each item; None for any other headline."""
        text = self.infos[k].block.text
        m = _DATED_TITLE.search(text) or _CODED_TITLE.match(text)
        day = self.finder.resolve(m.group("day")) if m is not None and self.kind_at(k + 1) == PARA else None
        return day if day is not None and day.start is not None and day.start == day.end else None
