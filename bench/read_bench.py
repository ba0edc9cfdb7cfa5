"""Reading throughput on the shared corpus, beside the floor of merely decoding and splitting the same lines.

    python bench/read_bench.py [CORPUS] [--limit N]

Prints articles/s and MB/s per core (single process) for: the floor (gunzip + JSON decode + split text into
lines), and rasd's read + clean stages; the ratio of the two; and peak memory (max RSS).
"""

from __future__ import annotations

import argparse
import gzip
import resource
import sys
import time
from pathlib import Path

import orjson

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "ant2018-news.jsonl.gz"


def floor(path: Path, limit: int | None) -> tuple[int, int, float]:
    t = time.perf_counter()
    n = nbytes = 0
    with gzip.open(path, "rb") as fh:
        for raw in fh:
            rec = orjson.loads(raw)
            rec["text"].split("\n")
            n += 1
            nbytes += len(raw)
            if limit and n >= limit:
                break
    return n, nbytes, time.perf_counter() - t


def rasd_read(path: Path, limit: int | None) -> tuple[int, int, float]:
    from rasd.clean import clean_document
    from rasd.read import ReadReport, read_inputs

    t = time.perf_counter()
    n = sentences = 0
    for doc in read_inputs([str(path)], report=ReadReport()):
        clean_document(doc)
        sentences += sum(len(s.sentences) for s in doc.stories)
        n += 1
        if limit and n >= limit:
            break
    return n, sentences, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    path = Path(args.corpus)
    if not path.exists():
        sys.exit(f"corpus not found: {path}")
    n, nbytes, t_floor = floor(path, args.limit)
    n2, sentences, t_rasd = rasd_read(path, args.limit)
    mb = nbytes / 1e6
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {path.name}: {n} articles, {mb:.1f} MB of JSON Lines (uncompressed), {sentences} sentences")
    print(f"floor (gunzip + JSON + split lines): {n / t_floor:9.0f} articles/s  {mb / t_floor:6.1f} MB/s  ({t_floor:.2f} s)")
    print(f"rasd read + clean (1 core):          {n2 / t_rasd:9.0f} articles/s  {mb / t_rasd:6.1f} MB/s  ({t_rasd:.2f} s)")
    print(f"ratio rasd / floor: {t_rasd / t_floor:.1f}x slower; peak memory (max RSS) {peak:.0f} MB")


if __name__ == "__main__":
    main()
