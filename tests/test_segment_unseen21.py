"""Round twenty-one of page shapes, written for the shape rather than one outlet: a news list whose items are each a
headline, a meta line giving the item's day among its place, author, section or reading time in any order, and the
item's summary."""

from __future__ import annotations

import datetime as dt

import pytest
from test_boilerplate import REPORT, run

from chronik.segment.finder import make_finder
from chronik.segment.metaline import meta_day

ITEMS = [
    ("M23 rebels take control of Kitchanga after two days of fighting", "2023-05-30",
     "Fighters of the M23 movement took control of the town of Kitchanga in North Kivu, local officials said."),
    ("Myanmar junta air strike kills villagers in Sagaing region", "2023-05-28",
     "At least nine people were killed when a military jet bombed a village in Sagaing region, residents said."),
    ("Wagner chief says his fighters will leave Bakhmut", "2023-05-25",
     "Yevgeny Prigozhin said in a video that his fighters would hand their positions in Bakhmut to the army."),
]
META = {  # a meta line for each item's day, as outlets write them
    "place after": ["30 May 2023 | GOMA", "May 28 - 2023 | SAGAING", "25 May 2023 | KYIV"],
    "place first": ["GOMA, 30 May 2023", "YANGON, 28 May 2023", "KYIV, 25 May 2023"],
    "author": ["By Jane Doe | May 30, 2023", "By Aung Min | May 28, 2023", "By Oksana Petrenko | May 25, 2023"],
    "section and reading time": ["Africa · 3 min read · 30.05.2023", "Asia · 4 min read · 28.05.2023",
                                 "Europe · 2 min read · 25.05.2023"],
    "section last": ["30/05/2023 — Conflict", "28/05/2023 — Human rights", "25/05/2023 — Conflict"],
}
TOP = "Conflict Monitor\nHome\nNews\nAnalysis\nLatest news\n"


def news_list(metas: list[str]) -> str:
    items = "".join(f"{title}\n{meta}\n{text}\nRead more\n"
                    for (title, _, text), meta in zip(ITEMS, metas, strict=True))
    return f"{TOP}{items}© 2023 Conflict Monitor. All rights reserved.\n"


@pytest.mark.parametrize("metas", META.values(), ids=META.keys())
def test_a_news_list_item_starts_at_its_headline_and_is_dated_by_its_meta_line(metas: list[str]) -> None:
    updates, _ = run(news_list(metas))
    items = [u for u in updates if u.kind == "update"]
    assert [(u.title_lines, sorted(u.lines)) for u in items] == [([6], [7, 8]), ([10], [11, 12]), ([14], [15, 16])]
    assert [u.date for u in items] == [day for _, day, _ in ITEMS]


@pytest.mark.parametrize("line", [
    "12 June 2024 | KHARTOUM", "KHARTOUM, 12 June 2024", "By Jane Doe | June 12, 2024",
    "News · 3 min read · 12.06.2024", "June 12 - 2024 | EL FASHER / NYALA", "Wednesday, June 12, 2024 · Reuters",
])
def test_a_meta_line_names_the_item_s_day(line: str) -> None:
    timex = meta_day(line, make_finder(dt.date(2024, 6, 14), (), None, "Africa/Khartoum"))
    assert timex is not None and timex.start == dt.date(2024, 6, 12)


@pytest.mark.parametrize("line", [
    "Seven killed in El Fasher on June 12, 2024",  # a headline naming a day within its words
    "The army said on 12 June 2024 that it had retaken the bridge.",  # a sentence
    "12 June 2024 | KHARTOUM | 13 June 2024",  # two days
    "Sudan's army and the paramilitary Rapid Support Forces clashed again around the city | 12 June 2024",
])
def test_other_lines_are_no_meta_lines(line: str) -> None:
    assert meta_day(line, make_finder(dt.date(2024, 6, 14), (), None, "Africa/Khartoum")) is None


def test_the_gap_in_a_row_of_page_numbers_is_pagination() -> None:
    _, dropped = run("Ceasefire talks resume in Jeddah, mediators say.\n« Previous\n1\n2\n…\n9\nNext »\n")
    assert [(d.line, d.reason) for d in dropped][3] == (5, "boilerplate: pagination")


CHANNEL = """\
Air Force of the Armed Forces of Ukraine
186K subscribers
Official channel
{sep1}
{name}
{fwd1}
⚡️ Overnight the enemy attacked with 25 Shahed drones launched from Primorsko-Akhtarsk
Air defence shot down 22 of them over the Mykolaiv, Odesa and Kherson regions.
{footer1}
{name}
🎥 Work of a mobile fire group near Odesa
1:05
{footer2}
{sep2}
{name}
Threat of ballistic missiles from the north-east. Take shelter!
{footer3}
"""
FOOTERS = {  # how a channel's web view writes the footer under a message, copied with or without its dots
    "views named": ("31.4K views 07:12", "18.9K views edited 09:40", "52K views 16:05"),
    "bare": ("31.4K 07:12", "18.9K edited 09:40", "52K 16:05"),
    "dotted": ("👁 31.4K · 07:12", "👁 18.9K · edited · 09:40", "👁 52K · 16:05"),
}


