"""Timestamps that open a live update: ``8:55 a.m.:``, ``11 a.m.:``, ``21:35``, ``17:40GMT –``,
``23:18 GMT 10.10.2020``, ``06:45 GMT/ 00:45 CST:``, and stamp lines of their own (``04 Nov 2020, 18:30``).

Only a time at the very start of a block counts: "At 2:30 p.m., the Defense Army detected ..." reports
when something happened inside an update, it does not open a new one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from chronik.dates.anchor import safe_date
from chronik.dates.clock import MILITARY
from chronik.dates.rules import month_number, month_words
from chronik.segment.lexicon import lexicon

_SECONDS = r"(?::[0-5]\d(?!\d))?"  # "14:32:05"
_CLOCK12 = rf"(?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5]\d){_SECONDS})?\s*(?P<ampm>[ap])\.?\s?m\b\.?"
_CLOCK24 = rf"(?P<h24>[01]?\d|2[0-3])(?:[:h](?P<m24>[0-5]\d)){_SECONDS}(?!\s*[ap]\.?\s?m\b)"
_NUMERIC_DATE = r"(?:\d{1,2}[./-] ?\d{1,2}[./-] ?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
_RELATIVE_DAY = r"(?:today|yesterday)"  # "Today, 9:41 pm" on a stamp line of its own
_WORD_DATE = (r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
              r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?(?:\s+\d{4}|\s*['’]\d{2}(?!\d))?"
              r"|[a-z]{3,9}(?:\.?\s+|\.)\d{1,2}(?![\d:.])(?:st|nd|rd|th)?,?(?:\s+\d{4}|\s*['’]\d{2}(?!\d))?)")
# (a year may be its last two digits after an apostrophe: "11 Aug.'08")
# (not "Yesterday 2" of 21:10; a month's abbreviation may run into its day after the dot: "Aug.10, 22:40")
_DATE = rf"(?:{_NUMERIC_DATE}|{_WORD_DATE})"
_SEP = r"\s*(?:[:|–—-]+|\.(?=\s))\s*"
# (a comma may set the word off: "(Update, 22:10 IST) The army said ..."); a thread's numbered edit note may name its
# clock after its number: "EDIT 3 (14:05 UTC): ...", "Update #2 (09:15 GMT): ..." (see ``_NUMBERED``)
# a thread's numbered note ("EDIT 3", "Update #2"), read case-insensitively (chronik.segment.forum reads those without
# a clock)
NUMBERED_NOTE = r"(?i:edit|update)\s*#?\d{1,3}"
_NUMBERED = rf"{NUMBERED_NOTE}\s*(?=[\[(])"
_PREFIX = rf"(?:{_NUMBERED}|(?:last\s+)?(?:posted|updated|published|update)\s*(?:at\b|:|,)?\s*)"
# the page's own metadata before a date: "Published on 12/04/2023 - 08:45", "Issued on: ...", "First published on"
# (or a live page's "Live Updated 14 April 2024 4.20pm BST"), "Date: 2025-01-28"
_META_PREFIX = (r"(?:(?:live\s+)?(?:first\s+|last\s+)?(?:published|posted|updated|issued|modified)(?:\s+(?:on|at))?"
                r"(?:\s*:|\s+[–—-])?\s+|(?:publication\s+)?date\s*:\s*)")  # ("Updated - September 27, 2023")
# "04 Nov 2020, 18:30", "10:21 PM · Mar 3, 2022", "Nov 27, 2024 / 12:56 PM"
_DATE_SEP = r"\s*(?:,\s*at\b|,|[|/–—·•-]|\bat\b)?\s*"
# what may follow a dated stamp line: a note of when it was last changed ("Updated 2 hours ago")
_NOTE = re.compile(r"(?:last\s+)?(?:updated|modified)\b[^.!?]{0,40}", re.I)
_UPDATED_NOTE = rf"(?:\s+{_NOTE.pattern}|\s+\d{{1,2}}\s*min(?:ute)?s?\s+read)?"  # or the reading time
# the place a dated stamp line closes on, in capitals after a dash: "Updated - September 27, 2023 11:14 pm IST - IMPHAL"
_PLACE_AFTER = r"(?:\s+[–—-]\s+(?-i:[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,2}))?"
# the place a social page's post is tagged with after its stamp ("August 22 at 1:15pm near Aleppo", "March 3 at 9:40am
# in Kharkiv, Ukraine")
_PLACE_TAG = r"(?:\s+(?:near|in)\s+(?-i:[A-Z])[\w'’.-]+(?:,?\s+(?-i:[A-Z])[\w'’.-]+){0,3})?"
# what a social site writes after a post's stamp under it: "· Edited", the app it was posted from ("· Web", "· Twitter
# for iPhone", "· Ivory for iOS")
CLIENT_TAIL = (r"(?:\s*[·•]\s*(?:edited|web|android|iphone|ipad|ios|mobile"
               r"|[\w.-]+(?:\s+[\w.-]+)?\s+for\s+(?:iphone|ipad|ios|android|web|mac|windows)))*")
# a newsletter's or a bulletin's number before its date: "Issue 47 | Tuesday, 12 March 2024", "No. 112 – 3 May 2023"
_ISSUE = r"(?:issue|edition|no\.|number|#)\s*#?\d{1,5}\s*[|,:–—·•-]\s*"
_META_DATE = re.compile(rf"^(?:{_META_PREFIX}|{_ISSUE})(?P<date>{_DATE})\s*$", re.I)  # "Published On 11 Apr 2023"
# a sender and a bracketed stamp, as a chat export writes them: "Ukrainian Air Force, [12.03.2024 07:02]"; or the
# outlet inside the brackets, as a wire stamps its stories under their headlines: "[Lanka Wire, Friday, 9 May 2008,
# 06:40 GMT]"
_SENDER = re.compile(r"^(?:(?P<sender>[^\[\],]{1,60}?),\s*)?\[(?:(?P<outlet>[^\[\],\d]{2,40}),\s*)?"
                     r"(?P<inner>[^\[\]]{6,40})\]\s*$")
_SENDER_WORDS = 6
# an outlet and its story's stamp in brackets, as a news aggregator lists each story under its headline: "AP (May 27,
# 1:36 PM ET)", "Reuters (May 26, 10:52 AM ET)"
_CREDITED = re.compile(r"^\s*(?P<sender>[^()\[\],\d]{2,60}?)\s*\((?P<inner>[^()]{6,40})\)\s*$")
# how long ago, glued before a stamp as a live page shows both: "1h ago14.32 GMT", "3 hours ago 09:15"
_AGO = re.compile(r"^\s*(?:\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)|an?\s+(?:minute|hour|day))"
                  r"\s+ago\s*(?=\d)", re.I)
# a page's note on its clock: "All times stated are UK", "(All times GMT)", "Times are in Kyiv time.", maybe with its
# offset and where that clock is kept ("All times are East Africa Time (GMT+3), local time in Nairobi.")
_DECLARED = re.compile(r"^\(?\s*(?:all\s+)?times?\s+(?:(?:are|is)\s+)?(?:stated|shown|given|listed|quoted)?\s*"
                       r"(?:(?:are|is)\s+)?(?:in\s+)?(?P<zone>[a-z][a-z ]{0,30}?)\s*"
                       r"(?:\(\s*(?:gmt|utc)\s*[+−-]\s*\d{1,2}(?::?\d\d)?\s*\))?(?:\s*,\s*local\s+time\s+in\s+[^,.]{1,30})?"
                       r"\s*[.)]*\s*$", re.I)


@dataclass(frozen=True)
class Stamp:
    """A timestamp found at the start of a block.

    ``time`` is ``HH:MM`` (24 h); ``zone`` the IANA zone the stamp names (None: the source's own);
    ``date_text`` a date written in the stamp (``10.10.2020``), still to be resolved; ``label`` the
    stamp as written; ``body`` the rest of the block (empty for a stamp line of its own).
    """

    time: str
    zone: str | None
    date_text: str | None
    label: str
    body: str
    prefixed: bool = False  # "Published ...", "Updated ...": said of the page or of an entry, not an event
    footer: bool = False  # a message's footer under its text ("👁 15.7K · edited · Oct 13, 2020 21:35")

    @property
    def standalone(self) -> bool:
        return not self.body

    @property
    def metadata(self) -> bool:
        """A dated stamp about the page itself ("Updated 11:04 p.m. ET, October 9, 2023"): its dateline."""
        return self.prefixed and self.date_text is not None


def _zone_words() -> str:
    """Abbreviations in capitals only ("GMT", not the word "get"); named zones ("Kyiv time") in any case."""
    names = sorted(lexicon().zones, key=len, reverse=True)
    short = "|".join(re.escape(n.upper()) for n in names if " " not in n)
    named = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names if " " in n)
    return f"(?-i:{short})|{named}" if named else f"(?-i:{short})"


def _unnamed(regex: str) -> str:
    return re.sub(r"\?P<\w+>", "", regex)


def _city_words() -> str:
    """The places whose clock the lexicon names ("Kyiv time", "Baku time"), as a stamp writes them in parentheses
    without the word "time": "UPDATE 16:40 (Kyiv):", "21:05 (Baku) –"."""
    names = sorted((n.removesuffix(" time") for n in lexicon().zones if n.endswith(" time") and lexicon().zones[n]),
                   key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)


def _city(group: str) -> str:
    """A place's name in parentheses after a stamp's clock or date, as the zone named ``group``."""
    return rf"\(\s*(?P<{group}>{_city_words()})(?:\s+time)?\s*\)"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    zone = (rf"(?:{_city('city')}|\(?\s*(?P<zone>(?:{_zone_words()}))(?P<offset>\s*[+−-]\s*\d{{1,2}}(?::?00)?)?"
            rf"\s*\)?)(?![\w])")
    # "14.05 BST": a dot between hours and minutes only when a zone follows (else "12.5 million" would do)
    dotted = rf"(?P<hd>[01]?\d|2[0-3])\.(?P<md>[0-5]\d)(?=\s*\(?\s*(?:{_zone_words()})(?![\w]))"
    # ...or when the clock is all the line says: "09.10", "Posted at 17.30" over an entry
    alone = r"(?P<ha>[01]?\d|2[0-3])\.(?P<ma>[0-5]\d)(?=\s*$)"
    # (the clock may be bracketed after its prefix: "UPDATE (16:05): ...", "Updated [09:40]")
    # ...or four digits with a zone letter or word after them, as a military log or a wire writes its clocks: "0746Z:",
    # "0605 local:"
    military = rf"{MILITARY}(?:\s*local\b(?!\s+time))?"
    # (a tilde may mark a clock as approximate: "~21:30 UTC: ...", as a thread's posts write it)
    clock = rf"(?:(?P<prefix>{_PREFIX})[\[(]?\s*)?~?(?P<clock>{_CLOCK12}|{_CLOCK24}|{dotted}|{alone}|{military})"
    # a second clock for another zone, skipped: "06:45 GMT/ 00:45 CST"
    # (or after a space, its zone named: "14:12 GMT 15:12 UK", as old news sites wrote both)
    other = _unnamed(f"(?:{_CLOCK12}|{_CLOCK24})")
    # ...or in brackets, as a wire's local stamp gives its GMT: "0110 local (1925 GMT)", "23:30 (17:45 GMT)"
    bracketed = rf"\(\s*(?:{other}|{_unnamed(MILITARY)})\s*{_unnamed(zone)}\s*\)"
    second = rf"(?:\s*/\s*{other}(?:\s*{_unnamed(zone)})?|\s+{other}\s*{_unnamed(zone)}|\s*{bracketed})?"
    again = r"(?:\s+(?P=clock)(?![\d:.]))?"  # the time written twice ("Posted at 16:05 16:05")
    time_part = rf"[\[(]?\s*{clock}{again}(?:\s*{zone})?{second}\s*[\])]?"
    lead = re.compile(
        rf"^(?P<stamp>{time_part}(?:(?:\s*[,·•|]?|\s*-(?=\s))\s*(?P<date_after>{_DATE})(?:\s*{_city('city_after')})?)?)"
        rf"(?:{_SEP}(?P<body>\S.*)|\s+(?P<body2>(?:(?-i:[A-Z“\"‘'«])|(?<=[\])]\s)\d).*)|\s*$)", re.I | re.S)
    # (after a bracketed clock the body may open with a figure: "[18:30] 70,500 people have crossed")
    # a stamp line of its own that starts with its date: "04 Nov 2020, 18:30", "Oct 10, 2020 - 23:18 GMT"
    dated = re.compile(
        rf"^(?P<stamp>(?P<meta>{_META_PREFIX})?(?P<date_before>{_RELATIVE_DAY}|{_DATE}){_DATE_SEP}{time_part})"
        rf"{_UPDATED_NOTE}{_PLACE_AFTER}{_PLACE_TAG}{CLIENT_TAIL}\s*$", re.I)
    return lead, dated


def _closing_zone() -> str:
    """The zone a clock closing a paragraph or a title may name after it ("— 10:05 GMT", "– 08:10 hours (IST)")."""
    return rf"(?:\s*\(?\s*(?P<zone>{_zone_words()})\s*\)?)?"


@functools.cache
def _trailing() -> re.Pattern[str]:
    return re.compile(rf"^(?P<body>.*\S)\s+(?P<label>[—–-]\s*(?P<h24>[01]?\d|2[0-3])[:.h](?P<m24>[0-5]\d)"
                      rf"{_SECONDS}{_closing_zone()})\s*$", re.S)


def trailing_stamp(text: str) -> Stamp | None:
    """A timestamp closing a paragraph, as a ticker writes its entries ("... the police said. — 10:05"), or None."""
    m = _trailing().match(text.strip())
    if m is None or not re.search(r"[.!?\"”’)]$", m.group("body")):
        return None  # the entry's text ends as a sentence does; "Kyiv — 10:05" would be a schedule
    return Stamp(f"{int(m.group('h24')):02d}:{m.group('m24')}", _zone(m.group("zone"), None), None,
                 m.group("label").strip(), m.group("body").strip())


# a day in a title's closing stamp: "6 June", "June 6", "29 October 1956", "October 29, 1956"
_TITLE_DAY = r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?"


@functools.cache
def _titled() -> re.Pattern[str]:
    return re.compile(rf"^(?P<body>.*?[^\s.!?:,;])\s+(?P<label>[—–-]\s*(?:(?P<before>{_TITLE_DAY}),?\s+(?:at\s+)?)?"
                      rf"(?P<h24>[01]?\d|2[0-3])[:.]?(?P<m24>[0-5]\d)"
                      rf"(?:\s*(?:hours|hrs|h)\b)?{_closing_zone()})(?:,\s*(?P<day>{_TITLE_DAY}))?\s*$")


def titled_stamp(text: str) -> Stamp | None:
    """The clock, maybe with its day before or after it, closing a post's title after a dash ("Announcement No. 1 –
    08:10 hours", "Statement by the Prime Minister – 20:30 hours", "Announcement No. 6 – 01:40 hours, 6 June",
    "Communiqué No. 3 - 30 October 1956, 06:15"), or None. The title
    is no sentence: a sentence closed by a clock is a ticker's entry (:func:`trailing_stamp`)."""
    m = _titled().match(text.strip())
    if m is None or re.search(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]", m.group("body")):
        return None  # (two sentences: a paragraph)
    return Stamp(f"{int(m.group('h24')):02d}:{m.group('m24')}", _zone(m.group("zone"), None),
                 m.group("before") or m.group("day"), m.group("label").strip(), m.group("body").strip())


