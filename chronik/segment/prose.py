"""Cues in a paragraph's wording: does it continue the one above, is it background, which clause is main?

These are shallow, rule-based readings of English news prose (no parser, no model): quotes, pronoun
subjects, subordinate clauses opened by "since", "which", "after"..., past-tense verbs. The word lists
are in ``chronik/data/segment.yaml``.
"""

from __future__ import annotations

import re

from chronik.segment.lexicon import lexicon

_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»|„[^„“”]*[“”]")
# (a teletype's or a typewriter's double quote is two apostrophes: "''SOME DAMAGE WAS DONE,'' HE SAID.")
_OPENS_WITH_QUOTE = re.compile(r"^(?:[“\"‘«„]|''|``)")
# a wire's dateline before a story's first words: "KHARTOUM, June 3 (Sudan Tribune) – ", "GENEVA, 12 November 2020 —
# ", "KYIV, Ukraine, March 3 (AP) — "; in an old paper's text the state is abbreviated and the dash is set close, or
# typed as two hyphens: "LAKE SUCCESS, N. Y., June 25--", "TOKYO, Monday, June 26--", "LONDON, Sept. 3—", "ZAGREB,
# Croatia, Aug. 4— Croatia today ..."; or the day first and the place in capitals in brackets after it: "June 30,
# 2024 (PORT SUDAN) – "
WIRE_DATELINE = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
                           r"\s+\([A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3}\)\s+[–—-]{1,2}\s+(?=\S)"
                           # the day alone and the agency in brackets, as a wire's factbox opens: "May 7 (Reuters) - "
                           r"|^[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\([A-Z][\w.&'’-]{1,20}\)\s+[–—-]{1,2}\s+(?=\S)"
                           # a place in title case, its day and the wire in brackets: "Pemba, 1 Apr (Lusa) – ", or
                           # a full stop after them, as an office's news service writes it: "Bogotá, Mar. 4 (SIG). ";
                           # or no wire, as an office's release opens: "Geneva, 6 June 1969 – " (a timeline's day,
                           # "Sunday, 6 June – ", is no place); a place of three words, or where it is in brackets
                           # after it: "Chahid El Hafed (Sahrawi Refugee Camps), 20 November 2020 (SPS) - "
                           r"|^(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|Today\b|Yesterday\b|Tonight\b)"
                           r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}(?:\s*\([^()]{2,40}\))?,\s+"
                           r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}"
                           r"\.?\s+\d{1,2})(?:,?\s+\d{4})?(?:\s+\([^()]{2,40}\)(?:\s+[–—-]{1,2}\s+|\.\s+)"
                           r"|\s+[–—-]{1,2}\s+)(?=\S)"
                           # ... or its day before the month and the year in two digits: "Mogadishu 24, Dec.06 (Sh.
                           # M. Network) - "
                           r"|^[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?\s+\d{1,2},\s*[A-Z][a-z]{2,8}\.\d\d"
                           r"\s+\([^()]{2,40}\)\s+[–—-]{1,2}\s+(?=\S)"
                           r"|^[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3},"
                           r"(?:\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,|\s+[A-Z][a-z]?\.(?:\s?[A-Z][a-z]?\.)?,)?"
                           r"\s+[\w.,]+(?:\s+[\w.,]+){0,2}(?:\s+\([^()]{2,40}\))?(?:\s+[–—-]{1,2}\s+(?=\S)|(?:--|—)\s?(?=[A-Z“\"]))")
# a story's first words after its place alone in capitals and a dash: "TEHRAN – ", "BEIRUT (AP) — ", "GAZA CITY -- ";
# or in brackets, as a rights group's release opens: "(Nairobi) – ", with its day: "(New York, August 4, 2003) – "
PLACE_DASH = re.compile(r"^(?:[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3}(?:\s+\([^()]{2,40}\))?"
                        r"|\([A-Z][\w.'’-]+(?:[ /,]{1,2}[A-Z][\w.'’-]+){0,3}"
                        r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}))?\)"
                        # ... or in title case before its issuer in capitals, as an agency's release opens: "Geneva
                        # (ICRC) - ", "Nairobi/Geneva (ICRC) - "
                        r"|[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,3}\s+\((?P<issuer>[A-Z][A-Z&]{1,11})\))"
                        r"\s+[–—-]{1,2}\s+(?=[A-Z“\"‘])")
