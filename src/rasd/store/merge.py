"""Across articles: one happening told by several documents becomes one merged event.

Only claims are merged: asserted, non-negated events. Two such events are the same happening when

- their PLOVER type is the same, and both have a date, a known source and a known target (an event with an
  unknown side — ``نفت ناورت`` with nothing denied named — cannot be shown to tell the same happening as another:
  it stays a merged event of its own);
- their source actors agree and their target actors agree: the same country (or, for actors without a country,
  the same entity), and not two *different* named entities of that country (Mattis and Tillerson are both USA, but
  two people); an actor known only by its country (``الهجوم التركي``, the country itself, a state body such as
  ``agent:military:TUR`` or an office ``role:USA:…``) agrees with any actor of its country;
- their dates are precise to the day and within one day of each other (of the merged event's first date, so
  clusters do not drift);
- their place countries agree when both are known.

Events are linked in the order they are stored, each to the closest-dated compatible merged event, else to a new
one; so the result is the same for the same inputs in the same order, however many runs the ingest took.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .backend import Backend

_GENERIC_PREFIXES = ("agent:", "role:")

MERGED_COLS = ("id", "type", "mode", "cameo", "quad",
               "src_key", "src_entity", "src_name", "src_text", "src_country", "src_sector",
               "tgt_key", "tgt_entity", "tgt_name", "tgt_text", "tgt_country", "tgt_sector",
               "place_text", "place_name", "place_country", "place_lat", "place_lon",
               "date", "date_precision", "date_min", "date_max", "first_event", "confidence")


def is_claim(ev: dict) -> bool:
    return ev["modality"] == "asserted" and not ev["negated"]


def side_key(ev: dict, side: str) -> str:
    return ev[f"{side}_country"] or ev[f"{side}_entity"] or ""


def _generic(entity: str | None, country: str | None) -> bool:
    return entity is None or entity == country or entity.startswith(_GENERIC_PREFIXES)


def _agree(a: str | None, b: str | None, country: str | None) -> bool:
    return a == b or _generic(a, country) or _generic(b, country)


def _shift(day: str, n: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=n)).isoformat()


class Merger:
    """Links a batch's new events to merged events, inside the writer's transaction."""

    def __init__(self, db: Backend):
        self.db = db

    def link(self, events: Iterable[tuple[int, dict]]) -> dict[int, int]:
        """``events``: (events.id, event fields), not yet written. Returns events.id → merged id for the claims;
        the merged events' counts are refreshed (:func:`refresh_counts`) once the events are written."""
        linked: dict[int, int] = {}
        for eid, ev in events:
            if not is_claim(ev):
                continue
            mid = self._find(ev)
            if mid is None:
                mid = self._create(eid, ev)
            else:
                self._absorb(mid, ev)
            linked[eid] = mid
        return linked

    def _find(self, ev: dict) -> int | None:
        skey, tkey = side_key(ev, "src"), side_key(ev, "tgt")
        day = ev["date"]
        if not day or ev["date_precision"] != "day" or not (skey and tkey):
            return None  # an unknown side or a vague date (a month) cannot be shown to be the same happening
        try:
            lo, hi = _shift(day, -1), _shift(day, 1)
        except ValueError:
            return None
        rows = self.db.query(
            "SELECT id, src_entity, tgt_entity, place_country, date FROM merged_events "
            "WHERE type = ? AND src_key = ? AND tgt_key = ? AND date >= ? AND date <= ? AND date_precision = 'day'",
            (ev["type"], skey, tkey, lo, hi))
        best = None
        for mid, s_ent, t_ent, place, mday in rows:
            if not _agree(s_ent, ev["src_entity"], ev["src_country"]):
                continue
            if not _agree(t_ent, ev["tgt_entity"], ev["tgt_country"]):
                continue
            if place and ev["place_country"] and place != ev["place_country"]:
                continue
            rank = (abs((dt.date.fromisoformat(mday) - dt.date.fromisoformat(day)).days), mid)
            if best is None or rank < best[0]:
                best = (rank, mid)
        return best[1] if best else None

    def _create(self, eid: int, ev: dict) -> int:
        mid = self.db.allocate_ids("merged_events", 1)
        values = (mid, ev["type"], ev["mode"], ev["cameo"], ev["quad"],
                  side_key(ev, "src"), ev["src_entity"], ev["src_name"], ev["src_text"], ev["src_country"],
                  ev["src_sector"],
                  side_key(ev, "tgt"), ev["tgt_entity"], ev["tgt_name"], ev["tgt_text"], ev["tgt_country"],
                  ev["tgt_sector"],
                  ev["place_text"], ev["place_name"], ev["place_country"], ev["place_lat"], ev["place_lon"],
                  ev["date"], ev["date_precision"], ev["date"], ev["date"], eid, ev["confidence"])
        self.db.execute(f"INSERT INTO merged_events ({', '.join(MERGED_COLS)}) "
                        f"VALUES ({', '.join('?' * len(MERGED_COLS))})", values)
        return mid

    def _absorb(self, mid: int, ev: dict) -> None:
        """A named actor, a place or a mode the merged event lacked is taken from the new member."""
        row = self.db.one("SELECT src_entity, src_country, tgt_entity, tgt_country, place_country, mode, confidence "
                          "FROM merged_events WHERE id = ?", (mid,))
        s_ent, s_cc, t_ent, t_cc, place, mode, conf = row
        sets: dict[str, object] = {}
        if _generic(s_ent, s_cc) and not _generic(ev["src_entity"], ev["src_country"]):
            sets.update(src_entity=ev["src_entity"], src_name=ev["src_name"], src_text=ev["src_text"],
                        src_sector=ev["src_sector"])
        if _generic(t_ent, t_cc) and not _generic(ev["tgt_entity"], ev["tgt_country"]):
            sets.update(tgt_entity=ev["tgt_entity"], tgt_name=ev["tgt_name"], tgt_text=ev["tgt_text"],
                        tgt_sector=ev["tgt_sector"])
        if not place and ev["place_country"]:
            sets.update(place_text=ev["place_text"], place_name=ev["place_name"], place_country=ev["place_country"],
                        place_lat=ev["place_lat"], place_lon=ev["place_lon"])
        if not mode and ev["mode"]:
            sets["mode"] = ev["mode"]
        if ev["confidence"] is not None and (conf is None or ev["confidence"] > conf):
            sets["confidence"] = ev["confidence"]
        if sets:
            self.db.execute(f"UPDATE merged_events SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?",
                            (*sets.values(), mid))


def refresh_counts(db: Backend, ids: Iterable[int]) -> None:
    """Recount members: events, mentions, documents, articles (near-duplicate groups) and sources (publishers)."""
    ids = sorted(ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        db.execute(f"""
            UPDATE merged_events SET
              num_events = (SELECT count(*) FROM events e WHERE e.merged_id = merged_events.id),
              num_mentions = (SELECT count(*) FROM events e JOIN event_mentions m ON m.event = e.id
                              WHERE e.merged_id = merged_events.id),
              num_documents = (SELECT count(DISTINCT e.doc) FROM events e WHERE e.merged_id = merged_events.id),
              num_articles = (SELECT count(DISTINCT d.group_id) FROM events e JOIN documents d ON d.id = e.doc
                              WHERE e.merged_id = merged_events.id),
              num_sources = (SELECT count(DISTINCT d.publisher) FROM events e JOIN documents d ON d.id = e.doc
                             WHERE e.merged_id = merged_events.id),
              date_min = (SELECT min(e.date) FROM events e WHERE e.merged_id = merged_events.id),
              date_max = (SELECT max(e.date) FROM events e WHERE e.merged_id = merged_events.id)
            WHERE id IN ({marks})""", chunk)