# a monitoring service's note of the broadcast or agency it took an item from: the outlet, maybe its city, the
# language and when it went out, in GMT, and its day with a short year, maybe the desk's code after it ("Channel One
# TV, Moscow, in Russian 1800 gmt 12 Oct 20", "Buenos Aires Domestic Service in Spanish 1230 GMT 25 May 82 PY"); the
# clock may be left out ("Al-Arabiya TV website, Dubai, in Arabic 5 Mar 21")
_LANGUAGE = r"(?-i:[A-Z])[a-z]+(?:-(?-i:[A-Z])[a-z]+)?"  # "Russian", "Serbo-Croat"
# (an older service sets commas between them and a priority letter after the day: "Cairo, Domestic Service, in
# Arabic, 0530 GMT, 2 Nov 56--L"; a station's kind in brackets, the audience it broadcasts to and the report's letter
# of how it was received: "Liberation Radio (Clandestine) in Vietnamese to South Vietnam 1100 GMT 31 Jan 68 S")
_BROADCAST = (rf"(?:[^()\[\]]|\([^()\[\]]{{1,30}}\)){{2,150}}?,?\s+in\s+{_LANGUAGE}(?:\s+and\s+{_LANGUAGE})?"
              r"(?:\s+to\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3})?,?\s+"
              r"(?:(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s+(?P<zone>gmt|utc),?\s+)?"
              r"(?P<day>\d{1,2}\s+[a-z]{3,9})\s+(?P<year>\d{2}|\d{4})(?:\s+(?-i:[A-Z]{1,2})|--(?-i:[A-Z]))?")
