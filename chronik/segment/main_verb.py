"""Whether a day or a clock in an update's text is said with its main verb, or opens it.

"Russian forces shelled Kharkiv on Sunday" says the act's day; "called a statement by the RSF on Sunday a
provocation" says the day of something the act only mentions. The dating of updates (``chronik.segment.dating``)
and the clock of unstamped items (``chronik.segment.item_clock``) ask these questions of a lead paragraph.
"""

from __future__ import annotations

import re

from chronik.dates import RELATIVE, Mention
from chronik.segment import prose
from chronik.segment.lexicon import lexicon

# how many words may come before a date that opens an update: "In the early hours of Sunday, ...", "Sudan's army said
# on Sunday ..."
OPENING_WORDS = 5
_CLAUSE_BREAK = re.compile(r"[,;:(—–]")


def opens(lead: str, act: Mention) -> bool:
    """True when ``act`` opens the first sentence of ``lead`` (at most ``OPENING_WORDS`` words before it), or closes
    the saying that opens it ("Speaking at the Munich Security Conference on Saturday, X said ..."): the day of the
    words the sentence reports."""
    before = lead[:act.start]
    return (not prose.SENTENCE_BOUNDARY.search(before) and len(prose.words(before)) <= OPENING_WORDS) \
        or _SAYING_OPENS.match(before) is not None


# a participle of saying, opening a clause that says where or when the words were said
_SAYING = r"(?:speaking|addressing|talking|writing|testifying)\b"
# ... opening the sentence, the day before its comma: "Speaking at the conference on Saturday,"
_SAYING_OPENS = re.compile(rf"^\W*{_SAYING}[^,;:.!?\"“]*$", re.I)


# "... shelled Kharkiv on Sunday": a past verb, at most ``VERB_OBJECT_WORDS`` words, "on" and the day
VERB_OBJECT_WORDS = 6
_ON_BEFORE = re.compile(r"\b(?:(?:late|early|overnight)\s+)?(?:on|over|at|during)\s+$", re.I)
# where the act took place, between its object and its day: "killed two civilians in the southern city of Kherson on
# Monday". A preposition of place, at most ``PLACE_WORDS`` words, a name among them, and no tie but the "of" after a
# word for a place ("the city of", not "the base of the Golani brigade", which may be what the day is about)
_PLACE_PREPOSITIONS = frozenset(("in", "near", "at", "outside", "around", "across", "along", "off", "inside"))
_PLACE_NOUNS = frozenset(("city", "town", "village", "region", "province", "district", "state", "area", "outskirts",
                          "suburbs", "oblast", "governorate", "county", "port", "capital", "republic", "enclave"))
PLACE_WORDS = 7
# a day said without a preposition, relative to the report's own day: "called late yesterday for", "said in a
# statement issued last night"
_DEICTIC = re.compile(r"(?:(?:late|early)\s+)?(?:yesterday|last\s+(?:night|evening))", re.I)
# what may follow a day that closes its clause: the sentence's end, or the source after a comma
_CLOSES = re.compile(r"\s*(?:[.;!?]|$|,\s+(?:saying|adding|citing)\b|"
                     r",\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|reported|added|announced|claimed|stated|confirmed|"
                     r"according)\b)", re.I)
# lower case only, and a hyphenated compound is one word: "United Nations" and "Iran-backed" are no verbs
_VERB_WORD = re.compile(r"\w+(?:-\w+)*")


def _past_verb(word: str) -> bool:
    """A past verb before an act's day: lower case, and a hyphenated compound is no verb ("Iran-backed")."""
    return word.islower() and "-" not in word and prose.past_shaped(word)


# after the verb, words that tie what follows to the object, not to the verb: "a statement by the RSF on Sunday"
_NOUN_TIES = frozenset(("of", "from", "by", "about", "for", "that", "which", "who", "whose", "with", "to", "against",
                        "over", "between", "after", "before", "since", "during", "as", "than", "and", "or"))


def verbs_day(lead: str, act: Mention) -> bool:
    """True when ``act`` is said with the main verb of its sentence: "Russian forces shelled Kharkiv on Sunday",
    "stormed the main market in Nyala on Sunday" — not "called a statement by the RSF on Sunday a provocation"; or
    closes the subject of the verb of a toll, after a source's "said" ("the governor said a shell from the hills on a
    market in the town of Kadugli on Monday evening killed five"): the day of the casualties the update reports."""
    return (verbs_span(lead, act.start, act.end) or prose.toll_follows(lead, act.end) or _speaking_day(lead, act)
            or _statement_day(lead, act) or _day_then_verb(lead, act))


# the word right after a day, and the subject's last word (or its "on") right before it
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_SUBJECT_END = re.compile(r"[A-Za-z]\s*$")


