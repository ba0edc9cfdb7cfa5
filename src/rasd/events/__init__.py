"""Stage 5, events: PLOVER coding of each story's sentences (see :mod:`.code`), merged within the page."""

from __future__ import annotations

import datetime as dt

from ..core import Document
from .code import DIRECTED, UNAIMED, Found, _Coder
from .triggers import QUAD, EventData, default_event_data

__all__ = ["code_events"]


def _compatible(a: list, b: list) -> bool:
    """Actor lists describe the same party: one is unknown, or they share an entity, or a country-only actor
    names the other's country."""
    if not a or not b:
        return True
    if all(x.country is None and not (x.ent or {}).get("name") for x in a + b if x.kind == "agent") and \
            any(x.kind == "agent" and x.country is None for x in a + b):
        return True  # قوات كردية: an unnamed, stateless party is no evidence of a different one
    for x in a:
        for y in b:
            if x.key == y.key:
                return True
            loose = x.ent is None or y.ent is None or "agent" in (x.kind, y.kind)
            if loose and x.country and x.country == y.country:
                return True
    return False


def _same(f: Found, g: Found, loose: bool = False) -> bool:
    """Two mentions tell the same happening. ``loose``: a mention without a target may join one with a target told
    with another word (the group then needs one member it matches strictly)."""
    ft, gt = f.reading.trigger, g.reading.trigger
    if ft.type != gt.type or f.negated != g.negated or f.modality != g.modality:
        return False
    if ft.cameo != gt.cameo and ft.line != gt.line:  # an arrest (173) and a raid (170) are two acts
        return False
    if f.location and g.location and not _same_place(f.location, g.location) and (
            _placed_actors(f) or _placed_actors(g) or not _within(f.location, g.location)):
        return False  # a strike in Bandar Abbas and one in Yazd are two protests (an attack on Afrin and one in
        # Syria may be one: the country holds the town)
    if (_placed_actors(f) or _placed_actors(g)) and not (f.location and g.location):
        return False  # actors read off the place (protesters in Iran) say nothing of which protest it is
    if f.date and g.date and not (f.date_inherited or g.date_inherited) and f.date.date != g.date.date:
        return False
    if not f.source and not g.source:
        return bool(f.target and g.target) and _compatible(f.target, g.target)
    if not loose and bool(f.target) != bool(g.target) and f.reading.trigger.lemma != g.reading.trigger.lemma:
        return False  # the prosecution's detention order and a police arrest told with another word: two acts
    return bool(f.source and g.source) and _compatible(f.source, g.source) and _compatible(f.target, g.target)


def _placed_actors(f: Found) -> bool:
    return any(r.endswith("-of-place") for r in f.rule)


def _found_order(f: Found) -> tuple[int, int, int]:
    return f.story, f.sentence, f.ti


def _within(a, b) -> bool:
    """One place is a country and the other is in it (عفرين and سورية)."""
    return bool(a.country and a.country == b.country and "country" in (a.kind, b.kind))


def _same_place(a, b) -> bool:
    """The same place named twice; a city and its country are not the same place (protests in Yazd and in Iran
    are told apart)."""
    return a.key == b.key


def _better(f: Found, g: Found) -> Found:
    """The mention that says most: named source and target, then a verb, then higher confidence."""
    def score(x: Found):
        return (sum(1 for a in x.source if a.ent) + sum(1 for a in x.target if a.ent), len(x.target),
                x.confidence)
    return f if score(f) >= score(g) else g