# ... as a credit closing the item, in brackets ("(Source: Channel One TV, Moscow, in Russian 1800 gmt 12 Oct 20)",
# "[Buenos Aires Domestic Service in Spanish 1230 GMT 25 May 82 PY]")
_SOURCE_CREDIT = re.compile(rf"(?:^|\s)[(\[](?:source\s*:\s*)?{_BROADCAST}\s*[)\]]\s*$", re.I)
# ... or as a line of its own over the item, after the item's number ("PY251540 Buenos Aires Domestic Service in
# Spanish 1500 GMT 25 May 82", "JN2001161891 Baghdad Domestic Service in Arabic 1500 GMT 20 Jan 91", "Source: Radio
# Nacional, Buenos Aires, in Spanish 1500 gmt 25 May 82"), maybe the station's kind first ("(Clandestine) Voice of
# the Resistance of the Black Cockerel in Portuguese to Angola 0500 GMT 24 Feb 88")
_SOURCE_LINE = re.compile(rf"^\s*(?:(?-i:[A-Z]{{2}}\d{{6,10}})\s+|source\s*:\s*)?"
                          rf"(?P<broadcast>(?=\(?(?-i:[A-Z])){_BROADCAST})\s*$", re.I)
CENTURY_PIVOT = 50  # a credit's two-digit year: "20" is 2020, "99" is 1999


