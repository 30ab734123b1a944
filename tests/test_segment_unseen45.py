"""Formats met on the blind sets ZZZZZE (Mosul 2016-17) and ZZZZZF (Crimea 2014), each on pages written for these
tests:

- a military command's daily release with its marker line ("FOR IMMEDIATE RELEASE") right over its lead, under the
  command's motto ("One Force. Many Nations."): the marker is the release's furniture, an aside, no title of the
  lead; the section labels over its items ("Raids near Kidal") stay asides;
- its foot: a pointer to the series' archive, the link lost in the copy ("For a list of previously reported raids,
  visit the Daily Releases archive."), the note of what a release of the series lists ("This Task Force release
  contains all raids ...") and of how its figures may change ("... may be refined as more information becomes
  available"): furniture, dropped;
- the release's own voice, on the page of a command no sides file lists (a multinational task force): a third
  party's, not the outlet's;
- a wire story's recap paragraph opening on history ("Russian tanks rolled into South Ossetia in early August ...")
  and closing on a day of the page's weeks ("... recognised ... on Tuesday"): background, of the page's day.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from page_cases import of, parse_page
from test_boilerplate_round39 import why

from chronik.config import Config, Source
from chronik.extract import annotate, load_extract_data
from chronik.model import Update

RELEASE = """
    Joint Task Force Sahel
    One Force. Many Nations.
    Home
    About
    Leadership
    News
    News Releases
    Daily Releases
    Multimedia
    Contact Us
    Search
    Home : News : Daily Releases
    Coalition Air Operations Continue Against Militants in Northern Mali
    Feb. 12, 2013
    Release # 20130212-02
    FOR IMMEDIATE RELEASE
    BAMAKO, Mali – On Feb. 11, Task Force aircraft conducted 14 raids against militant positions in northern Mali.
    Raids near Gao
    Near Gao, six raids destroyed three vehicles and a weapons depot.
    Raids near Kidal
    Near Kidal, eight raids engaged two militant units and destroyed a command post.
    """


def test_a_release_marker_over_the_lead_is_an_aside_not_its_title() -> None:
    updates = parse_page(RELEASE, dt.date(2013, 2, 12), "Africa/Bamako")
    marker = of(updates, "FOR IMMEDIATE RELEASE")
    assert marker.kind == "aside"
    lead = of(updates, "BAMAKO, Mali")
    assert lead.title is None and str(lead.date) == "2013-02-11"
    assert of(updates, "Raids near Kidal").kind == "aside"
    assert of(updates, "Near Kidal").kind == "update"


def test_a_release_series_foot_is_furniture() -> None:
    archive = "For a list of previously reported raids, visit the Daily Releases archive."
    assert why(archive) == "boilerplate: link prompt"
    assert why("This Task Force release contains all raids conducted by fighter, attack and remotely piloted aircraft "
               "when fired on planned targets.") == "boilerplate: disclaimer"
    assert why("The information used to compile the daily releases is based on initial reports from aircrews and is "
               "subject to change. Raid assessments are based on initial reports and may be refined as more "
               "information becomes available.") == "boilerplate: disclaimer"


def test_a_release_in_the_voice_of_a_command_no_sides_file_lists_is_a_third_partys() -> None:
    source = Source(id="release", file="r.txt", path=Path("r.txt"), publisher="Combined Joint Task Force Sahel",
                    published=dt.date(2013, 2, 12), timezone="Africa/Bamako")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    update = Update("release", [6], "Near Gao, six raids destroyed three vehicles and a weapons depot.")
    update.context.release = True
    annotate(update, config, load_extract_data(config))
    assert update.attribution.side == "third-party"


RECAP_STORY = """
    Georgia says it cuts ties with Moscow
    TBILISI, Aug 29 (Wire) - Georgia broke off diplomatic relations with Russia on Friday, its foreign ministry said.
    Russian tanks rolled into South Ossetia in early August after Georgia tried to retake the region by force. \
President Dmitry Medvedev recognised South Ossetia and Abkhazia as independent states on Tuesday.
    """


def test_a_recap_opening_on_history_is_not_dated_by_its_last_day() -> None:
    updates = parse_page(RECAP_STORY, dt.date(2008, 8, 29), "Asia/Tbilisi")
    recap = of(updates, "Russian tanks rolled")
    assert str(recap.date) == "2008-08-29" and recap.date_basis == "publication"


def test_a_retrospective_keeps_the_day_of_its_past() -> None:
    updates = parse_page("""
        Fifty years on: the road to war
        In the spring of 1967, tensions between Israel and its neighbours rose sharply. On May 22, 1967, Egypt \
closed the Straits of Tiran to Israeli shipping, days after ordering UN peacekeepers out of Sinai.
        """, dt.date(2017, 6, 5), "Asia/Jerusalem")
    assert str(of(updates, "In the spring of 1967").date) == "1967-05-22"