def _record(doc: Document, n: int, f: Found, group: list[Found], coder: _Coder) -> list[dict]:
    trig = f.reading.trigger
    spans = coder.spans
    a, b = coder.nt.span_to_original(spans[f.ti][0], spans[f.tj][1])
    story = doc.stories[f.story]
    sent = story.sentences[f.sentence]
    date = f.date or next((g.date for g in group if g.date), None)
    loc = f.location or next((g.location for g in group if g.location), None)
    amount = f.amount or next((g.amount for g in group if g.amount), None)
    published = (doc.published or "")[:10] or None
    location = None
    if loc is not None:
        e = loc.ent or {}
        location = {"text": loc.text, "name": e.get("name"), "country": loc.country, "lat": e.get("lat"),
                    "lon": e.get("lon")}
    mentions = []
    for g in group:
        ga, gb = coder.nt.span_to_original(spans[g.ti][0], spans[g.tj][1])
        gs = doc.stories[g.story].sentences[g.sentence]
        mentions.append({"story": g.story, "sentence": g.sentence, "trigger": doc.text[ga:gb], "trigger_start": ga,
                         "trigger_end": gb, "evidence": doc.text[gs.start : gs.end], "rule": " ".join(g.rule)})
    sources = f.source or [None]
    targets = f.target or [None]
    out = []
    for s in sources:
        for t in targets:
            rec = {
                "id": f"{doc.id}:e{n + len(out)}", "story": f.story, "sentence": f.sentence, "type": trig.type,
                "mode": trig.mode, "cameo": trig.cameo, "quad": QUAD[trig.type],
                "source": s.as_dict() if s else None, "target": t.as_dict() if t else None, "location": location,
                "date": date.date.isoformat() if date else published,
                "date_precision": date.precision if date else ("day" if published else None),
                "date_text": doc.text[slice(*coder.nt.span_to_original(date.start, date.end))] if date else None,
                "negated": f.negated, "modality": f.modality, "historical": _historical(date, f, published),
                "background": "relative-clause" in f.rule,
                "partial": _unknown(s) or (trig.type in DIRECTED and t is None and trig.lemma not in UNAIMED),
                "trigger": doc.text[a:b], "trigger_start": a, "trigger_end": b,
                "evidence": doc.text[sent.start : sent.end], "rule": " ".join(f.rule), "confidence": f.confidence,
                "mentions": mentions,
            }
            if amount:
                rec["amount"] = amount
            out.append(rec)
    return out


def _unknown(a) -> bool:
    """No doer rasd can name: none, or a party with neither a name nor a country (قوات المقاومة, unplaced)."""
    return a is None or not (a.country or (a.ent or {}).get("name"))


def _historical(date, f: Found, published: str | None) -> bool:
    """Background told as history: the event's own date is a past year, or more than half a year back."""
    if date is None or f.date_inherited or not published:
        return False
    pub = dt.date.fromisoformat(published)
    if date.precision == "year":
        return date.date.year < pub.year
    return (pub - date.date).days > 183


def code_events(doc: Document, data: EventData | None = None) -> Document:
    """Code the events of every story's sentences; the same happening told twice on the page becomes one event."""
    coder = _Coder(doc, data or default_event_data())
    found, quotes = coder.run()
    groups: list[list[Found]] = []
    for f in found:
        for grp in groups:
            # every mention, not a chain of look-alikes; a targetless mention told with another word than some of
            # them (الهجوم التركي after عملية عسكرية … ضد الوحدات) needs one told with its own word
            if all(_same(g, f, loose=True) for g in grp) and any(_same(g, f) for g in grp):
                grp.append(f)
                break
        else:
            groups.append([f])
    merged: list[list[Found]] = []  # a second pass: a group that met its strict match only later on the page
    for grp in groups:
        for other in merged:
            if all(_same(g, f, loose=True) for g in other for f in grp) and \
                    any(_same(g, f) for g in other for f in grp):
                other.extend(grp)
                break
        else:
            merged.append(grp)
    groups = [sorted(g, key=_found_order) for g in merged]
    events: list[dict] = []
    for grp in groups:
        head = grp[0]
        for g in grp[1:]:
            head = _better(head, g)
        events.extend(_record(doc, len(events), head, grp, coder))
    doc.extra["events"] = events
    doc.extra["quotes"] = quotes
    return doc
