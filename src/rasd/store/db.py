"""Opening a store: pick the backend from the target, create or migrate the schema, check the version."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from .backend import Backend, SQLiteBackend, StoreError
from .postgres import is_postgres_target
from .schema import MIGRATIONS, SCHEMA_VERSION, VERSION_TABLE, statements

DEFAULT_DB = "rasd.db"


def default_db() -> str:
    """``RASD_DB`` if set, else ``rasd.db`` in the current directory."""
    return os.environ.get("RASD_DB") or DEFAULT_DB


def open_store(target: str | Path | None = None, *, create: bool = False) -> Backend:
    """Open (with ``create``: make) the database at ``target`` and bring its schema up to date.

    ``target`` is a SQLite file, or a ``postgresql://…`` DSN for the PostgreSQL backend (:mod:`.postgres`).
    """
    target = str(target or default_db())
    if is_postgres_target(target):
        from .postgres import PostgresBackend

        db: Backend = PostgresBackend(target, create=create)
        if not create and "schema_version" not in _tables(db):
            label = db.path  # type: ignore[attr-defined]
            db.close()
            raise StoreError(f"{label}: no rasd store in this database yet (hint: create it with 'rasd ingest FILES "
                             f"--db {label}')")
    else:
        db = SQLiteBackend(target, create=create)
    try:
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def schema_version(db: Backend) -> int:
    return int(db.scalar("SELECT coalesce(max(version), 0) FROM schema_version") or 0)


def migrate(db: Backend) -> int:
    """Apply every migration newer than the database's version, each in its own transaction."""
    tables = _tables(db)
    if tables and "schema_version" not in tables:
        if db.dialect == "sqlite":
            raise StoreError("the file is a SQLite database but not a rasd store (it has no schema_version table) "
                             "(hint: pass another --db file)")
        raise StoreError(f"{getattr(db, 'path', 'the database')}: the schema holds other tables but is not a rasd "
                         "store (it has no schema_version table) (hint: use another database, or another schema "
                         "with ?options=-csearch_path%3DNAME)")
    if "schema_version" not in tables:
        with db.transaction():
            db.execute(VERSION_TABLE)
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise StoreError(f"the database has schema version {current}, newer than this rasd knows "
                         f"({SCHEMA_VERSION}) (hint: upgrade rasd)")
    for version in range(current + 1, SCHEMA_VERSION + 1):
        note = MIGRATIONS[version][0]
        with db.transaction():
            if schema_version(db) >= version:  # another process applied it while this one waited for the lock
                continue
            for sql in statements(version, db.dialect) + db.extra_statements(version):
                db.execute(sql)
            db.execute("INSERT INTO schema_version (version, applied, note) VALUES (?, ?, ?)",
                       (version, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), note))
    return SCHEMA_VERSION


def _tables(db: Backend) -> set[str]:
    if db.dialect == "sqlite":
        return {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {r[0] for r in db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                   "current_schema()")}
