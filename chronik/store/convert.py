"""Entry nodes → :class:`chronik.model.Entry` objects for the renderer and the merger."""

from __future__ import annotations

from typing import Any

from chronik.model import Attribution, Entry, Figure, SourceRef
from chronik.store.schema import FIGURE_DEFAULTS, field_value, valid_date


def _figure(data: Any) -> Figure | None:
    if not isinstance(data, dict) or "what" not in data or "count" not in data:
        return None
    return Figure(**{**FIGURE_DEFAULTS, **{k: v for k, v in data.items() if k in Figure.__dataclass_fields__}})


def to_entry(node: dict[str, Any], day: str | None) -> Entry:
    """The entry as a dataclass (call on a node that passed check, plain data or a round-trip node; ``day`` is its
    file's day)."""
    value = {key: field_value(node, key) for key in node}

    def get(key: str) -> Any:
        return value[key] if key in value else field_value(node, key)

    attribution = get("attribution") or {}
    refs = [SourceRef(str(r.get("source")), list(r.get("lines") or []), str(r.get("quote") or ""))
            for r in get("sources") or [] if isinstance(r, dict)]
    return Entry(
        id=str(value["id"]), date=valid_date(node.get("date")) or day or "", text=str(value.get("text") or ""),
        time=value.get("time"), timezone=value.get("timezone"), title=value.get("title"),
        attribution=Attribution(attribution.get("who"), attribution.get("side")),
        places=list(get("places")), actors=list(get("actors")),
        figures=[f for f in map(_figure, get("figures")) if f is not None],
        status=get("status"), note=value.get("note"), sources=refs,
        date_end=value.get("date_end"), date_basis=value.get("date_basis"), kind=get("kind"),
        tags=list(get("tags")), flags=list(get("flags")),
    )
