"""Pages of posts and messages: a channel's web view (each message under its channel's name, closed by its footer of
views and clock), a saved timeline or thread (headers split over lines, quoted posts, replies), a post opened on its
own, and posts embedded in an article. Each pass re-reads blocks :mod:`chronik.segment.classify` has classified one by
one, now that their neighbours are known; ``classify_page`` calls them in order.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import re

from chronik.dates import RELATIVE
from chronik.dates.rules import ABBREVIATION_DOT, month_words
from chronik.dates.timex import day_timex
from chronik.segment.blocks import Block
from chronik.segment.finder import DateFinder
from chronik.segment.info import (
    BULLET,
    DATE_HEADING,
    DATELINE,
    FURNITURE,
    HEADLINE,
    LABEL,
    LEAD_IN,
    PARA,
    POST,
    STAMP,
    STAMP_LINE,
    Info,
)
from chronik.segment.posts import MENTION, PostHeader, bare_stamp, post_header
from chronik.segment.timestamps import CLIENT_TAIL, Stamp

COMMENT = "reader comment"  # what ``Info.what`` says of a reader's comment (see ``classify._reader_comments``)
_MONTH = rf"(?:{month_words()}){ABBREVIATION_DOT}"


def post_stamp(block: Block, header: PostHeader, finder: DateFinder) -> Info:
    """A post's header stamps the post below it with a day, and with its clock when it gives one (see
    :mod:`chronik.segment.posts`)."""
    label = block.text.strip()
    if header.date_text is not None:
        timex = finder.resolve(header.date_text)
    elif finder.anchor is not None and header.days_back:
        day = finder.anchor - dt.timedelta(days=header.days_back)
        timex = day_timex(day, RELATIVE, f"'{header.age}' before the page was saved on {finder.anchor.isoformat()}")
    elif finder.anchor is not None:
        timex = day_timex(finder.anchor, RELATIVE, f"'{header.age}' before the page was saved, on "
                                                   f"{finder.anchor.isoformat()}: no clock to count back from")
    else:
        timex = None
    stamp = Stamp(header.time, None, header.date_text, label, "") if header.time is not None else None
    return Info(block, STAMP_LINE, stamp=stamp, timex=timex, what=f"{POST}{label}")


# "9:41 AM · Jan 11, 2025" (X), "Apr 11, 2024, 08:52" (Mastodon)
# (or its day first, then its clock: "Aug 8, 2024, 9:12 AM", Bluesky's "August 8, 2024 at 9:12 AM", "8 August 2024 at
# 09:12")
_POST_CLOCK = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*[·•]\s*\S"
                         r"|\d{1,2}:\d{2}\s*[ap]m\s+-\s+\d{1,2}\s+[a-z]{3}\s+\d{4}\s*$"
                         r"|(?:[a-z]{3,9}\.?\s+\d{1,2},|\d{1,2}\s+[a-z]{3,9}\.?)\s+\d{4}(?:,|\s+at)\s+\d{1,2}:\d{2}"
                         rf"(?:\s*[ap]\.?\s?m\.?)?{CLIENT_TAIL}\s*$)", re.I)


def post_clock(info: Info) -> bool:
    """A stamp line as a social site writes it under a post: its clock, a dot, its day ("9:41 AM · Jan 11, 2025")."""
    return info.stamp is not None and info.stamp.date_text is not None and bool(_POST_CLOCK.match(info.block.text))


CHANNEL_HEADER = "channel header"  # what ``Info.what`` says of a channel's name over each of its messages
CHANNEL_NAME_WORDS = 10
CHANNEL_MESSAGES = 2  # messages under a footer that must open with one name for it to be the channel's
MESSAGE_BLOCKS = 15  # blocks between a message's header and its footer at most
# the length of a message's video or voice note, shown on its thumbnail ("0:47", "12:05", "1:02:13")
_MEDIA_LENGTH = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d\d\s*$")


def _channel_name(infos: list[Info], footers: list[int]) -> str | None:
    """The short line that most often comes right under a message's footer or a day's separator, when it does so
    twice or more on a page with footers: the channel's name heading its next message."""
    if len(footers) < CHANNEL_MESSAGES:
        return None
    names = collections.Counter(i.block.squashed for above, i in itertools.pairwise(infos)
                                if (above.trailing or above.kind == DATE_HEADING) and i.kind != DATE_HEADING
                                and i.block.words <= CHANNEL_NAME_WORDS
                                and not i.block.text.rstrip().endswith((".", "!", "?", ":")))
    name, count = names.most_common(1)[0] if names else ("", 0)
    return name if count >= CHANNEL_MESSAGES else None


