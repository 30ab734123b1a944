"""The word classes claimant phrases are read with, shared by the modules that read them (speaker_phrase.py,
mentions.py, bodies.py, people.py, resolver.py): the shape of a word of a name, articles and determiners, the
connectives inside an organisation's name, and the initials an acronym stands for."""

from __future__ import annotations

import re

from chronik.extract.gazetteer import ARTICLES

# the participles that tie a body to the party that runs it, in a compound ("Houthi-run", "Russian-installed") or a
# clause ("which is run by the Houthis")
RUN_BY_VERBS = "installed|backed|run|appointed|controlled|led|held|allied"

SEGMENT = re.compile(r",|;|\s-\s")  # what separates a phrase's segments (a head and its appositions)
ARTICLE_WORDS = {"the", "a", "an"}
ORG_CONNECTIVES = {"of", "for", "and", "the"}  # the lower-case words inside an organisation's name
DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those"}
# the auxiliary and modal verbs: no word of a name ("Text Would Have Called for ..."), and what a relative pronoun
# may have before its verb ("who was killed")
AUXILIARIES = frozenset({"would", "will", "have", "has", "had", "could", "should", "may", "might", "must", "can",
                         "did", "does", "is", "are", "was", "were"})
# A word of a name: capitalised, or an Arabic article or patronymic joined to a capitalised word
# ("al-Burhan", "ad-Din", "bin-Zayed")
JOINED = rf"(?:(?:{ARTICLES}|bin|ibn|abu)-)?"
# a capital letter, accented ones too ("Óscar", "Ángel", "Šefčovič", "Çelik"): Latin-1's and Latin Extended-A's
CAPITAL = "A-ZÀ-ÖØ-ÞĀ-Ž"
NAME_WORD = rf"{JOINED}[{CAPITAL}][\w'.-]*"
NAME_TOKEN = re.compile(rf"^{NAME_WORD}$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_LEADING_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.I)
# how many speak, before who they are ("two Israeli sources", "Several residents"): no word of their name
COUNT_WORDS = frozenset({"one", "two", "three", "four", "five", "several", "some", "many"})


def without_the(phrase: str) -> str:
    """The phrase without a leading "the" ("the Defence Ministry" → "Defence Ministry")."""
    return _LEADING_THE.sub("", phrase)


def without_article(phrase: str) -> str:
    """The phrase without a leading article ("a UN commission of inquiry" → "UN commission of inquiry")."""
    return _LEADING_ARTICLE.sub("", phrase)


def initials(name: str) -> str:
    """"United Arab Emirates" → "UAE", "DR Congo" → "DRC" (an acronym in a name counts letter by letter)."""
    return "".join(w if w.isupper() else w[0] for w in re.split(r"[\s-]+", name.replace(".", ""))
                   if w[:1].isupper())
