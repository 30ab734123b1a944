"""The one place that knows where pages live and how to link between them.

Every page has a *site path*: a root-relative POSIX path such as ``entries/2020-11-03-x.html``.
Templates never write ``/``-rooted links; they call ``url(site_path)``, which returns the link from
the page being rendered, so the site works under any sub-path (``user.github.io/repo/``) and from
``file://``. Links always name a file (``index.html``), never a folder, because ``file://`` does not
resolve folder indexes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote, urlsplit

_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def relative(target: str, page: str) -> str:
    """The link from site path ``page`` to site path ``target`` (which may carry a ``#fragment``).

    Links climb to the site root and go down again (``relative("sources/a.html#L3", "entries/b.html")
    == "../sources/a.html#L3"``, even from ``sources/c.html``), so a link's text depends only on how
    deep the page is: a navigation bar or a line of a list is the same on every page at that depth,
    and the build draws it once. A target on the same page becomes just its fragment.
    """
    if target.startswith("#"):
        return target
    path, hashmark, fragment = target.partition("#")
    if hashmark and path == page:
        return f"#{fragment}"
    return "../" * page.count("/") + target


def depth(page: str) -> int:
    """How many folders below the site root ``page`` is (what its links depend on)."""
    return page.count("/")


def resolve(link: str, page: str) -> str:
    """The site path a relative ``link`` found on ``page`` points to (the inverse of :func:`relative`)."""
    if link.startswith("#"):
        return page.partition("#")[0] + link
    parts = page.split("/")[:-1]
    path, hashmark, fragment = link.partition("#")
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
            else:
                parts.append("..")  # climbs out of the site: reported as broken by the link check
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts) + (f"#{fragment}" if hashmark else "")


def absolute(base_url: str, site_path: str) -> str:
    """``site_path`` under the published ``base_url`` (for feeds, the sitemap and citations)."""
    return base_url.rstrip("/") + "/" + (site_path if site_path != "index.html" else "")


def is_absolute_url(base_url: str) -> bool:
    return base_url.startswith(("http://", "https://"))


NOT_FOUND = "404.html"  # what GitHub Pages serves for an address the site does not have (in no sitemap)


def published_root(base_url: str) -> str | None:
    """The path the site is published under (``/repo/`` for ``https://user.github.io/repo/``, ``/`` for a
    user site), for the one page served at any address, the 404 page; None when ``base_url`` does not say."""
    path = urlsplit(base_url).path if is_absolute_url(base_url) else base_url
    if not path.startswith("/"):
        return None
    return path if path.endswith("/") else path + "/"


def slugify(name: str) -> str:
    """A file-name-safe slug: ``Şuşa`` → ``susa``; text in other scripts gets a short stable hash."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = _NON_WORD.sub("-", ascii_text).strip("-")[:60].strip("-")
    if not slug:
        slug = "x-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return slug


def unique_slugs(names: list[str]) -> dict[str, str]:
    """A slug for each name, distinct even when two names fold to the same letters (sorted, so stable)."""
    taken: set[str] = set()
    out: dict[str, str] = {}
    for name in sorted(set(names)):
        base = slugify(name)
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        out[name] = slug
    return out


def file_id(entry_id: str) -> str:
    """An entry id as a file name: ids are slugs already; anything else is made safe, stably."""
    if _SAFE_ID.match(entry_id):
        return entry_id
    return slugify(entry_id) + "-" + hashlib.sha1(entry_id.encode("utf-8")).hexdigest()[:6]


def text_fragment(url: str, quote_text: str, words: int = 8) -> str:
    """``url`` with a ``#:~:text=`` fragment that scrolls a browser to the start of ``quote_text``."""
    start = " ".join(quote_text.split()[:words]).rstrip(",;:.")
    if not start:
        return url
    encoded = quote(start, safe="").replace("-", "%2D")
    return f"{url.partition('#')[0]}#:~:text={encoded}"


# --- where each kind of page lives ------------------------------------------------------------

def entry_path(entry_id: str) -> str:
    return f"entries/{file_id(entry_id)}.html"


def day_path(day: str) -> str:
    return f"days/{day}.html"


def source_path(source_id: str) -> str:
    return f"sources/{source_id}.html"


def line_anchor(source_id: str, line: int) -> str:
    return f"{source_path(source_id)}#L{line}"


def facet_path(kind: str, slug: str, page: int = 1) -> str:
    """``places/shusha.html``; later pages of a long list: ``places/shusha.p2.html``."""
    return f"{kind}/{slug}.html" if page == 1 else f"{kind}/{slug}.p{page}.html"


def timeline_path(newest_first: bool, page: int = 1) -> str:
    if page == 1:
        return "newest.html" if newest_first else "index.html"
    return f"timeline/{'newest' if newest_first else 'oldest'}-{page}.html"
