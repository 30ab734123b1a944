"""Create a new project: config, folders, starter content and a templates/ folder for theme overrides.

The default theme is not copied: templates/ holds only what the user changes (see its README.md),
so a project keeps getting the packaged theme's fixes. ``chronik init DIR && cd DIR && chronik build``
works straight away and builds an empty site.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from chronik.errors import ChronikError
from chronik.render.templating import THEME_DIR

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

ABOUT = """\
---
title: About
order: 1
---
What this chronology covers, who keeps it, and how to send a correction.
"""

METHODOLOGY = """\
---
title: Methodology
order: 2
---
Which sources are used, how their updates are dated and attributed, and how editors check them.
"""

DAYS_README = """\
# Day summaries

A file `YYYY-MM-DD.md` here is shown at the top of that day's page, as the editor's summary.
It may start with front matter (`title: The day in brief` between two `---` lines).
Links are written from the site root, e.g. `[the shelling](entries/ENTRY-ID.html)`.
"""


def create_project(target: Path, title: str | None = None) -> Path:
    """Write a new project into ``target`` (which must be missing or empty)."""
    target = target.resolve()
    if target.exists() and any(target.iterdir()):
        raise ChronikError(f"{target} is not empty; choose a new folder")
    for sub in ("seeds", "chronology"):
        (target / sub).mkdir(parents=True, exist_ok=True)
        (target / sub / ".gitkeep").touch()
    title = title or target.name.replace("-", " ").replace("_", " ").title()
    (target / "config.yaml").write_text(CONFIG.format(title=title.replace('"', "'")), encoding="utf-8")
    (target / "content" / "days").mkdir(parents=True)
    (target / "content" / "about.md").write_text(ABOUT, encoding="utf-8")
    (target / "content" / "methodology.md").write_text(METHODOLOGY, encoding="utf-8")
    (target / "content" / "days" / "README.md").write_text(DAYS_README, encoding="utf-8")
    (target / "templates" / "static").mkdir(parents=True)
    shutil.copy(THEME_DIR / "OVERRIDING.md", target / "templates" / "README.md")
    (target / ".gitignore").write_text("build/\n.venv/\n", encoding="utf-8")
    return target
