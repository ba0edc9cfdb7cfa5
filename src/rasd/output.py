"""The versioned JSON shape (``rasd/1``, documented in docs/schema.md) and the readable tables."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

import orjson

from .core import SCHEMA, Document, Story


def story_dict(doc: Document, story: Story) -> dict:
    text = doc.text
    return {
        "index": story.index,
        "captions": [text[c.start : c.end] for c in story.captions],
        "text": "\n".join(text[p.start : p.end] for p in story.paragraphs),
        "updates": [
            {"time": u.time, "timezone": u.timezone, "text": "\n".join(text[p.start : p.end] for p in u.paragraphs)}
            for u in story.updates
        ],
        "sentences": [
            {"index": s.index, "text": text[s.start : s.end], "start": s.start, "end": s.end, "update": s.update}
            for s in story.sentences
        ],
    }


def document_dict(doc: Document) -> dict:
    out = {
        "id": doc.id, "title": doc.title, "url": doc.url, "source": doc.source, "published": doc.published,
        "origin": doc.origin, "format": doc.format, "flags": doc.flags, "dropped": doc.dropped,
        "stories": [story_dict(doc, s) for s in doc.stories],
    }
    out.update((k, v) for k, v in doc.extra.items() if not k.startswith("_"))  # "_" keys are stage-internal
    return out


class JsonWriter:
    """Streams ``{"schema": "rasd/1", "documents": [...]}`` without holding all documents in memory."""

    def __init__(self, out: IO[bytes]):
        self.out = out
        self.first = True
        out.write(b'{"schema":"' + SCHEMA.encode() + b'","documents":[\n')

    def write(self, doc: Document) -> None:
        if not self.first:
            self.out.write(b",\n")
        self.first = False
        self.out.write(orjson.dumps(document_dict(doc)))

    def close(self, summary: dict | None = None) -> None:
        self.out.write(b"\n]")
        if summary is not None:
            self.out.write(b',"summary":' + orjson.dumps(summary))
        self.out.write(b"}\n")
        self.out.flush()


def write_jsonl(docs: Iterable[Document], out: IO[bytes]) -> None:
    """One document per line, each carrying the schema tag."""
    for doc in docs:
        out.write(orjson.dumps({"schema": SCHEMA, **document_dict(doc)}) + b"\n")
