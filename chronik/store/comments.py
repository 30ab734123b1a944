"""Keep a person's comments next to the entry they were written beside, whatever chronik inserts or moves.

ruamel stores a comment line *between* two entries as the trailing comment of the deepest last value
of the entry above (``quote:`` of its last source, say). Appending a source to that entry, or inserting
a new entry after it, would then carry the comment away from the entry it was written above. So on
reading, :func:`lift` takes every comment between entries out of the nodes and keeps it, as plain
lines, with the entry *below* it (or the file's header or footer); :func:`attach` puts the lines back
as that entry's "before" comment just before writing. End-of-line comments and comments inside an
entry stay where ruamel keeps them, on their key.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken

Lines = list[str]  # raw comment lines with their indentation; "" is a blank line


def _column(token: CommentToken) -> int:
    return token.column if token.column is not None else 0


def _pre_lines(tokens: list[Any] | None) -> Lines:
    """Lines of a list of 'before' tokens (each starts at its column)."""
    lines: Lines = []
    for token in tokens or []:
        if token is None:
            continue
        parts = token.value.split("\n")
        if parts and parts[-1] == "":
            parts.pop()
        if parts:
            parts[0] = " " * _column(token) + parts[0] if parts[0] else ""
        lines.extend(parts)
    return lines


def _tokens(lines: Lines) -> list[CommentToken]:
    """'Before' tokens for ``lines``: one per comment line, blank lines folded into the one above."""
    tokens: list[CommentToken] = []
    for line in lines:
        if not line.strip():
            if tokens:
                tokens[-1].value += "\n"
            else:
                tokens.append(CommentToken("\n", CommentMark(0), None))
            continue
        text = line.lstrip()
        tokens.append(CommentToken(text + "\n", CommentMark(len(line) - len(text)), None))
    return tokens


def _tail_slot(entry: CommentedMap) -> tuple[Any, Any, int, Any]:
    """(container, key, index in its comment list, value) of the last line of ``entry``'s block."""
    node: Any = entry
    while True:
        key = next(reversed(node)) if isinstance(node, CommentedMap) else len(node) - 1
        value = node[key]
        index = 2 if isinstance(node, CommentedMap) else 0
        block = isinstance(value, CommentedMap | CommentedSeq) and len(value) and not value.fa.flow_style()
        if not block:
            return node, key, index, value
        node = value


def _take_tail(entry: CommentedMap) -> Lines:
    """Remove and return the comment lines after ``entry``'s last line, keeping its end-of-line comment."""
    if not len(entry):
        return []
    node, key, index, value = _tail_slot(entry)
    slot = node.ca.items.get(key)
    token = slot[index] if slot and len(slot) > index else None
    if token is None:
        return []
    parts = token.value.split("\n")
    if parts and parts[-1] == "":
        parts.pop()
    if isinstance(value, FoldedScalarString | LiteralScalarString):
        eol, below = None, parts  # a block scalar owns its line ends: all of it is below
        if below:
            below[0] = " " * _column(token) + below[0]
    else:
        eol, below = parts[0], parts[1:]
    slot[index] = CommentToken(eol + "\n", CommentMark(_column(token)), None) if eol else None
    return below


def _put_tail(entry: CommentedMap, lines: Lines) -> None:
    """Write ``lines`` after ``entry``'s last line (the file's footer)."""
    if not lines or not len(entry):
        return
    node, key, index, value = _tail_slot(entry)
    slot = node.ca.items.setdefault(key, [None, None, None, None])
    old = slot[index]
    body = "".join(line + "\n" for line in lines)
    if isinstance(value, FoldedScalarString | LiteralScalarString):
        slot[index] = CommentToken(body, CommentMark(0), None)
    else:
        eol = old.value.rstrip("\n") if old is not None else ""
        slot[index] = CommentToken(eol + "\n" + body, CommentMark(_column(old) if old else 0), None)


def lift(seq: CommentedSeq) -> tuple[Lines, list[Lines], Lines]:
    """Take the comments between entries out of ``seq``: (header, lines above each entry, footer).

    The header is what stands at the top of the file up to its last blank line; comment lines after
    that blank line belong to the first entry.
    """
    head = _pre_lines(seq.ca.comment[1] if seq.ca.comment and len(seq.ca.comment) > 1 else None)
    seq.ca.comment = None
    blank = max((i for i, line in enumerate(head) if not line.strip()), default=-1)
    header = head[: blank + 1] if len(seq) else head
    above: list[Lines] = [[] for _ in seq]
    if len(seq):
        above[0] = head[blank + 1:]
    footer: Lines = []
    for k in range(len(seq)):
        slot = seq.ca.items.pop(k, None)
        if slot and len(slot) > 1:
            above[k] = above[k] + _pre_lines(slot[1])
        if isinstance(seq[k], CommentedMap):
            below = _take_tail(seq[k])
            if k + 1 < len(seq):
                above[k + 1] = below + above[k + 1]
            else:
                footer = below
    return header, above, footer


def attach(seq: CommentedSeq, header: Lines, above: list[Lines], footer: Lines) -> None:
    """Put lifted comments back: ``above[k]`` before entry k, header at the top, footer at the end.

    An empty ``seq`` has nowhere to hold comments; :mod:`chronik.store.dayfile` writes those itself.
    """
    seq.ca.items.clear()
    for k, lines in enumerate(above):
        if lines:
            seq.ca.items[k] = [None, _tokens(lines), None, None]
    if header and len(seq):
        first = seq.ca.items.pop(0, [None, [], None, None])[1]
        seq.ca.items[0] = [None, _tokens(header) + first, None, None]
    if len(seq) and isinstance(seq[-1], CommentedMap):
        _put_tail(seq[-1], footer)
