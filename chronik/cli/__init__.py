"""The ``chronik`` command: a thin layer that maps flags to one call of the library per command."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from pathlib import Path

from chronik import __version__, regex_cache
from chronik.errors import ChronikError
from chronik.progress import set_enabled

COMMANDS = ("parse", "build", "check", "init", "add", "dates", "serve")

EPILOG = """\
The flow: seeds/ --parse--> chronology/ (YAML people edit) --build--> build/ (the site).
Run `chronik COMMAND --help` for a command's options."""


def common_options() -> argparse.ArgumentParser:
    """Options every command accepts, after the command name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, default=Path("config.yaml"), metavar="PATH",
                        help="the site's config file (default: ./config.yaml)")
    noise = common.add_mutually_exclusive_group()
    noise.add_argument("-v", "--verbose", action="count", default=0, help="say more (-vv: debug)")
    noise.add_argument("-q", "--quiet", action="store_true", help="only errors; no progress bars")
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chronik", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Turn news pages about a conflict into one annotated, cross-source chronology "
                    "and publish it as a fast, searchable static website.")
    parser.add_argument("--version", action="version", version=f"chronik {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = common_options()
    for name in COMMANDS:
        module = importlib.import_module(f"chronik.cli.{name}")
        module.register(sub, common)
    return parser


def setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else
                                         logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr, force=True)
    set_enabled(not quiet)


def main(argv: list[str] | None = None) -> int:
    regex_cache.install()  # before the command imports the parser's modules, which compile their patterns
    try:
        return _run(argv)
    finally:
        regex_cache.save()


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    setup_logging(args.verbose, args.quiet)
    try:
        return int(args.run(args) or 0)
    except ChronikError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of our output stopped early ("chronik parse --json | head"): not an error of chronik's; keep
        # Python from complaining again when it flushes stdout at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
