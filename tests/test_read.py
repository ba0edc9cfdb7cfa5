from __future__ import annotations

import gzip
import io
import json


from rasd.read import ReadReport, read_inputs
from rasd.read.jsonl import read_jsonl

ARTICLE = ("دعا وزير الدفاع الأميركي جيمس ماتيس تركيا إلى تجديد التركيز على محاربة داعش في سورية. "
           "وقالت وزارة الدفاع الأميركية في بيان إن الدعوة جاءت خلال اجتماع في بروكسل.")


def read_all(paths, fmt="auto"):
    report = ReadReport()
    docs = list(read_inputs([str(p) for p in paths], fmt, report))
    return docs, report


def html_page(body_date: str = "", meta: str = "") -> str:
    paras = "".join(f"<p>{ARTICLE} الفقرة رقم {i}.</p>" for i in range(6))
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>ماتيس يدعو تركيا</title>{meta}"
            f"</head><body><nav><a href='/'>الرئيسية</a></nav><article><h1>ماتيس يدعو تركيا</h1>"
            f"<p class='date'>{body_date}</p>{paras}</article><footer>جميع الحقوق محفوظة</footer></body></html>")


def test_read_plain_text_keeps_text_and_hash_id(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    (doc,), report = read_all([p])
    assert doc.text == ARTICLE and doc.format == "text" and len(doc.id) == 16
    (again,), _ = read_all([p])
    assert again.id == doc.id  # stable
    assert report.documents == 1 and not report.skipped


def test_read_jsonl_fields_and_ids_kept(tmp_path):
    p = tmp_path / "a.jsonl"
    recs = [{"id": "doc-7", "text": ARTICLE, "title": "عنوان", "url": "http://x/1", "source": "bbc",
             "published": "2018-02-15T10:00:00+00:00"},
            {"doc_id": "SK-middleEast-1-20180223", "text": ARTICLE},
            {"text": ARTICLE + " نص آخر."}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    docs, _ = read_all([p])
    assert [d.id for d in docs[:2]] == ["doc-7", "SK-middleEast-1-20180223"]
    assert len(docs[2].id) == 16
    assert (docs[0].title, docs[0].url, docs[0].source, docs[0].published) == (
        "عنوان", "http://x/1", "bbc", "2018-02-15T10:00:00+00:00")
    assert docs[0].origin.endswith("a.jsonl:1")


def test_read_jsonl_gz_and_detection_by_content(tmp_path):
    p = tmp_path / "articles.data.gz"  # the name does not say jsonl: the content does
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": ARTICLE}, ensure_ascii=False) + "\n")
    (doc,), _ = read_all([p])
    assert doc.id == "g1" and doc.format == "jsonl"


def test_read_jsonl_malformed_lines_reported_rest_read(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "ok1", "text": ARTICLE}, ensure_ascii=False),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "notext"}),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "ok2", "text": ARTICLE}, ensure_ascii=False),
    ]), encoding="utf-8")
    docs, report = read_all([p])
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert report.skipped == {"E004": 2, "E005": 1, "E012": 1}
    assert any(pr.message.startswith(f"{p}:2:") for pr in report.problems)


