"""``chronik serve``: build, serve build/ on 127.0.0.1, rebuild on every save and reload the browser."""

from __future__ import annotations

import argparse
import logging
import sys


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("serve", parents=[common], help="preview the site, rebuilt on every save",
                       description="Build the site, serve build/ and watch config.yaml, seeds/, "
                                   "chronology/, content/ and templates/: each save rebuilds (re-parsing "
                                   "when a source changed) and reloads the browser. Only the pages a save "
                                   "changes are rendered again; the exports and the search index follow in "
                                   "the background. A failed build shows its error, with file and line, in "
                                   "the browser, and the next good save recovers.")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    p.add_argument("--open", action="store_true", help="open the site in a web browser")
    p.set_defaults(run=run)


def say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from chronik.serve import serve  # imported here: `chronik COMMAND` loads only what it runs

    # One line a request (a 404 for favicon.ico, the 500 of the error page) only with -v.
    logging.getLogger("tornado.access").setLevel(logging.INFO if args.verbose else logging.CRITICAL)
    try:
        serve(args.config, host=args.host, port=args.port, open_browser=args.open, report=say)
    except KeyboardInterrupt:
        say("stopped")
    return 0
