"""Who says what an update reports: find the reporting frames of its sentences, resolve the
claimant each names (resolver.py) and choose one for the update.

Frames, strongest first within a sentence: "citing X" / "X cited Y as saying"; a trailing
"..., X said."; "according to X", "a statement by X", "In an interview ..., X"; "X said/announced/...".
The update's claimant is named in its first paragraph (its lead): the first strong frame there
(outside sentences that recall earlier claims: "Prior to that, ..."); else a weak frame ("X
called", "X expressed") or a direct quote in the first sentence; else the headline ("Genocide
Watch Statement on ..."); a lead that is a bare quotation takes the first strong frame after it.
A post's headline line over its text ("Death toll rises to 68" over "The ombudsman said ...") is a lead with the
paragraph below it. A denial after the lead's opening sentence ("The market was shelled twice. ... X denied any
role.") answers the outlet's account and sources nothing. What opens a line before its words, a dateline ("KHARTOUM,
June 3 (Agency) - ") or a timeline's date ("Sunday, 24 September - "), is never a claimant's (frame_phrase.PREFIX).
A news list's line that opens with a speaker and a colon ("Azerbaijani MoD: Enemy units began ...", "X, spokesman
of the Air Force: ...", "Prime Minister X at the session of ...:" over a quotation) is a strong frame of that
speaker, as "Israel: Hamas fired 30 rockets" is in a title; a place before the colon names no one. So are a Telegram
post's "Forwarded from X", a headline's speaker after a closing dash ("... are false - X") and a bulletin's issuer
("Latest Ministry of Defence update on ..."), in the title or the update's first line. A live blog's address to its
readers ("Hello and welcome to our rolling coverage ...") makes its lead the outlet's own summary.
A lead whose frames name no one ("according to preliminary data", "officials said", "was said
to") gives no claimant and no side, or the side of the party its sources are tied to ("sources close
to the army"); a lead with no frame at all, or only frames whose words name no source ("according to
local tallies"), is the outlet's own narrative and gets the narrative side of sides.yaml.
A generic "the military said" is the one army the title or an earlier sentence opens with ("IDF
begins raids" ... "The military says"), when exactly one side's army is named there.
The page's source says more (see extract/own_voice.py): a state office's own release (a publisher naming the office,
also in its state's language, "Présidence de la République du Niger"; or a title naming who issues it, "Communiqué
No. 12 of the ...") speaks as that office, for its state (``issuer``); a national outlet named after its country,
people or city ("The Kyiv Independent") names its own country's offices without a polity ("the regional governor
said", ``home``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace

from chronik.extract.acronyms import Labeller
from chronik.extract.claimant import Claimant, named
from chronik.extract.court_records import CourtRecord
from chronik.extract.frame_phrase import PhraseCutter
from chronik.extract.gazetteer import Gazetteer, Name
from chronik.extract.hearing_turns import hearing_turn
from chronik.extract.lead import cue, headline_line, narrative, told
from chronik.extract.lexicon import ClaimLexicon
from chronik.extract.line_claimants import (
    bulletin,
    dash_speaker,
    forwarded,
    headline_claimant,
    headline_person,
    issued_document,
    signatory,
    speaker_line,
    transcript_turn,
)
from chronik.extract.mentions import named_entries
from chronik.extract.outlets import find_outlets
from chronik.extract.page_people import PagePeople, names_body
from chronik.extract.page_voice import Voice, page_voice
from chronik.extract.publisher import (
    account_owner,
    home_country,
    names_itself,
    publishing_body,
    release_issuer,
    state_release,
)
from chronik.extract.resolver import Resolver
from chronik.extract.result_items import names_outlet, outlet_line
from chronik.extract.sentence_frames import STRONG, WEAK, Candidate, FrameReader
from chronik.extract.sides import Polity, SideBook
from chronik.extract.text import paragraph_spans, sentence_spans

_TURN = "transcript-turn"  # the frame of a transcript's speaker label

__all__ = ["STRONG", "WEAK", "Attribution", "Attributor", "Candidate"]


@dataclass
class Attribution:
    """The update's claimant, and the claimant of each sentence (for figures)."""

    who: str | None
    side: str | None
    unknown: bool = False  # a claimant was found but has no side
    reported: bool = False  # the claimant's words are reported in the text by a strong verb ("X told ...")
    sentences: list[tuple[int, int]] = field(default_factory=list)
    by_sentence: list[Claimant | None] = field(default_factory=list)


