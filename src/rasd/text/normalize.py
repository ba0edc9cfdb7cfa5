"""Arabic normalization for matching, with a map back to the original text.

Small pure ``str -> str`` functions, one operation each, plus :func:`normalize`, which applies all of them in one
pass (a single ``str.translate``) and returns a :class:`NormText` that maps every normalized offset back to the
original. The original text is never changed; only matching uses the normalized form.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from . import charsets as cs


def _table(pairs: dict[str, str | None]) -> dict[int, str | None]:
    return {ord(k): v for k, v in pairs.items()}


_DEDIAC = _table({c: None for c in cs.DIACRITICS})
_TATWEEL = _table({cs.TATWEEL: None})
_INVISIBLE = _table({c: None for c in cs.INVISIBLE})
_ALEF = _table({c: "\u0627" for c in cs.ALEF_FORMS} | {c: "\u0621" for c in cs.HAMZA_CARRIERS})
_YEH = _table({cs.ALEF_MAKSURA: "\u064a"})
_TEH = _table({cs.TEH_MARBUTA: "\u0647"})
_DIGITS = _table(
    {d: str(i) for i, d in enumerate(cs.ARABIC_INDIC_DIGITS)} | {d: str(i) for i, d in enumerate(cs.PERSIAN_DIGITS)}
)
_SPACES = _table({c: " " for c in cs.SPACES})


def dediac_ar(text: str) -> str:
    """Remove harakat, tanween, shadda, sukun, superscript alef and Quranic marks."""
    return text.translate(_DEDIAC)


def remove_tatweel_ar(text: str) -> str:
    return text.translate(_TATWEEL)


def remove_invisible(text: str) -> str:
    """Remove zero-width, bidi control and soft-hyphen characters."""
    return text.translate(_INVISIBLE)


def normalize_alef_ar(text: str) -> str:
    """أ إ آ ٱ → ا, and the hamza carriers ؤ ئ → ء."""
    return text.translate(_ALEF)


def normalize_alef_maksura_ar(text: str) -> str:
    """ى → ي."""
    return text.translate(_YEH)


def normalize_teh_marbuta_ar(text: str) -> str:
    """ة → ه."""
    return text.translate(_TEH)


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits → ASCII digits."""
    return text.translate(_DIGITS)


def fold_presentation_forms_ar(text: str) -> str:
    """Arabic presentation forms (ligatures, positional forms) → the base letters, by NFKC."""
    return "".join(
        unicodedata.normalize("NFKC", ch) if any(lo <= ord(ch) <= hi for lo, hi in cs.PRESENTATION_RANGES) else ch
        for ch in text
    )


_STEPS = (
    fold_presentation_forms_ar,
    remove_invisible,
    dediac_ar,
    remove_tatweel_ar,
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_digits,
    lambda s: s.translate(_SPACES),
)


def _apply_steps(text: str) -> str:
    for step in _STEPS:
        text = step(text)
    return text


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    chars = set(cs.DIACRITICS + cs.TATWEEL + cs.INVISIBLE + cs.ALEF_FORMS + cs.HAMZA_CARRIERS + cs.SPACES)
    chars |= set(cs.ALEF_MAKSURA + cs.TEH_MARBUTA + cs.ARABIC_INDIC_DIGITS + cs.PERSIAN_DIGITS)
    for lo, hi in cs.PRESENTATION_RANGES:
        chars |= {chr(c) for c in range(lo, hi + 1)}
    for ch in chars:
        out = _apply_steps(ch)
        if out != ch:
            table[ord(ch)] = out or None
    return table


_TABLE = _build_table()
# The hot path: frequent one-to-one folds go through str.replace (fast C loops); the rest, rare in news text
# (diacritics, tatweel, invisible marks, presentation forms, digits, odd spaces), through a regex over their runs.
_FREQUENT = tuple((a, _TABLE[ord(a)]) for a in cs.ALEF_FORMS + cs.HAMZA_CARRIERS + cs.ALEF_MAKSURA + cs.TEH_MARBUTA)
_RARE_RE = re.compile("[" + re.escape("".join(chr(c) for c in _TABLE if chr(c) not in dict(_FREQUENT))) + "]+")


def _rare_run(m: re.Match) -> str:
    return m.group().translate(_TABLE)