@pytest.mark.parametrize("footers", FOOTERS.values(), ids=FOOTERS.keys())
@pytest.mark.parametrize("fwd", ["", "Forwarded from Oleksandr Vilkul"])
def test_a_channel_s_message_starts_at_its_name_and_is_timed_by_its_footer(footers: tuple[str, ...],
                                                                           fwd: str) -> None:
    text = CHANNEL.format(name="Air Force of the Armed Forces of Ukraine", sep1="May 20", sep2="May 21", fwd1=fwd,
                          footer1=footers[0], footer2=footers[1], footer3=footers[2])
    lines = [ln for ln in text.splitlines() if ln.strip()]
    updates, _ = run("\n".join(lines))
    items = [u for u in updates if u.kind == "update"]
    first = 5 + bool(fwd)  # the first message's last line
    assert [(min(u.lines + u.title_lines), max(u.lines), u.date, u.time) for u in items] == [
        (5, first + 3, "2023-05-20", "07:12"), (first + 4, first + 7, "2023-05-20", "09:40"),
        (first + 9, first + 11, "2023-05-21", "16:05")]
    assert all("Air Force" not in u.text for u in items)  # the channel's name is no message's text
    length = next(u for u in updates if first + 6 in u.lines)
    assert length.kind == "aside" and length.time is None  # a video's length, no clock


def test_a_line_under_one_footer_only_is_no_channel_name() -> None:
    text = CHANNEL.format(name="Air Force of the Armed Forces of Ukraine", sep1="May 20", sep2="May 21", fwd1="",
                          footer1="31.4K views 07:12", footer2="18.9K views 09:40", footer3="52K views 16:05")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    lines[lines.index("🎥 Work of a mobile fire group near Odesa") - 1] = "Operational update"
    lines[lines.index("Threat of ballistic missiles from the north-east. Take shelter!") - 1] = "Alert"
    updates, _ = run("\n".join(lines))
    assert not any(u.kind == "update" and u.lines[0] == 4 for u in updates)  # nothing opens at the first name


LIVE_EMBED = """\
Israel-Hezbollah war live: strikes on southern Lebanon
4:45 PM
Drone strike hits car near Tyre
An Israeli drone struck a car on the road south of Tyre, Lebanon's state news agency NNA reported.
3:40 PM
Haifa mayor says rocket hit residential building
Haifa Mayor Yona Yahav said a rocket fired from Lebanon had hit a residential building in the city's south.
{name}
{message}
{footer}
He later said two residents had been lightly injured and that the building was evacuated.
2:15 PM
IDF says it struck Hezbollah launchers
The Israeli military said its jets struck rocket launchers near Nabatieh overnight.
Related
ANALYSIS: Why is Hezbollah holding back its heaviest rockets?
OPINION: Can the north wait for another ceasefire?
"""


@pytest.mark.parametrize(("name", "message", "footer"), [
    ("Yona Yahav", "פגיעה ישירה בבניין מגורים בדרום העיר. כוחות ההצלה בשטח.", "8.1K views · 15:31"),
    ("Haifa Municipality", "A direct hit on a residential building in the south of the city. Rescue teams are there.",
     "👁 22.4K · edited · 15:29"),
])
def test_a_message_embedded_in_a_stamped_post_is_the_post_s(name: str, message: str, footer: str) -> None:
    updates, _ = run(LIVE_EMBED.format(name=name, message=message, footer=footer))
    posts = [(u.title_lines, sorted(u.lines), u.time) for u in updates if u.kind == "update"]
    assert posts == [([3], [2, 4], "16:45"), ([6], [5, 7, 8, 9, 10, 11], "15:40"), ([13], [12, 14], "14:15")]


def test_a_feature_s_kind_before_its_title_is_a_flag_not_a_speaker() -> None:
    updates, _ = run(LIVE_EMBED.format(name="Yona Yahav", message="A direct hit.", footer="8.1K views · 15:31"))
    assert [u.kind for u in updates if u.lines[0] in (16, 17)] == ["aside", "aside"]


@pytest.mark.parametrize("line", [
    "The Kyiv Independent will continue to cover the story.",
    "We will continue to update this page as the situation develops.",
    "CTP will continue to report daily on developments in the Red Sea.",
])
def test_the_outlet_s_note_on_what_it_goes_on_covering_is_an_aside(line: str) -> None:
    updates, _ = run(f"{REPORT}\n\n{line}\n")
    assert [(u.lines, u.kind) for u in updates] == [([1], "update"), ([3], "aside")]


def test_the_army_going_on_with_its_strikes_is_news() -> None:
    updates, dropped = run(f"{REPORT}\n\nThe IDF will continue to strike Hezbollah targets in southern Lebanon.\n")
    assert not dropped and all(u.kind != "aside" for u in updates if 3 in u.lines)


@pytest.mark.parametrize("line", [
    "Control of terrain around Kherson as of November 9, 2022. ©2022 Example Institute and Partner Project",
    "Front line in northern Syria, 27 November 2024. © 2024 Example Map Service",
])
def test_a_map_caption_closed_by_its_copyright_is_furniture(line: str) -> None:
    updates, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [d.line for d in dropped] == [3] and [u.lines for u in updates] == [[1]]


ARTICLE = """\
The Dnipro Observer
Independent news from southern Ukraine
Kakhovka dam destroyed, thousands evacuated downstream
The dam on the Dnipro burst overnight, flooding villages on both banks as the authorities evacuated residents.
{byline}
June 6, 2023
KHERSON — Water levels in Kherson rose by more than three metres by the afternoon, the regional governor said.
Ukraine's Foreign Ministry called for an urgent meeting of the UN Security Council.
"""


@pytest.mark.parametrize("byline", ["Observer Staff", "Anna Petrenko"])
def test_the_dek_over_a_byline_and_a_day_under_the_site_s_masthead_is_an_aside(byline: str) -> None:
    updates, _ = run(ARTICLE.format(byline=byline))
    assert [u.kind for u in updates if 4 in u.lines] == ["aside"]
    assert [u.lines[0] for u in updates if u.kind == "update"] == [7, 8]
