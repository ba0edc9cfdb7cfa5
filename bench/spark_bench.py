"""Spark batch extraction (``rasd spark``) in local mode: local[1] against local[2], and the overhead against the
single-process path on the same input.

    python bench/spark_bench.py [CORPUS] [--limit N] [--partitions 4] [--masters local[1],local[2]]

For each master: a fresh SparkSession (its start-up is reported apart), the extraction pass (read, repartition,
clean + entities + events + store rows, cached) and the Parquet writes, timed separately. The single-process
baseline runs in this process on the same documents: the pipeline alone (what bench/events_bench.py measures) and
the pipeline plus the store rows (full-text stems, MinHash), which is the work the Spark job does per document.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "ant2018-news.jsonl.gz"


def single_process(path: str) -> dict:
    from rasd import pipeline
    from rasd.read import ReadReport, read_inputs
    from rasd.store.ingest import STAGES, _init_worker
    from rasd.store.rows import build_rows, content_hash

    t = time.perf_counter()
    _init_worker()
    load = time.perf_counter() - t
    docs = list(read_inputs([path], report=ReadReport()))
    stages = pipeline.build(STAGES)
    t = time.perf_counter()
    extracted = []
    for doc in docs:
        for st in stages:
            doc = st.run(doc)
        extracted.append(doc)
    t_pipe = time.perf_counter() - t
    t = time.perf_counter()
    events = 0
    for doc in extracted:
        rows = build_rows(doc, content_hash(doc.text))
        events += len(rows.events)
    t_rows = time.perf_counter() - t
    return {"documents": len(docs), "events": events, "load": load, "pipeline": t_pipe, "rows": t_rows}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None, help="the first N articles only")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--masters", default="local[1],local[2]")
    ap.add_argument("--skip-baseline", action="store_true")
    args = ap.parse_args()
    if not Path(args.corpus).exists():
        sys.exit(f"corpus not found: {args.corpus}")
    from rasd.spark.job import run

    work = Path(tempfile.mkdtemp(prefix="rasd-spark-bench-"))
    try:
        path = args.corpus
        if args.limit:
            path = str(work / "sample.jsonl.gz")
            with gzip.open(args.corpus, "rb") as src, gzip.open(path, "wb") as dst:
                dst.writelines(itertools.islice(src, args.limit))
        print(f"input: {path} ({'first ' + str(args.limit) if args.limit else 'all'} articles); "
              f"{os.cpu_count()} cores; partitions {args.partitions}")
        base = None
        if not args.skip_baseline:
            base = single_process(path)
            n = base["documents"]
            print(f"single process: {n} articles; lexicon + event data load {base['load']:.2f} s; pipeline "
                  f"{base['pipeline']:.1f} s = {n / base['pipeline']:.0f} articles/s; pipeline + store rows "
                  f"{base['pipeline'] + base['rows']:.1f} s = {n / (base['pipeline'] + base['rows']):.0f} articles/s; "
                  f"{base['events']} events")
        for master in args.masters.split(","):
            out = work / f"out-{master.replace('[', '').replace(']', '').replace('*', 'all')}"
            t = time.perf_counter()
            s = run([path], str(out), partitions=args.partitions, master=master)
            wall = time.perf_counter() - t
            tm = s["timings"]
            n = s["documents"]
            line = (f"{master}: {n} articles, {s['events']} events; wall {wall:.1f} s (session start "
                    f"{tm['session']:.1f} s, extraction pass {tm['extract']:.1f} s = {n / tm['extract']:.0f} "
                    f"articles/s, Parquet writes {tm['write']:.1f} s); end to end without start-up "
                    f"{n / (wall - tm['session']):.0f} articles/s")
            if base:
                line += (f"; extraction pass vs single-process pipeline + rows: "
                         f"{tm['extract'] / (base['pipeline'] + base['rows']):.2f}×")
            print(line, flush=True)
            shutil.rmtree(out, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
