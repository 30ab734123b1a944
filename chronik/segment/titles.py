"""What a headline-shaped line is: the title of the update under it, a section label, a subheading inside one story,
a teaser, or a line on its own.

Over a timestamp a headline waits for its stamp's update. Over paragraphs it titles one story, unless the paragraphs
are a section's: set apart under a name ("Iraq and Syria"), each reporting its own day, under a week's span, or under a
question on a page without timestamps ("How did the offensive unfold?": an explainer's section, its paragraphs read by
the digest rules). Between a story's paragraphs, on a page whose other headings there are subheadings, it is one of
them. The titles and signatures of releases listed one under another are read by the rules this reader inherits from
:mod:`chronik.segment.release_titles`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from chronik.segment import prose
from chronik.segment.classify import (
    BULLET,
    DATE_HEADING,
    HEADLINE,
    LABEL,
    LEAD_IN,
    PARA,
    PROVENANCE,
    SPEAKER,
    Info,
)
from chronik.segment.continuation import many_acts
from chronik.segment.headings import labelled, name_heading, question_heading, serial_title, title_cased, welcome
from chronik.segment.lexicon import lexicon
from chronik.segment.numbered_items import NUMBERED_ITEM
from chronik.segment.pageview import STAMPS
from chronik.segment.release_titles import SIGNATURE_WORDS, ReleaseTitles
from chronik.segment.releases import release_marker
from chronik.segment.speakers import speaker_name
from chronik.segment.teasers import media_teaser, read_teaser_box
from chronik.segment.units import Unit, section_of

MIN_TITLE_WORDS = 3  # a label short enough to be one ("Briefings", "Statements") is a title only from three words
WIRE_STORIES = 2  # headlines over ledes that open with their place that make a page a collection of wire stories
# a digest's item headline: its region in capitals, a colon, the headline in words of lower case too
_REGION_HEADLINE = re.compile(r"^[A-Z][A-Z'’.]*(?:[ /-][A-Z][A-Z'’.]*){0,4}:\s+(?=.*\b[a-z])")
DIGEST_HEADLINES = 3  # such headlines that make a page a digest of items, each under its headline
TITLED_BELOW = 2  # stamps with their headline under them that make a headline over a stamp no title of it
TITLED_ABOVE = 2  # headlines over stamps that make a longer label over a stamp a title too
DIGEST_REPORTS = 3  # how many untitled paragraphs, each a report, make the page above a digest's

# an editor's note wholly in brackets ("(Transmitted through Lieutenant-General Odd Bull, Chief of Staff of ...)")
_BRACKETED_NOTE = re.compile(r"^\([^()]+\)$")

# capitalized words (a name, an agency, a place after a comma), no sentence's end and no colon
SIGNATURE = re.compile(r"^[A-Z][\w.'’-]*(?:(?:\s+|,\s*|\s+(?:and|&)\s+)[A-Z][\w.'’-]*)*$")
# a paper's jump line, where a story goes on from its front page ("Continued From Page 1", "Continued from Page One,
# Column 4"): the headline under it is the story's jump heading, not a new story's title
JUMP_LINE = re.compile(r"^\s*continued\s+from\s+(?:page\s+)?(?:\d{1,3}|one|first\s+page)\b[^.!?]{0,30}$", re.I)


class TitleReading(ReleaseTitles):
    """The reader's handling of headlines, labels and links that may title what follows them."""

    def on_link(self, info: Info, k: int) -> None:
        if self.in_related:
            self.aside(info, "related link")
            return
        if info.what != "away" and self.kind_at(k + 1) in (PARA, BULLET):
            self.on_headline(info, k)
            return
        self.close()
        self.aside(info, "link to another day")

    @functools.cached_property
    def speakers(self) -> dict[int, str]:
        """The members' headings of a parliament's record, by block, each with the member's name; a member named again
        by surname ("Mr Lammy") has the name a heading above gave in full ("(Mr David Lammy)")."""
        out: dict[int, str] = {}
        full: dict[str, str] = {}
        for info in self.infos:
            name = speaker_name(info.block.text) if info.what == SPEAKER else None
            if name is not None:
                surname = name.split()[-1]
                out[info.block.index] = full.get(surname, name) if " " not in name else name
                full.setdefault(surname, name)
        return out

    def on_label(self, info: Info, k: int, may_title: bool = True) -> None:
        """A label: a section's name, or (``may_title``) a short title among titled items. A headline read as a
        section by :meth:`over_paragraphs` comes back here with ``may_title`` False, so the two never call each
        other again for the same line."""
        if self.in_related:
            self.aside(info, "related link")
            return
        if self.addressee(info, k):
            return
        if self.document_kind(k):
            self.open_story(info)  # "Press Release" under its day's date line: the release's title
            return
        if self.marker(info):
            return
        if self.post_signature(info, k):
            self.aside(info, "byline")  # the post goes on under its signature: its text is below
            return
        cur = self.current
        if cur is not None and cur.kind == "update" and cur.blocks and k in self.release_signatures:
            cur.add(info.block)  # "Ministry of Information" / "Asmara" under a release: its signature, its last lines
            return
        if (self.stamp_below(k) or self.pending_stamp is not None) and (not labelled(info.block)
                                                                         or serial_title(info.block)
                                                                         or self.post_label(k)
                                                                         or self.titled_alike(k)):
            self.on_headline(info, k)
            return
        if may_title and (self.dateline_title(k) or self.title_under_day(k)):
            self.on_headline(info, k)
            return
        if k == self.wire_dateline and not labelled(info.block):
            self.close()
            self.aside(info, "dateline")  # a wire's dateline over its story ("ANKARA"): its paragraphs are reports
            return
        cur = self.current
        if (may_title and not labelled(info.block) and info.block.words >= MIN_TITLE_WORDS
                and self.kind_at(k + 1) == PARA and cur is not None and cur.kind == "update" and cur.what == "item"
                and cur.title is not None
                and cur.stamp is None and not self.paragraphs_apart(k)):
            self.on_headline(info, k)  # a short title among titled items ("Malaysia offers to mediate")
            return
        self.label(info, k)

    def marker(self, info: Info) -> bool:
        """Set aside a line by which the page says it is a press release ("FOR IMMEDIATE RELEASE"), if ``info`` is
        one."""
        if not release_marker(info.block.text):
            return False
        self.aside(info, "release marker")
        return True

    def post_label(self, k: int) -> bool:
        """Whether label ``k`` is the headline of the post whose stamp is right above it, over the lead-in of the
        post's summary of two lines or more ("17.24 GMT" / "Evening summary" / "Here are the main developments
        ...:"); not over a greeting's ("Opening summary" / "Good morning and welcome ... Here are the latest
        developments:"), where the stamp, the label and the greeting are the page's furniture and the summary's lines
        its reports."""
        below = self.infos[k + 1].block if k + 1 < len(self.infos) else None
        return (self.pending_stamp is not None and self.kind_at(k - 1) in STAMPS and self.kind_at(k + 1) == LEAD_IN
                and below is not None and below.text.rstrip().endswith(":") and not welcome(below)
                and self.kind_at(k + 2) == PARA and self.kind_at(k + 3) == PARA
                and not self.infos[k].block.text.rstrip().endswith(":"))

    def titled_alike(self, k: int) -> bool:
        """Whether label ``k``, right over a stamp, titles its post as the page's headlines over stamps title theirs,
        though it opens with a label's word ("Humanitarian Window in Shuja'iya" among "IDF Names Soldiers Killed in
        Shuja'iya" / "Jul 20, 2014, 11:20 PM"): three words or more, no colon, on a page of two such headlines or
        more."""
        return (self.stamp_below(k) and self.titles_over_stamps >= TITLED_ABOVE
                and self.infos[k].block.words >= MIN_TITLE_WORDS and ":" not in self.infos[k].block.text)

    @functools.cached_property
    def titles_over_stamps(self) -> int:
        """How many of the page's headlines, and labels not worded as one, stand right over a stamp: posts titled above
        their stamps."""
        return sum(1 for j in range(len(self.infos) - 1) if self.stamp_below(j) and (
            self.kind_at(j) == HEADLINE or (self.kind_at(j) == LABEL and not labelled(self.infos[j].block))))

    @functools.cached_property
    def titles_under_stamps(self) -> int:
        """How many of the page's stamps have a headline right under them: posts titled below their stamps."""
        return sum(1 for j in range(len(self.infos) - 1)
                   if self.infos[j].kind in STAMPS and self.infos[j + 1].kind in (HEADLINE, LABEL))

    def announced_link(self, k: int) -> bool:
        """Whether headline ``k`` is the title of a story the line above points to with a colon ("Our full news story
        on the fall of Raqqa is here:" / "US-backed forces say they have taken control of Raqqa"), over the next
        post's stamp on a page whose posts carry their headlines under their stamps: a link that closes what is
        above it, not the title of the post below."""
        above = self.infos[k - 1].block if k > 0 else None
        return (above is not None and above.text.rstrip().endswith(":") and self.pending_stamp is None
                and self.stamp_below(k) and self.titles_under_stamps >= TITLED_BELOW
                and bool(self.units) and bool(self.units[-1].blocks) and self.units[-1].blocks[-1] is above)

    def post_signature(self, info: Info, k: int) -> bool:
        """Whether a short name line signs the stamped post whose headline is right above it, over the post's text
        ("10:32" / "Sirens sound across the north" / "Reuters" or "Jane Doe, Kyiv" / the text): the reporter or the
        agency, kept apart as an aside, not a section label that would end the post and tag the posts below."""
        cur, text = self.current, info.block.text.strip()
        return (cur is not None and cur.kind == "update" and self.in_item and cur.stamp is not None
                and cur.title is not None and cur.title.index == info.block.index - 1 and not cur.blocks
                and self.kind_at(k + 1) == PARA and info.block.words <= SIGNATURE_WORDS and not labelled(info.block)
                and SIGNATURE.match(text) is not None)

    def deck_over_lede(self, k: int) -> bool:
        """Whether headline ``k`` is a line of the story's dek, right over its lede opening with its place ("BEIRUT/
        JERUSALEM: ...", "KYIV, May 3 (Reuters) - ..."), no report read yet: the story under the page title is one
        article, read paragraph by paragraph, not one update under its dek's last line."""
        return (not self.stamped and self.kind_at(k + 1) == PARA
                and prose.opens_with_place(self.infos[k + 1].block.text)
                and not any(u.kind == "update" for u in self.units))

    @functools.cached_property
    def region_headlines(self) -> int:
        """How many headlines over paragraphs name their region in capitals before a colon, as a humanitarian digest
        heads its items ("ETHIOPIA-ERITREA: Ethiopian troops take Tesseney", "SUDAN: Refugees pour into Kassala")."""
        return sum(1 for j, i in enumerate(self.infos) if i.kind == HEADLINE and self.kind_at(j + 1) == PARA
                   and _REGION_HEADLINE.match(i.block.text) is not None)

    @functools.cached_property
    def wire_headlines(self) -> int:
        """How many headlines sit right over a lede opening with its place ("ISLAMABAD, June 3: ...")."""
        return sum(1 for j, i in enumerate(self.infos) if i.kind == HEADLINE and self.kind_at(j + 1) == PARA
                   and prose.opens_with_place(self.infos[j + 1].block.text))

    def story_title(self, k: int) -> bool:
        """Whether headline ``k`` titles one of the wire stories a page collects, each under its headline, each
        opening with its place ("Nachiketa handed over to ICRC" / "ISLAMABAD, June 3: Pakistan on Thursday ..."):
        the story's title, not a section label of a digest, nor the dek of the one story of the page."""
        return (not self.stamped and self.wire_headlines >= WIRE_STORIES and self.kind_at(k + 1) == PARA
                and prose.opens_with_place(self.infos[k + 1].block.text))

    def among_subheadings(self, k: int) -> bool:
        """Whether headline ``k`` sits between a story's paragraphs, untitled, on a page whose other headings there are
        its subheadings (section labels with paragraphs above and below them): one of them, not a story's title."""
        cur = self.current
        if (self.stamped or self.kind_at(k - 1) != PARA or cur is None or cur.kind != "update" or cur.title is not None
                or cur.what != "paragraph"):
            return False
        return any(self.kind_at(j) in (LABEL, HEADLINE) and self.kind_at(j - 1) == PARA and self.kind_at(j + 1) == PARA
                   and not labelled(self.infos[j].block) and not name_heading(self.infos[j].block)
                   for j in range(1, len(self.infos) - 1) if j != k)
        # (a region's name over a digest's items is no subheading of one story)

    def among_reports(self, k: int) -> bool:
        """Whether headline ``k`` comes right under paragraphs read as reports of their own, on a page without
        timestamps whose headlines titled nothing yet, the paragraphs under no section label: a digest's sections ("Key
        developments on March 12:", its bullets and paragraphs, then "Strikes on Kharkiv" over more of them). It names
        their section: its paragraphs are read by the digest rules, not glued under it as one story, and so are the
        next headlines' sections. (Among sections named by labels, "Burkina Faso and Niger", a headline with a verb
        titles its story.)"""
        cur = self.current
        if (self.stamped or self.kind_at(k - 1) != PARA or cur is None or cur.kind != "update" or cur.title is not None
                or cur.what != "paragraph"):
            return False
        updates = [u for u in self.units if u.kind == "update"]
        self.digest = self.digest or (not cur.tags and all(u.title is None for u in updates)
                                      and sum(1 for u in updates if u.what == "paragraph") >= DIGEST_REPORTS)
        return self.digest

    def on_headline(self, info: Info, k: int) -> None:
        if self.in_related and not self.stamp_below(k) and not self.story_title(k) and info.what != NUMBERED_ITEM:
            # (a headline over a stamp opens the next post; over a lede, its story; a digest's numbered item, its item)
            self.aside(info, "related link")
            return
        if self.addressee(info, k) or self.marker(info):
            return
        if self.note_under_stamp(info, k):
            self.units[-1].add(info.block)  # "(Transmitted through ...)" under "Message from X – 10:30 hours"
            return
        if k > 0 and JUMP_LINE.match(self.infos[k - 1].block.text):
            self.close()
            self.aside(info, "jump heading")
            return
        if media_teaser(self, info, k):
            self.close()
            self.aside(info, "teaser")  # "LISTEN: Our podcast on ...", under no stamp and over no text: a promotion
            return
        if info.what == SPEAKER:
            self.close()  # a member's heading in a parliament's record: their contribution, all of it, is below
            unit = self.start("item", title=info.block)  # (under the time it began, when the record gives it)
            unit.awaiting_lead, unit.speaker = True, self.speakers[info.block.index]
            self.in_item = True
            return
        nxt = self.kind_at(k + 1)
        if self.footer_below(k) and self.pending_stamp is None:
            cur = self.current
            if cur is None or cur.kind != "update" or cur.stamp is not None:
                cur = self.start("item")
            cur.add(info.block)  # the last line of a message, over its footer
            return
        if self.pending_stamp is not None and self.signed_post_below(k):
            self.flush(None)  # the stamp waiting above stamps no text: the page's, or a post left empty
        if self.announced_link(k):
            self.units[-1].add(info.block)  # the story the line above points to, closing it
            return
        if self.pending_stamp is not None or self.stamp_below(k):
            self.close()
            if self.pending_stamp is not None and self.what_at(k + 1) == PROVENANCE:
                self.start("item").add(info.block)  # the whole text of a feed's event, closed by its source link
                self.in_item = True
            elif self.pending_stamp is not None:
                unit = self.start("item", title=info.block)
                unit.awaiting_lead = True
                self.in_item = True
            else:
                self.pending_title = info.block
            return
        if self.dated_post(k):
            self.open_dated_post(info, k)
            return
        cur = self.current
        if cur is not None and self.titles_post(cur, k):
            if cur.title is not None:
                cur.marks.append(cur.title)  # the flag over the title ("BREAKING"): a line of the post, not its title
            cur.title, cur.awaiting_lead = info.block, True
            return
        if nxt == PARA and cur is not None and cur.awaiting_lead and cur.stamp is not None and cur.title is not None:
            self.aside(info, "caption")  # a photo's caption between a stamped story's title and its lead
            return
        if nxt == PARA:
            self.over_paragraphs(info, k)
            return
        if nxt == BULLET:
            self.on_label(info, k)
            return
        self.close()
        if self.kind_at(k - 1) == DATE_HEADING and nxt not in (HEADLINE, LABEL):
            self.start("item").add(info.block)  # a dated title with nothing under it: a list of releases
            return
        self.aside(info, "headline")

    def signed_post_below(self, k: int) -> bool:
        """Whether headline ``k`` opens a post laid out headline / byline / stamp / text ("Grain terminal hit" / "By
        Jane Doe and John Roe" / "Published 11:02 a.m. GMT" / the text): a stamp waiting above it stamps no text."""
        j = k + 1
        if not self.byline_at(j):
            return False
        while self.byline_at(j):
            j += 1
        return self.stamp_below(k) and self.kind_at(j + 1) == PARA

    def note_under_stamp(self, info: Info, k: int) -> bool:
        """Whether headline ``k`` is an editor's note in brackets right under the line that stamps and titles a post
        ("Message from the Prime Minister to King Hussein – 10:30 hours" / "(Transmitted through ...)"): the note
        opens the post's text; it titles nothing below."""
        cur = self.current
        above = [*cur.blocks[-1:], *([cur.title] if cur.title else [])] if cur is not None else []
        return (cur is not None and cur.stamp is not None and k > 0 and self.kind_at(k - 1) in STAMPS
                and self.infos[k - 1].block.index in {b.index for b in above}
                and _BRACKETED_NOTE.match(info.block.text.strip()) is not None)

    def titles_post(self, cur: Unit, k: int) -> bool:
        """Whether headline ``k`` titles the stamped post just opened above it, which has no words yet: under its
        byline ("Jane Doe" / "Russia editor, reporting from Moscow" / the headline), or under a flag its stamp took for
        the title ("Posted at 21:52" / "BREAKING" / the headline)."""
        if cur.kind != "update" or cur.stamp is None or self.kind_at(k + 1) != PARA or cur.blocks:
            return False
        if cur.title is None:
            return bool(cur.marks) and cur.marks[-1] is self.infos[k - 1].block
        return (cur.awaiting_lead and cur.title is self.infos[k - 1].block
                and lexicon().flag_line.match(cur.title.text) is not None)

    def open_dated_post(self, info: Info, k: int) -> None:
        """A post of a listing (:meth:`dated_post`): its headline titles it, its date line dates it and what follows
        (the date line holds no clock, so it is the post's section, as a day heading is) and its first paragraph is its
        lead. The paragraphs after the lead are read as a digest's: one quoting another party ("The defence ministry
        said ...") is an update of its own, one carrying the lead on ("He added ...") is the post's."""
        self.close()
        date_line = self.infos[k + 1]
        self.set_section(section_of(replace(date_line, timex=self.post_day(k + 1)), "heading"))
        unit = self.start("item", title=info.block)
        unit.stamp_line = date_line.block
        unit.awaiting_lead = True
        self.skip.add(k + 1)

    def over_paragraphs(self, info: Info, k: int) -> None:
        """A headline over paragraphs, under no stamp: a label of their section, a teaser, or one story's title."""
        if info.what == NUMBERED_ITEM:
            self.close()
            self.start("item", title=info.block).awaiting_lead = True  # (see numbered_items: not one story)
            return
        if self.story_title(k):
            self.open_story(info)  # one of the stories of a wire digest, each under its headline
            return
        day = self.dated_title(k)
        if day is not None:
            # "Three boats destroyed - Vellamullivaikkal - 21st April 2009" over its report: the day dates the item
            # (and the items after it that name none)
            self.set_section(section_of(replace(info, timex=day), "heading"))
            self.open_report(info)
            return
        if self.headline_reports and not title_cased(info.block):
            self.open_report(info)  # another of the page's news headlines
            return
        if not self.stamped and self.region_headlines >= DIGEST_HEADLINES and _REGION_HEADLINE.match(info.block.text):
            self.open_report(info)  # a humanitarian digest's item: its paragraphs go on or not as a digest's do
            return
        if self.among_subheadings(k) or self.among_reports(k):
            self.label(info, k)  # "Convoy hit in Gaza City" between paragraphs, as "Aid trucks held up" above it
            return
        if self.week_span(info) is not None:
            self.label(info, k)  # "Week 6: 6–12 December" over paragraphs: their week, not one story's title
            return
        if not self.stamped and question_heading(info.block):
            self.label(info, k)  # an explainer's "How did the offensive unfold?": its paragraphs' section
            return
        if name_heading(info.block) and self.paragraphs_apart(k):
            self.on_label(info, k, may_title=False)  # "Iraq and Syria" over its paragraphs: their section
            return
        paras = k + 1
        while self.kind_at(paras) == PARA:
            paras += 1
        if (paras - (k + 1) >= 2 and all(self.finder.act(i.block.text) is not None for i in self.infos[k + 1:paras])
                and not any(prose.continues(i.block.text) for i in self.infos[k + 2:paras])):
            # a section whose paragraphs each report their own day, not one story (a paragraph carrying the one
            # above on, "The Minister briefed ...", tells one story); a news headline over them, its verb in lower
            # case ("ERITREA: Government announces pull-back"), titles the first, whose report it sums up
            if title_cased(info.block):
                self.on_label(info, k, may_title=False)
            else:
                self.open_report(info)
                self.headline_reports = True
            return
        if not self.stamped and many_acts(self, k + 1, paras):
            self.close()  # a whole wire story under one line (a caption?): its paragraphs are read as reports,
            self.aside(info, "headline")  # and the line names no section of theirs
            return
        if read_teaser_box(self, info, k, paras):
            return
        if self.deck_over_lede(k):
            self.aside(info, "dek")  # "Netanyahu vows to strike ..." over "BEIRUT/JERUSALEM: Israeli airstrikes ..."
            return
        self.open_story(info)

    def open_story(self, info: Info) -> None:
        """A headline that titles the story under it: the story's paragraphs are its item's."""
        self.close()
        unit = self.start("item", title=info.block)
        unit.awaiting_lead = True
        self.in_item = True

    def open_report(self, info: Info) -> None:
        """A headline that titles the first report under it: its later paragraphs go on or not as any report's do."""
        self.open_story(info)
        self.in_item = False
