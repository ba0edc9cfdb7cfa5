"""Dump the full pipeline's output (clean + entities + events) on a fixed sample, to check an optimization changes
nothing: run it before and after a change and compare the dumps byte for byte.

    PYTHONPATH=src python tools/same_output.py OUT.jsonl [--limit 4000] [--corpus PATH]
    cmp BEFORE.jsonl AFTER.jsonl

(``--limit 20000`` takes the whole shared corpus, 17,012 articles: a 220 MB dump.)

The sample: the first ``--limit`` articles of the shared corpus, then ``examples/000_ea5190b97f2e0158.txt`` dated
2018-02-15. One JSON line per document, keys sorted: every Document field, every story with all its spans
(captions, paragraphs, updates, sentences), and every ``doc.extra`` entry (entities, events, quotes); the
stage-internal ``_`` entries are written too, the normalized texts as hashes (``_norm``: its text's SHA-1 and its
offset map; ``_mtext``: its length and SHA-1).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import itertools
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "ant2018-news.jsonl.gz"
EXAMPLE = ROOT / "examples" / "000_ea5190b97f2e0158.txt"


def _plain(value):
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def doc_record(doc) -> dict:
    rec = {f.name: _plain(getattr(doc, f.name)) for f in dataclasses.fields(doc) if f.name != "extra"}
    extra = {}
    for k, v in doc.extra.items():
        if k == "_norm":
            extra[k] = {"text_sha1": hashlib.sha1(v.text.encode()).hexdigest(), "norm_starts": list(v.norm_starts),
                        "orig_starts": list(v.orig_starts)}
        elif k == "_mtext":
            extra[k] = {"len": len(v), "sha1": hashlib.sha1(v.encode()).hexdigest()}
        elif k == "_norm_spans":
            extra[k] = sorted([list(a), list(b)] for a, b in v.items())
        else:
            extra[k] = _plain(v)
    rec["extra"] = extra
    return rec


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--limit", type=int, default=4000)
    ap.add_argument("--corpus", default=str(CORPUS))
    args = ap.parse_args()
    from rasd import pipeline
    from rasd.read import ReadReport, read_inputs

    def docs():
        yield from itertools.islice(read_inputs([args.corpus], report=ReadReport()), args.limit)
        for doc in read_inputs([str(EXAMPLE)], report=ReadReport()):
            doc.published = doc.published or "2018-02-15"
            yield doc

    n = 0
    with open(args.out, "wb") as fh:
        for doc in pipeline.run(docs(), pipeline.build(["clean", "entities", "events"])):
            fh.write(orjson.dumps(doc_record(doc), option=orjson.OPT_SORT_KEYS) + b"\n")
            n += 1
    print(f"{n} documents written to {args.out}")


if __name__ == "__main__":
    main()
