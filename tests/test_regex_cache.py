"""The regex cache: a kept pattern is the pattern Python would compile, and a broken cache is only a slower run."""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from chronik import regex_cache
from chronik.regex_cache import RegexCache
from tests.conftest import ROOT

_compiler: Any = importlib.import_module("re._compiler")

PATTERNS = [
    (r"(?<!\w)Stepanakert(?!\w)", 0),
    (r"^(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?:a\.?m\.?|p\.?m\.?)?\s*[:–—-]", re.I),
    (r"(?x) \b (?P<day>\d{1,2}) \s+ (?:jan|feb|mar)\w* # a day and a month", 0),
    (r"(\w+)\s+\1", 0),
    (r"(?(1)a|b)(x)?", 0),
    (r"[İıſ\u212a]+|ß", re.I | re.M),
    (r"^\W*(?:follow|share)\b.{0,40}$", re.I | re.S),
]


def _given_to_matcher(pattern: str, flags: int, monkeypatch: pytest.MonkeyPatch) -> tuple:
    """The arguments Python's own compiler hands the C matcher for ``pattern``."""
    seen: list[tuple] = []
    real = _compiler._sre

    class Recorder:
        def __getattr__(self, name: str) -> Any:
            return getattr(real, name)

        def compile(self, *args: Any) -> Any:
            seen.append(args)
            return real.compile(*args)

    monkeypatch.setattr(_compiler, "_sre", Recorder())
    regex_cache.uninstall()
    _compiler.compile(pattern, flags)
    monkeypatch.undo()
    return seen[0]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_kept_entry_is_what_python_hands_the_matcher(pattern: str, flags: int,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    given = _given_to_matcher(pattern, int(flags), monkeypatch)
    flags_, code, groups, groupindex, indexgroup = regex_cache._entry(pattern, int(flags))
    words = regex_cache.array(regex_cache._CODE)
    words.frombytes(code)
    assert (pattern, flags_, words.tolist(), groups, groupindex, indexgroup) == given


def test_saved_patterns_come_back_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "cache.marshal"
    first = RegexCache(path, _compiler.compile)
    fresh = [first.compile(p, int(f)) for p, f in PATTERNS]
    assert first.added == len(PATTERNS)
    first.save()
    assert path.exists() and first.added == 0

    second = RegexCache(path, lambda *_: pytest.fail("compiled again"))
    for (pattern, flags), old in zip(PATTERNS, fresh, strict=True):
        new = second.compile(pattern, int(flags))
        assert (new.pattern, new.flags, new.groups, new.groupindex) == (old.pattern, old.flags, old.groups,
                                                                       old.groupindex)
    assert second.added == 0 and len(second.used) == len(PATTERNS)
    text = "Follow us on X\n10:30 a.m. – the the army in Stepanakert, 12 feb"
    for (pattern, flags), old in zip(PATTERNS, fresh, strict=True):
        new = second.compile(pattern, int(flags))
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_a_damaged_file_or_entry_only_costs_a_compile(tmp_path: Path) -> None:
    path = tmp_path / "cache.marshal"
    path.write_bytes(b"\x00not marshal at all")
    cache = RegexCache(path, _compiler.compile)
    assert cache.entries == {}
    # a code the matcher's validator rejects: the pattern is compiled again, and right
    flags, code, groups, groupindex, indexgroup = regex_cache._entry(r"a+b", 0)
    cache.entries[(r"a+b", 0)] = (flags, code[: len(code) // 2], groups, groupindex, indexgroup)
    assert cache.compile(r"a+b", 0).fullmatch("aab")
    assert cache.added == 1


def test_a_bad_pattern_still_raises_pythons_error(tmp_path: Path) -> None:
    cache = RegexCache(tmp_path / "cache.marshal", _compiler.compile)
    with pytest.raises(re.error, match="missing \\), unterminated subpattern"):
        cache.compile("(abc", 0)
    assert cache.entries == {}


def test_an_unwritable_cache_is_no_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    cache = RegexCache(tmp_path / "file" / "cache.marshal", _compiler.compile)
    cache.compile("abc", 0)
    cache.save()  # the folder is a file: nothing written, nothing raised
    assert not (tmp_path / "file").is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_install_can_be_turned_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    regex_cache.uninstall()
    monkeypatch.setenv("CHRONIK_REGEX_CACHE", "0")
    assert regex_cache.install() is None
    assert _compiler.compile.__module__ == "re._compiler"
    monkeypatch.setenv("CHRONIK_REGEX_CACHE", "1")
    monkeypatch.setenv("CHRONIK_CACHE_DIR", str(tmp_path))
    try:
        cache = regex_cache.install()
        assert cache is not None and cache.path.parent == tmp_path
        assert re.compile(r"kept\s+(?P<word>\w+)", re.I).match("KEPT this")["word"] == "this"
        assert ("kept\\s+(?P<word>\\w+)", int(re.I)) in cache.entries
    finally:
        regex_cache.uninstall()


def test_the_cli_parses_the_same_with_a_kept_cache(tmp_path: Path) -> None:
    env = {**os.environ, "CHRONIK_CACHE_DIR": str(tmp_path), "CHRONIK_REGEX_CACHE": "1"}
    runs = [subprocess.run([sys.executable, "-m", "chronik", "parse", "--json", "--source", "jamnews-2020-10-07"],
                           cwd=ROOT, env=env, capture_output=True, text=True, check=True) for _ in range(2)]
    kept = list(tmp_path.glob("regex-*.marshal"))
    assert len(kept) == 1 and kept[0].stat().st_size > 100_000
    assert json.loads(runs[0].stdout) == json.loads(runs[1].stdout)
    assert json.loads(runs[1].stdout)["updates"]
