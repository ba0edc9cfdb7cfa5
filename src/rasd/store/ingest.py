"""``rasd ingest``: read, extract on every core, and store with one writer, one transaction per batch.

The main process reads the inputs, drops what the database already holds (same normalized-text hash or same URL)
before any work is spent on it, and hands chunks of documents to a pool of worker processes that run the pipeline
(clean, entities, events) and build the rows (:mod:`.rows`). Results come back in input order; the main process is
the only writer. Each batch of documents is written in one transaction together with everything derived from it
(near-duplicate groups, cross-article merged events and their counts), so a kill at any moment leaves the database
as it was after the last committed batch, and running the same command again stores exactly the rest.

A ``rasd spark`` output directory is loaded as already-extracted rows (:mod:`rasd.spark.layout`): no worker runs.
Several ingests may write one database at once (see :class:`Writer` and docs/scale.md).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .. import pipeline
from ..core import Document
from ..errors import Problem, problem
from ..read import ReadReport, read_inputs
from .backend import Backend
from .db import open_store
from .dedup import NearDuplicates
from .merge import Merger, refresh_counts
from .rows import DOC_COLS, EVENT_COLS, DocRows, build_rows, content_hash, rename_rows

STAGES = ("clean", "entities", "events")
CHUNK = 8  # documents per task sent to a worker


@dataclass
class IngestReport:
    read: ReadReport = field(default_factory=ReadReport)
    new: int = 0
    duplicate: Counter = field(default_factory=Counter)  # same_text | same_url
    failed: int = 0
    renamed: int = 0  # stored under a new id because the input's id was taken by another document
    events: int = 0
    batches: int = 0
    seconds: float = 0.0
    totals: dict = field(default_factory=dict)

    @property
    def skipped(self) -> Counter:
        return self.read.skipped

    def as_dict(self) -> dict:
        return {"read": self.read.documents, "inputs": self.read.inputs, "new": self.new,
                "duplicate": sum(self.duplicate.values()), "duplicates": dict(self.duplicate),
                "skipped": sum(self.read.skipped.values()), "skipped_reasons": dict(self.read.skipped),
                "warnings": dict(self.read.notes), "renamed": self.renamed, "events": self.events,
                "batches": self.batches, "seconds": round(self.seconds, 2),
                "rate": round(self.read.documents / self.seconds, 1) if self.seconds else None,
                "database": self.totals, "problems": [p.as_dict() for p in self.read.problems[:100]]}


class _Known:
    """What the database already holds: content hashes, URLs and document ids (and what this run added)."""

    def __init__(self, db: Backend):
        self.hashes: set[str] = set()
        self.urls: set[str] = set()
        self.ids: set[str] = set()
        self.seen = 0  # the highest documents.id read
        for did, h, url, doc_id in db.query("SELECT id, content_hash, url, doc_id FROM documents"):
            self.add(h, url, doc_id)
            self.seen = max(self.seen, did)

    def add(self, h: str, url: str | None, doc_id: str) -> None:
        self.hashes.add(h)
        self.ids.add(doc_id)
        if url:
            self.urls.add(url)


# ---- worker side -------------------------------------------------------------------------------------------------

def _init_worker() -> None:
    """Load the lexicon and event data once per worker (with fork they are inherited from the parent already)."""
    from ..entities.lexicon import default_lexicon
    from ..events.triggers import default_event_data

    default_lexicon()
    default_event_data()


def _extract_one(item: tuple[Document | DocRows, str]) -> DocRows | tuple[str, str, str]:
    doc, chash = item
    if isinstance(doc, DocRows):  # already extracted (a Spark output): nothing to do
        return doc
    try:
        for stage in pipeline.build(STAGES):
            doc = stage.run(doc)
        return build_rows(doc, chash)
    except Exception as exc:  # noqa: BLE001 — one bad document must not stop the ingest: it is reported and skipped
        return (doc.origin or "?", doc.id, f"{type(exc).__name__}: {exc}")


def _extract_chunk(chunk: list[tuple[Document, str]]) -> list:
    return [_extract_one(item) for item in chunk]


# ---- writer side -------------------------------------------------------------------------------------------------

class Writer:
    """The single writer of this ingest: one transaction per batch of documents.

    Other ingests may write to the same database between two batches (PostgreSQL, or a second process on a SQLite
    file): each batch transaction holds the database's write lock, and starts by catching up with the documents
    committed since this writer last looked (:meth:`_sync`), so near-duplicate groups, merges and the duplicate
    pre-check see them."""

    def __init__(self, db: Backend, known: _Known | None = None):
        self.db = db
        self.known = known
        self.near: NearDuplicates | None = None  # built on the first batch (costs a scan of the signatures)
        self.seen = known.seen if known is not None else None  # the highest documents.id this writer knows about
        self.merger = Merger(db)

    def _sync(self) -> None:
        """Inside the write transaction: take in what other writers committed (ids only grow: they are allocated
        under the same write lock)."""
        db = self.db
        first = self.near is None
        if first:
            self.near = NearDuplicates(db)  # every stored signature, as of now
        if self.seen is None:
            self.seen = int(db.scalar("SELECT coalesce(max(id), 0) FROM documents") or 0)
            return
        for did, h, url, doc_id, gid, sig in db.query(
                "SELECT d.id, d.content_hash, d.url, d.doc_id, d.group_id, m.sig FROM documents d "
                "LEFT JOIN doc_minhash m ON m.doc = d.id WHERE d.id > ? ORDER BY d.id", (self.seen,)):
            if sig and not first:
                self.near.add(did, bytes(sig), gid)
            if self.known is not None:
                self.known.add(h, url, doc_id)
            self.seen = max(self.seen, did)

    def write(self, batch: list[DocRows], report: IngestReport) -> None:
        if not batch:
            return
        db = self.db
        doc_sql = (f"INSERT INTO documents (id, group_id, {', '.join(DOC_COLS)}) "
                   f"VALUES ({', '.join('?' * (len(DOC_COLS) + 2))}) ON CONFLICT DO NOTHING")
        ev_sql = (f"INSERT INTO events (id, doc, {', '.join(EVENT_COLS)}, merged_id) "
                  f"VALUES ({', '.join('?' * (len(EVENT_COLS) + 3))})")
        with db.transaction():
            self._sync()
            next_doc = db.allocate_ids("documents", len(batch))
            next_event = db.allocate_ids("events", 1)
            next_group = db.allocate_ids("article_groups", 1)
            stories, sentences, ents, doc_ents, mentions, events, ev_mentions, fts, sigs = ([] for _ in range(9))
            new_events: list[tuple[int, dict]] = []
            pending_groups: dict[int, int] = {}  # group id -> documents added to it in this batch
            for rows in batch:
                did = next_doc
                gid, _sim = self.near.find_group(rows.sig)
                fresh = gid is None
                if fresh:  # the group row first: documents.group_id references it
                    gid = next_group
                    db.execute("INSERT INTO article_groups (id, size, first_doc) VALUES (?, 1, ?)", (gid, did))
                cur = db.execute(doc_sql, (did, gid, *rows.doc))
                if cur.rowcount != 1:  # stored meanwhile (another ingest): the database has the last word
                    why = self._conflict(rows)
                    if why == "same_id":  # another article took the id first: stored under ID~HASH8, as ever
                        rows = rename_rows(rows, f"{rows.doc_id}~{rows.content_hash[:8]}")
                        cur = db.execute(doc_sql, (did, gid, *rows.doc))
                        if cur.rowcount == 1:
                            report.renamed += 1
                        else:
                            why = self._conflict(rows)
                    if cur.rowcount != 1:
                        if fresh:
                            db.execute("DELETE FROM article_groups WHERE id = ?", (gid,))
                        report.duplicate[why] += 1
                        continue
                next_doc += 1
                if fresh:
                    next_group += 1
                else:
                    pending_groups[gid] = pending_groups.get(gid, 0) + 1
                self.near.add(did, rows.sig, gid)
                if rows.sig:
                    sigs.append((did, rows.sig))
                stories.extend((did, *s) for s in rows.stories)
                sentences.extend((did, *s) for s in rows.sentences)
                for e in rows.entities:
                    ents.append(e[:8])
                    doc_ents.append((did, e[0], e[8], e[9], e[10]))
                mentions.extend((did, *m) for m in rows.mentions)
                for row, ments in rows.events:
                    eid = next_event
                    next_event += 1
                    events.append([eid, did, *row, None])
                    ev_mentions.extend((eid, did, *m) for m in ments)
                    new_events.append((eid, dict(zip(EVENT_COLS, row))))
                fts.append((did, *rows.fts))
                report.new += 1
                report.events += len(rows.events)
            db.executemany("UPDATE article_groups SET size = size + ? WHERE id = ?",
                           [(n, g) for g, n in pending_groups.items()])
            db.executemany("INSERT INTO doc_minhash (doc, sig) VALUES (?, ?)", sigs)
            db.executemany("INSERT INTO stories (doc, idx, char_start, char_end, captions, updates) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", stories)
            db.executemany("INSERT INTO sentences (doc, story, idx, char_start, char_end, update_idx) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", sentences)
            db.executemany("INSERT INTO entities (id, kind, name, name_ar, country, lat, lon, name_key) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", ents)
            db.executemany("INSERT INTO doc_entities (doc, entity, sector, role, mentions) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT DO NOTHING",
                           doc_ents)
            db.executemany("INSERT INTO mentions (doc, entity, story, sentence, char_start, char_end, how) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)", mentions)
            linked = self.merger.link(new_events)  # merged ids first: the events are written with them
            for ev in events:
                ev[-1] = linked.get(ev[0])
            db.executemany(ev_sql, events)
            db.executemany("INSERT INTO event_mentions (event, doc, story, sentence, trigger_text, char_start, "
                           "char_end, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ev_mentions)
            db.fts_insert(fts)
            refresh_counts(db, set(linked.values()))
            self.seen = max(self.seen, next_doc - 1)
        report.batches += 1

    def _conflict(self, rows: DocRows) -> str:
        if self.db.one("SELECT 1 FROM documents WHERE content_hash = ?", (rows.content_hash,)):
            return "same_text"
        if rows.url and self.db.one("SELECT 1 FROM documents WHERE url = ?", (rows.url,)):
            return "same_url"
        return "same_id"


def _inputs(paths: list[str], input_format: str, report: IngestReport) -> Iterator[Document | DocRows]:
    """Documents to extract, in input order; a Spark job's output directory gives its documents already extracted
    (as store rows)."""
    from ..spark.layout import is_output, read_output

    for path in paths:
        if is_output(path):
            report.read.inputs += 1
            for rows in read_output(path):
                report.read.documents += 1
                yield rows
        else:
            yield from read_inputs([path], input_format, report.read)


def _candidates(docs: Iterable[Document | DocRows], known: _Known, report: IngestReport, date: str | None,
                on_done: Callable[[int], None]) -> Iterator[tuple[Document | DocRows, str]]:
    """New documents with their content hash; duplicates are counted and dropped here, before extraction."""
    for doc in docs:
        pre = isinstance(doc, DocRows)
        if date and not pre and not doc.published:
            doc.published = date
        h = doc.content_hash if pre else content_hash(doc.text)
        url = doc.url
        if h in known.hashes:
            report.duplicate["same_text"] += 1
            on_done(1)
            continue
        if url and url in known.urls:
            report.duplicate["same_url"] += 1
            on_done(1)
            continue
        doc_id = doc.doc_id if pre else doc.id
        if doc_id in known.ids:
            doc_id = f"{doc_id}~{h[:8]}"
            if pre:
                doc = rename_rows(doc, doc_id)
            else:
                doc.id = doc_id
            report.renamed += 1
        known.add(h, url, doc_id)
        yield doc, h


class _Ready:
    """A result that needs no worker (already extracted rows), queued in order with the workers' results."""

    def __init__(self, value: list):
        self.value = value

    def ready(self) -> bool:
        return True

    def get(self) -> list:
        return self.value


