"""``rasd eval``: score rasd's events against a gold file (format in gold/GUIDE.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.console import Console
from rich.table import Table

from .. import pipeline
from ..evaluate import score_events
from ..events.triggers import EventDataError
from ..read import ReadReport, read_inputs
from ..read.base import make_document
from . import app
from .common import OutputFormat, err, stdout_bytes

GoldArg = Annotated[list[Path], typer.Argument(help="Gold event files (JSON Lines, one article per line).")]
CorpusOpt = Annotated[list[str] | None, typer.Option(
    "--corpus", help="Where the gold articles' text is (any input rasd reads), when the gold lines carry no 'text'.")]
FmtOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="table, or json for programs.")]
ErrOpt = Annotated[int, typer.Option("--errors", help="Also list up to N misses and false alarms.")]
ConfOpt = Annotated[float, typer.Option("--min-confidence", help="Score only events with at least this confidence.")]


def load_gold_lines(paths: list[Path]) -> dict[str, dict]:
    gold: dict[str, dict] = {}
    for path in paths:
        if not path.exists():
            raise typer.BadParameter(f"{path}: no such file (hint: pass a gold events .jsonl file)")
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise typer.BadParameter(f"{path}:{n}: not JSON ({exc}); each line is one article's gold") from None
            if not isinstance(rec, dict) or "doc_id" not in rec or not isinstance(rec.get("events"), list):
                raise typer.BadParameter(f"{path}:{n}: a gold line needs 'doc_id' and an 'events' list")
            gold[rec["doc_id"]] = rec
    return gold


@app.command("eval")
def eval_cmd(gold_files: GoldArg, corpus: CorpusOpt = None, fmt: FmtOpt = OutputFormat.table,
             errors: ErrOpt = 0, min_confidence: ConfOpt = 0.0) -> None:
    """Score rasd's asserted events against gold: precision, recall and F1 per type and overall; actor accuracy."""
    gold = load_gold_lines(gold_files)
    report = ReadReport()
    raw = {}
    for doc_id, rec in gold.items():
        if rec.get("text"):
            raw[doc_id] = make_document(rec["text"], doc_id, "jsonl", report, doc_id=doc_id,
                                        published=rec.get("published"))
    missing = set(gold) - set(raw)
    if missing and corpus:
        for doc in read_inputs(corpus, "auto", report):
            if doc.id in missing:
                raw[doc.id] = doc
    missing = set(gold) - set(raw)
    if missing:
        err.print(f"[red]error:[/red] {len(missing)} gold article(s) have no text, e.g. {min(missing)!r} "
                  "(hint: pass --corpus with the file that holds them, or add a 'text' field to the gold lines)")
        raise typer.Exit(2)
    for doc_id, doc in raw.items():
        doc.published = doc.published or gold[doc_id].get("published")
    try:
        docs = {d.id: d for d in pipeline.run(raw.values(), pipeline.build(["clean", "entities", "events"]))}
    except EventDataError as exc:
        err.print(f"[red]error:[/red] event data: {exc} (hint: fix the line, or unset RASD_EVENT_DATA)")
        raise typer.Exit(2) from None
    if min_confidence > 0:
        for d in docs.values():
            d.extra["events"] = [e for e in d.extra.get("events", []) if e["confidence"] >= min_confidence]
    result = score_events(gold, docs)
    if fmt is not OutputFormat.table:
        out = {"articles": len(gold), "scores": result["scores"], "actors": result["actors"]}
        if errors:
            out["errors"] = {k: v[:errors] for k, v in result["errors"].items()}
        stdout_bytes().write(orjson.dumps(out) + b"\n")
        return
    console = Console()
    table = Table(title=f"events: {len(gold)} article(s)", title_justify="left")
    for col in ("type", "gold hits", "false alarms", "misses", "precision", "recall", "F1"):
        table.add_column(col, justify="right" if col != "type" else "left")
    for t, r in result["scores"].items():
        table.add_row(t, str(r["tp"]), str(r["fp"]), str(r["fn"]), f"{r['precision']:.3f}", f"{r['recall']:.3f}",
                      f"{r['f1']:.3f}", style="bold" if t == "all" else None)
    console.print(table)
    a = result["actors"]
    console.print(f"actor accuracy over {a['aligned']} aligned events: source {a['source_accuracy']:.3f}, "
                  f"target {a['target_accuracy']:.3f}")
    for kind in ("fn", "fp"):
        for row in result["errors"].get(kind, [])[:errors]:
            console.print(f"[dim]{kind}[/dim] " + " · ".join(str(x) for x in row), highlight=False)
