"""Explicit Arabic calendar dates: "15 فبراير 2018", "15 شباط/فبراير 2018", "3 جمادى الآخرة 1439 هـ"."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from importlib import resources

from .normalize import normalize_str


@lru_cache(maxsize=1)
def month_names() -> dict[str, dict[str, int]]:
    """Normalized month name → month number, per calendar ("gregorian", "hijri")."""
    raw = json.loads(resources.files("rasd.data.dates").joinpath("months.json").read_text("utf-8"))
    return {cal: {normalize_str(n): int(k) for k, names in table.items() for n in names}
            for cal, table in raw.items() if not cal.startswith("_")}


@lru_cache(maxsize=1)
def explicit_date_re() -> re.Pattern:
    """Day, month name(s) (one or "name/name" or "name (name)"), year; on normalized text."""
    names = sorted({n for t in month_names().values() for n in t}, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    month = rf"(?:{alt})"
    return re.compile(
        rf"(?<!\d)(?P<day>[0-3]?\d)\s+(?:من\s+)?(?P<m1>{month})(?:\s*[/(]\s*(?P<m2>{month})\s*\)?)?"
        rf"\s*(?:(?:من\s+)?(?:عام|سنه|العام))?\s*(?P<year>\d{{4}})(?!\d)(?P<hijri>\s*(?:ه\b|هـ|هجري))?"
    )


def parse_explicit(norm: str) -> tuple[dt.date, re.Match] | None:
    """The first explicit date in normalized text, converted to Gregorian (Hijri dates via hijridate)."""
    for m in explicit_date_re().finditer(norm):
        date = match_to_date(m)
        if date:
            return date, m
    return None


def match_to_date(m: re.Match) -> dt.date | None:
    day, year = int(m["day"]), int(m["year"])
    names = month_names()
    name = m["m1"]
    hijri = bool(m["hijri"]) or (name in names["hijri"] and name not in names["gregorian"]) or year < 1600
    try:
        if hijri:
            from hijridate import Hijri

            month = names["hijri"].get(name) or names["hijri"].get(m["m2"] or "")
            if not month:
                return None
            g = Hijri(year, month, day).to_gregorian()
            return dt.date(g.year, g.month, g.day)
        month = names["gregorian"].get(name) or names["gregorian"].get(m["m2"] or "")
        if not month:
            return None
        return dt.date(year, month, day)
    except (ValueError, OverflowError, ImportError):
        return None
