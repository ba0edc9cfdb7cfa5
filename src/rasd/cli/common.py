"""What the commands share: output formats, the reading summary, progress on a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from enum import Enum

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..core import Document
from ..read import ReadReport

err = Console(stderr=True)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    html = "html"
    warc = "warc"


def with_progress(docs: Iterable[Document], label: str) -> Iterator[Document]:
    """Counts documents on stderr while they stream, when stderr is a terminal."""
    if not err.is_terminal:
        yield from docs
        return
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} documents"),
                  TimeElapsedColumn(), console=err, transient=True) as progress:
        task = progress.add_task(label, total=None)
        for doc in docs:
            yield doc
            progress.advance(task)


def print_summary(report: ReadReport) -> None:
    """What was read, what was skipped and why — on stderr, so stdout stays machine-readable."""
    parts = [f"read {report.documents} document(s) from {report.inputs} input(s)"]
    if report.skipped:
        parts.append("skipped: " + ", ".join(f"{n}× {c}" for c, n in sorted(report.skipped.items())))
    if report.notes:
        parts.append("warnings: " + ", ".join(f"{n}× {c}" for c, n in sorted(report.notes.items())))
    err.print("[bold]rasd:[/bold] " + "; ".join(parts), highlight=False)
    for p in report.problems[:20]:
        style = "yellow" if p.skipped else "dim"
        err.print(f"  [{style}]{p.code}[/{style}] {p.message} [dim](hint: {p.hint})[/dim]", highlight=False)
    if len(report.problems) > 20:
        err.print(f"  … and {len(report.problems) - 20} more", highlight=False)


def exit_code(report: ReadReport) -> int:
    """Non-zero only when nothing at all could be read."""
    return 0 if report.documents else 1


def stdout_bytes():
    return sys.stdout.buffer
