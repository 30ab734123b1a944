"""``chronik init DIR``: a new, working project for another conflict."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create a new chronik project in DIR",
                       description="Create DIR with a commented config.yaml, empty seeds/, chronology/ and "
                                   "content/, and the default templates/ to restyle the site.")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("--title", default=None, help="the site's title (default: from DIR's name)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from chronik.scaffold import create_project  # imported here: `chronik COMMAND` loads only what it runs

    made = create_project(args.dir, args.title)
    if not args.quiet:
        print(f"created {made}; next: add a page with `chronik add`, then `chronik parse` and `chronik build`")
    return 0
