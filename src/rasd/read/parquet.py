"""Parquet files of articles (one row per article), read in row batches so memory stays bounded.

Columns as JSON Lines fields: ``text`` (required); ``id`` (or ``doc_id``), ``title``, ``url``, ``source``,
``published`` (or ``date``; a date or timestamp column is written in ISO form). Other columns are ignored. A row's
origin is ``path:N`` (N counted from 1, as lines are).

:func:`record_document` is the one place a record (a JSON Lines object, a Parquet row, a Spark row) becomes a
Document; the Spark job uses it too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..core import Document
from ..errors import problem
from .base import ReadReport, make_document

COLUMNS = ("text", "id", "doc_id", "title", "url", "source", "published", "date")
MAGIC = b"PAR1"


def is_parquet(path: str) -> bool:
    """A Parquet file: by name (``.parquet``), else by its first four bytes."""
    if path.lower().endswith(".parquet"):
        return True
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == MAGIC
    except OSError:
        return False


def _iso(value):
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def record_document(record: dict, where: str, fmt: str, report: ReadReport, *, origin: str | None = None,
                    number: int | None = None) -> Document | None:
    """The Document of one record, or None (with the reason in ``report``) when it has no usable text."""
    text = record.get("text")
    origin = origin if origin is not None else where
    if not isinstance(text, str):
        report.add(problem("E005", origin, line=number if number is not None else "?"))
        return None
    if not text.strip():
        report.add(problem("E012", origin, line=number if number is not None else "?"))
        return None
    # as the JSON Lines reader: ``id`` else ``doc_id``, ``published`` else ``date`` (columnar readers leave nulls out)
    return make_document(text, where, fmt, report, doc_id=record.get("id", record.get("doc_id")),
                         title=record.get("title"), url=record.get("url"), source=record.get("source"),
                         published=_iso(record.get("published", record.get("date"))))


def read_parquet(path: str, report: ReadReport, batch_rows: int = 1024) -> Iterator[Document]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 — pyarrow raises several types for a broken file
        report.add(problem("E011", path, why=f"not a readable Parquet file ({str(exc).splitlines()[0][:120]})"))
        return
    names = set(pf.schema_arrow.names)
    if "text" not in names:
        report.add(problem("E011", path, why="a Parquet file without a 'text' column"))
        return
    cols = [c for c in COLUMNS if c in names]
    number = 0
    for batch in pf.iter_batches(batch_size=batch_rows, columns=cols):
        for row in batch.to_pylist():
            number += 1
            record = {k: v for k, v in row.items() if v is not None}
            doc = record_document(record, f"{path}:{number}", "parquet", report, origin=path, number=number)
            if doc is not None:
                yield doc
