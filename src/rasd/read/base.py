"""What every reader shares: decoding, binary detection, ids, script flags and the read report."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from ..core import Document
from ..errors import Problem, problem
from ..text.charsets import ARABIC_LETTER_RANGES

_CONTROL = bytes(range(0, 9)) + bytes(range(14, 32))
_CONTROL_TABLE = bytes.maketrans(b"", b"")


@dataclass
class ReadReport:
    """What was read and what was not, and why: printed as the summary at the end of a command."""

    documents: int = 0
    inputs: int = 0
    problems: list[Problem] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)  # code -> count of skipped items
    notes: Counter = field(default_factory=Counter)  # code -> count of non-skipping warnings

    def add(self, p: Problem) -> None:
        if len(self.problems) < 1000:
            self.problems.append(p)
        (self.skipped if p.skipped else self.notes)[p.code] += 1

    def as_dict(self) -> dict:
        return {"documents": self.documents, "inputs": self.inputs, "skipped": dict(self.skipped),
                "warnings": dict(self.notes), "problems": [p.as_dict() for p in self.problems[:100]]}


def looks_binary(head: bytes) -> str | None:
    """Why ``head`` (the first few KB of a file) is not text, or None when it is text."""
    if not head:
        return None
    if b"\x00" in head:
        return "NUL bytes"
    controls = len(head) - len(head.translate(_CONTROL_TABLE, _CONTROL))
    if controls / len(head) > 0.05:
        return f"{controls} control bytes in the first {len(head)}"
    return None


def decode(data: bytes, origin: str, report: ReadReport) -> tuple[str, int]:
    """UTF-8 decode with replacement; a BOM is dropped. Returns the text and the number of bad sequences."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd") - data.count("\xef\xbf\xbd".encode("latin-1"))
        report.add(problem("E006", origin, skipped=False, count=max(bad, 1)))
        return text, max(bad, 1)


def text_id(text: str) -> str:
    """A stable id for a text that came without one: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


_ARABIC_RE = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ARABIC_LETTER_RANGES) + "]+")
_OTHER_LETTER_RE = re.compile(r"[^\W\d_]")


def arabic_share(text: str, sample: int = 4000) -> float:
    """Share of Arabic letters among the letters of (the start of) ``text``."""
    head = text[:sample]
    rest = _ARABIC_RE.sub("", head)
    arabic = len(head) - len(rest)
    letters = arabic + len(_OTHER_LETTER_RE.findall(rest))
    return arabic / letters if letters else 0.0


def make_document(text: str, origin: str, fmt: str, report: ReadReport, *, bad_bytes: int = 0,
                  doc_id=None, title=None, url=None, source=None, published=None) -> Document:
    doc = Document(
        id=str(doc_id) if doc_id not in (None, "") else text_id(text),
        text=text, title=_clean_str(title), url=_clean_str(url), source=_clean_str(source),
        published=_clean_str(published), origin=origin, format=fmt,
    )
    if bad_bytes:
        doc.flags.append("invalid_utf8")
        doc.warnings.append(f"{bad_bytes} invalid UTF-8 sequence(s) replaced with U+FFFD")
    if arabic_share(text) < 0.3:
        doc.flags.append("non_arabic")
        report.add(problem("E010", origin, skipped=False))
    return doc


def _clean_str(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None
