"""Read-only database access for the HTTP server: a pool of read-only SQLite connections, each lent to one request at
a time, every statement bounded in time.

The server never writes. It checks the store once at start-up (it must exist and have a schema this rasd knows), then
every thread that answers requests opens its own ``mode=ro`` connection. In WAL mode such readers see the last
committed batch of an ingest that runs at the same time and never block it.

Time limit: a SQLite progress handler aborts a statement once the request's deadline has passed; the store's
queries then raise :class:`QueryTimeout`, which the app answers with HTTP 503.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..store import SQLiteBackend, StoreError
from ..store.db import open_store, schema_version
from ..store.schema import SCHEMA_VERSION


class QueryTimeout(Exception):
    """A query ran past the request's time limit."""


def check_store(path: str | Path) -> dict:
    """Open the store once read-write (which brings an older schema up to date and makes sure it is in WAL mode),
    falling back to a read-only check when the file cannot be written; returns a few totals."""
    path = str(path)
    if path.startswith(("postgresql://", "postgres://")):
        raise StoreError(f"{path}: rasd serve reads SQLite stores only (hint: pass a SQLite file with --db)")
    if not Path(path).is_file():
        raise StoreError(f"{path}: no such database (hint: create it with 'rasd ingest FILES --db {path}', or pass "
                         "--db / set RASD_DB)")
    try:
        db = open_store(path)
    except StoreError:
        db = SQLiteBackend(path, create=False, readonly=True)
        try:
            tables = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "schema_version" not in tables:
                raise StoreError(f"{path}: a SQLite database but not a rasd store (hint: pass another --db file)") \
                    from None
            version = schema_version(db)
            if version != SCHEMA_VERSION:
                raise StoreError(f"{path}: schema version {version}, this rasd needs {SCHEMA_VERSION}, and the file "
                                 "is read-only (hint: open it once with a writable 'rasd ingest')") from None
        except BaseException:
            db.close()
            raise
    try:
        return {"documents": db.scalar("SELECT count(*) FROM documents"),
                "merged_events": db.scalar("SELECT count(*) FROM merged_events")}
    finally:
        db.close()


class ReadPool:
    """Read-only connections to one store, lent to one request at a time, each with that request's deadline."""

    def __init__(self, path: str | Path, timeout: float = 10.0):
        self.path = str(path)
        self.timeout = timeout
        self._idle: list[_Conn] = []
        self._all: list[_Conn] = []
        self._lock = threading.Lock()

    def _take(self) -> _Conn:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        conn = _Conn(SQLiteBackend(self.path, create=False, readonly=True))
        with self._lock:
            self._all.append(conn)
        return conn

    @contextmanager
    def session(self, timeout: float | None = None) -> Iterator[SQLiteBackend]:
        """A connection for one request: statements still running past the deadline are aborted."""
        conn = self._take()
        limit = self.timeout if timeout is None else timeout
        conn.deadline = time.monotonic() + limit
        try:
            yield conn.db
        except (sqlite3.OperationalError, StoreError) as exc:
            if time.monotonic() > conn.deadline:
                raise QueryTimeout(f"the query took longer than {limit:g} s and was stopped (hint: narrow the "
                                   "filters, e.g. a date range or an event type)") from None
            if isinstance(exc, sqlite3.OperationalError):
                raise StoreError(f"database error: {exc}") from None
            raise
        finally:
            conn.deadline = None
            with self._lock:
                self._idle.append(conn)

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                try:
                    conn.db.close()
                except sqlite3.Error:
                    pass
            self._all.clear()
            self._idle.clear()


class _Conn:
    """One read-only connection and the deadline of the request that holds it."""

    def __init__(self, db: SQLiteBackend):
        self.db = db
        self.deadline: float | None = None
        # SQLite calls this every few thousand virtual-machine steps; non-zero aborts the statement
        db.conn.set_progress_handler(self._over_time, 4000)

    def _over_time(self) -> int:
        deadline = self.deadline
        return 1 if deadline is not None and time.monotonic() > deadline else 0
