"""HTTP API latency: `rasd serve` (uvicorn) on a free loopback port over a store, and a client timing each main
endpoint end to end (median and p95 over repeated requests, one at a time).

    python bench/api_bench.py --db FILE [--repeat N] [--json OUT]
    python bench/api_bench.py [CORPUS] [--repeat N]        # builds a store of CORPUS first (rasd ingest)

Only 127.0.0.1 is contacted, with a bounded number of requests. Figures: bench/README.md and docs/web.md.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "ant2018-news.jsonl.gz"
SEED = ROOT / "examples" / "000_ea5190b97f2e0158.txt"

# (label, path, params): the page's typical requests
QUERIES = [
    ("events (page 1, newest)", "/api/events", {}),
    ("events (page 1, best sourced)", "/api/events", {"sort": "-sources"}),
    ("events country=TUR type=ASSAULT", "/api/events", {"country": "TUR", "type": "ASSAULT"}),
    ("events actor=Trump", "/api/events", {"actor": "Trump"}),
    ("events actor=ترامب since/until", "/api/events", {"actor": "ترامب", "since": "2018-03-01",
                                                        "until": "2018-05-31"}),
    ("events place=عفرين min_sources=2", "/api/events", {"place": "عفرين", "min_sources": 2}),
    ("events deep page (offset 20000)", "/api/events", {"offset": 20000}),
    ("actors (entity)", "/api/actors", {}),
    ("actors (country)", "/api/actors", {"by": "country"}),
    ("search هجوم", "/api/search", {"q": "هجوم"}),
    ("search الهجوم التركي على عفرين", "/api/search", {"q": "الهجوم التركي على عفرين"}),
    ("search \"وزير الخارجية\" لافروف", "/api/search", {"q": '"وزير الخارجية" لافروف'}),
    ("timeline (day, all)", "/api/stats/timeline", {}),
    ("timeline (week, country=IRN)", "/api/stats/timeline", {"by": "week", "country": "IRN"}),
    ("network (30 countries)", "/api/stats/network", {}),
    ("network (50 entities)", "/api/stats/network", {"by": "entity", "nodes": 50}),
    ("meta", "/api/meta", {}),
]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p
    lo = int(k)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(client: httpx.Client, method: str, url: str, repeat: int, **kw) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        r = client.request(method, url, **kw)
        r.read()
        out.append((time.perf_counter() - t) * 1000)
        if r.status_code != 200:
            raise SystemExit(f"{method} {url} {kw.get('params') or ''}: HTTP {r.status_code} {r.text[:300]}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--db", help="an existing store (skips the ingest)")
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--json", help="write the figures here as JSON")
    args = ap.parse_args()

    tmp = None
    db = args.db
    if not db:
        tmp = tempfile.TemporaryDirectory()
        db = str(Path(tmp.name) / "bench.db")
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "rasd", "ingest", args.corpus, "--db", db], check=True, cwd=ROOT)
        print(f"ingest: {time.perf_counter() - t:.1f} s")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "rasd", "serve", "--db", db, "--port", str(port)], cwd=ROOT,
                              stderr=subprocess.PIPE)
    rows = []
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    meta = client.get("/api/meta").json()
                    break
                except httpx.TransportError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise SystemExit("rasd serve did not start: " + server.stderr.read().decode()) from None
                    time.sleep(0.2)
            print(f"store: {meta['documents']:,} documents, {meta['merged_events']:,} merged events ({db})")
            rnd = random.Random(1)
            ids = [e["id"] for e in client.get("/api/events", params={"limit": 500, "sort": "id"}).json()["events"]]
            docs = sorted({e["doc_id"] for e in client.get("/api/events", params={"limit": 500, "sort": "-sources"})
                          .json()["events"]})
            text = SEED.read_text(encoding="utf-8")
            # the server loads the lexicon and trigger data in a thread at start-up (about a second of CPU that
            # would slow the first requests): the first extraction waits for it, then the page cache is warmed
            client.post("/api/extract", json={"text": text, "date": "2018-02-15"})
            timed(client, "GET", "/api/events", 3)
            for label, path, params in QUERIES:
                rows.append((label, timed(client, "GET", path, args.repeat, params=params)))
            ev_ids = [rnd.choice(ids) for _ in range(args.repeat)]
            rows.append(("event detail /api/events/{id}", [timed(client, "GET", f"/api/events/{i}", 1)[0]
                                                          for i in ev_ids]))
            doc_ids = [rnd.choice(docs) for _ in range(args.repeat)]
            rows.append(("document /api/documents/{id}", [timed(client, "GET", f"/api/documents/{d}", 1)[0]
                                                          for d in doc_ids]))
            rows.append(("extract (example page, 2.8k chars)", timed(client, "POST", "/api/extract", args.repeat,
                                                                  json={"text": text, "date": "2018-02-15"})))
            rows.append(("page / (HTML)", timed(client, "GET", "/", args.repeat)))
            rows.append(("plotly.min.js (gzip)", timed(client, "GET", "/vendor/plotly.min.js", min(args.repeat, 10),
                                                       headers={"accept-encoding": "gzip"})))
    finally:
        server.terminate()
        server.wait(timeout=30)
        if tmp:
            tmp.cleanup()

    width = max(len(label) for label, _ in rows)
    print(f"\n{'endpoint':<{width}}  {'median ms':>9}  {'p95 ms':>8}  {'n':>4}")
    out = []
    for label, ms in rows:
        med, p95 = statistics.median(ms), pct(ms, 0.95)
        print(f"{label:<{width}}  {med:>9.1f}  {p95:>8.1f}  {len(ms):>4}")
        out.append({"endpoint": label, "median_ms": round(med, 2), "p95_ms": round(p95, 2), "n": len(ms)})
    if args.json:
        Path(args.json).write_text(json.dumps({"store": meta, "results": out}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
