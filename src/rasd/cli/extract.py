"""``rasd extract``: stories plus resolved entities (and, as the pipeline grows, events) per document."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..core import Document
from . import app
from .common import InputFormat, OutputFormat, err
from .read import FormatOpt, InputOpt, PathsArg, run_command

DateOpt = Annotated[str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) for pages that lack one.")]


@app.command("extract")
def extract_cmd(paths: PathsArg, date: DateOpt = None, fmt: FormatOpt = OutputFormat.table,
                input_format: InputOpt = InputFormat.auto) -> None:
    """Read pages and resolve their actors: people, countries, organizations, groups and places."""
    if date is not None:
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            err.print(f"[red]error:[/red] --date {date!r} is not a date (hint: use YYYY-MM-DD, e.g. 2018-02-15)")
            raise typer.Exit(2) from None

    def dated(docs):
        for doc in docs:
            if date and not doc.published:
                doc.published = date
            yield doc

    run_command(paths, input_format, ["clean", "entities"], fmt, render_extract_table, "extracting", prepare=dated)


def render_extract_table(console: Console, doc: Document) -> None:
    head = f"[bold]{doc.id}[/bold]" + (f"  {doc.title}" if doc.title else "")
    if doc.published:
        head += f"  [dim]({doc.published})[/dim]"
    console.print(head, highlight=False)
    table = Table(title="entities", title_justify="left", expand=True)
    for col in ("kind", "name", "country", "sector", "role", "mentions"):
        table.add_column(col, overflow="fold")
    for e in doc.extra.get("entities", []):
        texts = []
        for m in e["mentions"]:
            if m["text"] not in texts:
                texts.append(m["text"])
        table.add_row(e["kind"], e["name"] or e["name_ar"] or "—", e["country"] or "", e["sector"] or "",
                      e["role"] or "", f"{len(e['mentions'])}: " + "، ".join(texts[:4]))
    console.print(table)
