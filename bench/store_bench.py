"""The store on the whole shared corpus: `rasd ingest` wall time (all cores, one writer), database size, and the
latency of typical `rasd events` filters and `rasd search` queries on that database (p50/p95 over repeated runs,
measured in-process: the query, not Python's start-up).

    python bench/store_bench.py [CORPUS] [--db FILE] [--keep] [--jobs N] [--repeat N]

With --db pointing at an existing database the ingest is skipped and only the queries are timed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "ant2018-news.jsonl.gz"

EVENT_FILTERS = [
    {},
    {"actor": "TUR"},
    {"actor": "Trump"},
    {"actor": "ترامب"},
    {"source": "USA", "types": ["ASSAULT"]},
    {"target": "SYR", "since": "2018-03-01", "until": "2018-03-31"},
    {"actor": "IRN", "target": "USA"},
    {"place": "Syria"},
    {"place": "عفرين"},
    {"min_sources": 3},
    {"types": ["CONSULT"], "since": "2018-06-01"},
]
SEARCHES = ["هجوم", "سوريا", "الهجوم التركي على عفرين", '"وزير الخارجية"', "ترامب", "الأمم المتحدة",
            "الاتفاق النووي", "مظاهرات", "القدس", "صاروخ باليستي", "اللاجئين السوريين", "كوريا الشمالية"]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p
    lo = int(k)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--db", default=None, help="time queries on this database (ingest skipped if it exists)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary database")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()

    tmpdir = None
    db = args.db
    if db is None:
        tmpdir = tempfile.mkdtemp(prefix="rasd-bench-")
        db = os.path.join(tmpdir, "bench.db")
    if not Path(db).exists():
        if not Path(args.corpus).exists():
            sys.exit(f"corpus not found: {args.corpus}")
        cmd = [sys.executable, "-m", "rasd", "ingest", args.corpus, "--db", db, "--format", "json"]
        if args.jobs:
            cmd += ["--jobs", str(args.jobs)]
        t = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, check=False)
        wall = time.perf_counter() - t
        if r.returncode != 0:
            sys.exit(r.stderr.decode())
        s = json.loads(r.stdout)
        print(f"ingest: {s['read']} articles ({s['new']} new, {s['duplicate']} duplicate, {s['skipped']} skipped) in "
              f"{wall:.1f} s wall including start-up = {s['read'] / wall:.0f} articles/s on {os.cpu_count()} cores")
        d = s["database"]
        print(f"  stored: {d['documents']} documents in {d['article_groups']} near-duplicate groups, {d['events']} "
              f"events → {d['merged_events']} merged events, {d['entities']} entities, {d['mentions']} mentions")
    size = sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*"))
    print(f"database size: {size / 1e6:.1f} MB ({db})")

    from rasd.store import open_store
    from rasd.store.query import EventFilter, events
    from rasd.store.search import search

    store = open_store(db)
    ev_times: list[float] = []
    print(f"rasd events (limit 50), {args.repeat} runs each:")
    for f in EVENT_FILTERS:
        flt = EventFilter(limit=50, **f)
        n = len(events(store, EventFilter(limit=50, **f)))
        ts = timed(lambda flt=flt: events(store, flt), args.repeat)
        ev_times += ts
        print(f"  {json.dumps(f, ensure_ascii=False):60} {n:3d} rows  p50 {pct(ts, .5):6.1f} ms  p95 "
              f"{pct(ts, .95):6.1f} ms")
    se_times: list[float] = []
    print(f"rasd search (limit 10, with snippets), {args.repeat} runs each:")
    for q in SEARCHES:
        n = len(search(store, q, 10))
        ts = timed(lambda q=q: search(store, q, 10), args.repeat)
        se_times += ts
        print(f"  {q:60} {n:3d} hits  p50 {pct(ts, .5):6.1f} ms  p95 {pct(ts, .95):6.1f} ms")
    store.close()
    print(f"events filters: p50 {statistics.median(ev_times):.1f} ms, p95 {pct(ev_times, .95):.1f} ms "
          f"(target ≤ 50 ms)")
    print(f"search queries: p50 {statistics.median(se_times):.1f} ms, p95 {pct(se_times, .95):.1f} ms "
          f"(target ≤ 50 ms)")
    if tmpdir and not args.keep:
        for p in Path(tmpdir).iterdir():
            p.unlink()
        os.rmdir(tmpdir)


if __name__ == "__main__":
    main()
