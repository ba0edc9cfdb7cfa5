"""The Spark job's output layout, and the way back from it to the rows the store writes.

An output directory holds three Parquet datasets, each partitioned by the document's publication day
(``day=YYYY-MM-DD``; ``day=__HIVE_DEFAULT_PARTITION__`` for documents without a date), and a manifest:

- ``documents/``: one row per document: metadata, the original text, stories and sentences (offsets), the stems
  of the full-text index and the MinHash signature (so loading into a store does no extraction work);
- ``entities/``: one row per entity of a document, with its mentions;
- ``events/``: one row per event as coded in its document (every modality), in the export's flat layout
  (``EventId``, ``SQLDATE``, ``Actor1Code`` … ``Evidence``, see docs/store.md) plus the per-document fields
  (modality, negation, trigger offsets, rule, mentions);
- ``problems/``: what could not be read or extracted (code, origin, message);
- ``_rasd.json``: ``{"layout": "rasd-spark/1", …}`` with the counts.

Pure Python and pyarrow: nothing here imports pyspark, so ``rasd ingest`` reads an output without Spark.
:func:`records_of` turns one document's store rows (:class:`~rasd.store.rows.DocRows`) into the three records and
:func:`rows_of` turns them back, exactly (tested), so a Spark run loads into a store as the single-process ingest
would have stored the same documents.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import orjson

from ..store.rows import ACTOR_COLS, EVENT_COLS, DocRows

LAYOUT = "rasd-spark/1"
MANIFEST = "_rasd.json"
NULL_DAY = "__HIVE_DEFAULT_PARTITION__"
DATASETS = ("documents", "entities", "events", "problems")

# (column, Spark SQL type); the partition column ``day`` is last. Spark's types map to Parquet's as usual
# (INT int32, SMALLINT int16, TINYINT int8, DATE date32, BINARY bytes).
DOCUMENT_COLUMNS: list[tuple[str, str]] = [
    ("doc_id", "STRING"), ("content_hash", "STRING"), ("url", "STRING"), ("title", "STRING"),
    ("source", "STRING"), ("publisher", "STRING"), ("published", "STRING"), ("origin", "STRING"),
    ("format", "STRING"), ("flags", "ARRAY<STRING>"), ("warnings", "ARRAY<STRING>"), ("dropped", "STRING"),
    ("quotes", "STRING"), ("text", "STRING"),
    ("stories", "ARRAY<STRUCT<idx: INT, char_start: INT, char_end: INT, captions: ARRAY<STRING>, "
                "updates: ARRAY<STRUCT<time: STRING, timezone: STRING, char_start: INT, char_end: INT>>>>"),
    ("sentences", "ARRAY<STRUCT<story: INT, idx: INT, char_start: INT, char_end: INT, update_idx: INT>>"),
    ("num_entities", "INT"), ("num_events", "INT"),
    ("index_title", "STRING"), ("index_body", "STRING"), ("minhash", "BINARY"),
    ("day", "STRING"),
]

ENTITY_COLUMNS: list[tuple[str, str]] = [
    ("doc_id", "STRING"), ("idx", "INT"), ("entity", "STRING"), ("kind", "STRING"), ("name", "STRING"),
    ("name_ar", "STRING"), ("country", "STRING"), ("sector", "STRING"), ("role", "STRING"), ("lat", "DOUBLE"),
    ("lon", "DOUBLE"), ("name_key", "STRING"), ("num_mentions", "INT"),
    ("mentions", "ARRAY<STRUCT<story: INT, sentence: INT, char_start: INT, char_end: INT, how: STRING, "
                 "text: STRING>>"),
    ("day", "STRING"),
]

_ACTOR = ("Code", "Name", "CountryCode", "Type1Code", "Entity", "Text", "Role")
EVENT_COLUMNS: list[tuple[str, str]] = [
    ("EventId", "STRING"), ("SourceDocId", "STRING"), ("idx", "INT"), ("SQLDATE", "INT"), ("Date", "DATE"),
    ("DatePrecision", "STRING"), ("DateText", "STRING"), ("MonthYear", "INT"), ("Year", "SMALLINT"),
    *((f"Actor{n}{k}", "STRING") for n in (1, 2) for k in _ACTOR),
    ("PloverType", "STRING"), ("PloverMode", "STRING"), ("EventCode", "STRING"), ("EventBaseCode", "STRING"),
    ("EventRootCode", "STRING"), ("QuadClass", "TINYINT"), ("Confidence", "DOUBLE"),
    ("ActionGeo_FullName", "STRING"), ("ActionGeo_Name", "STRING"), ("ActionGeo_Text", "STRING"),
    ("ActionGeo_CountryCode", "STRING"), ("ActionGeo_Lat", "DOUBLE"), ("ActionGeo_Long", "DOUBLE"),
    ("Negated", "BOOLEAN"), ("Modality", "STRING"), ("Story", "INT"), ("Sentence", "INT"),
    ("TriggerText", "STRING"), ("TriggerStart", "INT"), ("TriggerEnd", "INT"), ("Rule", "STRING"),
    ("Amount", "STRING"), ("NumMentions", "INT"),
    ("Mentions", "ARRAY<STRUCT<story: INT, sentence: INT, trigger: STRING, char_start: INT, char_end: INT, "
                 "rule: STRING>>"),
    ("SOURCEURL", "STRING"), ("SourcePublisher", "STRING"), ("Evidence", "STRING"),
    ("day", "STRING"),
]

PROBLEM_COLUMNS: list[tuple[str, str]] = [("code", "STRING"), ("origin", "STRING"), ("message", "STRING"),
                                          ("skipped", "BOOLEAN")]


def ddl(columns: list[tuple[str, str]]) -> str:
    """A Spark DDL schema string (``a STRING, b INT``)."""
    return ", ".join(f"`{name}` {typ}" for name, typ in columns)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        d = dt.date.fromisoformat(value)
    except ValueError:
        return None
    return d if d.isoformat() == value else None


def _float(x):
    return float(x) if x is not None else None


def _loads(s: str):
    return orjson.loads(s)


def _json(value) -> str:
    return orjson.dumps(value).decode()


def records_of(rows: DocRows) -> tuple[tuple, list[tuple], list[tuple]]:
    """One document's rows → (documents record, entity records, event records), as tuples in column order."""
    (doc_id, chash, url, title, source, publisher, published, day, origin, fmt, flags, dropped, warnings, quotes,
     text, _ingested) = rows.doc
    stories = [(idx, a, b, _loads(caps), [(u["time"], u["timezone"], u["start"], u["end"]) for u in _loads(ups)])
               for idx, a, b, caps, ups in rows.stories]
    sentences = [tuple(s) for s in rows.sentences]
    sent_span = {(s[0], s[1]): (s[2], s[3]) for s in rows.sentences}
    doc = (doc_id, chash, url, title, source, publisher, published, origin, fmt, _loads(flags), _loads(warnings),
           dropped, quotes, text, stories, sentences, len(rows.entities), len(rows.events), rows.fts[0], rows.fts[1],
           rows.sig or None, day)

    by_entity: dict[str, list] = defaultdict(list)
    for ent, story, sentence, a, b, how in rows.mentions:
        by_entity[ent].append((story, sentence, a, b, how, text[a:b]))
    ents = []
    for i, (eid, kind, name, name_ar, country, lat, lon, key, sector, role, n) in enumerate(rows.entities):
        ents.append((doc_id, i, eid, kind, name, name_ar, country, sector, role, _float(lat), _float(lon), key, n,
                     by_entity.get(eid, []), day))

    evs = []
    for i, (row, ments) in enumerate(rows.events):
        e = dict(zip(EVENT_COLS, row))
        day_ev = _date(e["date"])
        cameo = e["cameo"] or ""
        actors = []
        for side in ("src", "tgt"):
            a = {c: e[f"{side}_{c}"] for c in ACTOR_COLS}
            code = (a["country"] or "") + (a["sector"] or "")
            actors += [code or None, a["name"], a["country"], a["sector"], a["entity"], a["text"], a["role"]]
        span = sent_span.get((e["story"], e["sentence"]))
        evidence = text[span[0]:span[1]] if span else None
        evs.append((
            e["event_id"], doc_id, i,
            int(day_ev.strftime("%Y%m%d")) if day_ev else None, day_ev, e["date_precision"], e["date_text"],
            day_ev.year * 100 + day_ev.month if day_ev else None, day_ev.year if day_ev else None,
            *actors,
            e["type"], e["mode"], cameo or None,
            (cameo if len(cameo) >= 3 else cameo + "0")[:3] if cameo else None, cameo[:2] or None, e["quad"],
            _float(e["confidence"]),
            e["place_name"] or e["place_text"], e["place_name"], e["place_text"], e["place_country"],
            _float(e["place_lat"]), _float(e["place_lon"]),
            bool(e["negated"]), e["modality"], e["story"], e["sentence"], e["trigger_text"], e["char_start"],
            e["char_end"], e["rule"], e["amount"], len(ments), [tuple(m) for m in ments],
            url, publisher or None, evidence, day))
    return doc, ents, evs