# ... or after its places in capitals and a colon, as Gulf papers open: "BEIRUT/JERUSALEM: Israeli airstrikes ...", or
# its place, its day and a colon, as South Asian papers do: "ISLAMABAD, June 3: Pakistan on Thursday ..."
PLACE_COLON = re.compile(r"^[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3}"
                          r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?:\s+(?=[A-Z“\"‘])")
# a wire's dateline alone on its line over the story ("ANKARA", "NEW YORK"): a place in capitals
WIRE_PLACE = re.compile(r"^\s*[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,2}\s*$")
# after the closing quote, a speaker introduced in full: "…,” Hikmet Hajiyev, assistant to the president, told …
_NAME_PART = r"(?:[A-Z][\w’'.-]*|(?:al|el|bin|ibn|de|da|van|von|der|la|le)(?:-[A-Z][\w’'.-]*)?)"
_NEW_SPEAKER = re.compile(rf"[”\"’»],?\s+[A-Z][\w’'.-]+(?:\s+{_NAME_PART}){{1,4}},\s+[a-z]")
# where a clause ends: a comma or a colon, a dash, a bracket, a stop; not the stop of an honorific or a rank before a
# name ("Mr. Habib, who met Mr. Assad on Monday, ...")
_TITLE_STOPS = "".join(rf"(?<!\b{t})" for t in ("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Maj", "Capt", "Sgt",
                                                 "Adm", "Gov", "Sen", "Rep", "Prof", "Brig", "Cmdr", "Rev"))
_BOUNDARY = re.compile(rf"[,;:—–(]|{_TITLE_STOPS}[.!?](?=\s)")
_WORD = re.compile(r"[\w’'-]+")
# the end of a sentence: its stop, any closing quote or bracket, and the space before a capital or an opening quote
# (not after a lone capital: an initial, "J. Smith", or a lettered item, "A. The army said ...")
SENTENCE_BOUNDARY = re.compile(r"(?<!\b[A-Z])[.!?][”\"’)]*\s+(?=[A-Z“\"‘(])")


def opens_with_place(text: str) -> bool:
    """Whether a paragraph opens as a wire story's first does, with its place: a dateline, a place and a dash, or
    places and a colon (not a flag: "BREAKING: ...")."""
    return bool(WIRE_DATELINE.match(text) or PLACE_DASH.match(text)
                or (PLACE_COLON.match(text) and not lexicon().title_flag.match(text)))


def issuer_goes_on(text: str, first: str) -> bool:
    """Whether a paragraph opens on the issuer that the story's first paragraph named in its dateline ("The ICRC has
    flown in ..." under "Geneva (ICRC) - Cholera has broken out ..."): the release's own voice going on."""
    m = PLACE_DASH.match(first)
    issuer = m.group("issuer") if m is not None else None
    return issuer is not None and re.match(rf"(?:the\s+)?{issuer}\b", text, re.I) is not None


def first_sentence(text: str) -> str:
    """``text`` up to the end of its first sentence (all of it when it has one)."""
    end = SENTENCE_BOUNDARY.search(text)
    return text[:end.end()] if end else text


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text)]


def opens_with_quote(text: str) -> bool:
    """The paragraph opens with a quotation mark: somebody's words."""
    return bool(_OPENS_WITH_QUOTE.match(text))


def leaves_quote_open(text: str) -> bool:
    """Whether a paragraph opens a quotation and does not close it: a quotation of several paragraphs (a resolution's
    text, a statement read out) opens each of them with a quotation mark and closes only the last."""
    text = text.strip()
    return opens_with_quote(text) and (text.count('"') % 2 == 1 or text.count("“") > text.count("”"))


def continues(text: str) -> bool:
    """True when a paragraph carries on the one above instead of reporting an act of its own.

    A quote (unless it introduces a new speaker in full), "He said ..."/"Using ..., he continued",
    "X added that ...", "The person said ..."/"Another resident ...", "Reuters also cited ..." (:func:`_cites_more`), a
    transcript's turn answering the one above ("OLENA HRYTSENKO: Yes. The mayor said ..."), or a paragraph in lower
    case.
    """
    lex = lexicon()
    if text[:1].islower():
        return True
    if _OPENS_WITH_QUOTE.match(text):
        return not _NEW_SPEAKER.search(text)
    return any(p.match(text) for p in (lex.pronoun_start, lex.linking_verbs, lex.anaphoric_start, lex.sourcing_start,
                                        lex.answer_start)) or _cites_more(text)


def _cites_more(text: str) -> bool:
    """A source citing more for the report above: "Reuters also cited two officials ...", "The agency quoted a
    spokesman as saying ...". A source introduced by its name in full ("The Bosnian Serb news agency SRNA quoted the
    army command as saying ...") opens a report of its own."""
    m = lexicon().citing_start.match(text)
    if m is None:
        return False
    return m.group("also") is not None or not any(w[:1].isupper() for w in m.group("subject").split()[1:])


# after the closing quote, a speaker named with their post and then the verb: "…,” WFP Deputy Executive Director Carl
# Skau told reporters ...", or named with the post after the name: "…,” Ilham Aliyev, Azerbaijan’s president, said"
_TITLED_SPEAKER = re.compile(r"^[“\"«„][^”\"»“]{10,}[,.!?]?[”\"»“],?\s+"
                             r"((?:[A-Z][\w’'.-]*\s+)(?:(?:[A-Z][\w’'.-]*|the|of|for|and)\s+){0,7}[A-Z][\w’'.-]*)"
                             r"(?:,\s+[^,“”\"]{3,60},)?\s+(?:told|said|says|tells|added|wrote|posted|stressed|warned)\b")


def new_quoted_speaker(text: str, previous: str) -> bool:
    """A quote whose speaker, named in full after it ("…,” WFP Deputy Executive Director Carl Skau told ..."), is not
    named in the paragraphs above (``previous``): maybe a new statement, not the speaker above going on."""
    m = _TITLED_SPEAKER.match(text)
    if m is None:
        return False
    surname = m.group(1).split()[-1]
    return re.search(rf"(?<![\w]){re.escape(surname)}(?![\w])", previous) is None


def speaker_goes_on(text: str, previous: str) -> bool:
    """The paragraph's first sentence closes on the speaker of the paragraph above going on: "..., he added.", "...,
    the minister stressed.", "..., Lavrov added." after a paragraph naming Lavrov."""
    m = lexicon().trailing_speaker.match(text)
    if m is None:
        return _named_body_said(text, previous)
    return m.group(1) is not None or bool(re.search(rf"(?<![\w]){re.escape(m.group(2))}(?![\w])", previous))


# the first sentence closes on a body by its common noun saying it: "..., the office said.", "..., the ministry said."
# ("..., according to the agency.": the same, said with "according to")
_BODY_SAID = re.compile(r"^[^.!?]*?,[”\"]?\s+(?:the\s+([a-z]+)\s+(?:said|says|reported)"
                        r"|according\s+to\s+the\s+([a-z]+))\s*[.;]")

