"""The event store: idempotent, crash-safe ingest; Arabic search; exports; cross-article merging; bad input.

Every test runs on both backends: a SQLite file and a PostgreSQL schema (the server of the ``pg_server`` fixture,
see conftest.py; those variants skip, saying why, when there is no server, except under CI). Real text throughout:
the bundled example page, short news items written for these tests, and a sample of the shared corpus when it is
present (skipped cleanly otherwise).
"""

from __future__ import annotations

import csv
import gzip
import io
import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasd.store import StoreError, open_store
from rasd.store.ingest import ingest, totals
from rasd.store.query import EventFilter, events, show
from rasd.store.search import search
from rasd.text.stem import query_variants, stems

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_ea5190b97f2e0158.txt"
CORPUS = ROOT.parent / "shared" / "corpora" / "ant2018-news.jsonl.gz"
SEED_ID = "83a9c9d736a5197a"


def rasd(*args: str, env: dict | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rasd", *args], check=False, capture_output=True, cwd=ROOT,
                          timeout=timeout,
                          env={**os.environ, **(env or {})})


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


class Stores:
    """Where a test's databases live: SQLite files, or schemas of the test PostgreSQL server."""

    def __init__(self, kind: str, tmp_path_factory, pg=None):
        self.kind = kind
        self.tmp = tmp_path_factory
        self.pg = pg

    def new(self, name: str) -> str:
        if self.kind == "sqlite":
            return str(self.tmp.mktemp(name) / f"{name}.db")
        return self.pg.new_dsn(name)

    def integrity(self, target: str) -> str:
        if self.kind == "sqlite":
            with sqlite3.connect(target) as c:
                return c.execute("PRAGMA integrity_check").fetchone()[0]
        # PostgreSQL recovers from a killed client by itself; check that nothing hangs loose
        db = open_store(target)
        try:
            loose = db.scalar("""SELECT (SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM docs_fts f
                                          WHERE f.doc = d.id))
                                      + (SELECT count(*) FROM events e WHERE e.merged_id IS NOT NULL AND NOT EXISTS
                                          (SELECT 1 FROM merged_events m WHERE m.id = e.merged_id))
                                      + (SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM article_groups
                                          g WHERE g.id = d.group_id))""")
            return "ok" if loose == 0 else f"{loose} loose rows"
        finally:
            db.close()

    def documents(self, target: str) -> int:
        """Documents committed so far, read from outside (0 before the schema exists)."""
        if self.kind == "sqlite":
            try:
                with sqlite3.connect(f"file:{target}?mode=ro", uri=True, timeout=0.2) as c:
                    return c.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                return 0
        import psycopg

        try:
            with psycopg.connect(target, connect_timeout=5) as c:
                return c.execute("SELECT count(*) FROM documents").fetchone()[0]
        except psycopg.Error:
            return 0

    def clone_seed(self, seed: str, name: str) -> str:
        """A store holding what the seed store holds (SQLite: a copy of the file; PostgreSQL: the same ingest)."""
        target = self.new(name)
        if self.kind == "sqlite":
            with sqlite3.connect(seed) as a, sqlite3.connect(target) as b:
                a.backup(b)
        else:
            ingest([str(SEED)], target, date="2018-02-15", jobs=1)
        return target


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def stores(request, tmp_path_factory) -> Stores:
    if request.param == "postgresql":
        return Stores("postgresql", tmp_path_factory, request.getfixturevalue("pg_server"))
    return Stores("sqlite", tmp_path_factory)


def counts(db_path) -> dict:
    db = open_store(db_path)
    try:
        out = totals(db)
        out["linked"] = db.scalar("SELECT count(*) FROM events WHERE merged_id IS NOT NULL")
        out["members"] = db.scalar("SELECT coalesce(sum(num_events), 0) FROM merged_events")
        out["hashes"] = db.scalar("SELECT count(DISTINCT content_hash) FROM documents")
        out["event_mentions"] = db.scalar("SELECT count(*) FROM event_mentions")
        out["fts"] = db.scalar("SELECT count(*) FROM docs_fts")
        return out
    finally:
        db.close()


@pytest.fixture(scope="module")
def seed_db(stores) -> str:
    path = stores.new("seed")
    report = ingest([str(SEED)], path, date="2018-02-15", jobs=1)
    assert report.new == 1
    return path


