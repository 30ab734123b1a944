"""Who signs a post from inside it, and in what post: the byline a live page sets between a post's headline and its
text, on two lines ("Nadia Raouf" / "Middle East analyst, BBC World Service") or one ("By Professor Michael Clarke,
security and defence analyst"). Attribution reads it (:mod:`chronik.extract.signed`): an analyst's post is their
own reading of the day."""

from __future__ import annotations

import re

from chronik.model import Signature
from chronik.segment.blocks import Block
from chronik.segment.classify import NAMES
from chronik.segment.lexicon import lexicon

_BY = re.compile(r"^\s*by\s+", re.I)
_HONORIFIC = re.compile(r"^(?:prof(?:essor)?|dr|sir|dame)\.?\s+", re.I)


def signature(marks: list[Block]) -> Signature | None:
    """The name and post of the byline among a post's ``marks`` (its lines that are none of its words), None when
    it names no post (a plain "By Jane Doe", "From CNN's Lior Shamir")."""
    texts = [b.text.strip() for b in marks]
    for k, text in enumerate(texts):
        post = lexicon().reporter_post.search(text)
        if post is None:
            continue
        word = post.group(0).rstrip(", ").lower()
        by = _BY.match(text)
        if by is not None and "," in text[by.end():post.start()]:
            name = text[by.end():].split(",", 1)[0]  # "By NAME, POST"
        elif by is None and k > 0 and NAMES.match(texts[k - 1]):
            name = texts[k - 1]  # "NAME" over "POST"
        else:
            continue
        name = _HONORIFIC.sub("", name.strip())
        if NAMES.match(name):
            return Signature(name, word)
    return None
