"""``chronik build``: chronology/ + content/ + templates/ → build/ (the previous build kept on failure)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("build", parents=[common], help="render the site into build/",
                       description="Render chronology/, content/ and templates/ into build/. A failed "
                                   "build leaves the previous build/ untouched.")
    p.add_argument("--strict", action="store_true",
                   help="fail on any warning (a broken link, an unresolved source line)")
    p.add_argument("--out", metavar="DIR", help="write the site here instead of build/")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from chronik.config import load_config  # imported here: `chronik COMMAND` loads only what it runs
    from chronik.render import build_site

    config = load_config(args.config)
    report = build_site(config, out=args.out, strict=args.strict)
    if not args.quiet:
        print(report)
    return 0
