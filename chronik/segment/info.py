"""What the classifier says a block of a page is: the kinds of blocks (a stamp, a date heading, a paragraph, page
furniture...) and ``Info``, a block with its kind and the date or stamp it names. The page-wide passes that correct a
block's kind (:mod:`chronik.segment.classify`, :mod:`chronik.segment.media`) share them."""

from __future__ import annotations

from dataclasses import dataclass

from chronik.dates import Mention, Timex
from chronik.segment.blocks import Block
from chronik.segment.timestamps import Stamp

STAMP = "stamp"              # "8:55 a.m.: According to ..." — opens a live update
STAMP_LINE = "stamp line"    # "04 Nov 2020, 18:30" alone — stamps the update below it
DATELINE = "dateline"        # "Sunday 25 October 2020 11:56 EDT" once, under a story's title
DATE_HEADING = "date heading"  # "November 2", "november 3 update"
FURNITURE = "furniture"      # byline, credit, "see also"
COUNTER = "day counter"      # "Karabakh, day 11"
SOURCE_LINE = "source line"  # "Sudan Tribune, 3 June 2023" under an item of a press review: its outlet and date
LEAD_IN = "lead-in"          # "Here is a chronology of official updates."
LINK = "link"                # "News ... for October 5, 2020": another day's page
BULLET = "bullet"
LABEL = "label"              # "Military developments"
HEADLINE = "headline"
PARA = "paragraph"
# how ``Info.what`` marks a feed's item and a post's header, before the item's outlet and the header's text
FEED = "feed: "
CLOCKED_TITLE = "clocked title"  # what ``Info.what`` says of a post's title closed by its clock ("... – 08:10 hours")
POST = "post: "
MESSAGE_HEADER = "message header"  # "Forwarded from ...", "In reply to ...": the first line of a channel's message
PROVENANCE = "provenance"  # what ``Info.what`` says of a "Source: ..." line under a text
SOURCE_CREDIT = "source credit"  # ... of a block closed by a monitoring credit ("(Channel One TV, ... 12 Oct 20)")
ISSUE_DATE = "issue date"  # ... of a release's date line heading the release under it ("Date: 08 August 2005")


@dataclass
class Info:
    """A block and what it is; ``timex`` is the date a heading, counter, lead-in or stamp names."""

    block: Block
    kind: str
    stamp: Stamp | None = None
    timex: Timex | None = None
    mention: Mention | None = None
    what: str = ""
    lone: bool = False  # the page's only date heading, on a page without timestamps
    trailing: bool = False  # a stamp line that stamps the paragraph above it (a post's footer)
    bridged: bool = False  # one word of furniture left out right above it ("Details"): still right under the one above
    author: str | None = None  # a post's footer: the name over the handle over the post's text (threads.focused_post)
