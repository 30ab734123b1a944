"""Update or context: does a paragraph report an event, a statement or a plan of its own, or only background?

A paragraph with a date of its own act is an update; one under a background label ("Background", "Notes to
editors") is context. Otherwise its wording decides, read in its main clauses (:mod:`chronik.segment.prose`):

* an announced plan with a time ("Talks are set to resume next week") is news: an update;
* a verb in the past or somebody saying something is an update, unless the act lies in a period well before
  the page's day ("The war began in April 2023", "Russia annexed Crimea in 2014") or spans months or years
  ("dominated politics for three decades"): background;
* a present perfect reports a new act ("Russia has launched a massive attack") unless it states how things
  have stood ("have so far failed", "has been under blockade since 2007", "The war has killed 40,000");
* anything else (a description in the present: "El Fasher is the last major city ...") is context.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from chronik.dates import Mention
from chronik.segment import prose
from chronik.segment.finder import DateFinder
from chronik.segment.lexicon import lexicon
from chronik.segment.units import Unit

UPDATE, CONTEXT = "update", "context"
_SINCE = re.compile(r"\bsince\b", re.I)
SINCE_WINDOW = 40  # characters after "since" in which its date is looked for


def kind_of(unit: Unit, act: bool, finder: DateFinder, publication: dt.date | None) -> str:
    """``update``, ``context`` or ``aside`` for ``unit``; ``act``: its text names the day of its own act;
    ``finder``: the page's, anchored on ``publication`` or the day the page structure gives the unit."""
    if unit.kind == "aside":
        return "aside"
    if unit.what not in ("paragraph", "bullet") or act:
        return UPDATE
    if any(lexicon().background_labels.match(t) for t in unit.tags):
        return CONTEXT  # (under "Background" or "Notes to editors", whatever its verbs)
    anchored = finder.with_anchor(unit.section.date if unit.section else publication)
    return CONTEXT if background(unit.lead, anchored) else UPDATE


def background(text: str, finder: DateFinder) -> bool:
    """Whether a paragraph that names no day of its own act is background (see the module docstring)."""
    main = prose.main_text(text)
    if prose.plans(main) and _names_a_time(main, finder):
        return False
    lead = prose.first_sentence(text)
    if prose.has_past_verb(main) or prose.reports(main):
        return prose.long_duration(main) or _long_ago(lead, finder)
    return not _new_perfect(main, lead, finder)


def _names_a_time(main: str, finder: DateFinder) -> bool:
    """A time a plan is for: a date ("on Friday", "next week") or "in the coming days"."""
    return bool(finder.find(main)) or bool(lexicon().future_times.search(main))


def history(text: str, finder: DateFinder) -> bool:
    """Background on times long before the page's days, wherever in the paragraph ("The ICRC has been present in
    Ethiopia since 1977"): the story of a place or an organisation, not of the page's news."""
    if finder.news_day is None or not background(text, finder):
        return False
    before = finder.news_day - dt.timedelta(days=lexicon().history_days)
    return any(m.timex.end is not None and m.timex.end < before for m in finder.find(text))


RECAP_DAYS = 31  # how far before the page's day a recap's last act may be: the weeks that led to the page's news


def history_lead(text: str, act: Mention, finder: DateFinder) -> bool:
    """Whether ``text`` opens on history, its first sentence naming a period that ended before the page's days ("Russian
    forces took control of Crimea in late February ...", "ISIL seized Mosul in June 2014, ..."), and goes on to a day
    of the page's weeks (``act``) in a later sentence: a recap, its last days telling how the story came to the page's
    news, not the news. (In a page telling the past, "On May 22, Nasser closed the Straits" after "In the spring of
    1967, ..." is of its days, long before the page's too.)"""
    lead = prose.first_sentence(text)
    if finder.news_day is None or act.start < len(lead) or act.timex.start is None:
        return False
    return act.timex.start >= finder.news_day - dt.timedelta(days=RECAP_DAYS) and _long_ago(lead, finder)


def _long_ago(sentence: str, finder: DateFinder) -> bool:
    """The sentence's main clauses name a period that ended before the page's days ("in April 2023", "in 2014",
    "last month"): what it tells is background to the page's news."""
    if finder.news_day is None:
        return False
    before = finder.news_day - dt.timedelta(days=lexicon().conflict_days)
    quotes = prose.quoted_spans(sentence)
    for m in finder.find(sentence):
        if any(a <= m.start < b for a, b in quotes) or prose.in_subordinate(sentence, m.start):
            continue
        if m.timex.end is not None and m.timex.end < before:
            return True
    return False


def _new_perfect(main: str, lead: str, finder: DateFinder) -> bool:
    """A present perfect reporting a new act in the lead sentence ("Russia has launched a massive missile attack"),
    not a standing state: "so far", "long", "repeatedly", a long period, "since" a day more than a few days back,
    or a tally of the war ("The war has killed more than 40,000", "have been killed in the war"). A verb of saying
    is no act here: when it reports something new, :func:`prose.reports` has said so."""
    lex = lexicon()
    lead_main = prose.main_text(lead)
    participles = [(p, at) for p, at in prose.perfect_participles(lead_main) if not lex.reporting.fullmatch(p)]
    if not participles or lex.standing_markers.search(main) or prose.long_duration(main):
        return False
    if any(_war_subject(lead_main[:at]) for _, at in participles):
        return False
    if any(p in lex.tally_verbs for p, _ in participles) and lex.war_nouns.search(lead):
        return False
    return not _since_long_ago(lead, finder)


def _war_subject(subject: str) -> bool:
    """The war itself, referred to as known ("The war", "The four weeks of fighting"), not a new outbreak ("Heavy
    fighting")."""
    lex = lexicon()
    war = lex.war_nouns.search(subject)
    return war is not None and any(w in lex.determiners for w in re.findall(r"[\w’'-]+", subject[:war.start()].lower()))


def _since_long_ago(sentence: str, finder: DateFinder) -> bool:
    """"since 2007", "since the start of the invasion": a state that has lasted; "since Saturday" is recent."""
    recent = finder.news_day - dt.timedelta(days=lexicon().max_span_days) if finder.news_day else None
    for m in _SINCE.finditer(sentence):
        window = sentence[m.end():m.end() + SINCE_WINDOW]
        dates = list(itertools.islice(finder.find(window), 1))
        if not dates or recent is None or dates[0].timex.start is None or dates[0].timex.start < recent:
            return True
    return False