# ---- idempotence -------------------------------------------------------------------------------------------------

def test_ingest_twice_same_counts(tmp_path, seed_db):
    first = counts(seed_db)
    assert first["documents"] == 1 and first["events"] > 5 and first["merged_events"] > 3 and first["mentions"] > 20
    report = ingest([str(SEED)], str(seed_db), date="2018-02-15", jobs=1)
    assert (report.new, sum(report.duplicate.values())) == (0, 1)
    assert counts(seed_db) == first
    assert first["linked"] == first["members"]  # every claim linked to exactly one merged event


def test_same_text_or_same_url_is_stored_once(tmp_path, stores):
    base = {"source": "outletA", "published": "2018-03-01T08:00:00+00:00",
            "text": "قال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده ستواصل عمليتها العسكرية في عفرين."}
    recs = [
        {**base, "id": "a1", "url": "https://a.example/1"},
        # the same article under another id and URL, with diacritics: same normalized text
        {**base, "id": "a2", "url": "https://a.example/2", "text": base["text"].replace("قال", "قَالَ")},
        # another text at the same URL (an edited version): the first one stays
        {**base, "id": "a3", "url": "https://a.example/1", "text": base["text"] + " وأضاف أن العملية مستمرة."},
        # the input's id is reused for a different article: stored under a derived id
        {**base, "id": "a1", "url": "https://a.example/9", "text": "استقبل الرئيس المصري عبد الفتاح السيسي وفدا."},
    ]
    db = stores.new("dups")
    report = ingest([str(write_jsonl(tmp_path / "in.jsonl", recs))], db, jobs=1)
    assert report.new == 2 and report.duplicate == {"same_text": 1, "same_url": 1} and report.renamed == 1
    store = open_store(db)
    ids = [r[0] for r in store.query("SELECT doc_id FROM documents ORDER BY id")]
    store.close()
    assert ids[0] == "a1" and ids[1].startswith("a1~")


def test_ingest_corpus_sample_twice_with_workers(tmp_path, corpus_path, stores):
    sample = tmp_path / "sample.jsonl.gz"
    with gzip.open(corpus_path, "rb") as src, gzip.open(sample, "wb") as dst:
        dst.writelines(itertools.islice(src, 150))
    db = stores.new("corpus")
    r1 = ingest([str(sample)], db, jobs=2, batch_size=40)
    c1 = counts(db)
    assert r1.read.documents == 150 and r1.new + sum(r1.duplicate.values()) == 150 and r1.batches >= 3
    assert c1["documents"] == r1.new and c1["events"] > 100 and c1["fts"] == r1.new
    r2 = ingest([str(sample)], db, jobs=2, batch_size=40)
    assert r2.new == 0 and sum(r2.duplicate.values()) == 150
    assert counts(db) == c1


# ---- crash safety ------------------------------------------------------------------------------------------------

def _big_input(tmp_path: Path) -> Path:
    """A few hundred distinct articles: the corpus's first lines when present, else variants of the example page."""
    if CORPUS.exists():
        path = tmp_path / "big.jsonl.gz"
        with gzip.open(CORPUS, "rb") as src, gzip.open(path, "wb") as dst:
            dst.writelines(itertools.islice(src, 700))
        return path
    page = SEED.read_text(encoding="utf-8")
    recs = [{"id": f"seed-{i}", "published": "2018-02-15", "text": f"رقم النسخة {i}\n{page}"} for i in range(300)]
    return write_jsonl(tmp_path / "big.jsonl", recs)


