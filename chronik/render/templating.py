"""The Jinja2 environment: user templates first, then the packaged theme; every page autoescaped.

Templates get ``url(site_path)`` (the link from the page being rendered to a root-relative site
path), ``markdown(text)`` (editor Markdown made safe, links relative to the page), ``list_item(e,
level)`` (one line of a list of entries), the build-wide ``site``, ``config`` and ``nav``, and a few
formatting filters.

The page being rendered is held in a context variable set by :func:`render`, not passed through the
Jinja context, so that macro files can be imported without context (Jinja then compiles and caches
them once) and still link relative to the right page.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from jinja2.bccache import Bucket
from markupsafe import Markup, escape

from chronik.config import Config
from chronik.render import fmt
from chronik.render.markup import MarkdownRenderer
from chronik.render.urls import depth, relative
from chronik.wording import plural

THEME_DIR = Path(__file__).resolve().parent.parent / "theme"
ITEM_CACHE_SIZE = 300_000  # about 1 kB each: a few hundred MB at most

PAGE: ContextVar[str] = ContextVar("chronik_page", default="index.html")


class _MemoryBytecodeCache(BytecodeCache):
    """Compiled templates kept for the life of the process (``chronik serve`` rebuilds, the tests).

    Jinja keys each entry by template name and checks the source's checksum, so an edited template
    is compiled again and two projects never share a stale one.
    """

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self._store:
            bucket.bytecode_from_string(self._store[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()


_BYTECODE = _MemoryBytecodeCache()


def url(target: str) -> str:
    """The link from the page being rendered to ``target`` (a site path, optionally with ``#fragment``)."""
    return relative(target, PAGE.get())


def make_environment(config: Config) -> Environment:
    """One environment per build (and per worker process, inherited), templates compiled once."""
    loader = ChoiceLoader([FileSystemLoader(str(config.templates_dir)), FileSystemLoader(str(THEME_DIR))])
    env = Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True,
                      undefined=StrictUndefined, auto_reload=False, cache_size=-1, bytecode_cache=_BYTECODE)
    md = MarkdownRenderer()

    def markdown(text: str | None) -> Markup:
        return md(text, PAGE.get())

    env.globals.update(url=url, markdown=markdown, list_item=ItemCache(env), shared=_shared_cache(env))
    env.filters.update(count=fmt.count, ranges=fmt.line_ranges, short_date=fmt.short_date,
                       long_date=fmt.long_date, plural=plural, published=fmt.published,
                       paragraphs=_paragraphs)
    return env


class ItemCache:
    """``list_item(e, level)``: the ``item`` macro of ``_macros.html``, drawn once per entry and depth.

    An entry appears on many lists (both timeline orders, each place, actor and side it names);
    its line only depends on how deep the page is (see :func:`~chronik.render.urls.relative`), so
    it is drawn once and reused. The macro stays the one to override for a different look.
    """

    def __init__(self, env: Environment):
        self.env = env
        self.drawn: dict[tuple[int, int, int], Markup] = {}

    def __call__(self, entry: Any, level: int) -> Markup:
        key = (entry.index, depth(PAGE.get()), level)
        html = self.drawn.get(key)
        if html is None:
            if len(self.drawn) >= ITEM_CACHE_SIZE:
                self.drawn.clear()
            html = self.drawn[key] = _macro(self.env, "_macros.html", "item")(entry, level)
        return html

    def forget(self, indexes: set[int]) -> None:
        """Draw these entries again next time (``chronik serve`` changed them in place)."""
        self.drawn = {key: html for key, html in self.drawn.items() if key[0] not in indexes}


def item_cache(env: Environment) -> ItemCache:
    """The ``list_item`` of an environment :func:`make_environment` made."""
    cache = env.globals["list_item"]
    assert isinstance(cache, ItemCache)
    return cache


def _macro(env: Environment, template: str, name: str) -> Callable[..., Markup]:
    """The macro ``name`` of ``template`` (jinja2 sets a template's macros on its module when it runs it: its
    types do not know them)."""
    return getattr(env.get_template(template).module, name)


def _shared_cache(env: Environment) -> Any:
    """``shared("_nav.html")``: a piece that is the same on every page at one depth (navigation, footer),
    drawn once; a page listed in the navigation gets its own (it is marked as current)."""
    drawn: dict[tuple[str, int, str], Markup] = {}

    def shared(name: str) -> Markup:
        page = PAGE.get()
        nav = env.globals.get("nav", ())
        assert isinstance(nav, list | tuple)  # ((title, path) pairs: see pages.prepare)
        own = any(path == page for _, path in nav)
        key = (name, depth(page), page if own else "")
        html = drawn.get(key)
        if html is None:
            html = drawn[key] = Markup(env.get_template(name).render(page_path=page))
        return html

    return shared


def _paragraphs(text: str | None) -> Markup:
    """Plain text (from a source or YAML) as escaped paragraphs, split at blank lines."""
    parts = [p.strip() for p in (text or "").split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{escape(p)}</p>" for p in parts))


def render(env: Environment, template: str, page_path: str, **context: Any) -> str:
    """Render ``template`` as the page at ``page_path`` (every ``url()`` in it is relative to that page)."""
    token = PAGE.set(page_path)
    try:
        return env.get_template(template).render(page_path=page_path, **context)
    finally:
        PAGE.reset(token)
