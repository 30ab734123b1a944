"""Whatever the page, every non-empty line ends up exactly once in an update or in ``dropped``, and nothing raises."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.config import Config, Epoch, Source
from chronik.ingest import clean_line
from chronik.model import DATE_BASES, KINDS, Document, Dropped, Update
from chronik.segment import segment

LINES = [
    "", "", "November 2", "oct7 update", "Sunday, October 11th", "Karabakh, day 11", "Military developments",
    "Information from Baku:", "See Also", "Here is a chronology of official updates.", "8:55 a.m.: Shelling resumed.",
    "11 a.m.: The ministry said two tanks were destroyed.", "21:35", "04 Nov 2020, 18:30", "17:40GMT – Talks began.",
    "9:25 p.m.: A civilian was wounded.", "Stepanakert and Shushi Targeted Again", "• Baku said it took a village.",
    "- Yerevan denied it.", "***", "-", "“We will respond,” he said.", "He added that talks would go on.",
    "On October 2, the prime minister gave an interview.", "Russian peacekeepers have been in place since 2020.",
    "Our website uses cookies. Accept cookies.", "Leave a Reply", "All rights reserved by Example",
    "Via AP news wire", "Sunday 25 October 2020 11:56 EDT", "Associated Press writer X contributed to this report.",
    "News, reports, photos / videos on military operations for October 5, 2020", "At 2:30 p.m., troops advanced.",
    "The person said many residents had fled.", "Posted at 14:05", "14.05 BST", "Thirty ninth day of the war",
    "1h ago14.32 GMT", "1h ago", "10:21 PM · Mar 3, 2022", "[1/4] Shelling resumed in Kharkiv.", "Key Takeaways:",
    "Ukrainian Air Force, [12.03.2024 07:02]", "Contents", "1 March 2022", "3 See also", "March 2022[edit]",
    "2 March[edit]", "Today", "Yesterday, 11:58 pm", "Published On 11 Apr 2023", "All times stated are UK",
    "Image caption, Residents queue for water", "Share", "By TOI Staff", "From CNN's Jane Doe",
    "9 October – Israel ordered a siege.", "Updated 11:04 p.m. ET, October 9, 2023", "Summary of the day so far",
    "Here are the latest developments:", "The total losses were approximately:", "tanks – 6,732 (+13),", "#StopRussia",
]


def unaccounted(doc: Document, updates: list[Update], dropped: list[Dropped]) -> list[int]:
    """The non-empty lines of ``doc`` not used exactly once (in an update, its title, or ``dropped``)."""
    used: dict[int, int] = {}
    for n in [*(n for u in updates for n in (*u.lines, *u.title_lines)), *(d.line for d in dropped)]:
        used[n] = used.get(n, 0) + 1
    return [n for n, line in enumerate(doc.lines, 1) if line.strip() and used.get(n) != 1] + sorted(
        n for n in used if not 0 < n <= len(doc.lines) or not doc.lines[n - 1].strip())


@settings(max_examples=120, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=40)), max_size=40),
       st.sampled_from([None, "2020-11-03"]))
def test_every_line_is_accounted_for_once(lines: list[str], published: str | None) -> None:
    source = Source(id="p", file="p.txt", path=Path("p.txt"), publisher="Example",
                    published=dt.date.fromisoformat(published) if published else None, timezone="Asia/Baku")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t",
                    epochs=(Epoch("war", dt.date(2020, 9, 27)),), sources=(source,))
    text = "\n".join(lines)
    doc = Document("p", [clean_line(x) for x in text.splitlines()])
    updates, dropped = segment(doc, source, config)
    assert unaccounted(doc, updates, dropped) == []
    for u in updates:
        assert u.kind in KINDS and u.date_basis in DATE_BASES and u.why
        assert u.date is not None or "no-date" in u.flags or u.kind == "aside"
