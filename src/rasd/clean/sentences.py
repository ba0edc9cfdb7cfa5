"""Sentence splitting on Arabic and Latin punctuation, respecting quotes, brackets, decimals and abbreviations."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..core import Span
from ..text.normalize import normalize_str

_OPEN = {"«": "»", "“": "”", "(": ")", "[": "]", "‹": "›"}
_CLOSE = {v: k for k, v in _OPEN.items()}
# a quote or bracket, or terminal punctuation (closing quotes/brackets may follow) before a space or the end:
# [«»“”()\[\]‹›"]|[.!?؟…]+['"»”’)\]]*(?=\s|$), written to open with one character class, which the regex engine
# can search for fast (an alternation of classes is tried at every position)
_EVENTS_RE = re.compile(r'[«»“”()\[\]‹›".!?؟…](?:(?<=[«»“”()\[\]‹›"])|(?<=[.!?؟…])[.!?؟…]*[\'"»”’)\]]*(?=\s|$))')
_TRAIL_CLOSERS = set('\'"»”’)]')
_WS = " \t\n\r\u00a0"


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    text = resources.files("rasd.data.page").joinpath("abbreviations.txt").read_text("utf-8")
    items = (normalize_str(x.strip()).rstrip(".").lower() for x in text.splitlines())
    return frozenset(x for x in items if x and not x.startswith("#"))


def split_sentences(text: str, span: Span) -> list[Span]:
    """Sentence spans inside ``span`` of ``text`` (one paragraph: line breaks are handled by the caller)."""
    return [Span(a, b) for a, b in sentence_bounds(text, span.start, span.end)]


def sentence_bounds(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """:func:`split_sentences` as (start, end) pairs, for callers that build their own spans."""
    para = text[a:b]
    straight_ok = para.count('"') % 2 == 0  # unbalanced straight quotes are ignored
    depth: list[str] = []
    cuts = []
    n = len(para)
    for m in _EVENTS_RE.finditer(para):
        tok = m.group()
        if len(tok) == 1:
            if tok in '«»“”()[]‹›"':
                _track(depth, tok, straight_ok)
                continue
        else:  # terminal punctuation, possibly followed by closing quotes/brackets
            for ch in tok:
                if ch in _TRAIL_CLOSERS:
                    _track(depth, ch, straight_ok)
        if depth:
            continue
        end = m.end()
        # a cut at the paragraph's end changes nothing (the last piece is empty), so no abbreviation check there
        if tok[0] == "." and end < n and _is_abbreviation(para, m.start()):
            continue
        cuts.append(end)
    spans = []
    prev = 0
    for cut in cuts + [n]:
        s = _trim(para, prev, cut)
        if s:
            spans.append((a + s[0], a + s[1]))
        prev = cut
    return spans


def _track(depth: list[str], ch: str, straight_ok: bool) -> None:
    if ch == '"':
        if not straight_ok:
            return
        if depth and depth[-1] == '"':
            depth.pop()
        else:
            depth.append('"')
    elif ch in _OPEN:
        depth.append(ch)
    elif ch in _CLOSE:
        opener = _CLOSE[ch]
        if opener in depth:  # close up to the matching opener; stray closers are ignored
            while depth and depth.pop() != opener:
                pass


def _is_abbreviation(para: str, dot: int) -> bool:
    m = _TOKEN_END_RE.search(para, max(0, dot - _LONGEST), dot)  # the word before the dot, if short enough
    if m is None:
        return False
    start = m.start()
    if start == max(0, dot - _LONGEST) and start > 0 and not _is_sep(para[start - 1]):
        return False  # longer than any abbreviation
    token = m.group()
    if len(token) == 1 and token.isalpha():
        return True  # د. م. أ.
    if token.isdigit() and start == 0 and len(token) <= 2:
        return True  # "1. " list numbering
    return _known_abbreviation(token)


_LONGEST = 24  # characters: longer words are never abbreviations
_TOKEN_END_RE = re.compile(r'[^\s(«“"]+\Z')


def _is_sep(ch: str) -> bool:
    return ch.isspace() or ch in '(«“"'


@lru_cache(maxsize=8192)
def _known_abbreviation(token: str) -> bool:
    return normalize_str(token).lower() in abbreviations()


def _trim(para: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and para[a] in _WS:
        a += 1
    while b > a and para[b - 1] in _WS:
        b -= 1
    if a >= b or not _ALNUM_RE.search(para, a, b):
        return None
    return a, b


_ALNUM_RE = re.compile(r"[^\W_]")
