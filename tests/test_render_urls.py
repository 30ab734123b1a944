"""The one relative-URL helper: links work from any page, any sub-path and file://."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

from hypothesis import given
from hypothesis import strategies as st

from chronik.render.urls import (
    absolute,
    entry_path,
    file_id,
    relative,
    resolve,
    slugify,
    text_fragment,
    unique_slugs,
)


def test_relative_links_between_folders() -> None:
    assert relative("sources/a.html#L3", "entries/b.html") == "../sources/a.html#L3"
    assert relative("index.html", "entries/b.html") == "../index.html"
    assert relative("days/2020-11-03.html", "index.html") == "days/2020-11-03.html"
    assert relative("sources/a.html#L3", "sources/a.html") == "#L3"
    assert relative("a/b/c.html", "a/b/d.html") == "../../a/b/c.html"


def test_a_link_depends_only_on_the_depth_of_the_page() -> None:
    """So that navigation and list lines are drawn once per depth and reused."""
    for page in ("entries/b.html", "places/x.html", "timeline/oldest-2.html"):
        assert relative("entries/c.html", page) == "../entries/c.html"
        assert relative("places/x.html", page) == "../places/x.html"


def test_relative_never_points_at_a_folder_or_the_root() -> None:
    for page in ("index.html", "entries/x.html", "a/b/c.html"):
        link = relative("index.html", page)
        assert not link.startswith("/") and link.endswith("index.html")


segment = st.text(alphabet="abcxyz-0123456789", min_size=1, max_size=6)
site_path = st.builds(lambda dirs, name: "/".join([*dirs, name + ".html"]),
                      st.lists(segment, max_size=3), segment)


@given(site_path, site_path, st.one_of(st.none(), segment))
def test_relative_and_resolve_are_inverse(target: str, page: str, fragment: str | None) -> None:
    full = target + (f"#{fragment}" if fragment else "")
    link = relative(full, page)
    assert resolve(link, page) == full
    # and a browser (posix path join) agrees
    path = link.partition("#")[0]
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) if path else page
    assert joined == target


def test_resolve_reports_links_that_leave_the_site() -> None:
    assert resolve("../../x.html", "entries/a.html").startswith("..")


def test_absolute_uses_base_url() -> None:
    assert absolute("https://u.github.io/repo/", "entries/a.html") == "https://u.github.io/repo/entries/a.html"
    assert absolute("https://u.github.io/repo", "index.html") == "https://u.github.io/repo/"


def test_slugs_are_ascii_stable_and_unique() -> None:
    assert slugify("Şuşa") == "susa"
    assert slugify("Nagorno-Karabakh (Artsakh)") == "nagorno-karabakh-artsakh"
    other_script = slugify("Ստեփանակերտ")
    assert other_script.startswith("x-") and other_script == slugify("Ստեփանակերտ")
    slugs = unique_slugs(["Shusha", "shusha", "SHUSHA"])
    assert len(set(slugs.values())) == 3


def test_entry_ids_become_safe_file_names() -> None:
    assert entry_path("2020-11-03-0855-shelling") == "entries/2020-11-03-0855-shelling.html"
    odd = file_id("a/b c?d")
    assert "/" not in odd and " " not in odd and "?" not in odd
    assert file_id("a/b c?d") != file_id("a/b c?e")


def test_text_fragment_encodes_the_quote_start() -> None:
    url = text_fragment("https://example.com/live#top", "Shelling hit the central-square, of Kharkiv & more words here")
    assert url.startswith("https://example.com/live#:~:text=")
    fragment = url.split("#:~:text=")[1]
    assert "-" not in fragment and "&" not in fragment and " " not in fragment and "," not in fragment
    assert unquote(fragment) == "Shelling hit the central-square, of Kharkiv & more"
    assert text_fragment("https://example.com/", "") == "https://example.com/"