def channel_headers(infos: list[Info]) -> None:
    """A channel's web view shows its name over each message and the message's footer (views, clock) under it
    ("Ministry of Defence" / "Forwarded from ..." / the text / "98.3K views 13:07"): the name, under the footer above
    or a day's separator and right over the text (not over the author's handle, as a timeline's post is), opens the
    message, which runs to its footer. The lines between are its text, whatever they
    look like alone (a first line set apart like a headline), but a clock alone among them is the length of its video,
    not a time."""
    footers = [k for k, i in enumerate(infos) if i.trailing]
    name = _channel_name(infos, footers)
    if name is None:
        return
    for k, info in enumerate(infos):
        if (k == 0 or info.block.squashed != name
                or not (infos[k - 1].trailing or infos[k - 1].kind == DATE_HEADING)):
            continue
        end = next((j for j in footers if j > k), None)
        if (end is None or infos[k + 1].kind == FURNITURE or end - k > MESSAGE_BLOCKS
                or any(i.kind == DATE_HEADING for i in infos[k:end])):
            continue
        info.kind, info.what = PARA, CHANNEL_HEADER
        for line in infos[k + 1:end]:
            if line.kind in (HEADLINE, LABEL):
                line.kind = PARA
            elif line.kind == STAMP_LINE and _MEDIA_LENGTH.match(line.block.text):
                line.kind, line.what, line.stamp = FURNITURE, "media length", None


def footer_messages(infos: list[Info]) -> None:
    """A channel's web view without its name over each message: each message runs from the footer (views, clock)
    or the day's separator above it to its own footer, so the lines between are its text however they look alone
    (a media placeholder "Photo" over the caption, a caption's headline, a closing slogan "Glory to Ukraine!").
    Only between two such marks: the page's head above the first message is not a message's."""
    footers = [k for k, i in enumerate(infos) if i.trailing and i.stamp is not None and i.stamp.footer]
    if len(footers) < CHANNEL_MESSAGES or any(i.kind in (STAMP, STAMP_LINE) and not i.trailing for i in infos):
        return
    for k in footers:
        start = next((j for j in range(k - 1, -1, -1) if infos[j].trailing or infos[j].kind == DATE_HEADING), None)
        if start is None or k - start > MESSAGE_BLOCKS:
            continue
        for line in infos[start + 1:k]:
            if line.kind in (HEADLINE, LABEL) and not line.what:
                line.kind = PARA


EMBED = "embed"  # what ``Info.what`` says of the name and the footer of a message embedded in a post
AUTHOR = "post author"  # ... of the name and handle that open a thread's first post, over its text
EMBED_NAME_WORDS = 6


def embedded_messages(infos: list[Info]) -> None:
    """On a live page whose posts are stamped above their headlines, a message's footer ("12.4K views · 10:17") closes
    a message the post quotes (a governor's channel post embedded under the post's text, its channel's name over it):
    the name, the message and its footer are the post's, and its paragraphs after the embed too. The footer's clock
    is the message's, not the post's."""
    footers = [k for k, i in enumerate(infos) if i.trailing]
    leading = sum(1 for i in infos if i.kind in (STAMP, STAMP_LINE) and not i.trailing)
    if not footers or leading < CHANNEL_MESSAGES or leading <= len(footers):
        return
    for k in footers:
        j = k - 1
        while j > 0 and infos[j].kind == PARA:
            j -= 1
        if j == k - 1 or j < 1:
            continue  # (no message text above the footer)
        name = infos[j]
        if name.kind in (HEADLINE, LABEL) and name.block.words <= EMBED_NAME_WORDS and infos[j - 1].kind == PARA:
            name.kind, name.what = PARA, EMBED
        elif name.kind not in (HEADLINE, LABEL, STAMP, STAMP_LINE):
            continue  # (a message under anything else is no post's embed)
        infos[k].kind, infos[k].what, infos[k].trailing = PARA, EMBED, False


