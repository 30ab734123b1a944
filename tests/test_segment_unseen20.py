"""Round twenty of page shapes, with examples from other outlets and wars: a news list whose items are each a
headline, a byline ending with the item's day ("by Kyiv Post Staff  Mar 4, 2022") and the item's text."""

from __future__ import annotations

from test_boilerplate import run

NEWS_LIST = """\
The Kyiv Post
Ukraine's Global Voice
Latest News
Russian missile hits Odesa port grain terminal
by Kyiv Post Staff  Mar 4, 2022
A Russian missile struck a grain terminal in the port of Odesa overnight, the regional governor said.
Two warehouses burned down and one worker was wounded, he added.
Comments 5
Zelensky asks allies for more air defence
by Agence France-Presse  Mar 3, 2022
President Volodymyr Zelensky asked Western allies for more air-defence systems in a video address.
Comments 11
"""


def test_a_news_list_item_starts_at_its_headline_and_is_dated_by_its_byline() -> None:
    updates, _ = run(NEWS_LIST)
    items = [u for u in updates if u.kind == "update"]
    assert [(sorted(u.title_lines + u.lines), u.date) for u in items] == [([4, 5, 6, 7], "2022-03-04"),
                                                 ([9, 10, 11], "2022-03-03")]