def test_kill_9_during_ingest_then_rerun_loses_and_duplicates_nothing(tmp_path, stores):
    src = _big_input(tmp_path)
    args = ["ingest", str(src), "--batch", "20", "--jobs", "2", "--format", "json"]
    clean_db = stores.new("clean")
    done = rasd(*args, "--db", clean_db)
    assert done.returncode == 0, done.stderr.decode()
    expected = counts(clean_db)

    db = stores.new("killed")
    proc = subprocess.Popen([sys.executable, "-m", "rasd", *args, "--db", db], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    stored = 0
    deadline = time.monotonic() + 90
    try:
        while time.monotonic() < deadline and proc.poll() is None:  # wait for the first committed batch
            stored = stores.documents(db)
            if stored:
                break
            time.sleep(0.005)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)  # the main process and its workers, at once
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert stores.integrity(db) == "ok"
    partial = counts(db)
    print("killed after", partial["documents"], "of", expected["documents"], "documents")
    assert 0 < partial["documents"] < expected["documents"]
    assert partial["fts"] == partial["documents"] and partial["linked"] == partial["members"]

    rerun = rasd(*args, "--db", db)
    assert rerun.returncode == 0, rerun.stderr.decode()
    summary = json.loads(rerun.stdout)
    assert summary["new"] == expected["documents"] - partial["documents"]
    assert stores.integrity(db) == "ok"
    assert counts(db) == expected


# ---- search ------------------------------------------------------------------------------------------------------

NEWS = [
    {"id": "n1", "source": "outletA", "url": "https://a.example/n1", "published": "2018-02-20T09:00:00+00:00",
     "title": "قصف على ريف دمشق",
     "text": "شنت الطائرات هجوما على مواقع في ريف دمشق الشرقي في سوريا، وفق المرصد السوري لحقوق الإنسان."},
    {"id": "n2", "source": "outletB", "url": "https://b.example/n2", "published": "2018-02-21T09:00:00+00:00",
     "title": "تحذير أممي",
     "text": "حذرت الأمم المتحدة من تدهور الوضع الإنساني في سورية، وهجوم جديد على الغوطة الشرقية."},
    {"id": "n3", "source": "outletC", "url": "https://c.example/n3", "published": "2018-02-22T09:00:00+00:00",
     "title": "استعدادات عسكرية",
     "text": "قالت مصادر إن القوات تستعد للهجوم على مواقع المسلحين جنوب البلاد خلال الأيام المقبلة."},
    {"id": "n4", "source": "outletD", "url": "https://d.example/n4", "published": "2018-02-23T09:00:00+00:00",
     "title": "إدانة دولية",
     "text": "أدانت عدة دول الهُجُومَ الكيميائيّ المزعوم على مدينة دوما، وطالبت بتحقيق مستقل."},
    {"id": "n5", "source": "outletE", "url": "https://e.example/n5", "published": "2018-02-24T09:00:00+00:00",
     "title": "مباحثات اقتصادية", "text": "بحث وزير المالية الكويتي مع نظيره الأردني سبل تعزيز التعاون التجاري."},
]


@pytest.fixture(scope="module")
def news_db(tmp_path_factory, stores) -> str:
    d = tmp_path_factory.mktemp("news")
    path = stores.new("news")
    ingest([str(write_jsonl(d / "news.jsonl", NEWS))], path, jobs=1)
    return path


def _ids(hits: list[dict]) -> set[str]:
    return {h["doc_id"] for h in hits}


def test_stemmer_folds_proclitics_variants_and_diacritics():
    assert stems("الهجوم وَالهُجُوم للهجوم هجوما") == ["هجوم"] * 4
    assert stems("سوريا سورية السورية") == ["سوريه"] * 3
    assert stems("زيارة زيارات زيارته") == ["زياره"] * 3
    assert stems("فلسطين وزير لبنان") == ["فلسط", "وزير", "لبنان"]  # bare letters are not stripped at index time
    assert "وهجوم" in query_variants("هجوم") and "بهجوم" in query_variants("هجوم")


def test_search_across_arabic_variants(news_db):
    db = open_store(news_db)
    try:
        for q in ("هجوم", "الهجوم", "هُجُوم", "للهجوم"):
            assert _ids(search(db, q)) == {"n1", "n2", "n3", "n4"}, q
        assert _ids(search(db, "سوريا")) == {"n1", "n2"}  # سوريا finds سورية
        assert _ids(search(db, "سورية")) == {"n1", "n2"}
        assert _ids(search(db, "هجوم سوريا")) == {"n1", "n2"}  # every word must match
        assert _ids(search(db, '"الهجوم الكيميائي"')) == {"n4"}  # a phrase, diacritics ignored
        assert search(db, "طائرات مسيرة بحرية") == []
        assert search(db, "ريف دمشق")[0]["doc_id"] == "n1"
    finally:
        db.close()