# the signature an embedded X/Twitter post closes on, as any site that copies its blockquote shows it: a dash, the
# author's name, the handle in brackets and the post's day ("— Jane Doe (@janedoe) May 7, 2025", "- UN News (@UN_News)
# 3 March 2024"), maybe after a link to its picture ("pic.twitter.com/AbC123 — ...")
_POST_SIGNATURE = re.compile(r"^\s*(?:(?:https?://)?pic\.(?:twitter|x)\.com/\S+\s*)?[—–-]{1,2}\s*(?P<author>[^()\n]{1,80})"
                             rf"\(@\w{{1,30}}\)\s*(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\s*$",
                             re.I)
EMBED_BLOCKS = 8  # the most blocks of an embedded post's text between its signature and the paragraph that shows it


def embedded_posts(infos: list[Info]) -> None:
    """A post embedded in an article: its text, then its signature ("— Jane Doe (@janedoe) May 7, 2025"), under
    the paragraph that introduces it ("The ministry posted on X:"). The text and the signature are that paragraph's
    lines, whatever they look like alone (a hashtag, a one-line cheer); the signature's day is the post's, not a
    stamp opening an update. Without an introduction in reach, the signature alone still closes the block above, or
    the post's text and the signature close the paragraph above it that names the post's author ("US Central Command
    said ..." over the command's post, signed "— U.S. Central Command (@CENTCOM) ..."), or any paragraph above a
    post's text that reads as a headline ("Terrorist attack in #Donetsk today: 13 civilians killed")."""
    for k, sign in enumerate(infos):
        signature = _POST_SIGNATURE.match(sign.block.raw or sign.block.text)
        if signature is None:
            continue  # (its dash, as written: a list's dash to the splitter)
        above = range(k - 1, max(k - 1 - EMBED_BLOCKS, -1), -1)
        intro = next((j for j in above if infos[j].kind in (PARA, BULLET)
                      and infos[j].block.text.rstrip().endswith(":")), None)
        if intro is None and k >= 2 and (_names_author(infos[k - 2], signature.group("author")) or (
                infos[k - 1].kind in (HEADLINE, LABEL) and infos[k - 2].kind in (PARA, BULLET))):
            intro = k - 2  # (the post's text right above its signature, however like a headline it reads)
        for line in infos[(k if intro is None else intro + 1):k + 1]:
            line.kind, line.what, line.stamp, line.timex, line.trailing = PARA, EMBED, None, None, False


def _names_author(info: Info, author: str) -> bool:
    """Whether a paragraph names a post's author as its signature does, dots aside ("US European Command" of "U.S.
    European Command"): every word of the name."""
    words = re.findall(r"[\w'’-]+", author.replace(".", ""))
    text = info.block.text.replace(".", "")
    return info.kind == PARA and bool(words) and all(
        re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.I) for w in words)


_REPLYING = re.compile(r"^\s*replying\s+to\s+(?P<handles>(?:@\w+[\s,]*(?:and\s+)?)+)", re.I)
FOCUSED_LABEL_WORDS = 4  # "#StandWithUkraine 🇺🇦", "Image": a hashtag or media line between a post and its clock
HEADER_GAP = 2  # a post's handle and its day, with a line of "·" dropped between them


