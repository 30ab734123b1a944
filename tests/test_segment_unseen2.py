"""More whole pages in formats the seeds and ``test_segment_unseen`` do not have (``tests/pages/``): saved as
Markdown, a PDF report converted to text, a live blog stamped "15 min ago", a numbered military briefing, a weekly
conflict monitor, a US live page with 12-hour stamps, a chronology table, and HTML left over from a bad save.
Each test says what a careful reader expects, and every non-blank line is used exactly once."""

from __future__ import annotations

import datetime as dt

import pytest
import test_segment_unseen as unseen
from test_segment_property import unaccounted
from test_segment_unseen import parse, stamps

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document
from chronik.segment import segment
from chronik.segment.blocks import split_blocks
from chronik.segment.markup import decode_entities


def test_page_saved_as_markdown_reads_as_its_text() -> None:
    page = parse("markdown_readlater")
    timed = [u for u in page.reports if u.time]
    assert [(u.date, u.time, u.timezone) for u in timed] == [("2024-05-14", t, "UTC")
                                                             for t in ("16:40", "14:05", "11:20", "09:45")]
    assert [u.title for u in timed] == ["UN warns of \"imminent\" famine in North Darfur",
                                        "RSF shelling hits hospital in El Fasher", None, None]
    famine, hospital = timed[0], timed[1]
    assert page.of("> \"We are running out") is famine and page.of("* No convoy has reached") is famine
    assert "(https://" not in hospital.text and "MSF said the Rapid Support Forces had fired" in hospital.text
    assert "**" not in timed[2].text and timed[2].text.startswith("Saudi and US mediators")
    assert [(page.of(s).date, page.of(s).kind) for s in ("* The army said", "* Chad closed")] == [
        ("2024-05-13", "update")] * 2
    for line in ("title: \"Sudan war live", "saved: 2024-05-14", "![Smoke rises", "![Patients are", "[Skip to content]",
                 "*Patients are evacuated", "[Share on X]"):
        assert page.why_dropped(line), line
    assert page.why_dropped("![Smoke rises") == "markup: image"
    assert page.why_dropped("saved: 2024-05-14") == "markup: front matter"
    page.not_reported("# Sudan war live", "*By Amina Yusuf", "> All times are GMT.", "**Read more:**",
                      "- [Who are the Rapid", "- [Sudan's war in maps]")
    assert page.of("# Sudan war live").text == "Sudan war live: RSF shells El Fasher as talks stall in Jeddah"


def test_pdf_report_converted_to_text_with_wrapped_lines_running_heads_and_footnotes() -> None:
    page = parse("pdf_sitrep")
    for start in ("UN OCHA | Situation Report", "Page "):
        assert all(page.dropped.get(n) for n in page.nos(start)), start
    assert page.dropped[page.nos("UN OCHA")[0]] == "boilerplate: running header or footer"
    omdurman = page.of("On 6 March, the Sudanese")
    assert omdurman.lines == list(range(page.no("On 6 March"), page.no("neighbourhoods and at least") + 1))
    assert "counter-offensive" in omdurman.text and "deaths." in omdurman.text and "²" not in omdurman.text
    assert "between 4 and 8 March" in page.of("• Fighting in Khartoum").text  # "be-" / "tween": a printer's hyphen
    convoy = page.of("On 7 March, a convoy")
    assert page.of("2023. Partners continue") is convoy and page.of("which authorities have kept") is convoy
    assert (convoy.date, convoy.tags) == ("2024-03-07", ["Humanitarian access"])
    health = page.of("The World Health Organization (WHO)")
    assert (health.date, health.kind) == ("2024-03-05", "update")  # "WHO" is not "who" opening a clause
    assert page.of("Fewer than 30 per cent") is health  # a full line runs on into the next
    jazirah = page.of("Between 8 and 10 March")
    assert (jazirah.date, jazirah.date_end) == ("2024-03-08", "2024-03-10")
    assert page.of("2.1 Humanitarian access").kind == "aside" and page.of("1. SITUATION OVERVIEW").kind == "aside"
    for line in ("¹ IOM DTM", "² Figures from", "For further information", "Jane Doe, Head", "To learn more"):
        assert page.why_dropped(line), line


def test_live_blog_stamped_minutes_and_hours_ago_counts_back_from_its_last_update() -> None:
    page = parse("relative_live")
    timed = [u for u in page.reports if u.time]
    assert [(u.date, u.time, u.timezone) for u in timed] == [
        ("2024-03-12", "14:17", "UTC"), ("2024-03-12", "13:57", "UTC"), ("2024-03-11", "21:10", "UTC"),
        ("2024-03-11", "18:45", "UTC")]
    assert "counted back from 'Last updated 14:32 GMT, 12 March 2024'" in timed[0].why
    # an age in hours is rounded ("2 hours ago" is anything up to 2:59 back): its day, and no clock time
    for start in ("Aid ship leaves Cyprus", "UN: airdrops no substitute"):
        assert (page.of(start).date, page.of(start).time) == ("2024-03-12", None)
    assert [u.title for u in timed][:2] == ["Hamas delegation meets Egyptian mediators",
                                            "Israel says it struck Hamas command post in central Gaza"]
    assert not any("out-of-order" in u.flags for u in page.updates)
    assert page.of("Last updated 14:32 GMT").kind == "aside"
    page.not_reported("More on this story", "Why a Ramadan truce matters", "Menu")


