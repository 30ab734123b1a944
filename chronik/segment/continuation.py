"""Whether a paragraph carries on the update above it or opens one of its own, and whether the paragraphs under a
headline are one story.

Under a timestamp or a headline every paragraph continues the update until the next opener; elsewhere (digests, wire
stories) a paragraph is an update of its own unless its wording continues the one above (a quote, "He said ...", see
:func:`chronik.segment.prose.continues`; a line of background on a thing the update named, "The cause of the explosion
is still unclear.", :func:`chronik.segment.prose.same_thing`) or the layout sets it under the one above (a line break
inside a paragraph, a line indented under a timeline's item). A line taken for a headline on a page without timestamps
heads no more than a few paragraphs when several of them report an act of their own day (a wire story under a photo's
caption): they are read as reports.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from chronik.dates.lexicon import part_of_day_opening
from chronik.segment import act_told_on, kinds, prose, teletype
from chronik.segment.classify import DATE_HEADING, PARA, Info
from chronik.segment.lexicon import lexicon
from chronik.segment.newsletter import signposted
from chronik.segment.pageview import PageView
from chronik.segment.units import Unit

# a headline on a page without timestamps glues no more than this many paragraphs into one story when several of them
# report an act of their own day (a wire story under a line taken for its headline, a photo's caption)
STORY_PARAGRAPHS = 5
# a section summing up the period ("Situation Summary", "Summary", "Weekly summary"): one entry, whatever its paragraphs
_SUMMARY = re.compile(r"^\s*(?:(?:situation|weekly|week's|daily)\s+)?summary\s*:?\s*$", re.I)
STORY_OWN_ACTS = 3
# a press release's closing section of background ("Background", "Context"): its dated items and the figures under them
_BACKGROUND = re.compile(r"^\s*(?:(?:historical\s+)?background|context)\s*:?\s*$", re.I)


def continues(page: PageView, cur: Unit, text: str) -> bool:
    """Whether a paragraph carries on ``cur`` (:func:`_continues`), a paragraph set in capitals read in sentence case
    under an update set in capitals too (a teletype wire story: "THE BROADCAST GAVE NO DETAILS.")."""
    if cur.texts and teletype.shouted(text) and teletype.shouted(cur.texts[-1]):
        return _continues(page, replace(cur, texts=[teletype.sentence_case(t) for t in cur.texts]),
                          teletype.sentence_case(text))
    return _continues(page, cur, text)


# an author's signature on its own line under what they wrote, after a dash: "-- Patrick Moore, OMRI, Inc.", "— Jane
# Roe, Kyiv" (a name and where or for whom they write, no sentence)
_SIGNED_OFF = re.compile(r"^\s*(?:--|—|–)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:,\s*[A-Z][\w.&'’-]*"
                         r"(?:\s+[A-Z][\w.&'’-]*){0,3}\.?){0,2}\s*$")


def _continues(page: PageView, cur: Unit, text: str) -> bool:
    """Whether a paragraph carries on ``cur``: its wording says so, or it names the same person again
    and no day of its own (a new day would be a new act), or it opens on a thing the update named and only
    gives background on it ("The cause of the explosion is still unclear."), or somebody of that thing speaks
    ("The hospital's director told ..."), or the body named above goes on by its short name ("OCHA has repeatedly
    said ..." under "... (OCHA) said"), or the speaker above goes on ("..., the minister stressed."). A quote does
    not carry on a paragraph of history ("The ICRC has been present in Ethiopia since 1977"): it is a statement.
    The next paragraph of a quotation left open above, opening with its quotation mark, carries it on whatever it
    says."""
    if prose.opens_with_quote(text) and cur.kind == "update" and cur.texts:
        if prose.leaves_quote_open(cur.texts[-1]):
            return True
        if kinds.history(cur.texts[-1], page.finder) or (prose.new_quoted_speaker(text, " ".join(cur.texts))
                                                          and page.finder.act(text) is not None):
            return False  # (nor does a quote of somebody named in full after it, not named above, who spoke on a
            # day of their own: "…,” WFP Deputy Executive Director Carl Skau told reporters on Friday": a new
            # statement)
    if after_act(page, text):
        return False
    if _SIGNED_OFF.match(text) and cur.kind == "update" and bool(cur.texts):
        return True  # ("-- Patrick Moore, OMRI, Inc." under a digest's item: who wrote it, the item's last line)
    if signposted(text) and cur.kind == "update" and bool(cur.texts):
        return True  # ("Why it matters: ...": a newsletter's analysis of the item above)
    if prose.continues(text) or (cur.kind == "update" and bool(cur.texts)
                                 and cur.texts[-1].rstrip().endswith((":", ","))):
        return True  # (what follows a paragraph ending in a colon or a comma carries it on: a list, a quote)
    if not (cur.kind == "update" and bool(cur.texts)):
        return False
    if prose.speaker_goes_on(text, " ".join(cur.texts)) or _closes_on_speaker(text, " ".join(cur.texts)):
        return True  # ("..., the minister stressed.": the same statement, whatever day it names)
    if (history_of(page, cur, text) or statement_details(text, cur.texts[-1]) or terms_of(text, cur.texts[-1])
            or prose.part_of_thing(text, cur.texts[-1]) or _NO_HARM.match(text) or _unverified(text)
            or _BOTH_SIDES.match(text)):
        return True
    if page.finder.act(text) is not None:
        return False
    if cur.tags and _SUMMARY.match(cur.tags[-1]):
        return True  # under "Situation Summary", the paragraphs with no day of their own are one summary
    if cur.tags and _BACKGROUND.match(cur.tags[-1]) and prose.timeless(text):
        return True  # under "Background", how things stand ("More than 1.9 million people have been displaced") goes
        # on the item above (an act with no day, "Later that day, ...", is an item of its own)
    if act_told_on.told_on(text, cur.texts[-1]):
        return True  # "The attacks, which came minutes apart, targeted ..." under "... bombers struck three markets":
        # the act above told on, no day of its own
    if _same_thing(text, cur.texts[-1]) and not prose.reports(text) and _acts(cur.texts[-1]):
        return True  # "The strike damaged two transformers ..." under "... launched a missile strike ...": the act's
        # details, nobody else speaking
    if _OWN_TIME.match(text):
        return False  # "During the night, Pashinyan held telephone talks with ...": another act of the same person
    said = " ".join(cur.texts)
    return (prose.same_person(text, said) or prose.same_body(text, cur.texts[-1])
            or place_described(text, cur.texts[-1]) or prose.of_the_thing(text, cur.texts[-1])
            or prose.body_spokesperson(text, cur.texts[-1]) or prose.body_by_head_noun(text, cur.texts[-1])
            or prose.quoted_spokesperson(text, cur.texts[-1])
            or prose.one_of_the_witnesses(text, cur.texts[-1]) or prose.issuer_goes_on(text, cur.texts[0])
            or (prose.same_thing(text, said) and kinds.background(text, page.finder)))


# a paragraph opening on a time of its own, no day ("During the night, ...", "Later in the day, ...", "Overnight, ..."):
# the time of its act, another than the one above
_OWN_TIME = re.compile(rf"^(?:{part_of_day_opening()}|earlier|later|overnight|late\s+at\s+night"
                       r"|in\s+the\s+early\s+hours)\s*,", re.I)


# where a paragraph's last sentence starts: after a sentence's end (and any closing quote), before a capital or a quote
_LAST_SENTENCE = re.compile(r"[.!?][\"'’”]*\s+(?=[\"'‘“]*[A-Z])")


def _closes_on_speaker(text: str, said: str) -> bool:
    """Whether a paragraph of two or more sentences that reports nothing in its first ("The attackers blew a hole in
    the wall ...") closes on the speaker of the update above going on ("... They did not get inside, the officials
    said." under "..., U.S. officials said."): more of the same account, its source named once at the end."""
    starts = [m.end() for m in _LAST_SENTENCE.finditer(text.rstrip())]
    if not starts or prose.reports(prose.first_sentence(text)):
        return False
    return prose.speaker_goes_on(text[starts[-1]:], said)


# the first sentence sets what was told above after another act: "The minister's remarks came a day after ...", "His
# comments come two days after ...", "The statement followed ..."
_CAME_AFTER = re.compile(r"^[^.!?;]{0,80}?\b(?:came|comes|come)\s+(?:(?:just|only|shortly|a|an|one|two|three|four|"
                         r"five|six|several|few|\d{1,2})\s+)*(?:(?:days?|hours?|weeks?)\s+)?(?:after|before)\b", re.I)


def _same_thing(text: str, above: str) -> bool:
    """:func:`prose.same_thing`, its length counted on the first sentence when the paragraph has more ("The warrants
    are sealed, to protect witnesses. However, the court decided to ..."): a line about the thing, then more of it."""
    return prose.same_thing(text, above) or prose.same_thing(prose.first_sentence(text), above)


def after_act(page: PageView, text: str) -> bool:
    """Whether a paragraph tells of another act that the update above came after, on a day it names ("The minister's
    remarks came a day after parliament on Monday endorsed the decree."): that act's own report, whoever spoke above
    ("The minister's ..." names the speaker again only to set the new act beside his words)."""
    m = _CAME_AFTER.match(text)
    if m is None:
        return False
    clause = prose.first_sentence(text[m.end():])  # (the act it came after: a subordinate clause to ``finder.act``)
    return any(t.timex.start is not None and t.timex.start == t.timex.end
               for t in page.finder.find(clause, day_precise=True))


def _acts(text: str) -> bool:
    """Whether a paragraph reports an act in the past tense (not only a statement of how things stand)."""
    return prose.has_past_verb(prose.main_text(prose.first_sentence(text)))


def history_of(page: PageView, cur: Unit, text: str) -> bool:
    """Whether a paragraph tells history behind the update above it ("The war broke out on 15 April 2023. It has
    killed ...", "The cathedral, built in the 19th century, was restored in the late 1990s."): background on times
    long before the page's days, its main verb in the past, under an update of the page's days (on a timeline of
    past years every item is history) whose last paragraph is no background of its own ("Ankara has long backed
    Baku": history under it is more background, its own), and not opening with a day as a timeline's item does."""
    if page.finder.anchor is None or not kinds.history(text, page.finder) or _old_act(page, cur.texts[0]):
        return False
    if page.finder.act(cur.texts[-1]) is None and kinds.background(cur.texts[-1], page.finder):
        return False
    if (page.finder.placed().leading(text) is not None
            or not prose.has_past_verb(prose.main_text(prose.first_sentence(text)))):
        return False  # (a statement of how things stand, "has been present since 1977", "is the deadliest since")
    act = page.finder.act(text)  # (a paragraph whose act is of the page's days only mentions history)
    if act is not None and _DAY_OPENS.match(text[:act.start]):
        return False  # ("On May 26, 1993, a relief plane was hit ...": a report's next act, told from its own day)
    return act is None or _old_act(page, text)


# the few words before a day that opens a paragraph: "On May 26, 1993, ...", "From January 9 to March 7, 1993, ..."
_DAY_OPENS = re.compile(r"^\W*(?:on|from|between)?\s*$", re.I)


# a paragraph giving the statement the paragraph above reported: "In a statement on Sunday, the army's 6th Division
# said ...", "In its statement, the ministry added ..."
_STATEMENT = re.compile(r"^(?:in|according\s+to)\s+(?:a|its|the|their|his|her)\s+(?:\w+\s+)?statement\b[^,]{0,40},\s+"
                        r"(?P<who>[^,]{3,60}?)\s+(?:said|says|added|stated|claimed|reported)\b", re.I)
# "army", "ministry", "police": the body's common noun, not a name or an adjective
_BODY_WORD = re.compile(r"(?<![\w-])[a-z]{4,}")


def statement_details(text: str, above: str) -> bool:
    """Whether a paragraph opening on a statement ("In a statement on Sunday, the army's 6th Infantry Division said
    ...") gives the details of what the paragraph above reported the same speaker said ("The army said it had
    repulsed ..."): the speaker's common noun ("army", "ministry") is in that paragraph, which reports a saying
    ("Russian President ..." under "Russian aircraft bombed ..." is another speaker)."""
    m = _STATEMENT.match(text)
    if m is None or not re.search(r"\b(?:said|says|announced|claimed|stated)\b", above):
        return False
    if _GROUP.match(m.group("who")) and _ACRONYM_GIVEN.search(above):
        return True  # "the group said" of the group named above with its acronym ("... Army (MNDAA) announced ...")
    names = set(_BODY_WORD.findall(m.group("who"))) - {"that", "with", "their", "from", "which"}
    if any(re.search(rf"\b{re.escape(w)}\b", above, re.I) for w in names):
        return True
    # the body by its acronym ("the IRGC Public Relations Department" of "the ... Corps (IRGC) said")
    return any(re.search(rf"(?<![\w-]){a}(?![\w-])", above) for a in _ACRONYM.findall(m.group("who")))


# a second reference to an organisation named just before ("the group", "the alliance", "the movement")
_GROUP = re.compile(r"^the\s+(?:group|alliance|movement|militia|organi[sz]ation|coalition|faction)$", re.I)
_ACRONYM_GIVEN = re.compile(r"\((?-i:[A-Z][A-Z0-9-]{1,9})\)")  # "... Alliance Army (MNDAA) ..."
# a body's acronym: "IRGC", "SBU", "RSF" (three letters at least: "US", "UN" name no one body)
_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{2,7}(?![\w-])")


# a paragraph giving the terms of a thing the paragraph above reported: "Under the agreement, ...", "Under the new
# deal the army is to withdraw ...", "Under the terms of the truce, ...", "• Under the deal, ..." (a list's item)
# the act above harmed nobody, or nobody knows yet: "There have been no reports of damage to ships or aircraft.", "No
# casualties were reported.", "There were no immediate reports of injuries."
_NO_HARM = re.compile(r"^(?:there\s+(?:have\s+been|has\s+been|were|was)\s+no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?"
                      r"(?:damage|casualties|injuries|deaths|victims)\b|no\s+(?:casualties|injuries|deaths|damage)"
                      r"(?:\s+(?:or|and)\s+(?:casualties|injuries|deaths|damage))?\s+"
                      r"(?:were|was|have\s+been|has\s+been)\s+(?:immediately\s+)?reported\b)", re.I)
# the two parties of the story above, by a word that only refers back to them: "Both sides accused each other of
# breaking the truce.", "The two sides have claimed control of the airport.", "The warring parties ..."
_BOTH_SIDES = re.compile(r"^(?:both|the\s+two|the\s+warring)\s+(?:sides|parties|camps)\b", re.I)
# the outlet's caveat on the claim above: "The claim could not be independently verified.", "Reuters could not
# immediately confirm the report.", "The broadcast gave no details and its claims could not be confirmed.", "The
# agency was unable to independently verify the claims.", "Independent confirmation of the toll was not possible."
_UNVERIFIED = re.compile(r"\b(?:(?:could|can)(?:\s+not|not|n['’]t)|(?:was|were|is|are)\s+unable\s+to)\s+(?:be\s+)?"
                         r"(?:(?:immediately|independently)\s+)*(?:confirm|verif|corroborat)\w*"
                         r"|\b(?:confirmation|verification)\s+of\s+[^.]{0,60}?\s+(?:was|is)\s+not\s+"
                         r"(?:(?:immediately|yet)\s+)?possible\b", re.I)
CAVEAT_WORDS = 25  # a line of caveat, not a paragraph with news of its own
# the other side has not answered yet: "There was no immediate comment from the army.", "There has been no response
# from the ministry.", "The militia did not immediately respond to a request for comment."
_NO_COMMENT = re.compile(r"^(?:there\s+(?:was|has\s+been)\s+no\s+(?:immediate\s+)?(?:comment|response|reaction)\b|"
                         r"[^.]{0,60}\b(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+(?:a\s+)?"
                         r"requests?\s+for\s+comment)", re.I)


def _unverified(text: str) -> bool:
    """Whether a short paragraph opens on saying the claim above could not be confirmed, or that the other side has
    not answered it ("There was no immediate comment from the army."): part of that update (not
    "Hamas said on Wednesday ... Reuters could not verify the claim.": a claim of its own, with its caveat)."""
    first = prose.first_sentence(text)
    return ((_UNVERIFIED.search(first) is not None or _NO_COMMENT.match(first) is not None)
            and len(prose.words(text)) <= CAVEAT_WORDS)


_UNDER_THE = re.compile(r"^(?:[•*·–-]\s*)?under\s+(?:the\s+terms\s+of\s+)?(?:the|this|that)\s+(?:[\w-]+\s+)?"
                        r"(?P<thing>agreement|deal|accord|ceasefire|truce|plan|arrangement|memorandum|protocol|decree|"
                        r"resolution)\b", re.I)


def terms_of(text: str, above: str) -> bool:
    """Whether a paragraph gives the terms of what the paragraph above reported ("Under the agreement the militia is to
    disarm; talks are to follow on Thursday." under "... a ceasefire agreement was reached at 13:00"): the same update,
    whatever later day its terms name."""
    m = _UNDER_THE.match(text)
    return m is not None and re.search(rf"\b{m.group('thing')}\b", above, re.I) is not None


# a paragraph describing how a place named above stands: "Avdiivka is the last town ...", "Goma remains cut off"
_PLACE_IS = re.compile(r"^(?!the\s)(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\s+"
                       r"(?:is|remains|are|remain)\s+", re.I)


def place_described(text: str, above: str) -> bool:
    """Whether a paragraph names no day and describes how a place the paragraph above named stands ("El Obeid is
    the last city in North Kordofan the army holds." under "... the siege of El Obeid"): background to that update."""
    m = _PLACE_IS.match(text)
    return (m is not None and prose.timeless(text) and re.search(rf"(?<!\w){re.escape(m.group('name'))}(?!\w)",
                                                                 above) is not None)


def _old_act(page: PageView, text: str) -> bool:
    """Whether the act a paragraph reports is long before the page's days ("broke out on 15 April 2023")."""
    act = page.finder.act(text)
    anchor = page.finder.news_day
    if anchor is None or act is None or act.timex.end is None:
        return False  # (without the page's day, nothing is long before it)
    return act.timex.end < anchor - dt.timedelta(days=lexicon().history_days)


def same_paragraph(page: PageView, cur: Unit, info: Info, k: int) -> bool:
    """On a page that spaces its paragraphs with blank lines, a line right under the paragraph of ``cur``
    with no blank line between them is more of that paragraph (a line break inside it)."""
    return (page.spaced and info.block.blank_before == 0 and cur.kind == "update" and k > 0
            and page.infos[k - 1].kind == PARA and bool(cur.blocks) and cur.blocks[-1] is page.infos[k - 1].block)


def timeline_continues(page: PageView, cur: Unit, info: Info, k: int) -> bool:
    """Right under a timeline's dated item, a paragraph with no date of its own carries the item on when the
    layout sets it under the item: no blank line between them, or indented under an item that is not. (After
    a blank line, on a page that sets its paragraphs apart, it is a paragraph of its own; on a page that never does,
    the layout tells nothing.)"""
    block = info.block
    if not (cur.kind == "update" and bool(cur.blocks) and page.kind_at(k - 1) == PARA
            and cur.blocks[-1] is page.infos[k - 1].block):
        return False
    if page.unbroken or (block.blank_before and not (block.indented and not cur.blocks[0].indented)):
        return False
    placed = page.finder.placed()  # (the item's year may be unknown yet: its shape is what counts)
    return (placed.leading(cur.blocks[0].text) is not None and placed.act(block.text) is None
            and placed.lead_period(block.text) is None  # ("Late December – ..." is an entry of its own)
            and _run_led(page, k - 1))


def _run_led(page: PageView, k: int) -> bool:
    """Whether the run of paragraphs set without blank lines that holds the paragraph ``k`` opens with a dated item,
    or under no day's heading. Under a day's heading ("May 10:") a run may open on paragraphs of their own with no day,
    one of them later leading with its clock ("May 10, 5 pm: ..."): there the lack of a blank line sets no paragraph
    under that item. (An introduction over a diary's dated entries, under no heading, is no such paragraph.)"""
    while k > 0 and page.infos[k].block.blank_before == 0 and page.kind_at(k - 1) == PARA:
        k -= 1
    return (k == 0 or page.kind_at(k - 1) != DATE_HEADING
            or page.finder.placed().leading(page.infos[k].block.text) is not None)


def many_acts(page: PageView, first: int, end: int) -> bool:
    """Whether the paragraphs ``first``..``end`` are too many for one story under a headline of a page without
    timestamps: more than ``STORY_PARAGRAPHS``, ``STORY_OWN_ACTS`` of them reporting an act of their own day."""
    if end - first <= STORY_PARAGRAPHS:
        return False
    own = sum(1 for i in page.infos[first:end]
              if not prose.continues(i.block.text) and page.finder.act(i.block.text) is not None)
    return own >= STORY_OWN_ACTS
