"""Claimants a line names by its form, not by a sentence's reporting verb: a release's headline ("Statement by
the Ministry of Defence"), a channel post's "Forwarded from X", a bulletin named by its issuer ("Latest Ministry
of Defence update on ..."), a headline's speaker after a closing dash ("... are false - X"), a news list's
"Speaker: ..." line and a title's "Party: another party did ..." (attribution.py reads the update's sentences)."""

from __future__ import annotations

import re
import unicodedata

from chronik.extract.claimant import Claimant, named
from chronik.extract.frame_phrase import DOCUMENT, PREFIX, PhraseCutter, prefix_end
from chronik.extract.outlets import find_outlets
from chronik.extract.resolver import Resolver
from chronik.extract.words import NAME_TOKEN
from chronik.segment.speaker_labels import (
    LETTER_QUESTION,
    MIXED_PREFIX,
    RECORD_CHAIR,
    RECORD_MEMBER,
    answered_by,
    recased,
)

# "Statement by X", "Message from X to Y", "Order of the Day by X": the document X issues; "X's statement on ..."
_HEADLINE = re.compile(rf"^(?:(?:a |the )?{DOCUMENT} "
                       r"(?:by|from|of) (?P<a>.+)|(?P<b>.+?)(?:'s)? "
                       r"(?:statement|interview|address|briefing|press briefing|live press briefing|"
                       r"press conference|remarks|message|appeal)\b.*)$", re.I)
_ADDRESSED = re.compile(r"\s+to\s+")
# a preposition before a statement's owner: the words before it say something about the statement
_ABOUT = re.compile(r"\s(?:on|over|about|to|after|against|at|for)\s", re.I)
# a headline's speaker after its claim: "Firing to stop from 5 pm, says MEA", "Two drones downed, army says"
_SAYS_AFTER = re.compile(r",\s+(?:(?:says|said)\s+(?P<a>[^,]{2,60})|(?P<b>[^,]{2,60}?)\s+(?:says|said))$")
# ... or after a colon closing it, as South Asian and British papers title a claim: "India strikes six sites: ISPR",
# "Drone downed over Lahore: police" (a few words, no quote: "'It's a shame': Trump on ..." names its speaker first)
_COLON_AFTER = re.compile(r"[^:]\S:\s+(?P<a>[^:\"“”‘’']{2,40})$")
_PREFIXED = re.compile(r"^(?P<who>[^:]{2,60}?):\s+(?P<rest>\S.*)$")
# a body's regular bulletin named by its issuer ("Latest Ministry of Defence update on the fighting",
# "Daily ISW assessment of the Russian offensive"): the issuer speaks
_BULLETIN = re.compile(r"^(?:(?:The\s+)?[Ll]atest|Daily|Weekly|New|Today's)?\s*(?P<who>[A-Z][^:]{1,60}?)(?:'s)?\s+"
                       r"(?:update|assessment|bulletin|situation report|intelligence update)\s+(?:on|of|about|for)\s")
