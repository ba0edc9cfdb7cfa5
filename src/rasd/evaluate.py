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
import unicodedata

import orjson

from . import pipeline
from .read import ReadReport
from .read.base import make_document

KINDS = ("person", "country", "organization", "group", "place")
NAMED_HOWS = frozenset({"name", "short", "metonym", "place", "alias", "title", "agent", "given"})


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


# -- events ---------------------------------------------------------------------------------------------------------
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
               "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def _actor_matches(gold: dict | None, pred: dict | None) -> bool:
    """A gold actor ``{country, name}`` matches a predicted one when the names agree or the countries agree; an
    unknown gold actor (null, or both fields null) matches only an unknown prediction."""
    g_country = (gold or {}).get("country")
    g_name = (gold or {}).get("name")
    if not g_country and not g_name:
        return pred is None
    if pred is None:
        return False
    if g_name and pred.get("name") and _fold(g_name) == _fold(pred["name"]):
        return True
    return bool(g_country) and g_country == pred.get("country")


def _fold(name: str) -> str:
    """A name compared without case or accents (Édouard = Edouard)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def _same_name(gold: dict | None, pred: dict | None) -> bool:
    return bool(gold and pred and gold.get("name") and pred.get("name") and _fold(gold["name"]) == _fold(pred["name"]))


def asserted(events: list[dict]) -> list[dict]:
    """What rasd claims happened as news: neither negated nor future, intended, conditional or alleged, and not
    background — history (``historical``: an own date a year or more back) or an act restated in a relative clause
    (``background``: الوحدات الكردية التي تدعمها واشنطن) — and not partial: a record whose doer rasd cannot name, or
    a directed act (a call, an accusation, a meeting) whose target the text does not let rasd name (``partial``)."""
    return [e for e in events if e["modality"] == "asserted" and not e["negated"] and not e.get("historical")
            and not e.get("background") and not e.get("partial")]


def score_events(gold: dict[str, dict], docs: dict[str, object]) -> dict:
    """Precision, recall and F1 for (type, source, target) per type and overall; actor accuracy.

    Each gold event matches at most one prediction; a prediction takes, among the gold events it matches, the one told
    in the same sentence and naming the same actors first (names compared without case or accents). A prediction matching an optional gold event is neither a hit
    nor a false alarm; a required gold event left unmatched is a miss. Actor accuracy: among predictions that share
    a sentence (evidence overlap) and type with a gold event, the share whose source and whose target match.
    """
    tp, fp, fn = Counter(), Counter(), Counter()
    src_ok = tgt_ok = aligned = 0
    errors: dict[str, list] = defaultdict(list)
    for doc_id, g in gold.items():
        doc = docs.get(doc_id)
        preds = asserted(doc.extra.get("events", [])) if doc is not None else []
        golds = g["events"]
        used: set[int] = set()
        for p in preds:
            hit, best = None, None
            for i, ge in enumerate(golds):
                if i in used or ge["type"] != p["type"]:
                    continue
                if _actor_matches(ge.get("source"), p["source"]) and _actor_matches(ge.get("target"), p["target"]):
                    # the gold event told in the same sentence and naming the same actors first, then the first one
                    rank = (bool(ge.get("evidence")) and ge["evidence"][:40] in p["evidence"],
                            _same_name(ge.get("source"), p["source"]) + _same_name(ge.get("target"), p["target"]))
                    if best is None or rank > best:
                        hit, best = i, rank
            if hit is None:
                fp[p["type"]] += 1
                errors["fp"].append((doc_id, p["type"], _label(p["source"]), _label(p["target"]), p["trigger"],
                                     p["evidence"][:100]))
            else:
                used.add(hit)
                if golds[hit].get("required", True):
                    tp[p["type"]] += 1
            # actor accuracy over type-and-sentence alignment
            for ge in golds:
                if ge["type"] == p["type"] and ge.get("evidence") and ge["evidence"][:40] in p["evidence"]:
                    aligned += 1
                    src_ok += _actor_matches(ge.get("source"), p["source"])
                    tgt_ok += _actor_matches(ge.get("target"), p["target"])
                    break
        for i, ge in enumerate(golds):
            if i not in used and ge.get("required", True):
                fn[ge["type"]] += 1
                errors["fn"].append((doc_id, ge["type"], _label(ge.get("source")), _label(ge.get("target")),
                                     ge.get("evidence", "")[:100]))
    rows = {}
    for t in EVENT_TYPES + ("all",):
        a = sum(tp.values()) if t == "all" else tp[t]
        b = sum(fp.values()) if t == "all" else fp[t]
        c = sum(fn.values()) if t == "all" else fn[t]
        if t != "all" and not (a or b or c):
            continue
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        rows[t] = {"tp": a, "fp": b, "fn": c, "precision": round(p, 3), "recall": round(r, 3),
                   "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
    actors = {"aligned": aligned, "source_accuracy": round(src_ok / aligned, 3) if aligned else 0.0,
              "target_accuracy": round(tgt_ok / aligned, 3) if aligned else 0.0}
    return {"scores": rows, "actors": actors, "errors": errors}


def _label(a: dict | None) -> str:
    if not a:
        return "—"
    return a.get("name") or a.get("country") or "—"
