"""``feed.xml`` (Atom, the newest entries) and ``sitemap.xml`` (absolute URLs from ``base_url``)."""

from __future__ import annotations

import heapq
import logging
from html import escape
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from chronik.render.context import EntryView, Site
from chronik.render.urls import NOT_FOUND, absolute, is_absolute_url

log = logging.getLogger(__name__)

FEED_SIZE = 50
SITEMAP_LIMIT = 50_000  # URLs a sitemap file may hold (sitemaps.org)


def _with_seconds(iso: str) -> str:
    # 2020-11-03T08:55+04:00 → 2020-11-03T08:55:00+04:00
    return iso[:16] + ":00" + iso[16:]


def newest(site: Site, n: int = FEED_SIZE) -> list[EntryView]:
    """The ``n`` newest entries, newest first, found once per site model (serve asks at every edit)."""
    if n not in site.newest:
        site.newest[n] = heapq.nlargest(n, site.entries, key=lambda v: (v.entry.date, v.entry.time or "", v.entry.id))
    return site.newest[n]


def atom(site: Site) -> str:
    config = site.config
    base = config.base_url if is_absolute_url(config.base_url) else "https://example.invalid/"
    items = newest(site)
    updated = _updated(items[0]) if items else f"{site.build_date.isoformat()}T00:00:00Z"
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={quoteattr(config.language)}>',
           f"<title>{xml_escape(config.title)}</title>",
           f"<subtitle>{xml_escape(config.description)}</subtitle>" if config.description else "",
           f"<id>{xml_escape(absolute(base, 'index.html'))}</id>",
           f"<link rel=\"self\" href={quoteattr(absolute(base, 'feed.xml'))}/>",
           f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(absolute(base, 'index.html'))}/>",
           f"<updated>{updated}</updated>",
           f"<author><name>{xml_escape(config.title)}</name></author>",
           '<generator uri="https://github.com/chronik/chronik">chronik</generator>']
    for view in items:
        link = absolute(base, view.path)
        e = view.entry
        who = f"{e.attribution.who} ({view.side.label if view.side else 'side unknown'}): " if e.attribution.who else ""
        sources = "; ".join(r.source.publisher if r.source else r.source_id for r in view.refs)
        body = (f"<p>{escape(who)}{escape(e.text)}</p>"
                + (f"<p>Sources: {escape(sources)}</p>" if sources else ""))
        out += ["<entry>", f"<title>{xml_escape(view.heading)}</title>", f"<id>{xml_escape(link)}</id>",
                f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(link)}/>",
                f"<updated>{_updated(view)}</updated>",
                *(f"<category term={quoteattr(p.name)} label=\"place\"/>" for p in view.places),
                f'<content type="html">{xml_escape(body)}</content>', "</entry>"]
    out.append("</feed>")
    return "\n".join(line for line in out if line) + "\n"


def _updated(view: EntryView) -> str:
    iso = view.when.iso
    return _with_seconds(iso) if "T" in iso else f"{iso}T00:00:00Z"


def sitemaps(site: Site, paths: list[str]) -> dict[str, str]:
    """``sitemap.xml`` (an index when there are more than 50,000 pages) and its parts, by file name."""
    base = site.config.base_url
    if not is_absolute_url(base):
        log.warning("base_url %r is not an absolute URL: sitemap.xml and feed.xml need one to be useful", base)
    urls = [absolute(base, p) for p in sorted(paths) if p != NOT_FOUND]
    if len(urls) <= SITEMAP_LIMIT:
        return {"sitemap.xml": _urlset(urls)}
    parts = {f"sitemap-{i // SITEMAP_LIMIT + 1}.xml": _urlset(urls[i:i + SITEMAP_LIMIT])
             for i in range(0, len(urls), SITEMAP_LIMIT)}
    index = ['<?xml version="1.0" encoding="utf-8"?>',
             '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
             *(f"<sitemap><loc>{xml_escape(absolute(base, name))}</loc></sitemap>" for name in parts),
             "</sitemapindex>"]
    return {"sitemap.xml": "\n".join(index) + "\n", **parts}


def _urlset(urls: list[str]) -> str:
    body = "\n".join(f"<url><loc>{xml_escape(u)}</loc></url>" for u in urls)
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}\n</urlset>\n')


def write_feeds(site: Site, root: Path, html_paths: list[str]) -> list[str]:
    """Write the feed and sitemap(s) into ``root``; their site paths."""
    (root / "feed.xml").write_text(atom(site), encoding="utf-8")
    written = ["feed.xml"]
    for name, text in sitemaps(site, html_paths).items():
        (root / name).write_text(text, encoding="utf-8")
        written.append(name)
    return written
