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
from itertools import compress, count

from ..text.arabic_dates import explicit_date_re, match_to_date, month_names
from ..text.normalize import normalize_str

# "عام 2016", a year: (?<![^\W\d_])(?:عام|العام|سنه|السنه)\s+((?:19|20)\d\d)(?!\d), found by _years from the
# years themselves (a pattern that opens with its digits is searched fast; one that opens with a lookbehind or a
# common letter is tried at almost every position of the page)
_YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d\d(?!\d)")
_YEAR_WORDS = (("العام", "عام"), ("السنه", "سنه"))  # the long form first: it ends with the short one
_LETTER_RE = re.compile(r"[^\W\d_]")


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
                           + r")(?!\s*(?:[/(]\s*\S+\s*\)?\s*)?(?:(?:من\s+)?(?:عام|سنه|العام)\s*)?\d{4})(?![^\W\d_])")
    return weekdays, days, periods, rel, day_month


@lru_cache(maxsize=1)
def _month_year_re() -> re.Pattern:
    """A month and a year without a day: "أكتوبر 2017", "اكتوبر/تشرين الأول 2017"."""
    names = sorted({n for n in month_names()["gregorian"]}, key=len, reverse=True)
    alt = "|".join(map(re.escape, names))
    return re.compile(rf"(?<![\d\w])(?P<m1>{alt})(?:\s*[/(]\s*(?:{alt})\s*\)?)?\s+(?:عام\s+)?(?P<year>(?:19|20)\d\d)(?!\d)")


def _shift_month(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


@lru_cache(maxsize=1)
def _word_tables():
    """Relative date phrases by first word, and the first words of month names (to skip the month regexes on
    pages that name no month)."""
    weekdays, days, periods, _, _ = _tables()
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase in list(weekdays) + list(days) + list(periods):
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append((words, phrase))
    for v in by_first.values():
        v.sort(key=lambda x: -len(x[0]))
    months = {n.split()[0] for t in month_names().values() for n in t}
    # every first word as printed: bare or after one proclitic (والأربعاء، بالأمس، لليوم)
    variants: dict[str, tuple[str, bool]] = {}
    for first in list(by_first) + list(months):
        for p in ("", "و", "ف", "ب", "ل"):
            variants.setdefault(p + first, (first, first in months))
    return by_first, variants


def date_words() -> frozenset[str]:
    """The words a date phrase or a month name starts with, bare or after one proclitic, as printed."""
    return frozenset(_word_tables()[1])


def find_dates(norm: str, published: dt.date, spans: list[tuple[int, int]] | None = None,
               words: list[str] | None = None, hits: list[int] | None = None) -> list[DateMention]:
    """Every date expression in ``norm`` (normalized text), resolved against ``published``.

    With the text's word ``spans`` and ``words`` (as the events stage has them), relative words are looked up
    word by word instead of searched for, which is several times faster. ``hits``, when the caller has them: the
    indexes of the words in :func:`date_words`, in text order.
    """
    _, _, _, rel, day_month = _tables()
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    windows = [(0, len(norm))]
    if words is None:
        hits = []
    else:  # month regexes only around month names
        variants = _word_tables()[1]
        if hits is None:
            hits = list(compress(count(), map(variants.__contains__, words)))
        windows = []
        for k in hits:
            if variants[words[k]][1]:
                a, b = max(0, spans[k][0] - 12), min(len(norm), spans[k][1] + 40)
                if windows and a <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], b)
                else:
                    windows.append((a, b))
    explicit = [m for a, b in windows for m in explicit_date_re().finditer(norm, a, b)]
    day_months = [m for a, b in windows for m in day_month.finditer(norm, a, b)]
    for m in explicit:
        d = match_to_date(m)
        if d:
            out.append(DateMention(m.start(), m.end(), d, "day"))
            taken.append(m.span())
    for m in day_months:
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
        taken.append(m.span())
    for m in [m for a, b in windows for m in _month_year_re().finditer(norm, a, b)]:  # أكتوبر 2017
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        month = month_names()["gregorian"].get(m["m1"])
        if month:
            out.append(DateMention(m.start(), m.end(), dt.date(int(m["year"]), month, 1), "month"))
            taken.append(m.span())
    for start, end, year in _years(norm):  # "عام 2016": a year
        if not any(a < end and start < b for a, b in taken):
            out.append(DateMention(start, end, dt.date(int(year), 1, 1), "year"))
    if words is not None:
        out.extend(_relative_by_words(spans, words, published, hits))
    else:
        out.extend(_resolve(m[1], m.start(1), m.end(1), published) for m in rel.finditer(norm))
    out.sort(key=lambda x: x.start)
    return out


def _years(norm: str) -> list[tuple[int, int, str]]:
    """(start, end, year) of each "عام 2016", as the pattern above would match them: every year is looked at, and
    the whitespace before it and the word before that. Only one word can end where the whitespace starts, and
    when it is العام (السنه) and a letter comes before it, عام (سنه) has a letter (ل) before it too."""
    out = []
    for m in _YEAR_DIGITS_RE.finditer(norm):
        y = q = m.start()
        while q > 0 and norm[q - 1].isspace():  # \s+
            q -= 1
        if q == y:
            continue
        for long, short in _YEAR_WORDS:
            word = long if q >= len(long) and norm.startswith(long, q - len(long)) else short
            p = q - len(word)
            if p >= 0 and norm.startswith(word, p):
                if not (p and _LETTER_RE.match(norm, p - 1)):  # (?<![^\W\d_])
                    out.append((p, m.end(), m.group()))
                break
    return out


def _relative_by_words(spans, words, published, hits):
    """Relative date phrases starting at the candidate words ``hits``, longest first, without overlaps."""
    by_first, variants = _word_tables()
    out = []
    nxt = 0
    for k in hits:
        if k < nxt:
            continue
        w = words[k]
        first = variants[w][0]
        for phrase_words, phrase in by_first.get(first, ()):
            m = len(phrase_words)
            if m == 1 or tuple(words[k + 1 : k + m]) == phrase_words[1:]:
                out.append(_resolve(phrase, spans[k][0] + len(w) - len(first), spans[k + m - 1][1], published))
                nxt = k + m
                break
    return out


def _resolve(w: str, start: int, end: int, published: dt.date) -> DateMention:
    weekdays, days, periods, _, _ = _tables()
    if w in weekdays:
        back = (published.weekday() - weekdays[w]) % 7
        return DateMention(start, end, published - dt.timedelta(days=back), "day")
    if w in days:
        return DateMention(start, end, published + dt.timedelta(days=days[w]), "day")
    unit, step = periods[w]
    if unit == "week":
        d = published + dt.timedelta(weeks=step)
        d = d - dt.timedelta(days=d.weekday())
    elif unit == "month":
        d = _shift_month(published, step)
    else:
        d = dt.date(published.year + step, 1, 1)
    return DateMention(start, end, d, unit)