# the same, the body by the initials the paragraph above gave it in brackets: "..., the JCS said.", "..., the IAEA
# said."
_INITIALS_SAID = re.compile(r"^[^.!?]*?,[”\"]?\s+the\s+([A-Z]{2,6})\s+(?:said|says|reported)\s*[.;]")


# ... or a voice of that body opening the paragraph: "A spokesperson for the committee told the radio ..."
_VOICE_OF_BODY = re.compile(r"^(?:A|The)\s+(?:spokes(?:person|man|woman)|representative|member|official)\s+"
                            r"(?:for|of)\s+the\s+([a-z]+)\s+(?:said|says|told|tells|added)\b")


def _named_body_said(text: str, previous: str) -> bool:
    """The paragraph closes on "the office said" and the paragraph above named that body ("According to the Prosecutor
    General's Office, ..." then "... have been damaged, the office said."): the same body's figures going on. (A body
    not named above, "..., the ministry said." under another's report, opens a report of its own.) "..., according to
    the agency." goes on a report of any state body named above ("the State Emergency Service said"); "..., the JCS
    said." the report of the body named above with those initials in brackets."""
    initials = _INITIALS_SAID.match(text)
    if initials is not None:  # "..., the JCS said." under "... the Joint Chiefs of Staff (JCS) said"
        return f"({initials.group(1)})" in previous
    m = _BODY_SAID.match(text)
    said = (m.group(1) or m.group(2)) if m else None
    voice = _VOICE_OF_BODY.match(text) if said is None else None
    if voice is not None:  # the voice of a body the paragraph above named by that noun ("the Teachers Committee")
        noun = voice.group(1)
        return (noun in lexicon().anaphoric_nouns or lexicon().agency_nouns.search(noun) is not None) \
            and re.search(rf"(?<![\w]){noun}(?![\w])", previous, re.I) is not None
    if not said or said not in lexicon().anaphoric_nouns:
        return False
    if said == "agency":
        return lexicon().agency_nouns.search(previous) is not None
    return re.search(rf"(?<![\w]){said}(?![\w])", previous, re.I) is not None


# the surname may come after a phrase setting where or how the person spoke ("Speaking in parliament, Aliyev said ...",
# "Asked about the talks, Peskov said ..."), or open with its particle, capitalised at the start of a sentence
# ("Al-Masri said ..." after "Khaled al-Masri", "El-Sayed ..."); a rank, in short or in full, or a courtesy title may
# come before it ("Addressing a joint briefing in Delhi with the air and naval chiefs, Lt Gen Ghai said ...",
# "Colonel Qureshi said ...", "Air Vice Marshal Bharti said ...", "Dr Okafor said", "Shri Pilot said")
_SHORT_TITLE = (r"(?:(?:(?:Lt|Gen|Col|Maj|Brig|Adm|Capt|Cdr|Sgt|Dr|Mr|Mrs|Ms|Prof|Smt|(?:Lt|Maj|Brig)-(?:Gen|Col))\.?"
                r"|Shri|Sri"
                r"|Colonel|General|Major|Captain"
                r"|Commander|Lieutenant|Brigadier|Admiral|Sergeant|Marshal|Wing|Air|Vice|Squadron|Leader)\s+){0,3}")
_SURNAME_START = re.compile(r"^(?:(?:[A-Z][a-z]+ing|Asked)\b[^,.;:\"“”]{0,200},\s+)?" + _SHORT_TITLE +
                            r"(?P<particle>[A-Z][a-z]{0,2}-)?(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)"
                            r"\s+(?:also\s+|then\s+|later\s+)?[a-z]")


def same_person(text: str, previous: str) -> bool:
    """The paragraph opens with a surname the paragraph above gave in full ("Ilham Aliyev ..." then
    "Aliyev praised ...", "Speaking to reporters, Aliyev said ..."): a second reference, carrying on the same story."""
    m = _SURNAME_START.match(text)
    if m is None:
        return False
    particle = f"(?i:{re.escape(m.group('particle'))})" if m.group("particle") else ""  # "al-Masri" above
    name = re.escape(m.group("name"))
    above = re.search(rf"(?<![\w])[A-Z][\w’'-]+\s+{particle}{name}(?![\w])", previous)
    if above is not None and " " in m.group("name") and not re.search(rf"{name}\s+{_SAYING}", previous):
        return False  # a name in two words goes on only where it spoke above ("Hun Manet said ..." twice), not where
        # the paragraph above named its holder in passing ("... with Wing Commander Vyomika Singh, Colonel X said")
    if above is not None:
        # ("Larrea denied any wrongdoing." under "..., Naranjo had said files showed contacts with ... Gustavo
        # Larrea": the one spoken of answers, a statement of their own)
        return not (_ANSWERS.match(text[m.end("name"):]) and not _SUBJECT_AT.match(previous[:above.start()]))
    # a given name where the name above is a given name and a father's (Ethiopian, Eritrean, Icelandic names:
    # "Legesse said ..." after "Legesse Tulu, Minister of ..."), the full name followed by its post or its verb; the
    # given name says something (a place opening a name, "Gaza health officials said" after "Gaza City, ...", not)
    return (not particle and bool(_GIVEN_NAME_SAYS.match(text[m.start("name"):]))
            and bool(re.search(rf"(?<![\w’'-]){name}\s+[A-Z][a-z’'-]+(?:,|\s+[a-z])", previous)))


# a person answering what was said of them: "Larrea denied ...", "X rejected ..."
_ANSWERS = re.compile(r"\s+(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\b")
# where a paragraph's subject may start: at its opening, maybe after a time or place phrase and a comma
_SUBJECT_AT = re.compile(r"^(?:[^,]{0,40},\s*)?(?:[\w’'.-]+\s+){0,6}$")
_SAYS = r"said|says|told|added|stressed|noted|insisted|explained|warned|claimed"
_SAYING = rf"(?:also\s+)?(?:{_SAYS}|announced)\b"
_GIVEN_NAME_SAYS = re.compile(rf"^[A-Z][a-z’'-]+\s+(?:also\s+|then\s+|later\s+|further\s+)?(?:{_SAYS}|denied)\b")


