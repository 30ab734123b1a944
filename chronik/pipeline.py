"""The flow of DESIGN.md in one place: ingest → segment (and date) → extract → merge."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from chronik.config import Config, Source
from chronik.extract import annotate, load_extract_data
from chronik.ingest import read_document
from chronik.model import ParseResult
from chronik.progress import progress
from chronik.segment import segment

log = logging.getLogger(__name__)


def parse_source(source: Source, config: Config) -> ParseResult:
    """Turn one saved page into dated updates and the lines it dropped."""
    doc = read_document(source.id, source.path)
    updates, dropped = segment(doc, source, config)
    return ParseResult(updates, dropped)


def parse_sources(config: Config, sources: Iterable[Source] | None = None) -> ParseResult:
    """Parse every configured source (or the ones given), in config order."""
    result = ParseResult()
    chosen = list(config.sources if sources is None else sources)
    extract_data = load_extract_data(config)  # sides, gazetteer and lexicons, read once per run
    for source in progress(chosen, "parse", total=len(chosen)):
        one = parse_source(source, config)
        for update in one.updates:
            annotate(update, config, extract_data)
        log.info("%s: %d updates, %d lines dropped", source.id, len(one.updates), len(one.dropped))
        result.updates.extend(one.updates)
        result.dropped.extend(one.dropped)
    return result
