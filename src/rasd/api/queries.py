"""Queries the HTTP API needs beyond the store's own (:mod:`rasd.store.query`): events with paging and sorting and
a country filter, one merged event with every telling, a document with its text and offsets, and the actor network.

Everything is read through the store's :class:`~rasd.store.Backend` with ``?`` parameters; the only words put into
SQL text come from the fixed tables below (sort keys, side names), never from a request.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter, defaultdict

from ..events.triggers import QUAD, TYPES
from ..store import Backend, StoreError
from ..store import query as q

# sort key -> ORDER BY terms (a leading "-" in the request means descending)
SORTS: dict[str, str] = {
    "date": "m.date {d}",
    "sources": "m.num_sources {d}",
    "articles": "m.num_articles {d}",
    "mentions": "m.num_mentions {d}",
    "confidence": "m.confidence {d}",
    "type": "m.type {d}",
    "id": "m.id {d}",
}
_CODE_RE = re.compile(r"[A-Za-z]{3}")
SORT_CHOICES = sorted([*SORTS, *("-" + k for k in SORTS)])


class NotFound(Exception):
    """No such event or document."""


def country_codes(db: Backend, value: str) -> list[str]:
    """The ISO3 (or IGO/NGO…) codes a ``country`` filter names: a code (TUR) or a country's name (Turkey, تركيا)."""
    value = value.strip()
    if not value:
        return []
    if _CODE_RE.fullmatch(value) and (value.isupper() or db.one(
            "SELECT 1 FROM entities WHERE country = ? LIMIT 1", (value.upper(),))):
        return [value.upper()]
    codes, _ents = q.resolve_actor(db, value)
    if not codes:
        raise StoreError(f"country {value!r}: no such country in the database (hint: an ISO3 code such as TUR, or a "
                         "country name such as Turkey or تركيا)")
    return sorted(codes)


def where(db: Backend, f: q.EventFilter, country: str | None = None) -> tuple[str, list]:
    """The store's filter clause, plus ``country`` (either side, as a country)."""
    clause, params = q.where(db, f)
    if country:
        codes = country_codes(db, country)
        marks = ", ".join("?" * len(codes))
        extra = f"(m.src_country IN ({marks}) OR m.tgt_country IN ({marks}))"
        params = params + codes + codes
        clause = f"{clause} AND {extra}" if clause else f" WHERE {extra}"
    return clause, params


def order_by(sort: str) -> str:
    desc = sort.startswith("-")
    key = sort.lstrip("-")
    if key not in SORTS:
        raise StoreError(f"sort {sort!r}: use one of {', '.join(SORT_CHOICES)}")
    terms = [SORTS[key].format(d="DESC" if desc else "ASC")]
    if key != "sources":
        terms.append("m.num_sources DESC")
    if key != "date":
        terms.append("m.date DESC")
    if key != "id":
        terms.append("m.id ASC")
    return " ORDER BY " + ", ".join(terms)


def events_page(db: Backend, f: q.EventFilter, *, country: str | None = None, sort: str = "-date", limit: int = 50,
                offset: int = 0) -> dict:
    """One page of merged events (the same records as ``rasd events --format json``) and how many match."""
    clause, params = where(db, f, country)
    order = order_by(sort)
    total = int(db.scalar(f"SELECT count(*) FROM merged_events m{clause}", params) or 0)
    # the page's ids first, from merged_events alone (an OFFSET then skips rows without joining them), then the
    # records for those ids
    ids = [r[0] for r in db.query(f"SELECT m.id FROM merged_events m{clause}{order} LIMIT ? OFFSET ?",
                                  [*params, limit, offset])]
    rows = []
    if ids:
        rows = db.query(q._EVENT_SELECT + f" WHERE m.id IN ({', '.join('?' * len(ids))})" + order, ids)
    return {"total": total, "offset": offset, "limit": limit, "sort": sort, "events": [q._event_dict(r) for r in rows]}


def _sentences(db: Backend, keys: set[tuple[int, int, int]]) -> dict[tuple[int, int, int], tuple[int, str]]:
    """(start offset, text) of each (document row id, story, sentence)."""
    out = {}
    for doc, story, idx in keys:
        row = db.one("SELECT s.char_start, substr(d.text, s.char_start + 1, s.char_end - s.char_start) "
                     "FROM sentences s JOIN documents d ON d.id = s.doc WHERE s.doc = ? AND s.story = ? AND s.idx = ?",
                     (doc, story, idx))
        if row:
            out[(doc, story, idx)] = (row[0], row[1])
    return out