def _lines(text: str, published: str | None = "2024-03-12") -> tuple[Document, list, list]:
    source = Source(id="p", file="p.txt", path=unseen.PAGES / "p.txt", publisher="Example",
                    published=dt.date.fromisoformat(published) if published else None, timezone="UTC")
    config = Config(root=unseen.PAGES, path=unseen.PAGES / "config.yaml", title="t", epochs=(), sources=(source,))
    doc = Document("p", [clean_line(x) for x in text.splitlines()])
    updates, dropped = segment(doc, source, config)
    assert unaccounted(doc, updates, dropped) == []
    return doc, updates, dropped


def test_a_relative_stamp_without_a_clock_on_the_page_makes_up_no_time() -> None:
    _, updates, _ = _lines("Live: talks in Cairo\n\n15 min ago\nTalks resumed\nDelegations met in Cairo.\n\n"
                           "2 hours ago\nAid ship sails\nThe ship left Larnaca with food for Gaza.\n")
    reports = [u for u in updates if u.kind != "aside"]
    assert [(u.date, u.time) for u in reports] == [("2024-03-12", None)] * 2
    assert all("no clock time" in u.why for u in updates if u.text in ("15 min ago", "2 hours ago"))


def test_a_relative_age_above_a_clock_stamp_or_a_headline_list_stamps_nothing() -> None:
    _, updates, dropped = _lines("Key events\n1h ago\nTalks resume\n3h ago\nShip sails\n\nLast updated 14:32 GMT, "
                                 "12 March 2024\n1h ago\n13.32 GMT\nTalks resume\nDelegations met in Cairo.\n")
    assert [(u.time, u.title) for u in updates if u.kind == "update"] == [("13:32", "Talks resume")]
    assert len([d for d in dropped if d.reason == "boilerplate: relative age"]) == 3


def test_military_briefing_with_numbered_items_under_an_as_of_lead_in() -> None:
    page = parse("mod_briefing")
    lead = page.of("As of 06:00 on 12 March")
    assert (lead.kind, lead.date) == ("aside", "2024-03-12")
    items = [page.of(f"{k}{sep} ") for k, sep in ((1, "."), (2, "."), (3, ")"), (4, ")"), (5, "."))]
    assert [(u.kind, u.date, len(u.lines)) for u in items] == [("update", "2024-03-12", 1)] * 4 + [
        ("update", "2024-03-11", 1)]
    assert items[0].text.startswith("In Khartoum State") and items[2].text.startswith("Air defence units")
    assert all(u.date_basis == "heading" for u in items[:4])
    for line in ("Home / Media", "Briefing_12_March", "Share: Facebook", "Previous briefing", "Next briefing", "©"):
        assert page.why_dropped(line), line


def test_weekly_conflict_monitor_by_region_with_dates_and_ranges_in_the_text() -> None:
    page = parse("conflict_monitor")
    expected = [("On 3 March", "2024-03-03", None, "Khartoum"), ("Between 4 and 6 March", "2024-03-04", "2024-03-06",
                                                                  "Khartoum"),
                ("On 7 March", "2024-03-07", None, "Khartoum"), ("RSF fighters looted", "2024-03-02", None, "Darfur"),
                ("From 5 to 8 March", "2024-03-05", "2024-03-08", "Darfur"),
                ("On 8 March", "2024-03-08", None, "Al Jazirah")]
    for start, day, end, region in expected:
        u = page.of(start)
        assert (u.kind, u.date, u.date_end, u.tags) == ("update", day, end, [region]), start
    assert page.why_dropped("Data are preliminary") == "boilerplate: disclaimer"  # "may be revised as new ..."
    assert page.why_dropped("Cite this:") == "boilerplate: citation prompt"
    page.not_reported("Weekly overview: 24 February", "Weekly overview: 17", "Related", "Khartoum", "Darfur")


def test_us_live_page_with_12_hour_et_stamps_under_weekday_headings() -> None:
    page = parse("us_live_12h")
    assert stamps(page) == [("2023-10-17", "23:30", "America/New_York"), ("2023-10-17", "15:10", "America/New_York"),
                            ("2023-10-17", "09:45", "America/New_York"), ("2023-10-16", "20:05", "America/New_York"),
                            ("2023-10-16", "07:00", "America/New_York")]
    assert page.of("The claims could not be") is page.of("An explosion at Al-Ahli")
    assert page.of("Updated Oct. 17, 2023").kind == "aside"
    assert page.why_dropped("Share full article") and page.why_dropped("Advertisement")
    page.not_reported("Patrick Kingsley contributed", "Related Content", "What to Know About")
    assert not any("out-of-order" in u.flags for u in page.updates)


