"""Plain-text pages: the whole file is one document."""

from __future__ import annotations

from ..core import Document
from ..errors import problem
from .base import ReadReport, decode, make_document


def read_text(data: bytes, origin: str, report: ReadReport) -> Document | None:
    text, bad = decode(data, origin, report)
    if not text.strip():
        report.add(problem("E003", origin))
        return None
    return make_document(text, origin, "text", report, bad_bytes=bad)
