from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_ea5190b97f2e0158.txt"
CORPUS = ROOT.parent / "shared" / "corpora" / "ant2018-news.jsonl.gz"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_doc():
    from rasd.clean import clean_document
    from rasd.read import ReadReport, read_inputs

    (doc,) = list(read_inputs([str(SEED)], report=ReadReport()))
    return clean_document(doc)


def corpus_records(n: int | None = None):
    if not CORPUS.exists():
        pytest.skip("shared corpus ../shared/corpora/ant2018-news.jsonl.gz not present")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, n):
            yield json.loads(line)


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    if not CORPUS.exists():
        pytest.skip("shared corpus ../shared/corpora/ant2018-news.jsonl.gz not present")
    return CORPUS
