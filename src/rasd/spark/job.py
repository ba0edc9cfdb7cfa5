"""The PySpark job: JSON Lines (.gz), Parquet or WARC shards → documents, entities and events as Parquet.

Run it through ``rasd spark INPUT… OUTPUT`` (local mode by default), as ``python -m rasd.spark.job INPUT… OUTPUT``,
or on a cluster with ``spark-submit [options] path/to/rasd/spark/job.py INPUT… OUTPUT`` (rasd installed on every
node; docs/scale.md). Inputs are local paths, globs or any Hadoop-compatible URI (``hdfs://``, ``s3a://``…); a
directory is walked. The output layout is described in :mod:`rasd.spark.layout`.

One pass of extraction (``mapPartitions`` over the inputs, repartitioned to ``--partitions``) feeds the four
datasets: its result is persisted (memory, then disk) and each dataset is written from it, partitioned by the
document's publication day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import sys
import time

from rasd.spark.extract import extract_partition
from rasd.spark.layout import (
    DOCUMENT_COLUMNS,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    LAYOUT,
    MANIFEST,
    PROBLEM_COLUMNS,
    ddl,
)

KINDS = {"jsonl": "jsonl", "parquet": "parquet", "warc": "warc"}
_SUFFIXES = ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "jsonl"), (".parquet", "parquet"),
             (".warc", "warc"), (".arc", "warc"))
PARQUET_INPUT_COLUMNS = ("text", "id", "doc_id", "title", "url", "source", "published", "date")


class JobError(Exception):
    """A problem that stops the job (no input, output exists…), reported as a message."""


def kind_of(name: str) -> str | None:
    base = name.lower().removesuffix(".gz")
    for suffix, kind in _SUFFIXES:
        if base.endswith(suffix):
            return kind
    return None


def local_environment() -> None:
    """Local mode: the executors' Python is this interpreter, and Spark binds to the loopback interface."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")


def session(master: str | None = None, partitions: int | None = None, conf: dict | None = None):
    """The SparkSession: the given master; under spark-submit the one it was given; else ``local[*]``."""
    from pyspark.sql import SparkSession

    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # launched by spark-submit: it chose the master
    if master is None and not submitted:
        master = "local[*]"
    if master and master.startswith("local"):
        local_environment()
    builder = SparkSession.builder.appName("rasd")
    if master:
        builder = builder.master(master)
    settings = {"spark.sql.parquet.compression.codec": "zstd", "spark.python.worker.reuse": "true"}
    if master and master.startswith("local"):
        settings.update({"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
                         "spark.driver.host": "127.0.0.1", "spark.driver.bindAddress": "127.0.0.1"})
    if partitions:
        settings["spark.sql.shuffle.partitions"] = str(partitions)
    settings.update(conf or {})
    for k, v in settings.items():
        builder = builder.config(k, v)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def list_inputs(spark, paths: list[str], input_format: str = "auto") -> tuple[dict[str, list[str]], list[dict]]:
    """The input files by kind, through Hadoop's FileSystem (local paths and any Hadoop URI, globs, directories
    walked), and the inputs that could not be used."""
    jvm = spark.sparkContext._jvm
    hconf = spark.sparkContext._jsc.hadoopConfiguration()
    files: dict[str, list[str]] = {"jsonl": [], "parquet": [], "warc": []}
    problems: list[dict] = []

    def add(uri: str) -> None:
        name = uri.rstrip("/").rsplit("/", 1)[-1]
        if name.startswith((".", "_")):
            return
        kind = kind_of(name) if input_format == "auto" else input_format
        if kind is None:
            problems.append({"code": "E009", "origin": uri, "message": f"{uri}: unknown format (hint: name JSON Lines "
                             ".jsonl[.gz], Parquet .parquet, WARC .warc[.gz]; or pass --input-format)"})
            return
        files[kind].append(uri)

    for p in paths:
        hp = jvm.org.apache.hadoop.fs.Path(p)
        fs = hp.getFileSystem(hconf)
        statuses = fs.globStatus(hp)
        if not statuses:
            problems.append({"code": "E001", "origin": p, "message": f"{p}: no such file or directory"})
            continue
        for st in statuses:
            if st.isDirectory():
                it = fs.listFiles(st.getPath(), True)
                found = []
                while it.hasNext():
                    found.append(it.next().getPath().toString())
                for uri in sorted(found):
                    if not any(part.startswith((".", "_")) for part in uri.split("/")[-2:]):
                        add(uri)
            else:
                add(st.getPath().toString())
    return files, problems


def input_items(spark, files: dict[str, list[str]]):
    """One RDD of (kind, origin, payload) over every input file."""
    from pyspark.sql import functions as F

    sc = spark.sparkContext
    rdds = []
    if files["jsonl"]:
        df = spark.read.text(files["jsonl"]).select(F.input_file_name().alias("f"), "value")
        rdds.append(df.rdd.map(lambda r: ("jsonl", r[0], r[1])))
    if files["parquet"]:
        df = spark.read.parquet(*files["parquet"])
        cols = [c for c in PARQUET_INPUT_COLUMNS if c in df.columns]
        if "text" in cols:
            df = df.select(F.input_file_name().alias("__file"), *cols)
            rdds.append(df.rdd.map(lambda r: ("record", r[0], {c: r[i + 1] for i, c in enumerate(cols)})))
    if files["warc"]:
        rdds.append(sc.binaryFiles(",".join(files["warc"])).map(lambda kv: ("warc", kv[0], kv[1])))
    if not rdds:
        return None
    return rdds[0] if len(rdds) == 1 else sc.union(rdds)