def test_search_snippets_show_original_text_highlighted(news_db):
    db = open_store(news_db)
    try:
        (hit,) = [h for h in search(db, "هجوم") if h["doc_id"] == "n4"]
        marked = [hit["snippet"][a:b] for a, b in hit["highlights"]]
        assert marked == ["الهُجُومَ"]  # the original spelling, diacritics included
        (hit,) = search(db, "دمشق")
        assert [hit["title"][a:b] for a, b in hit["title_highlights"]] == ["دمشق"]
        assert hit["score"] > 0 and hit["publisher"] == "outleta"
    finally:
        db.close()


# ---- cross-article merging ---------------------------------------------------------------------------------------

TWO_OUTLETS = [
    {"id": "outlet-a-1", "source": "OutletA", "url": "https://a.example/news/1",
     "published": "2018-02-15T10:00:00+00:00", "title": "ماتيس يلتقي جانيكلي في بروكسل",
     "text": "التقى وزير الدفاع الأميركي جيمس ماتيس نظيره التركي نور الدين جانيكلي في بروكسل الأربعاء على هامش "
             "اجتماع وزراء دفاع حلف شمال الأطلسي.\nوبحث الوزيران الوضع في شمال سورية والعملية العسكرية التركية "
             "في عفرين."},
    {"id": "outlet-b-7", "source": "OutletB", "url": "https://b.example/article/7",
     "published": "2018-02-15T12:30:00+00:00", "title": "لقاء أميركي تركي في بروكسل",
     "text": "أفادت مصادر دبلوماسية بأن وزير الدفاع الأميركي جيمس ماتيس التقى نظيره التركي نور الدين جانيكلي في "
             "بروكسل يوم الأربعاء.\nوتناول اللقاء التوتر بين البلدين بشأن الأكراد في سوريا."},
]


def _consult(db_path: str) -> list[dict]:
    db = open_store(db_path)
    try:
        return [e for e in events(db, EventFilter(source="james-mattis", target="Canikli", types=["CONSULT"]))]
    finally:
        db.close()


def test_same_happening_from_two_outlets_is_one_event_with_two_sources(tmp_path, stores):
    db = stores.new("two")
    ingest([str(write_jsonl(tmp_path / "two.jsonl", TWO_OUTLETS))], db, jobs=1)
    (ev,) = _consult(db)
    assert (ev["num_documents"], ev["num_articles"], ev["num_sources"]) == (2, 2, 2)
    assert ev["date"] == "2018-02-14" and ev["place"]["country"] == "BEL"
    assert ev["source"]["entity"] == "james-mattis" and ev["target"]["entity"] == "nurettin-canikli"
    assert ev["num_mentions"] >= 2

    # A third outlet republishes outlet A's wire copy nearly word for word: one more source, not one more article.
    copy = {**TWO_OUTLETS[0], "id": "outlet-c-3", "source": "OutletC", "url": "https://c.example/3",
            "text": TWO_OUTLETS[0]["text"].replace("الأربعاء", "يوم الأربعاء")}
    ingest([str(write_jsonl(tmp_path / "copy.jsonl", [copy]))], db, jobs=1)
    (ev,) = _consult(db)
    assert (ev["num_documents"], ev["num_articles"], ev["num_sources"]) == (3, 2, 3)
    store = open_store(db)
    try:
        group = store.query("SELECT doc_id, group_id FROM documents ORDER BY id")
        assert group[0][1] == group[2][1] != group[1][1]  # A and its copy are one near-duplicate group
        shown = show(store, "outlet-c-3")
        assert shown["article_group"]["size"] == 2
        assert any(e["merged_id"] == ev["id"] for e in shown["events"])
    finally:
        store.close()


def test_negated_and_future_events_are_kept_but_not_merged(tmp_path, stores):
    recs = [{"id": "neg-1", "source": "OutletA", "published": "2018-02-15T10:00:00+00:00",
             "text": "لم يلتق وزير الدفاع الأميركي جيمس ماتيس نظيره التركي نور الدين جانيكلي في بروكسل الأربعاء."},
            {"id": "fut-1", "source": "OutletB", "published": "2018-02-15T10:00:00+00:00",
             "text": "سيلتقي وزير الدفاع الأميركي جيمس ماتيس نظيره التركي نور الدين جانيكلي في بروكسل الأسبوع "
                     "المقبل."}]
    db = stores.new("mod")
    ingest([str(write_jsonl(tmp_path / "mod.jsonl", recs))], db, jobs=1)
    store = open_store(db)
    try:
        rows = store.query("SELECT modality, negated, merged_id FROM events WHERE type = 'CONSULT'")
        assert rows and all(m is None for _, _, m in rows)
        assert {(mod, neg) for mod, neg, _ in rows} >= {("asserted", 1), ("future", 0)}
        assert store.scalar("SELECT count(*) FROM merged_events WHERE type = 'CONSULT'") == 0
    finally:
        store.close()


