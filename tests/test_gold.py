"""Quality gate: entity precision/recall floors on the development gold set (gold/dev), never lowered silently.

The floors sit a little under the figures measured when they were last raised (see gold/baseline.json); raise them
as rasd improves.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.evaluate import corpus_records, load_gold, run_rasd, score_entities

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
