"""Read a saved page into clean lines: any encoding, BOM, CRLF, no-break and zero-width spaces."""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

from chronik.model import Document

log = logging.getLogger(__name__)

_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\x00\u200b-\u200d\u2060\ufeff]")


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _wide(data: bytes) -> str | None:
    """UTF-16 saved without its byte order mark ("Unicode" in an old Windows editor): mostly ASCII text, so one
    byte of every two is NUL, the odd ones for little-endian; None for any other page."""
    sample = data[:4096]
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd > 3 * even:
        return "utf-16-le"
    return "utf-16-be" if even > 3 * odd else None


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (BOM or not); UTF-16/32 by their BOM (or UTF-16 by its NUL bytes) and cp1252/latin-1
    otherwise, each with a warning naming the file; never fail (a broken byte becomes U+FFFD, and is said)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    else:
        wide = next(((len(bom), enc) for bom, enc in _BOMS if data.startswith(bom)), None)
        if wide is None and (guess := _wide(data)) is not None:
            wide = (0, guess)
        if wide is not None:
            skip, encoding = wide
            try:
                return data[skip:].decode(encoding), [f"{name}: not UTF-8; decoded as {encoding}"]
            except UnicodeDecodeError as exc:  # a truncated or damaged file: keep what can be read
                return data[skip:].decode(encoding, errors="replace"), [
                    f"{name}: not UTF-8; decoded as {encoding}, with bad bytes from byte {exc.start + skip} replaced"]
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
