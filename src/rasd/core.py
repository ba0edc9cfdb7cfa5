"""The shared data types every stage reads and writes.

A :class:`Document` keeps its original text untouched; every span below it (stories, captions, updates, sentences,
and later entity mentions and event triggers) is a pair of offsets into that text, so what is shown to a user is
always the text as it was published.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "rasd/1"


@dataclass(slots=True)
class Span:
    """A half-open range ``[start, end)`` of code points in ``Document.text``."""

    start: int
    end: int

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(slots=True)
class Sentence(Span):
    index: int = 0
    update: int | None = None  # index of the live-update block holding it, if any


@dataclass(slots=True)
class Caption(Span):
    count: int = 1  # how many times the page printed it


@dataclass(slots=True)
class Update(Span):
    """A live-update block: its stamp line (``start``..``header_end``) and the paragraphs that follow it."""

    time: str | None = None  # "HH:MM" as printed
    timezone: str | None = None  # "GMT" when the stamp says ت.غ / GMT
    header_end: int = 0
    paragraphs: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Story(Span):
    index: int = 0
    captions: list[Caption] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)  # body paragraphs, update paragraphs included
    updates: list[Update] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    origin: str | None = None  # where it was read from: "path", "path:line", "path#record"
    format: str | None = None  # text | jsonl | html | warc
    flags: list[str] = field(default_factory=list)  # e.g. "non_arabic", "invalid_utf8"
    warnings: list[str] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)  # boilerplate kind -> lines dropped
    extra: dict[str, Any] = field(default_factory=dict)  # later stages: entities, events
