"""The event store: an embedded SQLite database (WAL) of documents, entities, events and merged happenings, with
Arabic full-text search. See docs/store.md."""

from __future__ import annotations

from .backend import Backend, SQLiteBackend, StoreError
from .db import default_db, open_store

__all__ = ["Backend", "SQLiteBackend", "StoreError", "default_db", "open_store"]
