"""The HTTP API (``rasd serve``): every endpoint against a real store built with ``rasd.store.ingest`` from the
bundled example page, a page carrying HTML and scripts, and — when the shared corpus is present — a sample of 200
articles. Also: errors as JSON, limits on bodies and query time, the Host check, reading while an ingest writes,
and the served assets (OpenAPI page, Plotly) coming from installed packages."""

from __future__ import annotations

import gzip
import itertools
import json
import socket
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import httpx
import pytest

with warnings.catch_warnings():  # Starlette now suggests httpx2 for its test client; httpx still works
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.api.app import plotly_js, swagger_dir
from rasd.api.db import QueryTimeout, ReadPool
from rasd.store.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_ea5190b97f2e0158.txt"
CORPUS = ROOT.parent / "shared" / "corpora" / "ant2018-news.jsonl.gz"

# An article as a scraper may hand it over: markup and scripts inside the text. It must come back verbatim as JSON
# data and never run in the page (tests/test_web.py renders it).
XSS_TEXT = (
    "التقى وزير الخارجية الأميركي ريكس تيلرسون نظيره التركي مولود جاويش أوغلو في أنقرة يوم الخميس لبحث الأزمة "
    "السورية.\n"
    '<script>window.__xss = 1; document.title = "pwned";</script>\n'
    '<img src=x onerror="window.__xss = 2">\n'
    "وقالت وزارة الخارجية التركية إن الوزيرين بحثا الوضع في عفرين، وأدان جاويش أوغلو الهجوم على المدنيين.\n"
)


def build_store(path: Path, with_xss: bool = True) -> Path:
    report = ingest([str(SEED)], str(path), date="2018-02-15", jobs=1)
    assert report.new == 1
    if with_xss:
        page = path.parent / "scraped.txt"
        page.write_text(XSS_TEXT, encoding="utf-8")
        assert ingest([str(page)], str(path), date="2018-02-16", jobs=1, input_format="text").new == 1
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "seed.db")


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store, warm=False)) as c:
        yield c


def get(client, url, status=200, **kw):
    r = client.get(url, **kw)
    assert r.status_code == status, (url, r.status_code, r.text[:500])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def seed_doc_id(client) -> str:
    hits = get(client, "/api/search", params={"q": "ماتيس جانيكلي"})["results"]
    assert hits
    return hits[0]["doc_id"]


def xss_doc_id(client) -> str:
    hits = get(client, "/api/search", params={"q": "تيلرسون جاويش أوغلو أنقرة"})["results"]
    return next(h["doc_id"] for h in hits if "window.__xss" in get(client, f"/api/documents/{h['doc_id']}")["text"])


# ---- events ------------------------------------------------------------------------------------------------------