# how a body said it, opening the paragraph: "In a statement posted on its Telegram channel, ", "In a post on X, "
_HOW_IT_SAID = re.compile(r"^(?:In|Via|Through)\s+(?:a|an|its|their)\s+(?:[\w’'-]+\s+){0,2}"
                          r"(?:statement|post|communiqué|message|video|update|bulletin|announcement)\b[^,]{0,60},\s+")
_ACRONYM_START = re.compile(r"^(?:[Tt]he\s+)?([A-Z]{2,8})\s+(?:also\s+|has\s+|had\s+|then\s+|later\s+)?[a-z]")
# the initials saying more: "The JCS said ...", "SES added ..."
_ACRONYM_SAYS = re.compile(r"^(?:[Tt]he\s+)?([A-Z]{2,6})\s+(?:also\s+|further\s+)?(?:said|says|added|noted|stated)\b")
# a body's name in capitalised words, maybe joined by "of", "for", "and", "the": "Joint Chiefs of Staff"
_CAPITALISED_NAME = re.compile(r"(?<![\w-])[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and|the))*")


def _initials_named(acronym: str, previous: str) -> bool:
    """Whether the paragraph above names a body whose capitalised words' initials end in ``acronym`` ("South Korea's
    Joint Chiefs of Staff" for "JCS", "Ukraine's State Emergency Service" for "SES")."""
    return any("".join(w[0] for w in name.split() if w[0].isupper()).endswith(acronym)
               for name in _CAPITALISED_NAME.findall(previous))


def same_body(text: str, previous: str) -> bool:
    """The paragraph opens with the short name the paragraph above gave a body in brackets ("The Office for the
    Coordination of Humanitarian Affairs (OCHA) said ..." then "OCHA has repeatedly said ...") or whose spokesperson
    spoke above ("IDF spokesperson ... said" then "The IDF has claimed ..."), or the initials of the body that spoke
    above saying more ("South Korea's Joint Chiefs of Staff said ..." then "The JCS said ...", "In a statement on its
    Telegram channel, the RSF said ..." after "... Rapid Support Forces said"): the same body again."""
    where = _HOW_IT_SAID.match(text)
    said = _ACRONYM_SAYS.match(text[where.end():]) if where is not None else None
    if said is not None and _initials_named(said.group(1), previous):
        return True
    m = _ACRONYM_START.match(text)
    if m is None:
        return False
    if f"({m.group(1)})" in previous:
        return not text.startswith("The ")  # ("The CSTO announced ..." under "... Organization (CSTO)": its own act)
    if _ACRONYM_SAYS.match(text) and _initials_named(m.group(1), previous):
        return True
    return bool(re.search(rf"(?<![\w-]){m.group(1)}\s+(?:spokes(?:person|man|woman)|press\s+(?:service|office))\b",
                          previous))


# "According to the Commission, ...", "The Council also said ...", "The committee said ...": a body by the last word of
# its name
# (after a phrase setting how it spoke, as a surname may be: "Replying to questions, the Spokesman said ...")
_HEAD_NOUN_START = re.compile(r"^(?:according\s+to\s+the\s+(?P<by>[A-Za-z]{4,})\s*,"
                              r"|(?:(?-i:[A-Z][a-z]+ing|Asked)\b[^,.;:\"“”]{0,200},\s+)?"
                              r"the\s+(?P<subject>[A-Za-z][a-z]{3,})\s+(?:also\s+|further\s+)?"
                              r"(?:said|says|added|noted|stated|reported|called|urged|warned|documented)\b)", re.I)


# an army named by either word: "the military" and "the army" are one speaker when the paragraph above had it speak
_FORCE_WORDS = frozenset({"army", "military"})
_FORCE_SAID = re.compile(r"\b(?:military|army|armed\s+forces)\s+(?:also\s+)?(?:said|says|reported|announced|stated|"
                         r"claimed|confirmed)\b|\baccording\s+to\s+the\s+(?:[\w’'-]+\s+)?(?:military|army)\b", re.I)


def body_by_head_noun(text: str, previous: str) -> bool:
    """The paragraph opens on a body the paragraph above named in full, now by the last word of its name ("The
    Ethiopian Human Rights Commission (EHRC) said ..." then "According to the Commission, ...", "The UN Security
    Council ..." then "The Council also called ...", "... the Central Committee of Sudanese Doctors said." then "The
    committee said ...", "On 3 May, the Prosecutor ... announced ..." then "The Prosecutor stated ..."): the same body's
    statement going on."""
    m = _HEAD_NOUN_START.match(text)
    if m is None:
        return False
    word = (m.group("by") or m.group("subject")).lower()
    if word in _FORCE_WORDS and _FORCE_SAID.search(previous):
        return True  # "Israel's military said ..." then "The army said ...": one army, by either word
    noun = re.escape(word.capitalize())
    if re.search(rf"(?<![\w’'-])(?:[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|of|for|on|and|the))*|the)\s+{noun}"
                 rf"(?![\w-])", previous):
        return True  # (or by its title alone: "the Prosecutor of the Court, ...")
    # a person by the title the paragraph above gave them in lower case: "regional governor Oleh Kiper said" or
    # "Oleh Kiper, the regional governor, said" then "The governor said ..."
    return bool(re.search(rf"(?<![\w’'-]){re.escape(word)}\s+[A-Z][\w’'-]+"
                          rf"|[A-Z][\w’'-]+,\s+the\s+(?:[a-z-]+\s+)?{re.escape(word)}\b", previous))


