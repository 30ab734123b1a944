"""``chronik serve``: build, serve build/ on 127.0.0.1, rebuild on every save and reload the browser.

The HTTP side is tornado with livereload's pieces: its WebSocket handler and livereload.js (the
browser end of the protocol) and its transform that puts the script into every HTML response. The
watching is chronik's own, because livereload's loop does not fit a site build: it polls every 800 ms,
runs the build on the server's thread (requests hang meanwhile) and drops reloads that come within
3 s of the last one. Here a poll every 100 ms, and a second look 50 ms later for saves made in several
writes, finds the saved files (:mod:`chronik.serve.watch`); the rebuild runs in a worker thread while
the previous site keeps being served, and the browsers are told to reload the moment it ends, whether
it succeeded or not: while the last build failed, every page request gets the error page
(:mod:`chronik.serve.errorpage`), which carries the reload script too.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
import time
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import Any

from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
from livereload.server import LiveScriptInjector
from tornado import web
from tornado.httpserver import HTTPServer
from tornado.httputil import responses
from tornado.ioloop import IOLoop, PeriodicCallback
from tornado.netutil import bind_sockets
from tornado.websocket import WebSocketHandler

from chronik.config import Config, load_config
from chronik.errors import ChronikError, Problem
from chronik.serve.errorpage import explain, shown
from chronik.serve.errorpage import render as render_error
from chronik.serve.rebuild import follower, rebuild
from chronik.serve.watch import ChangeSet, Snapshot, absorb, diff, listed_files, scan, with_config

log = logging.getLogger(__name__)

POLL_MS = 100
SETTLE_S = 0.05
LOOPBACK = ("127.0.0.1", "localhost", "::1")

# livereload's own snippet: load livereload.js from the port the page came from.
LIVE_SCRIPT = (b'<script>(function(){var s=document.createElement("script");'
               b'var port=window.location.port||(window.location.protocol=="https:"?443:80);'
               b's.src="//"+window.location.hostname+":"+port+"/livereload.js?port="+port;'
               b"document.head.appendChild(s);})();</script>")

Report = Callable[[str], None]
RELOAD = {"command": "reload", "path": "*", "liveCSS": False, "liveImg": False}  # livereload's protocol
BUILD_COOKIE = "chronik_build"  # the number of the build a page was served from (Preview.generation)


class Preview:
    """The state of one ``chronik serve``: the config, the watch baseline, and the last build's failure
    (the error page to show, or None when the site in build/ is current)."""

    def __init__(self, config_path: Path, report: Report):
        self.config_path = config_path
        self.config: Config = load_config(config_path)
        self.report = report
        follower(self.config.build_dir).report = report  # the exports and search index after an edit in place
        self.failure: str | None = None
        self.snapshot: Snapshot = scan(self.config)
        self._settling: Snapshot | None = None
        self._carried = ChangeSet()  # changes of failed rebuilds, retried with the next save
        self._busy = False
        # how many builds have finished since serve started: a page is stamped with the number it was built
        # by (BUILD_COOKIE), so a page whose reload socket connects only after a newer build reloads at once
        self.generation = 0

    def build_now(self, changes: ChangeSet) -> ChangeSet:
        """Run one rebuild (on the calling thread), report it, remember a failure. Return the changes
        as rebuilt: with the sources a config.yaml edit made to re-parse."""
        start = time.perf_counter()
        what = changes.describe() if changes else "first build"
        try:
            if changes.config:
                new = load_config(self.config_path)
                changes = with_config(changes, self.config, new)
                self.config = new
            done = rebuild(self.config, changes)
        except Exception as exc:
            problems, trace = explain(exc)
            self.failure = render_error(problems, trace, self.config.root, what)
            self._carried = changes
            lines = "\n".join(f"  {shown(p, self.config.root)}" for p in problems)
            self.report(f"build failed after {time.perf_counter() - start:.2f} s: {what}\n{lines}\n"
                        "  (the browser shows the error; save a fix to rebuild)")
            if trace:
                log.info("%s", trace)
            return changes
        self.failure = None
        self._carried = ChangeSet()
        took = f"{time.perf_counter() - start:.2f} s"
        self.report(f"rebuilt in {took}: {what} ({done})" if changes else f"built in {took} ({done})")
        return changes

    def poll(self) -> None:
        """On the server's loop: start a rebuild once the saved files look the same on a second scan
        shortly after the first (an editor may write a file in several steps)."""
        if self._busy:
            return
        now = scan(self.config)
        if now == self.snapshot:
            self._settling = None
            return
        if now != self._settling:
            self._settling = now
            IOLoop.current().call_later(SETTLE_S, self.poll)
            return
        self._settling = None
        changes = self._carried.union(diff(self.config, self.snapshot, now))
        old_config = self.config
        self.snapshot = now
        self._busy = True
        future = asyncio.get_running_loop().run_in_executor(None, self.build_now, changes)
        future.add_done_callback(lambda done: self._finished(done.result(), old_config))

    def _finished(self, changes: ChangeSet, old_config: Config) -> None:
        """Back on the loop after a rebuild: stop watching the files it wrote (the chronology a re-parse
        rewrote, even when the build after it failed; sources newly listed), reload the browsers."""
        parsed = bool(changes.sources)
        new_files = listed_files(self.config) - listed_files(old_config)
        if parsed or new_files:
            self.snapshot = absorb(self.snapshot, scan(self.config),
                                   self.config.chronology_dir if parsed else None, new_files)
        self._busy = False
        self.generation += 1
        reload_browsers()


def reload_browsers() -> None:
    """Tell every connected page to reload (livereload's protocol), with no throttling."""
    for page in list(LiveReloadHandler.waiters):
        try:
            page.write_message(RELOAD)
        except Exception:  # a tab closed mid-send: forget it
            LiveReloadHandler.waiters.discard(page)


class LocalOnly(web.RequestHandler):
    """Refuse requests whose Host is not this machine when bound to loopback: a web page cannot then
    read the preview through a DNS name it re-points at 127.0.0.1."""

    def prepare(self) -> None:
        host = self.request.host_name.strip("[]")
        if self.settings.get("loopback_only") and host not in LOOPBACK:
            raise web.HTTPError(403, "unexpected Host header")


class ReloadSocket(LiveReloadHandler, LocalOnly):
    """livereload's WebSocket, but only for pages of this server (livereload accepts any origin).

    A page that was loading while a build finished missed that build's reload (its socket was not yet
    open): when it says hello with the stamp of an older build, it is told to reload there and then."""

    def initialize(self, preview: Preview) -> None:
        self.preview = preview

    def check_origin(self, origin: str) -> bool:
        return WebSocketHandler.check_origin(self, origin)

    def on_message(self, message: str | bytes) -> None:
        super().on_message(message)
        if self in LiveReloadHandler.waiters and self._stale():
            self.write_message(RELOAD)

    def _stale(self) -> bool:
        stamp = self.get_cookie(BUILD_COOKIE)
        return stamp is not None and stamp != str(self.preview.generation)


class SiteHandler(web.StaticFileHandler, LocalOnly):
    """Files of build/ and nothing else; the error page for pages while the last build failed."""

    def initialize(self, path: str, default_filename: str | None = None,
                   allowed_symlink_directory: str | list[str] | None = None, *, preview: Preview | None = None) -> None:
        """StaticFileHandler's parameters, and the preview, which make_app always gives (a keyword with a default
        only so that tornado's handlers can be called the base class's way)."""
        assert preview is not None, "make_app gives every SiteHandler the preview"
        if allowed_symlink_directory is None:  # (a tornado older than 6.5.9 has no such parameter)
            super().initialize(path=path, default_filename=default_filename)
        else:
            super().initialize(path=path, default_filename=default_filename,
                               allowed_symlink_directory=allowed_symlink_directory)
        self.preview = preview

    async def get(self, path: str, include_body: bool = True) -> None:
        if self._wants_page(path):
            self.set_cookie(BUILD_COOKIE, str(self.preview.generation), path="/", samesite="Strict")
        if self.preview.failure is not None and self._wants_page(path):
            self._inside(self.root, self.get_absolute_path(self.root, self.parse_url_path(path)))
            self.set_status(500)
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.finish(self.preview.failure if include_body else "")
            return
        await super().get(path, include_body)

    def _wants_page(self, path: str) -> bool:
        suffix = os.path.splitext(path)[1].lower()
        return suffix in ("", ".html", ".htm") or "text/html" in self.request.headers.get("Accept", "")

    def validate_absolute_path(self, root: str, absolute_path: str) -> str | None:
        self._inside(root, absolute_path)
        return super().validate_absolute_path(root, absolute_path)

    @staticmethod
    def _inside(root: str, absolute_path: str) -> None:
        """403 unless the path, symlinks resolved, is in build/ (tornado checks link targets only
        since 6.5; the error page is guarded by this check too)."""
        real_root = os.path.realpath(root)
        if not (os.path.realpath(absolute_path) + os.sep).startswith(real_root + os.sep):
            raise web.HTTPError(403)

    def set_extra_headers(self, path: str) -> None:
        self.set_header("Cache-Control", "no-store")

    def compute_etag(self) -> str | None:
        return None  # always send the file: it may have changed with the last build

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        # An HTML page with a <head>, so a 404 during a rename also reloads when the build ends.
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(f"<!doctype html><html><head><title>{status_code}</title></head>"
                    f"<body><h1>{status_code} {responses.get(status_code, 'Error')}</h1></body></html>")


class ScriptHandler(LiveReloadJSHandler, LocalOnly):
    """livereload.js, the browser end of the protocol."""


class InjectScript(LiveScriptInjector):
    script = LIVE_SCRIPT


def make_app(preview: Preview, host: str) -> web.Application:
    return web.Application([
        (r"/livereload", ReloadSocket, {"preview": preview}),
        (r"/livereload\.js", ScriptHandler),
        (r"/(.*)", SiteHandler, {"path": str(preview.config.build_dir), "preview": preview,
                                 "default_filename": "index.html"}),
    ], transforms=[InjectScript], loopback_only=host in LOOPBACK)


async def _serve(preview: Preview, sockets: list[socket.socket], host: str, port: int,
                 open_browser: bool) -> None:
    HTTPServer(make_app(preview, host)).add_sockets(sockets)
    url = f"http://{f'[{host}]' if ':' in host else host}:{port}/"
    preview.report(f"serving {preview.config.build_dir} at {url} (Ctrl-C to stop); watching config.yaml, "
                   "seeds/, chronology/, content/, templates/")
    if open_browser:
        threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
    PeriodicCallback(preview.poll, POLL_MS).start()
    await asyncio.Event().wait()


def serve(config_path: Path, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False,
          report: Report = log.warning) -> None:
    """Build the site, then serve and rebuild it until interrupted. A failed first build still serves
    (the error page); a config.yaml that cannot be read, or a port in use, raises ChronikError.

    The port is taken before the first build, so a port in use fails at once and a browser that
    connects meanwhile waits for the finished site instead of getting a 404."""
    preview = Preview(config_path, report)
    try:
        sockets = bind_sockets(port, address=host)
    except OSError as exc:
        raise ChronikError(Problem("chronik serve", 0, 0, f"cannot listen on {host}:{port}: {exc.strerror}",
                                   "a free port (--port N) or an address of this machine (--host)")) from exc
    preview.build_now(ChangeSet())
    asyncio.run(_serve(preview, sockets, host, port, open_browser))
