"""Render chronology/ into build/. (First cut: an index by date and one page a source.)"""

from __future__ import annotations

import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, select_autoescape

from chronik.config import Config
from chronik.errors import ChronikError
from chronik.ingest import read_document
from chronik.store import check_chronology, load_chronology


def relative(target: str, depth: int) -> str:
    """The link from a page ``depth`` folders below the site root to ``target`` (a root-relative path)."""
    return "../" * depth + target if target else ("../" * depth or "./")


def environment(config: Config) -> Environment:
    loader = ChoiceLoader([FileSystemLoader(str(config.templates_dir)), PackageLoader("chronik", "theme")])
    return Environment(loader=loader, autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True)


def build_site(config: Config, out: str | Path | None = None, strict: bool = False) -> str:
    problems = check_chronology(config)
    if problems:
        raise ChronikError(problems)
    entries = load_chronology(config)
    target = Path(out).resolve() if out else config.build_dir
    env = environment(config)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=target.parent))
    try:
        by_day: dict[str, list] = defaultdict(list)
        for e in entries:
            by_day[e.date].append(e)
        sources = {s.id: s for s in config.sources}
        page = env.get_template("index.html").render(
            config=config, days=sorted(by_day.items()), sources=sources, url=lambda t: relative(t, 0))
        (tmp / "index.html").write_text(page, encoding="utf-8")
        used: dict[str, dict[int, str]] = defaultdict(dict)
        for e in entries:
            for ref in e.sources:
                for ln in ref.lines:
                    used[ref.source][ln] = e.id
        (tmp / "sources").mkdir()
        for s in config.sources:
            doc = read_document(s.id, s.path)
            page = env.get_template("source.html").render(
                config=config, source=s, lines=list(enumerate(doc.lines, 1)), used=used[s.id],
                url=lambda t: relative(t, 1))
            (tmp / "sources" / f"{s.id}.html").write_text(page, encoding="utf-8")
        shutil.copytree(Path(__file__).parent.parent / "theme" / "static", tmp / "static")
        old = None
        if target.exists():
            old = target.with_name(f".{target.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            target.rename(old)
        tmp.rename(target)
        if old:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return f"built {len(entries)} entries, {len(config.sources)} sources into {target}"