# "The region had ...", "The cause of the explosion is ...": a thing named by a common noun, maybe "of" another one
_DEFINITE_START = re.compile(r"^The\s+([a-z][a-z-]+)(?:\s+of\s+(?:the|its|their)\s+([a-z][a-z-]+))?\b")
SAME_THING_WORDS = 30  # a short line of background about it, not a paragraph of its own


# "The hospital's medical director ...", "The ship's captain ...": somebody of a thing named by a common noun; or by
# name first, the role after it ("Ashraf al-Qedra, the ministry's spokesman, said ...")
_POSSESSIVE_START = re.compile(r"^(?:The|[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3},\s+the)\s+([a-z][a-z-]+)['’]s\s+[a-z]")


def of_the_thing(text: str, previous: str) -> bool:
    """The paragraph opens on somebody of a thing the paragraph above named ("... treated the wounded at Ayder
    hospital ..." then "The hospital's director told ...", "... the Gaza health ministry said." then "Ashraf
    al-Qedra, the ministry's spokesman, said ..."): the same story, told by one of its people."""
    m = _POSSESSIVE_START.match(text)
    return m is not None and _names(previous, m.group(1))


def body_spokesperson(text: str, previous: str) -> bool:
    """The paragraph opens on the spokesperson of a body the paragraph above named ("The UN refugee agency, UNHCR,
    said ..." then "A UNHCR spokesman, ... said ...", "... the ministry said." then "A ministry spokeswoman ..."): the
    same body's statement going on."""
    m = lexicon().spokesperson_start.match(text)
    return m is not None and _names(previous, m.group("body"))


# a quote's speaker introduced as a body's spokesperson after it: "“...,” Rupert Colville, spokesperson for the Office
# of the UN High Commissioner for Human Rights (OHCHR), told journalists"
_QUOTED_SPOKESPERSON = re.compile(r"^[“\"‘'].{10,}?[”\"’'],?\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3},\s+"
                                  r"(?:a\s+|the\s+)?spokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+)?"
                                  r"(?P<body>[^,()]{3,80})")
_NAME_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "to", "un", "united", "nations", "u.n."})
SAME_BODY_WORDS = 2  # words of a body's name the paragraph above must name for it to be that body


def quoted_spokesperson(text: str, previous: str) -> bool:
    """The paragraph quotes a spokesperson of the body the paragraph above reported ("The United Nations human rights
    office today said ..." then "“The reports we are receiving ...,” Rupert Colville, spokesperson for the Office of
    the UN High Commissioner for Human Rights (OHCHR), told journalists"): the body's statement going on, its words."""
    m = _QUOTED_SPOKESPERSON.match(text)
    if m is None:
        return False
    words = {w for w in re.findall(r"[a-z.]+", m.group("body").lower()) if w not in _NAME_WORDS}
    return sum(1 for w in words if _names(previous, w)) >= SAME_BODY_WORDS


def _names(previous: str, word: str, plural: str = "") -> bool:
    """Whether ``previous`` names ``word`` as a whole word, any case (``plural``: a pattern of endings it may take)."""
    return bool(re.search(rf"(?<![\w-]){re.escape(word)}{plural}(?![\w-])", previous, re.I))


# "One of the aircraft ...", "Both vessels ...", "Two of the wounded ...": some of the things named just before
_PARTITIVE_START = re.compile(r"^(?:\d{1,2}[.)]\s+)?(?:(?:One|Two|Three|Both|Neither|Either|Some|Most|None|Each"
                              r"|Several)\s+of\s+(?:the|these|those)|Both(?:\s+the)?)\s+([a-z][a-z-]+)\b")


def part_of_thing(text: str, previous: str) -> bool:
    """The paragraph opens on some of the things the paragraph above named ("... shot down two Indian aircraft." then
    "One of the aircraft fell inside ...", "... two tankers were hit" then "Both tankers were towed to port"): what
    became of them, the same act told on."""
    m = _PARTITIVE_START.match(text)
    return m is not None and _names(previous, m.group(1), "(?:s|es)?")


def one_of_the_witnesses(text: str, previous: str) -> bool:
    """The paragraph opens on one witness of those the paragraph above heard ("Residents of Kherson told ..." then
    "A resident of the Korabel district said ...", "... witnesses said." then "An eyewitness ..."): one of them goes on
    telling the same thing."""
    m = lexicon().witness_start.match(text)
    return m is not None and _names(previous, m.group("noun"), "(?:s|es)?")


# the nouns by which a paragraph takes up the count the paragraph above gave ("... at least 1,118 Palestinians have
# been killed ..." then "The figures include ...")
_COUNT_NOUNS = frozenset({"figures", "figure", "numbers", "toll", "count", "tally", "data", "statistics"})
# the particles of a verb a noun is made of ("shut down" then "The shutdown ...", "pulled out" then "The pullout")
_PARTICLES = ("down", "out", "off", "up", "back", "over")


def same_thing(text: str, previous: str) -> bool:
    """The paragraph opens on a thing the paragraph above named ("... the breakaway region ..." then "The region had
    a population of 120,000", "... an explosion at a fuel depot ..." then "The cause of the explosion is still
    unclear."), on the count it gave ("The figures include ...") or on what its verb did ("... forcing the plant to
    shut down" then "The shutdown has ..."): a second reference. (Whether it only gives background is for the caller
    to ask.)"""
    m = _DEFINITE_START.match(text)
    if m is None or len(words(text)) > SAME_THING_WORDS:
        return False
    return any(noun and (_names(previous, noun, "(?:s|es)?") or (noun in _COUNT_NOUNS and re.search(r"\d", previous))
                         or _phrasal(previous, noun)) for noun in m.groups())


