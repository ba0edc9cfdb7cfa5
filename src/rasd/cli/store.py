"""The store's commands: ``rasd ingest``, ``events``, ``actors``, ``stats``, ``show``, ``search`` and ``export``."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from ..errors import RasdError
from ..store import StoreError, default_db, open_store
from . import app
from .common import InputFormat, err, stdout_bytes
from .read import InputOpt, PathsArg


class TableJson(str, Enum):
    table = "table"
    json = "json"


class TableJsonCsv(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"


class ActorKey(str, Enum):
    entity = "entity"
    country = "country"


DbOpt = Annotated[str | None, typer.Option("--db", envvar="RASD_DB", show_envvar=True,
                                           help="The database: a SQLite file (default: rasd.db, or $RASD_DB) "
                                                "or a postgresql://USER@HOST:PORT/DBNAME DSN.")]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="Either side: ISO3 code (TUR), entity id or name "
                                                                "(Mattis, ماتيس).")]
SourceOpt = Annotated[str | None, typer.Option("--source", help="The source actor (as --actor).")]
TargetOpt = Annotated[str | None, typer.Option("--target", help="The target actor (as --actor).")]
TypeOpt = Annotated[list[str] | None, typer.Option("--type", help="PLOVER type(s): ASSAULT, or ASSAULT,COERCE.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Up to this date, included (YYYY-MM-DD).")]
PlaceOpt = Annotated[str | None, typer.Option("--place", help="Where: ISO3 code or place name (Afrin, عفرين).")]
MinSrcOpt = Annotated[int, typer.Option("--min-sources", help="Told by at least N publishers.")]


def _filter(actor=None, source=None, target=None, types=None, since=None, until=None, place=None, min_sources=0,
            limit=None):
    from ..store.query import EventFilter

    return EventFilter(actor=actor, source=source, target=target, types=list(types or []), since=since, until=until,
                       place=place, min_sources=min_sources, limit=limit or None)


def _open(db: str | None):
    try:
        return open_store(db or default_db())
    except StoreError as exc:
        _fail(exc)


def _fail(exc: Exception):
    err.print(f"[red]error:[/red] {exc}", highlight=False)
    raise typer.Exit(2)


# ---- ingest ------------------------------------------------------------------------------------------------------

class _RateColumn(ProgressColumn):
    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} docs/s" if speed else "— docs/s", style="progress.data.speed")


def estimate_total(paths: list[str]) -> int | None:
    """How many documents the inputs hold, for the progress bar's ETA (None when it cannot be told cheaply)."""
    from ..spark.layout import count_documents, is_output

    total = 0
    for path in paths:
        if path == "-":
            return None
        if is_output(path):  # a Spark job's output: the documents dataset's row count
            total += count_documents(path)
            continue
        p = Path(path)
        files = [p] if p.is_file() else sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")) \
            if p.is_dir() else []
        for f in files:
            name = f.name.lower().removesuffix(".gz")
            if name.endswith((".jsonl", ".ndjson", ".json")):
                opener = gzip.open if f.name.lower().endswith(".gz") else open
                try:
                    with opener(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except (OSError, EOFError):
                    pass
            elif name.endswith(".warc"):
                return None
            else:
                total += 1
    return total


@app.command("ingest")
def ingest_cmd(
    paths: PathsArg,
    db: DbOpt = None,
    date: Annotated[str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) for pages that lack "
                                                            "one.")] = None,
    input_format: InputOpt = InputFormat.auto,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Extraction processes (default: all cores).")] = None,
    batch: Annotated[int, typer.Option("--batch", help="Documents per transaction.")] = 256,
    fmt: Annotated[TableJson, typer.Option("--format", "-f", help="The summary: table (stderr) or json "
                                                                  "(stdout).")] = TableJson.table,
) -> None:
    """Read, extract on every core and store: the same text or URL is stored once; rerun after a kill to finish."""
    from ..store.ingest import ingest

    if date is not None:
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            _fail(f"--date {date!r} is not a date (hint: use YYYY-MM-DD, e.g. 2018-02-15)")
    if batch < 1:
        _fail("--batch must be at least 1")
    target = db or default_db()
    progress = None
    on_done = None
    if err.is_terminal:
        total = estimate_total(paths)
        progress = Progress(SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                            _RateColumn(), TextColumn("ETA"), TimeRemainingColumn(), TimeElapsedColumn(),
                            console=err, transient=True, auto_refresh=False)  # no refresh thread: workers fork
        task = progress.add_task("ingest", total=total)
        last = [0.0]

        def on_done(n: int) -> None:
            progress.advance(task, n)
            now = time.monotonic()
            if now - last[0] > 0.1:
                last[0] = now
                progress.refresh()

        progress.start()
    try:
        report = ingest(paths, target, date=date, input_format=input_format.value, jobs=jobs, batch_size=batch,
                        on_done=on_done)
    except (StoreError, RasdError) as exc:
        _fail(exc)
    finally:
        if progress is not None:
            progress.stop()
    from ..store.postgres import is_postgres_target, redact

    shown = redact(target) if is_postgres_target(target) else target  # never print a password
    if fmt is TableJson.json:
        stdout_bytes().write(orjson.dumps({"db": shown, **report.as_dict()}) + b"\n")
        stdout_bytes().flush()
    else:
        print_ingest_summary(report, shown)
    raise typer.Exit(0 if report.read.documents else 1)  # as rasd read: non-zero only when nothing was read


