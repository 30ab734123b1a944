"""Problems in user input, reported as ``file:line:col: what is wrong (what is expected)``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file the user wrote. ``line`` and ``col`` are 1-based (0 = unknown)."""

    file: str
    line: int
    col: int
    message: str
    expected: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}:{self.col or 1}"
        text = f"{where}: {self.message}"
        if self.expected:
            text += f" ({self.expected})"
        return text


class ChronikError(Exception):
    """A user-facing failure: the CLI prints its problems and exits 1, with no traceback."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem("chronik", 0, 0, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[ChronikError], tuple[list[Problem]]]:
        """Pickled whole (raised in a worker process, reported by the parent): the problems, not their text."""
        return (ChronikError, (self.problems,))