def split_post_headers(infos: list[Info], finder: DateFinder) -> None:
    """A timeline saved from a browser may split a post's header over lines: the handle, a "·" (dropped as a
    separator) and the day or age ("@DefenceHQ" / "·" / "Mar 15", "@jane@mastodon.social" / "7h"). That line is the
    post's stamp, as the one-line header "@DefenceHQ · Mar 15" is (see :mod:`chronik.segment.posts`): not a section
    heading; an age dates it by the day of saving. A post answering another account ("Replying to @DefenceHQ" under
    the header of @olena_kyiv) is a reader's reply: its day stays an aside."""
    for k, (handle, day) in enumerate(itertools.pairwise(infos), 1):
        dated = (day.kind == DATE_HEADING and day.timex is not None and day.timex.start is not None
                 and day.timex.start == day.timex.end)
        aged = day.kind == LABEL and (header := bare_stamp(day.block.text, "")) is not None and header.age is not None
        if not (handle.kind == FURNITURE and handle.what == "handle" and (dated or aged)
                and 0 < day.block.lines[0] - handle.block.lines[-1] <= HEADER_GAP):
            continue
        below = infos[k + 1].block.text if k + 1 < len(infos) else ""
        reply = _REPLYING.match(below)
        own = handle.block.text.strip().lower()
        if reply is not None and own not in reply.group("handles").lower().split():
            continue
        label = f"{handle.block.text.strip()} · {day.block.text.strip()}"
        name = infos[k - 2] if k >= 2 else None
        if name is not None and name.kind == FURNITURE and name.what == "byline" \
                and handle.block.lines[0] - name.block.lines[-1] == 1:
            label = f"{name.block.text.strip()} {label}"  # (the account's name over its handle: who posts)
        day.kind, day.what = STAMP_LINE, f"{POST}{label}"
        if aged and header is not None:
            day.timex = post_stamp(day.block, header, finder).timex  # (the day of saving less the age's whole days)


def stamps_over_authors(infos: list[Info], finder: DateFinder) -> None:
    """A thread saved from a Mastodon-like site shows each post's day or age over its author's name and handle ("Apr
    16" / "Jane Doe" / "@jane@mastodon.social" / the text): that line stamps the post, and the name and handle under it
    are the post's lines. The thread is its first author's, whose first post, opened on its own, starts at the name
    over its text. A post by another account, or one opening on another account's handle (an answer to a reader,
    "@kbrennan Good question ..."), is a reply under the thread: an aside with its text (see :func:`_reader_comments`).
    """
    first = next((k for k, i in enumerate(infos) if i.kind == FURNITURE and i.what == "handle"), None)
    starts = [k for k in range(len(infos) - 3) if _stamp_over_author(infos, k)]
    if first is None or not starts:
        return
    owner = infos[first].block.text.strip().lower()
    if first > 0 and infos[first - 1].what == "byline" and first - 2 not in starts and first + 1 < len(infos):
        for line in infos[first - 1:first + 1]:
            line.kind, line.what = PARA, AUTHOR
        text = infos[first + 1]
        if text.kind in (HEADLINE, LABEL):
            text.kind = PARA  # (the post's text, however short)
    for n, k in enumerate(starts):
        day, name, handle = infos[k:k + 3]
        header = bare_stamp(day.block.text, handle.block.text.strip())
        if header is None:
            continue
        if _reply(handle.block.text, infos[k + 3].block.text, owner):
            end = starts[n + 1] if n + 1 < len(starts) else k + 3 + _text_run(infos[k + 3:])
            for line in infos[k:end]:
                line.kind, line.what, line.stamp, line.timex = FURNITURE, COMMENT, None, None
            continue
        stamp = post_stamp(day.block, header, finder)
        day.kind, day.what, day.stamp, day.timex = stamp.kind, stamp.what, stamp.stamp, stamp.timex
        for line in (name, handle):
            line.kind, line.what = PARA, EMBED


def _reply(handle: str, text: str, owner: str) -> bool:
    """Whether a post by ``handle`` that says ``text`` answers someone under the thread of ``owner`` (a handle, as
    "@jane@mastodon.social"): another account's, or one opening on another account's handle."""
    mention = MENTION.match(text)
    answered = mention.group(1).lower() if mention is not None else None
    return handle.strip().lower() != owner or answered not in (None, owner, "@" + owner.split("@")[1])



