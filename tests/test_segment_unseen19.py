"""Round nineteen of page shapes, with examples from other outlets and wars: a story's foot with the author's note to
readers ("Note from the author:" / "Hi, I'm Jane Doe, the author of this newsletter."), an outlet's blurb of what it
covers and an agency's mandate under its report, an app prompt after a line's first sentence, a hosted blog's
footer, the names and posts under a report's contact label ("For further information, please contact:"), and an
article's second stamp ("Edited time: 3 Mar, 2024 18:05") kept apart from the story under it."""

from __future__ import annotations

import pytest
from test_boilerplate import REPORT, run


@pytest.mark.parametrize(("line", "reason"), [
    ("Note from the author:", "author note"),
    ("Hi, I'm Olena Hrytsenko, the author of this newsletter.", "author note"),
    ("Balkan Wire delivers independent, in-depth coverage of Southeast Europe and the Caucasus.",
     "about the publisher"),
    ("Sahel Today brings you news and analysis from across the Sahel, every day.", "about the publisher"),
    ("The Relief Office coordinates the global humanitarian response to protect people caught in armed conflict.",
     "about the publisher"),
    ("Get the latest headlines from the Horn of Africa. Download the Addis Daily app today.", "app prompt"),
    ("Create a free website or blog at WordPress.com.", "site credit"),
])
def test_a_story_s_foot_is_furniture(line: str, reason: str) -> None:
    updates, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(3, f"boilerplate: {reason}")]
    assert [u.lines for u in updates] == [[1]]


@pytest.mark.parametrize("line", [
    "The author of this plan, General Syrskyi, said the offensive would continue through the winter.",
    "The Red Cross provides food and water to 40,000 displaced people in Kharkiv, its spokesman said.",
    "The UN coordinates the evacuation convoys with both sides, a spokesman said on Monday.",
    "Residents said they were told to get the air-raid app on their phones and download the shelter maps.",
])
def test_news_in_the_same_words_is_kept(line: str) -> None:
    _, dropped = run(f"{REPORT}\n\n{line}\n")
    assert not dropped


def test_the_names_under_a_contact_label_go_with_it() -> None:
    text = (f"{REPORT}\n\nFor further information, please contact:\n"
            "Amina Yusuf, Public Information Officer, Relief Office Sudan\n"
            "Tom Berger, Head of Office, Relief Office Chad\n"
            "Aid convoys reached Geneina on Friday, the office said.\n")
    updates, dropped = run(text)
    assert [(d.line, d.reason) for d in dropped] == [(3, "boilerplate: contact"), (4, "boilerplate: contact"),
                                                     (5, "boilerplate: contact")]
    assert [u.lines for u in updates] == [[1], [6]]


def test_an_edited_time_line_is_the_article_s_stamp_not_its_story() -> None:
    text = ("Drone strike hits Odesa port\n"
            "Published time: 3 Mar, 2024 09:10\n"
            "Edited time: 3 Mar, 2024 18:05\n"
            "A Russian drone hit a grain terminal in Odesa port overnight, the regional governor said on Sunday.\n"
            "Two dock workers were wounded, he said.\n")
    updates, _ = run(text)
    edited = next(u for u in updates if 3 in u.lines or 3 in u.title_lines)
    assert edited.kind == "aside"
    assert 4 not in edited.lines


RELEASES = """\
Press releases
08.08.2008 | 10:15
No. 1. Statement of the Ministry of Defence
At 23:35 on August 7, artillery opened fire on the villages north of Gori, the ministry said.
Details on casualties will be provided later.
Head of the Press Service Nino Beridze
08.08.2008 | 14:40
No. 2. On casualties
According to preliminary data, 12 servicemen were killed and 40 wounded in the fighting near Gori.
The ministry expresses its condolences to the families of the fallen.
Head of the Press Service Nino Beridze
09.08.2008 | 09:05
No. 3. Situation on the front line
During the night the shelling of Gori continued, the ministry said.
Head of the Press Service Nino Beridze
Share:
"""


def test_a_numbered_release_keeps_its_signature_and_its_title() -> None:
    updates, _ = run(RELEASES, publisher="Ministry of Defence of Georgia")
    posts = [(sorted(u.lines + u.title_lines), u.time, u.title) for u in updates if u.kind == "update"]
    # the signature repeated under each release closes it, and a serial number makes a label's words ("On
    # casualties") a release's title
    assert posts == [([2, 3, 4, 5, 6], "10:15", "No. 1. Statement of the Ministry of Defence"),
                     ([7, 8, 9, 10, 11], "14:40", "No. 2. On casualties"),
                     ([12, 13, 14, 15], "09:05", "No. 3. Situation on the front line")]


def test_a_headline_over_each_stamp_is_still_a_headline() -> None:
    """Headlines above stamps differ from post to post: no signature, each titles the post of the stamp below."""
    text = ("Shelling resumes near Gori\n08.08.2008 | 10:15\nArtillery opened fire on villages north of Gori.\n"
            "Ministry says troops hold Gori\n08.08.2008 | 14:40\nTwelve servicemen were killed, the ministry said.\n")
    updates, _ = run(text)
    assert [(u.lines, u.title) for u in updates if u.kind == "update"] == [
        ([2, 3], "Shelling resumes near Gori"), ([5, 6], "Ministry says troops hold Gori")]


def test_a_wire_story_under_a_dateline_without_its_city_is_news() -> None:
    """"May 14 (Reuters) - ... Here is what we know so far.": the agency signs its story, it does not promote itself."""
    line = ("May 14 (Reuters) - Fighting between the army and the rebels reached the outskirts of Goma on Tuesday, "
            "with shelling across the city's north. Here is what we know so far.")
    updates, dropped = run(f"{line}\n", publisher="Reuters")
    assert not dropped
    assert [u.kind for u in updates] == ["update"]
