"""Readers' comments under a page's post, as a social site shows them: the reader's name, what they wrote, and the
comment's own line of age and buttons under it ("Mekdes Alemu" / "Peace for our country" / "1d  Like  Reply  See
translation"). The comment says what a reader thinks of the post, not what happened: an aside, however much it
sounds like news ("Not true, the army left the town yesterday.").

The comment's footer marks it: its age ("1d", "3 h", "2w") and the "Like" and "Reply" buttons, in either order, maybe
with "See translation", "Edited" or its count of reactions. The comment runs up from its footer over the lines right
above it, to the one after a line the copy left out (the post's "Share" button, dropped as furniture) or after the
footer of the comment above; at most a few lines, so a footer never claims a post's text.
"""

from __future__ import annotations

import re

from chronik.segment.age_units import DAY, HOUR, MINUTE, MONTH, WEEK, YEAR, unit
from chronik.segment.info import BULLET, FURNITURE, HEADLINE, LABEL, PARA, Info
from chronik.segment.posts import DAY_AND_CLOCK
from chronik.segment.threads import COMMENT

_AGE = rf"\d{{1,3}}\s?{unit(MINUTE, HOUR, DAY, WEEK, MONTH, YEAR)}"
_BUTTONS = r"Like\s*[·•]?\s*Reply"
_EXTRA = rf"(?:See\s+translation|Edited|Share|Hide|Author|Top\s+fan|{_AGE}|\d[\d.,]*\s?[KkM]?)"
# "1d  Like  Reply  See translation  48", "Like · Reply · 2w", "3h Like Reply Edited"
_FOOTER = re.compile(rf"^\s*(?:(?P<age>{_AGE})\s*[·•]?\s*)?{_BUTTONS}(?P<rest>(?:\s*[·•]?\s*{_EXTRA})*)\s*$", re.I)
# an older timeline's footer: the comment's day and clock, then "Like" and maybe its count ("Yesterday at 11:58pm ·
# Like", "August 22 at 9:41pm · Like · 3", "March 3 at 14:05 · Like")
_DATED_FOOTER = re.compile(rf"^\s*{DAY_AND_CLOCK}\s*[·•]\s*Like(?:\s*[·•]\s*(?:Reply|\d[\d.,]*))*\s*$", re.I)
COMMENT_BLOCKS = 6  # lines of a comment (name, text) above its footer at most
_TEXT = (PARA, HEADLINE, LABEL, BULLET)


def comment_footer(text: str) -> bool:
    """Whether ``text`` is a reader's comment's footer: its age and its "Like" and "Reply" buttons, or its day and
    clock and its "Like" button."""
    if _DATED_FOOTER.match(text):
        return True
    m = _FOOTER.match(text)
    return m is not None and (m.group("age") is not None or re.search(rf"\b{_AGE}\b", m.group("rest")) is not None)


def _comment_line(info: Info) -> bool:
    """Whether a line may be a comment's name or text: a paragraph or a short line (the name may read as a byline),
    not another comment's, nor a stamp."""
    return (info.kind in _TEXT or (info.kind == FURNITURE and info.what == "byline")) and info.stamp is None


def footed_comments(infos: list[Info]) -> None:
    """Each comment over its footer (see the module docstring) and the footer itself: asides."""
    for k, info in enumerate(infos):
        if not comment_footer(info.block.text):
            continue
        start = k
        while (start > 0 and k - start < COMMENT_BLOCKS and _comment_line(infos[start - 1])
               and infos[start - 1].block.lines[-1] + 1 == infos[start].block.lines[0]):
            start -= 1
        if start == k:
            continue  # (a footer under nothing of its own is no comment's)
        for line in infos[start:k + 1]:
            line.kind, line.what, line.stamp, line.timex = FURNITURE, COMMENT, None, None