def test_read_invalid_utf8_replaced_and_reported(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(ARTICLE.encode() + b"\xff\xfe\xfa " + "تكملة النص.".encode())
    (doc,), report = read_all([p])
    assert "\ufffd" in doc.text and "invalid_utf8" in doc.flags and report.notes["E006"] == 1
    assert doc.text.endswith("تكملة النص.")


def test_read_invalid_utf8_inside_jsonl_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    good = json.dumps({"id": "a", "text": "نص سليم"}, ensure_ascii=False).encode()
    bad = b'{"id": "b", "text": "\xd8\xb3\xff\xd8\xa7"}'
    p.write_bytes(good + b"\n" + bad + b"\n")
    docs, report = read_all([p])
    assert [d.id for d in docs] == ["a", "b"] and report.notes["E006"] == 1


def test_read_binary_file_skipped(tmp_path):
    p = tmp_path / "image.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 10)
    t = tmp_path / "ok.txt"
    t.write_text(ARTICLE, encoding="utf-8")
    docs, report = read_all([p, t])
    assert len(docs) == 1 and report.skipped == {"E002": 1}
    assert "binary" in report.problems[0].message


def test_read_empty_and_missing_inputs(tmp_path):
    e = tmp_path / "empty.txt"
    e.write_text("  \n\n", encoding="utf-8")
    docs, report = read_all([e, tmp_path / "missing.txt"])
    assert docs == [] and report.skipped == {"E003": 1, "E001": 1}


def test_read_non_arabic_read_and_flagged(tmp_path):
    p = tmp_path / "en.txt"
    p.write_text("The minister met his counterpart in Brussels on Wednesday.", encoding="utf-8")
    (doc,), report = read_all([p])
    assert doc.flags == ["non_arabic"] and report.notes["E010"] == 1


def test_read_directory_walked_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE + " ٢", encoding="utf-8")
    (tmp_path / "1.txt").write_text(ARTICLE + " ١", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    docs, report = read_all([tmp_path])
    assert [d.text[-1] for d in docs] == ["١", "٢"] and report.inputs == 2


def test_read_html_main_text_title_and_meta_date(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(html_page(meta="<meta property='article:published_time' content='2018-02-15T09:00:00Z'>"),
                 encoding="utf-8")
    (doc,), _ = read_all([p])
    assert doc.format == "html" and doc.title == "ماتيس يدعو تركيا"
    assert "جيمس ماتيس" in doc.text and "الرئيسية" not in doc.text
    assert doc.published.startswith("2018-02-15")


def test_read_html_arabic_date_fallback(tmp_path):
    p = tmp_path / "page.htm"
    p.write_text(html_page(body_date="نشر في الخميس 15 شباط/فبراير 2018"), encoding="utf-8")
    (doc,), _ = read_all([p])
    assert doc.published == "2018-02-15"


def test_read_html_malformed_skipped_others_read(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text("<html><body><div></div></body></html>", encoding="utf-8")
    good = tmp_path / "good.html"
    good.write_text(html_page(), encoding="utf-8")
    docs, report = read_all([bad, good])
    assert len(docs) == 1 and report.skipped == {"E007": 1}


def _warc(records: list[tuple[str, str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, ctype, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                                      http_headers=headers))
    return buf.getvalue()


def test_read_warc_html_responses(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(_warc([("http://news.example/a", "text/html; charset=utf-8", html_page()),
                         ("http://news.example/logo.png", "image/png", "PNG"),
                         ("http://news.example/b", "text/html", html_page(body_date="20 مارس 2018"))]))
    docs, report = read_all([p])
    assert [d.url for d in docs] == ["http://news.example/a", "http://news.example/b"]
    assert all(d.format == "html" and "ماتيس" in d.text for d in docs)
    assert docs[1].published == "2018-03-20"


def test_read_warc_malformed_reports_and_keeps_earlier_records(tmp_path):
    p = tmp_path / "bad.warc.gz"
    p.write_bytes(_warc([("http://news.example/a", "text/html", html_page())]) + b"not a warc record\r\n\r\n")
    q = tmp_path / "bad2.warc"
    q.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>")
    docs, report = read_all([p, q])
    assert [d.url for d in docs] == ["http://news.example/a"] and report.skipped == {"E008": 2}


def test_read_forced_format(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(html_page(), encoding="utf-8")
    (as_text,), _ = read_all([p], "text")
    (as_html,), _ = read_all([p], "html")
    assert "<p>" in as_text.text and "<p>" not in as_html.text


def test_read_jsonl_is_streamed_lazily():
    def endless():
        i = 0
        while True:
            i += 1
            yield json.dumps({"id": str(i), "text": ARTICLE}, ensure_ascii=False).encode()

    docs = read_jsonl(endless(), "gen", ReadReport())
    assert [next(docs).id for _ in range(3)] == ["1", "2", "3"]  # no attempt to read everything first


def test_read_single_50mb_line(tmp_path):
    from rasd.clean import clean_document

    text = (ARTICLE + " ") * (50_000_000 // (len(ARTICLE.encode()) + 1))
    p = tmp_path / "huge.jsonl"
    with open(p, "wb") as fh:
        fh.write(json.dumps({"id": "huge", "text": text}, ensure_ascii=False).encode() + b"\n")
        fh.write(json.dumps({"id": "small", "text": ARTICLE}, ensure_ascii=False).encode() + b"\n")
    assert p.stat().st_size > 50_000_000
    docs = [clean_document(d) for d in read_all([p])[0]]
    assert [d.id for d in docs] == ["huge", "small"]
    assert len(docs[0].stories[0].sentences) > 100_000


def test_read_shared_corpus_sample(corpus_path):
    from itertools import islice

    report = ReadReport()
    docs = list(islice(read_inputs([str(corpus_path)], report=report), 500))
    assert len(docs) == 500 and docs[0].id.startswith(("AL-", "BB-", "CN-", "FR-", "SK-"))
    assert all(d.published for d in docs[:50])
