"""A newsletter's signposts: under an item's news, the paragraphs that weigh it open on a signpost of the writer's own
("Why it matters:", "Between the lines:", "What's next:", "Reality check:", "The big picture:", "Yes, but:"), the
house style of briefing newsletters. Such a paragraph reports nothing new: it is the item's analysis, a part of the
update above, whatever it names ("What's next: The committee meets on Friday.").
"""

from __future__ import annotations

import re

_SIGNPOST = re.compile(
    r"^\W{0,3}(?:why\s+it\s+matters|why\s+this\s+matters|between\s+the\s+lines|what's\s+next|what’s\s+next|"
    r"what\s+to\s+watch(?:\s+for)?|reality\s+check|the\s+big\s+picture|yes,\s+but|zoom\s+(?:in|out)|"
    r"the\s+bottom\s+line|bottom\s+line|the\s+intrigue|our\s+thought\s+bubble|"
    r"what\s+we're\s+watching|the\s+catch)\s*:\s+\S", re.I)


def signposted(text: str) -> bool:
    """Whether a paragraph opens on a newsletter's signpost of analysis ("Why it matters: ...")."""
    return bool(_SIGNPOST.match(text))