def _day_then_verb(lead: str, act: Mention) -> bool:
    """Whether ``act``, a day told relative to the page's ("on Tuesday", "late last night"), stands between its
    sentence's subject and the past verb of the subject, as a wire writes it: "The Security Council late last night
    adopted ...", "Russia on Tuesday launched ..." (a date there may hang on a noun of the subject: "The death toll
    from the strike on 2 March rose to 12")."""
    return _verb_after_day(lead, act) is not None


def _verb_after_day(lead: str, act: Mention) -> str | None:
    """The past verb right after ``act`` in :func:`_day_then_verb`'s shape, or None."""
    nxt = _NEXT_WORD.match(lead, act.end)
    if act.timex.kind != RELATIVE or nxt is None or not _past_verb(nxt.group(1)) \
            or _SUBJECT_END.search(lead[:act.start]) is None:
        return None
    return nxt.group(1)


# a day naming the statement the saying was made in: "ISW said in its Saturday assessment that ...", "Zelensky said in
# his Monday evening address", "the ministry wrote in a Sunday post"
_SAID_IN = re.compile(r"\b(?:said|says|wrote|writes|reported|reports|warned|claimed|stated|noted|assessed)\s+in\s+"
                      r"(?:its|his|her|their|a|an)\s+$", re.I)
_STATEMENT_AFTER = re.compile(r"\s+(?:(?:evening|morning|night|nightly|daily|video|televised|late)\s+)?"
                              r"(?:assessment|update|statement|address|briefing|report|post|bulletin|speech|"
                              r"communiqu[eé]|interview)\b", re.I)


def _statement_day(lead: str, act: Mention) -> bool:
    """Whether ``act`` names the statement a verb of saying was made in (see ``_SAID_IN``): the saying's day."""
    return bool(_SAID_IN.search(lead[:act.start])) and bool(_STATEMENT_AFTER.match(lead, act.end))


# a day in a speaker's aside between the subject and its saying: "Zelensky, speaking at a news conference in Kyiv on
# Friday, said ...", "The minister, addressing parliament on Monday, warned ..."
_SPEAKING_ASIDE = re.compile(rf",\s*{_SAYING}[^,;:.!?\"“”]*$", re.I)
_AFTER_ASIDE = re.compile(r"\s*,\s*(?:also\s+|again\s+)?(\w+)")


def _speaking_day(lead: str, act: Mention) -> bool:
    """Whether ``act`` closes a speaker's aside set off by commas before a verb of saying (see ``_SPEAKING_ASIDE``):
    the day of the saying the update reports."""
    said = _AFTER_ASIDE.match(lead, act.end)
    return (said is not None and bool(_SPEAKING_ASIDE.search(lead[:act.start]))
            and bool(lexicon().reporting.fullmatch(said.group(1))) and said.group(1).islower())


# a night said with the last past verb before it being a statement or a vote, an act of the evening before the
# report, not of a night running into its morning: "said in a statement issued last night", "voted late last night"
_LAST_NIGHT = re.compile(r"(?:late\s+)?last\s+night", re.I)
_EVENING_ACTS = frozenset(("issued", "released", "published", "voted", "approved", "adopted"))


def evening_saying(lead: str, act: Mention) -> bool:
    """Whether ``act`` is "last night" said with its verb (:func:`verbs_day`) and that verb, the last past verb before
    it in its clause, is one of saying, issuing or voting: the evening before the report's day. (An attack "last
    night" may run past midnight into the report's morning.) The verb may follow the night, the subject before it
    ("The Security Council late last night adopted ...")."""
    if not _LAST_NIGHT.fullmatch(act.text.strip()) or not verbs_day(lead, act):
        return False
    words = _clause_words(lead[:act.start])
    # (or the verb after it: "The Council late last night adopted ...")
    verb = next((w for w in reversed(words) if _past_verb(w)), None) or _verb_after_day(lead, act)
    return verb is not None and (verb.lower() in _EVENING_ACTS or bool(lexicon().reporting.fullmatch(verb)))


# words after a verb that make what follows a noun's ("a statement by the RSF on Sunday"), whatever the object's length
_NOUN_OWNED = frozenset(("by", "from", "about", "of", "that", "which", "who", "whose"))


def noun_tied(lead: str, act: Mention) -> bool:
    """Whether ``act`` is no past verb's day in its clause: the clause has no past verb before it ("Kyiv's allies
    condemn drone strikes on Monday"), a word after the verb ties the day to a noun of the object ("called a statement
    by the RSF on Sunday a provocation", "an aircraft that had bombed Chasiv Yar on Monday"), or the last verb is a
    participle hanging on a noun ("the damage caused by bombs dropped on the city on Monday"): the day of something the
    act only mentions."""
    words = _clause_words(lead[:act.start])
    verbs = [k for k, w in enumerate(words) if _past_verb(w)]
    return not verbs or any(w.lower() in _NOUN_OWNED for w in words[verbs[0] + 1:]) or _participle(words, verbs[-1])