def full_year(digits: str) -> int:
    """A year written with two digits or four, in full ("20" is 2020, "99" is 1999: see ``CENTURY_PIVOT``)."""
    year = int(digits)
    if year < 100:
        year += 1900 if year > CENTURY_PIVOT else 2000
    return year


@dataclass(frozen=True)
class SourceCredit:
    """A monitoring credit closing a block: the day it names (``date_text``, its year in full) and its clock as a stamp
    (None when it names no clock)."""

    date_text: str
    stamp: Stamp | None
    outlet: str = ""  # the broadcaster or agency credited, as written ("Tehran Domestic Service", "APA news agency")


def source_credit(text: str) -> SourceCredit | None:
    """The monitoring credit closing ``text`` ("... (Source: APA news agency, Baku, in Russian 0512 gmt 13 Oct 20)"),
    or None."""
    m = _SOURCE_CREDIT.search(text) if text.rstrip().endswith((")", "]")) else None
    if m is None:
        return None
    date_text = f"{m.group('day')} {full_year(m.group('year'))}"
    body = text[:m.start()].strip()
    stamp = None
    if m.group("h") is not None:
        stamp = Stamp(f"{m.group('h')}:{m.group('m')}", _zone(m.group("zone").upper(), None), date_text,
                      m.group(0).strip(), body)
    credited = re.sub(r"^[(\[]\s*(?:source\s*:\s*)?", "", m.group(0).strip(), flags=re.I)
    return SourceCredit(date_text, stamp, _outlet(credited))


def _outlet(credited: str) -> str:
    """The broadcaster or agency a monitoring credit names, before its place and language ("Radio Nacional" of
    "Radio Nacional, Buenos Aires, in Spanish 1500 gmt 25 May 82")."""
    return re.split(r",?\s+in\s+(?-i:[A-Z])", credited, maxsplit=1)[0].split(",")[0].strip()


def source_line_outlet(text: str) -> str | None:
    """The outlet a monitoring service's source line over its item names ("Lagos home service" of "Lagos home service
    in English 2000 gmt 26 Apr 69", after the item's number or "Source:"); None for any other line."""
    m = _SOURCE_LINE.match(text)
    return (_outlet(m.group("broadcast")) or None) if m is not None else None


# the clock of an act right after the day an item opens with: "On October 4, at about 10:30 a.m., ..."
_ACT_CLOCK = re.compile(rf"^\s*,?\s*at\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?(?:{_CLOCK12}|{_CLOCK24})"
                        r"(?=[\s,.;])", re.I)