def _phrasal(previous: str, noun: str) -> bool:
    """Whether ``previous`` names the verb and particle ``noun`` is made of ("shut down" for "shutdown")."""
    particle = next((p for p in _PARTICLES if noun.endswith(p) and len(noun) > len(p) + 2), None)
    if particle is None:
        return False
    verb = noun[:-len(particle)]
    return bool(re.search(rf"(?<![\w-]){re.escape(verb)}\w*\s+{particle}(?![\w-])", previous, re.I))


def clause_prefix(text: str, start: int) -> str:
    """The words of the clause before offset ``start`` (from the last comma, colon or sentence end)."""
    cut = 0
    for m in _BOUNDARY.finditer(text, 0, start):
        cut = m.end()
    return text[cut:start]


# verbs that tell somebody something: their object, the people told, may be long before "that" ("informs the national
# and international public opinion that ...", "notified the members of the Security Council that ...")
_TELLING = re.compile(r"(?:inform|notif|assur|remind|brief)\w*|told|tells?", re.I)
TOLD_WORDS = 8


def _complement_that(prefix: str, at: int) -> bool:
    """"said that ...", "told reporters that ...", "informs the public opinion that ...": a reported claim, not a
    relative clause."""
    before = _WORD.findall(prefix[:at])
    if any(lexicon().reporting.fullmatch(w) for w in before[-4:]):
        return True
    told = next((k for k in range(len(before) - 1, max(-1, len(before) - TOLD_WORDS - 1), -1)
                 if _TELLING.fullmatch(before[k])), None)
    # the people told, no clause of their own between: not "told Kyiv to pull back from the villages that ..."
    return told is not None and not any(w.lower() == "to" or _past_form(w) for w in before[told + 1:])


def in_subordinate(text: str, start: int) -> bool:
    """True when offset ``start`` sits in a subordinate clause ("since ...", "which broke out on ...", a participle's
    "having fled ... overnight"); not when "after" or "before" only says the time of day of the date ("shortly after
    midnight on Tuesday")."""
    prefix = clause_prefix(text, start)
    if _perfect_participle(prefix) or _FRONTED_PLACE_WHERE.match(text[:start]):
        return True
    for m in lexicon().subordinators.finditer(prefix):
        if (m.group().lower() == "that" and _complement_that(prefix, m.start())) or _acronym(prefix, m):
            continue
        if _time_of_day(m, prefix, text[start:start + 20]):
            continue
        if _restrictive(prefix, m) and _relative_end(prefix, m, len(prefix)) < len(prefix):
            continue  # "Rebels who swept across the north entered the capital on Sunday": the main verb's day
        return True
    return False


# a place the sentence opens with, described by a clause on what happened there before its subject comes ("In
# Algiers, where indirect talks resumed on May 30, diplomats said ..."): that clause's day is the place's story
_FRONTED_PLACE_WHERE = re.compile(r"^(?:In|At)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+where\b[^,]*$")
# a perfect participle opens a clause of its own, a step before the main act: "with many residents having fled to the
# capital overnight", "Having taken the village on Monday, the troops ..."
_HAVING = re.compile(r"\b[Hh]aving\s+(?:\w+ly\s+)?(?:been\s+)?([a-z]+)\b")
# a time of day: after "after" or "before", a preposition saying when on the day the act was, not a clause
_DAY_TIME = (r"(?:midnight|noon|midday|dawn|daybreak|sunrise|sunset|dusk|nightfall|first\s+light"
             r"|\d{1,2}(?:[:.h]\d\d)?\s*[ap]\.?m\b|\d{1,2}[:h]\d\d)")
_TIME_OF_DAY_AFTER = re.compile(rf"\s+(?:{_DAY_TIME}(?:\s+local\s+time)?\s+(?:on|of)\s+)?", re.I)
_TIME_OF_DAY_START = re.compile(_DAY_TIME, re.I)


def _perfect_participle(clause: str) -> bool:
    """Whether ``clause`` holds a perfect participle ("having fled", "having been shelled")."""
    return any(m.group(1) in lexicon().participles_irregular or _past_form(m.group(1))
               for m in _HAVING.finditer(clause))


def _time_of_day(m: re.Match[str], prefix: str, date: str) -> bool:
    """Whether the subordinator ``m`` of ``prefix`` is "after" or "before" a time of day on the date that follows
    (``date``, the text from the date on): "shortly after midnight on Tuesday", "just before dawn on Sunday", "after
    10 p.m. on Monday" say when the act was; "after talks collapsed on Monday" is another event's clause."""
    if m.group().lower() not in ("after", "before"):
        return False
    between = _TIME_OF_DAY_AFTER.fullmatch(prefix, m.end())
    return between is not None and (between.end() > between.start() + 1 or bool(_TIME_OF_DAY_START.match(date)))


def casualties_when(text: str, start: int) -> bool:
    """Offset ``start`` sits in a "when" clause telling when casualties fell ("two civilians were killed when shells
    hit Shusha on Tuesday"), the clause's only subordinate one: its day is the reported act's."""
    prefix = clause_prefix(text, start)
    found = [m for m in lexicon().subordinators.finditer(prefix)
             if not (m.group().lower() == "that" and _complement_that(prefix, m.start())) and not _acronym(prefix, m)]
    if len(found) != 1 or found[0].group().lower() != "when":
        return False
    before = words(prefix[:found[0].start()])
    return bool(before) and before[-1].lower() in lexicon().casualty_verbs


def _restrictive(text: str, m: re.Match[str]) -> bool:
    """A relative pronoun with no comma, bracket or dash before it: "Rebels who swept ..." (", who ..." runs to the
    next comma)."""
    before = text[:m.start()].rstrip()
    return m.group().lower() in lexicon().relative_pronouns and bool(before) and before[-1] not in ",(—–-;:"


