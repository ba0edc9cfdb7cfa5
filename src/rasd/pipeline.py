"""The pipeline as a declared list of named stages, each saying what it needs and what it adds to a Document."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .clean import clean_document
from .core import Document
from .entities.recognize import recognize_entities
from .events import code_events


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    run: Callable[[Document], Document]
    needs: tuple[str, ...]
    adds: tuple[str, ...]


STAGES: dict[str, Stage] = {
    "clean": Stage("clean", clean_document, needs=("text",), adds=("stories", "dropped")),
    "entities": Stage("entities", recognize_entities, needs=("stories",), adds=("entities",)),
    "events": Stage("events", code_events, needs=("stories", "entities"), adds=("events", "quotes")),
}


def build(names: Iterable[str]) -> list[Stage]:
    """Check the stages' needs are met in order; raise a ValueError naming the missing piece."""
    have = {"text"}
    out = []
    for name in names:
        if name not in STAGES:
            raise ValueError(f"unknown stage {name!r}; known stages: {', '.join(STAGES)}")
        stage = STAGES[name]
        missing = [n for n in stage.needs if n not in have]
        if missing:
            raise ValueError(f"stage {name!r} needs {missing} from an earlier stage")
        have.update(stage.adds)
        out.append(stage)
    return out


def run(docs: Iterable[Document], stages: list[Stage]) -> Iterator[Document]:
    for doc in docs:
        for stage in stages:
            doc = stage.run(doc)
        yield doc