class Attributor:
    """Attribution with one lexicon, sides file and gazetteer (built once per run): the frames of each sentence
    (sentence_frames.py), the claimants a line names by its form (line_claimants.py) and the lead's shape
    (lead.py), from which it chooses the update's claimant."""

    def __init__(self, lexicon: ClaimLexicon, sides: SideBook, gazetteer: Gazetteer):
        self.lex = lexicon
        self.sides = sides
        self.gaz = gazetteer
        self.cut = PhraseCutter(lexicon)
        self.frames = FrameReader(lexicon, self.cut)
        self.labels = Labeller(sides, gazetteer)
        self._issuers: dict[tuple[str, str | None], Claimant | None] = {}
        self._homes: dict[tuple[str, str | None, str | None], Polity | None] = {}
        self._accounts: dict[str, Claimant | None] = {}
        self._bodies: dict[str, Name | None] = {}
        self._voices: dict[tuple[str, str | None], Voice | None] = {}
        self._named: dict[str, Claimant | None] = {}
        self.people = PagePeople(sides.narrative)  # the people the page being attributed named before, with their sides
        self.court = CourtRecord()  # the chamber of the court record being attributed (court_records.py)

    def attribute(self, text: str, title: str | None = None, home: Polity | None = None,
                  row: str | None = None, page: str | None = None, year: int | None = None) -> Attribution:
        """``text`` and ``title`` already normalised (text.normalize); paragraphs split by blank lines; ``home``: the
        polity of the outlet's own country (:meth:`home`); ``row``: the table row ``text`` is the event cell of;
        ``page``: the source it is an update of, whose people named before keep their sides (page_people.py);
        ``year``: the update's, which tells who of two people of one surname is meant (the one in office)."""
        first, _, rest = text.partition("\n")
        if rest.strip() and names_outlet(first, self.lex):  # (checked first: a resolver per update is no small cost)
            outlet = outlet_line(first, Resolver(self.lex, self.sides, self.gaz, set(), home))
            return self._result_item(outlet, len(first) + 1, self.attribute(rest, title, home, row, page, year))
        spans = sentence_spans(text, self.lex.abbreviations)
        paragraphs = paragraph_spans(text)
        if len(paragraphs) > 1 and headline_line(text[slice(*paragraphs[0])]):
            paragraphs = [(paragraphs[0][0], paragraphs[1][1]), *paragraphs[2:]]  # the lead: a headline, its text
        known = named_entries(text, self.gaz, self.lex, self.sides, year)
        resolver = Resolver(self.lex, self.sides, self.gaz, known, home)
        resolver.introduce(text, row)
        self.people.open(page)
        if names_body(text, self.lex.collective_nouns):  # ("the alliance said" later on: page_people.py)
            self.people.learn_bodies([Claimant(p.text, p.values[0].side, "body") for p in self.sides.find(text)]
                                     + [Claimant(e.name, e.side, "body") for e in known if e.kind == "body"],
                                     self.lex.collective_nouns)
        resolver.page_people = self.people
        found: list[Candidate] = []
        for i, (start, _) in enumerate(spans):
            para = next(k for k, (_, p_end) in enumerate(paragraphs) if start < p_end)
            found.extend(self.frames.read(text, spans, i, para, paragraphs[para][0], resolver))
        # the first sentence that says something: not a cue before it ("The diplomacy now.", "To Kherson.")
        opening = next((k for k, (a, b) in enumerate(spans) if not cue(text[a:b])), 0)
        sender, hearing = forwarded(text, resolver), None
        if sender is not None:
            found.insert(0, Candidate(0, 0, 0, 0, STRONG, "forwarded", sender))
        elif spans and paragraphs and spans[0][0] < paragraphs[0][1]:
            first = text[slice(*spans[0])]
            hearing = hearing_turn(first, resolver)  # "Senator WICKER. Thank you, ...": the senator says it all
            speaker = speaker_line(first, resolver, self.cut) or dash_speaker(first, resolver, self.cut) \
                or bulletin(first, resolver) or issued_document(text[slice(*paragraphs[0])], resolver) or hearing
            if speaker is not None:  # "President X: our troops have retaken the bridge"
                found.insert(0, Candidate(0, 0, 0, spans[0][0], STRONG, "speaker-line", speaker))
            elif (turn := transcript_turn(first, resolver)) is not None:
                # "JOHN KIRBY: We have seen ...": the speaker says it, unless the turn relays a source that says it
                # ("TARAS MELNYK: The governor said ...", a correspondent's report)
                found.append(Candidate(opening, 0, 0, spans[0][0], WEAK, _TURN, turn))
        if told(text, spans, opening):
            found = [c for c in found if c.paragraph > 0]  # its lead is the outlet's summary
        lead = [c for c in found if c.paragraph == 0]
        if any(c.frame != _TURN and (c.tier == STRONG or self._unnamed(c)) for c in lead):
            found = [c for c in found if c.frame != _TURN]  # a turn that relays a source: the source's claim
            lead = [c for c in found if c.paragraph == 0]
        chosen = self._choose(found, title, resolver, quoted_lead=not narrative(text[slice(*paragraphs[0])])
                              if paragraphs else False, opening=opening)
        if chosen is not None and resolver.generic_force(chosen):
            # "The military says ..." under "IDF announces ground raids": the one army named before it
            at = next((c.pos for c in found if c.claimant is chosen), 0)
            subjects = [self.cut.subject(text[a:b]) for a, b in spans if b <= at]
            subjects += [self.cut.subject(title)] if title else []
            earlier = self.people.force()  # the page's one army: the side, the text's own name for it ("the army")
            chosen = resolver.force_in("\n\n".join(subjects)) \
                or (Claimant(chosen.who, earlier.side, chosen.kind) if earlier is not None else chosen)
        if chosen is None:
            chosen = signatory(text, resolver)  # a statement in its body's voice, signed for the body
        out = Attribution(None, None, sentences=spans)
        unnamed_sides = {c.claimant.side if c.claimant else None for c in lead if self._unnamed(c)}
        carried = self.people.hearing(hearing, sourced=chosen is not None or bool(unnamed_sides))
        chosen = chosen or carried  # a hearing turn's next paragraph: its speaker's
        if chosen is not None:
            out.who, out.side = self.labels.label(chosen.who, text), chosen.side
            out.unknown = chosen.side is None
            out.reported = any(c.claimant is chosen and c.tier == STRONG and c.frame != _TURN for c in found)
        elif unnamed_sides:
            # "sources close to the army said": no claimant; the side when every unnamed source has the same, and
            # their words when one phrase names them all and their side ("Indian security sources said"; a page's
            # voice may tell the side of "a security source")
            out.side = unnamed_sides.pop() if len(unnamed_sides) == 1 else None
            phrases = {c.claimant.who if c.claimant else None for c in lead if self._unnamed(c)}
            out.who = phrases.pop() if len(phrases) == 1 and out.side is not None else None
        elif paragraphs and narrative(text[slice(*paragraphs[0])]):
            out.side = self.sides.narrative
        for i in range(len(spans)):
            own = [c for c in found if c.sentence == i and c.tier == STRONG and named(c.claimant)]
            own.sort(key=lambda c: (c.rank, c.pos))
            out.by_sentence.append(own[0].claimant if own else chosen)
        self.people.learn([c for c in (*resolver.people.introduced.values(), chosen) if c is not None]
                          + resolver.holders_named(text))
        self.people.learn_speaker(chosen)
        if chosen is not None and chosen.kind in ("body", "office"):
            self.people.learn_bodies([chosen], self.lex.collective_nouns)
        self.people.learn_force(resolver.force_in(f"{title or ''}\n\n{text}"))
        return out

    def _result_item(self, outlet: Claimant, shift: int, headline: Attribution) -> Attribution:
        """A search result's attribution: its headline's speaker's, else the outlet's below whose name it stands;
        the headline's sentences as offsets in the whole item (``shift``: where the headline begins)."""
        headline.sentences = [(a + shift, b + shift) for a, b in headline.sentences]
        if not headline.who and headline.side in (None, self.sides.narrative):
            headline.who, headline.side, headline.unknown = outlet.who, outlet.side, outlet.side is None
        return headline

    def issuer(self, publisher: str, title: str | None = None) -> Claimant | None:
        """The state office a page is the release of, for the state it serves: a publisher that names an office and
        its state ("Ministry of National Defence, Kingdom of Cambodia", "Présidence de la République du Niger",
        "Ministerio de Defensa de Colombia"), or a page's title that names the government or office issuing it
        ("Communiqué No. 12 of the Government of National Unity", "Statement by the Ministry of Defence of
        Ukraine"). An outlet named after a country or city ("Baku Wire News Agency", "Radio Azatutyun (RFE/RL
        Armenian Service)") is no office. The office keeps the name its publisher gives it in English, else it is
        named as an office of its state ("Présidence" of Niger: the presidency of Niger)."""
        if (publisher, title) not in self._issuers:
            self._issuers[publisher, title] = release_issuer(publisher, title, self.lex, self.sides, self.gaz)
        return self._issuers[publisher, title]

    def named(self, phrase: str) -> Claimant | None:
        """Who a name given on its own names, with nothing of a page around it (a hearing's "Secretary Austin", a
        sheet's source cell "Sudanese Armed Forces"); None when the gazetteer and the lexicon know no one."""
        if phrase not in self._named:  # (asked once per update of a page, of the same few names)
            self._named[phrase] = Resolver(self.lex, self.sides, self.gaz, set(), None).resolve(phrase)
        return self._named[phrase]

    def learn_person(self, who: str, side: str) -> None:
        """Tell the page being attributed that ``who`` is of ``side``, found by a reader outside the attributor
        (an official no file lists, given the side of the state the page is about): the page's later mentions by
        surname keep it (page_people.py)."""
        self.people.learn([Claimant(who, side, "person")])

    def body(self, publisher: str) -> Name | None:
        """The body of the gazetteer that publishes a page ("UN OCHA", "OSCE Special Monitoring Mission to Ukraine",
        "Amnesty International"); None for an outlet or a state office."""
        if publisher not in self._bodies:  # (asked once per update of a page)
            body = publishing_body(publisher, self.gaz)
            listed = self.sides.owner(body.name) if body is not None else None
            if body is not None and listed is not None and listed.side != body.side:
                body = replace(body, side=listed.side)  # the war's sides file before the gazetteer's default
            self._bodies[publisher] = body
        return self._bodies[publisher]

    def account(self, publisher: str) -> Claimant | None:
        """The organisation whose social-media account publishes a page ("Kenya Red Cross (Facebook)"): it says
        its posts that speak in their own voice ("We call on both sides to ..."); None for any other publisher."""
        if publisher not in self._accounts:
            self._accounts[publisher] = account_owner(publisher, self.lex, self.sides, self.gaz)
        return self._accounts[publisher]

    def own_account(self, text: str, found: Attribution, body: Name, title: str | None = None,
                    marked: bool = False) -> None:
        """A body's page tells its own account where an update in the outlet's voice names the body in its lead
        ("The SMM heard shelling in Donetsk", "The Mission observed ..."): the body speaks, for its side. An update
        that does not name it ("Fuel prices doubled in May") is said in the page's own voice: an international
        body's (a UN agency, an alliance) is that body's account, for its side; an outlet's or an NGO's of no party is
        the narrative; a state's body's (its news agency) stays the narrative, unless the page's ``title`` makes it a
        state body's release ("CENTCOM Statement on ..."): every sentence of that is the body's, and the officials it
        names without a polity ("COAS said") are its state's; so is a page ``marked`` as a release by a line of its
        own ("FOR IMMEDIATE RELEASE").
        (A state's intelligence service's own sentences are its assessment, for its side: page_voice.py.)"""
        lead = text[:paragraph_spans(text)[0][1]] if text.strip() else ""
        release = (marked and body.polity is not None) or state_release(title, body)  # a state body's release
        if release and found.side is None:
            found.side, found.unknown = body.side, False
        elif not found.who and found.side in (self.sides.narrative, None) \
                and (release or marked or names_itself(lead, body, self.gaz)):
            # "OCHA received reports that ... were reportedly killed": the body relays what it heard, in its voice
            found.who, found.side = body.name, body.side
        elif not found.who and found.side == self.sides.narrative and body.polity is None:
            # an international body's own report ("The pause has largely held since ..." in OCHA's flash update): its
            # own account, for its side, not an outlet's narrative; an outlet's or a rights group's (of no party) is
            # the page's narrative
            found.side = body.side
            if body.side != self.sides.narrative:
                found.who = body.name

    def voice(self, publisher: str, title: str | None = None) -> Voice | None:
        """The own voice a page speaks in, and for which side (page_voice.py): a unit's war diary's, a party's own
        organ's, an intelligence service's; None for any other page."""
        if (publisher, title) not in self._voices:
            self._voices[publisher, title] = page_voice(publisher, title, self.sides, self.gaz)
        return self._voices[publisher, title]

    def home(self, publisher: str, url: str | None = None, zone: str | None = None) -> Polity | None:
        """The country of a national outlet, named in its publisher's name by a country's, people's or city's name
        ("The Kyiv Independent", "APA (Azerbaijan Press Agency)", "Radio Azatutyun (RFE/RL Armenian Service)"), not
        by an acronym ("UN News"), or known to the gazetteer ("Ukrinform", "Haaretz"), or told by the country-code
        domain of its page's ``url`` (".ua", ".am"): the offices its stories name without a polity ("the regional
        governor said", "the MoD said") are that country's. None when it names no polity or several."""
        if (publisher, url, zone) not in self._homes:
            self._homes[publisher, url, zone] = home_country(publisher, self.sides, self.gaz, url, zone)
        return self._homes[publisher, url, zone]

    # --- choosing ---------------------------------------------------------------------------------------------

    @staticmethod
    def _unnamed(c: Candidate) -> bool:
        """A frame that reports a claim and says it is no one's in particular: hearsay ("reportedly"), unnamed
        sources ("officials said", "the statement said"). A frame whose words name no source at all ("according to
        local tallies", a figure's footnote in the outlet's own sentence) is not one."""
        if c.claimant is None:
            return c.frame == "hearsay"
        return c.claimant.kind == "unnamed"

    def _officials(self, claimant: Claimant) -> bool:
        """Whether ``claimant`` is a polity's officials named by no office of their own ("Georgian officials say"):
        the government as such."""
        return claimant.kind == "office" and (claimant.officials
                                              or any(p.government == claimant.who for p in self.sides.polities))

    def _outlet(self, claimant: Claimant | None) -> bool:
        """Whether a claimant is a news outlet by its name ("Interfax", "Reuters")."""
        return claimant is not None and claimant.who is not None and bool(find_outlets(claimant.who, self.lex))

    def _choose(self, found: list[Candidate], title: str | None, resolver: Resolver,
                quoted_lead: bool, opening: int = 0) -> Claimant | None:
        speakers = sorted((c for c in found if named(c.claimant)), key=lambda c: (c.sentence, c.rank, c.pos))
        # "The market was shelled twice. ... The army denied any role.": a denial after the opening answers the
        # outlet's account, it does not source it
        strong = [c for c in speakers if c.tier == STRONG and c.paragraph == 0
                  and not (c.frame == "denial" and c.sentence > opening)]
        weak = [c for c in speakers if c.tier == WEAK and c.sentence == opening]
        pick = next(iter(strong or weak), None)
        if pick is not None and pick.tier == STRONG and self._outlet(pick.claimant):
            # "X told journalists on 18 January that ..., Interfax reported": the agency carries X's words
            pick = next((c for c in strong if c.sentence == pick.sentence and c.pos < pick.pos
                         and not self._outlet(c.claimant)), pick)
        # who the title says speaks, read once and only when asked
        headline = functools.cache(lambda: headline_claimant(title, resolver, self.cut) if title else None)
        claimant = pick.claimant if pick is not None else headline()
        if claimant is None and quoted_lead and not any(self._unnamed(c) for c in found if c.paragraph == 0):
            later = [c for c in speakers if c.tier == STRONG]
            claimant = later[0].claimant if later else None
        if claimant is not None and claimant.kind == "person" and claimant.side is None and title:
            # "Firing to stop from 5 pm, says MEA" over "X said ...": the person briefs for the headline's speaker
            headed = headline()
            if headed is not None and headed.side is not None and headed.kind != "person":
                claimant = Claimant(claimant.who, headed.side, claimant.kind)
        if claimant is not None and claimant.kind == "office" and claimant.side is not None and title:
            # "the military's media wing said ..." under "India strikes six sites: ISPR": the body the headline names
            headed = headline()
            if headed is not None and headed.kind == "body" and headed.side == claimant.side:
                claimant = headed
        if claimant is not None and claimant.kind != "person" and title \
                and (person := headline_person(title, resolver)) is not None \
                and (claimant.side or person.side) not in (None, self.sides.narrative) \
                and person.side in (None, claimant.side):
            # "Nasrallah: ..." over "..., the Hezbollah leader said": the headline names the one the text describes
            claimant = Claimant(person.who, claimant.side or person.side, "person")
        officials = claimant is not None and pick is not None and self._officials(claimant)
        if claimant is not None and (claimant.title_only or claimant.kind == "polity" or officials):
            # "The President said ...", "Kiev has denied ... Its spokesman, X, said ...", "Georgian officials say ...
            # . ... X, the secretary of the Security Council, tells the BBC": the person named for the same side after
            # them (after the officials' sentence: "the cabinet announced ...; its president accused" is the cabinet's)
            person = next((c.claimant for c in (speakers if claimant.title_only else strong)
                           if c.claimant and c.claimant.kind == "person"
                           and not (officials and pick is not None and c.sentence <= pick.sentence)
                           and c.claimant.side == claimant.side and claimant.side is not None), None)
            if person is not None:
                return person
        return claimant if named(claimant) else None