def _adverb(word: str) -> bool:
    low = word.lower()
    return low in lexicon().adverbs or (low.endswith("ly") and len(low) > 4 and word.islower())


def _capitalised(text: str, m: re.Match[str]) -> bool:
    """A word in capitals inside a sentence is a name ("the United States", "the Washington Post"), not a verb."""
    if not m.group()[:1].isupper():
        return False
    before = text[:m.start()].rstrip()
    return bool(before) and before[-1] not in ".!?:;“\"‘'(—–-"


def words(text: str) -> list[str]:
    """The words of ``text``, with their apostrophes and hyphens ("Sudan's", "Iran-backed")."""
    return _WORD.findall(text)


def past_shaped(word: str) -> bool:
    """A word shaped like a verb in the past: an irregular past form or a word in -ed, whether or not it is usually
    an adjective ("detained", "wounded")."""
    low = word.lower()
    return low in lexicon().past_irregular or (len(low) > 3 and low.endswith("ed"))


def _past_form(word: str) -> bool:
    """A verb form in the simple past, or a regular participle ("entered", "swept"); not an adjective made with a
    hyphen from a name ("Kurdish-led", "Iran-backed") nor a word of ``not_past``."""
    if "-" in word and word[:1].isupper():
        return False
    low = word.lower()
    return low in lexicon().past_irregular or (past_shaped(low) and low not in lexicon().not_past)


# finite verbs that open a main clause after a relative clause's own verb ("Rebels who took Aleppo have entered Hama")
_FINITE = ("has", "have", "was", "were", "will")
_SUBJECT_PRONOUNS = ("i", "we", "you", "he", "she", "it", "they")
_COORDINATORS = ("and", "or", "but", "nor")


def _relative_end(text: str, m: re.Match[str], limit: int) -> int:
    """Where the restrictive relative clause opened at ``m`` ends before ``limit``: it holds one verb ("who swept
    across the north", "who had gathered outside the city overnight"), and the next verb in the past, not joined to
    it by "and" nor said by a pronoun of a clause of its own, is the main verb ("entered the capital")."""
    lex = lexicon()
    words = list(_WORD.finditer(text, m.end(), limit))
    verb = False
    for k, w in enumerate(words):
        word, low = w.group(), w.group().lower()
        prev = words[k - 1].group().lower() if k else ""
        if not verb:
            # "who swept", "which control": the pronoun's verb comes first, unless its subject does ("that the army
            # shelled", "whose offensive ... surprised")
            verb = (_past_form(word) or low in lex.auxiliaries or (
                k == 0 and m.group().lower() in ("who", "which", "that") and low not in lex.determiners
                and word.islower())) and not _adverb(word)
            continue
        if prev in _COORDINATORS or prev in _SUBJECT_PRONOUNS or _capitalised(text, w):
            continue
        after = words[k + 1].group().lower() if k + 1 < len(words) else ""
        if ((_past_form(word) and prev not in lex.auxiliaries and prev not in lex.determiners and after != "by")
                or low in _FINITE):
            return w.start()
    return limit


def _acronym(text: str, m: re.Match[str]) -> bool:
    """A subordinator's letters in capitals are an acronym: "WHO" is the World Health Organization."""
    word = text[m.start():m.end()]
    return len(word) > 1 and word.isupper()


# the word right after a date that makes it the day of a toll: the verb of the casualties, after an adverb at most
_TOLL_AFTER = re.compile(r"\s+(?:\w+ly\s+)?([a-z]+)\b")


def toll_follows(text: str, end: int) -> bool:
    """Whether the date ending at offset ``end`` stands right before the verb of a toll ("a shell on a market in the
    town of Kadugli on Monday evening killed five people", "shelling on Monday reportedly wounded four"): the
    day the casualties fell, which the event it closes (the subject) is the news of, not background."""
    m = _TOLL_AFTER.match(text, end)
    return m is not None and m.group(1) in lexicon().casualty_verbs


def hangs_on_event(text: str, start: int) -> bool:
    """A date attached to an event noun ("an offensive on September 19-20", "fighting in 2020"), unless a verb of
    the event's own start or end takes the noun as its object ("launched the operation on Tuesday"). A noun ending the
    sentence before is none ("... confirmed the attack. On Tuesday, a spokesman said ...")."""
    lo = max(0, start - 40)
    lo = max((m.end() for m in SENTENCE_BOUNDARY.finditer(text, lo, start + 1)), default=lo)
    before = _WORD.findall(text[lo:start])
    while before and before[-1].lower() in ("on", "in", "of", "from", "late", "early", "the", "since"):
        before.pop()
    if not before or before[-1].lower() not in lexicon().event_nouns:
        return False
    # "launched the operation on Tuesday": the noun is the verb's own object, and the day the verb's
    return not (len(before) >= 3 and before[-2].lower() in _OBJECT_DETERMINERS
                and before[-3].lower() in lexicon().event_own_verbs)


_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def main_clauses(text: str) -> str:
    """``text`` without subordinate clauses (each cut from its opening word to the next comma, or a restrictive
    relative clause to the main verb after it)."""
    lex = lexicon()
    out: list[str] = []
    pos = 0
    for m in lex.subordinators.finditer(text):
        if m.start() < pos:
            continue
        if (m.group().lower() == "that" and _complement_that(text[:m.start()], m.start())) or _acronym(text, m):
            continue
        out.append(text[pos:m.start()])
        end = _BOUNDARY.search(text, m.end())
        pos = end.start() if end else len(text)
        if _restrictive(text, m):
            pos = _relative_end(text, m, pos)
    out.append(text[pos:])
    return "".join(out)


