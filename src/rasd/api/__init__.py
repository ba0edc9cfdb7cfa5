"""The HTTP API and web page over the event store (``rasd serve``). See docs/web.md."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
