"""Trigger, cue and grammar data (``rasd/data/events/*.tsv``): loaded, checked and compiled once into matchers.

``triggers.tsv`` gives one line per lemma; :mod:`.inflect` generates the surface forms, and one Aho–Corasick
automaton over `` " " + form`` finds them at word starts in a sentence's normalized text.
"""

from __future__ import annotations

import csv
import os
import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import ahocorasick

from ..entities.lexicon import without_gc
from ..text.normalize import normalize_str
from .dates import date_words
from .inflect import Form, fixed_surface_forms, noun_surface_forms, verb_surface_forms

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
QUAD = {t: q for q, ts in {1: TYPES[:4], 2: TYPES[4:7], 3: TYPES[7:11], 4: TYPES[11:]}.items() for t in ts}
CUE_KINDS = frozenset({"negated", "future", "intended", "conditional", "alleged", "report"})
GRAMMAR_KINDS = frozenset({"light", "complementizer", "pronoun", "relative", "setting", "copula", "purpose",
                           "complement", "locative", "verbal", "undergo", "reference", "construct", "front",
                           "seat", "occur", "manage", "site", "noact", "intercept", "cut", "declare", "clash", "sport",
                           "express"})
TARGET_MARKERS = frozenset({"obj", "before", "مع", "على", "ضد", "إلى", "ل", "ب", "من", "بحق", "عن", "لدى", "تجاه",
                            "في", "عند", "لصالح"})


class EventDataError(ValueError):
    """A malformed line in an events data file; the message names the file, the line and what to fix."""


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    mode: str | None
    cameo: str
    pos: str  # verb | noun | fixed
    lemma: str  # the forms field as written
    targets: tuple[str, ...]  # normalized target markers, in priority order
    genitive: str | None  # source | target (nouns)
    line: int


@dataclass(frozen=True, slots=True)
class Reading:
    trigger: Trigger
    form: Form


@dataclass
class EventData:
    triggers: list[Trigger] = field(default_factory=list)
    automaton: ahocorasick.Automaton | None = None
    cues: dict[str, str] = field(default_factory=dict)  # normalized cue → kind
    cue_max_words: int = 1
    grammar: dict[str, str] = field(default_factory=dict)  # normalized word → kind
    light: frozenset[str] = frozenset()  # normalized surface forms of light verbs
    occur: frozenset[str] = frozenset()  # forms of verbs and nouns by which a protest takes place (اندلعت، موجة)
    occur_words: frozenset[str] = frozenset()  # the same, bare or after و/ف (اندلعت، واندلعت)
    sport_words: frozenset[str] = frozenset()  # words of sports reporting (grammar kind sport)
    light_words: frozenset[str] = frozenset()  # the same, bare or after و/ف (شن، وشن)
    doer_words: frozenset[str] = frozenset()  # light verbs and verbs of managing (تمكن من، نجح في), bare or after و/ف
    declare_words: frozenset[str] = frozenset()  # verbs of declaring (أعلن حالة الطوارئ), bare or after و/ف
    report: frozenset[str] = frozenset()  # normalized reporting words/phrases
    report_words: frozenset[str] = frozenset()  # words that are a reporting cue bare or after و/ف (قال، وقال)
    verbal_attack: frozenset[str] = frozenset()  # forms of هاجم: ACCUSE when a person or the press attacks
    express_words: frozenset[str] = frozenset()  # forms of verbs of expressing (أعرب، أبدى), bare or after و/ف
    evaluations: dict[tuple[str, ...], str] = field(default_factory=dict)  # words (ال-less forms) → polarity
    load_seconds: float = 0.0

    cue_first: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)  # first word → cues
    cue_single: dict[str, tuple[str, int]] = field(default_factory=dict)  # first word → (kind, 1) of its 1-word cue
    cue_seconds: dict[str, frozenset[str]] = field(default_factory=dict)  # first word → its longer cues' 2nd words
    cue_starts: frozenset[str] = frozenset()  # first words of cues, bare or after و/ف
    hard_words: frozenset[str] = frozenset()  # words that open a clause (complementizers, relative pronouns)
    date_words: frozenset[str] = frozenset()  # first words of date phrases and month names, as printed (dates.py)
    marked_words: frozenset[str] = frozenset()  # any of the three above

    def cue_kind(self, words: list[str], i: int) -> tuple[str, int] | None:
        """The cue starting at word ``i`` (longest first): (kind, number of words)."""
        for cue, kind in self.cue_first.get(words[i], ()):
            n = len(cue)
            if n == 1 or tuple(words[i : i + n]) == cue:
                return kind, n
        return None