def act_clock(text: str) -> tuple[str, str] | None:
    """The clock ``text`` opens with, as an item's act follows its day with it (", at about 10:30 a.m."): the time
    ``HH:MM`` and the words, or None."""
    m = _ACT_CLOCK.match(text)
    if m is None:
        return None
    if m.group("h12"):
        hour = int(m.group("h12")) % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        return f"{hour:02d}:{int(m.group('m12') or 0):02d}", m.group(0).strip(" ,")
    return f"{int(m.group('h24')):02d}:{m.group('m24')}", m.group(0).strip(" ,")


# a story's date and its section, as a news site sets them over its text: "15 March 2024 Humanitarian Aid",
# "28 April 2023 Migrants and Refugees", "March 3, 2022 Peace and Security"
_TOPIC_DATELINE = re.compile(
    r"^(?P<date>\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{4}|(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})"
    r"\s+(?-i:[A-Z])[a-z]+(?:\s+(?:and|&|of|(?-i:[A-Z])[a-z]+)){0,3}\s*$")


def topic_dateline(text: str) -> str | None:
    """The date of a line giving a story's date and then its section ("15 March 2024 Humanitarian Aid"), or None."""
    m = _TOPIC_DATELINE.match(text.strip())
    return m.group("date") if m else None


# a listing's line under an item's title: who wrote it or which outlet, a bar, the day ("Khmer Times | July 26, 2025",
# "Sok Chanrith | July 26, 2025", "AFP · 12 March 2024")
_SIGNED_DATELINE = re.compile(rf"^(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){{0,3}}\s*[|·•]\s*"
                              rf"(?P<date>{_DATE})\s*$", re.I)
# a report's kind, a bar, where and when it was issued: "Daily report | Kyiv, 17 February 2015"
_ISSUED_DATELINE = re.compile(rf"^(?-i:[A-Z])[\w'’-]*(?:\s+[a-z][\w'’-]*){{0,3}}\s*[|·•]\s*"
                              rf"(?-i:[A-Z])[\w.'’-]*(?:[\s-]+(?-i:[A-Z])[\w.'’-]*){{0,2}},\s*"
                              rf"(?P<date>{_DATE})\s*$", re.I)


def signed_dateline(text: str) -> str | None:
    """The date of a line naming an item's author or outlet and then its day ("Khmer Times | July 26, 2025"), or a
    report's kind and then where and when it was issued ("Daily report | Kyiv, 17 February 2015"); else None."""
    m = _SIGNED_DATELINE.match(text.strip()) or _ISSUED_DATELINE.match(text.strip())
    return m.group("date") if m and re.search(r"\d{4}", m.group("date")) else None


def metadata_date(text: str) -> str | None:
    """The date of a line such as "Published On 11 Apr 2023" or "Posted: 10 Oct 2023" (the page's own date), or None."""
    m = _META_DATE.match(text.strip())
    return m.group("date") if m else None


# what a page's dateline may say after its date: the clock and when it was last changed ("Published on July 27,
# 2023 at 08h12, last updated at 18h40")
_ZONE_ABBR = r"(?:\s+(?-i:GMT|UTC|[A-Z]{2,4}T)(?:[+-]\d{1,2})?)?"  # "10:15 BST", "9:40 PM GMT+7"
_ANY_CLOCK = f"(?:{_CLOCK12}|{_CLOCK24})".replace("(?P<", "(?P<x")  # renamed: the groups are not read here
_META_TAIL = rf"(?:{_DATE_SEP}{_ANY_CLOCK}{_ZONE_ABBR})?(?:\s*,?\s*{_NOTE.pattern})?"
_DATELINE = re.compile(rf"^(?:{_META_PREFIX}|{_ISSUE})(?P<date>{_DATE}){_META_TAIL}\s*$", re.I)
# the parts of a byline line: "By Amina Yusuf and Tom Hale · Updated 14 May 2024"
_BYLINE_PARTS = re.compile(r"\s+[·|•]\s+")


# a part of a page's byline line that names who wrote or edited it ("Edited by Anindita Sanyal", "By Jane Roe"), or
# when it was updated ("Updated: June 19, 2020 10:52 pm IST")
_CREDIT = r"^\W*(?:(?:written|edited|reported|compiled)\s+by|by)\b"
PAGE_NOTE = re.compile(rf"{_CREDIT}|^\W*(?:last\s+)?(?:updated|modified)\b", re.I)


def credited_dateline(text: str) -> str | None:
    """The page's date in a line of parts, one naming who wrote or edited the page, one when ("All India | Edited by
    Anindita Sanyal | Updated: June 19, 2020 10:52 pm IST"); None for any other line."""
    parts = _BYLINE_PARTS.split(text.strip())
    if len(parts) < 2 or not any(re.match(_CREDIT, p, re.I) for p in parts):
        return None
    return dateline_date(text)


def dateline_date(text: str) -> str | None:
    """The page's own date in a dateline with more around it than :func:`metadata_date` takes: a clock and an update
    note after the date, or a byline before it, set off by "·" or "|"; None when no part of ``text`` is one."""
    for part in _BYLINE_PARTS.split(text.strip().replace("*", "")):
        m = _DATELINE.match(part.strip())
        if m:
            return m.group("date")
    return None