def test_chronology_table_rows_each_an_update_dated_by_their_first_cell() -> None:
    page = parse("chronology_table")
    days = ["2023-04-15", "2023-04-16", "2023-04-21", "2023-05-06", "2023-05-20", "2023-06-14",
            "2023-10-26", "2023-11-15", "2023-12-19"]
    rows = [u for u in page.reports if u.kind == "update"]
    assert [(u.date, u.date_basis, len(u.lines)) for u in rows] == [(d, "explicit", 1) for d in days]
    assert rows[0].text == ("15 April 2023 | Fighting breaks out in Khartoum between the Sudanese Armed Forces and the "
                            "Rapid Support Forces. | Reuters")
    assert rows[-1].text == "19 December 2023 | RSF enters Wad Madani, capital of Al Jazirah State. | AFP"
    assert [page.dropped[n] for n in page.nos("Date")] == ["markup: table header"] * 2
    assert page.why_dropped("--- | ---") == "separator"
    page.not_reported("Notes: dates are local")


def test_html_left_over_from_a_bad_save_reads_clean_and_loses_no_text() -> None:
    page = parse("html_leftovers")
    assert page.of("<h1>").text == "Russia’s strikes on Kharkiv: what we know"
    assert page.of("<p class=\"byline\">").text == "By Olena Marchenko & Peter Brandt"
    kharkiv = page.of("<p>Russian forces struck")
    assert (kharkiv.date, kharkiv.date_basis) == ("2024-03-11", "relative")
    assert page.of("Rescue crews worked") is kharkiv and page.of("<p>&ldquo;The enemy") is kharkiv
    assert "“The enemy hit a residential area of the Kyivskyi district,” Syniehubov wrote on Telegram. Rescue" in (
        kharkiv.text)
    assert [(u.date, u.time) for u in page.reports if u.time] == [("2024-03-12", "10:15"), ("2024-03-12", "11:02")]
    kremlin = page.of("<p><strong>11:02")
    assert kremlin.text.startswith("The Kremlin said Russia's presidential election would go ahead in occupied "
                                   "regions & called Western criticism \"interference\".")
    assert "\"Grain from Ukraine\" & §4 &madeup; programme" in kremlin.text  # an unknown entity stays as written
    assert page.of("<li>The EU agreed").text == "The EU agreed a €5 billion top-up of the European Peace Facility."
    assert not any("<" in u.text or "&nbsp;" in u.text for u in page.updates)
    for line, why in (("<div class", "markup: HTML tags"), ("<p>&nbsp;</p>", "markup: HTML tags"),
                      ("<p><img", "markup: image"), ("<script>", "markup: script"), ("<ul>", "markup: HTML tags")):
        assert page.why_dropped(line) == why, line
    assert page.why_dropped("<footer>") == "boilerplate: copyright"


def test_entities_decode_only_when_html_knows_them() -> None:
    assert decode_entities("AT&T &amp; R&D &notaword; &#8217; &#x2014; &nbsp;") == "AT&T & R&D &notaword; ’ — \u00a0"


@pytest.mark.parametrize(("lines", "texts", "bullets"), [
    (["1. The army said it repelled an attack.", "2) Drones were shot down.", "2.1 Humanitarian access"],
     ["The army said it repelled an attack.", "Drones were shot down.", "Humanitarian access"], [True, True, False]),
    (["14.32 GMT", "1.5 million people fled."], ["14.32 GMT", "1.5 million people fled."], [False, False]),
    (["Date | Event", "1 May 2023 | Talks open.", "2 May 2023 | Talks end."], ["", "1 May 2023 | Talks open.",
                                                                             "2 May 2023 | Talks end."],
     [False, True, True]),
])
def test_numbered_items_sections_and_table_rows(lines: list[str], texts: list[str], bullets: list[bool]) -> None:
    blocks = split_blocks(lines)
    assert [(b.text, b.bullet) for b in blocks] == list(zip(texts, bullets, strict=True))


def test_hard_wrapped_words_keep_a_hyphen_the_page_or_a_prefix_gives_them() -> None:
    long = "The report said the army had been preparing for a long time, since the"
    page = [f"{long} counter-", "offensive began. It noted the cease-", "fire was broken by both sides and the be-",
            "haviour of the fighters, and the well-", "armed militias, and a re-", "newed push in the east.",
            "Their behaviour was condemned."]
    text = split_blocks(page)[0].text
    assert "counter-offensive" in text and "cease-fire" in text and "behaviour" in text and "well-armed" in text
    assert "renewed" in text
