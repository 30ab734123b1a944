"""``chronik check``: validate config.yaml and every chronology file; print every problem."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[common], help="validate config.yaml and chronology/",
                       description="Validate config.yaml and every chronology/ file. Prints each problem "
                                   "as FILE:LINE:COL: what is wrong (what is expected); exits 1 if any.")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from chronik.config import load_config  # imported here: `chronik COMMAND` loads only what it runs
    from chronik.store import check_chronology
    from chronik.wording import plural

    config = load_config(args.config)
    problems = check_chronology(config)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(plural(len(problems), "problem"), file=sys.stderr)
        return 1
    if not args.quiet:
        print("config and chronology are valid")
    return 0
