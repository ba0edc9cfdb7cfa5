"""Stage 2, clean/segment: page furniture dropped, captions kept once, stories split, updates and sentences found.

Input: a :class:`~rasd.core.Document` with its original text. Output: the same document with ``stories`` filled and
``dropped`` counting the boilerplate lines removed, by kind. Every span points into the original text.
"""

from __future__ import annotations

from collections import Counter

from ..core import Caption, Document, Sentence, Story, Update
from ..text.normalize import normalize
from .boilerplate import KEEP_KINDS, classify
from .lines import line_spans
from .sentences import sentence_bounds, split_sentences
from .updates import parse_update_stamp

__all__ = ["clean_document", "split_sentences"]

#: a repeated line longer than this is a duplicated paragraph, not a caption
CAPTION_MAX_CHARS = 300


def clean_document(doc: Document) -> Document:
    text = doc.text
    nt = normalize(text)
    doc.extra["_norm"] = nt  # internal: the entities and events stages match on the same normalized text
    pairs = line_spans(text, nt.text)
    lines = [span for span, _ in pairs]
    keys = [_squeeze(key) for _, key in pairs]
    counts = Counter(keys)
    seen: set[str] = set()
    dropped: Counter = Counter()
    stories: list[Story] = []
    story: Story | None = None
    update: Update | None = None

    def new_story(at: int) -> Story:
        s = Story(at, at, index=len(stories))
        stories.append(s)
        return s

    for span, key in zip(lines, keys):
        kind = classify(key)
        if kind == "separator":
            dropped[kind] += 1
            if story is not None and story.paragraphs:
                story, update = None, None  # a rule line ends a story
            continue
        if kind and kind not in KEEP_KINDS:
            dropped[kind] += 1
            continue
        stamp = parse_update_stamp(key)
        if stamp:
            story = story or new_story(span.start)
            update = Update(span.start, span.end, time=stamp[0], timezone=stamp[1], header_end=span.end)
            story.updates.append(update)
            story.end = span.end
            continue
        repeated = counts[key] > 1
        if key in seen:
            dropped["duplicate_caption" if len(key) <= CAPTION_MAX_CHARS else "duplicate_paragraph"] += 1
            continue
        seen.add(key)
        is_caption = kind == "caption" or (repeated and len(key) <= CAPTION_MAX_CHARS)
        if is_caption:
            if story is None or story.paragraphs:  # a caption after body text opens the next story
                story, update = new_story(span.start), None
            story.captions.append(Caption(span.start, span.end, count=counts[key]))
            story.end = max(story.end, span.end)
            continue
        story = story or new_story(span.start)
        para = span  # the line's own span (line_spans made a new one per line)
        story.paragraphs.append(para)
        story.end = span.end
        if update is not None:
            update.paragraphs.append(para)
            update.end = span.end
    for s in stories:
        _sentences(text, s)
    doc.stories = [s for s in stories if s.paragraphs or s.captions]
    for i, s in enumerate(doc.stories):
        s.index = i
    doc.dropped = dict(dropped)
    return doc


def _squeeze(line: str) -> str:
    """``" ".join(line.split())``: whitespace runs made one space, ends stripped. Most lines are that already: all
    printable (so the only whitespace in them is the plain space, every other whitespace character being
    unprintable), no double space, no space at either end."""
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line
    return " ".join(line.split())


def _sentences(text: str, story: Story) -> None:
    in_update = {id(p): i for i, u in enumerate(story.updates) for p in u.paragraphs}
    for para in story.paragraphs:
        upd = in_update.get(id(para))
        for start, end in sentence_bounds(text, para.start, para.end):
            story.sentences.append(Sentence(start, end, index=len(story.sentences), update=upd))
