"""Round fifteen of whole pages (``tests/pages/``): a media-monitoring digest whose items each end with the credit of
the broadcast or agency they were taken from, when it went out in GMT and in what language ("(Source: Fana radio,
Addis Ababa, in Amharic 0500 gmt 10 Nov 20)"), at the end of the item's paragraph or on a line of its own under
several, one with no clock, and the service's blurb on its reach at the foot; a wire's list of stories, each a
headline over its stamp in brackets that names the wire first ("[Lanka Wire, Saturday, 9 May 2009, 17:45 GMT]"), then
a box of a partner outlet's stamped headlines; a rights group's daily brief opened by its note on how it is made ("Every
morning our West Africa desk sums up ...") and closed by the group's own demands under "What we are calling for"; an
agency's list of stories, each a headline over its day in brackets with the month's name between slashes
("[3/March/2016]") over its text. Each test says what a careful reader expects; every non-blank line is
used exactly once (``test_segment_unseen``)."""

from __future__ import annotations

import datetime as dt

from test_segment_property import unaccounted
from test_segment_unseen import parse

from chronik.dates.finder import resolve
from chronik.segment import prose
from chronik.segment.blocks import Block
from chronik.segment.boilerplate import reason_for
from chronik.segment.timestamps import find_stamp, source_credit


def test_monitoring_digest_items_take_the_day_and_clock_of_their_source_credit() -> None:
    page = parse("tigray_monitoring_digest")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    # a credit closing the paragraph: the item went out at 16:00 GMT on the 9th, the day before the digest
    abiy = page.of("Prime Minister Abiy Ahmed")
    assert (abiy.kind, abiy.date, abiy.time, abiy.timezone) == ("update", "2020-11-09", "16:00", "UTC")
    # a credit on a line of its own closes the paragraphs above it since the last credit: one item
    fana = page.of("State-affiliated Fana radio")
    assert page.of("The station said the troops") is fana
    assert page.of("(Source: Fana Broadcasting") is fana
    assert (fana.date, fana.time) == ("2020-11-10", "05:00")
    # a credit with no clock gives its day and closes its item, the next one is not glued to it
    task_force = page.of("The State of Emergency Task Force")
    assert (task_force.kind, task_force.date, task_force.time) == ("update", "2020-11-10", None)
    tigray = page.of("Tigray President Debretsion")
    assert tigray is not task_force and page.of("He called on the African Union") is tigray
    assert (tigray.date, tigray.time) == ("2020-11-09", "18:30")
    assert sum(u.kind == "update" for u in page.reports) == 4
    # the service's blurb on its reach is about the publisher, not news
    assert page.why_dropped("Global Media Watch tracks and translates") == "boilerplate: about the publisher"


def test_source_credit_reads_the_clock_and_the_two_digit_year() -> None:
    credit = source_credit("He said so. (Source: Channel 5, Kyiv, in Ukrainian 0930 gmt 3 Mar 22)")
    assert credit is not None and credit.stamp is not None and credit.stamp.body == "He said so."
    assert (credit.date_text, credit.stamp.time, credit.stamp.zone) == ("3 Mar 2022", "09:30", "UTC")
    old = source_credit("(Radio Belgrade, in Serbo-Croat 27 Mar 99)")
    assert old is not None and old.stamp is None and old.date_text == "27 Mar 1999"
    # a parenthesis that names no language and day is the text's own
    assert source_credit("The ministry (in Kyiv) denied it.") is None
    assert source_credit("Fighting resumed (see map, 3 Mar 22)") is None


def test_wire_list_headlines_over_bracketed_stamps_naming_the_wire() -> None:
    page = parse("lanka_wire_bracketed_stamps")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    army = page.of("The Sri Lanka Army said troops")
    assert (army.kind, army.date, army.time, army.timezone) == ("update", "2009-05-09", "17:45", "UTC")
    assert page.of("Army claims capture of LTTE bunker line") is army  # the headline above titles the story
    assert page.of("An army spokesman told reporters") is army
    shelling = page.of("Health officials in the Vanni")
    assert (shelling.date, shelling.time) == ("2009-05-09", "06:20")
    assert page.of("Shelling hits makeshift hospital") is shelling
    # a partner outlet's box of stamped headlines: links to other stories, not news of this page
    page.not_reported("Partner news | Colombo Daily", "21:05, 09.05.2009", "19:40, 09.05.2009")
    assert sum(u.kind == "update" for u in page.reports) == 2