def _clause_words(before: str) -> list[str]:
    """The words of the clause ``before`` ends with (from its sentence's start or its last comma, colon, dash)."""
    return _VERB_WORD.findall(_CLAUSE_BREAK.split(prose.SENTENCE_BOUNDARY.split(before)[-1])[-1])


def verbs_span(lead: str, start: int, end: int, clocked: bool = False) -> bool:
    """:func:`verbs_day` of the words ``lead[start:end]`` (a day, or a clock "at 23:35"). A day ``clocked`` with
    its clock and closing its sentence is the moment of the verb's act even after a noun with its "of" ("regained
    control of the town at around 4 am on Sunday."): a thing the act only mentions is not timed to the hour."""
    before = lead[:start]
    on = _ON_BEFORE.search(before)
    if on is None and not _bare_deictic(lead, start, end):
        return False
    sentence = prose.SENTENCE_BOUNDARY.split(before[:on.start() if on else start])[-1]
    clause = _CLAUSE_BREAK.split(sentence)[-1]
    words = _VERB_WORD.findall(clause)
    verb = next((k for k in range(len(words) - 1, -1, -1) if _past_verb(words[k])), None)
    if verb is None or (verb == 0 and clause == sentence):  # a sentence's first word is no verb ("Displaced ...")
        return False
    if _participle(words, verb):
        return False
    after = words[verb + 1:]
    place = next((k for k, w in enumerate(after) if w in _PLACE_PREPOSITIONS and _place(after[k + 1:])), len(after))
    obj = [w.lower() for w in after[:place]]
    # a day closing its sentence, or its clause before the source (", the ministry said"), ends the verb's phrase:
    # nothing after it for it to belong to, so the object may be longer and two things joined by "and"; after the
    # act's place, a noun with its "of" too ("attended the opening of a new plant in Unterluess on Monday, saying")
    closing = bool(_CLOSES.match(lead, end))
    ties = _NOUN_TIES - {"and"} if closing else _NOUN_TIES
    if closing and (place < len(after) or clocked):
        ties = ties - {"of"}  # the day after the act's place is the act's, whatever noun its object has
    return len(obj) <= VERB_OBJECT_WORDS * (1 + closing) and not any(
        w in ties and not (w == "about" and obj[k + 1:k + 2] and obj[k + 1][0].isdigit())  # "about 50"
        for k, w in enumerate(obj))


def _bare_deictic(lead: str, start: int, end: int) -> bool:
    """Whether ``lead[start:end]`` is a day named relative to the report's own ("late yesterday", "last night"),
    which follows its verb with no "on", and not a possessive ("yesterday's strike")."""
    return bool(_DEICTIC.fullmatch(lead[start:end])) and not lead.startswith(("'s", "’s"), end)


# what may stand right before a second past verb of a clause that is a verb of its own: "killed two and wounded
# seven", "said it retook", "had been"
_VERB_OPENERS = frozenset(("and", "or", "then", "but", "had", "has", "have", "was", "were", "it", "they", "he", "she",
                           "we", "i", "you", "also", "later", "again", "reportedly", "allegedly"))


def _participle(words: list[str], verb: int) -> bool:
    """Whether the past-shaped ``words[verb]`` is a participle hanging on the noun before it ("reviewed footage of
    drones launched at Haifa"), not a verb of its own: the clause has a past verb before it that does not report
    (after "said", "its forces shot down" is what was said), and a noun, not "and" or a subject, stands before it.
    A verb a few words after "and" shares the first one's subject or auxiliary: "were killed and five wounded"."""
    earlier = [k for k in range(verb) if _past_verb(words[k])]
    if not earlier or words[verb - 1].lower() in _VERB_OPENERS:
        return False
    if any(lexicon().reporting.fullmatch(words[k]) for k in earlier):
        return False
    between = [w.lower() for w in words[earlier[-1] + 1:verb]]
    return not (len(between) <= ELLIPSIS_WORDS and ("and" in between or "or" in between))


ELLIPSIS_WORDS = 3  # "killed and five wounded": the words between two verbs of one clause joined by "and"


def _place(words: list[str]) -> bool:
    """Whether ``words`` (after a preposition of place, up to the act's day) name a place: "the southern city of
    Kherson", "Bakhmut", "the Donetsk region"."""
    return (0 < len(words) < PLACE_WORDS and any(w[0].isupper() for w in words)
            and not any(w.lower() in _NOUN_TIES and not (w == "of" and k and words[k - 1].lower() in _PLACE_NOUNS)
                        for k, w in enumerate(words)))
