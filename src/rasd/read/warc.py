"""WARC files (as in Common Crawl): each HTML response record is one page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..core import Document
from ..errors import problem
from .base import ReadReport
from .html import read_html


def read_warc(stream: BinaryIO, origin: str, report: ReadReport) -> Iterator[Document]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            number += 1
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            doc = read_html(record.content_stream().read(), f"{origin}#{number}", report, url=url)
            if doc is not None:
                yield doc
    except (ArchiveLoadFailed, Exception) as exc:  # warcio raises many types on malformed records
        report.add(problem("E008", origin, why=str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__))