def _speech_removed(text: str) -> str:
    """``text`` without quotations of five words or more (short scare quotes stay: “categorically denied”)."""
    return _QUOTED.sub(lambda m: m.group() if len(_WORD.findall(m.group())) < 5 else " QUOTE ", text)


def _aux_before(words: list[re.Match[str]], i: int) -> str:
    """The word before ``words[i]``, past the adverbs between an auxiliary and its participle ("has long called",
    "have so far failed"); the word right before it when no auxiliary stands behind the adverbs."""
    j = i - 1
    while j >= 0 and _adverb(words[j].group()):
        j -= 1
    behind = words[j].group().lower() if j >= 0 else ""
    if behind in lexicon().auxiliaries or behind in ("was", "were"):
        return behind
    return words[i - 1].group().lower() if i else ""


def has_past_verb(text: str) -> bool:
    """A verb in the simple past ("ended", "said", "were killed"), not a participle ("has ended", "backed by",
    "has killed ... and created"), a name ("the United States") or an adjective ("advanced weapons")."""
    lex = lexicon()
    words = list(_WORD.finditer(text))
    perfect = False  # the last verb was a participle after an auxiliary: one joined to it by "and" is one too
    for i, m in enumerate(words):
        word, low = m.group(), m.group().lower()
        either = low in lex.past_or_adjective
        if not (either or low in lex.past_irregular or low.endswith("ed")):
            continue  # (most words: nothing more to ask)
        after = words[i + 1].group().lower() if i + 1 < len(words) else ""
        if either:  # "forces advanced near", not "advanced weapons"
            either = after in lex.determiners or after in lex.verb_followers or _adverb(after)
        if not (either or _past_form(word)) or _capitalised(text, m):
            continue
        regular = low not in lex.past_irregular
        before = _aux_before(words, i)
        if before in ("was", "were"):
            return True  # a past passive: "were killed", "was said to be demanding"
        if before in lex.auxiliaries:
            perfect = True
            continue
        prev = words[i - 1].group().lower() if i else ""
        if prev in lex.determiners or (perfect and prev in _COORDINATORS) or (after == "by" and (
                regular or _agent_follows(words, i + 2))):
            continue  # ("backed by", "territory held by the Kurdish-led forces", not "fled by boat")
        return True
    return False


def _agent_follows(words: list[re.Match[str]], k: int) -> bool:
    """An agent after "by": an article or a name ("held by the army", "taken by Russia")."""
    word = words[k].group() if k < len(words) else ""
    return word.lower() in ("the", "a", "an", "its", "their") or word[:1].isupper()


def perfect_participles(text: str) -> list[tuple[str, int]]:
    """The participles of the present perfects in ``text`` ("has launched", "have taken", "has been run"), lower
    case, each with where its "has" or "have" stands (what is before it holds the subject)."""
    lex = lexicon()
    words = list(_WORD.finditer(text))
    found = []
    for i, m in enumerate(words):
        if m.group().lower() not in ("has", "have") or _capitalised(text, m):
            continue
        j = i + 1
        while j < len(words) and (_adverb(words[j].group()) or words[j].group().lower() == "been"):
            j += 1
        if j < len(words):
            word = words[j].group()
            low = word.lower()
            if (low in lex.participles_irregular or _past_form(word)) and not _capitalised(text, words[j]):
                found.append((low, m.start()))
    return found


def reports(text: str) -> bool:
    """Somebody says, claims or urges something (a reporting verb, not the noun: "numerous calls", nor a name: "the
    United States"); not a standing position ("has said", "have accused") nor what analysts in general say."""
    lex = lexicon()
    words = list(_WORD.finditer(text))
    starts = {w.start(): i for i, w in enumerate(words)}
    for m in lex.reporting.finditer(text):
        if text[m.start() - 1:m.start()] in ("-", "‐"):
            continue  # "so-called"
        i = starts.get(m.start())
        if i is None or _capitalised(text, words[i]):
            continue
        prev = words[i - 1].group().lower() if i else ""
        if prev in lex.determiners:
            continue
        word = words[i].group()
        if _aux_before(words, i) in ("has", "have") and (lex.standing_reports.match(word)
                                                         or lex.standing_markers.search(text)):
            continue  # "Aliyev has said that ...", "Israel has repeatedly said ...", "The UN has long warned ..."
        if (not _past_form(word) or _aux_before(words, i) in ("has", "have")) and _generic_subject(text[:m.start()]):
            continue  # "Analysts say ...", "Western officials have warned that a wider war could ..."
        return True
    return bool(lex.stance.search(text))  # "OCHA is gravely concerned about ..."


def _generic_subject(before: str) -> bool:
    """Whether the words right before a verb (past its adverbs and auxiliaries) name people in general ("analysts",
    "some", "Western officials have")."""
    words = _WORD.findall(before)
    while words and (_adverb(words[-1]) or words[-1].lower() in ("has", "have")):
        words.pop()
    tail = " ".join(words[-3:])
    return any(m.end() == len(tail) for m in lexicon().generic_sources.finditer(tail))


def main_text(text: str) -> str:
    """The main clauses of ``text``, its long quotations left out: what the paragraph itself says happened."""
    return main_clauses(_speech_removed(text))


def plans(text: str) -> bool:
    """An announced plan: "will hold", "are set to resume", "is due to vote" (not "will likely continue")."""
    return bool(lexicon().plans.search(text))


def long_duration(text: str) -> bool:
    """A state over months or years: "dominated politics for nearly three decades"."""
    return bool(lexicon().long_period.search(text))


def timeless(text: str) -> bool:
    """No act in the past in the main clauses: a description of how things stand."""
    return not has_past_verb(main_text(text))
