"""Event dates in the news sense, resolved against the publication date.

A weekday names the most recent such day up to and including the publication day; أمس / أول أمس / اليوم are
offsets; "الأسبوع الماضي" and the like give a week, month or year; explicit dates ("15 فبراير 2018",
"3 جمادى الآخرة 1439 هـ", and "15 فبراير" with the publication year) are read with both month-name systems.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..text.arabic_dates import explicit_date_re, match_to_date, month_names
from ..text.normalize import normalize_str


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offsets into the normalized text searched
    end: int
    date: dt.date
    precision: str  # day | week | month | year


@lru_cache(maxsize=1)
def _tables():
    raw = json.loads(resources.files("rasd.data.dates").joinpath("relative.json").read_text("utf-8"))
    weekdays = {normalize_str(k): v for k, v in raw["weekdays"].items()}
    days = {normalize_str(k): v for k, v in raw["days"].items()}
    periods = {normalize_str(k): tuple(v) for k, v in raw["periods"].items()}
    words = sorted(set(weekdays) | set(days) | set(periods), key=len, reverse=True)
    rel = re.compile(r"(?<![^\W\d_])(?:[وفب]|ل)?(" + "|".join(re.escape(w) for w in words) + r")(?![^\W\d_])")
    names = sorted({n for t in month_names().values() for n in t}, key=len, reverse=True)
    day_month = re.compile(r"(?<!\d)(?P<day>[0-3]?\d)\s+(?:من\s+)?(?P<m1>" + "|".join(map(re.escape, names))
                           + r")(?!\s*(?:[/(]\s*\S+\s*\)?\s*)?(?:عام\s*|سنه\s*)?\d{4})(?![^\W\d_])")
    return weekdays, days, periods, rel, day_month


def _shift_month(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def find_dates(norm: str, published: dt.date) -> list[DateMention]:
    """Every date expression in ``norm`` (normalized text), resolved against ``published``."""
    weekdays, days, periods, rel, day_month = _tables()
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in explicit_date_re().finditer(norm):
        d = match_to_date(m)
        if d:
            out.append(DateMention(m.start(), m.end(), d, "day"))
            taken.append(m.span())
    for m in day_month.finditer(norm):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        month = month_names()["gregorian"].get(m["m1"])
        if not month:
            continue
        try:
            d = dt.date(published.year, month, int(m["day"]))
        except ValueError:
            continue
        if d > published + dt.timedelta(days=31):  # "28 ديسمبر" in a January article: last year
            d = d.replace(year=d.year - 1)
        out.append(DateMention(m.start(), m.end(), d, "day"))
    for m in rel.finditer(norm):
        w = m[1]
        if w in weekdays:
            back = (published.weekday() - weekdays[w]) % 7
            out.append(DateMention(m.start(1), m.end(1), published - dt.timedelta(days=back), "day"))
        elif w in days:
            out.append(DateMention(m.start(1), m.end(1), published + dt.timedelta(days=days[w]), "day"))
        else:
            unit, step = periods[w]
            if unit == "week":
                d = published + dt.timedelta(weeks=step)
                d = d - dt.timedelta(days=d.weekday())
            elif unit == "month":
                d = _shift_month(published, step)
            else:
                d = dt.date(published.year + step, 1, 1)
            out.append(DateMention(m.start(1), m.end(1), d, unit))
    out.sort(key=lambda x: x.start)
    return out
