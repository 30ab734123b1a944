"""The shape of an update's lead, before any frame is read: a post's headline line over its text, a cue that
reports nothing, a live blog's address to its readers and plain reporting in the outlet's voice (attribution.py
decides from these where the lead is and whose voice it is in)."""

from __future__ import annotations

import re

from chronik.extract.frame_phrase import PREFIX
from chronik.extract.line_claimants import SPEAKER_LABEL

# a live blog's address to its readers: "Hello and welcome back to our rolling coverage of ..."
_WELCOME = re.compile(r"(?:(?:good\s+(?:morning|afternoon|evening)|hello)(?:\s+and|,)\s+)?welcome\s+(?:back\s+)?to\s+"
                      r"(?:our|the|today's)\b", re.I)
# ... that says nothing more: "Good morning and welcome to our live coverage." (the report follows it)
_BARE_WELCOME = re.compile(_WELCOME.pattern + r"(?:\s+[\w'’-]+){0,4}\s*[.!]?\s*$", re.I)
_HEADLINE_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]*$")
_CUE_WORDS = 3  # a sentence this short opens a turn or a topic ("The diplomacy now."), it reports nothing


def headline_line(paragraph: str) -> bool:
    """A post's headline over its text ("Death toll rises to 40", 'Minister X: "We will not leave"'): one short
    line that ends no sentence. The lead is the headline with the paragraph below it, where who speaks is
    named ("Death toll rises to 40" over "The health ministry said 40 bodies were found ...")."""
    line = PREFIX.sub("", paragraph).strip()
    return "\n" not in line and len(line.split()) <= _HEADLINE_WORDS and not _SENTENCE_END.search(line)


def cue(s: str) -> bool:
    """A sentence that reports nothing: a cue ("The diplomacy now.", "To Kherson."), an agency's dateline in
    capitals ("KYIV, MARCH 3, UKRINFORM.") or a bare welcome to the readers ("Good morning and welcome to our live
    coverage.")."""
    words = SPEAKER_LABEL.sub("", PREFIX.sub("", s))
    return len(words.split()) <= _CUE_WORDS or words.upper() == words or _BARE_WELCOME.match(words.strip()) is not None


def told(text: str, spans: list[tuple[int, int]], opening: int) -> bool:
    """Whether the update opens in the outlet's own voice, a live blog's address to its readers ("Hello and
    welcome back to our rolling coverage of ..."), so that a frame in a later sentence sources a detail of its
    summary, not the update."""
    return bool(spans) and _WELCOME.match(PREFIX.sub("", text[slice(*spans[opening])])) is not None


def narrative(lead: str) -> bool:
    """Plain reporting in the outlet's voice: prose, not a bare quotation."""
    body = PREFIX.sub("", lead).lstrip()
    return len(body.split()) >= 6 and not body.startswith(('"', "'"))
