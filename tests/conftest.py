"""Shared helpers: tiny projects in temporary folders, the way a user would lay them out."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# the commands run by the tests keep their compiled regexes here, not in the user's cache (removed when they end)
if "CHRONIK_CACHE_DIR" not in os.environ:
    os.environ["CHRONIK_CACHE_DIR"] = tempfile.mkdtemp(prefix="chronik-test-cache-")
    atexit.register(shutil.rmtree, os.environ["CHRONIK_CACHE_DIR"], ignore_errors=True)


@pytest.fixture
def seed_project(tmp_path: Path) -> Path:
    """A copy of the repository's seed site (config, seeds, content, templates), no chronology."""
    for name in ("seeds", "content", "templates"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "config.yaml", tmp_path / "config.yaml")
    (tmp_path / "chronology").mkdir()
    return tmp_path


def write(path: Path, text: str) -> Path:
    """Write dedented text, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path
