"""What runs on the executors: input records → Documents → the pipeline → the output layout's records.

Functions here are referenced by name from the driver (never defined in ``__main__``), so the executors import
them from the installed rasd. The lexicon and the event data are module-level ``lru_cache`` defaults: built once
per Python worker process (Spark reuses its workers across tasks) and never per record.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

import orjson

from rasd.errors import problem
from rasd.read.base import ReadReport
from rasd.read.parquet import record_document
from rasd.spark.layout import records_of
from rasd.store.ingest import _extract_one
from rasd.store.rows import DocRows, content_hash

# An input item: (kind, origin, payload) — ("jsonl", file, line text), ("record", file, dict of columns),
# ("warc", file, the file's bytes).
Item = tuple[str, str, object]


def warm() -> None:
    """Load the lexicon and the event data (once per process: they are cached)."""
    from rasd.entities.lexicon import default_lexicon
    from rasd.events.triggers import default_event_data

    default_lexicon()
    default_event_data()


def documents(item: Item, report: ReadReport):
    kind, origin, payload = item
    if kind == "jsonl":
        line = payload if isinstance(payload, str) else bytes(payload).decode("utf-8", "replace")
        if not line.strip():
            return
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            report.add(problem("E004", origin, line="?", why=str(exc).split(":")[0]))
            return
        if not isinstance(record, dict):
            report.add(problem("E004", origin, line="?", why="not an object"))
            return
        doc = record_document(record, origin, "jsonl", report, origin=origin)
        if doc is not None:
            yield doc
    elif kind == "record":
        record = {k: v for k, v in dict(payload).items() if v is not None}  # type: ignore[call-overload]
        doc = record_document(record, origin, "parquet", report, origin=origin)
        if doc is not None:
            yield doc
    elif kind == "warc":
        from rasd.read.warc import read_warc

        yield from read_warc(io.BytesIO(bytes(payload)), origin, report)  # type: ignore[arg-type]
    else:
        report.add(problem("E011", origin, why=f"unknown input kind {kind!r}"))


def extract_partition(items: Iterable[Item], date: str | None = None) -> Iterator[tuple[str, tuple]]:
    """Every output record of a partition's inputs, tagged with its dataset: ("documents", record), ("entities",
    record), ("events", record) or ("problems", record)."""
    warm()
    for item in items:
        report = ReadReport()
        for doc in documents(item, report):
            if date and not doc.published:
                doc.published = date
            result = _extract_one((doc, content_hash(doc.text)))  # the very function rasd ingest's workers run
            if not isinstance(result, DocRows):
                where, doc_id, why = result
                report.add(problem("E013", where, doc=doc_id, why=why[:200]))
                continue
            doc_rec, ents, evs = records_of(result)
            yield "documents", doc_rec
            for e in ents:
                yield "entities", e
            for e in evs:
                yield "events", e
        for p in report.problems:
            yield "problems", (p.code, p.path, p.message, p.skipped)