# ---- exports -----------------------------------------------------------------------------------------------------

def test_export_round_trips(tmp_path, seed_db):
    import pyarrow as pa
    import pyarrow.parquet as pq

    n_merged = counts(seed_db)["merged_events"]
    pq_path, csv_path, jl_path = tmp_path / "e.parquet", tmp_path / "e.csv", tmp_path / "e.jsonl"
    for fmt, path in (("parquet", pq_path), ("csv", csv_path), ("jsonl", jl_path)):
        r = rasd("export", "--db", seed_db, "--format", fmt, str(path))
        assert r.returncode == 0, r.stderr.decode()
        assert f"{n_merged} merged event(s)" in r.stderr.decode()

    table = pq.read_table(pq_path)
    assert table.num_rows == n_merged
    types = {f.name: f.type for f in table.schema}
    assert types["Date"] == pa.date32() and types["GLOBALEVENTID"] == pa.int64()
    assert types["QuadClass"] == pa.int8() and types["NumSources"] == pa.int32()
    assert types["ActionGeo_Lat"] == pa.float64() and types["PloverType"] == pa.string()

    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == n_merged
    by_id = {int(r["GLOBALEVENTID"]): r for r in rows}
    for rec in table.to_pylist():
        row = by_id[rec["GLOBALEVENTID"]]
        assert row["Date"] == rec["Date"].isoformat() and int(row["SQLDATE"]) == rec["SQLDATE"]
        assert row["PloverType"] == rec["PloverType"] and (row["Actor1CountryCode"] or None) == \
            rec["Actor1CountryCode"]
        assert row["Evidence"] == rec["Evidence"]
    consult = [r for r in rows if r["PloverType"] == "CONSULT" and r["Actor2Entity"] == "nurettin-canikli"]
    assert consult and consult[0]["Actor1Code"] == "USAGOV" and consult[0]["ActionGeo_CountryCode"] == "BEL"

    records = [json.loads(line) for line in jl_path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == n_merged
    rec = next(r for r in records if r["event"] == "CONSULT" and (r["recipient"] or {}).get("identifier") ==
               "nurettin-canikli")
    assert set(rec) >= {"id", "date", "actor", "recipient", "event", "mode", "event_loc", "event_text", "text",
                        "cite_info", "quad_code", "num_sources", "num_articles", "mentions"}
    assert rec["actor"] == {"code": "USA", "sector": "GOV", "entity_text": rec["actor"]["entity_text"],
                            "identifier": "james-mattis", "name": "James Mattis"}
    assert rec["event_loc"]["cc3"] == "BEL" and rec["quad_code"] == 1
    assert rec["text"] and rec["event_text"] in rec["text"]
    assert rec["cite_info"]["citation"] == SEED_ID and rec["mentions"][0]["doc_id"] == SEED_ID


def test_export_with_filters_and_to_stdout(seed_db):
    r = rasd("export", "--db", seed_db, "--format", "csv", "--type", "CONSULT", "-")
    rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
    assert r.returncode == 0 and rows and {x["PloverType"] for x in rows} == {"CONSULT"}


# ---- queries through the command line ----------------------------------------------------------------------------

def test_cli_queries_on_the_example(seed_db):
    env = {"RASD_DB": seed_db}
    r = rasd("events", "--actor", "TUR", "-f", "json", env=env)
    evs = json.loads(r.stdout)
    assert r.returncode == 0 and evs
    assert all("TUR" in ((e["source"] or {}).get("country"), (e["target"] or {}).get("country")) for e in evs)
    r = rasd("events", "--source", "ماتيس", "--since", "2018-02-14", "--until", "2018-02-14", "-f", "csv", env=env)
    rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
    assert rows and all(x["Actor1Entity"] == "james-mattis" and x["Date"] == "2018-02-14" for x in rows)
    r = rasd("actors", "-f", "json", env=env)
    top = {a["actor"]: a for a in json.loads(r.stdout)}
    assert top["james-mattis"]["as_source"] >= 2 and top["james-mattis"]["name"] == "James Mattis"
    r = rasd("stats", "--by", "week", "-f", "json", env=env)
    s = json.loads(r.stdout)
    assert [p["period"] for p in s["periods"]] == ["2018-02-12"] and s["pairs"]
    r = rasd("show", SEED_ID, "-f", "json", env=env)
    doc = json.loads(r.stdout)
    assert doc["id"] == SEED_ID and {"James Mattis", "Nurettin Canikli"} <= {e["name"] for e in doc["entities"]}
    assert any(e["modality"] != "asserted" and e["merged_id"] is None for e in doc["events"])
    r = rasd("search", "عفرين", "-f", "json", env=env)
    assert r.returncode == 0 and json.loads(r.stdout)[0]["doc_id"] == SEED_ID
    r = rasd("events", "--since", "last week", env=env)
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr.decode()
    r = rasd("show", "nope", env=env)
    assert r.returncode == 2 and "no document 'nope'" in r.stderr.decode()


# ---- bad input and bad databases ---------------------------------------------------------------------------------

def test_bad_input_does_not_corrupt_the_database(tmp_path, seed_db, stores):
    db = stores.clone_seed(seed_db, "bad")
    before = counts(db)
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.jsonl").write_bytes(b'{"id": "x", "text": \n{"no_text": 1}\nnot json at all\n'
                                            b'{"id": "y", "text": ""}\n')
    paths = [str(tmp_path / n) for n in ("bin.txt", "empty.txt", "broken.jsonl", "missing.jsonl")]
    r = rasd("ingest", *paths, "--db", db, "--format", "json")
    summary = json.loads(r.stdout)
    assert r.returncode == 1 and summary["new"] == 0  # nothing could be read
    assert set(summary["skipped_reasons"]) >= {"E001", "E002", "E003", "E004", "E005", "E012"}
    assert stores.integrity(db) == "ok" and counts(db) == before