def declared_zone(text: str) -> str | None:
    """The IANA zone a page says all its times are in ("All times stated are UK"), or None."""
    name = _declared_name(text)
    return None if name is None else _known_zone(name)


def clock_note(text: str) -> bool:
    """Whether ``text`` is a note on the page's clock, even in a zone the lexicon does not know ("Times are
    Paris time.")."""
    name = _declared_name(text)
    return name is not None and (name.endswith(" time") or _known_zone(name) is not None)


def zone_named(name: str) -> str | None:
    """The IANA zone ``name`` names as a table's header writes it ("UTC", "Kyiv time"), or None."""
    return _known_zone(" ".join(name.lower().split()))


def _known_zone(name: str) -> str | None:
    """The IANA zone the lexicon gives a declared zone's name, with or without "time" after it."""
    zones = lexicon().zones
    return zones.get(name) or zones.get(name.removesuffix(" time")) or zones.get(f"{name} time")


def _declared_name(text: str) -> str | None:
    m = _DECLARED.match(text.strip())
    return " ".join(m.group("zone").lower().split()) if m else None


def _zone(name: str | None, offset: str | None) -> str | None:
    if not name:
        return None
    zone = lexicon().zones.get(" ".join(name.lower().split()))
    if offset and zone == "UTC":
        digits = re.sub(r"[^\d+−-]", "", offset).replace("−", "-")
        sign, hours = digits[0], int(digits[1:3] if len(digits) > 2 and digits[1:3].isdigit() else digits[1:2])
        if hours == 0:
            return "UTC"
        return f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"  # IANA's Etc zones invert the sign
    return zone


def _clock(m: re.Match[str]) -> str | None:
    if m.group("h12"):
        hour = int(m.group("h12")) % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        return f"{hour:02d}:{int(m.group('m12') or 0):02d}"
    if m.group("h24") is not None:
        return f"{int(m.group('h24')):02d}:{int(m.group('m24')):02d}"
    for hours, minutes in (("hd", "md"), ("ha", "ma"), ("hmil", "mmil")):
        if m.group(hours) is not None:
            return f"{int(m.group(hours)):02d}:{int(m.group(minutes)):02d}"
    return None


# an ISO 8601 stamp alone on its line, as a feed or an API dump writes it: "2024-03-03T14:05:00Z", "...+02:00"
_ISO = re.compile(r"^\s*(?P<date>\d{4}-\d{2}-\d{2})[T ](?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
                  r"\s*(?P<offset>Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)\s*$")


# a military date-time group, as naval and military notices stamp them: the day, the clock, the zone's letter, the
# month and the year ("181810Z JAN 24", "051430ZMAR2023"), alone on its line or opening a note ("UPDATE 001 -
# 161530Z JAN 24: ...")
_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
_DTG = re.compile(rf"^\s*(?P<prefix>{NUMBERED_NOTE}\s*[:–—-]?\s*)?(?P<day>0[1-9]|[12]\d|3[01])(?P<h>[01]\d|2[0-3])"
                  rf"(?P<m>[0-5]\d)(?P<letter>[A-IK-Z])\s*(?P<month>(?i:{_MONTHS}))\s*(?P<year>\d{{4}}|\d{{2}})(?!\w)"
                  rf"(?:{_SEP}(?P<body>\S.*)|\s*$)", re.S)


def _letter_zone(letter: str) -> str:
    """The zone a date-time group's letter names: Z is UTC, A-M (no J) are hours east, N-Y hours west."""
    if letter == "Z":
        return "UTC"
    east = "ABCDEFGHIKLM"
    hours = east.index(letter) + 1 if letter in east else -("NOPQRSTUVWXY".index(letter) + 1)
    return f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"  # IANA's Etc zones invert the sign


def _source_line(text: str) -> Stamp | None:
    """A monitoring service's source line over the item it took (see ``_SOURCE_LINE``): when the item went on the air,
    its year in full, its clock in UTC; None for a line naming no clock or no such day."""
    m = _SOURCE_LINE.match(text)
    if m is None or m.group("h") is None:
        return None
    day, month = m.group("day").split()
    year = full_year(m.group("year"))
    if month_number(month) is None or safe_date(year, month_number(month), int(day)) is None:
        return None
    return Stamp(f"{m.group('h')}:{m.group('m')}", _zone(m.group("zone").upper(), None), f"{int(day)} {month} {year}",
                 text.strip(), "")


def _dtg(text: str) -> Stamp | None:
    """A military date-time group opening ``text`` (see ``_DTG``), its year in full."""
    m = _DTG.match(text)
    if m is None:
        return None
    year = full_year(m.group("year"))
    if safe_date(year, month_number(m.group("month")), int(m.group("day"))) is None:
        return None  # "311200Z APR 24": no such day
    label = text[m.start("day"):m.end("year")] if m.group("prefix") is None else text[:m.end("year")].strip()
    return Stamp(f"{m.group('h')}:{m.group('m')}", _letter_zone(m.group("letter")),
                 f"{int(m.group('day'))} {m.group('month').title()} {year}", label.strip(),
                 (m.group("body") or "").strip())


