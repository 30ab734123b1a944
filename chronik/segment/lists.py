"""Whose a list's items are: the entry above them, the paragraph introducing them, whom they are addressed to, or
each an update of its own.

A list under a paragraph ending in a colon ("Since 4 November, the ICRC has:") is that paragraph's; a list in a
timestamped entry is the entry's; a line saying whom the list under it is for ("To the Government of Azerbaijan:")
titles that list, one entry, and the text after the list is none of it. A report's box of trends ("Key trends" over
"Attacks rose by 28% on the past month") sums up the report: its items are asides.
"""

from __future__ import annotations

import re

from chronik.segment import prose
from chronik.segment.classify import BULLET, Info
from chronik.segment.lexicon import lexicon
from chronik.segment.reader_state import ReaderState
from chronik.segment.teasers import editor_note

# whom a list of recommendations is for: "To the Government of Azerbaijan:", "To all parties to the conflict:"
_ADDRESSEE = re.compile(r"^to\s+(?:the\s+|all\s+)?(?:(?-i:[A-Z])|parties\b|states\b|donors\b)[^:.]{2,100}:\s*$", re.I)


# how long a list item under a colon must be, in words and sentences, to be a paragraph of a statement the colon
# introduces ("... made the following statement:" / "1. It is with deep regret that I announce ... We cannot ...")
# rather than an item of the paragraph's list ("Since 4 November, the ICRC has:" / "visited three detention centres")
STATEMENT_PARAGRAPH_WORDS = 20
STATEMENT_PARAGRAPH_SENTENCES = 2


def _statement_paragraph(info: Info) -> bool:
    """Whether a list item is a paragraph of its own: long, and of several sentences."""
    return info.block.words >= STATEMENT_PARAGRAPH_WORDS and \
        len(prose.SENTENCE_BOUNDARY.split(info.block.text.strip())) >= STATEMENT_PARAGRAPH_SENTENCES


class ListReading(ReaderState):
    """The reader's handling of list items and of the lines that address a list."""

    def addressee(self, info: Info, k: int) -> bool:
        """Whether ``info`` says whom the list under it is for ("To the Government of Azerbaijan:" over its
        recommendations); if so it titles that list, one entry."""
        if not (self.kind_at(k + 1) == BULLET and _ADDRESSEE.match(info.block.text)) or self.in_related:
            return False
        self.close()
        self.addressed = self.start("item", title=info.block)
        return True

    def on_bullet(self, info: Info, k: int) -> None:
        if self.in_related:
            self.aside(info, "related link")
            return
        cur = self.current
        if info.block.nested and cur is not None and cur.kind == "update":
            cur.add(info.block)  # a sub-item ("** ...", an indented "- ...") belongs to the item above
            return
        if self.posts and cur is not None and cur.kind == "update" and cur.stamp is None and cur.blocks and (
                self.infos[k - 1].block is cur.blocks[-1]):
            cur.add(info.block)  # a post's numbered points ("1. ...", "2. ..."), over the footer stamping it
            return
        if cur is not None and self.in_item and cur.texts and (cur.texts[-1].rstrip().endswith(":") or (
                (cur.stamp is not None or cur.stamp_line is not None) and cur.kind == "update")):
            cur.add(info.block)  # a list in a timestamped (or dated) entry is the entry's
            return
        if cur is not None and cur.kind == "update" and cur.blocks and self.infos[k - 1].block is cur.blocks[-1] and (
                cur.texts[-1].rstrip().endswith(":") or self.colon_list is cur) and not _statement_paragraph(info):
            cur.add(info.block)  # "Since 4 November, the ICRC has:" over its list: the list is the paragraph's
            self.colon_list = cur
            return
        if editor_note(self, info):
            self.aside(info, "note to editors")
            return
        if self.tags and lexicon().trend_labels.match(self.tags[0]):
            self.aside(info, "trend")  # "Attacks rose by 28% on the past month" under "Key trends": a sum, no news
            return
        above = self.infos[k - 1].block if k else None
        if cur is not None and cur is self.addressed and (above is cur.title or (bool(cur.blocks)
                                                          and above is cur.blocks[-1])):
            cur.add(info.block)  # a recommendation under "To the Government of X:": the list addressed to X
            return
        if (cur is not None and cur.kind == "update" and cur.texts and cur.blocks and above is cur.blocks[-1]
                and prose.part_of_thing(info.block.text, cur.texts[-1])):
            cur.add(info.block)  # "2. One of the aircraft fell ..." under "1. ... shot down two aircraft.": told on
            return
        self.in_item = False
        self.start("bullet").add(info.block)
