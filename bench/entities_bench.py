"""Reading plus entity resolution throughput on the shared corpus (one core), and lexicon load time.

    python bench/entities_bench.py [CORPUS] [--limit N]
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
    from rasd.entities.lexicon import load_lexicon
    from rasd.entities.recognize import recognize_entities
    from rasd.read import ReadReport, read_inputs

    t = time.perf_counter()
    lex = load_lexicon()
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    n = mentions = 0
    for doc in read_inputs([args.corpus], report=ReadReport()):
        recognize_entities(clean_document(doc), lex)
        mentions += sum(len(e["mentions"]) for e in doc.extra["entities"])
        n += 1
        if args.limit and n >= args.limit:
            break
    dt = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"lexicon load + compile: {t_load:.2f} s ({len(lex.aliases)} aliases)")
    print(f"read + clean + entities (1 core): {n} articles in {dt:.2f} s = {n / dt:.0f} articles/s; "
          f"{mentions} mentions; peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