def _mentions_of(db: Backend, event_ids: list[int]) -> dict[int, list[dict]]:
    """Every place in the texts telling each event: trigger offsets, the rule and the evidence sentence."""
    out: dict[int, list[dict]] = defaultdict(list)
    rows = []
    for i in range(0, len(event_ids), 500):
        chunk = event_ids[i : i + 500]
        rows += db.query(
            f"SELECT event, doc, story, sentence, trigger_text, char_start, char_end, rule FROM event_mentions "
            f"WHERE event IN ({', '.join('?' * len(chunk))}) ORDER BY event, id", chunk)
    sents = _sentences(db, {(r[1], r[2], r[3]) for r in rows})
    for ev, doc, story, sent, trig, a, b, rule in rows:
        start, text = sents.get((doc, story, sent), (None, None))
        out[ev].append({"story": story, "sentence": sent, "trigger": trig, "trigger_start": a, "trigger_end": b,
                        "rule": rule, "evidence": text, "evidence_start": start})
    return out


def event_detail(db: Backend, merged_id: int) -> dict:
    """One merged event with every document event it gathers, each with its mentions and evidence."""
    row = db.one(q._EVENT_SELECT + " WHERE m.id = ?", (merged_id,))
    if row is None:
        raise NotFound(f"no merged event {merged_id} in the database (hint: ids come from /api/events)")
    ev = q._event_dict(row)
    mems = q.members(db, [merged_id]).get(merged_id, [])
    ids = [m["_id"] for m in mems]
    extra = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for r in db.query(f"SELECT id, story, sentence, negated, modality, rule, confidence, char_start, char_end "
                          f"FROM events WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
            extra[r[0]] = {"story": r[1], "sentence": r[2], "negated": bool(r[3]), "modality": r[4], "rule": r[5],
                           "confidence": r[6], "trigger_start": r[7], "trigger_end": r[8]}
    ments = _mentions_of(db, ids)
    ev["members"] = [{**{k: v for k, v in m.items() if not k.startswith("_")}, **extra.get(m["_id"], {}),
                      "mentions": ments.get(m["_id"], [])} for m in mems]
    return ev


def document_detail(db: Backend, doc_id: str) -> dict:
    """A stored document as ``rasd show --format json`` gives it, plus its text, every sentence's offsets, and each
    event's full record with the offsets of every mention (the shape of ``rasd extract``'s events)."""
    try:
        doc = q.show(db, doc_id)
    except StoreError as exc:
        if str(exc).startswith("no document"):
            raise NotFound(str(exc)) from None
        raise
    did = db.scalar("SELECT id FROM documents WHERE doc_id = ?", (doc_id,))
    doc["text"] = db.scalar("SELECT text FROM documents WHERE id = ?", (did,))
    sents: dict[int, list[dict]] = defaultdict(list)
    for story, idx, a, b, upd in db.query("SELECT story, idx, char_start, char_end, update_idx FROM sentences "
                                          "WHERE doc = ? ORDER BY story, idx", (did,)):
        sents[story].append({"index": idx, "start": a, "end": b, "update": upd})
    for st in doc["stories"]:
        st["sentences"] = sents.get(st["index"], [])
    rows = db.query(
        "SELECT id, event_id, story, sentence, type, mode, cameo, quad, "
        "src_entity, src_name, src_text, src_country, src_sector, src_role, "
        "tgt_entity, tgt_name, tgt_text, tgt_country, tgt_sector, tgt_role, "
        "place_text, place_name, place_country, place_lat, place_lon, date, date_precision, date_text, negated, "
        "modality, trigger_text, char_start, char_end, rule, confidence, amount, merged_id "
        "FROM events WHERE doc = ? ORDER BY id", (did,))
    ments = _mentions_of(db, [r[0] for r in rows])
    merged = {}
    mids = sorted({r[36] for r in rows if r[36] is not None})
    if mids:
        merged = {r[0]: r[1:] for r in db.query(
            f"SELECT id, num_articles, num_sources FROM merged_events WHERE id IN ({', '.join('?' * len(mids))})",
            mids)}
    texts = {k: v[1] for k, v in _sentences(db, {(did, r[2], r[3]) for r in rows}).items()}
    evs = []
    for r in rows:
        loc = None
        if r[20] or r[21] or r[22]:
            loc = {"text": r[20], "name": r[21], "country": r[22], "lat": r[23], "lon": r[24]}
        m = merged.get(r[36])
        evs.append({"id": r[1], "story": r[2], "sentence": r[3], "type": r[4], "mode": r[5], "cameo": r[6],
                    "quad": r[7], "source": _actor(r[8:14]), "target": _actor(r[14:20]), "location": loc, "date": r[25],
                    "date_precision": r[26], "date_text": r[27], "negated": bool(r[28]), "modality": r[29],
                    "trigger": r[30], "trigger_start": r[31], "trigger_end": r[32],
                    "evidence": texts.get((did, r[2], r[3])), "rule": r[33], "confidence": r[34], "amount": r[35],
                    "merged_id": r[36], "merged_articles": m[0] if m else None,
                    "merged_sources": m[1] if m else None, "mentions": ments.get(r[0], [])})
    doc["events"] = evs
    return doc


def _actor(cols: tuple) -> dict | None:
    """An event side as ``rasd extract`` writes it, from (entity, name, text, country, sector, role)."""
    ent, name, text, country, sector, role = cols
    if not (ent or name or text or country):
        return None
    return {"text": text, "entity": ent, "name": name, "country": country, "sector": sector, "role": role}


# ---- the actor network -------------------------------------------------------------------------------------------

def network(db: Backend, f: q.EventFilter, *, country: str | None = None, by: str = "country", nodes: int = 30,
            min_events: int = 1, max_edges: int = 150) -> dict:
    """Who acts on whom: the ``nodes`` most active actors (by country, or by entity with the country for actors
    without one), and the directed edges between them weighted by merged events, split by quad class (the
    ``max_edges`` heaviest, each of at least ``min_events``); with a layout (x, y in [-1, 1]) so every client draws
    the same picture."""
    if by not in ("country", "entity"):
        raise StoreError(f"by {by!r}: use country or entity")
    clause, params = where(db, f, country)
    # by entity: a named entity, else the country (an unnamed body — agent:army, role:… — stands for its country)
    key = {"country": "m.{s}_country",
           "entity": "CASE WHEN m.{s}_entity LIKE 'agent:%' OR m.{s}_entity LIKE 'role:%' THEN m.{s}_country "
                     "ELSE coalesce(m.{s}_entity, m.{s}_country) END"}[by]
    src, tgt = key.format(s="src"), key.format(s="tgt")
    cond = f"{src} IS NOT NULL AND {tgt} IS NOT NULL AND {src} <> {tgt}"
    rows = db.query(f"SELECT {src}, {tgt}, m.quad, m.type, count(*) FROM merged_events m"
                    f"{clause + ' AND ' if clause else ' WHERE '}{cond} GROUP BY 1, 2, 3, 4", params)
    weight: Counter = Counter()
    for s, t, _quad, _typ, n in rows:
        weight[s] += n
        weight[t] += n
    keep = {k for k, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:nodes]}
    edges: dict[tuple[str, str, int], dict] = {}
    for s, t, quad, typ, n in rows:
        if s in keep and t in keep:
            e = edges.setdefault((s, t, quad), {"source": s, "target": t, "quad": quad, "events": 0,
                                                "types": Counter()})
            e["events"] += n
            e["types"][typ] += n
    edge_list = sorted((e for e in edges.values() if e["events"] >= min_events),
                       key=lambda e: (-e["events"], e["source"], e["target"], e["quad"] or 0))
    total_edges = len(edge_list)
    edge_list = edge_list[:max_edges]
    for e in edge_list:
        e["types"] = dict(e["types"].most_common())
    used = {e["source"] for e in edge_list} | {e["target"] for e in edge_list}
    info = {}
    if used:
        info = {r[0]: r[1:] for r in db.query(
            f"SELECT id, kind, name, name_ar, country FROM entities WHERE id IN ({', '.join('?' * len(used))})",
            sorted(used))}
    strength: Counter = Counter()
    for e in edge_list:
        strength[e["source"]] += e["events"]
        strength[e["target"]] += e["events"]
    node_list = []
    for k in sorted(used, key=lambda k: (-strength[k], k)):
        kind, name, name_ar, ctry = info.get(k, (None, None, None, None))
        node_list.append({"id": k, "name": name, "name_ar": name_ar, "kind": kind or ("country" if by == "country"
                                                                                      else None),
                          "country": ctry or (k if by == "country" else None), "events": strength[k]})
    pos = layout([n["id"] for n in node_list], [(e["source"], e["target"], e["events"]) for e in edge_list])
    for n in node_list:
        n["x"], n["y"] = pos[n["id"]]
    return {"by": by, "nodes": node_list, "edges": edge_list, "edges_total": total_edges,
            "quads": {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
                      4: "material conflict"}}


