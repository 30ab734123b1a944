"""Page furniture to leave out: cookie and notification prompts, appeals, comment forms, credits, separators.

A block is furniture when it matches a category of ``chronik/data/boilerplate.yaml`` (a phrase, within the
category's length), a pattern of ``config.yaml``, or speaks for the publisher ("we", "our") while naming it (outside
quotes, and not as whom somebody told something: "..., a resident told OC Media", or who asked for comment:
"... did not respond to Example's request for comment"), unless it says how it found what it reports ("We geolocated
41 of the videos": the report's method). A short line that repeats the
start of the furniture line under it (a photo's alt text above its caption) goes with it, and so do runs of very
short lines above the first paragraph or below the last one (a site's menu, a footer's links; not "Pinned" over a
timeline's first post, which says that post is out of order on purpose). On a printed page converted to text ("Page
2 of 6"), a line repeated next to two page numbers or more is its running header or footer, and goes wherever it is;
so does a header that carries the page's number itself ("Flash Update #12 | 2", "Flash Update #12 | 3").
A newsletter's postal address goes with its label ("Our mailing address is:"), its signature with the sign-off above
it ("Best,"). A summary re-posted further down a live blog — two paragraphs or more repeating, word for word and in
order, paragraphs higher on the page, with "Summary", "Key events", "here's a recap" just above either copy — is a
repeated summary: the first copy stays, the repeat is left out. (Without the summary's label a repeat is kept: a
page may say the same thing twice for a reason.) A caption right under its photo's credit line ("Photo: ©
UNICEF/..." / "A child waits for food in Rafah.": one sentence in the present tense) goes with the credit, and a
forum's description of itself with its "About Community" label. A table of contents — its label ("Contents") and the
section titles under it, numbered or the page's own headings again — is furniture. A reference list — a heading such
as "Sources" or "Notes" alone on its line, then numbered or marked references ("[2] "Title", Reuters, 11 January
2024.", "1. ^ ...", "[12] https://...") up to the next line that is not one, or a run of three reference-shaped
lines without a heading — is the page's apparatus, not its news.
So are a cookie notice's buttons under it ("Got it!"), a sponsor's message between its label ("SPONSORED") and its
link, and the publisher's description of itself ("Example Radio is a private, nonprofit broadcaster ...").
The topics listed under a prompt to follow them ("Tap the bell to follow topics:" / "War in Ukraine" / "Kharkiv")
are the prompt's buttons, and a newsletter's sign-up box may name the newsletter over its blurb.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter

from chronik.config import Config, Source
from chronik.dates.rules import month_words, weekday_words
from chronik.segment import ago, prose
from chronik.segment.blocks import SENTENCE_END, Block, count_words
from chronik.segment.citations import strip_marks
from chronik.segment.classify import KEY_FIGURE, YEAR_ALONE
from chronik.segment.lexicon import lexicon
from chronik.segment.literals import AnyPattern
from chronik.segment.posts import FEDIVERSE_HANDLE, bare_stamp
from chronik.segment.reader_state import norm
from chronik.segment.results import card_lines
from chronik.segment.speaker_labels import TRANSCRIPT_TURNS, speaker_turn, written_speaker, written_transcript
from chronik.segment.timestamps import find_stamp

SEPARATOR = "separator"
MENU = "boilerplate: navigation"
CONTENTS = "boilerplate: table of contents"
MENU_WORDS = 3  # a menu item or footer link: at most this many words, no digits
MENU_RUN = 3  # this many such lines in a row make a menu
BODY_WORDS = 8  # a block this long is page content, where the top furniture ends
# a quote: in double marks, in guillemets, or in single curly marks ("‘We took the children to the basement,’ ...",
# where a ’ inside a word is an apostrophe, not the quote's end)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|(?<!\w)‘(?:[^’]|’(?=\w))*’(?!\w)")
# ("us" as whom people spoke to, "families told us they waited two days", is the outlet reporting, not promoting)
# ("The ministry referred us to its statement", "... wrote to us": whom a body answered, the outlet asking for comment)
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|(?<!told )(?<!showed )(?<!said to )(?<!spoke to )(?<!referred )(?<!wrote to )"
                 r"(?<!replied to )(?<!responded to )us)\b")
_WE_WORDS = frozenset({"we", "our", "us"})  # what _WE finds, as a block's folded words
_QUOTE_MARKS = ("“", '"', "«", "‘")  # what opens a span of _QUOTED
# the publisher named as whom somebody spoke to ("..., a resident told OC Media by phone") or as the speaker of a quote
# ("“...,” said Human Rights Watch's director"): the outlet reporting a statement, not speaking for itself
_TOLD = re.compile(r"\b(?:told|speaking\s+to|talking\s+to|interview\s+with|said|says"
                   r"|(?:respond|reply|responded|replied)\s+to)\s+(?:the\s+)?$", re.I)
# the publisher named as who asked for comment ("The RSF did not respond to Example's request for comment")
_ASKED = re.compile(r"^['’]s\s+(?:requests?\s+for\s+comment|questions|enquir(?:y|ies)|inquir(?:y|ies))\b", re.I)
# a wire story's dateline before the agency's name: "Baku, September 19, " (AZERTAC), "MOSCOW, April 2. /" (TASS/),
# "KYIV, May 14 (" (Reuters) -), or without the city, "May 14 (" (Reuters) - ...: Here is what we know): the
# agency signs the story there, it does not speak of itself
_DATELINE_BEFORE = re.compile(r"^\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s*(?:\w+\s+\d{1,2}|\d{1,2}\s+\w+)"
                              r"(?:,\s*\d{4})?[,.]?\s*[(/]?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\("
                              # a city in capitals, its region after it: "ERBIL, Kurdistan Region (" (Outlet) –
                              r"|[A-Z]{2,}(?:[ -][A-Z]{2,})*(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s*\()"
                              r"\s*$")
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
RUNNING = "boilerplate: running header or footer"
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])\s*$", re.I)
# a running header with its page's number on the same line, either side: "Flash Update #38 | 2", "4 | Annual Report"
_NUMBERED_HEAD = re.compile(r"^\s*(?:(?P<head>\S[^|]{2,80}?)\s*\|\s*(?:page\s+)?(?P<number>\d{1,4})"
                            r"|(?:page\s+)?(?P<number2>\d{1,4})\s*\|\s*(?P<tail>\S[^|]{2,80}?))\s*$", re.I)
_NEAR_PAGE_NUMBER = 2  # blocks either side of a page number where its running header or footer is
EMAIL = "boilerplate: email furniture"
GREETING = "boilerplate: email greeting"
ADDRESS = "boilerplate: postal address"
_ADDRESS_LABEL = re.compile(r"\b(?:mailing|postal)\s+address\b|\bour\s+address\b", re.I)
_ADDRESS_LINES = 6  # an address is at most this many lines...
_ADDRESS_WORDS = 6  # ...of at most this many words, none a sentence
_SIGNATURE_WORDS = 8
FORUM_RULES = "boilerplate: forum rules"
_RULE_LINES = 10  # the rules under "Please do:": at most this many lines...
_RULE_WORDS = 12  # ...of at most this many words, none a sentence ("Be polite and civil,")
CONTACT = "boilerplate: contact"
_CONTACT_LINES = 4  # who to contact under "For further information, please contact:": at most this many lines...
_CONTACT_WORDS = 12  # ...of at most this many words, none a sentence ("Jane Doe, Head of Communications, OCHA Sudan")
REPEATED = "repeated summary"
_REPEAT_RUN = 2  # a run of this many paragraphs repeated in order is a re-posted summary
_REPEAT_WORDS = 6  # shorter lines ("Share", "Summary") repeat on any page and are not compared
_KEY_WORD = re.compile(r"\w+")
_SUMMARY_LABEL_ABOVE = 3  # how many blocks above a copy its label ("Summary", "Here's a recap:") may be


def _config_patterns(source: Source, config: Config) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in (*config.boilerplate, *source.boilerplate))


@functools.cache
def _publisher_regex(publisher: str) -> re.Pattern[str] | None:
    """The publisher's name as a page writes it; each of its names when it gives two joined by a slash ("Institute
    for the Study of War / Critical Threats Project")."""
    names = []
    for part in re.sub(r"\([^)]*\)", "", publisher).split(" / "):
        name = re.sub(r"^the\s+", "", part.strip(), flags=re.I)
        if name and name.lower() not in lexicon().not_names:
            names.append(r"\s+".join(re.escape(w) for w in name.split()))
    return re.compile(rf"(?<!\w)(?:{'|'.join(names)})(?!\w)", re.I) if names else None


