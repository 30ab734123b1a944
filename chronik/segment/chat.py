"""Chat exports: a messaging app's export of a group or a chat, saved as text.

Each message opens with its stamp and its sender, and runs over the lines below it until the next stamp:

* WhatsApp on iOS: ``[15/08/2021, 09:42:13] Name: text`` (``[8/15/21, 9:42:13 AM] Name: text`` in the US);
* WhatsApp on Android: ``15/08/2021, 09:42 - Name: text`` (``8/15/21, 9:42 AM - Name: text``);
* Telegram and Signal exports written out as text: ``[15.08.2021 09:42] Name: text``, ``[2021-08-15 09:42] Name: text``;
  Telegram Desktop's copy of a chat: ``Name, [15.08.2021 09:42]`` over the message's lines.

A message is dated and timed by its stamp; its sender says it (see :mod:`chronik.extract`, which gives the claim to
a named source the message relays). The app's own lines ("Messages and calls are end-to-end encrypted", "X added
Y", "<Media omitted>", "This message was deleted") are furniture; the members' chatter ("thanks", "ok", an emoji, a
question to the group) is an aside. Whether the page writes its day or its month first is read from the page (a day
over 12), never guessed line by line: failing that, the way the source's region writes dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from chronik.dates import EXPLICIT
from chronik.dates.slashes import DAY_FIRST, MONTH_FIRST, zone_order
from chronik.model import Context, Dropped, Update

_CLOCK = r"(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::[0-5]\d)?(?:\s*(?P<ampm>[ap])\.?\s?m\.?)?"
_DATE = r"(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})"
# "[15/08/2021, 09:42:13] ", "[15.08.2021 09:42] ", "[2021-08-15 09:42] " (iOS puts a mark before some lines)
_BRACKETED = rf"\[{_DATE},?\s+{_CLOCK}\]\s+"
_DASHED = rf"{_DATE},?\s+{_CLOCK}\s+[-–]\s+"  # "15/08/2021, 09:42 - "
_STAMPS = tuple(re.compile(rf"^[\u200e\u200f\ufeff]?{shape}(?P<rest>.*)$", re.I) for shape in (_BRACKETED, _DASHED))
# Telegram Desktop's copy of messages: "Name, [15.08.2021 09:42]" on a line of its own over the message's lines
_HEADED = re.compile(rf"^(?P<sender>[^\[\],\n]{{1,60}}?),\s*\[{_DATE},?\s+{_CLOCK}\]\s*$(?P<rest>)", re.I)
_SENDER = re.compile(r"^(?P<sender>[^:\n]{1,60}?):\s+(?P<body>.*)$")
# what the app writes in a member's message: a file left out of the export (a placeholder in angle brackets in any
# language: "<Media omitted>", "<Medien ausgeschlossen>", "<attached: ...>"), a deleted message, the encryption notice
_SYSTEM_BODY = re.compile(
    r"^[\u200e]?(?:<[^<>\n]{3,80}>|(?:image|video|audio|gif|sticker|document|contact card) omitted"
    r"|this message was deleted\.?|you deleted this message\.?|null"
    r"|missed (?:voice|video) call|messages and calls are end-to-end encrypted\b.*|waiting for this message\b.*"
    r"|\S+\.\w{2,4} \(file attached\))\s*$",
    re.I)
# a member's reply that reports nothing: thanks, an acknowledgement, a greeting, a sign-off
_CHATTER = re.compile(
    r"^(?:thanks?|thank you|thx|ty|cheers|ok(?:ay)?|k|noted|got it|will do|sure|yes|yep|no|nope|agreed|roger|copy"
    r"|understood|great|good|perfect|lol|haha\w*|\+1|same|hi|hello|hey|salam|salaam|shalom|morning"
    r"|good (?:morning|night)|welcome|going offline|signing off|logging off|back online|brb|off to bed)\b", re.I)
_CHATTER_WORDS = 10  # a reply longer than this says more than its thanks or its sign-off
_QUESTION_WORDS = 12  # a question to the group that short asks, it does not report
_AFTER_QUESTION_WORDS = 6  # more after the question reports something ("Is X retaken? Flags seen on the ...")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[\w’'-]+")
# how many stamped lines make a page a chat export, and the share of its lines they must open
_MIN_MESSAGES = 3
_MIN_SHARE = 0.3


@dataclass
class Message:
    """One message: its line numbers (the stamp's first), its day and clock, its sender (None for the app's own
    lines) and its text."""

    lines: list[int]
    day: dt.date | None
    time: str
    sender: str | None
    body: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.body).strip()


def _stamp(line: str) -> re.Match[str] | None:
    return next((m for shape in (*_STAMPS, _HEADED) if (m := shape.match(line.strip()))), None)


def _sender(stamp: re.Match[str]) -> tuple[str | None, str]:
    """Who sent the message a stamp opens (None for the app's own line), and the text on the stamp's line."""
    if "sender" in stamp.re.groupindex:
        return stamp["sender"].strip(), ""
    said = _SENDER.match(stamp["rest"])
    return (said["sender"].strip(), said["body"]) if said else (None, stamp["rest"])


def chat_export(lines: list[str]) -> bool:
    """Whether the page is a chat export: enough of its lines open with a chat stamp."""
    filled = [ln for ln in lines if ln.strip()]
    stamps = [m for ln in filled if (m := _stamp(ln))]
    senders = [who for m in stamps if (who := _sender(m)[0])]  # (not a news list's "15/08/2021, 09:42 - Headline")
    # (several people: a channel's posts copied from Telegram, all signed by the channel, are read as posts)
    return len(stamps) >= _MIN_MESSAGES and len(stamps) >= _MIN_SHARE * len(filled) and 2 * len(senders) > len(stamps) \
        and len(set(senders)) > 1


def _order(stamps: list[re.Match[str]], zone: str | None) -> str:
    """How the page writes its dates: day first when one of its days is over 12 in first place, month first when in
    second place, else the way the source's region writes them."""
    for m in stamps:
        if len(m["a"]) < 4 and int(m["a"]) > 12:
            return DAY_FIRST
        if len(m["a"]) < 4 and int(m["b"]) > 12:
            return MONTH_FIRST
    return zone_order(zone) or DAY_FIRST


def _day(m: re.Match[str], order: str) -> dt.date | None:
    a, b, c = int(m["a"]), int(m["b"]), int(m["c"])
    if len(m["a"]) == 4:
        year, month, day = a, b, c
    else:
        year = c + 2000 if c < 100 else c
        month, day = (b, a) if order == DAY_FIRST else (a, b)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _clock(m: re.Match[str]) -> str:
    hour = int(m["h"])
    if m["ampm"]:
        hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
    return f"{hour:02d}:{m['m']}"


def read_messages(lines: list[str], zone: str | None) -> tuple[list[str], list[Message]]:
    """The lines above the first message (a title the export was saved under) and the messages."""
    stamps = [m for ln in lines if (m := _stamp(ln))]
    order = _order(stamps, zone)
    head: list[str] = []
    messages: list[Message] = []
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        m = _stamp(line)
        if m is None and messages:
            messages[-1].lines.append(no)
            messages[-1].body.append(line.strip())
            continue
        if m is None:
            head.append(line)
            continue
        sender, text = _sender(m)
        messages.append(Message([no], _day(m, order), _clock(m), sender, [text]))
    return head, messages


def furniture(message: Message) -> bool:
    """The app's own line: a member added or left, the encryption notice, a file left out (with no caption under
    it), a deleted message."""
    return message.sender is None or bool(_SYSTEM_BODY.match(message.text))  # (not a file with its caption below)


def chatter(text: str) -> bool:
    """A reply that reports nothing: an emoji, thanks or an acknowledgement, a short question to the group."""
    if not _LETTER.search(text):
        return True
    words = len(_WORD.findall(text))
    if _CHATTER.match(text) and words <= _CHATTER_WORDS:
        return True
    question = re.match(r"[^.!?]*\?+", text)  # (a short remark may follow: "Can anyone confirm?? TV not on it yet")
    return question is not None and words <= _QUESTION_WORDS \
        and len(_WORD.findall(text[question.end():])) <= _AFTER_QUESTION_WORDS


def chat_updates(lines: list[str], source_id: str, zone: str) -> tuple[list[Update], list[Dropped]]:
    """The updates and the dropped lines of a chat export (``zone``: the source's)."""
    head, messages = read_messages(lines, zone)
    updates: list[Update] = []
    dropped: list[Dropped] = []
    numbered = [no for no, line in enumerate(lines, 1) if line.strip()]
    for no in numbered[:len(head)]:
        updates.append(Update(source_id, [no], lines[no - 1].strip(), kind="aside", timezone=zone,
                              why="above the chat's first message"))
    for message in messages:
        if furniture(message):
            dropped.extend(Dropped(source_id, no, "chat export: the app's own line") for no in message.lines)
            continue
        day = message.day.isoformat() if message.day else None
        updates.append(Update(
            source_id, message.lines, message.text, date=day, time=message.time, timezone=zone,
            date_basis=EXPLICIT, kind="aside" if chatter(message.text) else "update",
            why=f"dated by the message's stamp ({day} {message.time})", context=Context(sender=message.sender)))
    return updates, dropped