def _rate(rate: float | None) -> str:
    return "—" if not rate else f"{rate:,.0f}" if rate >= 10 else f"{rate:.1f}"


def print_ingest_summary(report, target: str) -> None:
    d = report.as_dict()
    dup = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(report.duplicate.items()))
    skipped = ", ".join(f"{n}× {c}" for c, n in sorted(report.read.skipped.items()))
    err.print(f"[bold]rasd ingest[/bold] → {target}: read {d['read']} document(s) from {d['inputs']} input(s) in "
              f"{d['seconds']:.1f} s ({_rate(d['rate'])}/s): [green]{d['new']} new[/green], "
              f"{d['duplicate']} duplicate" + (f" ({dup})" if dup else "") + f", {d['skipped']} skipped"
              + (f" ({skipped})" if skipped else "") + (f", {report.renamed} stored under a new id (id taken)"
                                                        if report.renamed else ""), highlight=False)
    t = d["database"]
    err.print(f"  database: {t['documents']} documents in {t['article_groups']} article groups, {t['events']} "
              f"events → {t['merged_events']} merged events, {t['entities']} entities", highlight=False)
    for p in report.read.problems[:20]:
        style = "yellow" if p.skipped else "dim"
        err.print(f"  [{style}]{p.code}[/{style}] {p.message} [dim](hint: {p.hint})[/dim]", highlight=False)
    if len(report.read.problems) > 20:
        err.print(f"  … and {len(report.read.problems) - 20} more", highlight=False)


# ---- events ------------------------------------------------------------------------------------------------------

def _actor_label(a: dict | None) -> str:
    if not a:
        return "—"
    label = a.get("name") or a.get("text") or a.get("entity") or a.get("country") or "?"
    extra = " ".join(x for x in (a.get("country"), a.get("sector")) if x and x != label)
    return f"{label} ({extra})" if extra else label


