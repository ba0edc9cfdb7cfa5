"""Lines of a page as spans, with surrounding whitespace excluded."""

from __future__ import annotations

from ..core import Span

_SPACE = " \r\t\f\v\u00a0\u200b\u200c\u200d\u200e\u200f\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def line_spans(text: str, norm: str | None = None) -> list[tuple[Span, str]]:
    """Non-blank lines, each trimmed of whitespace and invisible marks, with its normalized form.

    ``norm`` is the normalized text: normalization never adds or removes a line break, so the i-th line of both
    texts is the same line.
    """
    out = []
    a = 0
    norm_lines = norm.split("\n") if norm is not None else None
    for i, line in enumerate(text.split("\n")):
        b = a + len(line)
        stripped = line.strip(_SPACE)
        if stripped:
            lead = len(line) - len(line.lstrip(_SPACE))
            key = norm_lines[i] if norm_lines is not None else line
            out.append((Span(a + lead, a + lead + len(stripped)), key))
        a = b + 1
    return out
