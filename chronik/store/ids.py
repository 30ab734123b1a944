"""Entry ids: ``DATE-HHMM-words-of-the-title``, issued once and never reused (the ledger remembers them all)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from functools import cache
from importlib import resources

from ruamel.yaml import YAML

_WORD = re.compile(r"[a-z0-9]+")


@cache
def _lexicon() -> tuple[int, frozenset[str]]:
    data = YAML(typ="safe").load(resources.files("chronik").joinpath("data/ids.yaml").read_text("utf-8"))
    return int(data["words"]), frozenset(str(w) for w in data["stopwords"])


def slug(text: str) -> str:
    """The first few meaningful words of ``text``, ASCII, lower case, joined by hyphens."""
    count, stop = _lexicon()
    folded = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"'s\b", "", folded)
    words = [w for w in _WORD.findall(folded) if w not in stop and not w.isdigit()]
    if not words:
        words = _WORD.findall(folded)
    return "-".join(words[:count]) or "entry"


def new_id(date: str, time: str | None, title: str | None, text: str, taken: Container[str]) -> str:
    """A fresh id for an entry of ``date`` (and ``time``); ``-2``, ``-3``... when one is taken."""
    stamp = f"{date}-{time.replace(':', '')}" if time else date
    base = f"{stamp}-{slug(title or text)}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