def layout(nodes: list[str], edges: list[tuple[str, str, int]], iterations: int = 300) -> dict[str, tuple[float,
                                                                                                          float]]:
    """A force-directed layout (springs along edges, repulsion between all nodes), deterministic: nodes start on a
    circle in the given order, and the same input always gives the same picture."""
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    idx = {k: i for i, k in enumerate(nodes)}
    rnd = random.Random(7)
    xy = [[math.cos(2 * math.pi * i / n) + rnd.uniform(-0.01, 0.01),
           math.sin(2 * math.pi * i / n) + rnd.uniform(-0.01, 0.01)] for i in range(n)]
    pair_w: dict[tuple[int, int], float] = defaultdict(float)
    for s, t, w in edges:
        a, b = sorted((idx[s], idx[t]))
        pair_w[(a, b)] += w
    top = max(pair_w.values(), default=1.0)
    springs = [(a, b, 0.3 + 0.7 * math.log1p(w) / math.log1p(top)) for (a, b), w in pair_w.items()]
    k = 1.6 * math.sqrt(4.0 / n)  # ideal distance: a 2×2 box shared out, generously
    temp = 0.2
    for _ in range(iterations):
        disp = [[0.0, 0.0] for _ in range(n)]
        for i in range(n):
            xi, yi = xy[i]
            for j in range(i + 1, n):
                dx, dy = xi - xy[j][0], yi - xy[j][1]
                d2 = dx * dx + dy * dy or 1e-9
                f = k * k / d2
                disp[i][0] += dx * f
                disp[i][1] += dy * f
                disp[j][0] -= dx * f
                disp[j][1] -= dy * f
        for a, b, s in springs:
            dx, dy = xy[a][0] - xy[b][0], xy[a][1] - xy[b][1]
            d = math.sqrt(dx * dx + dy * dy) or 1e-9
            f = s * d / k
            disp[a][0] -= dx * f
            disp[a][1] -= dy * f
            disp[b][0] += dx * f
            disp[b][1] += dy * f
        for i in range(n):  # a weak pull to the centre keeps loose nodes on the page
            disp[i][0] -= 0.3 * xy[i][0]
            disp[i][1] -= 0.3 * xy[i][1]
            dx, dy = disp[i]
            d = math.sqrt(dx * dx + dy * dy) or 1e-9
            step = min(d, temp)
            xy[i][0] += dx / d * step
            xy[i][1] += dy / d * step
        temp = max(0.005, temp * 0.985)
    # each axis stretched to [-1, 1] on its own: the picture fills a wide chart
    out = {}
    for axis in (0, 1):
        vals = [p[axis] for p in xy]
        lo, hi = min(vals), max(vals)
        for i, v in enumerate(vals):
            out.setdefault(i, [0.0, 0.0])[axis] = round(2 * (v - lo) / (hi - lo) - 1, 4) if hi > lo else 0.0
    return {key: (out[i][0], out[i][1]) for key, i in idx.items()}


