"""The Jinja2 environment: user templates first, then the packaged theme; every page autoescaped.

Templates get ``url(site_path)`` (the link from the page being rendered) and ``markdown(text)``
(editor Markdown made safe, links relative to the page), plus a few formatting filters.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.bccache import Bucket
from jinja2.runtime import Context
from markupsafe import Markup, escape

from chronik.config import Config
from chronik.render import fmt
from chronik.render.markup import MarkdownRenderer
from chronik.render.urls import relative

THEME_DIR = Path(__file__).resolve().parent.parent / "theme"


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


@pass_context
def _url(ctx: Context, target: str) -> str:
    return relative(target, ctx["page_path"])


def make_environment(config: Config) -> Environment:
    """One environment per build (and per worker process, inherited), templates compiled once."""
    loader = ChoiceLoader([FileSystemLoader(str(config.templates_dir)), FileSystemLoader(str(THEME_DIR))])
    env = Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True,
                      undefined=StrictUndefined, auto_reload=False, cache_size=-1, bytecode_cache=_BYTECODE)
    md = MarkdownRenderer()

    @pass_context
    def markdown(ctx: Context, text: str | None) -> Markup:
        return md(text, ctx["page_path"])

    env.globals.update(url=_url, markdown=markdown)
    env.filters.update(count=fmt.count, ranges=fmt.line_ranges, short_date=fmt.short_date,
                       long_date=fmt.long_date, plural=_plural, published=fmt.published,
                       paragraphs=_paragraphs)
    return env


def _paragraphs(text: str | None) -> Markup:
    """Plain text (from a source or YAML) as escaped paragraphs, split at blank lines."""
    parts = [p.strip() for p in (text or "").split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{escape(p)}</p>" for p in parts))


def _plural(n: int, one: str, many: str | None = None) -> str:
    """``{{ n|plural('entry', 'entries') }}`` → ``1 entry`` / ``3 entries`` (thousands separated)."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def render(env: Environment, template: str, page_path: str, **context: Any) -> str:
    return env.get_template(template).render(page_path=page_path, **context)