# a headline that names its speaker after a dash at its end ("Talks to resume next week - Kremlin spokesman")
NAME_LINE_WORDS = 4  # the most words of a body's name before a dash and its place, on a line of their own
_DASH_SPEAKER = re.compile(r"^(?P<what>\S.{6,}?)\s+-{1,2}\s+(?P<who>[^-.:!?\"]{3,60})$")
# a news feed's badges after a headline, in capitals: what the item holds or that it was revised
# ("... - Governor PHOTO", "... - Mayor UPDATED", "... - Army VIDEO, MAP")
_BADGES = re.compile(r"(?:[\s,]+(?:UPDATED|UPDATE|VIDEO|PHOTOS?|AUDIO|INFOGRAPHICS?|MAPS?|DOCUMENT|INTERVIEW))+$")
_INTRODUCED = re.compile(r"^(?P<who>[^:]{2,90}?):$")  # a line that ends with its speaker, the quotation below it
# where a speaker speaks, after the name before a colon ("Minister X at the meeting of the cabinet:", "X at Soroka:")
_OCCASION = re.compile(r"\s+(?:at|in|during|before|after|on)\s+(?:(?:the|a|an|his|her|its|their)\s[^,]*|"
                       r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$")
_AT_OCCASION = re.compile(r"\s+(?:at|in|during|before|after|on)\s")  # "Netanyahu at security cabinet: ..."
_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s+(?=\D)")
# a role or the medium a speaker speaks in, in brackets after the name ("X (adviser to the president): ...")
# a record's note on the language a speaker spoke in, after their label ("Mr. FEDORENKO (Union of Soviet Socialist
# Republics) (translated from Russian): ...")
_TRANSLATED = re.compile(r"\s*\((?:translated|interpreted|interpretation)\s+from\s+[A-Z][a-z]+\)(?=:)")
_BRACKETED = re.compile(r"\s*\([^()]{1,80}\)")  # a list item's time before its line ("22:41 Minister X: ...")
# a transcript's label in capitals, a surname's prefix maybe in mixed case: "HOST (JANE ROE): ", "SECRETARY McNAMARA: "
_CAPITALS_WORD = rf"(?:{MIXED_PREFIX}|[A-Z])[A-Z.'-]+"
SPEAKER_LABEL = re.compile(rf"^\s*{_CAPITALS_WORD}(?:\s+{_CAPITALS_WORD})*(?:\s*\([^)]{{1,40}}\))?:\s+")
# the words of a transcript's label that name a role, not a person ("QUESTION:", "HOST (JANE ROE):", "UNIDENTIFIED
# MALE:", "AUDIENCE MEMBER:")
_ROLE_LABELS = frozenset({"question", "questions", "q", "a", "answer", "host", "co-host", "presenter", "anchor",
                          "reporter", "correspondent", "moderator", "interviewer", "interpreter", "translator",
                          "audience", "member", "participant", "voice", "voices", "narrator", "caller", "unidentified",
                          "unknown", "male", "female", "speaker", "crosstalk", "journalist", "chair", "all", "both"})
# a statement's signature on a line of its own: "Lt. Col. X, Official Spokesman of the Y", "Spokesperson for the Y"
_SIGNATURE = re.compile(r"^(?:(?P<name>[^,\n]{3,60}),\s+)?(?:the\s+)?(?:(?:official|chief|military|acting)\s+)*"
                        r"(?:spokes(?:man|woman|person)|press\s+(?:secretary|office|service)|media\s+office)\s+"
                        r"(?:of|for)\s+(?P<body>[^,\n]{2,80}?)\.?$", re.I)
# a channel post re-posted from another ("Forwarded from Air Force of Ukraine"): that one speaks
# "Forwarded from X" over a post's words; "[Forwarded from X]" in Telegram Desktop's copy
_FORWARDED = re.compile(r"^\s*\[?Forwarded from\s+(?P<who>[^\n\]]{2,80}?)\]?\s*(?:\n|$)")
_QUOTE_MARKS = re.compile(r"[\"“”«»]")


def headline_claimant(title: str, resolver: Resolver, cut: PhraseCutter) -> Claimant | None:
    """Who the title says speaks: "Genocide Watch Statement on ...", "Ukraine says it downed 20 drones",
    "Israel: Hamas fired 30 rockets", a monitor's note over its item "Text of communique by the Angolan government,
    read on Angolan radio on 23 August"."""
    title = title.strip()
    if LETTER_QUESTION.match(title):
        return None  # a transcript's question over its answer ("Q On Pakistan: Is the United States ...?")
    found = forwarded(title, resolver) or dash_speaker(title, resolver, cut) \
        or bulletin(title, resolver) or speaker_line(title, resolver, cut) or issued_document(title, resolver)
    if found is not None:
        return found
    m = _HEADLINE.match(title)
    if m is not None and m.group("b"):
        # (not "INDIA CAUTIOUS ON WASHINGTON STATEMENT": a stand on another's statement, no issuer before it)
        owner = None if _ABOUT.search(m.group("b")) else resolver.resolve(m.group("b"))
        if owner is not None:
            return owner  # (not "Karmal denounces Amin in address to nation": no one's address, a verb's subject)
    elif m is not None:
        # the issuer before what the title goes on to say: "Message from X to King Hussein", "Statement by X,
        # broadcast on Kol Israel" (the whole first: "Statement by the Committee to Protect Journalists")
        issuer = m.group("a")
        cuts = (issuer, _ADDRESSED.split(issuer)[0], issuer.split(",")[0])
        return next((found for cut in dict.fromkeys(cuts) if (found := resolver.resolve(cut)) is not None), None)
    after = _SAYS_AFTER.search(title)
    if after is not None and (found := resolver.resolve(after.group("a") or after.group("b"))) is not None:
        return found
    colon = _COLON_AFTER.search(title)
    if colon is not None and len(colon.group("a").split()) <= 4 \
            and (found := resolver.resolve(colon.group("a"))) is not None and named(found):
        return found
    verb = resolver.lex.strong.search(title)
    if verb is not None and '"' not in title[:verb.start]:
        subject = title[:verb.start].strip()
        if subject and len(subject.split()) <= 6 and all(cut.describes(w) for w in subject.split()):
            return resolver.resolve(subject)
    return prefixed(title, resolver)


# a numbered item of a series by its kind: "Announcement No. 4", "Communiqué No. 12", "Bulletin #3"
_SERIES_ITEM = re.compile(r"^(?P<kind>[^\W\d_]{4,})\s+(?:no\.?|nr\.?|number|#|№)\s*\d", re.I)


def series_issuer(item_title: str | None, page_title: str | None) -> str | None:
    """Who issues a numbered item of a series, as the title of the page that collects the series says: "Announcement
    No. 4" under "Announcements by the IDF Spokesman and Statements by the Prime Minister" is the IDF Spokesman's
    (the phrase as the page title writes it, to be resolved); None when either title says nothing of it."""
    m = _SERIES_ITEM.match(item_title or "")
    if m is None or not page_title:
        return None
    kind, folded = _folded(m.group("kind")), _folded(page_title)
    issued = re.search(rf"\b{re.escape(kind)}s?\s+(?:by|of|from)\s+(?P<who>.+?)"
                       r"(?=\s+and\s+\w+\s+(?:by|of|from)\s|\s*[-–—,:;(]|\s*$)", folded, re.I)
    if issued is None:
        return None
    # (the page title's own words, where folding kept each letter in its place)
    return (page_title if len(folded) == len(page_title) else folded)[issued.start("who"):issued.end("who")]


def _folded(text: str) -> str:
    """``text`` without its accents ("Communiqués" reads "Communiques")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def forwarded(text: str, resolver: Resolver) -> Claimant | None:
    """Whom a channel's post is forwarded from ("Forwarded from Yuriy Ihnat" over the post's words): the
    channel or person it was first posted by claims it."""
    m = _FORWARDED.match(text)
    found = resolver.resolve(channel_name(m.group("who"))) if m is not None else None
    return found if named(found) else None


def channel_name(name: str) -> str:
    """A channel's name as a body's name is written in text: a channel titled in capitals ("KYIV CITY MILITARY
    ADMINISTRATION") or with a quoted part ('Air Command "West"') is the body's name in title case, its words bare
    ("Kyiv City Military Administration", "Air Command West"). Read as it stands, such a name is not found as the
    body it is and falls to its generic words ("Ukrainian military")."""
    name = _QUOTE_MARKS.sub(" ", name).strip()
    name = re.sub(r"\s+", " ", name)
    words = name.split()
    if len(words) < 2 or not all(w.isupper() for w in words if any(c.isalpha() for c in w)):
        return name
    return recased(name)


def signatory(text: str, resolver: Resolver) -> Claimant | None:
    """The body a statement is signed for, on a line of its own after its lead ("Brig. Gen. X, Official Spokesman
    of the Y", "Spokesperson for the Ministry of Defence"): a numbered statement or a communiqué that speaks in
    its body's voice ("Our forces repelled ...") is that body's, whoever signs it. The first signature counts; a
    body, office or party the files tie to a side, not a person or a place."""
    for line in text.split("\n")[1:]:
        m = _SIGNATURE.match(line.strip())
        found = resolver.resolve(m.group("body")) if m is not None else None
        if found is not None and found.who and found.side is not None and found.kind in ("body", "office", "polity"):
            return found
    return None


# a document opening its text with who issues it, maybe after a transcriber's mark and an opening formula: "[Text]
# In the name of God, the merciful. Communique No 3,243 issued by the General Command of the Armed Forces at 1600
# today: ...", "Statement of the Ministry of Defence: ..."; or a monitoring service's introduction of what it carries:
# "Text of special announcement by Biafran Army Headquarters: ...", "Excerpts from broadcast by the Head of State, X:"
# a monitored text's opening before its words: the monitor's mark ("[Text]") and an invocation ("In the name of God,
# the merciful, the compassionate.")
_TEXT_OPENING = r"^\s*(?:\[[A-Za-z ]{2,20}\]\s*)?(?:In\s+the\s+name\s+of\s+God[^.:]{0,80}[.:]\s*)?"
_ISSUED = re.compile(rf"{_TEXT_OPENING}"
                     r"(?:(?:(?:full\s+)?text|excerpts?|extracts?|summary)\s+(?:of|from)\s+)?"
                     r"(?:(?:an?|the)\s+)?(?:(?:special|joint|official|televised|radio)\s+)?"
                     rf"{DOCUMENT}\s+(?:(?:no\.?|number|nr\.?|#)\s*[\d,]+\s+)?(?:issued\s+by|of|from|by)\s+"
                     r"(?P<who>(?-i:[A-Z])[^:;.]{2,80}?|the\s+(?-i:[A-Z])[^:;.]{2,80}?)(?:\s+(?:at|on)\s+[^:;.]{1,40})?\s*:",
                     re.I)


# ... or a monitor's note in brackets opening the item, naming who speaks and their post ("[Recorded statement by
# Nguyen Huu Tho, chairman of the Presidium of the NFLSV Central Committee] Dear compatriots, ...")
_BRACKETED_INTRO = re.compile(r"^\s*\[(?:(?:recorded|taped|broadcast|televised)\s+)?(?:(?:an?|the)\s+)?"
                              rf"{DOCUMENT}\s+(?:by|of|from)\s+(?P<who>(?-i:[A-Z])[^\[\]]{{2,160}}?)\]", re.I)


# ... or who has issued the text that follows ("[Text] In the name of God, the merciful, the compassionate. The General
# Command of the Armed Forces has issued the following communique: ...")
_ISSUED_FOLLOWING = re.compile(rf"{_TEXT_OPENING}"
                               r"(?P<who>(?-i:[A-Z])[^:;.]{2,80}?)\s+(?:has|have)\s+(?:issued|released|broadcast)\s+"
                               rf"the\s+following\s+(?:(?:special|joint|official)\s+)?{DOCUMENT}\s*:", re.I)
# ... or a monitor's note on its own line over the item, naming whose document it gives ("Text of communique by the
# general staff of the Rwandan Armed Forces [FAR], read on Radio Rwanda" / the communique's text)
_NOTE_INTRO = re.compile(r"^\s*(?:(?:full|abridged|partial)\s+)?(?:text|excerpts?|extracts?|summary)\s+(?:of|from)\s+"
                         rf"(?:(?:an?|the)\s+)?(?:(?:recorded|taped|broadcast|televised)\s+)?{DOCUMENT}\s+"
                         r"(?:issued\s+)?(?:by|of|from)\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[^\n.:;]{2,160}?|the\s+[^\n.:;]{2,160}?)"
                         r"(?:,\s*(?:read|broadcast|carried)\s+(?:on|by|over)\s+[^\n]{2,80})?"
                         r"(?:\s+on\s+\d{1,2}\s+[A-Z][a-z]+)?\s*(?:\n|$)", re.I)
# (the note alone as the item's first paragraph, or over its text in one; the day it was broadcast, "on 23 August",
# closing it)


def issued_document(text: str, resolver: Resolver) -> Claimant | None:
    """Who a document opening its text says issues it ("Communique No 1,590 of the Khatam ol-Anbiya Central
    Headquarters: ...", "[Recorded statement by X, chairman of ...] Dear compatriots", a monitor's note "Text of
    communique by X, read on Radio Y" over it): that body or person, when a name it knows; None for any other text."""
    m = _ISSUED.match(text) or _BRACKETED_INTRO.match(text) or _NOTE_INTRO.match(text) or _ISSUED_FOLLOWING.match(text)
    found = resolver.resolve(m.group("who")) if m is not None else None
    return found if named(found) and found.side is not None else None


def bulletin(line: str, resolver: Resolver) -> Claimant | None:
    """The issuer of a bulletin its first line names ("Latest Ministry of Defence update on the
    fighting - 14 March 2023."): a body or office the files know, not a topic ("Latest war update on ...")."""
    m = _BULLETIN.match(PREFIX.sub("", line).strip())
    found = resolver.resolve(m.group("who")) if m is not None else None
    if found is None or found.who is None or found.side is None or found.kind not in ("body", "office"):
        return None
    return found


def dash_speaker(line: str, resolver: Resolver, cut: PhraseCutter) -> Claimant | None:
    """The speaker a headline names after a dash at its end ("Claims of captured villages are false - Armenian
    MoD", "Talks to resume next week - Peskov"): a person, body or office, not a place, a polity, an
    outlet's name ("- BBC News"), a date ("- 14 March") or one word no file knows ("- Kharkiv")."""
    m = _DASH_SPEAKER.match(_BADGES.sub("", PREFIX.sub("", line).strip()))
    if m is None:
        return None
    who, what = m.group("who").strip(), m.group("what").strip()
    if len(what.split()) <= NAME_LINE_WORDS and (named_first := resolver.resolve(what)) is not None \
            and named(named_first) and named_first.side is not None and named_first.kind == "body":
        return named_first  # "Liwa al-Tawhid - Aleppo": a body's name line and where it is, no claim and its speaker
    if len(who.split()) > 6 or not all(cut.describes(w) for w in who.split()) \
            or resolver.gaz.find(who, ("place",)):
        return None
    found = resolver.resolve(who)
    if found is not None and found.who and found.who.startswith(who) and _BADGES.fullmatch(found.who[len(who):]):
        found = Claimant(who, found.side, found.kind)  # the text's name ran into a badge ("Vilkov PHOTO")
    if found is None or found.who is None or found.kind not in ("person", "body", "office") \
            or find_outlets(who, resolver.lex):
        return None
    if found.kind == "person" and who.isupper() and resolver.gaz.get(found.who) is None:
        return None  # "WARNING 021/JAN/2024 - ATTACK", "... - SUSPICIOUS APPROACH": the notice's kind in capitals
    if found.side is None and found.kind == "person" and " " not in found.who:
        return _home_official(found, resolver)
    return found


def _home_official(found: Claimant, resolver: Resolver) -> Claimant | None:
    """A surname alone after a headline's dash ("Two injured in shelling - Prokudin"): in a national outlet, the way
    its feed names its own country's officials, a governor or a mayor, for its country's side; elsewhere one
    unknown word may be a place ("Drone strikes hit Odesa - Kharkiv") and names no one."""
    if resolver.home is None or not found.who or not NAME_TOKEN.fullmatch(found.who):
        return None
    return Claimant(found.who, resolver.home.side, found.kind)


def speaker_line(s: str, resolver: Resolver, cut: PhraseCutter) -> Claimant | None:
    """"President X: our troops have retaken the bridge", "Azerbaijani MoD: Enemy units began
    handing over weapons": a news list's line that opens with who speaks and a colon; the speaker claims
    what follows. A person must be one the gazetteer or a polity ties to a side, or one an office's title names
    ("Information Minister X:") (not "Analysis:",
    "Key Events:"); a place ("Kharkiv: two killed in shelling") names no one; a polity speaks only as it
    does in a title ("Israel: Hamas fired 30 rockets"); a transcript's speaker label ("HOST:") is no line
    of this kind."""
    body = _TRANSLATED.sub("", _STAMP.sub("", s[prefix_end(s):].strip()), count=1)
    m = _PREFIXED.match(body) or _INTRODUCED.match(body)
    if m is None or (SPEAKER_LABEL.match(body) and " " in m.group("who").strip()):
        return None  # a transcript's label names a person in two words or more; one word in capitals is an acronym
    label = _OCCASION.sub("", m.group("who").strip())
    who = _record_recased(label)
    # "Yuriy Ihnat, spokesman of the Air Force", "X (adviser, Office of the President)": a role after a name
    name = _BRACKETED.sub("", who).split(",")[0]
    # (a name's joined article is one of its words: "Khalid al-Aiser")
    if len(name.split()) > 6 or not all(cut.describes(w) or NAME_TOKEN.match(w) or w in resolver.lex.anonymous
                                        for w in name.split()) \
            or any(p.start == 0 and p.end == len(who) for p in resolver.gaz.find(who, ("place",))):
        return None
    found = resolver.resolve(who)
    if found is not None and found.kind == "unnamed" and found.side is not None:
        return found  # "Egyptian security sources: talks to resume": no one named, the side of the party they serve
    if found is None or found.who is None:
        return None
    if found.kind == "polity":
        return prefixed(body, resolver)
    if found.kind in ("body", "office") or (found.kind == "person" and (found.side is not None or _titled(label, found,
                                                                                                         resolver))):
        return found
    return None


def headline_person(title: str, resolver: Resolver) -> Claimant | None:
    """The person a headline opens with before a colon ("Zelensky: We will not cede Donbas", "Hamas's Osama Hamdan:
    ...", "Netanyahu at the cabinet meeting: ..."), whom the text below may name only by a role ("the Hezbollah
    leader said", "the prime minister said"); a place ("Kharkiv: ...") or a party names no person."""
    m = _PREFIXED.match(PREFIX.sub("", title).strip())
    if m is None:
        return None
    who = _AT_OCCASION.split(m.group("who").strip())[0]
    if who.lower() in _ROLE_LABELS:
        return None  # a transcript's question over the answer ("QUESTION: Does the U.S. have ...?"): no one's
    if resolver.gaz.find(who, ("place",)) or not all(w[:1].isupper() or w in ("al", "bin", "de") or w.startswith("al-")
                                                      for w in who.replace("'s ", " ").split()):
        return None  # a topic ("Operation X launched: ...") names no one
    topic = re.match(r"\S+\s+on\s", m.group("who").strip()) is not None
    if " " not in who and (who.isupper() or topic) and not resolver.gaz.find(who, ("person",)):
        # a section's kicker in capitals ("HAITI - SECURITY : ...", "FLASH : ..."), or a word over its topic ("Situation
        # on the fronts: ..."), no one the files know
        return None
    found = resolver.resolve(who)
    return found if found is not None and found.kind == "person" and found.who else None


def _titled(who: str, person: Claimant, resolver: Resolver) -> bool:
    """Whether a person is named with an office's title before the name ("Information Minister X", "Governor X"),
    or as a record names its speakers, a courtesy title and the surname in capitals ("Mr. FEDORENKO (Union of Soviet
    Socialist Republics)", "Lord CARADON"): the label is a speaker's even when it names no polity."""
    if _RECORD_SPEAKER.match(who):
        return True
    before = who[:who.rfind(person.who)] if person.who and person.who in who else ""
    return any(w in resolver.lex.titles or w.lower() in resolver.lex.office_words for w in before.split())


def _record_recased(who: str) -> str:
    """A record's speaker as a text writes the name: its words in capitals outside brackets recased ("Mr. EL KONY
    (United Arab Republic)" is "Mr. El Kony (United Arab Republic)", "The PRESIDENT" "The President"); any other
    label as it is."""
    if not (_RECORD_SPEAKER.match(who) or _RECORD_CHAIR.match(who)):
        return who
    head, bracket, rest = who.partition("(")
    return re.sub(r"\b[A-Z][A-Z'’-]+\b", lambda w: recased(w.group(0)), head) + bracket + rest


_RECORD_CHAIR = re.compile(rf"^{RECORD_CHAIR}$")
_RECORD_SPEAKER = re.compile(rf"^{RECORD_MEMBER}\b")


# a broadcast transcript's label: the speaker in capitals, maybe a rank before, then their role ("GEN. JOHN ROE,
# COMMANDER, U.S. CENTRAL COMMAND:", "JANE DOE, NORWEGIAN FOREIGN MINISTER (through translator):")
_CAPTIONED_LABEL = re.compile(r"^\s*(?P<name>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,5})(?:\s+\([A-Z.]{2,8}\))?,"
                              r"\s+(?P<role>[A-Z][A-Z.,'’&/\s-]{1,80}?)(?:\s+\([^()]{1,30}\))?:\s+\S")
_RANK = re.compile(r"^(?:[A-Z]{2,5}\.\s+)+")  # "GEN.", "LT. COL.", "SEN." before the name
_OWN_STAFF = frozenset({"byline", "anchor", "host", "correspondent", "reporter", "contributor", "analyst"})


def captioned_turn(s: str, resolver: Resolver) -> Claimant | None:
    """The person a broadcast transcript's turn opens with, labelled by name and role ("RICHARD ROE, CHAIRMAN, JOINT
    CHIEFS OF STAFF: ..."): they say what follows, for the side their role names ("..., IRAQI INFORMATION MINISTER"),
    if any. The broadcaster's own staff ("..., BYLINE:", "..., CNN ANCHOR:") speak in the outlet's voice."""
    m = _CAPTIONED_LABEL.match(s)
    if m is None:
        return None
    role = m.group("role").lower()
    if any(w.strip(".,") in _OWN_STAFF for w in role.split()) or find_outlets(role, resolver.lex):
        return None
    name = recased(_RANK.sub("", m.group("name")).replace(",", ""))
    if len(name.split()) < 2:
        return None
    # "Iraqi Information Minister Jane Doe"
    found = resolver.resolve(f"{recased(m.group('role').replace(',', ''))} {name}")
    return Claimant(name, found.side if found is not None else None, "person")


def transcript_turn(s: str, resolver: Resolver) -> Claimant | None:
    """The person a transcript's turn opens with, by their label in capitals ("JOHN KIRBY: We have seen ...",
    "AIR COMMODORE SMITH: Over the last 24 hours ...", "SECRETARY BLINKEN: ..."): they say what follows. A role's
    label ("QUESTION:", "HOST:", "UNIDENTIFIED MALE:") and a one-word label name no one."""
    answer = answered_by(s)
    m = SPEAKER_LABEL.match(s)
    if answer is not None:
        label = answer  # "ANSWER (LT. COL. VAUTRIN): ...", "A: (Col. Bikram Singh) ...": the one in brackets answers
    elif m is not None:
        label = m.group().strip().rstrip(":")
    else:
        return captioned_turn(s, resolver)
    if "(" in label:
        return None
    words = label.split()
    if len(words) < 2 or any(w.lower().strip(".") in _ROLE_LABELS for w in words):
        return None
    name = recased(_RANK.sub("", " ".join(words)))  # ("MAJ. GEN. PADILLA": Padilla)
    found = resolver.resolve(name)
    if found is not None and found.kind in ("polity", "body") and any(p.start == 0 and p.end == len(name)
                                                             for p in resolver.sides.find(name)):
        return Claimant(name, found.side, "person")  # a leader a sides file names among a polity's forms
    return found if found is not None and found.who and found.kind == "person" else None


def prefixed(title: str, resolver: Resolver) -> Claimant | None:
    """"Israel: Hamas fired 30 rockets": a party before a colon claims what another party named after it did (not its
    own state: "ISLAMABAD: Pakistan launched ..." is a story's dateline). A place ("Khartoum: shelling resumes"), a
    headline not naming a party first ("Sudan: 20 killed in ...") and a topic over a Title Case headline ("Sudan:
    Humanitarian Situation Report") name no one."""
    m = _PREFIXED.match(title)
    if m is None or resolver.gaz.find(m.group("who"), ("place",)):
        return None
    rest = m.group("rest")
    if not any(p.start == 0 for p in resolver.sides.find(rest)) and \
            not any(n.start == 0 for n in resolver.gaz.find(rest, ("person", "body"))):
        return None
    words = [w for w in rest.split()[1:] if len(w) > 3 and w[:1].isalpha()]
    if sum(w[:1].islower() for w in words) <= sum(w[:1].isupper() for w in words):
        return None
    found = resolver.resolve(m.group("who"))
    if found is not None and any(p.start == 0 and p.values[0].side == found.side for p in resolver.sides.find(rest)):
        return None  # "ISLAMABAD: Pakistan on Saturday launched ...": a dateline over its own state's act, no claim
    return found if found is not None and found.side is not None else None