def meta(db: Backend) -> dict:
    """What the page needs to draw its controls: the PLOVER types with their quad class, and what the store holds."""
    counts = dict(db.query("SELECT type, count(*) FROM merged_events GROUP BY type"))
    lo, hi = db.one("SELECT min(date), max(date) FROM merged_events WHERE date >= '1900'") or (None, None)
    n_days = int(db.scalar("SELECT count(day) FROM documents") or 0)
    pub: list = [None, None]
    if n_days:  # the period holding 98% of the publication days (a few stray old pages do not stretch it)
        pub = [db.scalar("SELECT day FROM documents WHERE day IS NOT NULL ORDER BY day LIMIT 1 OFFSET ?",
                         (int(n_days * p),)) for p in (0.01, 0.99)]
    return {"types": [{"type": t, "quad": QUAD[t], "events": counts.get(t, 0)} for t in TYPES],
            "quads": {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
                      4: "material conflict"},
            "documents": db.scalar("SELECT count(*) FROM documents"),
            "merged_events": db.scalar("SELECT count(*) FROM merged_events"),
            "events": db.scalar("SELECT count(*) FROM events"),
            "publishers": db.scalar("SELECT count(DISTINCT publisher) FROM documents"),
            "date_min": lo, "date_max": hi, "published_from": pub[0], "published_to": pub[1]}


def timeline(db: Backend, f: q.EventFilter, *, country: str | None = None, by: str = "day") -> dict:
    """Merged events per day, week (from Monday) or month, by type (``rasd stats``'s periods, with ``country``)."""
    if by not in ("day", "week", "month"):
        raise StoreError(f"by {by!r}: use day, week or month")
    clause, params = where(db, f, country)
    periods, undated = q.period_counts(db, clause, params, by)
    present = {t for p in periods for t in p["types"]}
    return {"by": by, "periods": periods, "undated": undated,
            "types": [t for t in TYPES if t in present] + sorted(present - set(TYPES))}
