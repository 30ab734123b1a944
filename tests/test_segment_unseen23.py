"""Round twenty-three of page shapes, written for the shape rather than one outlet: readers' comments headed by a
name in words and an age, a privacy-consent dialog that names no cookies, a newsletter box's blurb between its label
and its form, and paragraphs that carry on the statement above (by the speaker's acronym, given name, or the head
noun of a body's name) or open a new act with "... came a day after ...".

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest
from test_boilerplate import REPORT, run

LIVE = """
    Live: Ceasefire talks resume as shelling continues
    10:15
    Shelling hit the outskirts of Kherson
    Two people were wounded when shells hit a market on the outskirts of Kherson, the regional governor said.
    09:40
    Talks resume in Istanbul
    Delegations met again in Istanbul to discuss a grain corridor, the Turkish foreign ministry said.
    Comments (3)
    {comments}
    Show all comments
"""


@pytest.mark.parametrize("headers", [
    ("Faraz Khan | 14 hours ago", "Olena Kovalenko | 13 hours ago", "Maria del Mar | 2 hours ago"),
    ("John Smith • 3 hours ago", "Ana P. • 2 hours ago", "Dmytro • 1 hour ago"),
    ("Ahmed Ali Hassan · 2 days ago", "Leila · 2 days ago", "Tom O'Neill · 1 day ago"),
])
def test_readers_comments_headed_by_a_name_and_an_age_are_asides(headers: tuple[str, ...]) -> None:
    said = ["The governor's report on the market was clear. No need to panic.",
            "Thank you for the coverage, stay safe everyone.",
            "Both sides need to stop before more people die."]
    comments = "\n    ".join(f"{h}\n    {s}\n    Recommend 0" for h, s in zip(headers, said, strict=True))
    updates, _ = run(LIVE.format(comments=comments))
    reported = [u for u in updates if u.kind != "aside"]
    assert [u.lines[0] for u in reported] == [2, 5]
    assert all(u.kind == "aside" for u in updates if any(ln >= 9 for ln in u.lines))


def test_an_outlet_and_age_under_a_news_list_headline_is_no_comment() -> None:
    updates, _ = run("""
        Latest news
        Drone strike hits fuel depot in Port Sudan
        Al Jazeera | 2 hours ago
        A drone struck a fuel depot in Port Sudan on Tuesday morning, the army said.
        Army says it repelled attack on El Fasher
        Sudan Tribune | 5 hours ago
        The army said it had repelled an attack from the east of El Fasher on Monday.
    """)
    reported = [u for u in updates if u.kind == "update"]
    assert [max(u.lines) for u in reported] == [4, 7]  # the items' texts stay news, no reader's words


@pytest.mark.parametrize("line", [
    "Example News asks for your consent to use your personal data to:",
    "Store and/or access information on a device",
    "Personalised advertising and content, advertising and content measurement, audience research and services "
    "development",
    "We value your privacy",
    "Manage options",
    "Do not consent",
])
def test_a_privacy_consent_dialog_is_furniture(line: str) -> None:
    updates, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(3, "boilerplate: consent prompt")]
    assert [u.lines for u in updates] == [[1]]


def test_news_about_personal_data_is_kept() -> None:
    line = "Hackers stole the personal data of 40,000 soldiers from a defence ministry server, the SBU said on Monday."
    updates, dropped = run(f"{line}\n")
    assert not dropped and updates[0].lines == [1]


@pytest.mark.parametrize(("label", "blurb", "form"), [
    ("Sign up for Conflict Monitor emails", "Stay informed about conflict and crisis around the world.",
     "Email address"),
    ("Subscribe to our newsletter", "The week's top stories from the front line, every Friday.", "Your email"),
    ("Get our daily briefing", "Everything you need to know about the war, in five minutes.", "Subscribe"),
])
def test_a_newsletter_box_s_blurb_between_its_label_and_its_form_is_furniture(label: str, blurb: str,
                                                                              form: str) -> None:
    updates, dropped = run(f"""
        {REPORT}
        Related
        Analysis: What next for the dam's downstream villages
        {label}
        {blurb}
        {form}
        Sign up
    """)
    assert 5 in {d.line for d in dropped}
    assert all(u.kind == "aside" for u in updates if 3 in u.lines)


def reports(text: str) -> list[list[int]]:
    """The lines of each update of a wire story (published Tuesday 6 June 2023) that is no aside."""
    updates, _ = run(text)
    return [u.lines for u in updates if u.kind != "aside"]


@pytest.mark.parametrize(("above", "statement"), [
    ("The Islamic Revolution Guards Corps (IRGC) said on Monday it had launched a new wave of drones at bases in "
     "northern Iraq.",
     "In a statement carried by Sepah News, the IRGC Ground Force said the drones had hit their targets."),
    ("Ukraine's Security Service (SBU) said on Monday that it had detained two men suspected of spotting targets "
     "for Russian missiles in Odesa.",
     "In a statement on Telegram, the SBU press service said the men had sent photos of air defence positions."),
    ("The Rapid Support Forces (RSF) said on Monday they had taken control of the Jebel Aulia bridge.",
     "In its statement, the RSF media office said the army had lost dozens of vehicles."),
])
def test_a_statement_of_the_body_named_above_by_its_acronym_goes_on(above: str, statement: str) -> None:
    lines = reports(f"""
        {above}

        {statement}

        Residents of the city reported heavy gunfire on Sunday night.
    """)
    assert lines == [[1, 3], [5]]


def test_a_statement_of_another_body_by_its_acronym_is_its_own() -> None:
    lines = reports("""
        The Islamic Revolution Guards Corps (IRGC) said on Monday it had launched a new wave of drones.

        In a statement, the IDF spokesperson's unit said most of the drones had been intercepted.
    """)
    assert lines == [[1], [3]]


@pytest.mark.parametrize(("above", "again"), [
    ("Addis Abeba – Legesse Tulu, Minister of the Government Communication Service, said on Monday that calm had "
     "returned to Bahir Dar.",
     "Speaking at a press briefing, Legesse said the state of emergency was aimed at no community."),
    ("Asmara – Yemane Gebremeskel, the information minister, said on Monday that the troops had left the border "
     "town.",
     "Yemane also said talks with Addis Abeba would resume."),
    ("Reykjavik – Bjarni Benediktsson said on Monday that Iceland would send more generators to Ukraine.",
     "Asked about the cost, Bjarni said the government had set aside funds in March."),
])
def test_a_person_named_again_by_the_given_name_goes_on(above: str, again: str) -> None:
    assert reports(f"{above}\n\n{again}\n") == [[1, 3]]


def test_a_place_opening_a_name_above_is_no_given_name() -> None:
    lines = reports("""
        Shelling hit Donetsk City, the mayor said on Monday, as troops pushed towards the airport.

        Donetsk health officials said more than 40 people had been wounded since the weekend.
    """)
    assert lines == [[1], [3]]


@pytest.mark.parametrize(("above", "again"), [
    ("The Ethiopian Human Rights Commission (EHRC) said on Monday that at least 26 civilians were killed in a drone "
     "strike in Finote Selam.",
     "According to the Commission, the strike hit a public square near the bus station."),
    ("The UN Security Council on Monday condemned the attack on the peacekeepers' base near Beni.",
     "The Council also called on all armed groups to release the abducted workers."),
    ("The Kenya National Commission on Human Rights said on Monday that police had killed 12 protesters.",
     "According to the commission, most of the victims were shot in the back."),
])
def test_a_body_named_again_by_the_last_word_of_its_name_goes_on(above: str, again: str) -> None:
    assert reports(f"{above}\n\n{again}\n") == [[1, 3]]


def test_another_body_by_a_word_the_paragraph_above_does_not_end_a_name_with_is_its_own() -> None:
    lines = reports("""
        The Ethiopian Human Rights Commission (EHRC) said on Monday that at least 26 civilians were killed.

        According to the Council, the strike hit a market square near the bus station.
    """)
    assert lines == [[1], [3]]


@pytest.mark.parametrize("after", [
    "The minister's remarks came a day after parliament on Monday endorsed the six-month state of emergency.",
    "His comments come two days after Russian forces shelled the city's port on Sunday.",
    "The statement came just hours after the army said on Monday that it had retaken the bridge.",
])
def test_a_paragraph_setting_the_statement_after_another_act_of_its_own_day_is_that_act_s_report(after: str) -> None:
    lines = reports(f"""
        Kyiv – The foreign minister said on Tuesday that Ukraine would not accept a frozen conflict.

        {after}
    """)
    assert lines == [[1], [3]]


def test_a_paragraph_saying_when_the_act_above_came_without_a_day_goes_on() -> None:
    lines = reports("""
        Kyiv – The foreign minister said on Tuesday that Ukraine would not accept a frozen conflict.

        The minister's remarks came after a meeting with his Polish counterpart.
    """)
    assert lines == [[1, 3]]
