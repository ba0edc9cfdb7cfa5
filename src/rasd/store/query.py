"""Questions asked of the store: merged events with filters, the most active actors, counts per period and per
country pair, and one document with everything stored about it. Portable SQL; results are plain dicts."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import orjson

from ..text.normalize import normalize_str
from .backend import Backend, StoreError

_CODE_RE = re.compile(r"[A-Za-z]{3}")


@dataclass
class EventFilter:
    actor: str | None = None  # either side
    source: str | None = None
    target: str | None = None
    types: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    place: str | None = None
    min_sources: int = 0
    limit: int | None = None

    def check(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                try:
                    setattr(self, name, dt.date.fromisoformat(value).isoformat())
                except ValueError:
                    raise StoreError(f"--{name} {value!r} is not a date (hint: use YYYY-MM-DD, e.g. 2018-02-15)") \
                        from None
        self.types = [t.strip().upper() for x in self.types for t in x.split(",") if t.strip()]


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def resolve_actor(db: Backend, value: str) -> tuple[set[str], set[str]]:
    """(country codes, entity ids) an ``--actor`` value names: a 3-letter code (TUR, igo), an entity id
    (james-mattis, NATO), or part of an English or Arabic name (Mattis, ماتيس, Turkey); a country named by its name
    stands for the whole country."""
    value = value.strip()
    codes: set[str] = set()
    ents: set[str] = set()
    if _CODE_RE.fullmatch(value):  # TUR always; tur when some entity has that country code
        up = value.upper()
        if value == up or db.one("SELECT 1 FROM entities WHERE country = ? LIMIT 1", (up,)):
            codes.add(up)
    key = normalize_str(value).lower()
    for eid, kind, country in db.query(
            "SELECT id, kind, country FROM entities WHERE id = ? OR lower(id) = ? OR name_key LIKE ? ESCAPE '\\' "
            "LIMIT 500", (value, value.lower(), _like(key))):
        ents.add(eid)
        if kind == "country" and country:
            codes.add(country)
    return codes, ents


def _side_clause(db: Backend, side: str, value: str, params: list) -> str:
    codes, ents = resolve_actor(db, value)
    parts = []
    if codes:
        parts.append(f"m.{side}_country IN ({', '.join('?' * len(codes))})")
        params.extend(sorted(codes))
    if ents:
        parts.append(f"m.{side}_entity IN ({', '.join('?' * len(ents))})")
        params.extend(sorted(ents))
    return "(" + " OR ".join(parts) + ")" if parts else "0 = 1"


def where(db: Backend, f: EventFilter) -> tuple[str, list]:
    f.check()
    clauses: list[str] = []
    params: list = []
    if f.actor:
        p1: list = []
        p2: list = []
        a = _side_clause(db, "src", f.actor, p1)
        b = _side_clause(db, "tgt", f.actor, p2)
        clauses.append(f"({a} OR {b})")
        params += p1 + p2
    if f.source:
        clauses.append(_side_clause(db, "src", f.source, params))
    if f.target:
        clauses.append(_side_clause(db, "tgt", f.target, params))
    if f.types:
        clauses.append(f"m.type IN ({', '.join('?' * len(f.types))})")
        params += f.types
    if f.since:
        clauses.append("m.date >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("m.date <= ?")
        params.append(f.until)
    if f.place:
        codes, ents = resolve_actor(db, f.place)
        names = [r[0] for r in db.query(
            f"SELECT name FROM entities WHERE id IN ({', '.join('?' * len(ents))}) AND name IS NOT NULL",
            sorted(ents))] if ents else []
        parts = []
        if codes:
            parts.append(f"m.place_country IN ({', '.join('?' * len(codes))})")
            params += sorted(codes)
        if names:
            parts.append(f"m.place_name IN ({', '.join('?' * len(names))})")
            params += names
        parts.append("lower(m.place_name) LIKE ? ESCAPE '\\'")
        params.append(_like(f.place.strip().lower()))
        clauses.append("(" + " OR ".join(parts) + ")")
    if f.min_sources:
        clauses.append("m.num_sources >= ?")
        params.append(int(f.min_sources))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_EVENT_SELECT = """SELECT m.id, m.type, m.mode, m.cameo, m.quad,
    m.src_entity, m.src_name, m.src_text, m.src_country, m.src_sector,
    m.tgt_entity, m.tgt_name, m.tgt_text, m.tgt_country, m.tgt_sector,
    m.place_text, m.place_name, m.place_country, m.place_lat, m.place_lon,
    m.date, m.date_precision, m.date_min, m.date_max, m.confidence,
    m.num_events, m.num_mentions, m.num_documents, m.num_articles, m.num_sources,
    e.event_id, e.trigger_text, d.doc_id, d.url, d.publisher, d.title,
    substr(d.text, s.char_start + 1, s.char_end - s.char_start)
  FROM merged_events m
  JOIN events e ON e.id = m.first_event
  JOIN documents d ON d.id = e.doc
  LEFT JOIN sentences s ON s.doc = e.doc AND s.story = e.story AND s.idx = e.sentence"""


def _actor_dict(entity, name, text, country, sector) -> dict | None:
    if not (entity or name or text or country):
        return None
    return {"entity": entity, "name": name, "text": text, "country": country, "sector": sector}


def _event_dict(r: tuple) -> dict:
    place = None
    if r[15] or r[16] or r[17]:
        place = {"text": r[15], "name": r[16], "country": r[17], "lat": r[18], "lon": r[19]}
    return {"id": r[0], "event_id": r[30], "date": r[20], "date_precision": r[21], "date_min": r[22],
            "date_max": r[23], "type": r[1], "mode": r[2], "cameo": r[3], "quad": r[4],
            "source": _actor_dict(*r[5:10]), "target": _actor_dict(*r[10:15]), "place": place,
            "confidence": r[24], "num_events": r[25], "num_mentions": r[26], "num_documents": r[27],
            "num_articles": r[28], "num_sources": r[29], "trigger": r[31], "doc_id": r[32], "url": r[33],
            "publisher": r[34] or None, "title": r[35], "evidence": r[36]}


def events(db: Backend, f: EventFilter, after_id: int | None = None) -> list[dict]:
    """Merged events (claims across articles), newest first, then best sourced; with ``after_id``, those with a
    larger id in id order instead (for paging through everything)."""
    clause, params = where(db, f)
    if after_id is None:
        sql = _EVENT_SELECT + clause + " ORDER BY m.date DESC NULLS LAST, m.num_sources DESC, m.id"
    else:
        sql = _EVENT_SELECT + clause + (" AND " if clause else " WHERE ") + "m.id > ? ORDER BY m.id"
        params.append(after_id)
    if f.limit:
        sql += " LIMIT ?"
        params.append(int(f.limit))
    return [_event_dict(r) for r in db.query(sql, params)]


def members(db: Backend, merged_ids: list[int]) -> dict[int, list[dict]]:
    """Every document event linked to each merged event, with its document and mentions."""
    out: dict[int, list[dict]] = defaultdict(list)
    for i in range(0, len(merged_ids), 500):
        chunk = merged_ids[i : i + 500]
        rows = db.query(
            f"""SELECT e.merged_id, e.id, e.event_id, e.date, e.modality, e.src_text, e.tgt_text, e.trigger_text,
                       d.doc_id, d.url, d.publisher, d.title, d.published, d.group_id
                FROM events e JOIN documents d ON d.id = e.doc
                WHERE e.merged_id IN ({', '.join('?' * len(chunk))}) ORDER BY e.merged_id, e.id""", chunk)
        for r in rows:
            out[r[0]].append({"event_id": r[2], "date": r[3], "source_text": r[5], "target_text": r[6],
                              "trigger": r[7], "doc_id": r[8], "url": r[9], "publisher": r[10] or None,
                              "title": r[11], "published": r[12], "article_group": r[13], "_id": r[1]})
    return out


def actors(db: Backend, f: EventFilter, by: str = "entity", limit: int = 20) -> list[dict]:
    """The most active actors over merged events: how many as source and as target, and by type."""
    clause, params = where(db, f)
    key = {"entity": "coalesce(m.{s}_entity, m.{s}_country)", "country": "m.{s}_country"}[by]
    rows = []
    for side in ("src", "tgt"):
        k = key.format(s=side)
        extra = f"{k} IS NOT NULL"
        sql = (f"SELECT {k}, m.type, count(*) FROM merged_events m"
               f"{clause + ' AND ' if clause else ' WHERE '}{extra} GROUP BY {k}, m.type")
        rows += [(side, *r) for r in db.query(sql, params)]
    agg: dict[str, dict] = {}
    for side, k, typ, n in rows:
        a = agg.setdefault(k, {"actor": k, "events": 0, "as_source": 0, "as_target": 0, "types": Counter()})
        a["events"] += n
        a["as_source" if side == "src" else "as_target"] += n
        a["types"][typ] += n
    top = sorted(agg.values(), key=lambda a: (-a["events"], a["actor"]))[:limit]
    if top:
        keys = [a["actor"] for a in top]
        info = {r[0]: r[1:] for r in db.query(
            f"SELECT id, kind, name, name_ar, country FROM entities WHERE id IN ({', '.join('?' * len(keys))})",
            keys)}
        for a in top:
            kind, name, name_ar, country = info.get(a["actor"], (None, None, None, None))
            a.update(kind=kind, name=name, name_ar=name_ar, country=country or (a["actor"] if by == "country"
                                                                                  else None))
            a["types"] = dict(a["types"].most_common())
    return top


def _period(day: str, by: str) -> str:
    d = dt.date.fromisoformat(day)
    if by == "week":
        return (d - dt.timedelta(days=d.weekday())).isoformat()  # weeks start on Monday
    if by == "month":
        return d.isoformat()[:7]
    return d.isoformat()


def period_counts(db: Backend, clause: str, params: list, by: str) -> tuple[list[dict], int]:
    """Merged events matching ``clause`` per day, week (from Monday) or month, by type; and how many are undated."""
    if by not in ("day", "week", "month"):
        raise StoreError(f"--by {by!r}: use day, week or month")
    periods: dict[str, Counter] = defaultdict(Counter)
    undated = 0
    for day, typ, n in db.query(f"SELECT m.date, m.type, count(*) FROM merged_events m{clause} "
                                "GROUP BY m.date, m.type", params):
        if day is None:
            undated += n
            continue
        periods[_period(day, by)][typ] += n
    return [{"period": k, "total": sum(c.values()), "types": dict(sorted(c.items()))}
            for k, c in sorted(periods.items())], undated


def stats(db: Backend, f: EventFilter, by: str = "day", pairs: int = 20) -> dict:
    """Merged events per period by type, and per (source country, target country) pair."""
    clause, params = where(db, f)
    periods, undated = period_counts(db, clause, params, by)
    pair_rows = db.query(
        f"SELECT m.src_country, m.tgt_country, m.type, count(*) FROM merged_events m"
        f"{clause + ' AND ' if clause else ' WHERE '}m.src_country IS NOT NULL AND m.tgt_country IS NOT NULL "
        "GROUP BY m.src_country, m.tgt_country, m.type", params)
    pair_agg: dict[tuple[str, str], dict] = {}
    for s, t, typ, n in pair_rows:
        p = pair_agg.setdefault((s, t), {"source": s, "target": t, "events": 0, "types": Counter()})
        p["events"] += n
        p["types"][typ] += n
    top = sorted(pair_agg.values(), key=lambda p: (-p["events"], p["source"], p["target"]))[:pairs]
    for p in top:
        p["types"] = dict(p["types"].most_common())
    return {"by": by, "periods": periods, "undated": undated, "pairs": top}


def show(db: Backend, doc_id: str) -> dict:
    """One stored document: metadata, near-duplicate group, entities and every event with its modality."""
    row = db.one("SELECT id, doc_id, title, url, source, publisher, published, origin, format, flags, dropped, "
                 "warnings, quotes, text, group_id, content_hash, ingested FROM documents WHERE doc_id = ?",
                 (doc_id,))
    if row is None:
        like = db.query("SELECT doc_id FROM documents WHERE doc_id LIKE ? ESCAPE '\\' ORDER BY doc_id LIMIT 5",
                        (_like(doc_id),))
        hint = f"similar ids: {', '.join(r[0] for r in like)}" if like else "list documents with 'rasd search'"
        raise StoreError(f"no document {doc_id!r} in the database (hint: {hint})")
    did, text, gid = row[0], row[13], row[14]
    doc = {"id": row[1], "title": row[2], "url": row[3], "source": row[4], "publisher": row[5] or None,
           "published": row[6], "origin": row[7], "format": row[8], "flags": orjson.loads(row[9]),
           "dropped": orjson.loads(row[10]), "warnings": orjson.loads(row[11]), "content_hash": row[15],
           "ingested": row[16], "quotes": orjson.loads(row[12])}
    group = db.query("SELECT doc_id, publisher FROM documents WHERE group_id = ? AND id <> ? ORDER BY id LIMIT 20",
                     (gid, did))
    doc["article_group"] = {"id": gid, "size": db.scalar("SELECT size FROM article_groups WHERE id = ?", (gid,)),
                            "others": [{"doc_id": d, "publisher": p or None} for d, p in group]}
    doc["stories"] = [{"index": i, "start": a, "end": b, "captions": orjson.loads(c),
                       "sentences": n} for i, a, b, c, n in db.query(
        "SELECT st.idx, st.char_start, st.char_end, st.captions, (SELECT count(*) FROM sentences s WHERE s.doc = "
        "st.doc AND s.story = st.idx) FROM stories st WHERE st.doc = ? ORDER BY st.idx", (did,))]
    ments: dict[str, list] = defaultdict(list)
    for ent, a, b, how in db.query("SELECT entity, char_start, char_end, how FROM mentions WHERE doc = ? "
                                   "ORDER BY char_start", (did,)):
        ments[ent].append({"text": text[a:b], "start": a, "end": b, "how": how})
    doc["entities"] = [
        {"id": eid, "kind": kind, "name": name, "name_ar": name_ar, "country": country, "sector": sector,
         "role": role, "mentions": ments.get(eid, [])}
        for eid, kind, name, name_ar, country, sector, role in db.query(
            "SELECT de.entity, e.kind, e.name, e.name_ar, e.country, de.sector, de.role FROM doc_entities de "
            "JOIN entities e ON e.id = de.entity WHERE de.doc = ?", (did,))]
    doc["entities"].sort(key=lambda e: e["mentions"][0]["start"] if e["mentions"] else 0)
    evs = []
    for r in db.query(
            "SELECT e.event_id, e.story, e.sentence, e.type, e.mode, e.src_entity, e.src_name, e.src_text, "
            "e.src_country, e.src_sector, e.tgt_entity, e.tgt_name, e.tgt_text, e.tgt_country, e.tgt_sector, "
            "e.place_name, e.place_country, e.date, e.negated, e.modality, e.trigger_text, e.char_start, "
            "e.char_end, e.confidence, e.merged_id, m.num_articles, m.num_sources, "
            "(SELECT count(*) FROM event_mentions em WHERE em.event = e.id), "
            "substr(dd.text, s.char_start + 1, s.char_end - s.char_start) "
            "FROM events e JOIN documents dd ON dd.id = e.doc "
            "LEFT JOIN merged_events m ON m.id = e.merged_id "
            "LEFT JOIN sentences s ON s.doc = e.doc AND s.story = e.story AND s.idx = e.sentence "
            "WHERE e.doc = ? ORDER BY e.id", (did,)):
        evs.append({"id": r[0], "story": r[1], "sentence": r[2], "type": r[3], "mode": r[4],
                    "source": _actor_dict(*r[5:10]), "target": _actor_dict(*r[10:15]),
                    "place": {"name": r[15], "country": r[16]} if (r[15] or r[16]) else None, "date": r[17],
                    "negated": bool(r[18]), "modality": r[19], "trigger": r[20], "trigger_start": r[21],
                    "trigger_end": r[22], "confidence": r[23], "merged_id": r[24], "merged_articles": r[25],
                    "merged_sources": r[26], "mentions": r[27], "evidence": r[28]})
    doc["events"] = evs
    return doc
