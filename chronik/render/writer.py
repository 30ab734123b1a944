"""Write the site into a staging folder next to the target, then swap it in: a failed build changes nothing."""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)


class Staging:
    """``with Staging(target) as root: …write under root…; stage.commit()`` — without commit, nothing changes."""

    def __init__(self, target: Path):
        self.target = target.resolve()
        self.root: Path | None = None

    def __enter__(self) -> Path:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.root = Path(tempfile.mkdtemp(prefix=f".{self.target.name}-staging-", dir=self.target.parent))
        self.root.chmod(0o755)  # mkdtemp makes it private; a published site is world-readable
        return self.root

    def commit(self) -> None:
        """Replace the target with the staged site (two renames; the old site is removed afterwards)."""
        assert self.root is not None
        old = None
        if self.target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{self.target.name}-old-", dir=self.target.parent))
            self.target.rename(old / "site")
        self.root.rename(self.target)
        self.root = None
        if old:
            shutil.rmtree(old, ignore_errors=True)

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None


def copy_static(theme_static: Path, user_static: Path, root: Path) -> list[str]:
    """The theme's static files, then the user's ``templates/static/`` over them; their site paths."""
    for folder in (theme_static, user_static):
        if folder.is_dir():
            shutil.copytree(folder, root / "static", dirs_exist_ok=True)
    return sorted(p.relative_to(root).as_posix() for p in (root / "static").rglob("*") if p.is_file())


def write_text(root: Path, site_path: str, text: str) -> str:
    path = root / site_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return site_path