def _self_promotion(block: Block, publisher: re.Pattern[str] | None) -> bool:
    """The publisher speaking of itself: "we/our" outside quotes, and its name or its own reports."""
    lex = lexicon()
    if block.words > lex.self_promotion_max_words:
        return False
    if block.tokens.isdisjoint(_WE_WORDS) and not any(q in block.text for q in _QUOTE_MARKS):
        return False  # no "we" anywhere, nor a quote whose removal could join one
    unquoted = _QUOTED.sub("", block.text)
    if not _WE.search(unquoted) or _own_research(unquoted, publisher) or _FIELD_STAFF.search(unquoted) \
            or _dated_act().search(unquoted) or _READERS_SENT.search(unquoted):
        return False
    return bool((publisher is not None and _named(publisher, block.text))
                or (lex.self_references is not None and lex.self_references.search(unquoted)))


@functools.cache
def _dated_act() -> re.Pattern[str]:
    """A day named as an act's ("left Dubai on Wednesday (6 February)", "on 3 February"): a body's statement telling
    what it did ("A first UNHCR airlift ... from our regional stockpile left Dubai on Wednesday"), news, not
    promotion. So is a day named back from the statement's ("... yesterday liberated the city of Arbil", "last night"),
    which a promotion has no use for."""
    return re.compile(rf"\bon\s+(?:(?:{weekday_words(full_only=True)})\b|{_day_of_month()})"
                      r"|\b(?:yesterday|last\s+night|overnight)\b", re.I)


# what the outlet's readers sent it, which a live post quotes ("Some of the e-mails BBC News website readers in Nepal
# have been sending us:"): their words, the post's, not the outlet's promotion
_READERS_SENT = re.compile(r"\b(?:readers|viewers|listeners|you)\b[^.!?]{0,60}\b(?:sent|sending|e-?mailed|"
                           r"e-?mailing|writing\s+to|wrote\s+to)\s+us\b", re.I)


# a body's people in the field, whose reports its statement passes on ("Our staff report that at least 12 elderly
# people have died there", "our teams at the border were not allowed to register them"): news, not promotion
_FIELD_STAFF = re.compile(r"\b[Oo]ur\s+(?:own\s+)?(?:staff|teams?|colleagues|delegates|monitors|field\s+officers|"
                          r"aid\s+workers|protection\s+officers)\b")


def _own_research(text: str, publisher: re.Pattern[str] | None) -> bool:
    """The outlet saying how it found what it reports ("We geolocated 41 of the videos", "Example Monitor analysed
    the footage"): its method, part of the report."""
    verbs = lexicon().research_verbs
    subjects = [*re.finditer(r"\b[Ww]e\b", text), *(publisher.finditer(text) if publisher is not None else ())]
    return any(verbs.match(text, m.end()) for m in subjects)


