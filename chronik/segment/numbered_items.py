"""Numbered item headlines: a newsletter or a digest numbers its items ("1 big thing: Ceasefire takes hold",
"2. Scoop: Envoy briefed the new team", "3. 📊 The toll"), each number over the item's first paragraph. A short
numbered line looks like a section label ("3. The toll" has no verb), but a run of them counting on item by item
is the issue's list of stories: each is the headline of the item under it, joined to it as its title (even one
asking, "4. Gaza next?", which elsewhere would head an explainer's section). The paragraphs after the item's lead are
read as a digest's: one reporting another act ("Driving the news: The president said on Tuesday ...") is an update
of its own, a signposted analysis ("Why it matters: ...") the item's.
"""

from __future__ import annotations

import re

from chronik.segment.info import BULLET, FURNITURE, HEADLINE, LABEL, PARA, Info

# the item's number, with a dot or a parenthesis ("2. ", "3) ") or a space before a word ("1 big thing:")
_NUMBERED = re.compile(r"^\s*(\d{1,2})(?:[.)]\s+|\s+)(?=\S)")
# an e-mailed digest's item number in brackets ("[02] HAGUE TRIBUNAL INDICTS ...")
BRACKETED_NUMBER = re.compile(r"^\s*\[(\d{1,2})\]\s*(?=\S)")
NUMBERED_ITEM = "numbered item"
RUN = 3  # numbered headlines counting on one by one, at least, to be an issue's items
TITLE_WORDS = 14  # a headline's length, at most


def _number(info: Info) -> int | None:
    """The item number a short heading-like line opens with, else None."""
    if info.kind not in (LABEL, HEADLINE) or info.timex is not None or info.block.words > TITLE_WORDS:
        return None
    # (a plain numbered list, "2. Kyiv ...", is read as a list, and a document's numbered sections, "2. What happened
    # on the ground", as its sections: the block reader took their numbers off)
    found = _NUMBERED.match(info.block.text) or BRACKETED_NUMBER.match(info.block.text)
    return int(found.group(1)) if found else None


def _over_paragraph(infos: list[Info], k: int) -> bool:
    """Whether the next line under ``infos[k]`` past furniture (a photo's caption) is a paragraph."""
    below = next((i for i in infos[k + 1:] if i.kind != FURNITURE), None)
    return below is not None and below.kind == PARA


def numbered_items(infos: list[Info]) -> None:
    """Make the numbered lines of a counting run (1, 2, 3, ...), each over a paragraph, headlines of their items."""
    numbered = [(k, n) for k, i in enumerate(infos) if (n := _number(i)) is not None and _over_paragraph(infos, k)]
    run: list[int] = []
    last = None
    for k, n in numbered:
        if last is None or n != last + 1:
            _mark(infos, run)
            run = []
        run.append(k)
        last = n
    _mark(infos, run)


def _mark(infos: list[Info], run: list[int]) -> None:
    """Headlines for the lines of a run long enough to be an issue's items."""
    if len(run) >= RUN:
        for k in run:
            infos[k].kind, infos[k].what = HEADLINE, NUMBERED_ITEM


def numbered_sections(infos: list[Info]) -> None:
    """A document numbering its sections and, on another count, its paragraphs ("2. The attack on the enclave" over
    "31. On 2 July 1995, ..."), as a judgement or a report does: the section's heading labels the part of the
    document, it is no paragraph's title."""
    for k, info in enumerate(infos):
        if info.kind != HEADLINE or not info.block.numbered or info.what == NUMBERED_ITEM:
            continue
        below = next((i for i in infos[k + 1:] if i.kind != FURNITURE), None)
        section, paragraph = _NUMBERED.match(info.block.raw), _NUMBERED.match(below.block.raw) if below else None
        if below is not None and below.kind in (PARA, BULLET) and below.block.numbered and section is not None \
                and paragraph is not None and int(paragraph.group(1)) > int(section.group(1)) + 1:
            info.kind = LABEL
