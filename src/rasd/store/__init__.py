"""The event store: documents, entities, events and merged happenings, with Arabic full-text search — in an embedded
SQLite database (WAL) or in PostgreSQL (``postgresql://…``, :mod:`.postgres`). See docs/store.md and docs/scale.md."""

from __future__ import annotations

from .backend import Backend, SQLiteBackend, StoreError
from .db import default_db, open_store

__all__ = ["Backend", "SQLiteBackend", "StoreError", "default_db", "open_store"]
