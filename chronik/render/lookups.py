"""What the extraction data knows about names, for the site: aliases of places and actors, what each side covers.

Both come from the files the extractors read (``chronik/data/gazetteer.yaml``, ``sides.yaml`` and the
site's own files named in config.yaml), so the site shows the same names the parser matched.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from chronik.config import Config

log = logging.getLogger(__name__)

Lookup = Callable[[str, str], list[str]]


def alias_lookup(config: Config) -> Lookup:
    """``lookup(kind, canonical_name)`` → the other names, sorted; without a gazetteer, no aliases."""
    try:
        module = importlib.import_module("chronik.extract.gazetteer")
    except ImportError as exc:
        log.debug("no gazetteer (%s): place and actor pages list no aliases", exc)
        return lambda kind, name: []
    load = getattr(module, "load_gazetteer", None)
    if load is None:
        log.debug("no gazetteer loader: place and actor pages list no aliases")
        return lambda kind, name: []
    aliases = load(config).aliases

    def lookup(kind: str, name: str) -> list[str]:
        return sorted({a for a in aliases(name) if a and a != name}, key=str.casefold)

    return lookup


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser: the packaged file is long


def _sides_file(text: str) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError:
        return {}  # `chronik check` and `chronik parse` report a broken sides file with its line
    return data if isinstance(data, dict) else {}


def side_descriptions(config: Config) -> dict[str, str]:
    """Side name → what it covers ("Azerbaijan"), from chronik's sides file and the site's own."""
    packaged_file = resources.files("chronik").joinpath("data/sides.yaml")
    packaged = _sides_file(packaged_file.read_text("utf-8")) if packaged_file.is_file() else {}
    sides = {str(k): str(v or "") for k, v in (packaged.get("sides") or {}).items()}
    if config.sides is not None and Path(config.sides).is_file():
        own = _sides_file(config.sides.read_text(encoding="utf-8"))
        if own.get("defaults") == "replace":
            sides = {}
        sides.update({str(k): str(v or "") for k, v in (own.get("sides") or {}).items()})
    return sides
