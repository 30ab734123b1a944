"""Recordings and their players on a page: a transcript's media offsets ("[00:01:05]" over each turn), a video's
chapter list ("00:00 Intro" / "01:45 Strikes on the port"), a video player's running time and title ("01:14 - Source:
CNN"), an audio player ("Listen · 3:52" / "Transcript"). Their clocks count into a recording, not the day: these
passes make them furniture, so that no post is stamped by them."""

from __future__ import annotations

import itertools
import re

from chronik.segment.blocks import SENTENCE_END
from chronik.segment.info import FURNITURE, HEADLINE, LABEL, PARA, STAMP, STAMP_LINE, Info

# a recording's offset alone on its line, hours, minutes and seconds: "[00:12:45]", "(0:04:30)", "01:02:10"
_OFFSET = re.compile(r"^\s*[\[(]?\s*(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)\s*[\])]?\s*$")
MEDIA_OFFSET = "media offset"
OFFSET_RUN = 3  # this many offsets on a page, the first in the recording's first hour, make a transcript's


def media_offsets(infos: list[Info]) -> None:
    """A transcript's media offsets ("[00:00:14]", "[00:01:05]" over each turn): clocks of the recording, not of the
    day. Several alone on their lines, with seconds, starting in the recording's first hour and never going back,
    are furniture, and the turns under them paragraphs (a live page's "14:32:05" stamps start at any hour)."""
    found = [(info, m) for info in infos if info.kind == STAMP_LINE and (m := _OFFSET.match(info.block.text))]
    if len(found) < OFFSET_RUN or int(found[0][1].group("h")) != 0:
        return
    seconds = [_offset_seconds(m) for _, m in found]
    if any(b < a for a, b in itertools.pairwise(seconds)):
        return
    for info, _ in found:
        info.kind, info.what, info.stamp = FURNITURE, MEDIA_OFFSET, None


# a chapter of a video, its offset and its title: "00:00 Intro", "01:45 Strikes on the port", "1:02:10 Q&A"
_CHAPTER = re.compile(r"^\s*(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>[0-5]\d)\s+\S.*$")
CHAPTER = "chapter"
CHAPTER_WORDS = 10  # a chapter's title is short, no sentence
CHAPTERS = 3  # this many in a row, the first at 0:00, make a video's chapter list


def _chapter_offset(info: Info) -> int | None:
    """The offset in seconds of a video's chapter line ("05:10 Ground raids"), or None for any other line."""
    m = _CHAPTER.match(info.block.text)
    if m is None or info.block.words > CHAPTER_WORDS or SENTENCE_END.search(info.block.text):
        return None
    return _offset_seconds(m)


def _offset_seconds(m: re.Match[str]) -> int:
    """How far into a recording an offset read by ``_OFFSET`` or ``_CHAPTER`` is, in seconds (no hours: 0)."""
    return int(m.group("h") or 0) * 3600 + int(m.group("m")) * 60 + int(m.group("s"))


def video_chapters(infos: list[Info]) -> None:
    """A video's chapter list under its description ("00:00 Intro" / "01:45 Strikes on Dahiyeh" / "05:10 ..."): each
    line's clock is an offset into the video, not a time of day. A run of short titled lines, the first at 0:00 and the
    offsets going up, is furniture (a live page's entries stamped "00:00", "01:45" are sentences)."""
    k = 0
    while k < len(infos):
        offsets: list[int] = []
        while k + len(offsets) < len(infos) and (offset := _chapter_offset(infos[k + len(offsets)])) is not None:
            offsets.append(offset)
        if len(offsets) >= CHAPTERS and offsets[0] == 0 and all(a < b for a, b in itertools.pairwise(offsets)):
            for info in infos[k:k + len(offsets)]:
                info.kind, info.what, info.stamp = FURNITURE, CHAPTER, None
        k += max(len(offsets), 1)


def video_players(infos: list[Info]) -> None:
    """An embedded video's line with its running time and source ("01:14 - Source: CNN") is furniture, not a post
    stamped 01:14; so is the video's title right above it, a short line that ends no sentence (the player's, not a
    post's headline: no report comes under it)."""
    for k, info in enumerate(infos):
        if info.kind not in (STAMP, STAMP_LINE) or not _RUNNING_TIME.match(info.block.text):
            continue
        info.kind, info.what, info.stamp = FURNITURE, VIDEO_META, None
        above = infos[k - 1] if k else None
        if above is not None and above.kind in (HEADLINE, LABEL, PARA) and above.block.words <= VIDEO_TITLE_WORDS \
                and not SENTENCE_END.search(above.block.text):
            above.kind, above.what = FURNITURE, VIDEO_META


# a video's running time and where it is from, under its title: "01:14 - Source: CNN", "2:05 | Source: Reuters"
_RUNNING_TIME = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*[-–—|·]\s*source\s*:\s*\S[^.!?]{0,40}$", re.I)
VIDEO_META = "video meta"
VIDEO_TITLE_WORDS = 15


# an audio player's button with the clip's length ("Listen · 3:52", "Play 12:05"), and its links under it ("Transcript")
_LISTEN = re.compile(r"^\s*(?:listen|play|watch)\s*[·•|-]?\s*(?:\d{1,2}:)?\d{1,2}:\d\d\s*$", re.I)
_PLAYER_LINK = re.compile(r"^\s*(?:transcript|download|embed|playlist)\s*$", re.I)
PLAYER_LINKS = 2


def audio_players(infos: list[Info]) -> None:
    """A clip's player inside a post ("Listen · 3:52" / "Download" / "Transcript") is furniture, no section of the
    page: the post goes on below it (with the clip's transcript, its speakers' turns)."""
    for k, info in enumerate(infos):
        if info.kind not in (LABEL, HEADLINE) or not _LISTEN.match(info.block.text):
            continue
        info.kind, info.what = FURNITURE, VIDEO_META
        links = itertools.takewhile(lambda i: i.kind in (LABEL, HEADLINE) and bool(_PLAYER_LINK.match(i.block.text)),
                                    infos[k + 1:k + 1 + PLAYER_LINKS])
        for link in links:
            link.kind, link.what = FURNITURE, VIDEO_META