def _exists(spark, path: str) -> bool:
    jvm = spark.sparkContext._jvm
    hp = jvm.org.apache.hadoop.fs.Path(path)
    return bool(hp.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).exists(hp))


def _write_text(spark, path: str, text: str) -> None:
    jvm = spark.sparkContext._jvm
    hp = jvm.org.apache.hadoop.fs.Path(path)
    fs = hp.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    out = fs.create(hp, True)
    try:
        out.write(bytearray(text.encode("utf-8")))
    finally:
        out.close()


def run(inputs: list[str], output: str, *, partitions: int | None = None, master: str | None = None,
        input_format: str = "auto", date: str | None = None, overwrite: bool = False, conf: dict | None = None,
        spark=None) -> dict:
    """Extract every input and write the output layout; returns the summary (also written as the manifest)."""
    from pyspark import StorageLevel

    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    own = spark is None
    spark = spark or session(master, partitions, conf)
    timings["session"] = time.perf_counter() - t0
    try:
        if _exists(spark, output) and not overwrite:
            raise JobError(f"{output}: the output exists (hint: pass --overwrite, or another output path)")
        files, problems = list_inputs(spark, inputs, input_format)
        items = input_items(spark, files)
        if items is None:
            raise JobError("no input to read (" + "; ".join(p["message"] for p in problems[:5]) + ")")
        n = partitions or max(2, spark.sparkContext.defaultParallelism)
        if items.getNumPartitions() != n:
            items = items.repartition(n)  # a .gz file is one split: spread its lines over the executors
        tagged = items.mapPartitions(functools.partial(extract_partition, date=date))
        tagged.persist(StorageLevel.MEMORY_AND_DISK)
        t1 = time.perf_counter()
        counts = dict(tagged.map(lambda t: t[0]).countByValue())  # the one extraction pass (then cached)
        timings["extract"] = time.perf_counter() - t1
        t1 = time.perf_counter()
        mode = "overwrite" if overwrite else "errorifexists"
        for name, columns in (("documents", DOCUMENT_COLUMNS), ("entities", ENTITY_COLUMNS),
                              ("events", EVENT_COLUMNS)):
            rdd = tagged.filter(lambda t, name=name: t[0] == name).map(lambda t: t[1])
            df = spark.createDataFrame(rdd, schema=ddl(columns), verifySchema=False)
            # each day's rows to one task: one file per day and dataset, rather than one per task and day
            df.repartition("day").write.mode(mode).partitionBy("day").parquet(f"{output.rstrip('/')}/{name}")
        probs = tagged.filter(lambda t: t[0] == "problems").map(lambda t: t[1])
        driver_probs = [(p["code"], p["origin"], p["message"], True) for p in problems]
        if driver_probs:
            probs = probs.union(spark.sparkContext.parallelize(driver_probs, 1))
        spark.createDataFrame(probs, schema=ddl(PROBLEM_COLUMNS), verifySchema=False).coalesce(1) \
            .write.mode(mode).parquet(f"{output.rstrip('/')}/problems")
        problem_codes = dict(tagged.filter(lambda t: t[0] == "problems").map(lambda t: t[1][0]).countByValue())
        for code, *_ in driver_probs:
            problem_codes[code] = problem_codes.get(code, 0) + 1
        tagged.unpersist()
        timings["write"] = time.perf_counter() - t1
        seconds = time.perf_counter() - t0
        docs = counts.get("documents", 0)
        summary = {"layout": LAYOUT, "rasd": _version(), "created": dt.datetime.now(dt.UTC).isoformat(
                       timespec="seconds"),
                   "inputs": inputs, "files": {k: len(v) for k, v in files.items()}, "partitions": n,
                   "master": spark.sparkContext.master, "documents": docs, "entities": counts.get("entities", 0),
                   "events": counts.get("events", 0), "problems": problem_codes, "seconds": round(seconds, 2),
                   "timings": {k: round(v, 2) for k, v in timings.items()},
                   "rate": round(docs / seconds, 1) if seconds else None}
        _write_text(spark, f"{output.rstrip('/')}/{MANIFEST}", json.dumps(summary, ensure_ascii=False, indent=1))
        return summary
    finally:
        if own:
            spark.stop()


def _version() -> str:
    from rasd import __version__

    return __version__


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="rasd.spark.job", description="rasd batch extraction on Spark: JSON Lines, "
                                 "Parquet or WARC shards → documents, entities and events as Parquet.")
    ap.add_argument("paths", nargs="+", metavar="INPUT… OUTPUT", help="input files, directories, globs or URIs; "
                    "the last is the output directory")
    ap.add_argument("--partitions", type=int, default=None, help="extraction tasks (default: Spark's default "
                    "parallelism, at least 2)")
    ap.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[*])")
    ap.add_argument("--input-format", default="auto", choices=["auto", *KINDS])
    ap.add_argument("--date", default=None, help="publication date (YYYY-MM-DD) for documents that have none")
    ap.add_argument("--overwrite", action="store_true", help="replace an existing output")
    args = ap.parse_args(argv)
    if len(args.paths) < 2:
        ap.error("give at least one INPUT and the OUTPUT")
    try:
        summary = run(args.paths[:-1], args.paths[-1], partitions=args.partitions, master=args.master,
                      input_format=args.input_format, date=args.date, overwrite=args.overwrite)
    except JobError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(summary, ensure_ascii=False))
    return 0 if summary["documents"] else 1


if __name__ == "__main__":
    sys.exit(main())