def _stamp_over_author(infos: list[Info], k: int) -> bool:
    """Whether block ``k`` is a post's day or age alone, right over its author's name and handle and the text."""
    day, name, handle, text = infos[k:k + 4]
    return (name.what == "byline" and handle.kind == FURNITURE and handle.what == "handle"
            and text.kind in (PARA, HEADLINE, LABEL, BULLET, LEAD_IN)
            and name.block.lines[0] == day.block.lines[-1] + 1 and handle.block.lines[0] == name.block.lines[-1] + 1
            and bare_stamp(day.block.text, handle.block.text) is not None)


def _text_run(infos: list[Info]) -> int:
    """How many blocks from the first are a post's text: paragraphs and the like, up to anything else."""
    return next((n for n, i in enumerate(infos) if i.kind not in (PARA, HEADLINE, LABEL, BULLET, LEAD_IN)), len(infos))


def quoted_posts(infos: list[Info]) -> None:
    """A post quoting another shows the quoted post's header, split over lines as a saved timeline splits any
    ("Air Force" / "@KpsZSU" / "·" / "Mar 15"), right under the quoting text, before the quoting post's own footer
    (its reply, repost and like counts, which part the posts of a thread): the quoted name, handle and day are the
    quoting post's lines, and so is the quoted text under them, not a post of the timeline."""
    for k in range(3, len(infos)):
        day, handle, name, text = infos[k], infos[k - 1], infos[k - 2], infos[k - 3]
        if (day.kind == STAMP_LINE and day.what.startswith(POST) and handle.what == "handle" and name.what == "byline"
                and text.kind in (PARA, BULLET) and name.block.lines[0] == text.block.lines[-1] + 1
                and any(i.what.startswith(POST) or i.trailing for i in infos[:k - 3])):
            for line in (name, handle, day):
                line.kind, line.what, line.stamp, line.timex = PARA, EMBED, None, None


def post_hashtags(infos: list[Info]) -> None:
    """On a page of posts, a line of hashtags right under a post's text ("#Kherson #StandWithUkraine") closes that
    post: the post's own line, not furniture standing apart from it."""
    if not any(i.what.startswith(POST) or i.trailing for i in infos):
        return
    for text, tags in itertools.pairwise(infos):
        if (tags.kind == FURNITURE and tags.what == "hashtags" and text.kind in (PARA, BULLET)
                and tags.block.lines[0] == text.block.lines[-1] + 1):
            tags.kind, tags.what = PARA, EMBED


# a post's text that reads as a headline, a line without a full stop atop the page ("... show this morning. 1/4"):
# more than one sentence, or the thread's emoji or counter
_POST_TEXT = re.compile(r"[.!?]\s+\S|\U0001F9F5|(?:^|\s)\d{1,2}/\d{0,2}\s*$")


def _post_text(info: Info) -> bool:
    return info.kind == HEADLINE and bool(_POST_TEXT.search(info.block.text))


def focused_post(infos: list[Info]) -> None:
    """A post opened on its own page ("Post" / "Conversation") shows its clock and day under its text, after its
    hashtags and media ("7:04 AM · Mar 14, 2023"), and its author's name and handle above it: that line stamps the
    post above it (a footer), and what lies between the text and it (a hashtag line, "Image") is the post's
    furniture. The text must start the page (under the site's menu and labels only) or come right under a handle:
    under anything else it is no post's."""
    for k, info in enumerate(infos):
        if info.kind not in (STAMP_LINE, DATELINE) or not post_clock(info):
            continue
        j = k - 1
        while j >= 0 and infos[j].block.words <= FOCUSED_LABEL_WORDS and (infos[j].kind in (LABEL, HEADLINE) or (
                infos[j].kind == FURNITURE and infos[j].what not in ("handle", "byline"))):
            j -= 1
        end = j
        while j >= 0 and (infos[j].kind in (PARA, BULLET) or _post_text(infos[j])) and infos[j].what != AUTHOR:
            j -= 1
        if end == j or (j >= 0 and infos[j].what not in ("handle", AUTHOR)
                        and any(i.kind not in (LABEL, FURNITURE) for i in infos[:j + 1])):
            continue  # (the author's name and handle over a post saved on its own may be left out as the page's)
        info.kind, info.trailing = STAMP_LINE, True
        if j >= 1 and infos[j].what == "handle" and infos[j - 1].what == "byline":
            info.author = infos[j - 1].block.text.strip()
        for text in infos[j + 1:end + 1]:
            if text.kind == HEADLINE:
                text.kind = PARA
        for furniture in infos[end + 1:k]:
            if furniture.kind != FURNITURE:
                furniture.kind, furniture.what = FURNITURE, "post furniture"


