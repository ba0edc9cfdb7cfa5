"""One extracted Document → the rows the store writes (built in the worker processes, written by the one writer).

Everything that costs CPU and needs no database happens here: extraction, stems for the full-text index and the
MinHash signature for near-duplicate grouping.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import orjson

from ..core import Document
from ..text.normalize import normalize_str
from ..text.stem import WORD_RE, index_text

NUM_PERM = 64  # MinHash permutations (64 × 4 bytes stored per document)
SHINGLE = 3  # words per shingle
_MINHASH_TEMPLATE = None


def content_hash(text: str) -> str:
    """SHA-256 of the normalized text: the same article with other diacritics or hamza spellings is the same."""
    return hashlib.sha256(normalize_str(text).encode("utf-8")).hexdigest()


def publisher_of(source: str | None, url: str | None) -> str:
    """Who published it: the input's ``source``, else the URL's host (without www.), else ''."""
    if source:
        return source.strip().lower()
    if url:
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            host = ""
        return host.removeprefix("www.")
    return ""


def day_of(published: str | None) -> str | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10]).isoformat()
    except ValueError:
        return None


def _minhash_template():
    global _MINHASH_TEMPLATE
    if _MINHASH_TEMPLATE is None:
        from datasketch import MinHash

        _MINHASH_TEMPLATE = MinHash(num_perm=NUM_PERM, scheme="affine32")
    return _MINHASH_TEMPLATE


def new_minhash(hashvalues=None):
    """A datasketch MinHash sharing the template's permutations (crc32 hashes: stable across processes)."""
    from datasketch import MinHash

    t = _minhash_template()
    return MinHash(num_perm=NUM_PERM, scheme="affine32", hashfunc=zlib.crc32, permutations=t.permutations,
                   hashvalues=hashvalues)


MIN_WORDS = 8  # shorter texts get no signature: too little to call two of them copies


def signature(text: str) -> bytes:
    """MinHash signature of the set of word 3-shingles of the normalized text, as little-endian uint32 bytes;
    empty for texts of fewer than MIN_WORDS words."""
    words = WORD_RE.findall(normalize_str(text))
    if len(words) < MIN_WORDS:
        return b""
    shingles = {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
    m = new_minhash()
    m.update_batch(shingles)
    return m.hashvalues.astype("<u4").tobytes()


ACTOR_COLS = ("entity", "text", "name", "country", "sector", "role")
# the events row as build_rows makes it (the table adds id, doc and merged_id)
EVENT_COLS = ("event_id", "story", "sentence", "type", "mode", "cameo", "quad",
              *(f"src_{c}" for c in ACTOR_COLS), *(f"tgt_{c}" for c in ACTOR_COLS),
              "place_text", "place_name", "place_country", "place_lat", "place_lon",
              "date", "date_precision", "date_text", "negated", "modality", "trigger_text", "char_start", "char_end",
              "rule", "confidence", "amount")
DOC_COLS = ("doc_id", "content_hash", "url", "title", "source", "publisher", "published", "day", "origin", "format",
            "flags", "dropped", "warnings", "quotes", "text", "ingested")


def _json(value) -> str:
    return orjson.dumps(value).decode()


@dataclass(slots=True)
class DocRows:
    doc_id: str
    content_hash: str
    url: str | None
    doc: tuple  # the documents row, without id and group
    stories: list[tuple] = field(default_factory=list)
    sentences: list[tuple] = field(default_factory=list)
    entities: list[tuple] = field(default_factory=list)  # entities row + (sector, role, mentions)
    mentions: list[tuple] = field(default_factory=list)
    events: list[tuple] = field(default_factory=list)  # events row (without doc, merged_id) + [mention rows]
    fts: tuple[str, str] = ("", "")
    sig: bytes = b""


def _actor(a: dict | None) -> tuple:
    if not a:
        return (None,) * 6
    return (a.get("entity"), a.get("text"), a.get("name"), a.get("country"), a.get("sector"), a.get("role"))


def build_rows(doc: Document, chash: str) -> DocRows:
    """The rows of an extracted document (stages clean, entities and events have run)."""
    text = doc.text
    body_parts: list[str] = []
    stories = []
    sentences = []
    for st in doc.stories:
        caps = [text[c.start : c.end] for c in st.captions]
        ups = [{"time": u.time, "timezone": u.timezone, "start": u.start, "end": u.end} for u in st.updates]
        stories.append((st.index, st.start, st.end, _json(caps), _json(ups)))
        body_parts.extend(caps)
        body_parts.extend(text[p.start : p.end] for p in st.paragraphs)
        sentences.extend((st.index, s.index, s.start, s.end, s.update) for s in st.sentences)
    body = "\n".join(body_parts) if body_parts else text
    ents = []
    mentions = []
    for e in doc.extra.get("entities", []):
        key = " ".join(x for x in ((e.get("name") or "").lower(), normalize_str(e.get("name_ar") or ""), e["id"].lower())
                       if x)
        ents.append((e["id"], e["kind"], e.get("name"), e.get("name_ar"), e.get("country"), e.get("lat"),
                     e.get("lon"), key, e.get("sector"), e.get("role"), len(e["mentions"])))
        mentions.extend((e["id"], m["story"], m.get("sentence"), m["start"], m["end"], m.get("how"))
                        for m in e["mentions"])
    events = []
    for ev in doc.extra.get("events", []):
        loc = ev.get("location") or {}
        amount = ev.get("amount")
        row = (ev["id"], ev["story"], ev["sentence"], ev["type"], ev.get("mode"), ev.get("cameo"), ev.get("quad"),
               *_actor(ev.get("source")), *_actor(ev.get("target")),
               loc.get("text"), loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"),
               ev.get("date"), ev.get("date_precision"), ev.get("date_text"), int(bool(ev.get("negated"))),
               ev.get("modality") or "asserted", ev["trigger"], ev["trigger_start"], ev["trigger_end"], ev.get("rule"),
               ev.get("confidence"), _json(amount) if amount is not None and not isinstance(amount, str) else amount)
        ments = [(m["story"], m["sentence"], m["trigger"], m["trigger_start"], m["trigger_end"], m.get("rule"))
                 for m in ev.get("mentions") or []]
        events.append((row, ments))
    quotes = doc.extra.get("quotes") or []
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    doc_row = (doc.id, chash, doc.url, doc.title, doc.source, publisher_of(doc.source, doc.url), doc.published,
               day_of(doc.published), doc.origin, doc.format, _json(doc.flags), _json(doc.dropped),
               _json(doc.warnings), _json(quotes), text, now)
    return DocRows(doc.id, chash, doc.url, doc_row, stories, sentences, ents, mentions, events,
                   (index_text(doc.title), index_text(body)), signature(body))


def rename_rows(rows: DocRows, new_id: str) -> DocRows:
    """The same rows under another document id (``ID~HASH8`` when the input's id is taken): the document row's id
    and the event ids (``ID:eN``) follow."""
    old = rows.doc_id
    events = []
    for row, ments in rows.events:
        eid = row[0]
        eid = new_id + eid[len(old):] if eid.startswith(old) else f"{new_id}:{eid}"
        events.append(((eid, *row[1:]), ments))
    return DocRows(new_id, rows.content_hash, rows.url, (new_id, *rows.doc[1:]), rows.stories, rows.sentences,
                   rows.entities, rows.mentions, events, rows.fts, rows.sig)
