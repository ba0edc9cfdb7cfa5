"""Arabic full-text search: the query is normalized and stemmed like the index (:mod:`rasd.text.stem`), each word
expanded with the bare proclitics, ranked by BM25 (title weighted 3×), with snippets cut from the original text and
the matching words marked.

Documents holding every query word in its plain stemmed form (هجوم، الهجوم، للهجوم) come first, in BM25 order;
documents that need a proclitic variant for some word (وهجوم، بهجوم) follow. Ranked together, a rare variant would
win on its inverse document frequency alone.
"""

from __future__ import annotations

import re

from ..text.normalize import normalize, normalize_str
from ..text.stem import WORD_RE, query_variants, stem_word
from .backend import Backend, StoreError

_PHRASE_RE = re.compile(r'"([^"]+)"|«([^»]+)»|“([^”]+)”|(\S+)')


def parse_query(q: str) -> tuple[list[list[tuple[str, ...]]], set[str]]:
    """Groups of alternatives for the backend (all groups must match) and the set of stems to highlight.

    A word matches its stem with or without a bare proclitic (و ف ب ل ك …); a quoted phrase ("…" or «…») matches
    its words' stems in order."""
    groups: list[list[tuple[str, ...]]] = []
    marks: set[str] = set()
    for m in _PHRASE_RE.finditer(q):
        phrase = next((g for g in m.groups()[:3] if g), None)
        if phrase is not None:
            words = [stem_word(w) for w in WORD_RE.findall(normalize_str(phrase))]
            if words:
                groups.append([tuple(words)])
                for w in words:
                    marks.update(query_variants(w))
            continue
        for w in WORD_RE.findall(normalize_str(m.group(4))):
            st = stem_word(w)
            variants = query_variants(st)
            groups.append([(v,) for v in variants])
            marks.update(variants)
    return groups, marks


def mark_spans(text: str, marks: set[str]) -> list[tuple[int, int]]:
    """Original-text spans of the words whose stem is one of ``marks`` (diacritics and all)."""
    if not text or not marks:
        return []
    nt = normalize(text)
    out = []
    for m in WORD_RE.finditer(nt.text):
        if stem_word(m.group()) in marks:
            out.append(nt.span_to_original(m.start(), m.end()))
    return out


def snippet(text: str, spans: list[tuple[int, int]], width: int = 240) -> tuple[str, list[tuple[int, int]]]:
    """About ``width`` characters of ``text`` around the densest run of matches, and the matches' offsets in it."""
    if not text:
        return "", []
    if not spans:
        end = min(len(text), width)
        cut = text[:end].split("\n")[0]
        return cut + ("…" if len(cut) < len(text) else ""), []
    best_i, best_n, j = 0, 0, 0
    for i, (a, _b) in enumerate(spans):  # the window holding most matches
        while spans[j][0] < a - width + 40:
            j += 1
        if i - j + 1 > best_n:
            best_n, best_i = i - j + 1, j
    first = spans[best_i][0]
    start = max(0, first - 60)
    nl = text.rfind("\n", start, first)
    if nl >= 0:
        start = nl + 1
    elif start > 0:
        sp = text.find(" ", start, first)
        start = sp + 1 if sp >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        sp = text.rfind(" ", first, end)
        end = sp if sp > first else end
    piece = text[start:end]
    nl = piece.find("\n", max(0, first - start))
    if nl >= 0:
        piece, end = piece[:nl], start + nl
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    marks = [(a + shift, b + shift) for a, b in spans if a >= start and b <= end]
    return prefix + piece.replace("\n", " ") + suffix, marks


def search(db: Backend, q: str, limit: int = 10) -> list[dict]:
    groups, marks = parse_query(q)
    if not groups:
        raise StoreError(f"the query {q!r} has no words to search for (hint: e.g. rasd search \"هجوم عفرين\")")
    # Exact stems first: a rare proclitic variant (وهجوم) would otherwise outrank the plain word by its IDF alone.
    exact = [[alt for alt in g if len(g) == 1 or alt == g[0]] for g in groups]
    hits = db.fts_search(exact, limit)
    if len(hits) < limit and exact != groups:
        seen = {h[0] for h in hits}
        hits += [h for h in db.fts_search(groups, limit + len(hits)) if h[0] not in seen][: limit - len(hits)]
    if not hits:
        return []
    ids = [h[0] for h in hits]
    rows = {r[0]: r[1:] for r in db.query(
        f"SELECT id, doc_id, title, published, publisher, url, text FROM documents WHERE id IN "
        f"({', '.join('?' * len(ids))})", ids)}
    out = []
    for rank, (did, score) in enumerate(hits, 1):
        doc_id, title, published, publisher, url, text = rows[did]
        snip, hl = snippet(text, mark_spans(text, marks))
        out.append({"rank": rank, "doc_id": doc_id, "title": title, "published": published,
                    "publisher": publisher or None, "url": url, "score": round(-score, 4),
                    "title_highlights": mark_spans(title or "", marks), "snippet": snip, "highlights": hl})
    return out
