"""The phrasing of claims in English (``chronik/data/claims.yaml``), compiled once into matchers."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from chronik.extract.matcher import PhraseMatcher, phrase_set
from chronik.extract.schema import Reader, packaged

CLAIMS_FILE = Path(__file__).resolve().parent.parent / "data" / "claims.yaml"
WORD_LISTS = ("auxiliaries", "according", "citing", "statement_by", "interview", "cited_as", "statement_nouns",
              "hearsay", "background", "intro_words", "pronouns", "independent", "titles", "abbreviations",
              "unnamed", "affiliation", "outlet_names", "outlet_openers", "outlet_closers", "outlet_nouns",
              "state_outlet", "anonymous", "body_nouns", "not_names", "invertible", "rebuttal", "descriptor_nouns",
              "describing", "partisans", "acts", "named_days", "place_nouns", "region_words", "delegates", "platforms",
              "un_posts", "institutions", "ranks", "not_name_heads", "collective_nouns", "civic_nouns",
              "inner_honorifics")


@dataclass(frozen=True)
class Office:
    """An office or title; ``template`` names a claimant from a polity (see claims.yaml)."""

    name: str
    template: str
    person: bool = False
    minor: bool = False


@dataclass(frozen=True)
class ClaimLexicon:
    strong: PhraseMatcher[str]
    plural: frozenset[str]  # strong verbs in a bare form, which report only after a plural subject
    weak: PhraseMatcher[str]
    deeds: PhraseMatcher[str]  # weak verbs whose subject must be a person, office or body
    auxiliaries: frozenset[str]
    according: PhraseMatcher[str]
    citing: PhraseMatcher[str]
    statement_by: PhraseMatcher[str]
    interview: PhraseMatcher[str]
    cited_as: PhraseMatcher[str]
    statement_nouns: PhraseMatcher[str]
    hearsay: PhraseMatcher[str]
    background: PhraseMatcher[str]
    intro_words: frozenset[str]
    pronouns: frozenset[str]
    unnamed: frozenset[str]
    affiliation: PhraseMatcher[str]
    independent: PhraseMatcher[str]
    titles: frozenset[str]
    abbreviations: tuple[str, ...]
    offices: PhraseMatcher[Office]
    office_words: frozenset[str]
    issuers: PhraseMatcher[Office]  # a state office's name in its state's language, in a page's publisher
    outlet_names: PhraseMatcher[str]
    outlet_openers: frozenset[str]
    outlet_closers: frozenset[tuple[str, ...]]
    outlet_nouns: PhraseMatcher[str]
    state_outlet: frozenset[str]
    anonymous: frozenset[str]
    body_nouns: frozenset[str]
    not_names: frozenset[str]
    not_name_heads: frozenset[str]  # "Operation", "Battle": the first word of an operation's name, no person's
    collective_nouns: frozenset[str]  # "alliance", "team": what a text calls a body it named before (page_people.py)
    civic_nouns: frozenset[str]  # "association", "forum": the last word of a civic body's name, of no party
    inner_honorifics: frozenset[str]  # "Sheikh": a title before a name, a word of it between two names
    invertible: frozenset[str]
    rebuttal: frozenset[str]
    descriptor_nouns: frozenset[str]
    describing: frozenset[str]  # "the paramilitary RSF": words that describe a party before its name
    partisans: frozenset[str]
    acts: PhraseMatcher[str]
    independent_words: frozenset[str]
    named_days: PhraseMatcher[str]
    place_nouns: frozenset[str]
    region_words: frozenset[str]
    delegates: tuple[str, ...]  # who speaks for a state at a meeting ("the representative of X", "X's delegate")
    platforms: frozenset[str]  # social platforms that host an account ("Facebook", "Telegram")
    un_posts: PhraseMatcher[str]  # the UN's posts in a country or crisis ("Humanitarian Coordinator for Syria")
    institutions: frozenset[str]  # museums, libraries, archives: a publisher named after an office it is not
    ranks: PhraseMatcher[str]  # military ranks: "Colonel X" with no polity is an officer of the home country's forces


def read_lexicon(path: Path, marked: bool = True) -> ClaimLexicon:
    """Parse a claims file; raise ChronikError listing every problem."""
    r = Reader(path, marked)
    data = r.data
    r.unknown_keys(data, ("verbs", "offices", "issuers", *WORD_LISTS), "the claims lexicon")
    verbs = r.mapping(data, "verbs", "the claims lexicon")
    lists = {k: r.strings(data, k, "the claims lexicon") for k in WORD_LISTS}
    offices: dict[str, list[Office]] = {}
    words: set[str] = set()
    for i, node in enumerate(r.seq(data, "offices", "the claims lexicon")):
        where = f"offices[{i}]"
        r.unknown_keys(node, ("name", "forms", "template", "person", "minor"), where)
        name = r.text(node, "name", where, required=True)
        if name is None:
            continue
        office = Office(name, r.text(node, "template", where) or "{adjective} " + name,
                        bool(node.get("person", False)), bool(node.get("minor", False)))
        for form in r.strings(node, "forms", where) or [name]:
            offices.setdefault(form, []).append(office)
            words.update(w.lower() for w in form.split())
    by_name = {o.name: o for found in offices.values() for o in found}
    issuers: dict[str, list[Office]] = {}
    for name in r.mapping(data, "issuers", "the claims lexicon") or {}:
        if name not in by_name:
            r.add(data["issuers"], name, f"issuers: {name!r} is no office of offices:", "an office's name")
            continue
        for form in r.strings(data["issuers"], name, f"issuers: {name}"):
            issuers.setdefault(form, []).append(by_name[name])
    r.check()
    plural = r.strings(verbs, "plural", "verbs")
    return ClaimLexicon(
        strong=phrase_set(r.strings(verbs, "strong", "verbs") + plural),
        plural=frozenset(plural),
        weak=phrase_set(r.strings(verbs, "weak", "verbs")),
        deeds=phrase_set(r.strings(verbs, "deeds", "verbs")),
        auxiliaries=frozenset(a.lower() for a in lists["auxiliaries"]),
        according=phrase_set(lists["according"]),
        citing=phrase_set(lists["citing"]),
        statement_by=phrase_set(lists["statement_by"]),
        interview=phrase_set(lists["interview"]),
        cited_as=phrase_set(lists["cited_as"]),
        statement_nouns=phrase_set(lists["statement_nouns"]),
        hearsay=phrase_set(lists["hearsay"]),
        background=phrase_set(lists["background"]),
        intro_words=frozenset(w.lower() for w in lists["intro_words"]),
        pronouns=frozenset(p.lower() for p in lists["pronouns"]),
        unnamed=frozenset(w.lower() for w in lists["unnamed"]),
        affiliation=phrase_set(lists["affiliation"]),
        independent=phrase_set(lists["independent"]),
        titles=frozenset(lists["titles"]),
        abbreviations=tuple(lists["abbreviations"]),
        offices=PhraseMatcher(offices),
        office_words=frozenset(words),
        issuers=PhraseMatcher(issuers),
        outlet_names=phrase_set(lists["outlet_names"]),
        outlet_openers=frozenset(lists["outlet_openers"]),
        outlet_closers=frozenset(tuple(c.split()) for c in lists["outlet_closers"]),
        outlet_nouns=phrase_set(lists["outlet_nouns"]),
        state_outlet=frozenset(w.lower() for w in lists["state_outlet"]),
        anonymous=frozenset(w.lower() for w in lists["anonymous"]),
        body_nouns=frozenset(lists["body_nouns"]),
        not_names=frozenset(lists["not_names"]),
        invertible=frozenset(w.lower() for w in lists["invertible"]),
        rebuttal=frozenset(w.lower() for w in lists["rebuttal"]),
        descriptor_nouns=frozenset(w.lower() for w in lists["descriptor_nouns"]),
        describing=frozenset(w.lower() for w in lists["describing"]),
        partisans=frozenset(w.lower() for w in lists["partisans"]),
        acts=phrase_set(lists["acts"]),
        independent_words=frozenset(w.lower() for w in lists["independent"]),
        named_days=phrase_set(lists["named_days"]),
        place_nouns=frozenset(w.lower() for w in lists["place_nouns"]),
        region_words=frozenset(lists["region_words"]),
        delegates=tuple(lists["delegates"]),
        platforms=frozenset(p.lower() for p in lists["platforms"]),
        un_posts=phrase_set(lists["un_posts"]),
        institutions=frozenset(lists["institutions"]),
        ranks=phrase_set(lists["ranks"]),
        not_name_heads=frozenset(lists["not_name_heads"]),
        collective_nouns=frozenset(lists["collective_nouns"]),
        civic_nouns=frozenset(w.lower() for w in lists["civic_nouns"]),
        inner_honorifics=frozenset(lists["inner_honorifics"]),
    )


@functools.cache
def default_lexicon() -> ClaimLexicon:
    """The lexicon shipped with chronik (read once per process)."""
    return packaged(functools.partial(read_lexicon, CLAIMS_FILE))
