"""A live page's opening post with a label between its stamp and its lead-in ("06.41 GMT" / "Opening summary" /
"Good morning ... Here are the latest developments:") lists one update a paragraph, as it does with no label; and a
story's topic tags copied a line each with their commas ("Sudan," / "RSF,") are furniture, not context paragraphs.
Pages written for these tests on the war in Sudan."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from page_cases import of, parse_page

from chronik.config import Config, Source
from chronik.ingest import Document, clean_line
from chronik.segment import segment

LIVE = """
    Sudan war live: army says it has retaken Omdurman market
    09.30 GMT
    The army said its units had retaken the Omdurman market after two days of fighting with the RSF.
    Share
    06.15 GMT
    Opening summary
    Good morning and welcome to our coverage of the war in Sudan. Here are the latest developments:
    The RSF said on Sunday that its fighters had shot down an army drone over Nyala.
    The UN's humanitarian office said 12,000 people had fled El Fasher since Friday.
    Egypt's foreign minister called on both sides to return to the talks in Jeddah.
    Explore more on these topics
    """


def test_a_labelled_opening_summary_is_one_update_a_paragraph() -> None:
    updates = parse_page(LIVE, dt.date(2024, 6, 10), "UTC")
    starts = ("The RSF said on Sunday", "The UN's humanitarian office", "Egypt's foreign minister")
    found = [of(updates, start) for start in starts]
    assert all(u.kind != "aside" for u in found)
    assert len({u.lines[0] for u in found}) == 3  # three updates, not one
    assert of(updates, "The RSF said on Sunday").date == "2024-06-09"  # its own day, not the post's


ARTICLE = """
    Army says it repelled RSF attack on El Obeid
    KHARTOUM
    The Sudanese army said on Monday it had repelled an attack by the Rapid Support Forces on the city of El Obeid.
    The RSF did not comment on the claim.
    Sudan,
    RSF,
    El Obeid,
    war
    RECOMMENDED
    """


def _segment(text: str) -> tuple[list, dict[int, str]]:
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher="Desk", title=None,
                    published=dt.date(2024, 6, 10), timezone="UTC")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    updates, dropped = segment(Document("page", lines), source, config)
    return updates, {d.line: d.reason for d in dropped}


def test_a_run_of_comma_closed_tags_is_furniture() -> None:
    updates, dropped = _segment(ARTICLE)
    for line in (5, 6, 7, 8):  # "Sudan," ... "war": the last tag has no comma
        assert "tags" in dropped.get(line, ""), line
    assert of(updates, "The Sudanese army said").kind == "update"


def test_two_comma_closed_lines_are_no_tag_list() -> None:
    _, dropped = _segment(ARTICLE.replace("    El Obeid,\n    war\n", ""))
    assert not any("tags" in reason for reason in dropped.values())
