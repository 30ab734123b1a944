"""Markdown written by editors (entry notes, content pages, day summaries) → safe HTML.

Raw HTML in the Markdown is shown as text, never passed through: notes are typed into YAML by
many hands, and a page must not run a script or load anything from elsewhere. Links are kept only
for http(s), mailto and site paths; a site path (``entries/x.html``, written relative to the site
root) is rewritten relative to the page it appears on, so it works from any sub-path. Images
become links, since the site makes no outside requests.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from chronik.render.urls import relative

_ALLOWED_SCHEMES = ("http://", "https://", "mailto:")


class _SafeLinks(Treeprocessor):
    """Drop unsafe link targets, turn images into links, make site paths relative to the page."""

    page = "index.html"

    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for i, child in enumerate(list(parent)):
                if child.tag == "img":
                    link = etree.Element("a", {"href": child.get("src", "")})
                    link.text = child.get("alt") or child.get("src", "")
                    link.tail = child.tail
                    parent[i] = link
        for link in root.iter("a"):
            href = (link.get("href") or "").strip()
            for attr in list(link.attrib):
                if attr not in ("href", "title"):
                    del link.attrib[attr]
            if href.startswith(_ALLOWED_SCHEMES) or href.startswith("#"):
                continue
            if not href or ":" in href.partition("/")[0] or href.startswith(("/", "\\")):
                link.attrib.pop("href", None)  # javascript:, data:, //host, /rooted: not followed
                continue
            link.set("href", relative(href, self.page))


class _SafeExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_SafeLinks(md), "chronik_safe_links", 1)


class MarkdownRenderer:
    """One reusable converter (building a Markdown instance is the slow part)."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(extensions=[_SafeExtension(), "tables", "sane_lists"], output_format="html")
        self._links: Any = self._md.treeprocessors["chronik_safe_links"]

    def __call__(self, text: str | None, page: str = "index.html") -> Markup:
        """HTML for ``text`` as it appears on site path ``page``."""
        if not text or not text.strip():
            return Markup("")
        self._links.page = page
        html = self._md.reset().convert(text)
        return Markup(html)
