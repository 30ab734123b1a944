"""The lines of a source that the chronology leaves out, and why (shown greyed on the source page).

This is ``chronik.pipeline.parse_source(source, config).dropped`` without the dating and the rest of
segmentation: the segmenter drops exactly the blocks its boilerplate stage gives a reason for, and
running only that stage is about fifteen times faster, which matters when every build shows
thousands of sources. ``tests/test_site_seed.py`` checks that both agree line for line.
"""

from __future__ import annotations

from chronik.config import Config, Source
from chronik.model import Document
from chronik.segment.blocks import split_blocks
from chronik.segment.boilerplate import drop_reasons


def dropped_lines(doc: Document, source: Source, config: Config) -> dict[int, str]:
    """Line number → the reason it is left out, for every dropped line of ``doc``."""
    blocks = split_blocks(doc.lines)
    reasons = drop_reasons(blocks, source, config)
    return {no: reasons[b.index] for b in blocks if b.index in reasons for no in b.lines}
