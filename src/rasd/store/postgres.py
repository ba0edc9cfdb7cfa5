"""The PostgreSQL backend (psycopg 3): the same schema, queries and behaviour as SQLite, for many users at once.

``--db postgresql://user@host:5432/dbname`` (or ``postgres://…``; any libpq connection URI: query parameters,
``PGPASSWORD`` and ``~/.pgpass`` work as usual); the store's tables live in the connection's current schema, so one
database can hold several stores (``…/dbname?options=-csearch_path%3Dnews``; a missing schema is created on the
first ingest).

What differs from SQLite, and how:

- **Placeholders**: the store's portable SQL uses ``?``; statements are rewritten to psycopg's ``%s`` once and cached
  (``?`` inside string literals is left alone, ``%`` is doubled).
- **Writers**: every write transaction first takes a transaction-level advisory lock keyed by the schema
  (``pg_advisory_xact_lock``), the equivalent of SQLite's ``BEGIN IMMEDIATE``. Extraction, the costly part, runs
  in parallel in as many ingest processes (on as many machines) as wanted; their batch transactions are applied one
  at a time. That keeps near-duplicate grouping and cross-article merging, which read what earlier batches wrote,
  exactly as in a single ingest, and lets ids be allocated as ``max(id) + 1`` like SQLite's. Readers never wait:
  queries see the last committed state (MVCC), and a killed writer's transaction is rolled back by the server,
  releasing its lock. The unique constraints (content hash, URL, document id, event id) stay the last word:
  inserts are ``ON CONFLICT DO NOTHING`` and a document that lost the race is counted as a duplicate.
- **Full-text search**: a ``docs_fts`` table with a ``tsvector`` per document (GIN-indexed). The vector is built
  here from rasd's own normalizer and light stemmer (the same stems as the SQLite FTS5 index), written as a
  ``tsvector`` literal with positions — title words weighted A, body words D — so PostgreSQL's parser and locale
  never re-split Arabic words; queries are ``tsquery`` literals (``&``, ``|``, ``<->`` for phrases), which is the
  ``simple`` configuration's behaviour without its parser. Ranked with ``ts_rank`` (length-normalized; title 3×).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

from .backend import Backend, StoreError

# positions in a tsvector are 1..16383; a lexeme keeps at most 256 of them; a lexeme is at most 2047 bytes
_MAX_POS = 16383
_MAX_POSITIONS = 256
_MAX_LEXEME_BYTES = 2046
_MAX_TSVECTOR = 900_000  # bytes of literal; PostgreSQL refuses a tsvector over 1 MB
_TITLE_GAP = 2  # positions between the title's last word and the body's first: a phrase never spans the two


def is_postgres_target(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://", "postgresql:", "postgres:"))


def redact(dsn: str) -> str:
    """The DSN without its password, for messages."""
    dsn = re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", dsn)
    return re.sub(r"(password\s*=\s*)\S+", r"\1***", dsn)


@lru_cache(maxsize=1024)
def to_pyformat(sql: str) -> str:
    """``?`` → ``%s`` outside string literals and quoted identifiers; ``%`` → ``%%``."""
    out = []
    quote = None
    for ch in sql:
        if quote:
            if ch == quote:
                quote = None  # a doubled quote closes and reopens: same result
            out.append("%%" if ch == "%" else ch)
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(title: str, body: str) -> str:
    """A ``tsvector`` in its text form from space-separated stems: title words at weight A, body words at D."""
    positions: dict[str, list[str]] = {}
    twords = title.split()
    for i, w in enumerate(twords, 1):
        positions.setdefault(w, []).append(f"{min(i, _MAX_POS)}A")
    offset = len(twords) + _TITLE_GAP
    for i, w in enumerate(body.split(), offset + 1):
        p = positions.setdefault(w, [])
        if len(p) < _MAX_POSITIONS:
            p.append(str(min(i, _MAX_POS)))
    parts = []
    size = 0
    for w, ps in positions.items():
        if len(w.encode("utf-8")) > _MAX_LEXEME_BYTES:
            continue
        item = f"{_lexeme(w)}:{','.join(dict.fromkeys(ps[:_MAX_POSITIONS]))}"
        size += len(item.encode("utf-8")) + 1
        if size > _MAX_TSVECTOR:
            break
        parts.append(item)
    return " ".join(parts)


def tsquery_literal(groups: list[list[tuple[str, ...]]]) -> str:
    """Every group must match; a group matches when one of its alternatives does; an alternative is a word or a
    phrase (words in order, adjacent)."""
    return " & ".join("(" + " | ".join("(" + " <-> ".join(_lexeme(w) for w in alt) + ")" for alt in group) + ")"
                      for group in groups)


class PostgresBackend(Backend):
    """A PostgreSQL database (or one schema of it) through psycopg 3, in autocommit mode between transactions."""

    dialect = "postgresql"

    def __init__(self, dsn: str, create: bool = True, readonly: bool = False):
        try:
            import psycopg
        except ImportError:  # pragma: no cover - psycopg is a dependency
            raise StoreError("the PostgreSQL backend needs psycopg (hint: pip install 'psycopg[binary]')") from None
        self._psycopg = psycopg
        self.dsn = dsn
        self.path = redact(dsn)  # what messages show
        try:
            self.conn = psycopg.connect(dsn, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise StoreError(f"{self.path}: cannot connect to PostgreSQL ({first}) (hint: check the DSN "
                             "postgresql://USER@HOST:PORT/DBNAME and that the server is running)") from None
        except Exception as exc:  # noqa: BLE001 — a malformed DSN raises several types
            raise StoreError(f"{self.path}: not a usable PostgreSQL DSN ({exc})") from None
        if readonly:
            self.conn.execute("SET default_transaction_read_only = on")
        schema = self.conn.execute("SELECT current_schema()").fetchone()[0]
        if schema is None:  # the search path names a schema that does not exist (yet)
            wanted = self._first_search_path_schema()
            if not create or not wanted:
                self.conn.close()
                raise StoreError(f"{self.path}: the schema {wanted or '(search_path)'} does not exist (hint: "
                                 f"create the store with 'rasd ingest FILES --db {self.path}')")
            self.conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{wanted}"')
            schema = self.conn.execute("SELECT current_schema()").fetchone()[0]
        self.schema = schema
        # one writer lock per store (schema), not per database: stores in other schemas do not wait for each other
        self._lock_key = int(self.conn.execute("SELECT hashtext(%s)", (f"rasd-store:{schema}",)).fetchone()[0])

    def _first_search_path_schema(self) -> str | None:
        path = self.conn.execute("SHOW search_path").fetchone()[0]
        for part in path.split(","):
            name = part.strip().strip('"')
            if name and name != "$user" and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_$]*", name):
                return name
        return None

    # ---- statements --------------------------------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence = ()):
        if params:
            return self.conn.execute(to_pyformat(sql), params)
        return self.conn.execute(sql)  # no parameters: psycopg sends the text as it is

    def executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        rows = rows if isinstance(rows, list) else list(rows)
        if not rows:
            return
        with self.conn.cursor() as cur:
            cur.executemany(to_pyformat(sql), rows)

    @contextmanager
    def _write_transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            # the writer lock: held until this transaction commits or rolls back (or the connection drops)
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (self._lock_key,))
            yield

    def finish_ingest(self) -> None:
        # fresh planner statistics after a large load (autovacuum would get there too, later)
        self.conn.execute("ANALYZE documents, events, merged_events, entities, mentions, doc_entities, docs_fts")

    def extra_statements(self, version: int) -> list[str]:
        if version == 1:
            return ["CREATE TABLE docs_fts (doc BIGINT PRIMARY KEY REFERENCES documents(id), tsv TSVECTOR NOT NULL)",
                    "CREATE INDEX docs_fts_tsv ON docs_fts USING GIN (tsv)"]
        return []

    # ---- full-text search ------------------------------------------------------------------------------------------

    def fts_insert(self, rows: Iterable[tuple[int, str, str]]) -> None:
        self.executemany("INSERT INTO docs_fts (doc, tsv) VALUES (?, CAST(? AS tsvector))",
                         [(doc, tsvector_literal(title, body)) for doc, title, body in rows])

    def fts_search(self, groups, limit, weights=(3.0, 1.0)):
        if not groups:
            return []
        title_w, body_w = float(weights[0]), float(weights[1])
        top = max(title_w, body_w) or 1.0
        # ts_rank's weights are {D, C, B, A}, each at most 1: the body is D, the title A
        ranks = [body_w / top, 0.0, 0.0, title_w / top]
        sql = ("SELECT f.doc, -ts_rank(CAST(%s AS float4[]), f.tsv, q.q, 1) AS score "
               "FROM docs_fts f, (SELECT CAST(%s AS tsquery) AS q) q WHERE f.tsv @@ q.q "
               "ORDER BY score, f.doc LIMIT %s")
        try:
            return [(int(d), float(s)) for d, s in
                    self.conn.execute(sql, (ranks, tsquery_literal(groups), limit)).fetchall()]
        except self._psycopg.Error as exc:
            raise StoreError(f"search query could not be run ({str(exc).strip().splitlines()[0]})") from None

    def close(self) -> None:
        self.conn.close()