def _iso(text: str) -> Stamp | None:
    """An ISO 8601 stamp with its offset, told in UTC (an offset of +05:30 has no zone name of its own)."""
    m = _ISO.match(text)
    if m is None:
        return None
    offset = m.group("offset")
    delta = dt.timedelta() if offset == "Z" else (1 if offset[0] == "+" else -1) * dt.timedelta(
        hours=int(offset[1:3]), minutes=int(offset[-2:]))
    try:
        at = dt.datetime.fromisoformat(f"{m.group('date')}T{m.group('h')}:{m.group('m')}") - delta
    except ValueError:  # "2024-02-30": no such day
        return None
    return Stamp(at.strftime("%H:%M"), "UTC", at.date().isoformat(), text.strip(), "")


# a channel message's footer, under its text: its views, whether it was edited, and its stamp
# ("👁 15.7K · edited · Oct 13, 2020 21:35", "1.2K views · 09:12", "👁 830 · 14:05"); copied from a channel's web
# view without the dots, the views and a bare clock ("15.2K edited 12:34", "8.7K 21:47", "830 09:05"), the views
# maybe named ("98.3K views 13:07", "👁 2.4K views edited 08:15")
_FOOTER = re.compile(r"^\s*(?:👁\ufe0f?\s*)?\d{1,3}(?:[.,]\d{1,3})?\s*[KkMm]?(?:\s+views?)?\s*"
                     r"(?:(?:[·•|]\s*edited\s*)?[·•|]\s*(?:edited\s+)?(?P<stamp>\S.*)"
                     r"|\s(?:edited\s+)?(?P<clock>(?:[01]?\d|2[0-3]):[0-5]\d))$")


_BARE_FOOTER = re.compile(r"^\s*(?:👁\ufe0f?\s*)?\d[\d.,]*\s*[KkMm]?(?:\s+views?)?\s+(?:edited\s+)?\d{1,2}:\d\d\s*$")


def _footer(text: str) -> Stamp | None:
    """The stamp of a message's footer (see ``_FOOTER``), or None."""
    m = _FOOTER.match(text)
    inner = _stamp(m.group("stamp") or m.group("clock")) if m is not None else None
    if inner is None or not inner.standalone:
        return None
    return Stamp(inner.time, inner.zone, inner.date_text, text.strip(), "", footer=True)


# an item's line of record under its title: its kind and number, a bar, its day and clock ("Announcement 222 |
# 14/08/2006 | 16:05", "Statement No. 14 · 14 Aug 2006 · 4:05 pm", "Khmer Times | July 26, 2025 | 09:10")
_LABEL = re.compile(r"^\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?:[\w.'’-]+|#\d{1,5})){0,3}"
                    r"\s*[|·•]\s*(?P<stamp>\S.*)$", re.I)


# an outlet and its place, then the item's day and clock, set apart by slashes: "Civil Georgia, Tbilisi / 11 Aug.'08
# / 22:15"
_SLASHED = re.compile(r"^\s*(?-i:[A-Z])[^/|\d]{1,60}?\s+/\s+(?P<stamp>\S.*)$")


def _after_label(m: re.Match[str] | None, text: str) -> Stamp | None:
    """The stamp a line gives after its label (group ``stamp`` of ``m``), unless the line is the page's own dateline
    ("New Delhi | Updated: May 8, 2025 23:05 IST")."""
    return _stamp(m.group("stamp")) if m is not None and dateline_date(text) is None else None


def _slashed(text: str) -> Stamp | None:
    """The stamp after an outlet's name and a slash (see ``_SLASHED``), when it gives both a day and a clock."""
    inner = _after_label(_SLASHED.match(text), text)
    return _line_stamp(inner, text) if inner is not None and not inner.prefixed else None  # ("TOI / Updated: ...")


def _labelled(text: str) -> Stamp | None:
    """The stamp after a short label and a bar (see ``_LABEL``), when it gives both a day and a clock, or None."""
    return _line_stamp(_after_label(_LABEL.match(text), text), text)


def _credited(text: str) -> Stamp | None:
    """The stamp in brackets after an outlet's name (see ``_CREDITED``), when it gives both a day and a clock."""
    m = _CREDITED.match(text)
    if m is None or len(m.group("sender").split()) > _SENDER_WORDS:
        return None
    return _line_stamp(_stamp(m.group("inner").strip()), text)


# a note after a bar on when the stamped page was changed: "Posted at Oct 23 2017 05:48 PM | Updated as of Oct 23 2017
# 07:15 PM"
_CHANGED_NOTE = re.compile(r"\s*[|·•]\s*(?:last\s+)?(?:updated|modified|edited)\b[^|·•]{0,60}$", re.I)


def _noted(text: str) -> Stamp | None:
    """The stamp before a bar and a note of when the page was changed (see ``_CHANGED_NOTE``), when it gives a day
    and a clock, or None."""
    note = _CHANGED_NOTE.search(text)
    inner = _stamp(text[:note.start()]) if note is not None and note.start() > 0 else None
    return _line_stamp(inner, text, prefixed=inner is not None and inner.prefixed)


def _line_stamp(inner: Stamp | None, text: str, prefixed: bool = False) -> Stamp | None:
    """``inner``, a stamp read from part of the line ``text``, as the stamp of the whole line, when it stands alone
    and gives both a day and a clock; else None."""
    if inner is None or not inner.standalone or not inner.date_text or not inner.time:
        return None
    return Stamp(inner.time, inner.zone, inner.date_text, text.strip(), "", prefixed=prefixed)


