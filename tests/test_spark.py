"""Spark batch extraction: the job's output equals the single-process extraction, loads into a store (SQLite and
PostgreSQL) as a direct ingest would, and reads JSON Lines, Parquet and WARC inputs. Also rasd.read's Parquet input.

Spark runs in local mode (Java 17 and pyspark, from the [dev] extra); the module skips when either is missing,
except under CI.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.read import ReadReport, read_inputs
from rasd.spark.layout import read_output, records_of, rows_of
from rasd.store import open_store
from rasd.store.ingest import _extract_one, ingest
from rasd.store.rows import content_hash

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_ea5190b97f2e0158.txt"
SAMPLE = 200


def _need_spark() -> None:
    missing = None
    try:
        import pyspark  # noqa: F401
    except ImportError:
        missing = "pyspark is not installed (pip install -e '.[dev]')"
    if missing is None and not shutil.which("java"):
        missing = "no java on PATH (Spark needs Java 17)"
    if missing:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"Spark tests must run in CI: {missing}")
        pytest.skip(missing)


def _single_process(path: Path) -> dict:
    """doc id → the store rows the single-process path builds (what rasd ingest's workers compute)."""
    out = {}
    for doc in read_inputs([str(path)], report=ReadReport()):
        rows = _extract_one((doc, content_hash(doc.text)))
        out[rows.doc_id] = rows
    return out


def _comparable(rows):
    """The rows without what legitimately differs between the two paths: the origin (Spark names the file by URI,
    without line numbers) and the ingestion time."""
    doc = list(rows.doc)
    doc[8] = None  # origin
    doc[-1] = None  # ingested
    return (tuple(doc), rows.stories, rows.sentences, rows.entities, rows.mentions, rows.events, rows.fts, rows.sig)


@pytest.fixture(scope="module")
def spark_run(tmp_path_factory, corpus_path):
    """The shared corpus's first 200 articles through `rasd spark` (local[2], 4 partitions), and the input."""
    _need_spark()
    d = tmp_path_factory.mktemp("spark")
    sample = d / "sample.jsonl.gz"
    with gzip.open(corpus_path, "rb") as src, gzip.open(sample, "wb") as dst:
        dst.writelines(itertools.islice(src, SAMPLE))
    out = d / "out"
    r = subprocess.run([sys.executable, "-m", "rasd", "spark", str(sample), str(out), "--partitions", "4",
                        "--master", "local[2]", "--format", "json"], check=False, capture_output=True, cwd=ROOT, timeout=600)
    assert r.returncode == 0, r.stderr.decode()[-3000:]
    return sample, out, json.loads(r.stdout)


def test_spark_yields_exactly_the_single_process_events(spark_run):
    sample, out, summary = spark_run
    expected = _single_process(sample)
    got = {rows.doc_id: rows for rows in read_output(str(out))}
    assert summary["documents"] == len(got) == len(expected) == SAMPLE
    assert set(got) == set(expected)  # the same documents, by id

    def events(rows_by_doc):
        return sorted((doc_id, row[0], row[3], row[7], row[10], row[13], row[16], row[26], row[27], row[28])
                      for doc_id, rows in rows_by_doc.items() for row, _m in rows.events)
    # doc id, event id, type, source entity and country, target entity and country, trigger text and offsets
    assert events(got) == events(expected)
    assert summary["events"] == sum(len(r.events) for r in expected.values()) > 100
    # and everything else the store is given: stories, sentences, entities, mentions, event fields and mentions,
    # full-text stems, MinHash signature
    for doc_id, rows in expected.items():
        assert _comparable(got[doc_id]) == _comparable(rows), doc_id


def test_spark_output_layout(spark_run):
    import pyarrow as pa
    import pyarrow.parquet as pq

    _, out, _ = spark_run
    manifest = json.loads((out / "_rasd.json").read_text(encoding="utf-8"))
    assert manifest["layout"] == "rasd-spark/1" and manifest["documents"] == SAMPLE and manifest["partitions"] == 4
    for name in ("documents", "entities", "events"):
        days = sorted(p.name for p in (out / name).iterdir() if p.is_dir())
        assert days and all(d.startswith("day=") for d in days), name
    day_dir = next(p for p in sorted((out / "events").iterdir()) if p.is_dir())
    table = pq.read_table(day_dir)
    types = {f.name: f.type for f in table.schema}
    # the export's flat columns where they fit (docs/store.md), typed as the export types them
    assert types["Date"] == pa.date32() and types["QuadClass"] == pa.int8() and types["SQLDATE"] == pa.int32()
    for col in ("EventId", "SourceDocId", "Actor1Code", "Actor1CountryCode", "Actor2Entity", "PloverType",
                "EventRootCode", "ActionGeo_CountryCode", "SOURCEURL", "Evidence", "Modality", "TriggerStart"):
        assert col in types, col
    rec = table.to_pylist()[0]
    assert rec["TriggerText"] and rec["TriggerText"] in rec["Evidence"]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_ingest_loads_spark_output_as_a_direct_ingest(spark_run, tmp_path, backend, request):
    sample, out, _ = spark_run
    if backend == "sqlite":
        direct, loaded = str(tmp_path / "direct.db"), str(tmp_path / "loaded.db")
    else:
        pg = request.getfixturevalue("pg_server")
        direct, loaded = pg.new_dsn("direct"), pg.new_dsn("loaded")
    ingest([str(sample)], direct, jobs=1)
    r = subprocess.run([sys.executable, "-m", "rasd", "ingest", str(out), "--db", loaded, "--format", "json"],
                       check=False, capture_output=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    summary = json.loads(r.stdout)
    assert summary["read"] == SAMPLE and summary["new"] + summary["duplicate"] == SAMPLE

    def table(target):
        db = open_store(target)
        try:
            docs = sorted(db.query("SELECT doc_id, content_hash, url, title, publisher, published, day, text "
                                   "FROM documents"))
            evs = sorted(db.query("SELECT e.event_id, d.doc_id, e.type, e.src_entity, e.tgt_entity, e.char_start, "
                                  "e.char_end, e.modality, e.negated, e.date FROM events e JOIN documents d "
                                  "ON d.id = e.doc"))
            n = {t: db.scalar(f"SELECT count(*) FROM {t}") for t in ("mentions", "event_mentions", "sentences",
                                                                      "docs_fts", "doc_minhash")}
            return docs, evs, n
        finally:
            db.close()

    assert table(loaded) == table(direct)
    again = subprocess.run([sys.executable, "-m", "rasd", "ingest", str(out), "--db", loaded, "--format", "json"],
                           check=False, capture_output=True, cwd=ROOT, timeout=300)
    assert json.loads(again.stdout)["new"] == 0  # rerun-safe, as any ingest


def _warc(records: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, html in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                                      http_headers=headers))
    return buf.getvalue()


def test_spark_reads_jsonl_parquet_and_warc_shards(tmp_path):
    """Mixed shards in a directory, in-process (python -m rasd.spark.job's run()), bad lines reported."""
    _need_spark()
    import pyarrow as pa
    import pyarrow.parquet as pq

    from rasd.spark.job import run

    page = SEED.read_text(encoding="utf-8")
    shards = tmp_path / "shards"
    shards.mkdir()
    (shards / "a.jsonl").write_text(json.dumps({"id": "j1", "published": "2018-02-15", "text": page},
                                               ensure_ascii=False) + "\nnot json\n", encoding="utf-8")
    pq.write_table(pa.table({"doc_id": ["p1"], "date": [__import__("datetime").date(2018, 2, 15)],
                             "text": ["رقم 2\n" + page]}), shards / "b.parquet")
    body = "".join(f"<p>{line}</p>" for line in page.splitlines() if line.strip())
    (shards / "c.warc.gz").write_bytes(_warc([("https://example.org/a", f"<html><body><article>{body}</article>"
                                                                        "</body></html>")]))
    out = tmp_path / "out"
    summary = run([str(shards)], str(out), partitions=2, master="local[2]")
    assert summary["files"] == {"jsonl": 1, "parquet": 1, "warc": 1}
    assert summary["documents"] == 3 and summary["problems"].get("E004") == 1
    got = {rows.doc_id: rows for rows in read_output(str(out))}
    assert {"j1", "p1"} <= set(got) and len(got) == 3
    assert got["p1"].doc[6] == "2018-02-15" and got["j1"].events  # a date column is read as the publication date
    warc_doc = next(r for k, r in got.items() if k not in ("j1", "p1"))
    assert warc_doc.url == "https://example.org/a" and warc_doc.doc[9] == "html"


def test_layout_round_trip_is_exact_on_the_example(seed_path):
    (doc,) = list(read_inputs([str(seed_path)], report=ReadReport()))
    doc.published = "2018-02-15"
    rows = _extract_one((doc, content_hash(doc.text)))
    assert rows.events and rows.entities
    assert rows_of(*records_of(rows), ingested=rows.doc[-1]) == rows


def test_rasd_read_accepts_parquet_articles(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    page = SEED.read_text(encoding="utf-8")
    path = tmp_path / "articles.parquet"
    pq.write_table(pa.table({"id": ["x1", None], "title": ["t", None], "published": ["2018-02-15", None],
                             "text": [page, ""]}), path)
    r = subprocess.run([sys.executable, "-m", "rasd", "read", str(path), "-f", "jsonl"], capture_output=True,
                       cwd=ROOT, timeout=120, check=False)
    docs = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert r.returncode == 0 and [d["id"] for d in docs] == ["x1"] and docs[0]["published"] == "2018-02-15"
    assert docs[0]["origin"] == f"{path}:1" and "E012" in r.stderr.decode()  # the empty row: skipped, said why