def _clip(s: str | None, n: int = 90) -> str:
    s = (s or "").replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def _dump(value) -> None:
    stdout_bytes().write(orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n")
    stdout_bytes().flush()


@app.command("events")
def events_cmd(
    db: DbOpt = None, actor: ActorOpt = None, source: SourceOpt = None, target: TargetOpt = None,
    type_: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None, place: PlaceOpt = None,
    min_sources: MinSrcOpt = 0,
    limit: Annotated[int, typer.Option("--limit", help="At most N events (0: all).")] = 50,
    fmt: Annotated[TableJsonCsv, typer.Option("--format", "-f")] = TableJsonCsv.table,
) -> None:
    """Merged events (each happening once, with how many articles and publishers tell it), newest first."""
    from ..store.export import csv_text
    from ..store.query import events

    store = _open(db)
    try:
        evs = events(store, _filter(actor, source, target, type_, since, until, place, min_sources, limit))
    except StoreError as exc:
        _fail(exc)
    if fmt is TableJsonCsv.json:
        _dump(evs)
    elif fmt is TableJsonCsv.csv:
        sys.stdout.write(csv_text(evs))
    else:
        table = Table(title=f"{len(evs)} merged event(s)", title_justify="left", expand=True)
        table.add_column("id", justify="right", no_wrap=True)
        table.add_column("date", no_wrap=True)
        for col in ("source", "type", "target", "place"):
            table.add_column(col, overflow="fold", ratio=1)
        table.add_column("art/src", justify="right", no_wrap=True)
        table.add_column("evidence", overflow="fold", ratio=3)
        for e in evs:
            place = e["place"] or {}
            table.add_row(str(e["id"]), e["date"] or "", _actor_label(e["source"]),
                          e["type"] + (f" ({e['mode']})" if e["mode"] else ""), _actor_label(e["target"]),
                          place.get("name") or place.get("text") or "", f"{e['num_articles']}/{e['num_sources']}",
                          _clip(e["evidence"]))
        Console().print(table)


# ---- actors ------------------------------------------------------------------------------------------------------

@app.command("actors")
def actors_cmd(
    db: DbOpt = None, type_: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    by: Annotated[ActorKey, typer.Option("--by", help="entity (people, organizations, countries) or "
                                                      "country.")] = ActorKey.entity,
    limit: Annotated[int, typer.Option("--limit", help="The N most active.")] = 20,
    fmt: Annotated[TableJsonCsv, typer.Option("--format", "-f")] = TableJsonCsv.table,
) -> None:
    """The most active actors in merged events: as source, as target, and by event type."""
    from ..store.query import actors

    store = _open(db)
    try:
        rows = actors(store, _filter(types=type_, since=since, until=until), by=by.value, limit=limit)
    except StoreError as exc:
        _fail(exc)
    if fmt is TableJsonCsv.json:
        _dump(rows)
        return
    if fmt is TableJsonCsv.csv:
        import csv

        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["actor", "name", "kind", "country", "events", "as_source", "as_target", "types"])
        for a in rows:
            w.writerow([a["actor"], a["name"], a["kind"], a["country"], a["events"], a["as_source"], a["as_target"],
                        ";".join(f"{k}:{v}" for k, v in a["types"].items())])
        return
    table = Table(title=f"most active actors (by {by.value})", title_justify="left")
    for col in ("actor", "name", "country", "events", "source", "target", "top types"):
        table.add_column(col, justify="right" if col in ("events", "source", "target") else "left")
    for a in rows:
        table.add_row(a["actor"], a["name"] or a["name_ar"] or "", a["country"] or "", str(a["events"]),
                      str(a["as_source"]), str(a["as_target"]),
                      ", ".join(f"{k} {v}" for k, v in list(a["types"].items())[:4]))
    Console().print(table)


# ---- stats -------------------------------------------------------------------------------------------------------

