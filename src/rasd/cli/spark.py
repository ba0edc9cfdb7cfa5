"""``rasd spark``: batch extraction on Apache Spark, a thin front for :mod:`rasd.spark.job` (local mode by default;
the same job runs under spark-submit on a cluster, docs/scale.md)."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated

import orjson
import typer

from . import app
from .common import err, stdout_bytes


class SparkInput(str, Enum):
    auto = "auto"
    jsonl = "jsonl"
    parquet = "parquet"
    warc = "warc"


class Summary(str, Enum):
    table = "table"
    json = "json"


@app.command("spark")
def spark_cmd(
    paths: Annotated[list[str], typer.Argument(help="INPUT… OUTPUT: JSON Lines (.gz), Parquet or WARC files, "
                                                    "directories, globs or Hadoop URIs; the last is the output "
                                                    "directory.", metavar="INPUT… OUTPUT")],
    partitions: Annotated[int | None, typer.Option("--partitions", "-p", help="Extraction tasks (default: the "
                                                                               "cores, at least 2).")] = None,
    master: Annotated[str, typer.Option("--master", help="Spark master URL.")] = "local[*]",
    input_format: Annotated[SparkInput, typer.Option("--input-format", help="Force the input format (default: "
                                                                            "from the file names).")]
    = SparkInput.auto,
    date: Annotated[str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) for documents that "
                                                            "lack one.")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing output.")] = False,
    fmt: Annotated[Summary, typer.Option("--format", "-f", help="The summary: table (stderr) or json "
                                                               "(stdout).")] = Summary.table,
) -> None:
    """Extract documents, entities and events on Spark, written as Parquet partitioned by day; load the output
    into a store with 'rasd ingest OUTPUT'."""
    if len(paths) < 2:
        err.print("[red]error:[/red] give at least one INPUT and the OUTPUT directory")
        raise typer.Exit(2)
    if date is not None:
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            err.print(f"[red]error:[/red] --date {date!r} is not a date (hint: use YYYY-MM-DD, e.g. 2018-02-15)")
            raise typer.Exit(2) from None
    if partitions is not None and partitions < 1:
        err.print("[red]error:[/red] --partitions must be at least 1")
        raise typer.Exit(2)
    try:
        from ..spark.job import JobError, run
    except ImportError as exc:  # pyspark is an optional extra
        err.print(f"[red]error:[/red] rasd spark needs pyspark ({exc}) (hint: pip install 'rasd[spark]'; Java 17 "
                  "must be installed)")
        raise typer.Exit(2) from None
    try:
        summary = run(paths[:-1], paths[-1], partitions=partitions, master=master,
                      input_format=input_format.value, date=date, overwrite=overwrite)
    except JobError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None
    if fmt is Summary.json:
        stdout_bytes().write(orjson.dumps(summary) + b"\n")
        stdout_bytes().flush()
    else:
        probs = ", ".join(f"{n}× {c}" for c, n in sorted(summary["problems"].items()))
        err.print(f"[bold]rasd spark[/bold] ({summary['master']}, {summary['partitions']} partitions) → "
                  f"{paths[-1]}: {summary['documents']} documents, {summary['entities']} entities, "
                  f"{summary['events']} events in {summary['seconds']:.1f} s"
                  + (f"; problems: {probs}" if probs else "")
                  + f"\n  load it into a store with: rasd ingest {paths[-1]} --db news.db", highlight=False)
    raise typer.Exit(0 if summary["documents"] else 1)