def test_bracketed_stamp_with_the_wire_inside_and_old_stamp_with_two_clocks() -> None:
    stamp = find_stamp("[Kavkaz Wire, Tuesday, 3 August 2004, 11:05 GMT]")
    assert stamp is not None and stamp.standalone
    assert (stamp.time, stamp.zone, stamp.date_text) == ("11:05", "UTC", "Tuesday, 3 August 2004")
    assert find_stamp("[Reuters, Kyiv]") is None
    # an old news site's stamp gives the clock in GMT and again in local time; the GMT one is read
    old = find_stamp("Saturday, 3 April, 1999, 09:20 GMT 10:20 UK")
    assert old is not None and (old.time, old.zone, old.date_text) == ("09:20", "UTC", "Saturday, 3 April, 1999")


def test_old_site_footer_notes_on_its_links_are_furniture() -> None:
    for text in ("We are not responsible for the content of external websites.",
                 "The BBC is not responsible for the content of external internet sites.",
                 "Links to more Africa stories are at the foot of the page."):
        assert reason_for(Block(-1, [], text), (), None) == "boilerplate: disclaimer", text
    # a report of what a body is not responsible for is news
    assert reason_for(Block(-1, [], "The army said it was not responsible for the attack on the convoy."), (),
                      None) is None


def test_daily_brief_note_and_the_publisher_s_demands_are_asides() -> None:
    page = parse("sahel_rights_daily_brief")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    assert page.of("Every morning our West Africa desk").kind == "aside"
    assert page.of("1. Moura killings.").kind == "update"
    assert page.of("2. Displacement.").kind == "update"
    # the group's standing demands: the same on every day's brief, no news of the day
    page.not_reported("What we are calling for", "An independent investigation", "Humanitarian access to all")
    assert sum(u.kind == "update" for u in page.reports) == 2


def test_agency_list_dates_its_stories_by_day_lines_with_the_month_between_slashes() -> None:
    page = parse("agency_list_slashed_month_dates")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    for headline, text, date in (("Army units restore security", "HAMA, March 3 (LNA)", "2016-03-03"),
                                 ("Mortar shells hit residential", "ALEPPO, March 2 (LNA)", "2016-03-02"),
                                 ("Foreign Minister receives UN envoy", "DAMASCUS, March 1 (LNA)", "2016-03-01")):
        story = page.of(text)
        assert page.of(headline) is story and (story.kind, story.date) == ("update", date)
    assert page.of("The source added that engineering units") is page.of("HAMA, March 3 (LNA)")
    # "He affirmed that ...", as agencies write it, carries on the speaker above
    assert page.of("He affirmed that the government") is page.of("DAMASCUS, March 1 (LNA)")
    assert sum(u.kind == "update" for u in page.reports) == 3


def test_day_with_the_month_s_name_between_slashes() -> None:
    timex = resolve("[15/June/2019]", dt.date(2019, 6, 20))
    assert timex is not None and timex.start == dt.date(2019, 6, 15)
    assert resolve("3/Mar/2021", dt.date(2021, 3, 5)).start == dt.date(2021, 3, 3)
    # a month's name glued to other words by slashes is not a day ("the 12/May/June schedule")
    glued = resolve("12/Mayday/2021", dt.date(2021, 5, 5))
    assert glued is None or glued.start != dt.date(2021, 5, 12)


def test_a_surname_opening_with_its_particle_capitalised_is_the_person_named_above() -> None:
    above = "The governor, Khaled al-Masri, said on Monday that the crossing would reopen."
    assert prose.same_person("Al-Masri called on aid agencies to send fuel.", above)
    assert prose.same_person("El-Sayed said more.", "Cairo's envoy Amr el-Sayed arrived.")
    assert not prose.same_person("Al-Masri called on aid agencies to send fuel.", "The governor said so.")
