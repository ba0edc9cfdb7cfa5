from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rasd(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rasd", *args], input=stdin, capture_output=True, cwd=ROOT,
                          timeout=120)


def test_cli_read_seed_table_is_readable(seed_path):
    r = rasd("read", str(seed_path))
    out = r.stdout.decode()
    assert r.returncode == 0
    assert "story 0" in out and "story 1" in out and "caption" in out and "09:53" in out
    assert "read 1 document(s) from 1 input(s)" in r.stderr.decode()


def test_cli_read_json_schema_shape(seed_path):
    r = rasd("read", str(seed_path), "--format", "json")
    data = json.loads(r.stdout)
    assert data["schema"] == "rasd/1"
    (doc,) = data["documents"]
    assert set(doc) >= {"id", "title", "url", "source", "published", "stories"}
    story = doc["stories"][1]
    assert set(story) >= {"index", "captions", "text", "updates", "sentences"}
    assert story["updates"][0]["time"] == "09:53"
    sent = story["sentences"][0]
    assert set(sent) >= {"index", "text", "start", "end"}
    text = seed_path.read_text(encoding="utf-8")
    assert text[sent["start"] : sent["end"]] == sent["text"]  # offsets into the original page


def test_cli_read_jsonl_from_stdin_keeps_ids():
    lines = b"\n".join(json.dumps({"id": i, "text": "\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633."}).encode()
                       for i in ("a-1", "b-2"))
    r = rasd("read", "-", "-f", "jsonl", stdin=lines)
    docs = [json.loads(x) for x in r.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["a-1", "b-2"] and all(d["schema"] == "rasd/1" for d in docs)


def test_cli_read_exit_status_nonzero_only_when_nothing_read(tmp_path, seed_path):
    missing = tmp_path / "missing.txt"
    r = rasd("read", str(missing))
    assert r.returncode == 1 and "E001" in r.stderr.decode()
    r = rasd("read", str(missing), str(seed_path), "-f", "jsonl")
    assert r.returncode == 0 and "skipped: 1× E001" in r.stderr.decode()


def test_cli_read_unknown_input_format_is_a_clear_error(seed_path):
    r = rasd("read", str(seed_path), "--input-format", "pdf")
    assert r.returncode != 0 and "pdf" in r.stderr.decode()


def test_cli_extract_seed_json_has_entities(seed_path):
    r = rasd("extract", str(seed_path), "--date", "2018-02-15", "-f", "json")
    assert r.returncode == 0
    (doc,) = json.loads(r.stdout)["documents"]
    names = {e["name"] for e in doc["entities"]}
    assert {"James Mattis", "Nurettin Canikli", "Rex Tillerson", "Turkey", "Syria"} <= names
    assert doc["published"] == "2018-02-15"


def test_cli_extract_bad_date_is_a_clear_error(seed_path):
    r = rasd("extract", str(seed_path), "--date", "15/02/2018")
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr.decode()


def test_cli_lexicon_check_passes_on_bundled_lexicon():
    r = rasd("lexicon", "check")
    assert r.returncode == 0 and "errors" in r.stdout.decode()


def test_cli_lexicon_check_reports_bad_records(tmp_path):
    (tmp_path / "countries.jsonl").write_text('{"id": "TUR", "name": "Turkey", "ar": ["تركيا"]}\n', encoding="utf-8")
    (tmp_path / "people.jsonl").write_text(
        '{"id": "x", "name": "X", "ar": ["س ص"], "roles": [{"country": "ZZZ", "sector": "GOV", "role": "president",'
        ' "start": "2018-13-01"}]}\n{"id": "x", "name": "Y", "ar": ["ع غ"]}\nnot json\n', encoding="utf-8")
    r = rasd("lexicon", "check", "--dir", str(tmp_path))
    out = r.stdout.decode()
    assert r.returncode == 1
    assert "unknown country code 'ZZZ'" in out and "impossible date" in out and "duplicate id 'x'" in out
    assert "not valid JSON" in out
