"""Syntax errors in a chronology file, said the way a person editing it can act on.

ruamel's messages name the parser's state ("expected <block end>, but found '<block mapping start>'")
and, for a quote left open, a place far below the mistake. These helpers find the usual mistakes of
hand editing, a tab, a misaligned line, an unclosed quote, and say what to do.
"""

from __future__ import annotations

import re

from ruamel.yaml.error import MarkedYAMLError

from chronik.errors import Problem

_OPENING_QUOTE = re.compile(r"^(\s*(?:- )?[\w-]+:\s+|\s*- )([\"'])")


def tab_problems(text: str, name: str) -> list[Problem]:
    """Every line indented with a tab (YAML forbids them; editors insert them silently)."""
    problems = []
    for no, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip())]
        if "\t" in indent:
            problems.append(Problem(name, no, indent.index("\t") + 1, "tab used for indentation",
                                    "indent with spaces"))
    return problems


def _closes(rest: str, quote: str) -> bool:
    """Whether a quoted scalar whose text (after the opening quote) is ``rest`` ends on this line."""
    if quote == "'":
        return re.search(r"(?<!')'(?!')", rest.replace("''", "")) is not None
    return re.search(r'(?<!\\)"', rest.replace("\\\\", "")) is not None


def _indent(line: str) -> int:
    """How many spaces ``line`` opens with."""
    return len(line) - len(line.lstrip(" "))


def unclosed_quote(lines: list[str], before: int) -> tuple[int, int] | None:
    """(line, column), 1-based, of the first quote opened and never closed among ``lines[:before]``.

    A quoted value may go on over more-indented lines; when the next line is indented no deeper than
    the key, the quote was left open.
    """
    for i, line in enumerate(lines[:before]):
        match = _OPENING_QUOTE.match(line)
        if not match or _closes(line[match.end():], match.group(2)):
            continue
        depth = _indent(line)
        following = next((ln for ln in lines[i + 1:] if ln.strip()), "")
        if _indent(following) <= depth or following.lstrip().startswith("- "):
            return i + 1, match.end()
    return None


def syntax_problem(text: str, name: str, exc: MarkedYAMLError) -> Problem:
    """The one problem a syntax error is reported as."""
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    problem = " ".join((exc.problem or exc.context or "invalid YAML").split())
    quote = unclosed_quote(text.splitlines(), line or len(text.splitlines()))
    if quote is not None:
        return Problem(name, *quote, "unclosed quote: the value that starts here never ends",
                       "the same quote mark at the end of the value, on this line")
    if "duplicate key" in problem:
        return Problem(name, line, col, f"{problem.split(' with value')[0]} in one entry", "each field once")
    if problem.startswith("expected <block end>") or "block mapping" in problem or "indentation" in problem:
        return Problem(name, line, col, "this line is not indented like the lines around it",
                       "the fields of an entry indented by two spaces, under '- id:'")
    if "mapping values are not allowed" in problem:
        return Problem(name, line, col, "': ' inside a value that is not quoted",
                       "the whole value in double quotes")
    return Problem(name, line, col, f"YAML syntax error: {problem}", "valid YAML")