@app.command("stats")
def stats_cmd(
    db: DbOpt = None, actor: ActorOpt = None, type_: TypeOpt = None, since: SinceOpt = None,
    until: UntilOpt = None,
    by: Annotated[Period, typer.Option("--by", help="Count per day, week (from Monday) or month.")] = Period.day,
    pairs: Annotated[int, typer.Option("--pairs", help="Show the N busiest country pairs.")] = 20,
    fmt: Annotated[TableJsonCsv, typer.Option("--format", "-f")] = TableJsonCsv.table,
) -> None:
    """Merged events per period by type, and per (source country → target country) pair."""
    from ..store.query import stats

    store = _open(db)
    try:
        s = stats(store, _filter(actor=actor, types=type_, since=since, until=until), by=by.value, pairs=pairs)
    except StoreError as exc:
        _fail(exc)
    if fmt is TableJsonCsv.json:
        _dump(s)
        return
    if fmt is TableJsonCsv.csv:
        import csv

        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["section", "key", "type", "events"])
        for p in s["periods"]:
            for t, n in p["types"].items():
                w.writerow(["period", p["period"], t, n])
        for p in s["pairs"]:
            for t, n in p["types"].items():
                w.writerow(["pair", f"{p['source']}>{p['target']}", t, n])
        return
    console = Console()
    types = sorted({t for p in s["periods"] for t in p["types"]})
    table = Table(title=f"merged events per {by.value}", title_justify="left")
    table.add_column(by.value, no_wrap=True)
    table.add_column("total", justify="right")
    for t in types:
        table.add_column(t[:8], justify="right")
    for p in s["periods"]:
        table.add_row(p["period"], str(p["total"]), *(str(p["types"].get(t, "")) for t in types))
    console.print(table)
    if s["undated"]:
        console.print(f"[dim]{s['undated']} merged event(s) without a date[/dim]")
    table = Table(title="country pairs (source → target)", title_justify="left")
    for col in ("source", "target", "events", "types"):
        table.add_column(col, justify="right" if col == "events" else "left")
    for p in s["pairs"]:
        table.add_row(p["source"], p["target"], str(p["events"]),
                      ", ".join(f"{k} {v}" for k, v in list(p["types"].items())[:5]))
    console.print(table)


# ---- show --------------------------------------------------------------------------------------------------------

@app.command("show")
def show_cmd(doc_id: Annotated[str, typer.Argument(help="The document's id (as stored; see 'rasd search').")],
             db: DbOpt = None, fmt: Annotated[TableJson, typer.Option("--format", "-f")] = TableJson.table) -> None:
    """One stored document: metadata, near-duplicate group, entities and events (every modality)."""
    from ..store.query import show

    store = _open(db)
    try:
        d = show(store, doc_id)
    except StoreError as exc:
        _fail(exc)
    if fmt is TableJson.json:
        _dump(d)
        return
    console = Console()
    console.print(f"[bold]{d['id']}[/bold]  {d['title'] or ''}", highlight=False)
    meta = " · ".join(x for x in (d["publisher"], d["published"], d["url"], d["origin"]) if x)
    console.print(f"[dim]{meta}[/dim]", highlight=False)
    g = d["article_group"]
    if g["size"] and g["size"] > 1:
        others = ", ".join(f"{o['doc_id']} ({o['publisher'] or '?'})" for o in g["others"][:5])
        console.print(f"near-duplicate group {g['id']} of {g['size']} documents: {others}", highlight=False)
    console.print(f"{len(d['stories'])} story(ies), {sum(s['sentences'] for s in d['stories'])} sentences",
                  highlight=False)
    table = Table(title="entities", title_justify="left", expand=True)
    for col in ("kind", "name", "country", "sector", "role", "mentions"):
        table.add_column(col, overflow="fold")
    for e in d["entities"]:
        texts = list(dict.fromkeys(m["text"] for m in e["mentions"]))
        table.add_row(e["kind"], e["name"] or e["name_ar"] or e["id"], e["country"] or "", e["sector"] or "",
                      e["role"] or "", f"{len(e['mentions'])}: " + "، ".join(texts[:4]))
    console.print(table)
    table = Table(title="events", title_justify="left", expand=True)
    table.add_column("date", no_wrap=True)
    for col in ("source", "type", "target", "place", "modality", "merged"):
        table.add_column(col, overflow="fold", ratio=1)
    table.add_column("evidence", overflow="fold", ratio=3)
    for e in d["events"]:
        mod = e["modality"] + (", negated" if e["negated"] else "")
        merged = f"#{e['merged_id']} ({e['merged_articles']}/{e['merged_sources']})" if e["merged_id"] else ""
        table.add_row(e["date"] or "", _actor_label(e["source"]), e["type"] + (f" ({e['mode']})" if e["mode"] else ""),
                      _actor_label(e["target"]), (e["place"] or {}).get("name") or "",
                      "" if mod == "asserted" else mod, merged, _clip(e["evidence"], 120),
                      style=None if mod == "asserted" else "dim")
    console.print(table)