def test_events_lists_merged_events_with_total_and_paging(client):
    data = get(client, "/api/events")
    assert data["total"] == len(data["events"]) >= 10
    assert data["sort"] == "-date" and data["offset"] == 0
    ev = data["events"][0]
    for key in ("id", "event_id", "date", "type", "quad", "source", "target", "place", "num_articles",
                "num_sources", "trigger", "evidence", "doc_id"):
        assert key in ev
    dates = [e["date"] for e in data["events"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    first = get(client, "/api/events", params={"limit": 2, "offset": 0})
    second = get(client, "/api/events", params={"limit": 2, "offset": 2})
    assert first["total"] == second["total"] == data["total"]
    ids = [e["id"] for e in first["events"] + second["events"]]
    assert len(set(ids)) == 4
    assert ids == [e["id"] for e in data["events"][:4]]
    past = get(client, "/api/events", params={"offset": data["total"] + 5})
    assert past["events"] == [] and past["total"] == data["total"]


def test_events_sorting(client):
    for sort, key in (("date", "date"), ("-confidence", "confidence"), ("type", "type")):
        evs = get(client, "/api/events", params={"sort": sort, "limit": 500})["events"]
        vals = [e[key] for e in evs if e[key] is not None]
        assert vals == sorted(vals, reverse=sort.startswith("-")), sort
    by_sources = get(client, "/api/events", params={"sort": "-sources"})["events"]
    assert [e["num_sources"] for e in by_sources] == sorted((e["num_sources"] for e in by_sources), reverse=True)


def test_events_filters_match_the_cli(client, store):
    """Every filter of `rasd events`, and the same records as `rasd events --format json`."""
    for params, cli in (({"actor": "Mattis"}, ["--actor", "Mattis"]),
                        ({"type": "CONSULT"}, ["--type", "CONSULT"]),
                        ({"source": "ماتيس", "target": "TUR"}, ["--source", "ماتيس", "--target", "TUR"]),
                        ({"since": "2018-02-15", "until": "2018-02-16"}, ["--since", "2018-02-15", "--until",
                                                                          "2018-02-16"]),
                        ({"place": "بروكسل"}, ["--place", "بروكسل"]),
                        ({"min_sources": 1, "type": "ASSAULT,CONSULT"}, ["--min-sources", "1", "--type",
                                                                         "ASSAULT,CONSULT"])):
        api = get(client, "/api/events", params={**params, "limit": 500})
        out = subprocess.run([sys.executable, "-m", "rasd", "events", "--db", str(store), "--limit", "0", "-f",
                              "json", *cli], capture_output=True, check=True, cwd=ROOT, timeout=120)
        want = json.loads(out.stdout)
        assert api["total"] == len(want), params
        assert sorted(e["id"] for e in api["events"]) == sorted(e["id"] for e in want), params
        by_id = {e["id"]: e for e in want}
        for e in api["events"]:
            assert e == by_id[e["id"]]
    mattis = get(client, "/api/events", params={"actor": "Mattis"})["events"]
    assert mattis and all("james-mattis" in ((e["source"] or {}).get("entity"), (e["target"] or {}).get("entity"))
                          for e in mattis)
    assert all(e["type"] == "CONSULT" for e in get(client, "/api/events", params={"type": "consult"})["events"])
    assert get(client, "/api/events", params={"min_sources": 2})["total"] == 0  # one publisher per page here
    both = get(client, "/api/events", params=[("type", "ASSAULT"), ("type", "CONSULT")])["events"]
    assert {e["type"] for e in both} == {"ASSAULT", "CONSULT"}


def test_events_country_filter(client):
    tur = get(client, "/api/events", params={"country": "TUR", "limit": 500})
    assert tur["total"] > 0
    for e in tur["events"]:
        assert "TUR" in ((e["source"] or {}).get("country"), (e["target"] or {}).get("country"))
    by_name = get(client, "/api/events", params={"country": "Turkey", "limit": 500})
    assert by_name["total"] == tur["total"]
    assert get(client, "/api/events", params={"country": "تركيا"})["total"] == tur["total"]
    err = get(client, "/api/events", 400, params={"country": "Atlantis"})
    assert "Atlantis" in err["error"]["message"] and "hint" in err["error"]["message"]


def test_event_detail_has_members_mentions_and_evidence(client):
    ev = get(client, "/api/events", params={"actor": "Mattis", "type": "CONSULT"})["events"][0]
    detail = get(client, f"/api/events/{ev['id']}")
    assert detail["id"] == ev["id"] and detail["type"] == "CONSULT"
    assert detail["members"], detail
    doc = get(client, f"/api/documents/{detail['members'][0]['doc_id']}")
    for m in detail["members"]:
        assert m["doc_id"] and m["modality"] == "asserted" and m["mentions"]
        for mm in m["mentions"]:
            a, b = mm["trigger_start"], mm["trigger_end"]
            assert doc["text"][a:b] == mm["trigger"]
            rel = a - mm["evidence_start"]
            assert mm["evidence"][rel : rel + b - a] == mm["trigger"]


# ---- documents ---------------------------------------------------------------------------------------------------

def test_document_has_text_stories_entities_and_events_with_offsets(client):
    doc = get(client, f"/api/documents/{seed_doc_id(client)}")
    text = doc["text"]
    assert text == SEED.read_text(encoding="utf-8")
    assert doc["published"].startswith("2018-02-15")
    assert len(doc["stories"]) == 2
    for st in doc["stories"]:
        assert st["sentences"]
        for s in st["sentences"]:
            assert 0 <= s["start"] < s["end"] <= len(text)
    names = {e["id"] for e in doc["entities"]}
    assert {"james-mattis", "nurettin-canikli", "rex-tillerson"} <= names
    for e in doc["entities"]:
        for m in e["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    assert len(doc["events"]) >= 5
    for ev in doc["events"]:
        assert text[ev["trigger_start"] : ev["trigger_end"]] == ev["trigger"]
        assert ev["mentions"], ev
        for m in ev["mentions"]:
            assert text[m["trigger_start"] : m["trigger_end"]] == m["trigger"]
            assert m["trigger"] in m["evidence"]
        assert ev["type"] and ev["quad"] in (1, 2, 3, 4)
    claims = [e for e in doc["events"] if e["modality"] == "asserted" and not e["negated"]]
    assert any(e["merged_id"] for e in claims)


def test_document_ids_with_odd_characters_and_missing_ones(client):
    err = get(client, "/api/documents/no-such-doc", 404)
    assert err["error"]["code"] == "not_found" and "no-such-doc" in err["error"]["message"]
    get(client, "/api/documents/a/b%20c", 404)
    get(client, "/api/events/999999", 404)
    get(client, "/api/events/abc", 422)


# ---- actors, search, statistics ----------------------------------------------------------------------------------

def test_actors(client):
    data = get(client, "/api/actors", params={"limit": 5})
    assert data["by"] == "entity" and 0 < len(data["actors"]) <= 5
    top = data["actors"][0]
    assert top["events"] == top["as_source"] + top["as_target"] == sum(top["types"].values())
    countries = get(client, "/api/actors", params={"by": "country"})["actors"]
    assert {"USA", "TUR"} <= {a["actor"] for a in countries}
    consult = get(client, "/api/actors", params={"type": "CONSULT"})["actors"]
    assert all(set(a["types"]) == {"CONSULT"} for a in consult)


def test_search_is_arabic_aware_with_highlights(client):
    data = get(client, "/api/search", params={"q": "هجوم"})
    assert data["query"] == "هجوم" and data["results"]
    for h in data["results"]:
        for a, b in h["highlights"]:
            assert "هجوم" in h["snippet"][a:b]
    assert get(client, "/api/search", params={"q": "ماتيس"})["results"][0]["doc_id"] == seed_doc_id(client)
    assert get(client, "/api/search", params={"q": "كلمةغيرموجودة"})["results"] == []
    assert "no words" in get(client, "/api/search", 400, params={"q": "!!!"})["error"]["message"]
    get(client, "/api/search", 422)  # q is required


def test_timeline(client):
    total = get(client, "/api/events")["total"]
    data = get(client, "/api/stats/timeline")
    assert data["by"] == "day"
    assert sum(p["total"] for p in data["periods"]) + data["undated"] == total
    for p in data["periods"]:
        assert p["total"] == sum(p["types"].values())
    assert set(data["types"]) == {t for p in data["periods"] for t in p["types"]}
    months = get(client, "/api/stats/timeline", params={"by": "month"})
    assert all(len(p["period"]) == 7 for p in months["periods"])
    tur = get(client, "/api/stats/timeline", params={"country": "TUR"})
    assert sum(p["total"] for p in tur["periods"]) + tur["undated"] == get(client, "/api/events",
                                                                             params={"country": "TUR"})["total"]
    get(client, "/api/stats/timeline", 422, params={"by": "year"})


def test_network(client):
    data = get(client, "/api/stats/network")
    ids = {n["id"] for n in data["nodes"]}
    assert data["edges"] and ids
    assert {"USA", "TUR"} <= ids
    for e in data["edges"]:
        assert e["source"] in ids and e["target"] in ids and e["source"] != e["target"]
        assert e["quad"] in (1, 2, 3, 4) and e["events"] == sum(e["types"].values())
    for n in data["nodes"]:
        assert -1 <= n["x"] <= 1 and -1 <= n["y"] <= 1
        assert n["events"] == sum(e["events"] for e in data["edges"] if n["id"] in (e["source"], e["target"]))
    assert data == get(client, "/api/stats/network")  # the layout is deterministic
    people = get(client, "/api/stats/network", params={"by": "entity"})
    assert "james-mattis" in {n["id"] for n in people["nodes"]}
    assert not any(n["id"].startswith(("agent:", "role:")) for n in people["nodes"])
    one = get(client, "/api/stats/network", params={"edges": 1})
    assert len(one["edges"]) == 1 and one["edges_total"] == data["edges_total"]


def test_meta(client):
    data = get(client, "/api/meta")
    assert data["documents"] == 2 and len(data["types"]) == 16
    assert data["published_from"] == "2018-02-15"


# ---- extraction --------------------------------------------------------------------------------------------------

def test_extract_returns_what_rasd_extract_prints_and_stores_nothing(client, store):
    before = get(client, "/api/meta")["documents"]
    text = SEED.read_text(encoding="utf-8")
    r = client.post("/api/extract", json={"text": text, "date": "2018-02-15"})
    assert r.status_code == 200, r.text
    got = r.json()
    out = subprocess.run([sys.executable, "-m", "rasd", "extract", str(SEED), "--date", "2018-02-15", "-f", "json"],
                         capture_output=True, check=True, cwd=ROOT, timeout=120)
    want = json.loads(out.stdout)
    assert got["schema"] == want["schema"] == "rasd/1"
    (g,), (w,) = got["documents"], want["documents"]
    assert g.pop("origin") == "api" and w.pop("origin")
    assert g == w
    assert len(g["events"]) >= 5 and g["entities"]
    assert get(client, "/api/meta")["documents"] == before
    with_text = client.post("/api/extract", params={"include_text": "true"},
                            json={"text": text, "date": "2018-02-15", "title": "عنوان"}).json()["documents"][0]
    assert with_text["text"] == text and with_text["title"] == "عنوان"
    for ev in with_text["events"]:
        assert text[ev["trigger_start"] : ev["trigger_end"]] == ev["trigger"]


def test_extract_errors(client):
    r = client.post("/api/extract", json={"text": "نص", "date": "15/02/2018"})
    assert r.status_code == 400 and "YYYY-MM-DD" in r.json()["error"]["message"]
    r = client.post("/api/extract", json={"text": ""})
    assert r.status_code == 422 and "text" in r.json()["error"]["message"]
    r = client.post("/api/extract", json={"date": "2018-02-15"})
    assert r.status_code == 422
    r = client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid"
    r = client.post("/api/extract", json={"text": "ا" * 200_001})
    assert r.status_code == 422
    r = client.get("/api/extract")
    assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"
    # what a cross-site form can send (text/plain) is not taken for JSON
    r = client.post("/api/extract", content=rb'{"text": "\u0646\u0635"}', headers={"content-type": "text/plain"})
    assert r.status_code == 422


def test_body_size_limit(store):
    with TestClient(create_app(store, max_body=5_000, warm=False)) as small:
        r = small.post("/api/extract", json={"text": "ا" * 4_000})  # 8 kB of UTF-8
        assert r.status_code == 413 and "5,000 bytes" in r.json()["error"]["message"]

        def chunks():  # no Content-Length: counted as it arrives
            for _ in range(10):
                yield b"x" * 1000

        r = small.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
        assert r.status_code == 413
        r = small.post("/api/extract", json={"text": "التقى ماتيس جانيكلي في بروكسل."})
        assert r.status_code == 200


# ---- errors, limits, security ------------------------------------------------------------------------------------

def test_errors_are_json_with_clear_messages(client):
    e = get(client, "/api/events", 400, params={"since": "2018-02-30"})["error"]
    assert e["status"] == 400 and "since" in e["message"] and "YYYY-MM-DD" in e["message"]
    e = get(client, "/api/events", 400, params={"type": "BOMBING"})["error"]
    assert "BOMBING" in e["message"] and "ASSAULT" in e["message"]
    e = get(client, "/api/events", 400, params={"sort": "popularity"})["error"]
    assert "popularity" in e["message"] and "-date" in e["message"]
    e = get(client, "/api/events", 422, params={"limit": 501})["error"]
    assert "limit" in e["message"] and "500" in e["message"]
    e = get(client, "/api/events", 422, params={"min_sources": -1})["error"]
    assert "min_sources" in e["message"]
    e = get(client, "/nowhere", 404)["error"]
    assert "/nowhere" in e["message"] and "/docs" in e["message"]


def test_sql_injection_is_just_a_value(client):
    total = get(client, "/api/events")["total"]
    for evil in ("' OR 1=1 --", "TUR'; DROP TABLE events; --", "%", "_", "\\"):
        get(client, "/api/events", params={"actor": evil})
        get(client, "/api/events", params={"place": evil})
        assert client.get("/api/search", params={"q": evil}).status_code in (200, 400)
    assert get(client, "/api/events", params={"actor": "' OR 1=1 --"})["total"] == 0
    assert get(client, "/api/events")["total"] == total


def test_article_markup_comes_back_as_data_never_as_page(client):
    """The scraped page's <script> is returned verbatim inside JSON (the page renders it as text: test_web.py),
    and every response forbids inline scripts and sniffing."""
    doc_id = xss_doc_id(client)
    r = client.get(f"/api/documents/{doc_id}")
    assert r.headers["content-type"] == "application/json"
    assert r.headers["x-content-type-options"] == "nosniff"
    doc = r.json()
    assert "<script>window.__xss = 1;" in doc["text"] and '<img src=x onerror="window.__xss = 2">' in doc["text"]
    assert doc["events"], "the page around the markup is still coded"
    page = client.get("/")
    assert page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "window.__xss" not in page.text  # the page is static: data only ever arrives as JSON
    js = client.get("/static/app.js").text
    assert ".innerHTML" not in js and "insertAdjacentHTML" not in js and "document.write" not in js


def test_host_check_against_dns_rebinding(store):
    with TestClient(create_app(store, allowed_hosts={"127.0.0.1", "localhost"}, warm=False),
                    base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/meta").status_code == 200
        assert c.get("/api/meta", headers={"host": "localhost:8000"}).status_code == 200
        r = c.get("/api/meta", headers={"host": "evil.example:8000"})
        assert r.status_code == 400 and r.json()["error"]["code"] == "bad_host"


def test_query_time_limit(store):
    pool = ReadPool(store, timeout=0.2)
    try:
        t0 = time.monotonic()
        # an endless query is stopped at the deadline
        with pytest.raises(QueryTimeout, match="longer than 0.2 s"), pool.session() as db:
            db.query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
        assert time.monotonic() - t0 < 5
        with pool.session() as db:  # the connection is fine afterwards
            assert db.scalar("SELECT count(*) FROM documents") == 2
    finally:
        pool.close()


def test_connections_are_read_only(store):
    pool = ReadPool(store)
    try:
        with pytest.raises(Exception, match="readonly|read-only"), pool.session() as db:
            db.execute("DELETE FROM documents")
    finally:
        pool.close()


def test_reads_keep_working_while_an_ingest_writes(tmp_path):
    path = build_store(tmp_path / "live.db", with_xss=False)
    pages = []
    base = SEED.read_text(encoding="utf-8")
    for i in range(12):
        p = tmp_path / f"page{i}.txt"
        p.write_text(base + f"\nتحديث رقم {i}: التقى وزير الخارجية الأميركي ريكس تيلرسون نظيره التركي في أنقرة.\n",
                     encoding="utf-8")
        pages.append(str(p))
    done = threading.Event()
    errors: list = []

    def writer():
        try:
            ingest(pages, str(path), date="2018-02-15", jobs=1, batch_size=1)  # a commit per document
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            done.set()

    with TestClient(create_app(path, warm=False)) as c:
        seen = []
        t = threading.Thread(target=writer)
        t.start()
        while not done.is_set():
            r = c.get("/api/meta")
            assert r.status_code == 200, r.text
            seen.append(r.json()["documents"])
            assert c.get("/api/events", params={"limit": 5}).status_code == 200
        t.join()
        assert not errors
        assert seen == sorted(seen)  # never a half-written state: counts only grow
        assert c.get("/api/meta").json()["documents"] == 13


def test_openapi_and_offline_docs_page(client):
    spec = get(client, "/openapi.json")
    paths = set(spec["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/actors", "/api/search",
            "/api/stats/timeline", "/api/stats/network", "/api/extract"} <= paths
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "source", "target", "type", "since", "until", "place", "country", "min_sources", "sort",
            "limit", "offset"} <= names
    page = client.get("/docs")
    if swagger_dir() is None:
        assert page.status_code == 404 and "swagger-ui-py" in page.text
        return
    assert page.status_code == 200
    assert "cdn" not in page.text.lower() and "http" not in page.text.split("<body>")[1]
    for asset in ("/vendor/swagger/swagger-ui-bundle.js", "/vendor/swagger/swagger-ui.css", "/static/docs.js"):
        assert client.get(asset).status_code == 200, asset


def test_page_and_assets_are_served_locally(client):
    page = client.get("/")
    assert page.status_code == 200 and 'dir="rtl"' in page.text and 'lang="ar"' in page.text
    for ref in ("/static/style.css", "/static/app.js", "/vendor/plotly.min.js", "/static/logo.svg"):
        assert ref in page.text
    assert "http://" not in page.text and "https://" not in page.text  # nothing from elsewhere
    if plotly_js() is not None:
        js = client.get("/vendor/plotly.min.js")
        assert js.status_code == 200 and b"plotly" in js.content[:200]
        gz = client.get("/vendor/plotly.min.js", headers={"accept-encoding": "gzip"})
        assert gz.headers.get("content-encoding") == "gzip"
    css = client.get("/static/style.css").text
    assert "http" not in css
    r = client.get("/vendor/fonts/..%2F..%2Fetc%2Fpasswd")
    assert r.status_code == 404


# ---- the command ------------------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_rasd_serve_runs_uvicorn_on_loopback(store):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "rasd", "serve", "--db", str(store), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/meta", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["documents"] == 2
        assert httpx.get(f"http://127.0.0.1:{port}/api/meta", headers={"host": "attacker.example"}).status_code == 400
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert "merged events" in proc.stderr.read().decode()


def test_rasd_serve_refuses_a_missing_database(tmp_path):
    r = subprocess.run([sys.executable, "-m", "rasd", "serve", "--db", str(tmp_path / "none.db")],
                       check=False, capture_output=True, cwd=ROOT, timeout=60)
    assert r.returncode == 2
    assert b"no such database" in r.stderr and b"rasd ingest" in r.stderr
    assert not (tmp_path / "none.db").exists()


# ---- a sample of the shared corpus -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_client(tmp_path_factory):
    if not CORPUS.exists():
        pytest.skip("shared corpus ../shared/corpora/ant2018-news.jsonl.gz not present")
    d = tmp_path_factory.mktemp("corpus")
    sample = d / "sample.jsonl"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src, open(sample, "w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, 200))
    path = d / "sample.db"
    report = ingest([str(sample)], str(path), jobs=1)
    assert report.new >= 100  # extraction failures (E013) are the events tests' business, not the API's
    with TestClient(create_app(path, warm=False)) as c:
        yield c


@pytest.mark.corpus
def test_corpus_sample_events_documents_and_offsets(corpus_client):
    c = corpus_client
    data = get(c, "/api/events", params={"limit": 500})
    assert data["total"] > 100
    docs = sorted({e["doc_id"] for e in data["events"]})[:40]
    for doc_id in docs:
        doc = get(c, f"/api/documents/{doc_id}")
        text = doc["text"]
        for ev in doc["events"]:
            assert text[ev["trigger_start"] : ev["trigger_end"]] == ev["trigger"]
        for e in doc["entities"]:
            for m in e["mentions"]:
                assert text[m["start"] : m["end"]] == m["text"]
    assert get(c, "/api/search", params={"q": "الرئيس"})["results"]
    tl = get(c, "/api/stats/timeline")
    assert sum(p["total"] for p in tl["periods"]) + tl["undated"] == data["total"]
    nw = get(c, "/api/stats/network", params={"nodes": 20})
    assert 2 <= len(nw["nodes"]) <= 20 and nw["edges"]
    assert get(c, "/api/actors", params={"by": "country"})["actors"]
    srt = get(c, "/api/events", params={"sort": "-sources", "limit": 50})["events"]
    assert [e["num_sources"] for e in srt] == sorted((e["num_sources"] for e in srt), reverse=True)
