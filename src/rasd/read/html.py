"""HTML pages: main text, title and date with trafilatura; Arabic dates it misses found in the page text."""

from __future__ import annotations

import logging
import re

from ..core import Document
from ..errors import problem
from ..text.arabic_dates import parse_explicit
from ..text.normalize import normalize_str
from .base import ReadReport, decode, make_document

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_TAG_RE = re.compile(r"<[^>]+>")


def read_html(data: bytes, origin: str, report: ReadReport, *, url: str | None = None) -> Document | None:
    html, bad = decode(data, origin, report)
    if not html.strip():
        report.add(problem("E003", origin))
        return None
    try:
        import trafilatura

        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        result = result.as_dict() if result is not None else None
    except Exception as exc:  # trafilatura raises a variety of parser errors on broken markup
        report.add(problem("E007", origin, why=type(exc).__name__))
        return None
    text = (result or {}).get("text") or ""
    if not text.strip():
        report.add(problem("E007", origin, why="no main text found"))
        return None
    published = result.get("date")
    if not published:
        published = arabic_date_in(html)
    return make_document(
        text, origin, "html", report, bad_bytes=bad, title=result.get("title"),
        url=url or result.get("url"), source=result.get("sitename") or result.get("hostname"),
        published=published,
    )


def arabic_date_in(html: str) -> str | None:
    """The first explicit Arabic date in the page's visible text (the head of the page, where datelines are)."""
    visible = _TAG_RE.sub(" ", html[:200_000])
    found = parse_explicit(normalize_str(visible))
    return found[0].isoformat() if found else None
