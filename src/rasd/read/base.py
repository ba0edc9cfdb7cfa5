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


# Counting by UTF-16 code units (low byte, high byte), with bytes.translate and integer bit counts instead of a regex
# pass over every character: 1 in the tables marks the bytes wanted. Every Arabic letter is in the 0x06xx block.
_AR_LOW = bytes(int(any(lo <= 0x600 + b <= hi for lo, hi in ARABIC_LETTER_RANGES)) for b in range(256))
_HIGH_06 = bytes(int(b == 0x06) for b in range(256))
_ASCII_NONLETTER_LOW = bytes(int(b < 0x80 and not _OTHER_LETTER_RE.match(chr(b))) for b in range(256))
_HIGH_00 = bytes(int(b == 0) for b in range(256))


def _units(low: bytes, high: bytes, low_table: bytes, high_table: bytes) -> int:
    """How many code units have their low byte marked in ``low_table`` and their high byte in ``high_table``."""
    return (int.from_bytes(low.translate(low_table), "little")
            & int.from_bytes(high.translate(high_table), "little")).bit_count()


def _mostly_not_arabic(text: str, sample: int = 4000) -> bool:
    """``arabic_share(text, sample) < 0.3``, decided from counts of code units when they settle it: the Arabic
    letters exactly, and at most every character that is neither an Arabic letter nor ASCII space, digit or
    punctuation as another letter; else by :func:`arabic_share`."""
    head = text[:sample]
    units = head.encode("utf-16-le", "surrogatepass")
    low, high = units[0::2], units[1::2]
    arabic = _units(low, high, _AR_LOW, _HIGH_06)
    if arabic == 0:
        return True  # the share is 0.0
    others = len(head) - arabic - _units(low, high, _ASCII_NONLETTER_LOW, _HIGH_00)  # other letters, at most
    if arabic / (arabic + others) >= 0.3:
        return False  # with fewer other letters the share is only higher
    return arabic_share(text, sample) < 0.3


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
    if _mostly_not_arabic(text):
        doc.flags.append("non_arabic")
        report.add(problem("E010", origin, skipped=False))
    return doc


def _clean_str(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None