def _as_dict(record: tuple | dict, columns: list[tuple[str, str]]) -> dict:
    return record if isinstance(record, dict) else dict(zip((c for c, _ in columns), record))


def _struct(value, keys: tuple[str, ...]) -> tuple:
    return tuple(value[k] for k in keys) if isinstance(value, dict) else tuple(value)


def rows_of(doc, ents, evs, ingested: str | None = None) -> DocRows:
    """The way back: a document's records (tuples in column order, or dicts as pyarrow reads them) → DocRows."""
    d = _as_dict(doc, DOCUMENT_COLUMNS)
    day = d["day"] if d["day"] not in (None, NULL_DAY) else None
    now = ingested or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    doc_row = (d["doc_id"], d["content_hash"], d["url"], d["title"], d["source"], d["publisher"] or "",
               d["published"], day, d["origin"], d["format"], _json(list(d["flags"] or [])), d["dropped"],
               _json(list(d["warnings"] or [])), d["quotes"], d["text"], now)
    stories = []
    for st in d["stories"] or []:
        idx, a, b, caps, ups = _struct(st, ("idx", "char_start", "char_end", "captions", "updates"))
        ups = [dict(zip(("time", "timezone", "start", "end"),
                        _struct(u, ("time", "timezone", "char_start", "char_end")))) for u in ups or []]
        stories.append((idx, a, b, _json(list(caps or [])), _json(ups)))
    sentences = [_struct(s, ("story", "idx", "char_start", "char_end", "update_idx")) for s in d["sentences"] or []]
    entities, mentions = [], []
    for e in sorted((_as_dict(x, ENTITY_COLUMNS) for x in ents), key=lambda x: x["idx"]):
        entities.append((e["entity"], e["kind"], e["name"], e["name_ar"], e["country"], e["lat"], e["lon"],
                         e["name_key"], e["sector"], e["role"], e["num_mentions"]))
        for m in e["mentions"] or []:
            story, sentence, a, b, how, _text = _struct(m, ("story", "sentence", "char_start", "char_end", "how",
                                                            "text"))
            mentions.append((e["entity"], story, sentence, a, b, how))
    events = []
    for e in sorted((_as_dict(x, EVENT_COLUMNS) for x in evs), key=lambda x: x["idx"]):
        date = e["Date"]
        actor = {}
        for side, n in (("src", 1), ("tgt", 2)):
            actor[side] = (e[f"Actor{n}Entity"], e[f"Actor{n}Text"], e[f"Actor{n}Name"], e[f"Actor{n}CountryCode"],
                           e[f"Actor{n}Type1Code"], e[f"Actor{n}Role"])
        row = (e["EventId"], e["Story"], e["Sentence"], e["PloverType"], e["PloverMode"], e["EventCode"],
               e["QuadClass"], *actor["src"], *actor["tgt"],
               e["ActionGeo_Text"], e["ActionGeo_Name"], e["ActionGeo_CountryCode"], e["ActionGeo_Lat"],
               e["ActionGeo_Long"], date.isoformat() if date else None, e["DatePrecision"], e["DateText"],
               int(bool(e["Negated"])), e["Modality"], e["TriggerText"], e["TriggerStart"], e["TriggerEnd"],
               e["Rule"], e["Confidence"], e["Amount"])
        ments = [_struct(m, ("story", "sentence", "trigger", "char_start", "char_end", "rule"))
                 for m in e["Mentions"] or []]
        events.append((row, ments))
    sig = d["minhash"] or b""
    return DocRows(d["doc_id"], d["content_hash"], d["url"], doc_row, stories, sentences, entities, mentions,
                   events, (d["index_title"] or "", d["index_body"] or ""), bytes(sig))