REPLY_WORDS = 15  # a reader's reply is a line or two ("Any word on the hospital?"); a longer post is news of its own


def thread_replies(infos: list[Info]) -> None:
    """A thread opened on its own page (its first post focused, its clock under its text: see :func:`focused_post`)
    lists the replies under its author's posts, as a saved X or Bluesky thread does. The first post by another account
    that comes after a post's footer (its counts, dropped) opens them: each short post from there on, a reader's
    question or remark or the author's answer to it, is a reply, an aside with its text (as
    :func:`stamps_over_authors` marks a Mastodon thread's), and so is any post of another account that opens on a
    handle ("@jane the commandant's office is the tell ..."). A longer one is news of its own, whoever posts it (an
    embassy's statement under a coast guard's thread); a post quoted right under the quoting text is none."""
    focused = next((k for k, i in enumerate(infos) if i.trailing), None)
    if focused is None:
        return
    headers = [(k, handle) for k in range(focused + 1, len(infos)) if (handle := _post_handle(infos[k])) is not None]
    # the thread's author: the first post's, above the focused one when its posts are stamped there too
    above = [h for i in infos[:focused] if (h := _post_handle(i)) is not None]
    owner = above[0] if above else (headers[0][1] if headers else None)
    # (under a conversation of several accounts, a post naming the one it answers is the exchange going on)
    conversation = len(set(above)) > 1
    replying = False
    for k, handle in headers:
        replying = replying or (handle != owner and _after_footer(infos, k))
        text = infos[k + 1:k + 1 + _text_run(infos[k + 1:])]
        answers = handle != owner and not conversation and bool(text) and MENTION.match(text[0].block.text) is not None
        if replying and (answers or sum(i.block.words for i in text) <= REPLY_WORDS):
            for line in [*infos[k - _header_lines(infos, k):k + 1], *text]:
                line.kind, line.what, line.stamp, line.timex = FURNITURE, COMMENT, None, None


def _post_handle(info: Info) -> str | None:
    """The handle of the post whose header ``info`` is (a stamp line read from "Jane @jane.bsky.social · 2h", or from
    a header split over lines, "@jane · May 14, 2023"), in lower case; None for anything else."""
    if info.kind != STAMP_LINE or not info.what.startswith(POST):
        return None
    header = post_header(info.what.removeprefix(POST))
    return header.handle.lower() if header is not None else None


def _header_lines(infos: list[Info], k: int) -> int:
    """How many blocks above post header ``k`` are the rest of the header it was split over (its author's name, its
    handle)."""
    n = 0
    while (k - n - 1 >= 0 and infos[k - n - 1].kind == FURNITURE and infos[k - n - 1].what in ("handle", "byline")
           and infos[k - n].block.lines[0] - infos[k - n - 1].block.lines[-1] <= HEADER_GAP):
        n += 1
    return n


def _after_footer(infos: list[Info], k: int) -> bool:
    """Whether lines were left out between post header ``k`` (with the lines it was split over) and the block above
    it: the footer of the post above, its counts."""
    start = k - _header_lines(infos, k)
    return start > 0 and infos[start].block.lines[0] - infos[start - 1].block.lines[-1] > 1