def _named(publisher: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` names the publisher other than as whom somebody told something or asked for comment, or in a
    wire dateline."""
    return any(not _TOLD.search(text[:m.start()]) and not _DATELINE_BEFORE.match(text[:m.start()])
               and not _ASKED.match(text[m.end():]) for m in publisher.finditer(text))


def reason_for(block: Block, patterns: tuple[re.Pattern[str], ...], publisher: re.Pattern[str] | None) -> str | None:
    """Why ``block`` on its own is furniture, or None."""
    lex = lexicon()
    if lex.separator.match(block.raw):
        return SEPARATOR
    if _PAGE_NUMBER.match(block.raw):
        return PAGINATION  # (on the raw line: "- 4 -" read as a bullet would be "4 -")
    if block.markup is not None:
        return f"markup: {block.markup}"
    for pattern in patterns:
        if pattern.search(block.text):
            return f"boilerplate: config pattern {pattern.pattern!r}"
    category = lex.drop.first(block.text, block.words, block.tokens, block.folded)
    if category is not None and not (category.name == NAVIGATION and _said_as_sentence(block)):
        return f"boilerplate: {category.name}"
    if _self_promotion(block, publisher):
        return f"boilerplate: {lex.self_promotion_reason}"
    if publisher is not None and block.words <= ABOUT_WORDS and _about_publisher(block.text, publisher):
        return ABOUT
    return None


PAGINATION = "boilerplate: pagination"
ABOUT = "boilerplate: about the publisher"
ABOUT_WORDS = 70
# what follows the publisher's name in its description of itself: its other name set off by commas, then "is a";
# or that it publishes the report, described after a comma ("(CTP) at the American Enterprise Institute and the
# Institute for the Study of War (ISW) publish the Iran Update, which provides insights into ...")
_IS_A = re.compile(r"^(?:,[^,.]{1,80},)?\s+is\s+(?:an?|the)\s+\S"
                   r"|^[^.]{0,120}?\s(?:publish(?:es)?|produces?)\s+(?:the|this)\s+[^,.]{1,60},\s+which\s")


def _about_publisher(text: str, publisher: re.Pattern[str]) -> bool:
    """The publisher describing itself under its page: the paragraph opens with its name, then "is a ..."
    ("Example Radio is a private, nonprofit broadcaster funded by ...", "Example House, the Institute of ..., is a
    policy institute based in London.") or that it publishes the page's report ("... publish the Iran Update, which
    provides ...")."""
    text = re.sub(r"^\s*the\s+", "", text, flags=re.I)
    m = publisher.match(text)
    return m is not None and bool(_IS_A.match(text[m.end():]))


# a sentence this long that a menu's words happen to be in ("The ceasefire's terms and conditions were not made
# public.") is news: a menu's links do not end with a full stop
NAVIGATION = "navigation"
NAVIGATION_SENTENCE_WORDS = 6


def _said_as_sentence(block: Block) -> bool:
    return block.words >= NAVIGATION_SENTENCE_WORDS and bool(SENTENCE_END.search(block.text))


# furniture a menu's run leaves alone: "Pinned" over a timeline's first post says that post is out of order on purpose
_NOT_MENU = frozenset({"pinned"})
# a fediverse handle, which names its server ("@jane@mastodon.social"): on such a site's thread it and the author's name
# over it head the first post, under the site's menu (an X page's author over the focused post is the page's);
# see FEDIVERSE_HANDLE


def _menu_item(block: Block, below: Block | None) -> bool:
    if block.words > MENU_WORDS or block.bullet or re.search(r"\d", block.text) or FEDIVERSE_HANDLE.match(
            block.text) or (below is not None and FEDIVERSE_HANDLE.match(below.text)):
        return False
    kept = lexicon().keep.first(block.text, block.words, block.tokens, block.folded)
    return kept is None or kept.name not in _NOT_MENU


def _menus(blocks: list[Block], reasons: dict[int, str], title: str | None = None) -> None:
    """Drop runs of menu-like lines in the top furniture (before the first long block) and the bottom. The page's own
    title (the configured one) ends a run however short it is ("Pakistan" / "News in brief" / "APP"): it is the
    page's, not a menu's, and the lines after it are its byline."""
    kept = [b for b in blocks if b.index not in reasons]
    long_ones = [k for k, b in enumerate(kept) if b.words >= BODY_WORDS]
    if not long_ones:
        return
    for zone in (kept[:long_ones[0]], kept[long_ones[-1] + 1:]):
        run: list[Block] = []
        for k, block in enumerate([*zone, None]):
            if block is not None and norm(block.text) != title \
                    and _menu_item(block, zone[k + 1] if k + 1 < len(zone) else None):
                run.append(block)
                continue
            if len(run) >= MENU_RUN:
                reasons.update((b.index, MENU) for b in run)
            run = []


def _contents(blocks: list[Block], reasons: dict[int, str]) -> None:
    """Drop a table of contents: its label and the section titles under it, numbered ("1 March 2022", "3 See also")
    or not, when they are the headings of the page below ("March 2021" ... "See also", each again on a line of its
    own further down); a word alone among them is the box's control ("hide", "(Top)")."""
    lex = lexicon()
    for k, block in enumerate(blocks):
        if block.index in reasons or not lex.contents_label.match(block.text):
            continue
        items = k + 1
        while (items < len(blocks) and blocks[items].words <= lex.contents_max_words
               and _NUMBERED.match(blocks[items].raw)):
            items += 1
        if items == k + 1:
            items = _unnumbered_contents(blocks, k + 1)
        if items > k + 1:
            reasons.update((b.index, CONTENTS) for b in blocks[k:items])


CONTENTS_MIN_HEADINGS = 2  # how many titles of an unnumbered table of contents must be the page's headings


def _unnumbered_contents(blocks: list[Block], start: int) -> int:
    """Where a table of contents without numbers ends, from ``start`` (``start`` itself: there is none)."""
    lex = lexicon()
    end, headings = start, 0
    later = {_key(block): k for k, block in enumerate(blocks)}  # the last block with each text
    while end < len(blocks) and 0 < blocks[end].words <= lex.contents_max_words:
        block = blocks[end]
        if later.get(_key(block), end) > end:
            headings += 1
        elif block.words > 1 or re.search(r"\d", block.text):
            break
        end += 1
    return end if headings >= CONTENTS_MIN_HEADINGS else start


def _key(block: Block) -> str:
    """A heading's words, without the marks an encyclopedia puts after it ("March 2021[edit]")."""
    return " ".join(_KEY_WORD.findall(strip_marks(block.text).lower()))


def _numbered_heads(blocks: list[Block]) -> list[int]:
    """The running header that carries its page's number ("Flash Update #12 | 2", "3 | Annual Report 2023"): the same
    words on two lines or more, each with another number."""
    numbers: dict[str, set[str]] = {}
    found: list[tuple[int, str]] = []
    for k, block in enumerate(blocks):
        m = _NUMBERED_HEAD.match(block.raw)
        if m is None or count_words(words := m["head"] or m["tail"]) < 2:
            continue
        key = " ".join(words.lower().split())
        numbers.setdefault(key, set()).add(m["number"] or m["number2"])
        found.append((k, key))
    return [k for k, key in found if len(numbers[key]) >= 2]


def _running_heads(blocks: list[Block], reasons: dict[int, str]) -> None:
    """Drop the lines a printed page repeats next to its page numbers, wherever they are (the first page's too)."""
    headed = _numbered_heads(blocks)
    reasons.update((blocks[k].index, RUNNING) for k in headed)
    numbers = sorted({*headed, *(k for k, b in enumerate(blocks) if _PAGE_NUMBER.match(b.raw))})
    if len(numbers) < 2:
        return
    near: dict[str, set[int]] = {}  # a line's words -> the blocks saying them next to a page number
    for k in numbers:
        for b in blocks[max(0, k - _NEAR_PAGE_NUMBER):k + _NEAR_PAGE_NUMBER + 1]:
            if b.index != blocks[k].index and b.words:
                near.setdefault(" ".join(b.raw.split()), set()).add(b.index)
    # (two lines saying it: a short page's one paragraph may be near two numbers)
    repeated = {key for key, found in near.items() if len(found) >= 2}
    for block in blocks:
        if block.index not in reasons and " ".join(block.raw.split()) in repeated:
            reasons[block.index] = RUNNING


_FEED_RUN = 3  # ages that alternate with one line of text each, this many in a row, are a feed's stamps
_FEED_TEXT_WORDS = 4  # (each text a line of at least this many words: an event, not a link's title)


def _relative_stamps(blocks: list[Block], reasons: dict[int, str]) -> None:
    """Keep a relative age ("15 min ago") that heads an entry: it is its stamp (see chronik.segment.ago); so is
    each age of a feed that alternates them with its events, a line each ("18 minutes ago" / "Aleppo: opposition
    fighters filmed at the Citadel" / "42 minutes ago" / ...), whether or not the events end as sentences."""
    ages = {k for k, block in enumerate(blocks) if ago.age(block.text) is not None}
    seen = Counter(_key(b) for b in blocks)
    feed: set[int] = set()
    for k in sorted(ages):
        run = [k]
        while run[-1] + 2 in ages and _feed_text(blocks, run[-1] + 1):
            run.append(run[-1] + 2)
        if not _feed_text(blocks, run[-1] + 1):
            run.pop()
        # (not a live page's "Key events", whose headlines, each under its age, title posts further down)
        if len(run) >= _FEED_RUN and k - 2 not in feed and all(seen[_key(blocks[j + 1])] == 1 for j in run):
            feed.update(run)
    for k, block in enumerate(blocks):
        if block.index in reasons and k in ages:
            after = [b.text for b in blocks[k + 1:k + 4] if b.index not in reasons][:2]
            if k in feed or (after and find_stamp(after[0]) is None and ago.heads_entry(after)):
                del reasons[block.index]
        elif block.index in reasons and k > 0 and FEDIVERSE_HANDLE.match(blocks[k - 1].text) \
                and (header := bare_stamp(block.text, "")) is not None and header.age is not None:
            del reasons[block.index]  # "@jane@mastodon.social" / "34m": the post's age, no count of millions


def _feed_text(blocks: list[Block], k: int) -> bool:
    """Whether block ``k`` is a feed's event under its age: a line of a few words at least, neither an age nor a
    stamp."""
    return k < len(blocks) and blocks[k].words >= _FEED_TEXT_WORDS and ago.age(blocks[k].text) is None \
        and find_stamp(blocks[k].text) is None


def _addresses(blocks: list[Block], reasons: dict[int, str]) -> None:
    """Drop the short lines of a postal address under its label, the names and posts under a contact label ("For
    further information, please contact:"), and a signature under a sign-off ("Best,")."""
    for k, block in enumerate(blocks):
        reason = reasons.get(block.index)
        label = block.text.rstrip().endswith(":")
        if reason == EMAIL and label and _ADDRESS_LABEL.search(block.text):
            _under_label(blocks[k + 1:k + 1 + _ADDRESS_LINES], reasons, _ADDRESS_WORDS, ADDRESS)
        elif reason == CONTACT and label:
            _under_label(blocks[k + 1:k + 1 + _CONTACT_LINES], reasons, _CONTACT_WORDS, CONTACT)
        elif reason == FORUM_RULES and label:
            _under_label(blocks[k + 1:k + 1 + _RULE_LINES], reasons, _RULE_WORDS, FORUM_RULES)
        elif reason == GREETING and block.text.rstrip().endswith(",") and k + 1 < len(blocks):
            below = blocks[k + 1]
            if below.index not in reasons and below.words <= _SIGNATURE_WORDS and not SENTENCE_END.search(below.text):
                reasons[below.index] = GREETING  # "Amira and the Sudan Brief team"


ARCHIVE = "boilerplate: archive fields"
# a news archive's field codes whose value, on the line under the code, is the story's metadata, not its text
# ("WC" / "612 words", "ET" / "08:14 AM", "SN" / "Reuters News", "CY" / "(c) Reuters Limited 1993")
_METADATA_CODES = frozenset({"WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "CO", "IN", "NS", "RE", "IPD",
                             "PUB", "AN", "VOL"})
ARCHIVE_CODES = 4  # code lines that make a page an archive's export


def _archive_values(blocks: list[Block], reasons: dict[int, str]) -> None:
    """Drop the value under each metadata code of a story exported from a news archive (Factiva, Nexis: a code alone on
    its line, its value on the next), on a page of several such codes."""
    codes = [k for k, b in enumerate(blocks) if reasons.get(b.index) == ARCHIVE and b.text.strip() in _METADATA_CODES]
    if len(codes) < ARCHIVE_CODES:
        return
    for k in codes:
        if k + 1 < len(blocks) and blocks[k + 1].index not in reasons:
            reasons[blocks[k + 1].index] = ARCHIVE


def _uncoded_archive_fields(blocks: list[Block], reasons: dict[int, str]) -> None:
    """Drop the fields an archive shows without their codes under the story's word count ("582 words" / "23 October
    1993" / "11:42" / "Reuters News" / "LBA" / "English"): the time it was filed, its source, the source's code and its
    language (its day is kept: it dates the story)."""
    for k, block in enumerate(blocks):
        if reasons.get(block.index) != ARCHIVE or not _WORD_COUNT.match(block.text):
            continue
        for field in blocks[k + 1:k + 1 + _UNCODED_FIELDS]:
            if field.index in reasons or field.words > _FIELD_WORDS or SENTENCE_END.search(field.text):
                break
            if _UNCODED_FIELD.match(field.text):
                reasons[field.index] = ARCHIVE


_WORD_COUNT = re.compile(r"^\s*\d[\d,]*\s+words\s*$", re.I)
_UNCODED_FIELDS = 7  # the most fields under the word count: day, clock, source, code, language, copyright
_FIELD_WORDS = 4
# the filing clock, the source's name and its code, the language
_UNCODED_FIELD = re.compile(r"^\s*(?:\d{1,2}:\d{2}(?:\s*(?:GMT|UTC))?"
                            r"|(?:[A-Z][\w.&'’-]*\s+){0,3}(?:News|Wire|Newswire|Service|Agency|Press)"
                            r"|[A-Z]{2,6}|English|French|Spanish|Arabic|Russian|German|Portuguese)\s*$")


def _under_label(below: list[Block], reasons: dict[int, str], words: int, reason: str) -> None:
    """Drop the short lines under a label, up to the first one that is furniture already, long or a sentence."""
    for block in below:
        if block.index in reasons or block.words > words or SENTENCE_END.search(block.text):
            break
        reasons[block.index] = reason


def _repeats(blocks: list[Block], reasons: dict[int, str]) -> None:
    """Drop a summary re-posted lower down: a run of paragraphs repeating, word for word and in order, a run higher
    on the page, either of them under a summary's label."""
    kept = [b for b in blocks if b.index not in reasons]
    intros = lexicon().list_intros
    labels = [k for k, b in enumerate(kept) if b.words <= 16 and not b.tokens.isdisjoint(intros.keys)
              and intros.search(b.text, b.folded)]
    if not labels:
        return  # no summary on the page, none repeated
    under = {k for j in labels for k in range(j + 1, j + 1 + _SUMMARY_LABEL_ABOVE)}
    keys = [" ".join(_KEY_WORD.findall(b.folded)) if b.words >= _REPEAT_WORDS else None for b in kept]
    first: dict[str, int] = {}
    k = 0
    while k < len(kept):
        key = keys[k]
        j = first.get(key) if key is not None else None
        run = 0
        if j is not None and (k in under or j in under):
            while k + run < len(kept) and j + run < k and keys[k + run] is not None and keys[k + run] == keys[j + run]:
                run += 1
        if run >= _REPEAT_RUN and j is not None:
            lines = f"{kept[j].lines[0]}–{kept[j + run - 1].lines[-1]}"
            reasons.update((b.index, f"{REPEATED}: as lines {lines}") for b in kept[k:k + run])
            k += run
            continue
        if key is not None:
            first.setdefault(key, k)
        k += 1


def _is_reference(block: Block, pattern: AnyPattern) -> bool:
    text = block.raw.strip()
    return block.words <= lexicon().reference_max_words and pattern.search(text, text.lower())


NOTE = "citation: note"
# a note's number glued to the text it annotates: a bracketed mark after a word or a stop ("... Khartoum.[38]"), or
# a bare number right after a word's last letter, before a stop ("... against Ukraine1.", "... between States2,")
_BRACKETED_MARK = re.compile(r"(?<=\S)\[(\d{1,3})\]")
_BARE_MARK = re.compile(r"(?<=[a-z])(\d{1,3})(?=[.,;:](?:\s|$))")
# the note on its own line, its number as the marks above write it, then its text ("[38] Human Rights Watch interview
# with ...", "1 Address by the President of ..."; not a day, "9 October")
_BRACKETED_NOTE = re.compile(r"^\s*\[(\d{1,3})\]\s*\S")
_BARE_NOTE = re.compile(rf"^\s*(\d{{1,3}})\s+(?!(?:{month_words()})\b)[A-Z\"“]", re.I)


def _notes(blocks: list[Block], reasons: dict[int, str]) -> None:
    """Drop the notes of a report or a court's text, each a line led by the number of a mark glued to the text
    above it ("...said.[39]" / "[39] Human Rights Watch interviews with residents, Adré, Chad, June 20–24, 2023.";
    "... against Ukraine1." / "1 Address by the President ..., 24 February 2022."), with or without a "Notes"
    heading over them: the document's apparatus, whose dates are its sources', not the events it tells."""
    marked: dict[re.Pattern[str], set[str]] = {_BRACKETED_NOTE: set(), _BARE_NOTE: set()}
    for block in blocks:
        for note, mark in ((_BRACKETED_NOTE, _BRACKETED_MARK), (_BARE_NOTE, _BARE_MARK)):
            m = note.match(block.raw)
            if (m is not None and m[1] in marked[note] and block.index not in reasons
                    and block.words <= lexicon().reference_max_words):
                reasons[block.index] = NOTE
            marked[note].update(mark.findall(block.raw))
    _unmarked_notes(blocks, reasons)


_CITED = re.compile(r"[\"“”«]|\b(?:19|20)\d\d\b")  # a note citing a source: a title in quotes, a year


def _unmarked_notes(blocks: list[Block], reasons: dict[int, str]) -> None:
    """A list of notes whose marks the copy lost from the text: "[1] UN OCHA, "Flash Update No. 1", May 6, 2025." /
    "[2] ...", numbered from one in a row, each citing a source (a title in quotes or a year)."""
    k = 0
    while k < len(blocks):
        run = 0
        while k + run < len(blocks) and (m := _BRACKETED_NOTE.match(blocks[k + run].raw)) is not None \
                and int(m[1]) == run + 1 and _CITED.search(blocks[k + run].raw) \
                and blocks[k + run].words <= lexicon().reference_max_words:
            run += 1
        if run >= 2:
            reasons.update((b.index, NOTE) for b in blocks[k:k + run] if b.index not in reasons)
        k += max(run, 1)


SIGNATURE = "boilerplate: signature"
# a signature copied from a signed document: "(Signed) Joan E. DONOGHUE,", "(Initialled) J.E.D.", "(Sgd.) A. Guterres"
_SIGNED = re.compile(r"^\s*\((?:signed|sgd\.?|initialled|initialed)\)\s*\S", re.I)
SIGNATURE_WORDS = 8  # the signatory's name, or initials
OFFICE_WORDS = 4  # the office under the name: "President.", "Registrar.", "Secretary-General"


def _signatures(blocks: list[Block], reasons: dict[int, str]) -> None:
    """Drop the signatures of a signed document ("(Signed) Philippe GAUTIER," / "Registrar.", "(Initialled) Ph.G."):
    each line marked as signed, and the signatory's office on the short line right under it."""
    for k, block in enumerate(blocks):
        if block.words > SIGNATURE_WORDS or not _SIGNED.match(block.raw):
            continue
        reasons.setdefault(block.index, SIGNATURE)
        below = blocks[k + 1] if k + 1 < len(blocks) else None
        if (below is not None and below.index == block.index + 1 and below.words <= OFFICE_WORDS
                and not _SIGNED.match(below.raw) and not any(c.isdigit() for c in below.text)):
            reasons.setdefault(below.index, SIGNATURE)


def _reference_lists(blocks: list[Block], reasons: dict[int, str]) -> None:
    """Drop a reference list: its heading and the references right under it, or a run of reference-shaped lines
    with no heading."""
    lex = lexicon()
    k = 0
    while k < len(blocks):
        block = blocks[k]
        headed = block.index not in reasons and bool(lex.reference_label.match(block.text))
        pattern = lex.reference_entry if headed else lex.reference_shaped
        end = k + 1 if headed else k
        while end < len(blocks) and _is_reference(blocks[end], pattern):
            end += 1
        if end - k - headed >= (1 if headed else lex.reference_run):
            reasons.update((b.index, lex.reference_reason) for b in blocks[k:end])
            k = end
        else:
            k += 1


# a photo's credit alone on its line, over its caption: "Photo: © UNICEF/Eyad El Baba", "Photo: UNHCR/Jane Doe", or
# the photographer and the agency without the label ("Jane Doe/AFP via Getty Images", "John Roe/Reuters")
_CREDIT_LINE = re.compile(r"^(?:(?:photo|photograph|image|picture)\s*:\s*(?:©|\(c\)|[\w .&'’-]{2,40}/)"
                          r"|(?-i:[A-Z])[\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s*/\s*(?-i:[A-Z])[\w.&'’-]*(?:\s+[\w.&'’-]+){0,4}$)",
                          re.I)
CAPTION_WORDS = 35
CAPTION = "boilerplate: photo caption"


def _credited_captions(blocks: list[Block], reasons: dict[int, str]) -> None:
    """The caption right under a photo's credit line ("Photo: © UNICEF/..." / "A child waits for food at a
    distribution point in Rafah."): one sentence in the present tense, saying what the photo shows; a sentence in the
    past tense under the credit is the story's first, and a list's item under it is no caption ("I. HIGHLIGHTS / KEY
    PRIORITIES" / "• According to Government figures, ...")."""
    for block, below in itertools.pairwise(blocks):
        if (_CREDIT_LINE.match(block.text) and block.words <= CAPTION_WORDS // 3 and below.index not in reasons
                and not below.bullet and below.words <= CAPTION_WORDS and SENTENCE_END.search(below.text)
                and not prose.SENTENCE_BOUNDARY.search(below.text.rstrip()) and not prose.has_past_verb(below.text)):
            reasons.setdefault(block.index, CAPTION)
            reasons[below.index] = CAPTION


ALT_BADGE = "ALT"  # the badge a social platform sets on a picture that has a description (Bluesky, X, Mastodon)
ALT_TEXT = "boilerplate: image description"
ALT_TEXT_WORDS = 80


def _alt_texts(blocks: list[Block], reasons: dict[int, str]) -> None:
    """A picture's "ALT" badge alone on its line and the description of the picture right under it, as a post's copy
    shows them: what the picture shows for who cannot see it, not the post's words nor a post of its own. A picture
    without a description shows its badge alone, over the post's stamp ("ALT" / "Aug 8, 2024 at 9:12 AM")."""
    for block, below in itertools.pairwise(blocks):
        if block.text.strip() != ALT_BADGE:
            continue
        reasons.setdefault(block.index, ALT_TEXT)
        stamp = find_stamp(below.text)
        if below.index not in reasons and below.words <= ALT_TEXT_WORDS and not (stamp is not None
                                                                                  and stamp.standalone):
            reasons[below.index] = ALT_TEXT


SHARE = "boilerplate: share buttons"
SHARE_BUTTON_WORDS = 2  # "Copy", "X", "Threads": a button's name alone


def _share_rows(blocks: list[Block], reasons: dict[int, str]) -> None:
    """A word or two alone between two share buttons ("Share" / "Copy" / "Link copied", "Facebook" / "X" / "Reddit")
    is a button of the same row, however common the word; so is a button's name alone right under one ("Facebook" /
    "X" / "LINE" over the story: the row's last buttons)."""
    for above, block, below in zip(blocks, blocks[1:], blocks[2:], strict=False):
        if (block.index not in reasons and block.words <= SHARE_BUTTON_WORDS
                and reasons.get(above.index) == SHARE and reasons.get(below.index) == SHARE):
            reasons[block.index] = SHARE
    button = lexicon().share_row_button
    for above, block in itertools.pairwise(blocks):
        if block.index not in reasons and reasons.get(above.index) == SHARE and button.match(block.text):
            reasons[block.index] = SHARE


FORUM = "boilerplate: forum furniture"
_ABOUT = re.compile(r"^about\b", re.I)
BLURB_WORDS = 30


def _community_blurbs(blocks: list[Block], reasons: dict[int, str]) -> None:
    """The line under a forum's "About Community" in its sidebar: the community's description of itself
    ("Discussion and news on the conflicts of the South Caucasus.")."""
    for block, below in itertools.pairwise(blocks):
        if (reasons.get(block.index) == FORUM and _ABOUT.match(block.text) and below.index not in reasons
                and below.words <= BLURB_WORDS):
            reasons[below.index] = FORUM


_SIGN_UP = ("boilerplate: newsletter label", "boilerplate: subscription appeal")
NEWSLETTER_BLURB_WORDS = 20
NEWSLETTER_BOX_LINES = 2  # the newsletter's name and its blurb


def _newsletter_blurbs(blocks: list[Block], reasons: dict[int, str]) -> None:
    """The lines a newsletter's sign-up box says what it sends ("Stay informed about conflict around the world.",
    "The week's top stories, every Friday."), its name over them maybe ("Weekly Briefing"): a line or two, short,
    between the box's label ("Sign up for our emails") and its form ("Email address", "Subscribe"), furniture on
    both sides."""
    for k, above in enumerate(blocks):
        if reasons.get(above.index) not in _SIGN_UP:
            continue
        box = list(itertools.takewhile(lambda b: b.index not in reasons and b.words <= NEWSLETTER_BLURB_WORDS,
                                       blocks[k + 1:k + 2 + NEWSLETTER_BOX_LINES]))
        end = k + 1 + len(box)
        if 0 < len(box) <= NEWSLETTER_BOX_LINES and end < len(blocks) and blocks[end].index in reasons:
            reasons.update((b.index, reasons[above.index]) for b in box)


NOTIFICATION = "boilerplate: notification prompt"
_TOPIC_LINES = 8  # the topics listed under a prompt to follow them...
_TOPIC_WORDS = 4  # ...each a name of a few words ("Israel-Iran War", "Benjamin Netanyahu")


def _topic_lists(blocks: list[Block], reasons: dict[int, str]) -> None:
    """The topics listed under a prompt to follow them ("Click the bell to follow topics:" / "Sudan war" / "RSF"):
    the prompt's buttons, up to the first line that is furniture already, long or a sentence."""
    for k, block in enumerate(blocks):
        if reasons.get(block.index) == NOTIFICATION and block.text.rstrip().endswith(":"):
            _under_label(blocks[k + 1:k + 1 + _TOPIC_LINES], reasons, _TOPIC_WORDS, NOTIFICATION)


TAGS = "boilerplate: topic tags"
_TAG_RUN = 3  # a story's tags, a line each and each closed by a comma ("Türkiye," / "PKK," / "Iraq,")...
_TAG_WORDS = 3  # ...each a name of a few words


def _tag_runs(blocks: list[Block], reasons: dict[int, str]) -> None:
    """A story's topic tags copied a line each, each closed by the comma that joined them on the page: no sentence
    ends that way, so a run of them is the page's tag list (and a short line right under it, its last tag)."""
    k = 0
    while k < len(blocks):
        end = k
        while end < len(blocks) and blocks[end].words <= _TAG_WORDS and blocks[end].text.rstrip().endswith(","):
            end += 1
        if end < len(blocks) and end - k >= _TAG_RUN and blocks[end].words <= _TAG_WORDS \
                and blocks[end].index not in reasons and not blocks[end].text.rstrip().endswith((".", ":", "!", "?")):
            end += 1  # the last tag, with no comma after it
        if end - k >= _TAG_RUN:
            reasons.update((b.index, TAGS) for b in blocks[k:end] if b.index not in reasons)
        k = max(end, k + 1)


COOKIE = "boilerplate: cookie notice"
COOKIE_BUTTON_WORDS = 3  # "Got it!", "OK", "Accept and close"
COOKIE_BUTTONS = 2
COOKIE_BANNER_WORDS = 6  # a banner says a sentence ("This site uses cookies ..."); "Cookie policy" is a link


def _cookie_buttons(blocks: list[Block], reasons: dict[int, str]) -> None:
    """The buttons right under a cookie notice ("Got it!", "Accept", "I agree"): a word or three each, no number."""
    for k, block in enumerate(blocks):
        if reasons.get(block.index) != COOKIE or block.words < COOKIE_BANNER_WORDS:
            continue
        for below in blocks[k + 1:k + 1 + COOKIE_BUTTONS]:
            if below.index in reasons:
                continue
            if below.words > COOKIE_BUTTON_WORDS or re.search(r"\d", below.text):
                break
            reasons[below.index] = COOKIE


SPONSORED = "boilerplate: sponsored label"
SPONSOR_MESSAGE_WORDS = 40


def _boxed_paragraphs(blocks: list[Block], reasons: dict[int, str], reason: str, words: int,
                      closed_alike: bool) -> None:
    """A short paragraph of a box of furniture: right under a line dropped for ``reason`` and over furniture (over
    another line of that ``reason`` when ``closed_alike``), it is the box's, though it says none of the box's words."""
    for above, block, below in zip(blocks, blocks[1:], blocks[2:], strict=False):
        closed = reasons.get(below.index) == reason if closed_alike else below.index in reasons
        if reasons.get(above.index) == reason and block.index not in reasons and closed and block.words <= words:
            reasons[block.index] = reason


def _sponsor_messages(blocks: list[Block], reasons: dict[int, str]) -> None:
    """A sponsor's message under its label ("SPONSORED" / "Send money home with ... Fast and safe." / "Learn more →"):
    one short paragraph between the label and more furniture, the way a newsletter sets its ad apart."""
    _boxed_paragraphs(blocks, reasons, SPONSORED, SPONSOR_MESSAGE_WORDS, closed_alike=False)
    _called_messages(blocks, reasons)


SPONSOR_PARAGRAPHS = 3  # a sponsor's message under its label: its tagline, its pitch, at most this many paragraphs
# the call to action closing an ad's last paragraph ("... on automated vehicles. Learn more.", "Sign up today →")
_CALL_TO_ACTION = re.compile(r"(?:(?:learn|find\s+out|read|discover|see)\s+more|sign\s+up(?:\s+(?:now|today|here))?|"
                             r"get\s+started|register\s+(?:now|today)|download\s+(?:it\s+)?(?:now|free|today)|"
                             r"shop\s+now|try\s+it\s+(?:free|now|today))\s*[.!›→»>]*\s*$", re.I)


def _called_messages(blocks: list[Block], reasons: dict[int, str]) -> None:
    """A sponsor's message of a few short paragraphs under its label ("A MESSAGE FROM ACME" / "A tagline" / "The pitch.
    Learn more."): the paragraphs down to the one closing on a call to action are the sponsor's. Without that close
    the paragraphs under the label may be the newsletter's own again, so they are left."""
    for k, block in enumerate(blocks):
        if reasons.get(block.index) != SPONSORED:
            continue
        below = blocks[k + 1:k + 1 + SPONSOR_PARAGRAPHS]
        end = next((j for j, b in enumerate(below) if b.index in reasons or b.words > SPONSOR_MESSAGE_WORDS
                    or _CALL_TO_ACTION.search(b.text)), None)
        if end is not None and below[end].index not in reasons and _CALL_TO_ACTION.search(below[end].text):
            for b in below[:end + 1]:
                reasons[b.index] = SPONSORED


DONATION = "boilerplate: donation appeal"
APPEAL_WORDS = 60


def _appeal_boxes(blocks: list[Block], reasons: dict[int, str]) -> None:
    """A paragraph inside an appeal box ("Support Our Journalism" / "Independent reporting needs ... We are doing just
    that." / "Sustaining this needs support from readers like you."): between two lines of the appeal, it is the
    appeal's, though it names neither a donation nor a subscription itself."""
    _boxed_paragraphs(blocks, reasons, DONATION, APPEAL_WORDS, closed_alike=True)


COMMENT = "boilerplate: reader comment"
# a comment's stamp under its author's name on a blog ("October 3, 2022 at 9:41 pm", "3 March 2024 at 10:05"), or
# after it on the same line ("Vartan K. says: October 3, 2022 at 9:41 pm", "Nadia wrote: 3 March 2024 at 10:05")
_COMMENT_STAMP = re.compile(r"^(?:[^\s:]+(?:\s+[^\s:]+){0,3}\s+(?:says|said|wrote)\s*:?\s+)?"
                            r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})"
                            r"\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$"
                            # the commenter's name and the comment's day and clock on one line ("Jane Roe | May 08,
                            # 2025 04:12pm")
                            r"|^[^|\d]{2,40}\s+\|\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
                            r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$"
                            # a newsletter's comment thread writes the comment's age alone ("3h", "2d", "45m")
                            r"|^\d{1,2}\s?[mhdw]$", re.I)
_BADGE = re.compile(r"^(?:author|editor|moderator|op|admin)$", re.I)  # "Author" between a commenter and the age
# the link or the vote button under a comment ("Reply", "Reply to Jane", "Recommend 0", "Upvote 12")
_REPLY = re.compile(r"^(?:reply(?:\s*[↓→»]|\s+to\s+[^.]{1,40})?|(?:recommend|upvote|like)\s+\d{1,5})$", re.I)
_INITIAL = re.compile(r"\b[A-Z]\.$")  # a commenter's name ending with an initial ("Laura M.")
COMMENT_BLOCKS = 6  # a comment's paragraphs between its stamp and its "Reply" link, at most
COMMENTER_WORDS = 5  # "Laura M.", "Vartan K. says:", "Olena on"


def _reader_comments(blocks: list[Block], reasons: dict[int, str]) -> None:
    """A reader's comment under a blog post: its author's name ("Vartan K. says:"), its stamp ("October 3, 2022 at
    9:41 pm"), its text and the "Reply" link under it. The stamp and the link together are the cue: a date with
    a clock alone between a name and a paragraph is no news item's shape."""
    for k, block in enumerate(blocks):
        if not _COMMENT_STAMP.match(block.text.strip()):
            continue
        end = next((j for j in range(k + 1, min(k + 2 + COMMENT_BLOCKS, len(blocks)))
                    if _REPLY.match(blocks[j].text.strip())), None)
        if end is None or end == k + 1:
            continue
        start = k
        if k > 1 and _BADGE.match(blocks[k - 1].text.strip()):
            start = k - 1  # the thread's badge of the commenter ("Author"), under the name
        name = blocks[start - 1].text.strip() if start > 0 else ""
        if 0 < blocks[start - 1].words <= COMMENTER_WORDS and (not SENTENCE_END.search(name) or _INITIAL.search(name)):
            start -= 1
        reasons.update((b.index, COMMENT) for b in blocks[start:end + 1])


def _key_figures(blocks: list[Block], reasons: dict[int, str]) -> None:
    """Keep a number alone over its label in a report's key-figures box ("18,250" / "people displaced", "3.4M" /
    "children out of school"): the figure is the report's, no post's counter nor a page's number. Its label is a few
    words and no sentence, in lower case, or kept as content itself (a post's "1,204" / "Reposts" is a counter: the
    label is furniture; a page number "2" / "Next" too)."""
    for k, (block, below) in enumerate(itertools.pairwise(blocks)):
        if (reasons.get(block.index) in _FIGURE_REASONS and below.index not in reasons
                and _FIGURE.match(block.text) and (_FIGURE_LABEL.match(below.text) or _boxed_label(blocks, k))):
            del reasons[block.index]


def _boxed_label(blocks: list[Block], k: int) -> bool:
    """Whether the line under the number ``k`` is a longer label of a box of key figures: no sentence, in lower case
    ("people killed since 8 October 2023, including 127 children (Ministry of Health)"), with another number two
    lines above or below it over a label of its own."""
    label = blocks[k + 1].text.strip()
    if not label[:1].islower() or label.endswith((".", "!", "?", ":")) or blocks[k + 1].words > FIGURE_LABEL_WORDS:
        return False
    return any(0 <= j < len(blocks) and KEY_FIGURE.match(blocks[j].text) for j in (k - 2, k + 2))


_FIGURE_REASONS = ("boilerplate: engagement counts", "boilerplate: pagination")
_FIGURE = re.compile(r"^\s*\d{1,3}(?:[.,]\d{3})*(?:[.,]\d)?\s*[kKmM]?\+?\s*$")
FIGURE_LABEL_WORDS = 30  # the most words of a longer label in a box of key figures
# the label under a key figure: a few lower-case words, no digit, no sentence ("people displaced", "killed")
_FIGURE_LABEL = re.compile(r"^\s*[a-z][a-z’'-]*(?:\s+[A-Za-z][\w’'-]*){0,5}\s*$")


def _year_headings(blocks: list[Block], reasons: dict[int, str]) -> None:
    """A year alone over a day of that year ("2012" / "January 17" / ...): a timeline's year heading, not a page's
    number, however a lone number reads."""
    days = _month_day()
    for block, below in itertools.pairwise(blocks):
        if reasons.get(block.index) == PAGINATION and YEAR_ALONE.match(block.text) and days.match(below.text):
            del reasons[block.index]


@functools.cache
def _month_day() -> re.Pattern[str]:
    """A line that opens with a month and a day, or a day and a month ("January 17", "17 January")."""
    return re.compile(rf"^\s*{_day_of_month()}", re.I)


@functools.cache
def _day_of_month() -> str:
    """A month and a day, or a day and a month ("January 17", "Jan. 17", "17 January"), as a pattern's part."""
    return rf"(?:(?:{month_words()})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{month_words()})\b)"


def _transcript(blocks: list[Block]) -> bool:
    """Whether the page is a transcript: turns of speakers named in capitals ("QUESTION: ...", "SPOKESMAN: ..."), or
    named as written with one of them taking several turns ("Jamie Shea: Good afternoon ...", see
    :mod:`chronik.segment.briefings`)."""
    return (sum(1 for b in blocks if speaker_turn(b.text)) >= TRANSCRIPT_TURNS
            or written_transcript(who for b in blocks if (who := written_speaker(b.text))))


def drop_reasons(blocks: list[Block], source: Source, config: Config) -> dict[int, str]:
    """Block index → why it is left out, for every furniture block of the page."""
    patterns = _config_patterns(source, config)
    # a transcript's speakers say "we" of the body they speak for, the publisher too at its own press conference
    # ("JAMIE SHEA: ... we can now confirm that a NATO pilot ..."): their words name no self-promotion
    transcript = _transcript(blocks)
    publisher = None if transcript else _publisher_regex(source.publisher)
    promotion = f"boilerplate: {lexicon().self_promotion_reason}"
    reasons: dict[int, str] = {}
    for block in blocks:
        reason = reason_for(block, patterns, publisher)
        if reason == promotion and transcript and speaker_turn(block.text):
            continue  # ("A. NOGOVITSYN: ... We will study this report, but ...": the speaker's own words)
        if reason is not None:
            reasons[block.index] = reason
    for block in reversed(blocks[:-1]):  # alt text repeating the start of the caption below it
        below = blocks[block.index + 1]
        if (block.index not in reasons and below.index in reasons and reasons[below.index] != SEPARATOR
                and block.words <= 12 and below.text.startswith(block.text) and below.text != block.text):
            reasons[block.index] = reasons[below.index]
    _key_figures(blocks, reasons)
    _year_headings(blocks, reasons)
    _share_rows(blocks, reasons)
    _credited_captions(blocks, reasons)
    _alt_texts(blocks, reasons)
    _reader_comments(blocks, reasons)
    _community_blurbs(blocks, reasons)
    _newsletter_blurbs(blocks, reasons)
    _topic_lists(blocks, reasons)
    _tag_runs(blocks, reasons)
    _contents(blocks, reasons)
    _reference_lists(blocks, reasons)
    _notes(blocks, reasons)
    _signatures(blocks, reasons)
    _running_heads(blocks, reasons)
    _relative_stamps(blocks, reasons)
    _menus(blocks, reasons, norm(source.title) if source.title else None)
    _cookie_buttons(blocks, reasons)  # (after the menus: a footer's "Cookie Policy" link is one of its run)
    _sponsor_messages(blocks, reasons)  # (after the menus: the link closing the message may be one)
    _appeal_boxes(blocks, reasons)
    _addresses(blocks, reasons)
    _archive_values(blocks, reasons)
    _uncoded_archive_fields(blocks, reasons)
    _repeats(blocks, reasons)
    for k in card_lines([b.text for b in blocks]):  # a list of results' cards (see chronik.segment.results)
        reasons.pop(blocks[k].index, None)
    return reasons