def test_unusable_sqlite_files_are_refused_untouched(tmp_path):
    not_db = tmp_path / "notes.txt"
    not_db.write_text("my notes, not a database\n", encoding="utf-8")
    r = rasd("ingest", str(SEED), "--db", str(not_db))
    assert r.returncode == 2 and "not a usable SQLite database" in r.stderr.decode()
    assert not_db.read_text(encoding="utf-8") == "my notes, not a database\n"

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a rasd store"):
        open_store(other)
    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "absent.db")


def test_unusable_postgresql_targets_are_refused(pg_server):
    # nobody listens there: a message and exit status 2, the password never shown
    port = _closed_port()
    r = rasd("events", "--db", f"postgresql://rasd:secret@127.0.0.1:{port}/nowhere")
    err = " ".join(r.stderr.decode().split())
    assert r.returncode == 2 and "cannot connect to PostgreSQL" in err and "secret" not in err
    # a query command never creates a store (nor a schema)
    empty = pg_server.new_dsn("empty")
    r = rasd("events", "--db", empty)
    assert r.returncode == 2 and "does not exist" in " ".join(r.stderr.decode().split())
    with pg_server.connect() as c:
        c.execute(f'CREATE SCHEMA "{empty.rsplit("%3D", 1)[1]}"')
    r = rasd("events", "--db", empty)
    assert r.returncode == 2 and "no rasd store" in " ".join(r.stderr.decode().split())
    # a schema holding someone else's tables is left alone
    other = pg_server.new_dsn("other")
    schema = other.rsplit("%3D", 1)[1]
    with pg_server.connect() as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
        c.execute(f'CREATE TABLE "{schema}".t (x int)')
    with pytest.raises(StoreError, match="not a rasd store"):
        open_store(other, create=True)


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_schema_version_is_recorded_and_checked(seed_db, stores):
    db = open_store(seed_db)
    try:
        assert db.query("SELECT version FROM schema_version") == [(1,)]
    finally:
        db.close()
    if stores.kind == "sqlite":
        with sqlite3.connect(seed_db) as c:
            assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    future = stores.clone_seed(seed_db, "future")
    db = open_store(future)
    try:
        with db.transaction():
            db.execute("INSERT INTO schema_version VALUES (99, '2030-01-01', 'from the future')")
    finally:
        db.close()
    with pytest.raises(StoreError, match="schema version 99"):
        open_store(future)


