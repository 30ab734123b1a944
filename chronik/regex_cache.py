"""Compiled regular expressions kept from one run of ``chronik`` to the next.

The parser knows its formats by some 1,500 regular expressions, and Python compiles each one in pure Python
(``re._parser`` and ``re._compiler``) every time a process starts: some 0.4 s of a one-second parse of five
pages, more than any page takes. What the compiler makes of a pattern is a list of integers for the C
matcher (``_sre``), the same for the same pattern, flags and Python, so it can be kept.

:func:`install` puts :class:`RegexCache` in front of the standard compiler for the rest of the process: a
pattern it has kept is built straight from its code (``_sre.compile``, which validates the code it is
given), any other is compiled as Python would and kept. :func:`save` writes what the run compiled to
``$CHRONIK_CACHE_DIR`` (else ``$XDG_CACHE_HOME/chronik``, else ``~/.cache/chronik``), one file per Python
build, replaced atomically. ``CHRONIK_REGEX_CACHE=0`` turns it off.

The compiler's modules are private, so this depends on their shape in CPython 3.11 to 3.13: anything
unexpected (another interpreter, an unreadable file, a code the matcher rejects) leaves the compiling to
Python, never to a wrong pattern.
"""

from __future__ import annotations

import importlib
import logging
import marshal
import os
import sys
import tempfile
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

Key = tuple[str, int]
# the arguments of _sre.compile after the pattern, the code as the bytes of an array of C ints (read many times sooner
# than a list of Python ints)
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_FORMAT = 1
_MAX_ENTRIES = 20_000  # more than this and the file keeps only what the last run used
_CODE = "I"  # an array of the matcher's code words (checked against _sre.CODESIZE)

_sre: Any
_compiler: Any
_parser: Any
try:
    _sre = importlib.import_module("_sre")
    _compiler = importlib.import_module("re._compiler")
    _parser = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - not CPython 3.11+: Python compiles every pattern itself
    _sre = _compiler = _parser = None


def cache_dir() -> Path:
    """Where the cache lives (see the module's docstring)."""
    if os.environ.get("CHRONIK_CACHE_DIR"):
        return Path(os.environ["CHRONIK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "chronik"


def _stamp() -> str:
    """What the kept code depends on: this Python's build and its matcher's code version."""
    return f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{_FORMAT}"


class RegexCache:
    """The standard compiler (``re._compiler.compile``) with a memory of the code it made."""

    def __init__(self, path: Path, original: Callable[..., Any]) -> None:
        self.path = path
        self.original = original
        self.entries: dict[Key, Entry] = self._load()
        self.used: set[Key] = set()
        self.added = 0

    def _load(self) -> dict[Key, Entry]:
        try:
            data = marshal.loads(self.path.read_bytes())
        except FileNotFoundError:
            return {}
        except (OSError, EOFError, ValueError, TypeError) as exc:
            log.debug("regex cache %s not read: %s", self.path, exc)
            return {}
        return data if isinstance(data, dict) else {}

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """``re._compiler.compile``: the kept code of a pattern given as text, or Python's compiling."""
        if not isinstance(pattern, str) or not isinstance(flags, int) or flags & _compiler.SRE_FLAG_DEBUG:
            return self.original(pattern, flags)
        key = (pattern, flags)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                compiled = _build(pattern, entry)
            except Exception as exc:
                log.debug("regex cache entry for %r rejected: %s", pattern, exc)
                del self.entries[key]
            else:
                self.used.add(key)
                return compiled
        try:
            entry = _entry(pattern, flags)
            compiled = _build(pattern, entry)
        except Exception:
            return self.original(pattern, flags)
        self.entries[key] = entry
        self.used.add(key)
        self.added += 1
        return compiled

    def save(self) -> None:
        """Write the kept code if this run compiled anything new (quietly: it is only a cache)."""
        if not self.added:
            return
        entries = self.entries
        if len(entries) > _MAX_ENTRIES:
            entries = {key: entries[key] for key in self.used}
        temporary = None
        try:
            data = marshal.dumps(entries)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.path.parent, prefix=".regex-", delete=False) as out:
                temporary = Path(out.name)
                out.write(data)
            os.replace(temporary, self.path)
        except (OSError, ValueError) as exc:
            log.debug("regex cache %s not written: %s", self.path, exc)
            if temporary is not None:
                temporary.unlink(missing_ok=True)
        else:
            self.added = 0


def _entry(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern``: the same steps, kept."""
    parsed = _parser.parse(pattern, flags)
    code = array(_CODE, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _build(pattern: str, entry: Entry) -> Any:
    """The compiled pattern from its kept code."""
    flags, code, groups, groupindex, indexgroup = entry
    words = array(_CODE)
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)


_active: RegexCache | None = None


def install() -> RegexCache | None:
    """Put the cache in front of the regex compiler for this process (once); None when it is off."""
    global _active
    if _active is not None:
        return _active
    if (_compiler is None or array(_CODE).itemsize != _sre.CODESIZE
            or os.environ.get("CHRONIK_REGEX_CACHE", "1") == "0"):
        return None
    _active = RegexCache(cache_dir() / f"{_stamp()}.marshal", _compiler.compile)
    _compiler.compile = _active.compile
    return _active


def uninstall() -> None:
    """Give the compiler back to Python (the tests' way out)."""
    global _active
    if _active is not None:
        _compiler.compile = _active.original
        _active = None


def save() -> None:
    """Write the active cache, if any."""
    if _active is not None:
        _active.save()

