"""The web page in a real browser: headless Chromium (Debian's /usr/bin/chromium) driven by Playwright, against
``rasd serve`` running on a free loopback port over a store of the example page, a scraped page carrying <script>
and, when the shared corpus is present, 200 of its articles.

Loads the page, searches, filters, opens a document and an event, checks the highlights and that the charts are
drawn (Plotly SVG), pastes an article, checks that nothing is fetched from elsewhere and that the scraped markup
stays text. Screenshots go to tests/artifacts/web/ (or $RASD_SCREENSHOTS); the path is printed.
"""

from __future__ import annotations

import gzip
import itertools
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from rasd.store.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_ea5190b97f2e0158.txt"
CORPUS = ROOT.parent / "shared" / "corpora" / "ant2018-news.jsonl.gz"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
NOTO = Path("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf")

if not Path(CHROMIUM).exists():
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        raise RuntimeError(f"{CHROMIUM} is missing: browser tests must run in CI (.ci/run installs chromium)")
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium; .ci/run does it)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

from test_api import XSS_TEXT  # the same scraped page as the API tests (imported after the skips above)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def shots() -> Path:
    d = Path(os.environ.get("RASD_SCREENSHOTS") or ROOT / "tests" / "artifacts" / "web")
    d.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {d}")
    return d


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    d = tmp_path_factory.mktemp("web")
    db = d / "web.db"
    assert ingest([str(SEED)], str(db), date="2018-02-15", jobs=1).new == 1
    page = d / "scraped.txt"
    page.write_text(XSS_TEXT, encoding="utf-8")
    assert ingest([str(page)], str(db), date="2018-02-16", jobs=1, input_format="text").new == 1
    if CORPUS.exists():
        sample = d / "sample.jsonl"
        with gzip.open(CORPUS, "rt", encoding="utf-8") as src, open(sample, "w", encoding="utf-8") as dst:
            dst.writelines(itertools.islice(src, 200))
        ingest([str(sample)], str(db), jobs=1)  # no fork: the browser driver may already run here
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "rasd", "serve", "--db", str(db), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(base + "/api/meta", timeout=2)
            break
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("rasd serve did not start: " + proc.stderr.read().decode())
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(server, browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900}, locale="ar")
    pg = ctx.new_page()
    pg.set_default_timeout(20_000)
    pg.problems = []  # console errors, page errors, CSP violations
    pg.requests = []
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"pageerror: {e}"))
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("response", lambda r: pg.problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    ctx.close()


def wait_url(page, part: str, timeout: float = 20.0) -> None:
    """Wait for the page's address (hash routes included) to contain ``part``. Polled from Python: the page's
    Content-Security-Policy forbids the string evaluation page.wait_for_function would need."""
    deadline = time.monotonic() + timeout
    while part not in page.url:
        assert time.monotonic() < deadline, f"{part!r} not in {page.url}"
        page.wait_for_timeout(50)


def check_clean(page, base: str) -> None:
    assert page.problems == [], page.problems
    outside = [u for u in page.requests if not u.startswith(base) and not u.startswith("data:")]
    assert outside == [], f"requests to elsewhere: {outside}"


def test_events_page_filters_and_sorting(page, server, shots):
    page.goto(server + "/")
    page.wait_for_selector("#events-table tbody tr")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("#store-info").inner_text().strip()
    rows = page.locator("#events-table tbody tr")
    assert rows.count() > 0
    page.evaluate("document.fonts.ready")
    if NOTO.exists():  # the Arabic fonts the page names are really used (no tofu, no fallback)
        loaded = page.evaluate("[...document.fonts].filter(f => f.family.includes('rasd') && f.status === 'loaded')"
                               ".map(f => f.family)")
        assert loaded, "no rasd font face loaded"
        assert page.evaluate("document.fonts.check('16px rasd-naskh', 'ماتيس')")
    page.screenshot(path=str(shots / "events.png"))

    # filters: type and actor
    page.select_option("#f-type", "CONSULT")
    page.fill("#filter-form input[name=actor]", "Mattis")
    page.click("#filter-form button[type=submit]")
    wait_url(page, "actor=Mattis")
    page.wait_for_selector("#events-table tbody tr")
    sync_api.expect(page.locator("#events-summary")).not_to_contain_text("…")
    badges = page.locator("#events-table tbody .type-badge").all_inner_texts()
    assert badges and all("CONSULT" in b for b in badges)
    assert all("Mattis" in t or "ماتيس" in t for t in page.locator("#events-table tbody tr").all_inner_texts())

    # country, place, dates and minimum sources
    page.goto(server + "/#/events?country=TUR&since=2018-02-14&until=2018-02-16&min_sources=1")
    page.wait_for_selector("#events-table tbody tr")
    assert page.input_value("#filter-form input[name=country]") == "TUR"
    assert page.input_value("#filter-form input[name=since]") == "2018-02-14"
    for d in page.locator("#events-table tbody td.date").all_inner_texts():
        assert "2018-02-14" <= d.strip() <= "2018-02-16"
    page.goto(server + "/#/events?place=بروكسل")
    page.wait_for_selector("#events-table tbody tr")
    assert "بروكسل" in page.locator("#events-table tbody").inner_text()
    page.goto(server + "/#/events?min_sources=50")
    sync_api.expect(page.locator("#events-summary")).to_contain_text("لا أحداث")

    # sorting by date, both ways
    page.goto(server + "/#/events?sort=date")
    page.wait_for_selector("#events-table tbody tr")
    dates = [d.strip() for d in page.locator("#events-table tbody td.date").all_inner_texts() if d.strip() != "—"]
    assert dates == sorted(dates)
    page.click("#events-table th[data-sort=date]")
    wait_url(page, "sort=-date")
    page.wait_for_selector("#events-table tbody tr")
    check_clean(page, server)


def test_search_then_document_with_highlights(page, server, shots):
    page.goto(server + "/")
    page.fill("#q", "ماتيس جانيكلي")
    page.press("#q", "Enter")
    page.wait_for_selector("#search-results .result")
    assert page.locator("#search-results mark").count() > 0
    page.screenshot(path=str(shots / "search.png"))
    page.locator("#search-results .result h3 a").first.click()
    page.wait_for_selector("#doc-text .ent")
    text = page.locator("#doc-text").inner_text()
    assert "ماتيس" in text and "جانيكلي" in text
    assert page.locator("#doc-text .ent-person").count() >= 3
    assert page.locator("#doc-text .ent-country").count() >= 1
    triggers = page.locator("#doc-text .trigger")
    assert triggers.count() >= 5
    cards = page.locator("#doc-events .event-card")
    assert cards.count() >= 5
    assert page.locator("#doc-events .event-card .evidence mark").count() >= 5
    # a trigger in the text and its event card point at each other
    triggers.first.click()
    assert page.locator("#doc-events .event-card.selected").count() == 1
    cards.nth(2).locator(".evidence").click()  # not its centre, which may be the merged-event link
    assert page.locator("#doc-text .trigger.focus").count() >= 1
    page.screenshot(path=str(shots / "document.png"))
    # on to a merged event and back to its article
    page.locator("#doc-events a[href^='#/event/']").first.click()
    page.wait_for_selector("#view-event .member")
    assert page.locator("#view-event .member mark").count() >= 1
    page.locator("#view-event .member a").first.click()
    page.wait_for_selector("#doc-events .event-card.selected")
    check_clean(page, server)


def test_scraped_markup_is_shown_as_text_never_run(page, server, shots):
    hits = httpx.get(server + "/api/search", params={"q": "تيلرسون جاويش أوغلو أنقرة"}).json()["results"]
    doc_id = next(h["doc_id"] for h in hits
                  if "window.__xss" in httpx.get(f"{server}/api/documents/{h['doc_id']}").json()["text"])
    page.goto(f"{server}/#/doc/{doc_id}")
    page.wait_for_selector("#doc-text .trigger")
    shown = page.locator("#doc-text").inner_text()
    assert "<script>window.__xss = 1;" in shown and "<img src=x onerror=" in shown
    assert page.locator("#doc-text script, #doc-text img, #view-doc script").count() == 0
    assert page.evaluate("window.__xss") is None
    assert page.title() != "pwned"
    page.goto(f"{server}/#/search?q=" + "تيلرسون جاويش أوغلو أنقرة")
    page.wait_for_selector("#search-results .result")
    assert page.locator("#search-results script, #search-results img").count() == 0
    # and pasted into the extraction box
    page.goto(server + "/#/extract")
    page.fill("#ex-text", XSS_TEXT)
    page.click("#ex-go")
    page.wait_for_selector("#extract-result #doc-text")
    assert "<script>" in page.locator("#extract-result #doc-text").inner_text()
    assert page.locator("#extract-result script, #extract-result img").count() == 0
    assert page.evaluate("window.__xss") is None
    page.screenshot(path=str(shots / "scraped-markup.png"))
    check_clean(page, server)


def test_timeline_and_network_charts_render(page, server, shots):
    page.goto(server + "/#/timeline")
    page.wait_for_selector("#timeline-chart svg.main-svg")
    page.wait_for_selector("#timeline-chart g.barlayer path", state="attached")
    assert page.locator("#timeline-chart g.barlayer path").count() > 0
    assert page.locator("#timeline-chart .legend .traces").count() >= 2
    assert page.locator("#tl-info").inner_text().strip()
    page.screenshot(path=str(shots / "timeline.png"))
    page.select_option("#tl-by", "week")
    wait_url(page, "by=week")
    page.wait_for_selector("#timeline-chart g.barlayer path", state="attached")

    page.goto(server + "/#/network")
    page.wait_for_selector("#network-chart svg.main-svg")
    page.wait_for_selector("#network-chart g.scatterlayer .trace", state="attached")
    assert page.locator("#network-chart g.scatterlayer .trace").count() > 3
    assert page.locator("#network-chart g.textpoint text").count() >= 2  # node labels
    assert page.locator("#network-chart .legend .traces").count() == 4  # the four quad classes
    page.screenshot(path=str(shots / "network.png"))
    page.select_option("#nw-by", "entity")
    wait_url(page, "by=entity")
    page.wait_for_selector("#network-chart g.textpoint text", state="attached")
    check_clean(page, server)


def test_paste_an_article_and_see_its_events(page, server, shots):
    page.goto(server + "/#/extract")
    page.fill("#ex-text", SEED.read_text(encoding="utf-8"))
    page.fill("#ex-date", "2018-02-15")
    page.click("#ex-go")
    page.wait_for_selector("#extract-result .event-card")
    assert page.locator("#extract-result .event-card").count() >= 5
    assert page.locator("#extract-result .trigger").count() >= 5
    assert page.locator("#extract-result .ent-person").count() >= 3
    assert "حدثا" in page.locator("#ex-info").inner_text()
    assert "2018-02-14" in page.locator("#extract-result").inner_text()  # the Wednesday before publication
    page.screenshot(path=str(shots / "extract.png"), full_page=True)
    page.fill("#ex-text", "")
    page.click("#ex-go")  # the browser's own 'required' check keeps an empty text from being sent
    check_clean(page, server)


def test_api_docs_page_works_offline(page, server, shots):
    page.goto(server + "/docs")
    try:
        page.wait_for_selector(".swagger-ui .info .title", timeout=20_000)
    except sync_api.TimeoutError:
        if httpx.get(server + "/docs").status_code == 404:
            pytest.skip("swagger-ui-py is not installed: /docs says so, /openapi.json still works")
        raise
    assert "rasd" in page.locator(".swagger-ui .info .title").inner_text()
    assert page.locator(".opblock-summary-path").count() >= 8
    page.screenshot(path=str(shots / "api-docs.png"))
    check_clean(page, server)
