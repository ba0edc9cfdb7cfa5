"""The actor lexicon: data files loaded, validated (one message per bad record) and compiled once into a matcher.

Files (``rasd/data/lexicon/``, format in docs/lexicon.md): countries, places, organizations, agents, people.*,
anaphora. Every Arabic alias is normalized with rasd's normalizer; the compiled automaton maps each normalized
alias to the entries it names.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache, wraps
from importlib import resources
from pathlib import Path

import ahocorasick
import orjson

from ..text.normalize import normalize_str
from .forms import LIL_PROCLITICS, PROCLITICS, construct_forms, definite_forms, lil_form, nisba_forms

SECTORS = frozenset(
    ["GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "INS", "SEP", "UAF", "PRM", "OPP", "PTY", "ELI", "CVL", "BUS", "LAB", "EDU", "MED", "JRN", "REF", "REL", "HRI", "CRM", "AGR", "IGO", "NGO", "IMG", "MNC", "UNO"]
)
INTERNATIONAL = frozenset({"IGO", "UNO", "NGO", "IMG", "MNC"})
ROLES = frozenset(
    ["president", "vice president", "king", "emir", "sultan", "crown prince", "prime minister", "deputy prime minister", "foreign minister", "defense minister", "interior minister", "finance minister", "minister", "army chief", "military commander", "intelligence chief", "parliament speaker", "supreme leader", "un secretary-general", "un envoy", "un official", "group leader", "opposition leader", "party leader", "spokesperson", "central bank governor", "head of igo", "ambassador"]
)
KINDS = frozenset({"person", "country", "organization", "group", "place"})
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(slots=True)
class Role:
    country: str
    sector: str
    role: str
    start: str | None
    end: str | None

    def holds_on(self, day: str) -> bool:
        return (self.start is None or _lo(self.start) <= day) and (self.end is None or day <= _hi(self.end))


@dataclass(slots=True)
class Entry:
    """One thing an alias can name."""

    type: str  # country | capital | metonym | nisba | place | org | agent | person | counterpart | given
    id: str
    name: str | None = None
    name_ar: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kind: str | None = None  # entity kind for mentions
    lat: float | None = None
    lon: float | None = None
    roles: list[Role] = field(default_factory=list)
    short: bool = False  # a surname-only alias
    ambiguous: bool = False  # needs context before it counts
    lil: bool = False  # the ``لل`` variant of an ال-name: valid only right after a ل
    introduces: bool = False  # an occupation that introduces a name (الصحفي السعودي جمال خاشقجي)
    implied: str | None = None  # agents: the country a bare mention implies (المستوطنون: Israeli settlers)

    def role_on(self, day: str | None) -> Role | None:
        """The role held on ``day`` (YYYY-MM-DD); without a day, the latest."""
        if not self.roles:
            return None
        if day:
            held = [r for r in self.roles if r.holds_on(day)]
            if held:
                return held[-1]
            return None
        return self.roles[-1]


@dataclass
class LexiconIssue:
    file: str
    line: int
    message: str
    level: str = "error"  # error | warning

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.level}: {self.message}"


_ABD_SPLIT = re.compile(r"(?<![^\s])عبد ال")
_ABD_JOINED = re.compile(r"(?<![^\s])عبدال")


def _abd_variants(key: str) -> tuple[str, ...]:
    """The alias, and its other spelling of the names with عبد (عبد العزيز ↔ عبدالعزيز), when it has one."""
    if "عبد" not in key:
        return (key,)
    other = _ABD_SPLIT.sub("عبدال", key)
    if other == key:
        other = _ABD_JOINED.sub("عبد ال", key)
    return (key, other) if other != key else (key,)


class Lexicon:
    """Compiled aliases → entries, plus indexes used by resolution (office holders by country and role)."""

    def __init__(self) -> None:
        self.aliases: dict[str, list[Entry]] = defaultdict(list)
        self.entries: dict[tuple[str, str], Entry] = {}
        self.issues: list[LexiconIssue] = []
        self.office_holders: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        self.countries: dict[str, Entry] = {}
        self.given: dict[str, bool] = {}  # given name → also an everyday word (given_names.txt)
        self.common_words: frozenset[str] = frozenset()  # words that end an unknown name (common_words.txt)
        self.automaton: ahocorasick.Automaton | None = None
        self.load_seconds = 0.0

    # -- building ---------------------------------------------------------------------------------------------
    def add(self, alias: str, entry: Entry) -> None:
        key = " ".join(normalize_str(alias).split())
        if len(key) < 2:
            return
        for k in _abd_variants(key):  # عبد العزيز / عبدالعزيز: both spellings are printed (2,102 and 1,114 times)
            if entry in self.aliases.get(k, ()):
                continue
            self.aliases[k].append(entry)
            lil = lil_form(k)
            if lil and entry.type not in ("nisba",):
                self.aliases[lil].append(_lil(entry))

    def compile(self) -> None:
        """One automaton over " " + proclitic + alias, so matches can only start at a word start.

        The text it runs on has every non-word character replaced by a space (same offsets).
        """
        surfaces: dict[str, list[tuple[Entry, int]]] = defaultdict(list)
        for key, entries in self.aliases.items():
            for e in entries:
                for p in (LIL_PROCLITICS if e.lil else PROCLITICS):
                    surfaces[" " + p + key].append((e, len(p)))
        auto = ahocorasick.Automaton()
        for surface, pairs in surfaces.items():
            by_prefix: dict[int, list[Entry]] = defaultdict(list)
            for e, plen in pairs:
                by_prefix[plen].append(e)
            # one surface can be read several ways (" ولبنان": وَ + لبنان, or a name starting with و)
            auto.add_word(surface, (len(surface), tuple((plen, tuple(es)) for plen, es in by_prefix.items())))
        auto.make_automaton()
        self.automaton = auto


def _lil(entry: Entry) -> Entry:
    return replace(entry, lil=True)


def _lo(d: str) -> str:
    return d if len(d) == 10 else (d + "-01-01")[:10] if len(d) == 4 else d + "-01"


def _hi(d: str) -> str:
    return d if len(d) == 10 else d + "-12-31" if len(d) == 4 else d + "-31"


def _read_jsonl(path: Path, issues: list[LexiconIssue]):
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            issues.append(LexiconIssue(path.name, number, f"not valid JSON ({exc}); fix or remove the line"))
            continue
        if not isinstance(rec, dict) or not rec.get("id"):
            issues.append(LexiconIssue(path.name, number, "a record must be an object with an 'id'"))
            continue
        yield number, rec


def _strs(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str) and v.strip()]


def _check_code(lex: Lexicon, fname: str, line: int, field_: str, code, allowed) -> None:
    if code is not None and code not in allowed:
        lex.issues.append(LexiconIssue(fname, line, f"unknown {field_} code {code!r}"))


def _check_date(lex: Lexicon, fname: str, line: int, value) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not _DATE_RE.match(value):
        lex.issues.append(LexiconIssue(fname, line, f"malformed date {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY"))
        return None
    try:
        dt.date.fromisoformat(_lo(value))
    except ValueError:
        lex.issues.append(LexiconIssue(fname, line, f"impossible date {value!r}"))
        return None
    return value


def without_gc(fn):
    """Run ``fn`` with the cyclic garbage collector paused. Compiling data files allocates a few hundred thousand
    small containers and frees almost none; the collector would go over the growing heap again and again, about a
    third of the load time, to find nothing."""
    @wraps(fn)
    def run(*args, **kwargs):
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()
    return run


@without_gc
def load_lexicon(directory: Path | None = None) -> Lexicon:
    t0 = time.perf_counter()
    lex = Lexicon()
    base = Path(directory) if directory else Path(str(resources.files("rasd.data.lexicon")))
    iso3: set[str] = set()
    cpath = base / "countries.jsonl"
    if cpath.exists():
        for line, rec in _read_jsonl(cpath, lex.issues):
            iso3.add(rec["id"])
    valid_countries = iso3 | INTERNATIONAL
    for name, loader in (("countries.jsonl", _load_countries), ("places.jsonl", _load_places),
                         ("organizations.jsonl", _load_orgs), ("agents.jsonl", _load_agents),
                         ("anaphora.jsonl", _load_anaphora)):
        path = base / name
        if path.exists():
            loader(lex, path, valid_countries)
    for path in sorted(base.glob("people*.jsonl")):
        _load_people(lex, path, valid_countries)
    if (base / "given_names.txt").exists():
        _load_given(lex, base / "given_names.txt")
    if (base / "common_words.txt").exists():
        lex.common_words = frozenset(normalize_str(w) for w in _word_lines(base / "common_words.txt"))
    lex.compile()
    lex.load_seconds = time.perf_counter() - t0
    return lex


def _register(lex: Lexicon, fname: str, line: int, entry: Entry) -> bool:
    key = (entry.type if entry.type not in ("capital", "metonym", "nisba") else "country", entry.id)
    if entry.type in ("country", "place", "org", "agent", "person", "counterpart"):
        if key in lex.entries:
            lex.issues.append(LexiconIssue(fname, line, f"duplicate id {entry.id!r}"))
            return False
        lex.entries[key] = entry
    return True


def _load_countries(lex: Lexicon, path: Path, valid: set[str]) -> None:
    for line, rec in _read_jsonl(path, lex.issues):
        amb = {normalize_str(a) for a in _strs(rec.get("ambiguous"))}
        cid = rec["id"]
        country = Entry("country", cid, name=rec.get("name"), name_ar=(_strs(rec.get("ar")) or [None])[0],
                        country=cid, kind="country")
        if not _register(lex, path.name, line, country):
            continue
        lex.countries[cid] = country
        for a in _strs(rec.get("ar")):
            lex.add(a, _with_amb(country, a, amb))
        for n in _strs(rec.get("nisba")):
            for form in nisba_forms(n):
                lex.add(form, Entry("nisba", cid, name=rec.get("name"), country=cid,
                                    ambiguous=(normalize_str(n) in amb and not form.startswith("ال"))
                                    or normalize_str(form) in amb))  # المالية: financial
        for p in _strs(rec.get("nisba_plural")):
            for form in definite_forms([p]):
                lex.add(form, Entry("nisba", cid, name=rec.get("name"), country=cid, kind="group", sector="CVL"))
        for cap in rec.get("capitals") or []:
            if cap.get("metonym") is False:  # صنعاء: a capital not standing for the government (a place entry names it)
                continue
            for a in _strs(cap.get("ar")):
                lex.add(a, _with_amb(Entry("capital", cid, name=cap.get("name"), name_ar=a, country=cid,
                                           sector="GOV", kind="place", lat=cap.get("lat"), lon=cap.get("lon")),
                                     a, amb))
        for met in rec.get("metonyms") or []:
            sector = met.get("sector") or "GOV"
            _check_code(lex, path.name, line, "sector", sector, SECTORS)
            for a in _strs(met.get("ar")):
                lex.add(a, Entry("metonym", cid, name=rec.get("name"), name_ar=a, country=cid, sector=sector,
                                 kind="country"))


def _with_amb(entry: Entry, alias: str, amb: set[str]) -> Entry:
    if normalize_str(alias) in amb:
        return replace(entry, ambiguous=True)
    return entry


def _load_places(lex: Lexicon, path: Path, valid: set[str]) -> None:
    for line, rec in _read_jsonl(path, lex.issues):
        amb = {normalize_str(a) for a in _strs(rec.get("ambiguous"))}
        _check_code(lex, path.name, line, "country", rec.get("country"), valid)
        e = Entry("place", rec["id"], name=rec.get("name"), name_ar=(_strs(rec.get("ar")) or [None])[0],
                  country=rec.get("country"), kind="place", lat=rec.get("lat"), lon=rec.get("lon"))
        if _register(lex, path.name, line, e):
            for a in _strs(rec.get("ar")):
                lex.add(a, _with_amb(e, a, amb))


def _load_orgs(lex: Lexicon, path: Path, valid: set[str]) -> None:
    for line, rec in _read_jsonl(path, lex.issues):
        amb = {normalize_str(a) for a in _strs(rec.get("ambiguous"))}
        _check_code(lex, path.name, line, "country", rec.get("country"), valid)
        _check_code(lex, path.name, line, "sector", rec.get("sector"), SECTORS)
        kind = rec.get("kind") or "organization"
        if kind not in ("organization", "group"):
            lex.issues.append(LexiconIssue(path.name, line, f"kind must be organization or group, not {kind!r}"))
        e = Entry("org", rec["id"], name=rec.get("name"), name_ar=(_strs(rec.get("ar")) or [None])[0],
                  country=rec.get("country"), sector=rec.get("sector"), kind=kind)
        if _register(lex, path.name, line, e):
            for a in _strs(rec.get("ar")):
                lex.add(a, _with_amb(e, a, amb))


def _load_agents(lex: Lexicon, path: Path, valid: set[str]) -> None:
    for line, rec in _read_jsonl(path, lex.issues):
        _check_code(lex, path.name, line, "sector", rec.get("sector"), SECTORS)
        _check_code(lex, path.name, line, "country", rec.get("country"), valid)
        if rec.get("role") is not None and rec["role"] not in ROLES:
            lex.issues.append(LexiconIssue(path.name, line, f"unknown role {rec['role']!r}"))
        e = Entry("agent", rec["id"], sector=rec.get("sector"), role=rec.get("role"),
                  kind=rec.get("kind") or "organization", name_ar=(_strs(rec.get("ar")) or [None])[0],
                  introduces=bool(rec.get("introduces")), implied=rec.get("country"))
        if _register(lex, path.name, line, e):
            for a in _strs(rec.get("ar")):
                lex.add(a, e)
                for c in construct_forms(a):
                    lex.add(c, e)


def _load_anaphora(lex: Lexicon, path: Path, valid: set[str]) -> None:
    for line, rec in _read_jsonl(path, lex.issues):
        e = Entry("counterpart", rec["id"])
        if _register(lex, path.name, line, e):
            for a in _strs(rec.get("ar")):
                lex.add(a, e)


def _load_people(lex: Lexicon, path: Path, valid: set[str]) -> None:
    for line, rec in _read_jsonl(path, lex.issues):
        amb = {normalize_str(a) for a in _strs(rec.get("ambiguous"))}
        roles = []
        for r in rec.get("roles") or []:
            _check_code(lex, path.name, line, "country", r.get("country"), valid)
            _check_code(lex, path.name, line, "sector", r.get("sector"), SECTORS)
            if r.get("role") is not None and r.get("role") not in ROLES:
                lex.issues.append(LexiconIssue(path.name, line, f"unknown role {r.get('role')!r}"))
            start = _check_date(lex, path.name, line, r.get("start"))
            end = _check_date(lex, path.name, line, r.get("end"))
            if start and end and _lo(start) > _hi(end):
                lex.issues.append(LexiconIssue(path.name, line, f"role {r.get('role')!r} ends before it starts"))
            roles.append(Role(r.get("country"), r.get("sector"), r.get("role"), start, end))
        roles.sort(key=lambda r: _lo(r.start) if r.start else "0000")
        e = Entry("person", rec["id"], name=rec.get("name"), name_ar=(_strs(rec.get("ar")) or [None])[0],
                  kind="person", roles=roles,
                  country=roles[-1].country if roles else None, sector=roles[-1].sector if roles else None)
        if not _register(lex, path.name, line, e):
            continue
        for a in _strs(rec.get("ar")):
            lex.add(a, _with_amb(e, a, amb))
        for a in _strs(rec.get("ar_short")):
            lex.add(a, replace(e, short=True, ambiguous=normalize_str(a) in amb))
        for a in _strs(rec.get("ar_short_ambiguous")):
            lex.add(a, replace(e, short=True, ambiguous=True))
        for r in roles:
            if r.role:
                lex.office_holders[(r.country, r.role)].append(e)


def _word_lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


def _load_given(lex: Lexicon, path: Path) -> None:
    """Given names (``name`` or ``name<TAB>?`` for one that is also an everyday word): entries of type given."""
    for line in _word_lines(path):
        name, _, flag = line.partition("\t")
        key = " ".join(normalize_str(name).split())
        if len(key) < 2:
            continue
        ambiguous = flag.strip() == "?"
        lex.given[key] = ambiguous
        lex.add(key, Entry("given", key, kind="person", ambiguous=ambiguous))


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The bundled lexicon, loaded and compiled once per process."""
    return load_lexicon()
