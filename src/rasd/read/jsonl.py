"""JSON Lines: one article per line, streamed so memory stays bounded whatever the file size.

Fields: ``text`` (required); ``id`` (or ``doc_id``), ``title``, ``url``, ``source``, ``published`` (or ``date``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import orjson

from ..core import Document
from ..errors import problem
from .base import ReadReport, decode, make_document


def read_jsonl(lines: Iterable[bytes], origin: str, report: ReadReport) -> Iterator[Document]:
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            text, _ = decode(raw, where, ReadReport())  # a line with bad UTF-8 inside strings: retry replaced
            try:
                record = orjson.loads(text)
            except orjson.JSONDecodeError:
                report.add(problem("E004", origin, line=number, why=str(exc).split(":")[0]))
                continue
            report.add(problem("E006", where, skipped=False, count=1))
        if not isinstance(record, dict):
            report.add(problem("E004", origin, line=number, why="not an object"))
            continue
        text = record.get("text")
        if not isinstance(text, str):
            report.add(problem("E005", origin, line=number))
            continue
        if not text.strip():
            report.add(problem("E012", origin, line=number))
            continue
        yield make_document(
            text, where, "jsonl", report,
            doc_id=record.get("id", record.get("doc_id")), title=record.get("title"), url=record.get("url"),
            source=record.get("source"), published=record.get("published", record.get("date")),
        )
