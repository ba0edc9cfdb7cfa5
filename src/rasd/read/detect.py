"""Input format detection, from the name first and the content when the name does not tell."""

from __future__ import annotations

import json
import re

FORMATS = ("text", "jsonl", "html", "warc")

_BY_SUFFIX = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".warc": "warc", ".arc": "warc",
    ".txt": "text", ".text": "text",
}
_HTML_RE = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]", re.I)


def strip_gz(name: str) -> tuple[str, bool]:
    lower = name.lower()
    if lower.endswith(".gz"):
        return lower[:-3], True
    return lower, False


def by_name(name: str) -> str | None:
    base, _ = strip_gz(name)
    for suffix, fmt in _BY_SUFFIX.items():
        if base.endswith(suffix):
            return fmt
    return None


def by_content(head: bytes) -> str:
    """Guess from the first bytes (already decompressed)."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"WARC/", b"warc/")):
        return "warc"
    if stripped.startswith(b"{"):
        first = stripped.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            if len(first) == len(stripped):  # the first line is longer than the sample: trust the brace
                return "jsonl"
    if _HTML_RE.search(stripped[:8192]):
        return "html"
    return "text"
