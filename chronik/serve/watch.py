"""What changed on disk, as one structured change set: the only place that maps saved files to work.

``chronik serve`` polls the project with :func:`scan` and turns two snapshots into a :class:`ChangeSet`
with :func:`diff`. Everything downstream (today a full rebuild, later an incremental one) reads the
change set, never file paths, so the rules "a seed changed → re-parse it" and "a day file changed →
re-render that day" live here and nowhere else.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from pathlib import Path

from chronik.config import Config

# A file's identity between two scans: (mtime in ns, size, inode). The inode catches editors that save
# by writing a new file and renaming it over the old one within the same clock tick.
Stamp = tuple[int, int, int]
Snapshot = dict[str, Stamp]  # by path, as a string

WATCHED_DIRS = ("seeds", "chronology", "content", "templates")

# Config settings that change how sources are read; any other setting (title, base_url...) only needs
# a new build. ``sources`` is compared source by source in :func:`with_config`.
PARSE_SETTINGS = ("timezone", "language", "epochs", "sides", "gazetteer", "boilerplate")


def _ignored(name: str) -> bool:
    """Editor droppings and chronik's own temporary files (dot files, backups, swap and lock files)."""
    return (name.startswith((".", "#")) or name.endswith(("~", ".swp", ".swx", ".tmp"))
            or name == "4913")  # vim's probe file when it checks a folder is writable


def scan(config: Config) -> Snapshot:
    """Stat every file whose change can change the site (config, the watched folders, sources, data files);
    a file that vanishes mid-scan is simply absent.

    serve asks this ten times a second of projects with thousands of files, so it walks with ``os.scandir``
    and keys by path string: no Path objects, and each file stated once."""
    snap: Snapshot = {}
    for path in (config.path, *listed_files(config)):
        _stat(str(path), snap)
    for name in WATCHED_DIRS:
        _walk(os.path.join(config.root, name), snap)
    return snap


def _stat(path: str, snap: Snapshot, stat: Callable[[], os.stat_result] | None = None) -> None:
    """Add ``path`` with its stamp (``stat``: how to state it, by default ``os.stat``), unless it vanished."""
    try:
        st = stat() if stat else os.stat(path)
    except OSError:
        return
    snap[path] = (st.st_mtime_ns, st.st_size, st.st_ino)


def _walk(folder: str, snap: Snapshot) -> None:
    """Add the files below ``folder``; folders that are symbolic links are not followed (as ``os.walk``)."""
    try:
        found = os.scandir(folder)
    except OSError:
        return
    with found:
        for item in found:
            if _ignored(item.name) or item.path in snap:
                continue
            try:
                folder_here = item.is_dir()
            except OSError:
                continue
            if not folder_here:
                _stat(item.path, snap, item.stat)
            elif not item.is_symlink():
                _walk(item.path, snap)


@dataclass(frozen=True)
class ChangeSet:
    """What a set of saves touched, in the terms the build works in.

    ``paths`` are the changed files relative to the project root (for messages). ``sources`` are the
    ids of sources to re-parse (their file changed, their settings in config.yaml changed, or a data
    file every source depends on changed). ``days`` are the stems of changed chronology files
    (``2020-11-03``). ``content`` are changed Markdown pages. ``templates`` says a page template (HTML in
    templates/) changed: the pages drawn with it are rendered again. ``config`` and ``assets`` (the static
    files in templates/static/, which only a full build copies) are flags for a full build.
    """

    paths: tuple[str, ...] = ()
    config: bool = False
    sources: frozenset[str] = field(default_factory=frozenset)
    days: frozenset[str] = field(default_factory=frozenset)
    templates: bool = False
    content: frozenset[str] = field(default_factory=frozenset)
    assets: bool = False

    def __bool__(self) -> bool:
        return bool(self.paths or self.sources)

    def union(self, other: ChangeSet) -> ChangeSet:
        """Both sets of changes: used to carry the changes of a failed rebuild into the next one."""
        return ChangeSet(
            paths=tuple(sorted(set(self.paths) | set(other.paths))), config=self.config or other.config,
            sources=self.sources | other.sources, days=self.days | other.days,
            templates=self.templates or other.templates, content=self.content | other.content,
            assets=self.assets or other.assets)

    def describe(self) -> str:
        """``chronology/2020/2020-11-03.yaml changed``, or the first few of many."""
        if not self.paths:
            return "nothing changed"
        if len(self.paths) <= 3:
            return ", ".join(self.paths) + " changed"
        return f"{', '.join(self.paths[:3])} and {len(self.paths) - 3} more changed"


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def diff(config: Config, old: Snapshot, new: Snapshot) -> ChangeSet:
    """Classify every file added, modified or removed between two scans of ``config``'s project."""
    changed = sorted(Path(p) for p in old.keys() | new.keys() if old.get(p) != new.get(p))
    by_path = {s.path: s.id for s in config.sources}
    everyone = frozenset(by_path.values())
    sources: set[str] = set()
    days: set[str] = set()
    content: set[str] = set()
    flags = {"config": False, "templates": False, "assets": False}
    for path in changed:
        rel = _relative(path, config.root)
        top = rel.split("/", 1)[0]
        if path == config.path:
            flags["config"] = True
        if path in by_path:
            sources.add(by_path[path])
        if path in (config.sides, config.gazetteer):
            sources |= everyone
        if top == "chronology" and path.suffix in (".yaml", ".yml"):
            days.add(path.stem)
        elif top == "templates":
            flags["assets" if rel.startswith("templates/static/") else "templates"] = True
        elif top == "content":
            content.add(rel)
    return ChangeSet(paths=tuple(_relative(p, config.root) for p in changed), config=flags["config"],
                     sources=frozenset(sources), days=frozenset(days), templates=flags["templates"],
                     content=frozenset(content), assets=flags["assets"])


def with_config(changes: ChangeSet, old: Config, new: Config) -> ChangeSet:
    """Add the sources a config.yaml edit affects: added, removed or edited sources; all of them when
    a setting every source is read with changed (time zone, epochs, boilerplate, data files)."""
    if any(getattr(old, key) != getattr(new, key) for key in PARSE_SETTINGS):
        affected = {s.id for s in old.sources} | {s.id for s in new.sources}
    else:
        before = {s.id: s for s in old.sources}
        after = {s.id: s for s in new.sources}
        affected = {sid for sid in before.keys() | after.keys() if before.get(sid) != after.get(sid)}
    return replace(changes, sources=changes.sources | frozenset(affected))


def absorb(base: Snapshot, fresh: Snapshot, under: Path | None = None,
           files: Collection[Path] = ()) -> Snapshot:
    """``base`` updated from ``fresh`` with the files a rebuild wrote or started watching itself, so they
    do not trigger another rebuild: every file below ``under`` (the chronology a re-parse rewrote) and
    the given ``files`` (sources newly listed in config.yaml)."""
    def own(name: str) -> bool:
        path = Path(name)
        return path in files or (under is not None and path.is_relative_to(under))

    out = {p: s for p, s in base.items() if not own(p)}
    out.update((p, s) for p, s in fresh.items() if own(p))
    return out


def listed_files(config: Config) -> set[Path]:
    """The files config.yaml itself points at (sources, data files), wherever they are."""
    return {s.path for s in config.sources} | {p for p in (config.sides, config.gazetteer) if p is not None}
