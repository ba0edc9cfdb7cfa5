"""Exporting merged events: JSON Lines in the PLOVER record layout, a flat CSV with GDELT-like columns, and Parquet
with typed columns (the same columns as the CSV)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import replace
from typing import IO

import orjson

from .. import __version__
from .backend import Backend
from .query import EventFilter, events, members

CODER = f"rasd {__version__}"

# (column, Arrow type name) — the flat layout shared by CSV and Parquet; GDELT 2.0 names where the meaning matches
FLAT_COLUMNS: list[tuple[str, str]] = [
    ("GLOBALEVENTID", "int64"), ("EventId", "string"), ("SQLDATE", "int32"), ("Date", "date32"),
    ("DateMin", "date32"), ("DateMax", "date32"), ("DatePrecision", "string"), ("MonthYear", "int32"),
    ("Year", "int16"),
    ("Actor1Code", "string"), ("Actor1Name", "string"), ("Actor1CountryCode", "string"),
    ("Actor1Type1Code", "string"), ("Actor1Entity", "string"), ("Actor1Text", "string"),
    ("Actor2Code", "string"), ("Actor2Name", "string"), ("Actor2CountryCode", "string"),
    ("Actor2Type1Code", "string"), ("Actor2Entity", "string"), ("Actor2Text", "string"),
    ("PloverType", "string"), ("PloverMode", "string"), ("EventCode", "string"), ("EventBaseCode", "string"),
    ("EventRootCode", "string"), ("QuadClass", "int8"),
    ("NumMentions", "int32"), ("NumSources", "int32"), ("NumArticles", "int32"), ("NumDocuments", "int32"),
    ("Confidence", "float64"),
    ("ActionGeo_FullName", "string"), ("ActionGeo_CountryCode", "string"), ("ActionGeo_Lat", "float64"),
    ("ActionGeo_Long", "float64"),
    ("SOURCEURL", "string"), ("SourcePublisher", "string"), ("SourceDocId", "string"), ("Evidence", "string"),
]


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def flat_row(ev: dict) -> dict:
    """One merged event as the flat (CSV/Parquet) record, with Python values (dates as ``datetime.date``)."""
    day = _date(ev["date"])
    cameo = ev["cameo"] or ""
    row = {"GLOBALEVENTID": ev["id"], "EventId": ev["event_id"],
           "SQLDATE": int(day.strftime("%Y%m%d")) if day else None, "Date": day, "DateMin": _date(ev["date_min"]),
           "DateMax": _date(ev["date_max"]), "DatePrecision": ev["date_precision"],
           "MonthYear": day.year * 100 + day.month if day else None, "Year": day.year if day else None}
    for n, side in ((1, "source"), (2, "target")):
        a = ev[side] or {}
        code = (a.get("country") or "") + (a.get("sector") or "") if a else ""
        row.update({f"Actor{n}Code": code or None, f"Actor{n}Name": a.get("name"),
                    f"Actor{n}CountryCode": a.get("country"), f"Actor{n}Type1Code": a.get("sector"),
                    f"Actor{n}Entity": a.get("entity"), f"Actor{n}Text": a.get("text")})
    place = ev["place"] or {}
    row.update({"PloverType": ev["type"], "PloverMode": ev["mode"], "EventCode": cameo or None,
                "EventBaseCode": (cameo if len(cameo) >= 3 else cameo + "0")[:3] if cameo else None,
                "EventRootCode": cameo[:2] or None, "QuadClass": ev["quad"],
                "NumMentions": ev["num_mentions"], "NumSources": ev["num_sources"],
                "NumArticles": ev["num_articles"], "NumDocuments": ev["num_documents"],
                "Confidence": ev["confidence"],
                "ActionGeo_FullName": place.get("name") or place.get("text"),
                "ActionGeo_CountryCode": place.get("country"), "ActionGeo_Lat": place.get("lat"),
                "ActionGeo_Long": place.get("lon"), "SOURCEURL": ev["url"], "SourcePublisher": ev["publisher"],
                "SourceDocId": ev["doc_id"], "Evidence": ev["evidence"]})
    return row


def _plover_actor(a: dict | None) -> dict | None:
    if not a:
        return None
    return {"code": a["country"], "sector": a["sector"], "entity_text": a["text"], "identifier": a["entity"],
            "name": a["name"]}


def plover_record(ev: dict, mems: list[dict], coded: str) -> dict:
    """One merged event in the PLOVER JSON layout (actor/recipient objects, event_loc with geonames-style names),
    with rasd's counts and every article that tells it."""
    place = ev["place"]
    loc = None
    if place:
        loc = {"name": place["name"], "text": place["text"], "cc3": place["country"], "latitude": place["lat"],
               "longitude": place["lon"]}
    return {
        "id": ev["event_id"], "date": ev["date"], "date_precision": ev["date_precision"],
        "enddate": ev["date_max"] if ev["date_max"] and ev["date_max"] != ev["date"] else None,
        "actor": _plover_actor(ev["source"]), "recipient": _plover_actor(ev["target"]),
        "event": ev["type"], "mode": ev["mode"], "quad_code": ev["quad"], "cameo": ev["cameo"],
        "event_loc": loc, "event_text": ev["trigger"], "text": ev["evidence"],
        "cite_info": {"citation": ev["doc_id"], "url": ev["url"], "title": ev["title"],
                      "publication": ev["publisher"], "language": "ar", "coder": CODER, "codebook": "plover"},
        "coder": CODER, "coded_date": coded, "confidence": ev["confidence"],
        "num_mentions": ev["num_mentions"], "num_articles": ev["num_articles"], "num_sources": ev["num_sources"],
        "num_documents": ev["num_documents"],
        "mentions": [{k: v for k, v in m.items() if not k.startswith("_")} for m in mems],
    }


