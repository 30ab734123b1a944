"""Read a page's blocks in order and group them into units: updates, their titles and continuations, asides.

The page's furniture is already gone. What is left is read top to bottom with a little state
(:mod:`chronik.segment.reader_state`): the *section*, the date the page structure gives to what follows; the *tags*,
the text of the section label above; and the *current update*, which a paragraph continues when it carries no opener
of its own (:mod:`chronik.segment.continuation`).

The reader is one class built up in layers, each in a module of its own:

* :mod:`~chronik.segment.pageview` — the page's blocks by position (what kind is at ``k``, what follows it);
* :mod:`~chronik.segment.reader_state` — the state and its moves (open, close, aside, flush what waited);
* :mod:`~chronik.segment.lists` — whose a list's items are;
* :mod:`~chronik.segment.sections` — date headings, day counters, lead-ins and section labels: the section and tags;
* :mod:`~chronik.segment.titles` — whether a headline titles an update, labels a section, or stands alone;
* this module — the reader itself: the pass over the blocks, timestamps, paragraphs, furniture and source lines.

The page title, its dek, byline and dateline at the top are read first (:mod:`chronik.segment.pagetop`); teasers for
other articles and notes to editors become asides (:mod:`chronik.segment.teasers`), as do welcome posts and links to
other days.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from chronik.segment import prose
from chronik.segment.alert_rows import ALERT_LINE
from chronik.segment.classify import (
    BULLET,
    CLOCKED_TITLE,
    COUNTER,
    DATE_HEADING,
    DATELINE,
    FEED,
    FURNITURE,
    HEADLINE,
    LABEL,
    LEAD_IN,
    LINK,
    MESSAGE_HEADER,
    PARA,
    PROVENANCE,
    REPLY_HEADER,
    RUNS_ON,
    SOURCE_CREDIT,
    SOURCE_LINE,
    STAMP,
    STAMP_LINE,
    Info,
)
from chronik.segment.continuation import continues, same_paragraph, timeline_continues
from chronik.segment.dated_items import ITEM_DATE, ITEM_STORY, ITEM_TITLE
from chronik.segment.exchanges import closes_session, new_questioner, opens_topic
from chronik.segment.finder import DateFinder
from chronik.segment.forum import THREAD_NOTE
from chronik.segment.headings import GREETING, place_day
from chronik.segment.hearings import HEARING_TURN, MEETING_TURN, PROCEDURE, SITTING
from chronik.segment.lexicon import lexicon
from chronik.segment.pagetop import TOP_ZONE, read_top
from chronik.segment.pageview import STAMPS
from chronik.segment.records import RECORD_LINE, RECORD_START
from chronik.segment.releases import RELEASE_NOTE
from chronik.segment.results import RESULT, RESULT_AGE, RESULT_LINE
from chronik.segment.speaker_labels import answerer, capitals_speaker, printed_hearing_speaker, written_speaker
from chronik.segment.statements import STATEMENT_HEAD, STATEMENT_MARK
from chronik.segment.teasers import (
    editor_note,
    headline_teasers,
    inline_teaser,
    opens_related,
    teaser_date,
    teaser_dek,
    teaser_headline,
    teaser_stamp,
    teaser_title,
)
from chronik.segment.threads import AUTHOR, CHANNEL_HEADER, EMBED
from chronik.segment.titles import TitleReading
from chronik.segment.units import FEED_ITEM, Section, Unit
from chronik.segment.war_diary import TRANSCRIBER_NOTE

_UPDATED_AT = re.compile(r"^\s*(?:last\s+)?updated\b", re.I)
SIGNER_POST_WORDS = 25
MONTH_DAYS = 27  # a section this long or longer is a month's (or more): its paragraphs name their own days
SYNOPSIS_ACTS = 2  # paragraphs under a month's first one, each reporting a day of the month, that make it a synopsis
ACT_LEAD_CHARS = 32  # how far into a member's paragraph the day of its own act may come to open an update
NOTES_ABOVE = 2  # unstamped notes of their own above an inline stamp, in its section, that make it a diary's note
_ASKS = re.compile(r"\?[\"”’)]*\s*$")  # a turn ending with a question

__all__ = ["STAMPS", "TOP_ZONE", "Reader", "Section", "Unit", "read_units"]


# a speaker recalling what they said before: "As I said this morning", "As we told you yesterday"
_RECALLS = re.compile(r"^\s*as\s+(?:i|we)\s+(?:have\s+)?(?:said|told|mentioned|announced|reported|noted)\b", re.I)



# a note's number opening its line under a reference list's label ("Footnotes", "Notes", boilerplate.yaml's
# reference_lists): "1 ...", "[2] ...", "3. ..."
_NOTE_NUMBER = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]?)\s+\S")


# the briefer speaking for themselves or their own ("I regret to confirm ...", "We have ...", "Our patrols ..."), or
# going on about the one named above ("He told the refugees ...")
_OWN_WORDS = re.compile(r"^\W*(?:[A-Z][a-z]+,?\s+)?(?:I|we|We|our|Our|my|My)\b")  # ("Now I will ...", "What we know")
_PRONOUN = re.compile(r"^\W*(?:He|She|They|It|His|Her|Their|Its)\b")
# the briefer's answer to a claim after a semicolon or a colon ("...; we have no information that supports that")
_OWN_ANSWER = re.compile(r"[;:]\s*(?:we|I|our)\b")


def _others_report(text: str) -> bool:
    """Whether a paragraph of a briefer's turn opens on what another reports ("Dutchbat reports that a blocking
    position ...", "UNMOs in the enclave recorded more than 250 detonations ...", "The MSF team in the hospital reports
    that ..."): the briefer passing on one report after another, each an update of its own. Not a claim the briefer
    answers in their own words after it ("The Russian side claims ... We have no information that confirms this."):
    that is what the briefer says."""
    sentences = prose.SENTENCE_BOUNDARY.split(text.strip())
    return (not prose.opens_with_quote(text) and not _OWN_WORDS.match(text) and not _PRONOUN.match(text)
            and prose.reports(sentences[0]) and not _OWN_ANSWER.search(text)
            and not any(_OWN_WORDS.match(s) for s in sentences[1:]))


class Reader(TitleReading):
    """One pass over a page's content blocks; see the module docstring."""

    def __init__(self, infos: list[Info], title: str | None, finder: DateFinder):
        super().__init__(infos, title, finder)
        self.handlers = {DATE_HEADING: self.on_date_heading, DATELINE: self.on_dateline, FURNITURE: self.on_furniture,
                         COUNTER: self.on_day_counter, LEAD_IN: self.on_lead_in, LINK: self.on_link,
                         LABEL: self.on_label, HEADLINE: self.on_headline, STAMP: self.on_stamp,
                         STAMP_LINE: self.on_stamp_line, BULLET: self.on_bullet, PARA: self.on_paragraph,
                         SOURCE_LINE: self.on_source_line}

    def read(self) -> list[Unit]:
        k = read_top(self)
        while k < len(self.infos):
            if k not in self.skip:
                self.read_one(self.infos[k], k)
            k += 1
        self.flush(None)
        headline_teasers(self.units)
        self.synopses()
        for unit in self.units:
            if unit.kind == "update" and not unit.blocks and unit.title is not None:
                if unit.stamp is None and unit.stamp_line is None:  # (a stamp line may give a day and no time)
                    unit.kind, unit.what = "aside", "headline"  # a headline whose update never came
                unit.add(unit.title)  # a stamped headline alone (a list of releases) is the report
                unit.title = None
            if unit.kind == "update" and (unit.title is None or unit.title.index in self.intros) and all(
                    b.index in self.intros for b in unit.blocks):
                unit.kind, unit.what = "aside", "lead-in"  # a stamped note that only introduces the page
        return self.units

    def synopses(self) -> None:
        """A monthly tracker's synopsis: the first paragraph under a month's heading, naming no day, over paragraphs
        that each report an act of a day of that month ("September 2021" / "Fighting escalated across the north west;
        thousands displaced." / "Army 7 Sept shelled ..." / "Militia 18 Sept ambushed ..."). It sums up the acts
        below it and is no act of its own: an aside."""
        for k, unit in enumerate(self.units):
            section = unit.section
            if (unit.kind != "update" or unit.what != "paragraph" or section is None or section.end is None
                    or (section.end - section.date).days < MONTH_DAYS or unit.stamp is not None
                    or (k > 0 and self.units[k - 1].kind == "update" and self.units[k - 1].section is section)):
                continue
            below = [u for u in self.units[k + 1:k + 1 + SYNOPSIS_ACTS] if u.kind == "update" and u.section is section]
            if (self.finder.with_anchor(section.end).act(unit.lead) is None and len(below) == SYNOPSIS_ACTS
                    and all(self._act_in(u.lead, section.date, section.end) for u in below)):
                unit.kind, unit.what = "aside", "synopsis"

    def _act_in(self, text: str, first: dt.date, last: dt.date) -> bool:
        """Whether ``text`` reports an act of a day from ``first`` to ``last`` (read against ``last``)."""
        act = self.finder.with_anchor(last).act(text)
        return act is not None and act.timex.start is not None and first <= act.timex.start <= last

    def read_one(self, info: Info, k: int) -> None:
        kind = info.kind
        if kind != PARA:
            self.listing = False
        if kind != BULLET and self.list_label:
            self.tags, self.list_label = [], False  # "Key points" labels its list only, not the entries after it
        self.flush(kind, byline=self.byline_at(k) or self.stamped_greeting(info) or self.stamped_tags(info, k))
        if info.what == ALERT_LINE:
            self.on_alert_line(info)
            return
        teaser = ((kind in (DATE_HEADING, COUNTER) and teaser_date(self, k))
                  or (kind == STAMP_LINE and teaser_stamp(self, k)) or (kind == STAMP and teaser_headline(self, k))
                  or teaser_title(self, k) or teaser_dek(self, k))
        if kind not in (HEADLINE, LABEL, LEAD_IN, LINK, BULLET) and not teaser:
            self.in_related = False  # (a list of links under "Read more:" is related too)
        self.handlers[kind](info, k)

    def on_alert_line(self, info: Info) -> None:
        """A line of an alert's row ("Rocket and missile fire", "Sderot, Ivim"): the text of the alert its clock
        opens."""
        cur = self.current
        if self.pending_stamp is not None or cur is None:
            cur = self.start("item")
        cur.add(info.block)
        self.in_item = True

    def on_dateline(self, info: Info, k: int) -> None:
        self.aside(info, "dateline", info.timex)

    def stamped_greeting(self, info: Info) -> bool:
        """Whether a greeting comes right under a stamp ("06:00" / "Welcome back" / "Good morning and welcome to our
        live coverage ... Israel's military says ..."): it titles the day's opening post, which goes on to report."""
        return info.kind == FURNITURE and info.what == GREETING and self.pending_stamp is not None

    def stamped_tags(self, info: Info, k: int) -> bool:
        """Whether a line of hashtags comes between a post's stamp and its text ("Yesterday at 9:32 PM ·" / "#FactCheck"
        / the post): the stamp still waits for the text below."""
        return info.kind == FURNITURE and info.what == "hashtags" and self.pending_stamp is not None \
            and self.kind_at(k + 1) in (PARA, LEAD_IN)

    def on_furniture(self, info: Info, k: int) -> None:
        if self.stamped_greeting(info) and self.kind_at(k + 1) in (PARA, LEAD_IN):
            self.drop_title()  # (a headline still waiting from above the stamp is none of this post's)
            self.pending_title = info.block
            return
        if info.what == "pinned":
            self.pinned = True
        if info.what == "see also" and inline_teaser(self, info, k):
            self.aside(info, "related link")  # "Read more: <title>" inside a live post: the post goes on under it
            return
        if info.what == "see also":
            self.close()
            self.in_related = opens_related(self, info, k)
        if self.post_byline(info, k):
            if self.pending_stamp is not None:
                self.start("item")
                self.in_item = True
            if self.current is not None:
                self.current.marks.append(info.block)  # the post's signature: its lines, not its report's words
                return
        if self.posts and info.what in ("byline", "handle") and self.current is not None \
                and self.current.stamp_line is not None:
            self.close()  # (the author's name over the next post: the post above, its header stamped, ends)
        self.aside(info, info.what)  # (a byline over a post's stamp or headline signs it: the post waits for its text)

    def post_byline(self, info: Info, k: int) -> bool:
        """Whether a byline signs the post whose stamp is right above it ("March 4, 2024, 6:10 a.m. ET" / "Jane Doe" /
        "Reporting from Kyiv" / the text): the post's first lines, over its text. Under a post's headline, over another
        headline (a box of links below a ticker's last item), it is an aside, not a line of that post."""
        if info.what != "byline" or self.kind_at(k + 1) not in (PARA, FURNITURE, HEADLINE):
            return False
        cur = self.current
        return self.pending_stamp is not None or (self.in_item and cur is not None and cur.stamp is not None
                                                  and not cur.blocks
                                                  and (cur.title is None or self.kind_at(k + 1) != HEADLINE))

    def on_stamp(self, info: Info, k: int) -> None:
        if teaser_headline(self, k):
            self.aside(info, "related link", info.timex)  # "3:05 pm  Sirens sound ..." under "Read more"
            return
        cur = self.current
        if (info.what == "turn" and cur is not None and cur.stamp is not None and info.stamp is not None
                and cur.blocks and cur.blocks[0].index in self.turns and self.infos[k - 1].block is cur.blocks[-1]
                and (cur.stamp.time, cur.stamp.date_text) == (info.stamp.time, info.stamp.date_text)):
            cur.add(info.block, info.stamp.body)  # a transcript's next turn in the same minute: the same segment
            return
        note = self.stamped_note(info) or self.article_note(info)
        if note and not self.diary:
            self.drop_title()  # (a story's sub-heading over the note heads its section, not the note)
        self.close()
        self.stamp_section(info)
        unit = self.start("item")
        unit.stamp = info.stamp
        self.take_bylines(unit, info.block)
        if info.what.startswith(FEED):  # a feed's item: its outlet is its tag
            unit.what, unit.tags = FEED_ITEM, [*unit.tags, info.what.removeprefix(FEED)]
        if info.what == CLOCKED_TITLE and info.stamp is not None and self.kind_at(k + 1) in (PARA, HEADLINE):
            unit.title = replace(info.block, text=info.stamp.body)  # "Statement by X – 20:30 hours" titles its text
            unit.awaiting_lead = True
        else:
            unit.add(info.block, info.stamp.body if info.stamp else info.block.text)
        self.in_item = not note

    def stamped_note(self, info: Info) -> bool:
        """Whether an inline stamp ("3:40 p.m. — Power came back ...") times one note among a day's unstamped notes, as
        in a diary under a day heading: the units above it in its section are paragraphs of their own, with no stamp,
        or the page's day headings hold such notes (see ``PageView.diary``). Its paragraphs after it are then read as
        any paragraph is, not as the rest of a live post."""
        above = self.units[-NOTES_ABOVE:]
        if info.stamp is None or info.stamp.standalone or self.section is None:
            return False
        return self.diary or (len(above) == NOTES_ABOVE and all(
            u.kind == "update" and u.what == "paragraph" and u.stamp is None and u.section is self.section
            for u in above))

    def article_note(self, info: Info) -> bool:
        """Whether an inline stamp naming itself an update ("(Update, 22:10 IST) The army said ...") is the one stamp
        of a story, under paragraphs of their own: a note added to the story, timing its own paragraph; the
        paragraphs after it are read as any paragraph is (asides between them, a teaser, do not count)."""
        if info.stamp is None or not info.stamp.prefixed or info.stamp.standalone or self.stamps_on_page != 1:
            return False
        above = list(itertools.islice((u for u in reversed(self.units) if u.kind == "update"), NOTES_ABOVE))
        return len(above) == NOTES_ABOVE and all(u.what == "paragraph" and u.stamp is None for u in above)

    @functools.cached_property
    def stamps_on_page(self) -> int:
        return sum(i.kind in STAMPS for i in self.infos)

    def on_stamp_line(self, info: Info, k: int) -> None:
        if teaser_stamp(self, k):
            self.aside(info, "related link", info.timex)  # the time of a teaser in a list of other stories
            return
        cur = self.current
        if cur is not None and self.update_note(info, k):  # (a note only ever follows a post)
            cur.add(info.block, "")  # "Updated at 17.52 BST" closing a post: when it was changed, not a new post
            return
        if info.trailing and cur is not None and cur.stamp is None:
            if cur.stamp_line is not None:  # (a post its header stamped by its day, "· 8d": the clock is its line)
                cur.add(info.block, "")
            else:
                cur.stamp, cur.stamp_line = info.stamp, info.block  # the footer of the post above
                cur.poster = cur.poster or info.author
                self.stamp_section(info)
                cur.section = self.section
            self.close()
            return
        self.close()
        if info.what == STATEMENT_HEAD:
            self.drop_title()  # (a statement's heading heads it: a headline above is the page's, not the statement's)
        self.pending_stamp = info

    def update_note(self, info: Info, k: int) -> bool:
        """Whether stamp line ``k`` is a note of when the post above was last changed ("Updated at 17.52 BST"): an
        undated "Updated" stamp right under a stamped post's text, with the next post's stamp (or nothing) below it."""
        cur, stamp = self.current, info.stamp
        return (cur is not None and cur.kind == "update" and cur.stamp is not None and bool(cur.blocks)
                and stamp is not None and stamp.prefixed and stamp.date_text is None
                and _UPDATED_AT.match(stamp.label) is not None and self.kind_at(k + 1) in (*STAMPS, None))

    def signer_post(self, info: Info, k: int) -> bool:
        """Whether paragraph ``k`` is the post of who signs a statement: a line ending with a comma right under the
        statement's closing place and day ("Bamako, 29 July 2024", "Kyiv, 3 March 2022"), over the signer's name
        ("The Minister of Foreign Affairs," / "Dmytro Kuleba") rather than a paragraph."""
        above = self.infos[k - 1] if k > 0 else None
        return (above is not None and above.kind in (LABEL, DATELINE, DATE_HEADING) and self.place_day(above)
                and info.block.text.rstrip().endswith(",") and info.block.words <= SIGNER_POST_WORDS
                and self.kind_at(k + 1) != PARA)

    def question_turn(self, info: Info, k: int) -> bool:
        """Whether a transcript's turn asks a question that the next speaker answers ("QUESTION: ... Is that true?" /
        "SPOKESMAN: No. ..."): the question heads the answer, whose speaker says what the entry reports."""
        below = self.infos[k + 1] if k + 1 < len(self.infos) else None
        # (the asker's turn may say why it asks after the question: "Who holds the town? There are reports ...")
        asks = _ASKS.search(info.block.text) is not None or (
            "?" in info.block.text and capitals_speaker(info.block.text) == self.asker)
        return (self.transcript and info.block.index in self.spoken and asks
                and below is not None and below.block.index in self.spoken and _ASKS.search(below.block.text) is None)

    @functools.cached_property
    def asker(self) -> str | None:
        """The speaker who asks in a transcript ("QUESTION", "Q"): the one whose turns most often end asking."""
        askers = collections.Counter(capitals_speaker(i.block.text) for i in self.infos
                                     if i.block.index in self.spoken and _ASKS.search(i.block.text))
        return askers.most_common(1)[0][0] if askers else None

    def topic_goes_on(self, cur: Unit | None, info: Info) -> bool:
        """Whether a transcript's turn carries on the topic a question opened (see :mod:`chronik.segment.exchanges`):
        a follow-up question, or an answer, under an update that a question heads."""
        if (not self.transcript or cur is None or cur.kind != "update" or cur.title is None
                or cur.title.index not in self.spoken or info.block.index not in self.spoken):
            return False
        speaker = capitals_speaker(info.block.text)
        if speaker == self.asker and new_questioner(info.block.text, cur.title.text):
            return False  # another reporter asks: a topic of their own
        answered = {capitals_speaker(b.text) for b in cur.blocks if b.index in self.spoken} - {self.asker}
        if speaker != self.asker and answered and speaker not in answered \
                and capitals_speaker(cur.blocks[-1].text) in answered:
            return False  # a second briefer adds to the first's answer ("I would add that ..."): a statement of theirs
        return speaker != self.asker or not opens_topic(info.block.text)

    def asks_another_briefer(self, cur: Unit, info: Info, k: int) -> bool:
        """Whether a question that would follow up the topic above is answered by a briefer who has not answered in it
        ("QUESTION: How many people have fled?" / "ANSWER (MR. PRITCHARD): ..." after the colonel's answers): a new
        topic, for another briefer."""
        below = self.infos[k + 1] if k + 1 < len(self.infos) else None
        if (below is None or cur.title is None or below.block.index not in self.spoken
                or answerer(info.block.text) != self.asker):
            return False
        answered = {answerer(b.text) for b in cur.blocks if b.index in self.spoken} - {self.asker}
        answering = answerer(below.block.text)
        return bool(answered) and answering is not None and answering != self.asker and answering not in answered

    def turn_goes_on(self, cur: Unit, info: Info) -> bool:
        """Whether a paragraph carries on a transcript's turn: no speaker of its own under one who spoke ("JAMIE
        SHEA: Good afternoon. ..." / "As I told you this morning, ..."); the speaker's next paragraph is theirs."""
        return (self.transcript and cur.kind == "update" and bool(cur.blocks) and info.block.index not in self.spoken
                and cur.blocks[0].index in self.spoken)

    def turn_reports_act(self, cur: Unit, info: Info) -> bool:
        """Whether a paragraph of a transcript's turn, after its first, opens with the day of an act of its own
        ("Yesterday, at about 21:40, a reconnaissance group ...", "On 13 August, in the port of Poti, ..."), or on
        what another reports (``_others_report``): a briefer's statement reports one act after another, each an update
        in the briefer's words."""
        if not (self.transcript and cur.kind == "update" and cur.blocks and info.block.index not in self.spoken
                and (cur.blocks[0].index in self.spoken or cur.turn is not None)) or _RECALLS.match(info.block.text):
            return False  # ("As I told you this morning, ...": the speaker recalls their own words, no new act)
        act = self.finder.with_anchor(cur.section.date if cur.section else self.finder.anchor).act(info.block.text)
        return (act is not None and act.start < ACT_LEAD_CHARS) or _others_report(info.block.text)

    def speaker_reports_act(self, cur: Unit, info: Info) -> bool:
        """Whether a paragraph of a member's contribution in a parliament's record, after its first, opens with the
        day of an act of its own ("On 16 October, Israeli forces killed ...", "Yesterday, I spoke to ..."): a
        minister's statement reports one act after another, each an update in the member's name."""
        if cur.kind != "update" or cur.speaker is None or not cur.blocks:
            return False
        act = self.finder.with_anchor(cur.section.date if cur.section else self.finder.anchor).act(info.block.text)
        return act is not None and act.start < ACT_LEAD_CHARS

    def place_day(self, info: Info) -> bool:
        """Whether a short line is a statement's closing place and day, the day written in full with its year."""
        return place_day(info.block, self.finder) is not None

    def on_source_line(self, info: Info, k: int) -> None:
        cur = self.current
        if cur is None or cur.kind != "update":
            self.aside(info, "dateline", info.timex)
            return
        cur.add(info.block, "")  # the item's outlet and date: its tag and its date, not its text
        cur.tags.append(info.what)
        cur.source_date = info
        self.close()

    def on_result(self, info: Info) -> None:
        """A card of a list of results (see :mod:`chronik.segment.results`): the outlet's line opens a report, tagged
        with the outlet and dated by the card's age; the headline and the age are its lines."""
        cur = self.current
        if info.what != RESULT:
            if cur is None:
                self.aside(info, "result")
            else:
                cur.add(info.block, "" if info.what == RESULT_AGE else None)
            return
        self.close()
        self.drop_title()
        unit = self.start("item")
        unit.what, unit.tags = FEED_ITEM, [*unit.tags, info.block.text.strip()]
        unit.add(info.block)
        if info.timex is not None and info.timex.start is not None:
            unit.section = Section(info.timex.start, None, "timestamp", "the age the result is shown with")

    def on_statement_mark(self, info: Info) -> None:
        """A statement's opening formula or its signature (see :mod:`chronik.segment.statements`): lines of the
        statement, none of its words; the signature closes it."""
        cur = self.current
        if cur is None and self.pending_stamp is None:
            self.aside(info, "signature")
            return
        if cur is None:
            cur = self.start("item")
            self.in_item = True
        cur.marks.append(info.block)
        if cur.blocks:
            self.close()

    def on_item_date(self, info: Info) -> None:
        """An item's date line under its title (see :mod:`chronik.segment.dated_items`): it opens the item's report
        under that title and dates it and what follows, down to the next item."""
        assert info.timex is not None and info.timex.start is not None
        self.close()
        self.section = Section(info.timex.start, None, "timestamp", f"the item's date line '{info.block.text.strip()}'")
        self.start("item").add(info.block, "")
        self.in_item, self.item_story = True, info.what == ITEM_STORY

    def on_item_title(self, info: Info) -> None:
        """An item's title over its date line (see chronik.segment.dated_items): it titles the item under it."""
        self.close()
        self.drop_title()
        self.pending_title = info.block

    def on_release_note(self, info: Info) -> None:
        """An editor's note in a release, reporting a claim of its own: an update of its own."""
        self.close()
        self.start("paragraph").add(info.block)

    def on_thread_note(self, info: Info) -> None:
        """A thread's note without its clock: it runs to the next note."""
        self.close()
        self.start("paragraph").add(info.block)
        self.in_item = True

    def on_source_credit(self, info: Info) -> None:
        """A digest item's last block, closed by its source's credit: the item takes the credit's day and clock (not
        the items' after it); a credit alone under no text is an aside."""
        cur = self.current
        if cur is None or cur.kind != "update" or cur.stamp is not None:
            if not info.block.text.lstrip().startswith("("):
                cur = self.start("paragraph")
            else:
                self.aside(info, PROVENANCE, info.timex)
                return
        cur.add(info.block)
        cur.stamp = info.stamp
        if info.timex is not None and info.timex.start is not None:
            why = f"its source's credit '{info.block.text.strip()}'"
            cur.section = Section(info.timex.start, None, "timestamp", why)
        self.close()

    def on_record_line(self, info: Info) -> bool:
        """A line of a list's record (see :mod:`chronik.segment.records`): its opening field opens an update, every
        other line of it is that update's, and its date field dates it as a source line would."""
        if info.what == TRANSCRIBER_NOTE:
            self.close()
            self.aside(info, info.what)
            return True
        if info.what == RECORD_START:
            self.close()
            self.start("record")
        cur = self.current
        if info.what not in (RECORD_START, RECORD_LINE) or cur is None or cur.what != "record":
            return False
        cur.add(info.block)
        if info.timex is not None and cur.source_date is None:
            cur.source_date = info
        return True

    def on_paragraph(self, info: Info, k: int) -> None:
        cur = self.current
        if self.on_record_line(info):
            return
        if self.tags and lexicon().reference_label.match(self.tags[0]) and _NOTE_NUMBER.match(info.block.text):
            self.aside(info, "footnote")  # "1 The Houthi-run health ministry reported ..." under "Footnotes"
            return
        handler = _PARAGRAPH_HANDLERS.get(info.what)
        if handler is not None:
            handler(self, info)
            return
        if info.what == RUNS_ON and cur is not None and cur.kind == "update":
            cur.add(info.block)  # "The enemy lost:" over its items, a box's next figure: the update above goes on
            return
        if info.what == EMBED and cur is not None:
            cur.add(info.block, "")  # the name or the footer of a message the post quotes: the post's lines
            return
        if info.what == EMBED and self.pending_stamp is not None:
            self.start("item").add(info.block, "")  # a post's author under its stamp, over its text
            self.in_item = True
            return
        if info.what == AUTHOR:
            if cur is None or self.what_at(k - 1) != AUTHOR:
                self.close()
                cur = self.start("item")
            cur.add(info.block, "")  # the author's name and handle open the thread's first post
            return
        if self.what_at(k - 1) == AUTHOR and cur is not None:
            cur.add(info.block)  # ... and its text follows them
            return
        if info.what == CHANNEL_HEADER:
            self.close()
            self.start("item", title=info.block)  # the channel's name over its message: the message opens
            self.in_item = True
            return
        if info.what == MESSAGE_HEADER and self.what_at(k - 1) == CHANNEL_HEADER and cur is not None:
            cur.add(info.block, "" if REPLY_HEADER.match(info.block.text) else None)  # the message the name heads
            return
        if info.what == MESSAGE_HEADER:
            self.close()
            # "Forwarded from ...": a message opens, its text follows; a reply's header quotes another message, whose
            # words are not this one's
            self.start("item").add(info.block, "" if REPLY_HEADER.match(info.block.text) else None)
            self.in_item = True
            return
        if teaser_title(self, k) or teaser_dek(self, k):
            self.aside(info, "related link")  # a sidebar teaser's title over its date, under "Other statements"
            return
        if info.what in (HEARING_TURN, SITTING, MEETING_TURN):
            self.close()  # a hearing's turn, its speaker's to claim, or the clock of the sitting in its own voice
            unit = self.start("item")
            unit.add(info.block)
            unit.speaker = printed_hearing_speaker(info.block.text) if info.what == HEARING_TURN else None
            self.in_item = info.what in (HEARING_TURN, MEETING_TURN)  # (a council's member speaks as the label says)
            return
        if info.what == PROCEDURE:
            self.close()
            self.aside(info, "procedure")  # "The meeting rose at 11.15 a.m."
            return
        if self.transcript and info.block.index in self.spoken:
            self.turn_label = capitals_speaker(info.block.text) or written_speaker(info.block.text)
        if self.transcript and closes_session(info.block.text):
            self.close()
            self.aside(info, "session end")  # "All right. Thanks, everyone." / "(The briefing was concluded at ...)"
            return
        if cur is not None and self.topic_goes_on(cur, info) and not self.asks_another_briefer(cur, info, k):
            cur.add(info.block)  # a follow-up question, or its answer: the topic's update goes on
            return
        if self.question_turn(info, k):
            self.close()
            self.pending_title = info.block  # the question heads the answer below it, whose words are the news
            return
        if info.what == SOURCE_CREDIT:
            self.on_source_credit(info)
            return
        if info.what == PROVENANCE:
            if cur is None:
                self.aside(info, PROVENANCE)
            else:
                cur.add(info.block)  # "Source: t.me/...": where the text above came from, the end of it
                self.close()
            return
        if cur is not None and cur is self.addressed:
            self.close()  # the text after an addressed list is not one of its recommendations
            cur = None
        if self.addressee(info, k):
            return
        if self.signer_post(info, k):
            self.close()
            self.aside(info, "signature")  # "The Minister of ..., Spokesperson of the Government," over the name
            return
        if editor_note(self, info):
            self.close()
            self.aside(info, "note to editors")  # the publisher on itself for the press, not news
            return
        if cur is not None and self.speaker_reports_act(cur, info):
            self.close()  # the member's next act ("Yesterday, I spoke to ..."): an update, still theirs to claim
            # (the heading's line is the first's)
            unit = self.start("item", title=replace(cur.title, lines=[]) if cur.title is not None else None)
            unit.add(info.block)
            unit.speaker = cur.speaker
            self.in_item = True
            return
        if cur is not None and self.turn_reports_act(cur, info):
            self.close()  # the briefer's next act: an update of its own, still the briefer's words
            self.own_paragraph(info)
            return
        if self.listing and (self.kind_at(k - 1) == LEAD_IN or (
                self.kind_at(k - 1) == PARA and not (cur is not None and continues(self, cur, info.block.text)))):
            self.close()
            line = self.start("paragraph")  # a summary line under a post's lead-in, at the post's time
            line.add(info.block)
            line.post_stamp = self.listing_stamp
        elif self.pending_stamp is not None:
            self.start("item").add(info.block)
            self.in_item = True
        elif cur is not None and (cur.awaiting_lead or (self.in_item and not (self.item_story and cur.lead))
                                  or continues(self, cur, info.block.text)
                                  or (self.posts and cur.kind == "update" and cur.stamp is None)
                                  or same_paragraph(self, cur, info, k) or timeline_continues(self, cur, info, k)
                                  or self.turn_goes_on(cur, info)):
            cur.add(info.block)  # (in a thread, a post runs on until the stamp below it)
        else:
            self.own_paragraph(info)

    def own_paragraph(self, info: Info) -> None:
        """A paragraph that is an update of its own; in a transcript, with no speaker's label of its own, still the
        words of the turn above it."""
        unit = self.start("paragraph")
        unit.add(info.block)
        if self.transcript and info.block.index not in self.spoken:
            unit.turn = self.turn_label


def read_units(infos: list[Info], title: str | None, finder: DateFinder) -> list[Unit]:
    """Group classified blocks into units, in page order (``finder`` tells whether a paragraph names its day)."""
    return Reader(infos, title, finder).read()


# the paragraphs an earlier reading (results, statements, dated items, releases, threads) has told what they are, and
# the handler of each: read before any other rule of :meth:`Reader.on_paragraph`, whatever the unit above
_PARAGRAPH_HANDLERS: dict[str, Callable[[Reader, Info], None]] = {
    RESULT: Reader.on_result, RESULT_LINE: Reader.on_result, RESULT_AGE: Reader.on_result,
    STATEMENT_MARK: Reader.on_statement_mark,
    ITEM_TITLE: Reader.on_item_title, ITEM_DATE: Reader.on_item_date, ITEM_STORY: Reader.on_item_date,
    RELEASE_NOTE: Reader.on_release_note, THREAD_NOTE: Reader.on_thread_note,
}
