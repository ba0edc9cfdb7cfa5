"""Live-update stamps: "تحديث (9:53 ت.غ)", "تحديث: 10:30 بتوقيت غرينتش", "آخر تحديث 14:05 GMT", "Update 09:53"."""

from __future__ import annotations

import re

from ..text.normalize import normalize_str

_UPDATE_RE = re.compile(
    normalize_str(
        r"^\s*(?:آخر\s+)?(?:تحديث|تحديثات|محدث|update[ds]?)\s*(?:رقم\s*\d{1,2}\s*)?[:：\-–—]?\s*[(\[]?\s*"
        r"(?:الساعة\s*)?(?P<h>[0-2]?\d)[:.](?P<m>[0-5]\d)\s*"
        r"(?P<ampm>ص|م|am|pm)?\s*(?P<tz>ت\.?\s?غ\.?|ت غ|بتوقيت غرينتش|بتوقيت جرينتش|توقيت غرينتش|gmt|utc)?"
        r"\s*(?:بتوقيت\s+\S+)?\s*[)\]]?\s*[:.]?\s*$"
    ),
    re.I,
)


def parse_update_stamp(norm_line: str) -> tuple[str, str | None] | None:
    """("HH:MM", "GMT" or None) when the normalized line is an update stamp."""
    m = _UPDATE_RE.match(norm_line)
    if not m:
        return None
    hour, minute = int(m["h"]), int(m["m"])
    if m["ampm"] in ("م", "pm", "PM") and hour < 12:
        hour += 12
    if hour > 23:
        return None
    return f"{hour:02d}:{minute:02d}", ("GMT" if m["tz"] else None)