# ---- several writers at once -------------------------------------------------------------------------------------

def _articles(n: int) -> list[dict]:
    """n distinct articles: the corpus's first lines when present, else variants of the example page."""
    if CORPUS.exists():
        with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
            return [json.loads(line) for line in itertools.islice(fh, n)]
    page = SEED.read_text(encoding="utf-8")
    return [{"id": f"seed-{i}", "published": "2018-02-15", "text": f"رقم النسخة {i}\n{page}"} for i in range(n)]


def _ingest_after(barrier, results, src: str, db: str) -> None:
    barrier.wait(timeout=60)
    try:
        report = ingest([src], db, jobs=1, batch_size=5)
        results.put((src, report.as_dict()))
    except BaseException:  # noqa: BLE001 — the parent fails the test with the reason and where it arose
        import traceback

        results.put((src, {"error": traceback.format_exc()[-2000:]}))


def test_two_concurrent_ingests_of_overlapping_inputs_lose_and_duplicate_nothing(tmp_path, stores):
    recs = _articles(360)
    a = write_jsonl(tmp_path / "a.jsonl", recs[:240])
    # 120 articles in both; b is read backwards, so both first store articles of their own, at the same time, then
    # race over the shared ones from either end
    b = write_jsonl(tmp_path / "b.jsonl", recs[120:][::-1])
    ref = stores.new("reference")
    ingest([str(a), str(b)], ref, jobs=1)  # one ingest of everything: what the two must add up to
    expected = counts(ref)

    db = stores.new("concurrent")
    open_store(db, create=True).close()  # the schema exists: the two race on documents only
    # Two processes, started together once the lexicon is loaded (forked from here), each ingesting its input in
    # small batches, so that their transactions interleave.
    import multiprocessing as mp

    from rasd.store.ingest import _init_worker

    _init_worker()
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    procs = [ctx.Process(target=_ingest_after, args=(barrier, results, str(src), db)) for src in (a, b)]
    for p in procs:
        p.start()
    outs = dict(results.get(timeout=300) for _ in procs)
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    sa, sb = outs[str(a)], outs[str(b)]
    assert "error" not in sa and "error" not in sb, (sa.get("error"), sb.get("error"))
    got = counts(db)
    assert sa["new"] + sb["new"] == expected["documents"]  # nothing lost …
    assert sa["duplicate"] + sb["duplicate"] == 480 - expected["documents"]  # … nothing stored twice
    for key in ("documents", "events", "event_mentions", "mentions", "entities", "hashes", "fts", "linked"):
        assert got[key] == expected[key], key
    assert got["linked"] == got["members"] and stores.integrity(db) == "ok"
    store = open_store(db)
    try:
        # every document once, with the events the single ingest gave it
        per_doc = dict(store.query("SELECT d.doc_id, count(e.id) FROM documents d LEFT JOIN events e ON e.doc = d.id "
                                   "GROUP BY d.doc_id"))
        assert store.scalar("SELECT coalesce(sum(size), 0) FROM article_groups") == got["documents"]
        assert store.scalar("SELECT count(*) FROM article_groups WHERE size < 1") == 0
        # how the two writers' batches interleaved (timing-dependent, so shown rather than asserted)
        only_a = {r.get("id", r.get("doc_id")) for r in recs[:120]}
        order = ["a" if d in only_a else "b" for (d,) in store.query("SELECT doc_id FROM documents ORDER BY id")
                 if d in only_a or d in {r.get("id", r.get("doc_id")) for r in recs[240:]}]
        print("writer switches:", sum(1 for x, y in itertools.pairwise(order) if x != y))
    finally:
        store.close()
    ref_store = open_store(ref)
    try:
        assert per_doc == dict(ref_store.query("SELECT d.doc_id, count(e.id) FROM documents d LEFT JOIN events e "
                                               "ON e.doc = d.id GROUP BY d.doc_id"))
    finally:
        ref_store.close()