def _chunks(items: Iterator, n: int) -> Iterator[list]:
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) >= n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def ingest(paths: list[str], db_path: str | None = None, *, date: str | None = None, input_format: str = "auto",
           jobs: int | None = None, batch_size: int = 256, on_done: Callable[[int], None] | None = None,
           db: Backend | None = None) -> IngestReport:
    """Store every new document of ``paths``; see the module doc. ``jobs=1`` extracts in this process."""
    t0 = time.perf_counter()
    own = db is None
    db = db or open_store(db_path, create=True)
    report = IngestReport()
    on_done = on_done or (lambda n: None)
    try:
        known = _Known(db)
        writer = Writer(db, known)
        jobs = jobs or default_jobs()
        from ..spark.layout import is_output

        if all(is_output(p) for p in paths):
            jobs = 1  # loading Spark output only: no extraction, no workers
        docs = _inputs(paths, input_format, report)
        cands = _candidates(docs, known, report, date, on_done)
        batch: list[DocRows] = []

        def take(results: list) -> None:
            for r in results:
                if isinstance(r, DocRows):
                    batch.append(r)
                else:
                    origin, doc_id, why = r
                    report.failed += 1
                    report.read.add(problem("E013", origin, doc=doc_id, why=why[:200]))
                on_done(1)
            if len(batch) >= batch_size:
                writer.write(batch, report)
                batch.clear()

        if jobs <= 1:
            if not all(is_output(p) for p in paths):
                _init_worker()
            for chunk in _chunks(cands, CHUNK):
                take(_extract_chunk(chunk))
        else:
            _init_worker()  # loaded before the fork, so every worker shares it
            ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
            window = max(jobs * 4, 2 * batch_size // CHUNK)
            with ctx.Pool(jobs, initializer=_init_worker) as pool:
                pending: deque = deque()
                for chunk in _chunks(cands, CHUNK):
                    if all(isinstance(d, DocRows) for d, _h in chunk):
                        pending.append(_Ready([d for d, _h in chunk]))
                    else:
                        pending.append(pool.apply_async(_extract_chunk, (chunk,)))
                    # enough work queued that the workers keep going while a batch is written
                    while len(pending) > window or (pending and pending[0].ready()):
                        take(pending.popleft().get())
                while pending:
                    take(pending.popleft().get())
        writer.write(batch, report)
        batch.clear()
        if report.new:
            db.finish_ingest()
        report.totals = totals(db)
    finally:
        if own:
            db.close()
    report.seconds = time.perf_counter() - t0
    return report


def totals(db: Backend) -> dict:
    one = db.scalar
    return {"documents": one("SELECT count(*) FROM documents"), "article_groups": one("SELECT count(*) FROM "
            "article_groups"), "events": one("SELECT count(*) FROM events"),
            "merged_events": one("SELECT count(*) FROM merged_events"),
            "entities": one("SELECT count(*) FROM entities"), "mentions": one("SELECT count(*) FROM mentions")}


__all__ = ["IngestReport", "Problem", "default_jobs", "ingest", "totals"]