def find_stamp(text: str) -> Stamp | None:
    """The timestamp opening ``text``, or None when it does not open with one."""
    if "·" in text or "•" in text or "|" in text or _BARE_FOOTER.match(text):
        footer = _footer(text) or _labelled(text) or _noted(text)
        if footer is not None:
            return footer
    if "T" in text or "Z" in text:
        iso = _iso(text)
        if iso is not None:
            return iso
    dtg = _dtg(text) or (_source_line(text) if " in " in text else None)
    if dtg is not None:
        return dtg
    labelled = (_slashed(text) if " / " in text else None) or (_credited(text) if "(" in text else None)
    if labelled is not None:
        return labelled
    spelled = _SLASHED_MONTH.match(text) if "/" in text else None
    if spelled is not None and re.fullmatch(month_words(), spelled.group("month"), re.I):
        # "[28/April/2025 10:41 PM]": a news agency's stamp, its month spelled between slashes
        day, month, year = spelled.group("day", "month", "year")
        inner = _stamp(f"{day} {month} {year} {spelled.group('clock')}")
        if inner is not None and inner.standalone and inner.date_text:
            return Stamp(inner.time, inner.zone, inner.date_text, text.strip(), "")
    bracketed = _SENDER.match(text) if "[" in text else None
    if bracketed is not None and all(len((bracketed.group(g) or "").split()) <= _SENDER_WORDS
                                     for g in ("sender", "outlet")):
        inner = _stamp(bracketed.group("inner").strip())
        if inner is not None and inner.standalone and inner.date_text:
            return Stamp(inner.time, inner.zone, inner.date_text, text.strip(), "")
    linked = _LINK_AFTER.search(text) if text.rstrip().endswith(")") else None
    if linked is not None:  # "2002-11-30 10:02 am UTC (link)": a blog comment's stamp and its permalink
        inner = _stamp(text[:linked.start()])
        if inner is not None and inner.standalone and inner.date_text:
            return Stamp(inner.time, inner.zone, inner.date_text, text.strip(), "")
    # "April 18 at 9:14 PM ·": a social page's post header, over the post
    audience = _AUDIENCE.match(text) if text.rstrip().endswith("·") else None
    return _stamp(audience.group("stamp") if audience else text) or _printed_minute(text)


# the link a blog's comment stamp closes on: "2002-11-30 10:02 am UTC (link)"
_LINK_AFTER = re.compile(r"\s*\((?:link|permalink|permanent link|reply)\)\s*$", re.I)
# a stamp whose date spells its month between slashes, maybe in brackets ("[28/April/2025 10:41 PM]")
_SLASHED_MONTH = re.compile(r"^\s*\[?\s*(?P<day>\d{1,2})/(?P<month>[A-Za-z]{3,9})\.?/(?P<year>\d{4}),?\s+"
                            r"(?P<clock>\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?\s?[Mm]\.?)?)\s*\]?\s*$")
# a parliament's record's clock on its line with minutes under ten in one digit, as Hansard prints them ("5.2 p.m."
# is 5.02 p.m.)
_PRINTED_MINUTE = re.compile(r"^\s*(?P<h>1[0-2]|0?[1-9])\.(?P<m>\d)\s*(?P<pm>[ap])\.?\s?m\.?\s*$", re.I)


def _printed_minute(text: str) -> Stamp | None:
    m = _PRINTED_MINUTE.match(text)
    if m is None:
        return None
    hour = int(m.group("h")) % 12 + (12 if m.group("pm").lower() == "p" else 0)
    return Stamp(f"{hour:02d}:0{m.group('m')}", None, None, text.strip(), "")


# a post's header on a social page: its day and clock, then the dot of who may see it ("Yesterday at 10:02 PM ·")
_AUDIENCE = re.compile(r"^\s*(?P<stamp>(?=[^·]*\d)\S[^·]*?)\s*·\s*$")


def audience_header(text: str) -> bool:
    """Whether ``text`` is a social page's post header ending with the dot of who may see the post ("2h ·",
    "April 18 at 9:14 PM ·"), the line under the author's name."""
    return text.rstrip().endswith("·") and _AUDIENCE.match(text) is not None


def _stamp(text: str) -> Stamp | None:
    lead, dated = _patterns()
    ago = _AGO.match(text)
    if ago is not None:
        text = text[ago.end():]
    m = dated.match(text)
    date_text = m.group("date_before") if m else None
    if m is None:
        m = lead.match(text)
        if m is None:
            return None
        date_text = m.group("date_after")
    clock = _clock(m)
    if clock is None:
        return None
    body = (m.groupdict().get("body") or m.groupdict().get("body2") or "").strip()
    if _NOTE.fullmatch(body):
        body = ""
    label = m.group("stamp").strip()
    prefixed = bool(m.groupdict().get("prefix") or m.groupdict().get("meta"))
    city = m.groupdict().get("city") or m.groupdict().get("city_after")
    zone = _zone(f"{city} time", None) if city else _zone(m.group("zone"), m.group("offset"))
    return Stamp(clock, zone, date_text.strip(" ,") if date_text else None,
                 label, body, prefixed)
