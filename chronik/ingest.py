"""Read a saved page into clean lines: any encoding, BOM, CRLF, no-break and zero-width spaces."""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

from chronik.model import Document

log = logging.getLogger(__name__)

_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (BOM or not); fall back to cp1252/latin-1 with a warning, never fail."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        where = f"byte {exc.start}"
        for encoding in ("cp1252", "latin-1"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return text, [f"{name}: not UTF-8 (first bad {where}); decoded as {encoding}"]
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def clean_line(line: str) -> str:
    """Normalise one line without changing what it says (spaces, compatibility forms, trailing blanks)."""
    line = _INVISIBLE.sub("", line)
    line = _SPACES.sub(" ", line)
    return unicodedata.normalize("NFC", line).rstrip()


def split_lines(text: str) -> list[str]:
    """Split into lines exactly as ``str.splitlines`` does, the numbering every tool agrees on."""
    return text.splitlines()


def read_document(source_id: str, path: Path) -> Document:
    """Read ``path`` as the text of source ``source_id``; decoding problems become warnings."""
    text, warnings = decode(path.read_bytes(), str(path))
    for w in warnings:
        log.warning(w)
    return Document(source_id, [clean_line(x) for x in split_lines(text)], warnings)
