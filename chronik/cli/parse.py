"""``chronik parse``: seeds → updates → chronology/ YAML (or ``--json`` to print the updates)."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("parse", parents=[common], help="read the sources and update chronology/",
                       description="Split every configured source into dated updates and merge them into "
                                   "chronology/, keeping every hand edit. With --json, print the updates "
                                   "found (before merging) and write nothing.")
    p.add_argument("--json", action="store_true", help="print the updates as JSON; write nothing")
    p.add_argument("--source", action="append", metavar="ID", help="parse only this source (repeatable)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from chronik.config import load_config  # imported here: `chronik COMMAND` loads only what it runs
    from chronik.pipeline import parse_sources
    from chronik.store import update_chronology

    config = load_config(args.config)
    sources = None
    if args.source:
        given = [config.source(s) for s in args.source]
        unknown = [s for s, source in zip(args.source, given, strict=True) if source is None]
        if unknown:
            print(f"unknown source id: {', '.join(unknown)}", file=sys.stderr)
            return 1
        sources = [source for source in given if source is not None]
    result = parse_sources(config, sources)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    report = update_chronology(config, result)
    if not args.quiet:
        print(report)
    return 0
