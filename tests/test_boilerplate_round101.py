"""Round 101: a host's and an archive's furniture met on the blind sets ZZZZO, ZZZZR and ZZZZS (Rwanda 1994,
Chechnya 1995, Bosnia 1995): a monitoring service's permission line, a paragraph labelled as a disclaimer, how to
cite a document, a newspaper's appeal before the reader moves on, a site kept as an archive, an archive's image
described for screen readers, a blog's archive of its years, the site's name closing a story, the sources a
chronology names at its foot, the wires a story drew on, a spokesperson's closing thanks, the clock a page gives its
times in; and the news like them that stays. Lines written for these tests."""

from __future__ import annotations

import pytest
from test_boilerplate_round39 import run, why

from chronik.segment.blocks import Block
from chronik.segment.exchanges import closes_session
from chronik.segment.headings import furniture, lead_in


@pytest.mark.parametrize(("line", "reason"), [
    ("Monitoring Service. Reproduced by permission. Not for redistribution.", "copyright"),
    ("Disclaimer This is not an official publication of the Council. The Council is not responsible for, nor does it "
     "necessarily endorse, its content. Any views expressed are solely those of the author or publisher and do not "
     "necessarily reflect those of the Council or its member states.", "labelled disclaimer"),
    ("Cite as Helsinki Watch, Bosnia: The Siege of Gorazde, 4 May 1994, available at: https://example.org/41177",
     "citation prompt"),
    ("I hope you found this report useful. Before you move on, I was hoping you would consider taking the step of "
     "supporting our journalism.", "donation appeal"),
    ("This is the archived website of the Tribunal, which closed on 31 December 2017.", "archive note"),
    ("This website is no longer updated.", "archive note"),
    ("An illustration of a magnifying glass.", "photo caption"),
    ("A line drawing of the archive's headquarters building façade.", "photo caption"),
    ("► 2015 (298)", "pagination"),
    ("▼ June (12)", "pagination"),
    ("– Example.com", "site credit"),
    ("Share in Facebook", "share buttons"),
])
def test_a_hosts_furniture_is_dropped(line: str, reason: str) -> None:
    assert why(line) == f"boilerplate: {reason}"


@pytest.mark.parametrize("line", [
    "NATO's secretary general said the fall of the town does not necessarily reflect a turning point of the war.",
    "The disclaimer was read out at the start of the broadcast, the station's director told reporters on Monday.",
    "The archived footage of the shelling was shown to the court on Tuesday, prosecutors said.",
    "An illustration of the blast radius was shown to the court on Tuesday.",
    "A drawing of the new border line was handed to the envoys on Monday, officials said.",
])
def test_news_like_a_hosts_furniture_stays(line: str) -> None:
    assert why(line) is None


@pytest.mark.parametrize("line", ["— With AFP and Reuters", "With AP", "- With AFP, AP and Reuters",
                                  "Sources: Imperial War Museum archive; The Times and the Daily Telegraph, June 1944.",
                                  "1 Source: Johnson Library, National Security File, Situation Reports. Secret."])
def test_the_sources_a_page_drew_on_are_its_credit(line: str) -> None:
    assert furniture(Block(0, [1], line)) == "credit"


def test_a_spokespersons_closing_thanks_end_the_session() -> None:
    assert closes_session("OFFICIAL SPOKESPERSON: Thank you very much for joining us. This concludes the briefing.")


def test_the_clock_a_page_gives_its_times_in_is_a_page_note() -> None:
    assert lead_in(Block(0, [1], "All times are given in Tbilisi time (GMT+4), which is the same as in Baku."))
    assert why("Sources said the talks would resume on Monday in Doha.") is None


def test_a_briefers_we_and_this_report_are_the_briefers_words() -> None:
    page = "\n".join([
        "Briefing by the Deputy Chief of the General Staff",
        "QUESTION (Interfax): Are the troops leaving the port of Poti today?",
        "GEN. PETROV: The units will leave the port in accordance with the agreed principles.",
        "QUESTION (Reuters): A rights group says cluster bombs were dropped on the town on Tuesday. Is that true?",
        "GEN. PETROV: We did not use cluster munitions. We will study this report, but it has nothing to do with "
        "reality.",
        "QUESTION (AFP): Is the road to the capital open?",
        "GEN. PETROV: The road is open for civilian traffic and humanitarian cargoes.",
    ])
    updates, dropped = run(page, publisher="Ministry of Defence")
    assert [d.line for d in dropped] == []
    assert any(u.text.startswith("GEN. PETROV: We did not use") for u in updates)
