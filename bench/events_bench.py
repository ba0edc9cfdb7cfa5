"""Full extraction throughput on the shared corpus (one core): read + clean + entities + events, with the share
each stage takes, events per article and peak memory.

    python bench/events_bench.py [CORPUS] [--limit N]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "ant2018-news.jsonl.gz"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    if not Path(args.corpus).exists():
        sys.exit(f"corpus not found: {args.corpus}")
    from rasd.clean import clean_document
    from rasd.entities.lexicon import default_lexicon
    from rasd.entities.recognize import recognize_entities
    from rasd.events import code_events
    from rasd.events.triggers import default_event_data
    from rasd.read import ReadReport, read_inputs

    t = time.perf_counter()
    lex = default_lexicon()
    data = default_event_data()
    t_load = time.perf_counter() - t
    spent = {"read": 0.0, "clean": 0.0, "entities": 0.0, "events": 0.0}
    n = events = asserted = 0
    t0 = time.perf_counter()
    docs = iter(read_inputs([args.corpus], report=ReadReport()))
    while True:
        a = time.perf_counter()
        doc = next(docs, None)
        b = time.perf_counter()
        spent["read"] += b - a
        if doc is None:
            break
        clean_document(doc)
        c = time.perf_counter()
        recognize_entities(doc, lex)
        d = time.perf_counter()
        code_events(doc, data)
        e = time.perf_counter()
        spent["clean"] += c - b
        spent["entities"] += d - c
        spent["events"] += e - d
        events += len(doc.extra["events"])
        asserted += sum(1 for x in doc.extra["events"] if x["modality"] == "asserted" and not x["negated"])
        n += 1
        if args.limit and n >= args.limit:
            break
    total = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"lexicon + event data load: {t_load:.2f} s ({len(data.triggers)} trigger lemmas)")
    print(f"full extraction (1 core): {n} articles in {total:.2f} s = {n / total:.0f} articles/s; "
          f"peak memory {peak:.0f} MB")
    print("time per stage: " + ", ".join(f"{k} {v / total:.0%}" for k, v in spent.items()))
    print(f"events: {events} ({events / max(n, 1):.2f}/article), asserted {asserted}")


if __name__ == "__main__":
    main()
