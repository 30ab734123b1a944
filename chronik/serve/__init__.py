"""The preview server: ``chronik serve`` builds, serves build/ and rebuilds on every save."""

from __future__ import annotations

from chronik.serve.server import serve

__all__ = ["serve"]
