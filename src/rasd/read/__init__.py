"""Stage 1, read: raw inputs (text, JSON Lines, HTML, WARC; files, directories, stdin, .gz) → Documents."""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..core import Document
from ..errors import RasdError, problem
from .base import ReadReport, looks_binary
from .detect import FORMATS, by_content, by_name
from .html import read_html
from .jsonl import read_jsonl
from .parquet import is_parquet, read_parquet
from .plaintext import read_text
from .warc import read_warc

__all__ = ["ReadReport", "read_inputs", "read_path", "FORMATS"]

_HEAD = 65536


def read_inputs(paths: Iterable[str], fmt: str = "auto", report: ReadReport | None = None) -> Iterator[Document]:
    """Every document in ``paths`` (files, directories walked in sorted order, or '-' for stdin)."""
    report = report if report is not None else ReadReport()
    if fmt != "auto" and fmt not in FORMATS:
        raise RasdError("E009", "", fmt=fmt)
    for path in paths:
        for doc in read_path(path, fmt, report):
            report.documents += 1
            yield doc


def read_path(path: str, fmt: str, report: ReadReport) -> Iterator[Document]:
    if path == "-":
        report.inputs += 1
        yield from _read_stream(io.BufferedReader(sys.stdin.buffer, _HEAD), "<stdin>", fmt, report)
        return
    p = Path(path)
    if p.is_dir():
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    yield from read_path(os.path.join(root, name), fmt, report)
        return
    if not p.exists():
        report.add(problem("E001", path))
        return
    report.inputs += 1
    if fmt == "auto" and is_parquet(path):  # columnar: read by row batches, not as a stream
        yield from read_parquet(path, report)
        return
    with open(p, "rb") as raw:
        yield from _read_stream(io.BufferedReader(raw, _HEAD), path, fmt, report)


def _read_stream(stream: io.BufferedReader, origin: str, fmt: str, report: ReadReport) -> Iterator[Document]:
    head = stream.peek(_HEAD)[:_HEAD]
    gz = head[:2] == b"\x1f\x8b"
    if gz:  # decompress just the head to detect the format; a truncated file still yields what it holds
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, _HEAD)
        except zlib.error as exc:
            report.add(problem("E011", origin, why=f"broken gzip data ({exc})"))
            return
    if not head.strip():
        report.add(problem("E003", origin))
        return
    if fmt == "auto":
        content = by_content(head)
        named = by_name(origin)
        fmt = content if named in (None, "text") else named  # a .txt holding JSON Lines or HTML is read as such
    if fmt != "warc":
        why = looks_binary(head)
        if why:
            report.add(problem("E002", origin, why=why))
            return
    if gz and fmt != "warc":  # warcio reads gzipped WARC members itself
        stream = io.BufferedReader(gzip.GzipFile(fileobj=stream), _HEAD)  # type: ignore[arg-type]
    try:
        if fmt == "jsonl":
            yield from read_jsonl(stream, origin, report)
        elif fmt == "warc":
            yield from read_warc(stream, origin, report)
        else:
            data = stream.read()
            doc = (read_html if fmt == "html" else read_text)(data, origin, report)
            if doc is not None:
                yield doc
    except (OSError, EOFError, zlib.error) as exc:
        report.add(problem("E011", origin, why=f"read error ({exc})"))
