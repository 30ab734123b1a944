"""``content/``: Markdown pages (about, methodology) and editors' day summaries, with YAML front matter.

```
---
title: About this chronology
order: 1
---
Markdown text…
```

``content/*.md`` become pages at the site root (``about.md`` → ``about.html``) listed in the
navigation by ``order``; ``content/days/YYYY-MM-DD.md`` is shown at the top of that day's page.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from chronik.errors import ChronikError, Problem
from chronik.render.urls import slugify
from chronik.yamlsrc import loads_marked, value_mark

# Site paths the generator writes itself; a content page may not take one of them.
RESERVED = {"index", "newest", "feed", "sitemap", "chronology", "timelinejs", "404"}


@dataclass(frozen=True)
class ContentPage:
    slug: str
    title: str
    order: float
    body: str
    file: str

    @property
    def path(self) -> str:
        return f"{self.slug}.html"


@dataclass(frozen=True)
class DaySummary:
    day: str
    title: str | None
    body: str
    file: str


def split_front_matter(text: str, name: str) -> tuple[CommentedMap, str, int]:
    """(front matter, body, line number where the body starts); no front matter gives an empty map."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return CommentedMap(), text, 1
    for no, line in enumerate(lines[1:], 2):
        if line.strip() in ("---", "..."):
            head = "".join(lines[1: no - 1])
            try:
                meta = loads_marked(head, name) if head.strip() else CommentedMap()
            except ChronikError as exc:  # shift the marks: the front matter starts on line 2
                raise ChronikError([Problem(p.file, p.line + 1 if p.line else 0, p.col, p.message, p.expected)
                                    for p in exc.problems]) from exc
            if not isinstance(meta, CommentedMap):
                raise ChronikError(Problem(name, 2, 1, "front matter is not a mapping", "key: value lines"))
            return meta, "".join(lines[no:]), no + 1
    raise ChronikError(Problem(name, 1, 1, "front matter is not closed", "a line '---' after the front matter"))


def _mark(meta: CommentedMap, key: str) -> tuple[int, int]:
    line, col = value_mark(meta, key)
    return (line + 1, col) if line else (1, 1)


def _read(path: Path, root: Path) -> tuple[str, CommentedMap, str]:
    name = str(path.relative_to(root))
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ChronikError(Problem(name, 0, 0, f"not UTF-8 text ({exc.reason})", "a UTF-8 file")) from exc
    meta, body, _ = split_front_matter(text, name)
    return name, meta, body


def load_pages(content_dir: Path, root: Path) -> list[ContentPage]:
    """Every ``content/*.md`` page, sorted by ``order`` then title."""
    pages: list[ContentPage] = []
    problems: list[Problem] = []
    if not content_dir.is_dir():
        return pages
    for path in sorted(content_dir.glob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        name, meta, body = _read(path, root)
        slug = slugify(path.stem)
        title = meta.get("title")
        order = meta.get("order", 100)
        if slug in RESERVED:
            problems.append(Problem(name, 1, 1, f"'{path.name}' would overwrite the generated {slug} page",
                                    "another file name"))
        if not isinstance(title, str) or not title.strip():
            problems.append(Problem(name, *(_mark(meta, "title") if "title" in meta else (1, 1)),
                                    "missing or empty 'title' in the front matter", "title: Page title"))
            continue
        if isinstance(order, bool) or not isinstance(order, int | float):
            problems.append(Problem(name, *_mark(meta, "order"), f"bad 'order': {order!r}",
                                    "a number; pages are listed by it"))
            continue
        pages.append(ContentPage(slug, title.strip(), float(order), body, name))
    if problems:
        raise ChronikError(problems)
    return sorted(pages, key=lambda p: (p.order, p.title))


_DAY_FILE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load_day_summaries(content_dir: Path, root: Path) -> dict[str, DaySummary]:
    """``content/days/YYYY-MM-DD.md`` by day."""
    out: dict[str, DaySummary] = {}
    folder = content_dir / "days"
    if not folder.is_dir():
        return out
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        name, meta, body = _read(path, root)
        try:
            if not _DAY_FILE.match(path.stem):
                raise ValueError
            dt.date.fromisoformat(path.stem)
        except ValueError:
            problems.append(Problem(name, 0, 0, "a day summary's file name is not a date",
                                    "content/days/YYYY-MM-DD.md"))
            continue
        title = meta.get("title")
        out[path.stem] = DaySummary(path.stem, title if isinstance(title, str) else None, body, name)
    if problems:
        raise ChronikError(problems)
    return out
