"""``chronik add PAGE.txt``: copy a saved page into seeds/, register it in config.yaml, show what parse finds.

config.yaml is edited round-trip (its comments, order and quoting stay as the user wrote them) and
validated after the edit; when the result does not load, the old file is put back and nothing is added.
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import re
import shutil
import unicodedata
from collections import Counter
from io import StringIO
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

from chronik.config import SLUG, Source, load_config
from chronik.errors import ChronikError, Problem
from chronik.model import ParseResult
from chronik.yamlsrc import load_marked, round_trip_yaml


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("add", parents=[common], help="add a saved page to seeds/ and config.yaml",
                       description="Copy PAGE into seeds/ next to config.yaml, add it to the sources in "
                                   "config.yaml (keeping the file's comments and layout), check the config, "
                                   "and show what `chronik parse` will find in the page.")
    p.add_argument("page", type=Path, metavar="PAGE", help="the saved page (plain text)")
    p.add_argument("--publisher", required=True, help="who published the page")
    p.add_argument("--published", required=True, metavar="DATE",
                   help="publication date YYYY-MM-DD, or date-time with offset (2020-10-25T11:56-04:00)")
    p.add_argument("--url", help="the page's address")
    p.add_argument("--timezone", metavar="ZONE", help="IANA zone of the page's own times (default: the site's)")
    p.add_argument("--id", dest="source_id", metavar="ID", help="source id (default: slug of publisher + date)")
    p.add_argument("--title", help="the page's title")
    p.set_defaults(run=run)


def slugify(text: str) -> str:
    """A lower-case ASCII slug: "The Independent (AP wire)" -> "the-independent"."""
    text = re.sub(r"\([^)]*\)", " ", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower())[:5])


def _published(value: str) -> dt.date | dt.datetime:
    for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
        try:
            return parse(value)
        except ValueError:
            continue
    raise ChronikError(Problem("--published", 0, 0, f"not a date: {value!r}",
                               "YYYY-MM-DD or a date-time with offset such as 2020-10-25T11:56-04:00"))


def _entry(args: argparse.Namespace, source_id: str, file: str, published: dt.date | dt.datetime) -> CommentedMap:
    """The new ``sources:`` item, keys in the order DESIGN.md documents them."""
    entry = CommentedMap()
    entry["id"] = source_id
    entry["file"] = file
    entry["publisher"] = args.publisher
    if args.title:
        entry["title"] = args.title
    entry["url"] = args.url
    entry["published"] = published.isoformat() if isinstance(published, dt.datetime) else published
    if args.timezone:
        entry["timezone"] = args.timezone
    return entry


def _check_arguments(args: argparse.Namespace, source_id: str) -> None:
    problems = []
    if not args.page.is_file():
        problems.append(Problem(str(args.page), 0, 0, "page not found", "the path of a saved page"))
    if not SLUG.match(source_id):
        problems.append(Problem("--id", 0, 0, f"not a valid source id: {source_id!r}",
                                "a lower-case slug such as kyivindependent-2023-06-06"))
    if args.url and not re.match(r"^https?://", args.url):
        problems.append(Problem("--url", 0, 0, f"not an http(s) URL: {args.url!r}", "https://..."))
    if args.timezone:
        try:
            ZoneInfo(args.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(Problem("--timezone", 0, 0, f"unknown time zone {args.timezone!r}",
                                    "an IANA zone such as Europe/Kyiv"))
    if problems:
        raise ChronikError(problems)


def _copy_page(page: Path, root: Path, source_id: str) -> tuple[str, Path | None]:
    """Copy ``page`` into seeds/ (unless it is there already); return its config path and the copy made."""
    seeds = root / "seeds"
    page = page.resolve()
    if page.parent == seeds.resolve():
        return f"seeds/{page.name}", None
    target = seeds / page.name
    if target.exists() and not filecmp.cmp(page, target, shallow=False):
        target = seeds / f"{source_id}{page.suffix or '.txt'}"
        if target.exists():
            raise ChronikError(Problem(str(target), 0, 0, "a different file of this name is already in seeds/",
                                       "rename the page or pass another --id"))
    if target.exists():
        return f"seeds/{target.name}", None
    seeds.mkdir(exist_ok=True)
    shutil.copyfile(page, target)
    return f"seeds/{target.name}", target


def _yaml() -> YAML:
    yaml = round_trip_yaml()
    yaml.width = 4096  # never re-wrap a user's long lines (URLs)
    yaml.representer.add_representer(type(None), lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "null"))
    return yaml


def _append(data: Any, entry: CommentedMap, name: str) -> None:
    """Add ``entry`` at the end of ``sources:``, a blank line after the item before it."""
    if not isinstance(data, CommentedMap):
        raise ChronikError(Problem(name, 1, 1, "config is not a mapping", "key: value pairs"))
    sources = data.get("sources")
    if sources is None:
        sources = data["sources"] = CommentedSeq()
    if not isinstance(sources, CommentedSeq):
        raise ChronikError(Problem(name, 0, 0, "'sources' is not a list", "a list of sources"))
    if any(isinstance(s, dict) and s.get("id") == entry["id"] for s in sources):
        raise ChronikError(Problem(name, 0, 0, f"a source with id '{entry['id']}' already exists",
                                   "another --id"))
    sources.fa.set_block_style()
    if sources and isinstance(sources[-1], CommentedMap) and sources[-1]:
        last = sources[-1]
        key = list(last)[-1]
        comment = last.ca.items.get(key)
        if comment is None:
            last.ca.items[key] = [None, None, CommentToken("\n\n", CommentMark(0), None), None]
        elif comment[2] is not None and not comment[2].value.endswith("\n\n"):
            comment[2].value += "\n"
    sources.append(entry)


def add_source(config_path: Path, args: argparse.Namespace) -> Source:
    """Copy the page, append the source to config.yaml, validate; undo both on failure."""
    published = _published(args.published)
    day = published.date() if isinstance(published, dt.datetime) else published
    source_id = args.source_id or f"{slugify(args.publisher) or 'source'}-{day.isoformat()}"
    _check_arguments(args, source_id)
    name = str(config_path)
    old_text = config_path.read_text(encoding="utf-8-sig")
    data = load_marked(config_path, name)
    file, copied = _copy_page(args.page, config_path.resolve().parent, source_id)
    try:
        _append(data, _entry(args, source_id, file, published), name)
        out = StringIO()
        _yaml().dump(data, out)
        config_path.write_text(out.getvalue(), encoding="utf-8")
        config = load_config(config_path)
    except ChronikError:
        config_path.write_text(old_text, encoding="utf-8")
        if copied is not None:
            copied.unlink()
        raise
    source = config.source(source_id)
    assert source is not None
    return source


def summary(result: ParseResult) -> str:
    """What parse finds in one page: updates by kind and date basis, flags, dropped lines by reason."""
    kinds = Counter(u.kind for u in result.updates)
    bases = Counter(u.date_basis for u in result.updates if u.kind != "aside")
    flags = Counter(f for u in result.updates for f in u.flags)
    reasons = Counter(d.reason for d in result.dropped)
    lines = [", ".join(f"{kinds[k]} {k}" + ("s" if kinds[k] != 1 else "") for k in ("update", "context", "aside")
                       if kinds[k])]
    if bases:
        lines.append("dated by " + ", ".join(f"{b} {n}" for b, n in bases.most_common()))
    if flags:
        lines.append("to review: " + ", ".join(f"{f} {n}" for f, n in flags.most_common()))
    dropped = sum(reasons.values())
    lines.append(f"dropped {dropped} line{'s' if dropped != 1 else ''}"
                 + (": " + ", ".join(f"{r} ({n})" for r, n in reasons.most_common()) if reasons else ""))
    return "\n".join("  " + x for x in lines if x)


def run(args: argparse.Namespace) -> int:
    from chronik.pipeline import parse_source  # imported here: `chronik COMMAND` loads only what it runs

    source = add_source(args.config, args)
    if args.quiet:
        return 0
    result = parse_source(source, load_config(args.config))
    print(f"added source '{source.id}' ({source.file}) to {args.config}")
    print(f"chronik parse will find in it:\n{summary(result)}")
    return 0
