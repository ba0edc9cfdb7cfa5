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
    """Read pages and code them: stories, actors (people, countries, organizations, groups, places) and PLOVER
    events with their actors, modality, date, place and evidence."""
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

    run_command(paths, input_format, ["clean", "entities", "events"], fmt, render_extract_table, "extracting",
                prepare=dated)


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
    events = doc.extra.get("events", [])
    if not events:
        console.print("[dim]no events[/dim]")
        return
    table = Table(title="events", title_justify="left", expand=True)
    table.add_column("date", no_wrap=True)
    for col in ("source", "type", "target", "place", "modality"):
        table.add_column(col, overflow="fold", ratio=1)
    table.add_column("evidence", overflow="fold", ratio=3)
    for e in events:
        mod = ", ".join([e["modality"]] + [w for w in ("negated", "historical", "background", "partial") if e.get(w)])
        ev = _excerpt(e["evidence"], e["trigger_start"] - _sentence_start(doc, e), len(e["trigger"]))
        table.add_row(e["date"] or "", _actor(e["source"]), e["type"] + (f" ({e['mode']})" if e["mode"] else ""),
                      _actor(e["target"]), (e["location"] or {}).get("name") or (e["location"] or {}).get("text") or "",
                      mod if mod != "asserted" else "", ev, style=None if mod == "asserted" else "dim")
    console.print(table)


def _actor(a: dict | None) -> str:
    if not a:
        return "—"
    label = a["name"] or a["text"]
    extra = " ".join(x for x in (a["country"], a["sector"]) if x)
    return f"{label} ({extra})" if extra else label


def _sentence_start(doc: Document, e: dict) -> int:
    return doc.stories[e["story"]].sentences[e["sentence"]].start


def _excerpt(sentence: str, at: int, n: int, width: int = 70) -> str:
    """About ``width`` characters of the sentence around the trigger."""
    a = max(0, at - width // 3)
    b = min(len(sentence), a + width)
    return ("…" if a else "") + sentence[a:b] + ("…" if b < len(sentence) else "")
