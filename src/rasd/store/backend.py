"""The small interface every database backend implements, and the SQLite one.

The rest of the store speaks portable SQL with ``?`` placeholders through :class:`Backend`; what differs between
databases lives here: connecting, transactions, the dialect words of the schema and the full-text index (SQLite:
FTS5; a PostgreSQL backend would implement the same three ``fts_*`` methods with a ``tsvector`` column and rewrite
``?`` to ``%s``).
"""

from __future__ import annotations

import sqlite3
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path


class StoreError(Exception):
    """A database problem the command line reports as a message with a hint."""


class Backend(ABC):
    dialect: str = ""
    _depth = 0  # how many transaction() blocks are open; only the outermost one commits

    @abstractmethod
    def execute(self, sql: str, params: Sequence = ()) -> object:
        """Run one statement; returns a cursor with ``fetchone``/``fetchall``/``rowcount``."""

    @abstractmethod
    def executemany(self, sql: str, rows: Iterable[Sequence]) -> None: ...

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: committed on leaving, rolled back on an exception; a nested call is part of the
        outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        with self._write_transaction():
            self._depth = 1
            try:
                yield
            finally:
                self._depth = 0

    @abstractmethod
    def _write_transaction(self) -> AbstractContextManager[None]:
        """The outermost write transaction, holding the database's writer lock until it ends."""

    def allocate_ids(self, table: str, n: int) -> int:
        """The first of ``n`` fresh ids for ``table``, inside the current write transaction: the writer lock is
        held, so nobody else can take them before the commit."""
        return int(self.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])

    def finish_ingest(self) -> None:
        """Maintenance after a large ingest (index merges, statistics, checkpoints); optional."""

    @abstractmethod
    def extra_statements(self, version: int) -> list[str]:
        """Backend-specific DDL that goes with a schema version (e.g. the full-text index)."""

    @abstractmethod
    def fts_insert(self, rows: Iterable[tuple[int, str, str]]) -> None:
        """Index documents: (document id, title stems, text stems)."""

    @abstractmethod
    def fts_search(self, groups: list[list[tuple[str, ...]]], limit: int,
                   weights: tuple[float, float] = (3.0, 1.0)) -> list[tuple[int, float]]:
        """Documents matching every group (a group matches when any of its alternatives does; an alternative is one
        stem or a phrase of stems), best first as (document id, score; lower is better)."""

    @abstractmethod
    def close(self) -> None: ...

    def query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        return self.execute(sql, params).fetchall()  # type: ignore[attr-defined]

    def one(self, sql: str, params: Sequence = ()) -> tuple | None:
        return self.execute(sql, params).fetchone()  # type: ignore[attr-defined]

    def scalar(self, sql: str, params: Sequence = ()):
        row = self.one(sql, params)
        return row[0] if row else None


class SQLiteBackend(Backend):
    """SQLite in WAL mode: readers keep reading while one writer commits batch transactions."""

    dialect = "sqlite"

    def __init__(self, path: str | Path, create: bool = True, readonly: bool = False):
        self.path = str(path)
        if self.path != ":memory:" and not create and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database (hint: create it with 'rasd ingest FILES --db "
                             f"{self.path}', or pass --db / set RASD_DB)")
        try:
            if readonly:
                self.conn = sqlite3.connect(f"file:{Path(self.path).resolve()}?mode=ro", uri=True,
                                            isolation_level=None, check_same_thread=False)
            else:
                self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA busy_timeout = 10000")
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails on a file that is not SQLite
            if not readonly:
                mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal" and self.path != ":memory:":
                    raise StoreError(f"{self.path}: could not switch the database to WAL mode ({mode})")
            self.conn.execute("PRAGMA synchronous = NORMAL")  # in WAL mode: consistent after any crash
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA cache_size = -65536")
            self.conn.execute("PRAGMA temp_store = MEMORY")
            self.conn.execute("PRAGMA mmap_size = 268435456")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable SQLite database ({exc}) (hint: pass another --db file; "
                             "rasd never overwrites a file it cannot read)") from None

    def execute(self, sql: str, params: Sequence = ()):
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        self.conn.executemany(sql, rows)

    @contextmanager
    def _write_transaction(self) -> Iterator[None]:
        self._begin_immediate()
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _begin_immediate(self, patience: float = 300.0) -> None:
        """Take the write lock, waiting for other writers (another ingest on the same file) as long as it takes
        within ``patience`` seconds: SQLite's own busy wait gives up after busy_timeout on a loaded machine."""
        deadline = time.monotonic() + patience
        pause = 0.05
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 1.0)

    def finish_ingest(self) -> None:
        # Both under the write lock, like every other write: PRAGMA optimize may run ANALYZE, and outside a
        # transaction that read-then-write fails at once ("database is locked") when another ingest has written since.
        with self.transaction():
            self.conn.execute("INSERT INTO docs_fts(docs_fts) VALUES ('optimize')")  # one b-tree: faster searches
            self.conn.execute("PRAGMA optimize")
        self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # never waits on another writer; the rest comes later

    def extra_statements(self, version: int) -> list[str]:
        if version == 1:
            # contentless: the index holds stems, not text; the text is in documents, whose id is the rowid
            return [("CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='', "
                     "tokenize='unicode61 remove_diacritics 0')")]
        return []

    def fts_insert(self, rows: Iterable[tuple[int, str, str]]) -> None:
        self.conn.executemany("INSERT INTO docs_fts(rowid, title, body) VALUES (?, ?, ?)", rows)

    def fts_search(self, groups, limit, weights=(3.0, 1.0)):
        if not groups:
            return []
        expr = " AND ".join("(" + " OR ".join(_fts_quote(" ".join(alt)) for alt in group) + ")" for group in groups)
        sql = (f"SELECT rowid, bm25(docs_fts, {float(weights[0])}, {float(weights[1])}) AS score FROM docs_fts "
               "WHERE docs_fts MATCH ? ORDER BY score LIMIT ?")
        try:
            return self.conn.execute(sql, (expr, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search query could not be run ({exc})") from None

    def close(self) -> None:
        self.conn.close()


def _fts_quote(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'
