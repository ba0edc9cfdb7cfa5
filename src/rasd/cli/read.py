"""``rasd read``: pages → stories with captions, updates and sentences."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .. import pipeline
from ..core import Document
from ..errors import RasdError
from ..events.triggers import EventDataError
from ..output import JsonWriter, write_jsonl
from ..read import ReadReport, read_inputs
from . import app
from .common import InputFormat, OutputFormat, err, exit_code, print_summary, stdout_bytes, with_progress

PathsArg = Annotated[list[str], typer.Argument(help="Files, directories (walked) or '-' for standard input.")]
FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="table for people; json or jsonl for programs.")]
InputOpt = Annotated[InputFormat, typer.Option("--input-format", help="Force the input format instead of detecting it.")]


@app.command("read")
def read_cmd(paths: PathsArg, fmt: FormatOpt = OutputFormat.table, input_format: InputOpt = InputFormat.auto) -> None:
    """Read raw pages into clean stories: captions once, updates attached, boilerplate dropped, sentences split."""
    run_command(paths, input_format, ["clean"], fmt, render_read_table, "reading")


def run_command(paths, input_format: InputFormat, stages: list[str], fmt: OutputFormat, render, label: str,
                prepare=None) -> None:
    """Read, run the stages, print in the asked format, summarize on stderr, and exit with the read status."""
    report = ReadReport()
    built = pipeline.build(stages)
    try:
        docs = read_inputs(paths, input_format.value, report)
        if prepare is not None:
            docs = prepare(docs)
        emit(with_progress(pipeline.run(docs, built), label), fmt, render)
    except RasdError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    except EventDataError as exc:
        err.print(f"[red]error:[/red] event data: {exc} (hint: fix the line, or unset RASD_EVENT_DATA)")
        raise typer.Exit(2) from None
    print_summary(report)
    raise typer.Exit(exit_code(report))


def emit(docs, fmt: OutputFormat, render) -> None:
    if fmt is OutputFormat.json:
        writer = JsonWriter(stdout_bytes())
        for doc in docs:
            writer.write(doc)
        writer.close()
    elif fmt is OutputFormat.jsonl:
        write_jsonl(docs, stdout_bytes())
        stdout_bytes().flush()
    else:
        console = Console()
        for doc in docs:
            render(console, doc)


def render_read_table(console: Console, doc: Document) -> None:
    head = f"[bold]{doc.id}[/bold]"
    if doc.title:
        head += f"  {doc.title}"
    meta = [x for x in (doc.source, doc.published, ",".join(doc.flags) or None) if x]
    if meta:
        head += f"  [dim]({' · '.join(meta)})[/dim]"
    console.print(head, highlight=False)
    if doc.dropped:
        console.print("  [dim]dropped: " + ", ".join(f"{k} {v}" for k, v in sorted(doc.dropped.items())) + "[/dim]",
                      highlight=False)
    for story in doc.stories:
        table = Table(title=f"story {story.index}", title_justify="left", show_lines=False, expand=True)
        table.add_column("#", justify="right", width=3)
        table.add_column("kind", width=8)
        table.add_column("text", overflow="fold")
        for c in story.captions:
            table.add_row("", "caption", doc.text[c.start : c.end] + (f"  [dim](×{c.count})[/dim]" if c.count > 1 else ""))
        for s in story.sentences:
            kind = f"upd {story.updates[s.update].time}" if s.update is not None else "sent"
            table.add_row(str(s.index), kind, doc.text[s.start : s.end])
        console.print(table)