# ---- reading an output back (rasd ingest) ------------------------------------------------------------------------

def is_output(path: str) -> bool:
    """A local directory written by the Spark job (it has the manifest and a documents dataset)."""
    p = Path(path)
    return p.is_dir() and (p / MANIFEST).is_file() and (p / "documents").is_dir()


def manifest(path: str) -> dict:
    return json.loads((Path(path) / MANIFEST).read_text(encoding="utf-8"))


def _days(root: Path) -> list[str]:
    """The partition values, in date order; documents without a date last."""
    days = [p.name.split("=", 1)[1] for p in (root / "documents").iterdir() if p.is_dir() and p.name.startswith("day=")]
    return sorted(days, key=lambda d: (d == NULL_DAY, d))


def _read_partition(root: Path, dataset: str, day: str) -> list[dict]:
    import pyarrow.parquet as pq

    part = root / dataset / f"day={day}"
    if not part.is_dir():
        return []
    files = sorted(str(f) for f in part.iterdir() if f.is_file() and not f.name.startswith((".", "_")))
    out: list[dict] = []
    for f in files:
        out.extend(pq.read_table(f).to_pylist())
    return out


def count_documents(path: str) -> int:
    """How many documents an output holds (from the Parquet footers: nothing is decoded)."""
    import pyarrow.parquet as pq

    n = 0
    for f in (Path(path) / "documents").rglob("*.parquet"):
        n += pq.ParquetFile(f).metadata.num_rows
    return n


def read_output(path: str) -> Iterator[DocRows]:
    """Every document of an output, as store rows: one day partition at a time (memory bounded by the busiest
    day), days in order, documents of a day by id, so a load is deterministic whatever the number of Spark tasks."""
    root = Path(path)
    for day in _days(root):
        docs = _read_partition(root, "documents", day)
        ents: dict[str, list] = defaultdict(list)
        for e in _read_partition(root, "entities", day):
            ents[e["doc_id"]].append(e)
        evs: dict[str, list] = defaultdict(list)
        for e in _read_partition(root, "events", day):
            evs[e["SourceDocId"]].append(e)
        for d in sorted(docs, key=lambda x: x["doc_id"]):
            d["day"] = None if day == NULL_DAY else day
            yield rows_of(d, ents.get(d["doc_id"], []), evs.get(d["doc_id"], []))


def origin_label(path: str) -> str:
    return os.path.normpath(path)