def _batches(db: Backend, f: EventFilter, size: int = 2000) -> Iterator[list[dict]]:
    """Every matching merged event, in id order, a page at a time (memory stays bounded)."""
    last = 0
    while True:
        page = events(db, replace(f, limit=size), after_id=last)
        if not page:
            return
        yield page
        last = page[-1]["id"]


def write_jsonl(db: Backend, f: EventFilter, out: IO[bytes]) -> int:
    coded = dt.date.today().isoformat()
    n = 0
    for chunk in _batches(db, f):
        mems = members(db, [e["id"] for e in chunk])
        for ev in chunk:
            out.write(orjson.dumps(plover_record(ev, mems.get(ev["id"], []), coded)) + b"\n")
            n += 1
    return n


def _csv_writer(out: IO[str]) -> csv.DictWriter:
    w = csv.DictWriter(out, fieldnames=[c for c, _ in FLAT_COLUMNS], lineterminator="\n")
    w.writeheader()
    return w


def _csv_row(ev: dict) -> dict:
    row = flat_row(ev)
    row.update((k, v.isoformat()) for k, v in row.items() if isinstance(v, dt.date))
    return row


def write_csv(db: Backend, f: EventFilter, out: IO[str]) -> int:
    w = _csv_writer(out)
    n = 0
    for chunk in _batches(db, f):
        w.writerows(_csv_row(ev) for ev in chunk)
        n += len(chunk)
    return n


def arrow_schema():
    import pyarrow as pa

    return pa.schema([(c, getattr(pa, t)()) for c, t in FLAT_COLUMNS])


def write_parquet(db: Backend, f: EventFilter, path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema()
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for chunk in _batches(db, f):
            rows = [flat_row(ev) for ev in chunk]
            cols = {c: [r[c] for r in rows] for c, _ in FLAT_COLUMNS}
            writer.write_table(pa.table(cols, schema=schema))
            n += len(rows)
    return n


def csv_text(evs: list[dict]) -> str:
    """The flat CSV of already-fetched events (for ``rasd events --format csv``)."""
    buf = io.StringIO()
    _csv_writer(buf).writerows(_csv_row(ev) for ev in evs)
    return buf.getvalue()
