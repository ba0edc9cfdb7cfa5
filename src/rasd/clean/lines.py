"""Lines of a page as spans, with surrounding whitespace excluded."""

from __future__ import annotations

import re

from ..core import Span

_LINE_RE = re.compile(r"[^\n\r\u2028\u2029]+")
_SPACE = " \t\f\v\u00a0\u200b\u200c\u200d\u200e\u200f\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def line_spans(text: str) -> list[Span]:
    """Non-blank lines, each trimmed of leading and trailing whitespace and invisible marks."""
    spans = []
    for m in _LINE_RE.finditer(text):
        a, b = m.span()
        line = m.group()
        stripped = line.strip(_SPACE)
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip(_SPACE))
        spans.append(Span(a + lead, a + lead + len(stripped)))
    return spans
