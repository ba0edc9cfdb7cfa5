"""Quality gate: precision/recall floors on the development gold set (gold/dev) and the held-out test set
(gold/test, annotated by reading and never used to tune rules), never lowered silently.

The floors sit a little under the figures measured when they were last raised (see gold/baseline.json); raise them
as rasd improves.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.evaluate import corpus_records, load_gold, run_rasd, score_entities, score_events

ROOT = Path(__file__).resolve().parent.parent
BASELINE = json.loads((ROOT / "gold" / "baseline.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def entity_scores(corpus_path):
    gold = load_gold(ROOT / "gold" / "dev", "entities")
    assert len(gold) >= 40
    records = corpus_records(corpus_path, gold)
    assert set(records) == set(gold), "every gold doc_id must be in the corpus"
    docs = run_rasd(records, ["clean", "entities"])
    return score_entities(gold, docs)["scores"]


@pytest.mark.parametrize("kind", ["person", "country", "organization", "place", "all"])
def test_gold_entity_floors(entity_scores, kind):
    floor = BASELINE["entities"][kind]
    got = entity_scores[kind]
    assert got["precision"] >= floor["precision"], (kind, got)
    assert got["recall"] >= floor["recall"], (kind, got)


def test_gold_offsets_match_the_corpus(corpus_path):
    gold = load_gold(ROOT / "gold" / "dev", "entities")
    records = corpus_records(corpus_path, gold)
    for doc_id, g in gold.items():
        text = records[doc_id]["text"]
        for m in g["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"], (doc_id, m)


@pytest.fixture(scope="module")
def event_scores(corpus_path):
    gold = load_gold(ROOT / "gold" / "dev", "events")
    assert len(gold) >= 40
    records = corpus_records(corpus_path, gold)
    for doc_id, rec in records.items():
        rec["published"] = rec.get("published") or gold[doc_id].get("published")
    docs = run_rasd(records, ["clean", "entities", "events"])
    return score_events(gold, docs)


def test_gold_event_floors(event_scores):
    floor = BASELINE["events"]["all"]
    got = event_scores["scores"]["all"]
    assert got["precision"] >= floor["precision"], got
    assert got["recall"] >= floor["recall"], got


def test_gold_events_cli_matches_the_library(corpus_path, tmp_path, event_scores):
    """`rasd eval` prints the same overall figures as the scorer the floors use."""
    import subprocess
    import sys

    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(p.read_text("utf-8") for p in sorted((ROOT / "gold" / "dev").glob("events*.jsonl"))),
                    encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "rasd", "eval", str(gold), "--corpus", str(corpus_path),
                          "--format", "json"], capture_output=True, text=True, check=True)
    got = json.loads(out.stdout)
    assert got["articles"] >= 40
    assert got["scores"]["all"] == event_scores["scores"]["all"]


@pytest.fixture(scope="module", params=["test"])
def held_out(request, corpus_path):
    split = ROOT / "gold" / request.param
    ents = load_gold(split, "entities")
    evs = load_gold(split, "events")
    assert len(ents) >= 20 and set(ents) == set(evs)
    records = corpus_records(corpus_path, ents)
    for doc_id, rec in records.items():
        rec["published"] = rec.get("published") or evs[doc_id].get("published")
    docs = run_rasd(records, ["clean", "entities", "events"])
    return score_entities(ents, docs)["scores"], score_events(evs, docs)["scores"]["all"]


@pytest.mark.parametrize("kind", ["person", "country", "organization", "place", "all"])
def test_gold_held_out_entity_floors(held_out, kind):
    floor = BASELINE["test"]["entities"][kind]
    got = held_out[0][kind]
    assert got["precision"] >= floor["precision"], (kind, got)
    assert got["recall"] >= floor["recall"], (kind, got)


def test_gold_held_out_event_floors(held_out):
    floor = BASELINE["test"]["events"]["all"]
    assert held_out[1]["precision"] >= floor["precision"], held_out[1]
    assert held_out[1]["recall"] >= floor["recall"], held_out[1]


def test_gold_held_out_offsets_and_evidence_match_the_corpus(corpus_path):
    ents = load_gold(ROOT / "gold" / "test", "entities")
    evs = load_gold(ROOT / "gold" / "test", "events")
    records = corpus_records(corpus_path, ents)
    for doc_id, g in ents.items():
        text = records[doc_id]["text"]
        for m in g["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"], (doc_id, m)
        for e in evs[doc_id]["events"]:
            assert e["evidence"] in text, (doc_id, e["evidence"])


def test_gold_scorer_prefers_the_gold_event_of_the_same_sentence_and_names():
    from types import SimpleNamespace

    def claim(source, target, evidence):
        return {"type": "ACCUSE", "source": source, "target": target, "modality": "asserted", "negated": False,
                "evidence": evidence}
    chirac = {"name": "Jacques Chirac", "country": "FRA"}
    sarkozy = {"name": "Nicolas Sarkozy", "country": "FRA"}
    gold = {"x": {"events": [
        {"type": "ACCUSE", "source": {"country": "FRA", "name": "French judiciary"}, "target": sarkozy,
         "required": True, "evidence": "وقد وجه القضاء الفرنسي اتهامات إلى ساركوزي"},
        {"type": "ACCUSE", "source": chirac, "target": sarkozy, "required": True,
         "evidence": "ووجه شيراك انتقاده لساركوزي بشكل مباشر في مذكراته"},
        {"type": "ACCUSE", "source": {"country": "FRA", "name": "Edouard Philippe"}, "target": sarkozy,
         "required": True, "evidence": "وانتقد فيليب ساركوزي"}]}}
    doc = SimpleNamespace(extra={"events": [
        claim(chirac, sarkozy, "ووجه شيراك انتقاده لساركوزي بشكل مباشر في مذكراته ووصفه بأنه متهور"),
        claim({"name": "Édouard Philippe", "country": None}, sarkozy, "وانتقد فيليب ساركوزي أمس")]})
    result = score_events(gold, {"x": doc})
    # the Chirac claim takes the Chirac gold event (same sentence, same names), not the first FRA → Sarkozy one;
    # Édouard matches Edouard
    assert [e[2] for e in result["errors"]["fn"]] == ["French judiciary"]
    assert result["scores"]["all"]["tp"] == 2
