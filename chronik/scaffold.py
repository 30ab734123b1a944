"""Create a new project: config, folders and the default theme, ready to build."""

from __future__ import annotations

import shutil
from pathlib import Path

from chronik.errors import ChronikError

CONFIG = """\
# chronik site configuration. Paths are relative to this file.
title: "{title}"
description: "A cross-source chronology."
# Where the site is published; on GitHub Pages a project site is https://USER.github.io/REPO/
base_url: /
# The zone used when a source names none (an IANA name: Europe/Kyiv, Asia/Yerevan, UTC, ...)
timezone: UTC
language: en

# Day counters in the sources ("day 11", "thirty ninth day") count from `start` (day one).
epochs: []
#  - name: the war
#    start: 2022-02-24

# The pages you saved. Add them with `chronik add PAGE.txt --publisher NAME --published DATE`.
sources: []
"""


def create_project(target: Path, title: str | None = None) -> Path:
    """Write a new project into ``target`` (which must be missing or empty)."""
    target = target.resolve()
    if target.exists() and any(target.iterdir()):
        raise ChronikError(f"{target} is not empty; choose a new folder")
    for sub in ("seeds", "chronology", "content"):
        (target / sub).mkdir(parents=True, exist_ok=True)
        (target / sub / ".gitkeep").touch()
    title = title or target.name.replace("-", " ").replace("_", " ").title()
    (target / "config.yaml").write_text(CONFIG.format(title=title.replace('"', "'")), encoding="utf-8")
    shutil.copytree(Path(__file__).parent / "theme", target / "templates")
    (target / ".gitignore").write_text("build/\n.venv/\n", encoding="utf-8")
    return target
