"""Long lists of entries (the timeline, a busy place, a side) split into pages of whole days."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from chronik.render.context import DayInfo, EntryView

Group = tuple[DayInfo, list[EntryView]]
PAGE_SIZE = 250  # entries a page, about; a day is never split


@dataclass(frozen=True)
class Page:
    """One page of a paged list: its groups of entries by day and the links to its neighbours."""

    number: int
    total: int
    path: str
    groups: list[Group]
    paths: tuple[str, ...]  # the path of every page of the list, in order

    @property
    def prev(self) -> str | None:
        return self.paths[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.paths[self.number] if self.number < self.total else None

    @property
    def count(self) -> int:
        return sum(len(entries) for _, entries in self.groups)

    def window(self, around: int = 2) -> list[tuple[int, str] | None]:
        """Page numbers to show in the pager: first, last and a few around this one (None = a gap)."""
        keep = {1, self.total, *range(self.number - around, self.number + around + 1)}
        out: list[tuple[int, str] | None] = []
        for n in range(1, self.total + 1):
            if n in keep:
                out.append((n, self.paths[n - 1]))
            elif out and out[-1] is not None:
                out.append(None)
        return out


def group_by_day(entries: list[EntryView], newest_first: bool = False) -> list[Group]:
    """Entries (in chronological order) as ``(day, entries of that day)``."""
    groups: list[Group] = []
    for view in entries:
        if groups and groups[-1][0] is view.day:
            groups[-1][1].append(view)
        else:
            assert view.day is not None
            groups.append((view.day, [view]))
    if newest_first:
        groups = [(day, items[::-1]) for day, items in reversed(groups)]
    return groups


def paginate(groups: list[Group], path: Callable[[int], str], size: int = PAGE_SIZE) -> list[Page]:
    """Pack whole days into pages of about ``size`` entries; an empty list still gets one page."""
    chunks: list[list[Group]] = [[]]
    filled = 0
    for group in groups:
        if chunks[-1] and filled + len(group[1]) > size:
            chunks.append([])
            filled = 0
        chunks[-1].append(group)
        filled += len(group[1])
    paths = tuple(path(n) for n in range(1, len(chunks) + 1))
    return [Page(n, len(chunks), paths[n - 1], chunk, paths) for n, chunk in enumerate(chunks, 1)]