def _rows(path: Path, header: list[str]):
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [(n, ln) for n, ln in enumerate(fh, 1) if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise EventDataError(f"{path.name}: empty; it needs the header {' '.join(header)}")
    first = lines[0][1].rstrip("\r\n").split("\t")
    if first != header:
        raise EventDataError(f"{path.name}:{lines[0][0]}: header {first} is not {header}; restore the header line")
    for n, ln in lines[1:]:
        cols = next(csv.reader([ln.rstrip("\r\n")], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cols) < len(header):
            cols += [""] * (len(header) - len(cols))
        if len(cols) != len(header):
            raise EventDataError(f"{path.name}:{n}: {len(cols)} tab-separated fields, expected {len(header)}")
        yield n, dict(zip(header, (c.strip() for c in cols), strict=True))


def _forms_of(pos: str, lemma: str, path: str, n: int) -> list[Form]:
    norm = " ".join(normalize_str(lemma).split())
    if pos == "verb":
        head, _, rest = norm.partition(" ")
        if head.count("/") != 1:
            raise EventDataError(f"{path}:{n}: a verb is written PERFECT/IMPERFECT (e.g. دعا/يدعو), got {lemma!r}")
        perfect, imperfect = head.split("/")
        if rest.startswith("..."):  # حمل/يحمل ... مسؤولية: the rest only after the subject (تحمل مسؤولية: bear it)
            return [f for f in verb_surface_forms(perfect, imperfect, rest[3:].strip()) if f.later]
        return verb_surface_forms(perfect, imperfect, rest)
    if pos == "noun":
        out: list[Form] = []
        for variant in norm.split("/"):
            out.extend(noun_surface_forms(variant.split()))
        return out
    if pos == "fixed":
        return fixed_surface_forms(norm)
    raise EventDataError(f"{path}:{n}: pos must be verb, noun or fixed, got {pos!r}")


@without_gc
def load_event_data(directory: Path | None = None) -> EventData:
    t0 = time.perf_counter()
    base = Path(directory) if directory else Path(str(resources.files("rasd.data.events")))
    data = EventData()
    surfaces: dict[str, list[Reading]] = defaultdict(list)
    tpath = base / "triggers.tsv"
    for n, row in _rows(tpath, ["type", "mode", "cameo", "pos", "forms", "target", "genitive", "note"]):
        if row["type"] not in QUAD:
            raise EventDataError(f"triggers.tsv:{n}: unknown type {row['type']!r}; use one of {', '.join(TYPES)}")
        if not row["cameo"].isdigit() or len(row["cameo"]) not in (2, 3, 4):
            raise EventDataError(f"triggers.tsv:{n}: CAMEO code {row['cameo']!r} must be 2–4 digits")
        targets = tuple(t.strip() for t in row["target"].split(",") if t.strip())
        bad = [t for t in targets if t not in TARGET_MARKERS]
        if bad:
            raise EventDataError(f"triggers.tsv:{n}: unknown target marker(s) {bad}; use obj, before or a "
                                 f"preposition from {' '.join(sorted(TARGET_MARKERS - {'obj', 'before'}))}")
        if row["genitive"] not in ("", "source", "target", "armed"):
            raise EventDataError(f"triggers.tsv:{n}: genitive must be source, target, armed or empty")
        trig = Trigger(row["type"], row["mode"] or None, row["cameo"], row["pos"], row["forms"],
                       tuple(normalize_str(t) for t in targets), row["genitive"] or None, n)
        data.triggers.append(trig)
        for form in _forms_of(trig.pos, trig.lemma, "triggers.tsv", n):
            surfaces[form.text].append(Reading(trig, form))
    for n, row in _rows(base / "cues.tsv", ["cue", "kind", "scope", "note"]):
        if row["kind"] not in CUE_KINDS:
            raise EventDataError(f"cues.tsv:{n}: kind {row['kind']!r} is not one of {', '.join(sorted(CUE_KINDS))}")
        cue = " ".join(normalize_str(row["cue"]).split())
        data.cues.setdefault(cue, row["kind"])
        data.cue_max_words = max(data.cue_max_words, len(cue.split()))
    light: set[str] = set()
    verbal: set[str] = set()
    occur: set[str] = set()
    manage: set[str] = set()
    declare: set[str] = set()
    for n, row in _rows(base / "grammar.tsv", ["word", "kind", "note"]):
        if row["kind"] not in GRAMMAR_KINDS:
            raise EventDataError(f"grammar.tsv:{n}: kind {row['kind']!r} is not one of {', '.join(sorted(GRAMMAR_KINDS))}")
        word = normalize_str(row["word"])
        if "/" in word:
            forms = [f.text[f.prefix:] for f in _forms_of("verb", row["word"], "grammar.tsv", n)]
        else:
            forms = [word]
        for f in forms:
            if row["kind"] == "light":
                light.add(f)
            elif row["kind"] == "manage":
                manage.add(f)
            elif row["kind"] == "declare":
                declare.add(f)
            elif row["kind"] == "verbal":
                verbal.add(f)
            elif row["kind"] == "occur":
                occur.add(f)
            else:
                data.grammar.setdefault(f, row["kind"])
    data.light = frozenset(light)
    data.occur = frozenset(occur)
    data.light_words = data.light | {p + f for f in light for p in "وف" if len(f) >= 2}
    data.doer_words = data.light_words | manage | {p + f for f in manage for p in "وف" if len(f) >= 2}
    data.declare_words = frozenset(declare | {p + f for f in declare for p in "وف" if len(f) >= 2})
    data.occur_words = data.occur | {p + f for f in occur for p in "وف" if len(f) >= 2}
    data.verbal_attack = frozenset(verbal)
    data.sport_words = frozenset(w for w, k in data.grammar.items() if k == "sport")
    express = {w for w, k in data.grammar.items() if k == "express"}
    data.express_words = frozenset(express | {p + f for f in express for p in "وف" if len(f) >= 2})
    epath = base / "evaluations.tsv"
    if epath.exists():
        for n, row in _rows(epath, ["word", "polarity", "note"]):
            if row["polarity"] not in ("negative", "positive"):
                raise EventDataError(f"evaluations.tsv:{n}: polarity must be negative or positive, got "
                                     f"{row['polarity']!r}")
            *first, last = normalize_str(row["word"]).split()
            stem = last[:-1] if last.endswith("ه") else last  # a word ending in ة: the feminine is the word
            for end in {last, stem + "ه", stem + "ون", stem + "ين"}:  # مهم، مهمة، مهمين؛ استفزازي، استفزازية
                data.evaluations.setdefault((*first, end), row["polarity"])
    data.report = frozenset(c for c, k in data.cues.items() if k == "report")
    data.report_words = data.report | {p + c for c in data.report for p in "وف" if len(c) >= 2}
    first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for cue, kind in data.cues.items():
        first[cue.split()[0]].append((tuple(cue.split()), kind))
    data.cue_first = {w: sorted(v, key=lambda c: -len(c[0])) for w, v in first.items()}
    data.cue_single = {w: (kind, 1) for w, v in first.items() for cue, kind in v if len(cue) == 1}
    data.cue_seconds = {w: frozenset(cue[1] for cue, _ in v if len(cue) > 1) for w, v in first.items()}
    data.cue_starts = frozenset(p + w for w in first for p in ("", "و", "ف"))
    data.hard_words = frozenset(w for w, k in data.grammar.items() if k in ("complementizer", "pronoun", "relative"))
    data.date_words = date_words()
    data.marked_words = data.hard_words | data.cue_starts | data.date_words
    auto = ahocorasick.Automaton()
    for text, readings in surfaces.items():
        # one surface, several readings: keep the file's order (earlier lines win), verbs before nouns
        readings.sort(key=lambda r: (r.form.tense == "noun", r.trigger.line))
        auto.add_word(" " + text, (len(text) + 1, tuple(readings), any(r.form.pron_h for r in readings)))
    auto.make_automaton()
    data.automaton = auto
    data.load_seconds = time.perf_counter() - t0
    return data


@lru_cache(maxsize=1)
def default_event_data() -> EventData:
    """The bundled data, or the directory named by ``RASD_EVENT_DATA`` (to try edited trigger files)."""
    override = os.environ.get("RASD_EVENT_DATA")
    return load_event_data(Path(override) if override else None)
