"""Cues in a paragraph's wording: does it continue the one above, is it background, which clause is main?

These are shallow, rule-based readings of English news prose (no parser, no model): quotes, pronoun
subjects, subordinate clauses opened by "since", "which", "after"..., past-tense verbs. The word lists
are in ``chronik/data/segment.yaml``.
"""

from __future__ import annotations

import re

from chronik.segment.lexicon import lexicon

_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»|„[^„“”]*[“”]")
_OPENS_WITH_QUOTE = re.compile(r"^[“\"‘«„]")
# after the closing quote, a speaker introduced in full: "…,” Hikmet Hajiyev, assistant to the president, told …
_NAME_PART = r"(?:[A-Z][\w’'.-]*|(?:al|el|bin|ibn|de|da|van|von|der|la|le)(?:-[A-Z][\w’'.-]*)?)"
_NEW_SPEAKER = re.compile(rf"[”\"’»],?\s+[A-Z][\w’'.-]+(?:\s+{_NAME_PART}){{1,3}},\s+[a-z]")
_BOUNDARY = re.compile(r"[,;:—–(]|[.!?](?=\s)")
_WORD = re.compile(r"[\w’'-]+")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text)]


def continues(text: str) -> bool:
    """True when a paragraph carries on the one above instead of reporting an act of its own.

    A quote (unless it introduces a new speaker in full), "He said ..."/"Using ..., he continued",
    "X added that ...", "The person said ..."/"Another resident ...", "Reuters also cited ...", or a
    paragraph in lower case.
    """
    lex = lexicon()
    if text[:1].islower():
        return True
    if _OPENS_WITH_QUOTE.match(text):
        return not _NEW_SPEAKER.search(text)
    return any(p.match(text) for p in (lex.pronoun_start, lex.linking_verbs, lex.anaphoric_start, lex.sourcing_start))


_SURNAME_START = re.compile(r"^([A-Z][a-z’'-]+)\s+(?:also\s+|then\s+|later\s+)?[a-z]")


def same_person(text: str, previous: str) -> bool:
    """The paragraph opens with a surname the paragraph above gave in full ("Ilham Aliyev ..." then
    "Aliyev praised ..."): a second reference, carrying on the same story."""
    m = _SURNAME_START.match(text)
    return bool(m) and bool(re.search(rf"(?<![\w])[A-Z][\w’'-]+\s+{re.escape(m.group(1))}(?![\w])", previous))


def clause_prefix(text: str, start: int) -> str:
    """The words of the clause before offset ``start`` (from the last comma, colon or sentence end)."""
    cut = 0
    for m in _BOUNDARY.finditer(text, 0, start):
        cut = m.end()
    return text[cut:start]


def _complement_that(prefix: str, at: int) -> bool:
    """"said that ...", "told reporters that ...": a reported claim, not a relative clause."""
    before = _WORD.findall(prefix[:at])[-4:]
    return any(lexicon().reporting.fullmatch(w) for w in before)


def in_subordinate(text: str, start: int) -> bool:
    """True when offset ``start`` sits in a subordinate clause ("since ...", "which broke out on ...")."""
    prefix = clause_prefix(text, start)
    for m in lexicon().subordinators.finditer(prefix):
        if (m.group().lower() == "that" and _complement_that(prefix, m.start())) or _acronym(prefix, m):
            continue
        return True
    return False


def _acronym(text: str, m: re.Match[str]) -> bool:
    """A subordinator's letters in capitals are an acronym: "WHO" is the World Health Organization."""
    word = text[m.start():m.end()]
    return len(word) > 1 and word.isupper()


def hangs_on_event(text: str, start: int) -> bool:
    """A date attached to an event noun ("an offensive on September 19-20", "fighting in 2020")."""
    before = _WORD.findall(text[max(0, start - 40):start])
    while before and before[-1].lower() in ("on", "in", "of", "from", "late", "early", "the", "since"):
        before.pop()
    return bool(before) and before[-1].lower() in lexicon().event_nouns


def main_clauses(text: str) -> str:
    """``text`` without subordinate clauses (each cut from its opening word to the next comma)."""
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
    out.append(text[pos:])
    return "".join(out)


def _speech_removed(text: str) -> str:
    """``text`` without quotations of five words or more (short scare quotes stay: “categorically denied”)."""
    return _QUOTED.sub(lambda m: m.group() if len(_WORD.findall(m.group())) < 5 else " QUOTE ", text)


def has_past_verb(text: str) -> bool:
    """A verb in the simple past ("ended", "said", "were killed"), not a participle ("has ended", "backed by")."""
    lex = lexicon()
    words = _WORD.findall(text)
    for i, word in enumerate(words):
        low = word.lower()
        irregular = low in lex.past_irregular
        regular = len(low) > 4 and low.endswith("ed") and low not in lex.not_past
        if not (irregular or regular):
            continue
        before = words[i - 1].lower() if i else ""
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if before in ("was", "were"):
            return True  # a past passive: "were killed", "was said to be demanding"
        if before in lex.auxiliaries or before in lex.determiners or (regular and after == "by"):
            continue
        return True
    return False


def _reports(text: str) -> bool:
    """Somebody says, claims or urges something (a reporting verb, not the noun: "numerous calls")."""
    lex = lexicon()
    for m in lex.reporting.finditer(text):
        if text[m.start() - 1:m.start()] in ("-", "‐"):
            continue  # "so-called"
        before = _WORD.findall(text[max(0, m.start() - 30):m.start()])
        if not before or before[-1].lower() not in lex.determiners:
            return True
    return False


def _main(text: str) -> str:
    return main_clauses(_speech_removed(text))


def timeless(text: str) -> bool:
    """No act in the past in the main clauses: a description of how things stand."""
    return not has_past_verb(_main(text))


def is_context(text: str) -> bool:
    """Background with no event of its own: timeless and nobody reports, claims or urges anything."""
    main = _main(text)
    return not has_past_verb(main) and not _reports(main)