# ---- search ------------------------------------------------------------------------------------------------------

def _highlighted(text: str, spans: list) -> Text:
    t = Text(text)
    for a, b in spans:
        t.stylize("bold yellow", a, b)
    return t


@app.command("search")
def search_cmd(query: Annotated[str, typer.Argument(help="Arabic words (any spelling, with or without "
                                                         "diacritics); \"a phrase\" in quotes.")],
               db: DbOpt = None, limit: Annotated[int, typer.Option("--limit", help="At most N documents.")] = 10,
               fmt: Annotated[TableJson, typer.Option("--format", "-f")] = TableJson.table) -> None:
    """Full-text search over titles and text, Arabic-aware (normalized, lightly stemmed), best first (BM25)."""
    from ..store.search import search

    store = _open(db)
    try:
        hits = search(store, query, limit=limit)
    except StoreError as exc:
        _fail(exc)
    if fmt is TableJson.json:
        _dump(hits)
        return
    console = Console()
    if not hits:
        console.print("[dim]no documents match[/dim]")
        return
    for h in hits:
        head = Text(f"{h['rank']:>2}. ", style="bold")
        head.append(h["doc_id"], style="bold")
        head.append("  ")
        head.append_text(_highlighted(h["title"] or "", h["title_highlights"]))
        meta = " · ".join(x for x in (h["publisher"], (h["published"] or "")[:10]) if x)
        if meta:
            head.append(f"  ({meta})", style="dim")
        console.print(head)
        console.print(Text("    ").append_text(_highlighted(h["snippet"], h["highlights"])))


# ---- export ------------------------------------------------------------------------------------------------------

@app.command("export")
def export_cmd(
    out: Annotated[str, typer.Argument(help="Output file ('-' for standard output; not for parquet).")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl (PLOVER records), csv (GDELT-like "
                                                                     "columns) or parquet (typed columns).")],
    db: DbOpt = None, actor: ActorOpt = None, source: SourceOpt = None, target: TargetOpt = None,
    type_: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None, place: PlaceOpt = None,
    min_sources: MinSrcOpt = 0,
) -> None:
    """Export merged events: PLOVER JSON Lines, a flat CSV for GDELT tooling, or Parquet."""
    from ..store import export

    store = _open(db)
    f = _filter(actor, source, target, type_, since, until, place, min_sources)
    try:
        if fmt is ExportFormat.parquet:
            if out == "-":
                _fail("parquet is written to a file (hint: give an output path such as events.parquet)")
            tmp = f"{out}.part"
            n = export.write_parquet(store, f, tmp)
            os.replace(tmp, out)
        elif out == "-":
            if fmt is ExportFormat.jsonl:
                n = export.write_jsonl(store, f, stdout_bytes())
                stdout_bytes().flush()
            else:
                n = export.write_csv(store, f, sys.stdout)
        else:
            tmp = f"{out}.part"  # written aside and renamed: an interrupted export leaves no half file
            if fmt is ExportFormat.jsonl:
                with open(tmp, "wb") as fh:
                    n = export.write_jsonl(store, f, fh)
            else:
                with open(tmp, "w", encoding="utf-8", newline="") as fh:
                    n = export.write_csv(store, f, fh)
            os.replace(tmp, out)
    except StoreError as exc:
        _fail(exc)
    except OSError as exc:
        _fail(f"{out}: cannot write ({exc.strerror or exc})")
    err.print(f"[bold]rasd export:[/bold] {n} merged event(s) → {out} ({fmt.value})", highlight=False)
