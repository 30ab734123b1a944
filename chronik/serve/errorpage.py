"""A failed build as a page in the browser: every problem with its file, line, message and the lines
around it, all escaped. The page has a ``</head>`` so the server's live-reload script goes in, and the
next good build reloads the browser to the real page."""

from __future__ import annotations

import re
import traceback
from html import escape
from pathlib import Path

from jinja2 import TemplateSyntaxError

from chronik.errors import ChronikError, Problem

CONTEXT_LINES = 3
FRAME = re.compile(r'^\s*File "([^"]+)", line (\d+)', re.M)

STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b}
h1{color:#a4000f;font-size:1.5rem}.where{font:600 1rem ui-monospace,monospace;margin-bottom:0}
pre{background:#f6f6f6;border-left:4px solid #ccc;padding:.5rem;overflow-x:auto}
mark{background:#ffd7d7}footer{color:#555;margin-top:2rem}
"""


def explain(exc: BaseException) -> tuple[list[Problem], str | None]:
    """The problems an exception from a rebuild stands for, and a traceback when it is a bug or a
    template error rather than bad input (None for a ChronikError, which is the user's to fix)."""
    if isinstance(exc, ChronikError):
        return exc.problems, None
    trace = "".join(traceback.format_exception(exc))
    if isinstance(exc, TemplateSyntaxError):
        return [Problem(exc.filename or exc.name or "template", exc.lineno, 0,
                        f"template syntax error: {exc.message}")], trace
    frame = _template_frame(trace)
    if frame is not None:
        return [Problem(frame[0], frame[1], 0, f"template error: {type(exc).__name__}: {exc}")], trace
    return [Problem("chronik", 0, 0, f"{type(exc).__name__}: {exc}", "a bug in chronik: please report it")], trace


def _template_frame(trace: str) -> tuple[str, int] | None:
    """The innermost template line of a formatted traceback. Jinja rewrites tracebacks so a frame of
    template code names the template file and line; any frame that is not a .py file is one of those.
    Reading the text rather than frame objects also covers errors re-raised from a worker process,
    whose traceback only survives as text in the exception's cause."""
    found = None
    for file, line in FRAME.findall(trace):
        if not file.endswith(".py") and Path(file).is_file():
            found = (file, int(line))
    return found


def _locate(name: str, root: Path) -> Path | None:
    for path in (Path(name), root / name):
        if path.is_file():
            return path
    return None


def shown(problem: Problem, root: Path) -> Problem:
    """The problem with its file named relative to the project when it is inside it (Jinja names
    templates by absolute path)."""
    path = Path(problem.file)
    if path.is_absolute() and path.is_relative_to(root):
        return Problem(path.relative_to(root).as_posix(), problem.line, problem.col, problem.message,
                       problem.expected)
    return problem


def _excerpt(path: Path, line: int, col: int) -> str:
    """The lines around ``line``, numbered, the problem line marked and a caret under ``col``."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    first, last = max(1, line - CONTEXT_LINES), min(len(lines), line + CONTEXT_LINES)
    width = len(str(last))
    out = []
    for no in range(first, last + 1):
        text = f"{no:>{width}} | {lines[no - 1]}"
        if no == line:
            caret = f"\n{' ' * width} | {' ' * (col - 1)}^" if col > 0 else ""
            out.append(f"<mark>{escape(text + caret)}</mark>\n")
        else:
            out.append(escape(text) + "\n")
    return "<pre>" + "".join(out) + "</pre>" if out else ""


def _problem_html(problem: Problem, root: Path) -> str:
    named = shown(problem, root)
    where = named.file + (f":{named.line}:{named.col or 1}" if named.line else "")
    html = f'<p class="where">{escape(where)}</p>\n<p>{escape(named.message)}'
    if named.expected:
        html += f" <em>(expected: {escape(named.expected)})</em>"
    html += "</p>\n"
    path = _locate(problem.file, root)
    if path is not None and problem.line > 0:
        html += _excerpt(path, problem.line, problem.col)
    return f"<section>\n{html}</section>\n"


def render(problems: list[Problem], trace: str | None, root: Path, what: str) -> str:
    """The error page: ``what`` is the change that was being rebuilt, ``root`` the project folder
    (file names are shown relative to it and excerpts read from it)."""
    body = "".join(_problem_html(p, root) for p in problems)
    if trace:
        body += f"<details><summary>Traceback</summary><pre>{escape(trace)}</pre></details>\n"
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>Build failed — chronik</title>\n"
        f"<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>The last build failed</h1>\n<p>While rebuilding: {escape(what)}</p>\n{body}"
        "<footer>Fix the file and save it: this page reloads by itself. The previous build is still "
        "in <code>build/</code>.</footer>\n</body>\n</html>\n")

