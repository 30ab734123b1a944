"""``chronik dates``: resolve a date expression against an anchor date, or a batch of them (JSON lines)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from chronik.config import Epoch, load_config
from chronik.errors import ChronikError, Problem

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "dates", parents=[common], help="resolve a date expression against an anchor date",
        description="Resolve a date expression ('Saturday evening', 'Sept. 27', 'day 11') against the "
                    "anchor (the page's publication date) and print its TIMEX3 value and why. "
                    "Day counters use --epoch-start, else the epochs of config.yaml when there is one.",
        epilog='Examples:\n  chronik dates "Saturday evening" --anchor 2020-10-25\n'
               '  chronik dates "day 11" --anchor 2020-10-25 --epoch-start 2020-09-27\n'
               '  chronik dates --batch cases.jsonl   (lines {"text": ..., "dct": "YYYY-MM-DD"} -> '
               '{"value": ...})\n'
               '  lines {"text": "March 3", "dct": "2021-03-10"} then {"text": "the next day", "dct": "2021-03-10"}'
               ' -> 2021-03-03, 2021-03-04',
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("expression", nargs="?", help="the date expression, e.g. 'Saturday evening'")
    p.add_argument("--anchor", metavar="DATE", help="the anchor (publication) date, YYYY-MM-DD")
    p.add_argument("--epoch-start", metavar="DATE", help="day one of the day counter ('day 11'), YYYY-MM-DD")
    p.add_argument("--batch", type=Path, metavar="FILE",
                   help="resolve every JSON line {text, dct} of FILE ('-' = standard input); "
                        "print one line {value} for each, in order; an optional field 'context' (the "
                        "sentence holding the text) lets its tense choose between past and future readings. "
                        "Lines are read as the expressions of one document, in order, while their 'dct' stays "
                        "the same, or their optional field 'doc' when they have one: an anaphor ('that day', "
                        "'the following year', 'a year earlier', 'then', '25' after 'April 24') refers to "
                        "the latest date said before it in its document; other expressions are not affected")
    p.set_defaults(run=run)


def _date(text: str, what: str, where: str = "chronik dates", line: int = 0) -> dt.date:
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError:
        raise ChronikError(Problem(where, line, 0, f"bad {what}: {text!r}", "a date YYYY-MM-DD")) from None


def _epochs(args: argparse.Namespace) -> tuple[Epoch, ...]:
    """--epoch-start when given; else the project's epochs when config.yaml is there and valid."""
    if args.epoch_start:
        return (Epoch("epoch", _date(args.epoch_start, "--epoch-start")),)
    if args.config.is_file():
        try:
            return load_config(args.config).epochs
        except ChronikError as exc:
            log.info("not using the epochs of %s: %s", args.config, exc)
    return ()


def _tense(text: str, case: dict) -> str | None:
    """The tense around ``text`` in the optional ``context`` field of a batch line (its sentence)."""
    context = case.get("context")
    if not isinstance(context, str) or text not in context:
        return None
    from chronik.dates.tense import tense_at

    at = context.index(text)
    return tense_at(context, at, at + len(text))


def _batch(path: Path, epochs: Sequence[Epoch]) -> int:
    from chronik.dates.discourse import Discourse

    name = "<stdin>" if str(path) == "-" else str(path)
    try:
        lines = sys.stdin.read().splitlines() if name == "<stdin>" else path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ChronikError(Problem(name, 0, 0, f"cannot read the batch file: {exc.strerror}",
                                   "a JSON-lines file")) from None
    out = []
    discourse = None
    document: object = None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
            text, dct = case["text"], case["dct"]
        except (ValueError, KeyError, TypeError):
            raise ChronikError(Problem(name, number, 1, "not a JSON object with 'text' and 'dct'",
                                       '{"text": "Saturday", "dct": "2020-10-25"}')) from None
        anchor = _date(dct, "dct", name, number)
        key = (case["doc"], anchor) if "doc" in case else anchor
        if discourse is None or key != document:
            discourse, document = Discourse(anchor, epochs), key
        timex = discourse.resolve(str(text), tense=_tense(str(text), case))
        out.append(json.dumps({"value": timex.value if timex else None}))
    sys.stdout.write("".join(line + "\n" for line in out))
    return 0


def run(args: argparse.Namespace) -> int:
    from chronik.dates import resolve  # imported here: `chronik COMMAND` loads only what it runs

    epochs = _epochs(args)
    if args.batch is not None:
        return _batch(args.batch, epochs)
    if not args.expression or not args.anchor:
        raise ChronikError(Problem("chronik dates", 0, 0, "an expression and --anchor are needed",
                                   'e.g. chronik dates "Saturday evening" --anchor 2020-10-25, or --batch FILE'))
    timex = resolve(args.expression, _date(args.anchor, "--anchor"), epochs)
    if timex is None:
        print(f"no date found in {args.expression!r}", file=sys.stderr)
        return 1
    print(timex.value)
    print(timex.why)
    return 0
