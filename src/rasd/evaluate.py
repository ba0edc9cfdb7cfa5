"""Scoring rasd against the development gold set (gold/dev, format in gold/GUIDE.md).

Entity mentions: a predicted named mention matches a gold mention of the same kind whose span overlaps it (each
gold mention matches at most once). Role, counterpart and anaphor mentions are coreference links, not named
mentions, and are not scored here (the guide does not annotate them). Attribute accuracy: the share of matched
mentions whose country agrees.
"""

from __future__ import annotations

import gzip
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import orjson

from . import pipeline
from .read import ReadReport
from .read.base import make_document

KINDS = ("person", "country", "organization", "group", "place")
NAMED_HOWS = frozenset({"name", "short", "metonym", "place", "alias", "title", "agent"})


def load_gold(gold_dir: Path, what: str) -> dict[str, dict]:
    out = {}
    for path in sorted(gold_dir.glob(f"{what}*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                rec = orjson.loads(line)
                out[rec["doc_id"]] = rec
    return out


def corpus_records(corpus: Path, ids: Iterable[str]) -> dict[str, dict]:
    want = set(ids)
    found = {}
    with gzip.open(corpus, "rb") as fh:
        for raw in fh:
            rec = orjson.loads(raw)
            if rec.get("doc_id") in want:
                found[rec["doc_id"]] = rec
                if len(found) == len(want):
                    break
    return found


def run_rasd(records: dict[str, dict], stages: list[str]) -> dict[str, object]:
    report = ReadReport()
    raw = (make_document(rec["text"], doc_id, "jsonl", report, doc_id=doc_id, title=rec.get("title"),
                         url=rec.get("url"), source=rec.get("source"), published=rec.get("published"))
           for doc_id, rec in records.items())
    return {doc.id: doc for doc in pipeline.run(raw, pipeline.build(stages))}


def score_entities(gold: dict[str, dict], docs: dict[str, object]) -> dict:
    tp = Counter()
    fp = Counter()
    fn = Counter()
    country_ok = Counter()
    errors = defaultdict(list)
    for doc_id, g in gold.items():
        doc = docs[doc_id]
        pred = [(e["kind"], m["start"], m["end"], e["country"], m["text"])
                for e in doc.extra.get("entities", []) for m in e["mentions"] if m["how"] in NAMED_HOWS]
        golds = [(m["kind"], m["start"], m["end"], m.get("country"), m["text"]) for m in g["mentions"]]
        used = set()
        for kind, a, b, country, text in pred:
            match = next((i for i, (gk, ga, gb, _, _) in enumerate(golds)
                          if i not in used and gk == kind and ga < b and a < gb), None)
            if match is None:
                fp[kind] += 1
                errors["fp"].append((doc_id, kind, text))
            else:
                used.add(match)
                tp[kind] += 1
                country_ok[kind] += golds[match][3] == country
        for i, (gk, _, _, _, text) in enumerate(golds):
            if i not in used:
                fn[gk] += 1
                errors["fn"].append((doc_id, gk, text))
    rows = {}
    for kind in KINDS + ("all",):
        t = sum(tp.values()) if kind == "all" else tp[kind]
        f_p = sum(fp.values()) if kind == "all" else fp[kind]
        f_n = sum(fn.values()) if kind == "all" else fn[kind]
        ok = sum(country_ok.values()) if kind == "all" else country_ok[kind]
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        rows[kind] = {"tp": t, "fp": f_p, "fn": f_n, "precision": round(p, 3), "recall": round(r, 3),
                      "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                      "country_accuracy": round(ok / t, 3) if t else 0.0}
    return {"scores": rows, "errors": errors}