def _fold(text: str) -> str:
    text = _RARE_RE.sub(_rare_run, text)
    for a, b in _FREQUENT:
        if a in text:
            text = text.replace(a, b)
    return text

_MARKS = frozenset(cs.DIACRITICS + cs.TATWEEL)
# Characters whose replacement is not exactly one character: they shift offsets.
_SHIFTING = "".join(chr(c) for c, v in _TABLE.items() if v is None or len(v) != 1)
_SHIFTING_RE = re.compile("[" + re.escape(_SHIFTING) + "]+")


@dataclass(slots=True, frozen=True)
class NormText:
    """A normalized text and the piecewise map from its offsets to the original's.

    Within segment ``j``, normalized offset ``p`` maps to ``orig_starts[j] + (p - norm_starts[j])``.
    """

    original: str
    text: str
    norm_starts: tuple[int, ...] = (0,)
    orig_starts: tuple[int, ...] = (0,)

    def to_original(self, pos: int) -> int:
        """Original offset of the normalized character at ``pos`` (``len(text)`` maps to ``len(original)``)."""
        if pos >= len(self.text):
            return len(self.original)
        ns = self.norm_starts
        if len(ns) == 1:  # one segment (at most marks removed before the first letter): one shift
            return self.orig_starts[0] + pos
        j = bisect_right(ns, pos) - 1
        return self.orig_starts[j] + (pos - ns[j])

    def to_normalized(self, pos: int) -> int:
        """Normalized offset of the original character at ``pos``.

        A removed mark maps to the next kept character; a character folded into several (a ligature) to the first.
        """
        os_ = self.orig_starts
        if pos <= os_[0]:  # at or before the first kept character (marks opening the text are removed)
            return 0
        if len(os_) == 1:
            return min(pos - os_[0], len(self.text))
        ns = self.norm_starts
        j = bisect_right(os_, pos) - 1
        if os_[j] == pos:  # a segment starts here: the first of several starting at the same character
            j = bisect_left(os_, pos)
        n = ns[j] + (pos - os_[j])
        if j + 1 < len(ns) and ns[j + 1] < n:
            n = ns[j + 1]
        return min(n, len(self.text))

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original span covering normalized ``[start, end)``.

        Diacritics and tatweel written after the last letter stay inside the span; invisible marks do not.
        """
        if end <= start:
            o = self.to_original(start)
            return o, o
        # to_original of end - 1, end and start, inlined: this runs for every mention and trigger
        n, ns, os_, original = len(self.text), self.norm_starts, self.orig_starts, self.original
        if len(ns) == 1 and end < n:  # one segment, the span ending before the last letter: no mark after it
            return os_[0] + start, os_[0] + end
        if end - 1 >= n:
            b = len(original) + 1
        else:
            j = bisect_right(ns, end - 1) - 1
            b = os_[j] + (end - ns[j])
        if end >= n:
            limit = len(original)
        else:
            j = bisect_right(ns, end) - 1
            limit = os_[j] + (end - ns[j])
        while b < limit and original[b] in _MARKS:
            b += 1
        if start >= n:
            return len(original), b
        j = bisect_right(ns, start) - 1
        return os_[j] + (start - ns[j]), b


def normalize(text: str) -> NormText:
    """Normalize ``text`` for matching and keep the offset map back to it."""
    out = _fold(text)
    if len(out) == len(text) and not _SHIFTING_RE.search(text):
        return NormText(text, out)
    norm_starts = [0]
    orig_starts = [0]
    n = 0  # normalized position reached
    o = 0  # original position reached
    for m in _SHIFTING_RE.finditer(text):
        a, b = m.span()
        n += a - o
        for i in range(a, b):
            repl = _TABLE.get(ord(text[i]))
            for _ in range(len(repl) if repl else 0):
                _push(norm_starts, orig_starts, n, i)
                n += 1
        o = b
        _push(norm_starts, orig_starts, n, b)
    return NormText(text, out, tuple(norm_starts), tuple(orig_starts))


def _push(norm_starts: list[int], orig_starts: list[int], n: int, o: int) -> None:
    if norm_starts[-1] == n:
        orig_starts[-1] = o
    else:
        norm_starts.append(n)
        orig_starts.append(o)


def normalize_str(text: str) -> str:
    """The normalized form only, without the offset map (for lexicon entries and queries)."""
    return _fold(text)
