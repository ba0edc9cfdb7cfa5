"""Stage 4, entities: lexicon matches → mentions → resolved, coreferent entities.

Input: a cleaned Document. Output: ``doc.extra["entities"]``: entities with their kind, English and Arabic names,
country, sector and role on the document's date, and every mention with story, sentence and original offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from operator import itemgetter

import ahocorasick

from ..core import Document
from ..text.normalize import NormText, normalize, normalize_str
from .lexicon import INTERNATIONAL, Entry, Lexicon, Role, default_lexicon

_TYPE_RANK = {"person": 0, "org": 1, "country": 2, "metonym": 3, "capital": 4, "place": 5, "agent": 6,
              "counterpart": 7, "nisba": 8, "given": 10}
_LOCATIVE = frozenset(normalize_str(w) for w in ["في", "إلى", "الى", "من", "عبر", "داخل", "خارج", "قرب", "نحو", "باتجاه", "حول", "شوارع", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "ضواحي", "مدينة", "عاصمة", "العاصمة", "بلدة", "منطقة", "محافظة", "مطار", "مقر", "سفارة", "جامعة", "سكان", "ولاية", "إقليم", "ريف",
    "بشمال", "بجنوب", "بشرق", "بغرب", "بوسط", "بشمالي", "بجنوبي", "بشرقي", "بغربي", "بضواحي", "بقرب",
    # a meeting named after its city (قمة هلسنكي، مؤتمر باريس): the city, not its government (not محادثات or اتفاق,
    # which take two parties: محادثات واشنطن وبيونغ يانغ)
    "قمة", "مؤتمر", "منتدى"])
# before a seat of power, words that make it the place (في البيت الأبيض), not the government (رسالة إلى البيت الأبيض،
# ندد بالبيت الأبيض)
_ON_ATTACK = frozenset(normalize_str(w) for w in [
    "هجوم", "الهجوم", "هجوما", "هجمات", "الهجمات", "غارة", "غارات", "الغارات", "قصف", "القصف", "الحملة", "حملة",
    "السيطرة", "سيطرتها", "سيطرته", "يسيطر", "تسيطر", "يسيطرون", "تهيمن", "يهيمن", "الخناق", "الكيماوي",
    "الكيميائي", "الكيمياوي", "المرتقب", "المتوقع", "المفترض", "ضربة", "ضربات", "الزحف", "الاستيلاء"])
_ABOUT = frozenset(normalize_str(w) for w in ["لدى", "شؤون", "بشؤون", "حول", "تجاه"])  # لدى ألمانيا، شؤون كوريا
_IN_WORDS = frozenset(normalize_str(w) for w in ["في", "داخل", "خارج", "أمام", "قرب", "حديقة"])
_SEQ_TIME = frozenset(normalize_str(w) for w in ["اليوم", "الماضي", "الماضية", "الجاري", "الحالي", "المقبل", "أمس"])
_TIME_WORDS = frozenset(normalize_str(w) for w in ["صباح", "مساء", "ليلة", "فجر", "ظهر"])
_PLACE_ENDS = frozenset(normalize_str(w) for w in [
    "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "بالقرب", "التابعة", "التابع",
    "الواقعة", "الواقع", "المحاذية", "المجاورة", "القريبة", "فوق", "تحت", "داخل", "خارج", "يقع", "تقع", "يضم", "تضم",
    "تسيطر", "يسيطر"])
_DIR = "(?:شمال|جنوب|شرق|غرب|وسط)ي?"
_LOCATED_RE = re.compile(normalize_str(
    rf"(?:^|[\s(])(?:في|قرب|{_DIR}) ([^\W\d_]{{3,}})(?: ([^\W\d_]{{3,}}))?"
    rf"(?: (?:في|قرب|بالقرب من)(?: {_DIR})? | (?:ب|في )?{_DIR} | ب)$"))
_LOCATED_LAST = frozenset(normalize_str(w) for w in ["في", "قرب", "من", "شمال", "جنوب", "شرق", "غرب", "وسط",
                                                     "شمالي", "جنوبي", "شرقي", "غربي", "وسطي", "بشمال", "بجنوب",
                                                     "بشرق", "بغرب", "بوسط", "بشمالي", "بجنوبي", "بشرقي", "بغربي"])
_PRONOUN_SUFFIXES = tuple(normalize_str(w) for w in ["هما", "هم", "ها", "نا", "كم", "ه"])
_MONTHS = frozenset(normalize_str(w) for w in [
    "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
    "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين"])
_OPEN_QUOTES = "\"«“'"
_CLOSE_QUOTES = "\"»”'"
_WEEKDAYS = frozenset(normalize_str(w) for w in ["الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"])


def _find_nouns(text: str, found: list[tuple[int, str]], article: bool):
    """Whole-word occurrences of nouns followed by a space (``found``: where each noun + " " is, from
    :meth:`_Resolver.nouns`), after at most two proclitic letters (و ف ب ل) and, with ``article``, an ال:
    (word start, noun start, noun, noun end), in text order."""
    out = []
    for i, noun in found:
        k = i
        if article and text[k - 2 : k] == "ال":
            k -= 2
        lead = 0
        while lead < 2 and k > 0 and text[k - 1] in "وفبل":
            k -= 1
            lead += 1
        if k == 0 or not text[k - 1].isalpha():
            out.append((k, i, noun, i + len(noun)))
    out.sort()
    return out


_CITED = (r"(?:^|\s)(?:و?ب?حسب|و?وفق|و?وفقا|طبقا|نقلا عن|كما (?:ذكرت|أفادت|أوردت))"
           r"(?:\s?ل?ما (?:\w+ )?(?:ذكر|نقل|أفاد|أورد|أعلن|نشر)\w*(?: \w+)?)?\s*ل?\s*(?:مراسل\w* )?"
           r"(?:وكالة(?: أنباء)?|صحيفة|قناة|موقع|شبكة|إذاعة){}\s*[\"«]?$")
_CITED_KEYS = re.compile("حسب|وفق|طبق|نقل|كما")  # one of them is in every cited phrase (a quick test first)
_MARKS_RE = re.compile("[\u064b-\u0652\u0640]")  # diacritics and tatweel, which can hide those keys (بحَسب)
_CITED_RE = re.compile(normalize_str(_CITED.format("?")))
# بحسب ما أورد موقع مجلس المقاومة، وفقا لما نقلته إذاعة الأمم المتحدة: the outlet of a body that is not itself media
_CITED_OUTLET_RE = re.compile(normalize_str(_CITED.format("")))
_DATELINE_RE = re.compile(r"\)\s*[-—–]")  # دبي، الإمارات (CNN)— : the dateline's credit, a source
_FILED_RE = re.compile(r"(?m)^[^\S\n]*[^\n()]{2,70}\((?:CNN\)\s*(?:--|[-—–])?|[A-Z][A-Za-z. ]{1,10}\)\s*(?:--|[-—–]))")
_CAPITAL_WORD = normalize_str("العاصمة")
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
_NOT_NAME_STARTS = tuple(normalize_str(w) for w in ["لل", "بال", "وال", "فال", "كال"])
_NAME_LINKS = frozenset(normalize_str(w) for w in ["بن", "ابن", "بنت", "آل", "أبو", "أبي", "عبد", "ولد", "أم"])


@lru_cache(maxsize=1)
def _noun_automaton() -> ahocorasick.Automaton:
    """Finds ``noun + " "`` for the place nouns and the organization nouns at once: (noun, is a place noun, is an
    organization noun, None); and an organization head before a quote (حركة "، وكالة أنباء «): (head, False, False,
    the quote's offset in the match)."""
    places, orgs = place_nouns()[0], org_nouns()
    auto = ahocorasick.Automaton()
    for noun in places | orgs.keys():
        auto.add_word(noun + " ", (noun, noun in places, noun in orgs, None))
    for head in quoted_heads():
        for q in '"«“':
            for mid in (" ", " " + normalize_str("أنباء") + " "):
                key = head + mid + q
                if key not in auto:
                    auto.add_word(key, (head, False, False, len(key) - 1))
    auto.make_automaton()
    return auto


_DIRECTION_ADJECTIVES = frozenset(normalize_str(w) for w in "الشرقية الغربية الشمالية الجنوبية".split())


@lru_cache(maxsize=1)
def place_nouns() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(nouns that introduce a place name, words that are never such a name, plural and dual nouns that introduce
    a list of names, the duals among them), normalized; the list nouns are among the nouns."""
    text = resources.files("rasd.data.lexicon").joinpath("place_nouns.txt").read_text("utf-8")
    nouns, not_names, lists, duals = set(), set(), set(), set()
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("!"):
            not_names.add(normalize_str(line[1:].strip()))
        elif line.startswith("+2"):
            lists.add(normalize_str(line[2:].strip()))
            duals.add(normalize_str(line[2:].strip()))
        elif line.startswith("+"):
            lists.add(normalize_str(line[1:].strip()))
        else:
            nouns.add(normalize_str(line))
    return frozenset(nouns | lists), frozenset(not_names), frozenset(lists), frozenset(duals)


_WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _org_noun_rows() -> list[list[str]]:
    """The rows of org_nouns.tsv after its header (quoted-only heads and comments left out)."""
    text = resources.files("rasd.data.lexicon").joinpath("org_nouns.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith(("#", '"'))]
    return [[c.strip() for c in r] for r in rows[1:]]


@lru_cache(maxsize=1)
def org_nouns() -> dict[str, str]:
    """Organization head nouns → sector, normalized (org_nouns.tsv)."""
    return {normalize_str(r[0]): r[1] for r in _org_noun_rows() if len(r) in (2, 3)}


@lru_cache(maxsize=1)
def name_first_heads() -> frozenset[str]:
    """Organization head nouns that head a name only bare, before a word without ال (third column "name")."""
    return frozenset(normalize_str(r[0]) for r in _org_noun_rows() if len(r) == 3 and r[2] == "name")


@lru_cache(maxsize=1)
def quoted_org_re() -> re.Pattern:
    """An organization noun (or one taken only before quotes, lines starting with \") and a quoted name after it,
    with an optional أنباء between (وكالة أنباء "فارس"), on normalized text: groups head, name."""
    alt = "|".join(sorted(quoted_heads(), key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[\s(]))[وبلف]{{0,2}}((?:ال)?(?:{alt}))(?: {normalize_str('أنباء')})? "
                      r"[\"«“]([^\"«»“”\n]{2,50})[\"»”]")


_ANBAA = normalize_str("أنباء")


def _bare_head(word: str, heads: dict[str, str]) -> bool:
    """Whether ``word`` is a head noun, with up to two proclitic letters and ال (وحركة، والحزب)."""
    for k in range(3):
        w = word[k:]
        if w in heads or (w.startswith("ال") and w[2:] in heads):
            return True
        if not w or w[0] not in "وبلف":
            return False
    return False


@lru_cache(maxsize=1)
def quoted_heads() -> dict[str, str]:
    """Every head noun → sector, the quote-only ones included."""
    text = resources.files("rasd.data.lexicon").joinpath("org_nouns.tsv").read_text("utf-8")
    out = dict(org_nouns())
    for ln in text.splitlines():
        if ln.startswith('"') and "\t" in ln:
            w, sector = ln[1:].split("\t")[:2]
            out[normalize_str(w.strip())] = sector.strip()
    return out


@lru_cache(maxsize=1)
def name_stops() -> frozenset[str]:
    text = resources.files("rasd.data.lexicon").joinpath("name_stops.txt").read_text("utf-8")
    return frozenset(normalize_str(w.strip()) for w in text.splitlines() if w.strip() and not w.startswith("#"))


@dataclass(slots=True)
class Hit:
    start: int  # normalized offsets
    end: int
    entries: tuple[Entry, ...]
    prefix: str  # the proclitic letters before it
    top: Entry  # the entry it names first: _best(entries)


@dataclass
class Entity:
    id: str
    kind: str
    name: str | None
    name_ar: str | None
    country: str | None
    sector: str | None
    role: str | None
    mentions: list[dict] = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None

    def as_dict(self) -> dict:
        out = {"id": self.id, "kind": self.kind, "name": self.name, "name_ar": self.name_ar,
               "country": self.country, "sector": self.sector, "role": self.role, "mentions": self.mentions}
        if self.lat is not None:
            out["lat"], out["lon"] = self.lat, self.lon
        return out


_NONWORD_RE = re.compile(r"[^\w ]")  # spaces need no replacing; "_" (a word character to re) is replaced apart


def match_text(nt: NormText) -> str:
    """The normalized text with every non-word character and "_" a space, padded: what the automata run on."""
    out = _NONWORD_RE.sub(" ", nt.text)
    if "_" in out:
        out = out.replace("_", " ")  # as one class with the rest, "_" would make the regex much slower
    return " " + out + " "


def find_hits(nt: NormText, lex: Lexicon, mtext: str | None = None) -> list[Hit]:
    """All lexicon matches on word boundaries (proclitics allowed), leftmost-longest, without overlaps."""
    mtext = mtext or match_text(nt)
    text = nt.text
    cands = []
    for end_idx, (length, readings) in lex.automaton.iter(mtext):
        if mtext[end_idx + 1] != " ":
            continue
        word_start = end_idx - length + 1  # in mtext: the space before the word; in norm: the word start
        for plen, entries in readings:  # by word start, longest name first, then as found
            cands.append((word_start, word_start + plen - end_idx, len(cands), plen, end_idx, entries))
    cands.sort()
    # a named organization starting inside a title and running past it (زعيم حركة خمس نجوم: the title alias زعيم حركة
    # ends inside the movement's name) wins over the title, which then matches without its last word
    named = [(c[0], c[4]) for c in cands if any(e.type == "org" for e in c[5])]
    out: list[Hit] = []
    last_end = -1
    for word_start, _, _, plen, end, entries in cands:
        if word_start >= last_end:
            if named and all(e.type == "agent" for e in entries) and any(
                    word_start < a < end < b for a, b in named):
                continue
            out.append(Hit(word_start + plen, end, entries, text[word_start : word_start + plen], _best(entries)))
            last_end = end
    return out


class _Resolver:
    def __init__(self, doc: Document, lex: Lexicon, day: str | None):
        self.doc, self.lex, self.day = doc, lex, day
        nt = doc.extra.get("_norm")  # normalized by the clean stage
        self.nt = nt if nt is not None and nt.original is doc.text else normalize(doc.text)
        self.entities: dict[str, Entity] = {}
        self.order: list[str] = []  # person entity ids in order of mention
        self.first_person: dict[tuple[int, int | None], str] = {}  # (story, sentence) → first person named
        self.nisbas: list[tuple[int, int, str]] = []  # free nationality adjectives: (start, end, country), original
        self.titles: list[tuple[int, int]] = []  # title chains before names (وزير الدفاع الأميركي), original
        self.bare_agents: list[tuple[int, int, str, str, str | None]] = []  # (start, end, agent id, sector, implied
        # country), original offsets
        self.norm_spans: dict[tuple[int, int], tuple[int, int]] = {}  # mention span → its normalized span
        regions = []  # (start, end, story, sentence) of text rasd keeps: captions and sentences
        for story in doc.stories:
            for c in story.captions:
                regions.append((c.start, c.end, story.index, None))
            for s in story.sentences:
                regions.append((s.start, s.end, story.index, s.index))
        regions.sort()
        self.regions = regions
        self.region_starts = [r[0] for r in regions]
        self._nouns: tuple[list[tuple[int, str]], list[tuple[int, str]]] | None = None
        self._taken: list[tuple[int, int]] | None = None  # normalized spans of the mentions made, sorted (new places)
        self._quoted: list[int] = []  # quotes right after an organization head (nouns())
        self._filed: list[tuple[int, int]] | None = None  # dateline spans (home_country)
        self.adjective_names: dict[str, int] = {}  # country → country names read as adjectives (السلطات السعودية)

    # -- places in the text -------------------------------------------------------------------------------
    def where(self, start: int) -> tuple[int, int | None] | None:
        i = bisect_right(self.region_starts, start) - 1
        if i >= 0 and start < self.regions[i][1]:
            return self.regions[i][2], self.regions[i][3]
        return None

    def nouns(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """Where each place noun and each organization noun stands followed by a space: (start, noun), one scan."""
        if self._nouns is None:
            places: list[tuple[int, str]] = []
            orgs: list[tuple[int, str]] = []
            quoted: list[int] = []
            for last, (noun, place, org, q) in _noun_automaton().iter(self.nt.text):
                if q is not None:
                    quoted.append(last)  # the quote after a head: quoted_orgs looks there only
                    continue
                i = last - len(noun)  # the match is noun + " "
                if place:
                    places.append((i, noun))
                if org:
                    orgs.append((i, noun))
            self._nouns = places, orgs
            self._quoted = quoted
        return self._nouns

    def gap_is_space(self, a: int, b: int) -> bool:
        return b >= a and not self.nt.text[a:b].replace("_", " ").strip()  # (#الجيش_اليمني: "_" joins a hashtag)

    def one_definite_word(self, a: int, b: int) -> bool:
        """Between a and b one ال word (السلطات الأمنية المغربية، سلطات السجون الباكستانية، القوات الحكومية
        السورية): a describing word or the body's own noun before the nationality."""
        gap = self.nt.text[a:b]
        words = gap.split()
        return (len(words) == 1 and words[0].startswith("ال") and words[0].isalpha() and gap.startswith(" ")
                and gap.endswith(" ") and words[0] not in name_stops())

    def prev_word(self, h: Hit) -> str:
        text = self.nt.text
        e = h.start - len(h.prefix)
        while e > 0 and text[e - 1] in " #":  # جنوب #صنعاء: a hashtag mark is no word
            e -= 1
        i = e
        while i > 0 and text[i - 1].isalnum():
            i -= 1
        return text[i:e]

    def attacked_on(self, h: Hit) -> bool:
        """An attack or control word among the three before على (الهجوم الكيماوي على دوما، يسيطر على دوما، الحملة
        على إدلب): what follows is the place struck or held, not a word (حصلت على صور، استفاقت على مشهد)."""
        words = self.nt.text[max(0, h.start - len(h.prefix) - 60) : h.start - len(h.prefix)].split()
        return any(w.lstrip("و") in _ON_ATTACK for w in words[-4:-1])

    # -- entities ----------------------------------------------------------------------------------------
    def mention(self, ent: Entity, start: int, end: int, how: str) -> bool:
        a, b = self.nt.span_to_original(start, end)
        loc = self.where(a)
        if loc is None:
            return False
        ent.mentions.append({"story": loc[0], "sentence": loc[1], "text": self.doc.text[a:b], "start": a, "end": b,
                             "how": how})
        self.norm_spans[(a, b)] = (start, end)
        if ent.kind == "person":
            if ent.id in self.order:
                self.order.remove(ent.id)
            self.order.append(ent.id)
            self.first_person.setdefault(loc, ent.id)  # (story, sentence)
        return True

    def salient_person(self, start: int) -> Entity | None:
        """The subject-like antecedent of a bare ``الوزير``: the first person named in the latest earlier sentence
        that names one (news style puts the actor first)."""
        loc = self.where(self.nt.to_original(start))
        if loc is None or loc[1] is None:
            return None
        story, sent = loc
        for s in range(sent - 1, -1, -1):
            pid = self.first_person.get((story, s))
            if pid:
                return self.entities[pid]
        return None

    def entity(self, key: str, make) -> Entity:
        ent = self.entities.get(key)
        if ent is None:
            ent = make()
            self.entities[key] = ent
        return ent

    def person_entity(self, e: Entry) -> Entity:
        def make():
            role = e.role_on(self.day)
            country, sector, role_name = _person_attrs(e, role, self.day)
            return Entity(e.id, "person", e.name, e.name_ar, country, sector, role_name)
        return self.entity(e.id, make)

    def lexicon_entity(self, e: Entry) -> Entity:
        if e.type == "person":
            return self.person_entity(e)
        if e.type in ("country", "metonym"):
            c = self.lex.countries.get(e.country)
            return self.entity(f"country:{e.country}", lambda: Entity(
                e.country, "country", c.name if c else e.name, c.name_ar if c else e.name_ar, e.country, None, None))
        if e.type == "capital":
            return self.entity(f"place:{e.country}-capital", lambda: Entity(
                f"{e.country}-capital", "place", e.name, e.name_ar, e.country, None, None, lat=e.lat, lon=e.lon))
        kind = e.kind or "organization"
        return self.entity(f"{e.type}:{e.id}", lambda: Entity(e.id, kind, e.name, e.name_ar, e.country, e.sector,
                                                              None, lat=e.lat, lon=e.lon))

    # -- the pass over hits ------------------------------------------------------------------------------
    def run(self, hits: list[Hit]) -> None:
        i = 0
        while i < len(hits):
            h = hits[i]
            top = h.top
            if top.type in ("agent", "counterpart"):
                i = self.chain(hits, i)
                continue
            if top.type == "given":
                i = self.given_name(hits, i)
                continue
            if top.type == "country" and self.adjective_country(h):
                top = next(e for e in h.entries if e.type == "nisba")  # 150 دبلوماسيا روسيا: Russian, not Russia
            if top.type == "nisba":
                if top.country and top.kind != "group" and not top.ambiguous:  # ماليا: financially, not Malian
                    a, b = self.nt.span_to_original(h.start, h.end)
                    self.nisbas.append((a, b, top.country))
                i += 1
                continue
            self.named(h, top)
            i += 1

    def adjective_country(self, h: Hit) -> bool:
        """A country's name spelled as its nationality in the accusative (روسيا، تركيا، سوريا) right after an
        indefinite accusative noun of people the lexicon knows (150 دبلوماسيا روسيا، جنديا تركيا): the adjective,
        not the country."""
        if h.prefix or not self.nt.text.endswith("يا", 0, h.end) or not any(
                e.type == "nisba" and e.country == h.top.country for e in h.entries):
            return False  # روسيا، تركيا: only names spelled like an accusative nationality
        prev = self.prev_word(h)
        if len(prev) < 4 or not prev.endswith("ا") or prev.startswith("ال"):
            return False
        noun = prev[:-1]
        return any(e.type == "agent" for e in self.lex.aliases.get(noun, ()))  # دبلوماسي، جندي: people

    def named(self, h: Hit, e: Entry, how: str | None = None) -> Entity | None:
        if e.type == "person" and (e.short or e.ambiguous):
            if e.id not in self.entities:  # كيم: Kim Jong-un when the page named him, not the first Kim listed
                e = next((x for x in h.entries if x.type == "person" and x.id in self.entities), e)
            if e.id not in self.entities and e.short:
                # زيارة قام بها أبي: Abiy Ahmed, named in full before (أبي أحمد), not Shinzo Abe (آبي), whom the
                # page never named: the given name of a person the page named wins over another person's short
                # form; so does the surname when the short form is ambiguous (المالكي: Riyad al-Maliki when the
                # page named him; but ترامب stays Donald Trump on a page naming only إيفانكا ترامب)
                word = self.nt.text[h.start : h.end]
                first = _name_words(e.name_ar or "")[:1] != (word,)  # كيم: a family name written first, the
                # listed person's own first word, is no given name (كيم يو جونغ does not take كيم)
                own = next((x for x in self.entities.values() if x.kind == "person" and x.mentions and x.name_ar
                            and ((first and _name_words(x.name_ar)[:1] == (word,)) or (
                                e.ambiguous and word in _name_words(x.name_ar)))), None)
                if own is not None:
                    self.mention(own, h.start, h.end, "short")
                    return own
            if e.ambiguous and e.id not in self.entities:
                return None
            how = how or "short"
        if e.ambiguous and e.type in ("country", "place", "capital", "org") and self.prev_word(h) not in _LOCATIVE \
                and not (e.type in ("place", "capital") and self.prev_word(h) == "علي" and self.attacked_on(h)) \
                and not (h.prefix.endswith(("ب", "ل")) and e.type != "org" and (e.type != "place"
                                                                                or self.place_ends(h))) \
                and not (e.type in ("capital", "place") and self.after_capital_word(h)):  # بالعاصمة طرابلس
            return None
        if e.type == "capital":
            places = [x for x in h.entries if x.type == "place"]
            after = self.nt.text[h.end : h.end + 3].lstrip()
            if self.prev_word(h) in _LOCATIVE or h.prefix.endswith(("ب", "ل", "ك")) or after[:1] in "(-–" \
                    or self.after_capital_word(h):
                ent = self.lexicon_entity(places[0]) if places else self.lexicon_entity(e)
                ent.kind = "place"
                self.mention(ent, h.start, h.end, "place")
                return ent
            ent = self.lexicon_entity(_metonym(e))
            self.mention(ent, h.start, h.end, "metonym")
            return ent
        if e.type == "metonym" and (self.prev_word(h) in _IN_WORDS or (
                h.prefix.endswith("ب") and _next_word(self.nt.text, h.end)[0] == h.end + 1
                and self.nt.text.startswith("في ", h.end + 1))):
            # في البيت الأبيض، بقصر اليمامة في الرياض: the seat as a place (ندد بالبيت الأبيض: the government)
            # في البيت الأبيض، بقصر اليمامة: the seat as a place, not the government it stands for
            key = "seat:" + self.nt.text[h.start : h.end]
            ent = self.entity(key, lambda: Entity(key, "place", None, self.doc.text[slice(
                *self.nt.span_to_original(h.start, h.end))], e.country, None, None))
            self.mention(ent, h.start, h.end, "place")
            return ent
        ent = self.lexicon_entity(e)
        self.mention(ent, h.start, h.end, how or ("metonym" if e.type == "metonym" else "name"))
        return ent

    def place_ends(self, h: Hit) -> bool:
        """After an ambiguous place (not a country) with ب or ل: not a word that makes it a noun phrase going on
        (بحجة أن، بصور كثيرة، بمسقط رأسه); punctuation, a preposition or a direction keep it (بدوما في الغوطة)."""
        text = self.nt.text
        if h.end >= len(text) or text[h.end] != " ":
            return True
        j, k = _next_word(text, h.end)
        w = text[j:k]
        if not w or w in _COMPASS or w in _PLACE_PREPS or w.startswith("و"):
            return True  # (بالعريش والطريق الدولي: a list of places goes on)
        return not (w in _GOES_ON or w in self.lex.common_words or w.startswith(_RAS))

    def after_capital_word(self, h: Hit) -> bool:
        """العاصمة اليمنية صنعاء، العاصمة صنعاء: a capital named as such is the city."""
        before = [w[1:] if w[:1] in "بل" and w[1:] == _CAPITAL_WORD else w for w in
                  self.nt.text[max(0, h.start - len(h.prefix) - 20) : h.start - len(h.prefix)].split()]  # بالعاصمة
        return bool(before) and (before[-1] == _CAPITAL_WORD or (len(before) > 1 and before[-2] == _CAPITAL_WORD))

    def chain(self, hits: list[Hit], i: int) -> int:
        """[agent]+ [nisba | country] [person | unknown name]; or نظيره [nisba] [name]."""
        first = hits[i]
        agent = first.top
        prev = self.prev_word(first)
        if not first.prefix and agent.id.endswith("ministry") and (prev in _AFFAIRS or (
                prev.startswith("لل") and "ال" + prev[2:] in _AFFAIRS) or (
                prev.startswith(("بال", "وال")) and prev[1:] in _AFFAIRS)):
            return i + 1  # السياسة الخارجية القطرية، الشؤون الداخلية، وزير الدولة للشؤون الخارجية الإماراتي: an
            # adjective of policy or affairs, no ministry
        j = i + 1
        end = first.end
        body = None  # المتحدث باسم الخارجية الإيرانية: the body a spokesperson speaks for is itself named
        text = self.nt.text
        while j < len(hits) and hits[j].top.type == "agent" and self.gap_is_space(end, hits[j].start):
            if text.startswith("ال", hits[j - 1].start) and text.startswith("ال", hits[j].start - len(hits[j].prefix)) \
                    and not text.endswith(_BISM, 0, hits[j - 1].end):
                break  # دعا جهاز الشرطة السكان: two definite nouns are two parties, not one construct (but المتحدث
                # باسم الرئاسة التركية: باسم governs the body)
            nxt_agent = hits[j].top
            if body is None and agent.kind == "person" and nxt_agent.kind == "organization":
                body = (hits[j], nxt_agent)
            agent = nxt_agent if nxt_agent.role else agent
            end = hits[j].end
            j += 1
        end, former = self.former(end)  # الرئيس السابق نيكولا ساركوزي
        country = None
        if j < len(hits) and (self.gap_is_space(end, hits[j].start) or (
                hits[j].top.type == "nisba" and not hits[j].prefix
                and self.nt.text[end : hits[j].start].strip() in _DESCRIBERS) or (
                self.one_definite_word(end, hits[j].start - len(hits[j].prefix))
                and hits[j].top.type == "nisba" and first.top.kind == "organization")):
            # مسؤول عسكري أميركي: one describing word may stand between the agent and its nationality
            nxt = hits[j].top
            if nxt.type == "nisba" and (nxt.kind != "group" or hits[j].entries[0].sector == "CVL"):
                country, end = nxt.country, hits[j].end
                j += 1
            elif nxt.type == "country" and not hits[j].prefix and text.startswith("ال", hits[j].start) \
                    and text.startswith("ال", hits[j - 1].start - len(hits[j - 1].prefix)):
                country, end = nxt.country, hits[j].end  # السلطات السعودية، القنصلية السعودية: after a definite
                # noun the name is its agreeing adjective (السعودية = Saudi), not a country mention
                self.adjective_names[country] = self.adjective_names.get(country, 0) + 1
                j += 1
            elif nxt.type in ("country", "capital", "metonym") and not hits[j].prefix:
                country = nxt.country  # construct state: رئيس وزراء العراق (the country is also a mention)
                self.named(hits[j], nxt)
                end = hits[j].end
                j += 1
            elif nxt.type == "place" and nxt.country and not hits[j].prefix and agent.kind == "organization" \
                    and first.top.kind == "organization":
                country, end = nxt.country, hits[j].end  # شرطة إسطنبول: the city's police, one name
                j += 1
            elif nxt.type == "person" and not hits[j].prefix and agent.kind == "organization" \
                    and agent.sector == "GOV" and first.top.kind == "organization":
                e = _person_for(hits[j].entries, None, self.day)
                held = e.role_on(self.day)
                if held is not None and held.country and not e.ambiguous:
                    # إدارة ترامب: the government its leader heads, one name (the person is not a mention apart)
                    self.agent_mention(agent, held.country, first.start, hits[j].end)
                    return j + 1
        if country and not former:
            end, former = self.former(end)  # الرئيس الفرنسي السابق نيكولا ساركوزي
        if body is not None and country:
            self.agent_mention(body[1], country, body[0].start, end)
        counterpart = agent.type == "counterpart"
        role, sector = agent.role, agent.sector
        if counterpart:
            ante = self.entities.get(self.order[-1]) if self.order else None
            role, sector = (ante.role, ante.sector) if ante else (None, None)
        self.titles.append(self.nt.span_to_original(first.start, end))
        # a named person right after the title (after a comma too when the title names the body it speaks for:
        # المتحدثة باسم الخارجية الروسية، ماريا زاخاروفا — several bodies of a country have spokespeople)
        if j < len(hits) and hits[j].top.type == "person" and (self.gap_is_space(end, hits[j].start) or (
                body is not None and self.nt.text[end : hits[j].start].strip() in ("،", ","))):
            ent = self.named(hits[j], _person_for(hits[j].entries, country, self.day), how="name")
            if ent is not None and country and ent.country is None:
                ent.country, ent.sector, ent.role = country, sector, role
            if ent is not None or not agent.introduces:
                return j + 1
            # القيادي الحوثي البارز حسين البكلي: the "name" was a describing word; look further
        if agent.kind == "person" or counterpart:
            if (country or agent.introduces) and not (former and self.nt.text.startswith(" و", end)):
                # جون كيري، وزير الخارجية الأمريكي الأسبق ومهندس الاتفاق: a second description, not a name
                captured = self.capture_name(end, skip_definite=agent.introduces)
                if captured:
                    a, b, name_ar = captured
                    key = "new:" + name_ar
                    # القيادي الحوثي البارز حسين البكلي: a group's nationality among the describing words
                    own = country or next((x.top.country for x in hits[j:] if end <= x.start and x.end <= a
                                           and x.top.type in ("nisba", "org") and _is_state(x.top.country)), None)
                    ent = self.entity(key, lambda: Entity(key, "person", None, self.doc.text[slice(
                        *self.nt.span_to_original(a, b))], own, sector, role))
                    self.mention(ent, a, b, "title")
                    while j < len(hits) and hits[j].start < b:  # given names inside the captured name
                        j += 1
                    return j
            if (country or agent.role) and not former and agent is not first.top and (
                    (first.prefix == "" and self.prev_word(first) in _DEPUTY_WORDS)
                    or self.nt.text[first.start : first.end] in _DEPUTY_WORDS) or (
                    (country or agent.role) and not former and agent is first.top and first.prefix == ""
                    and self.prev_word(first) in _DEPUTY_WORDS):
                if country:  # مساعد وزير الخزانة الأميركي، نائب وزير الخارجية: not the minister, someone under them:
                    # that country's official, a descriptor for the events stage
                    self.agent_mention(replace(agent, id="deputy-" + agent.id, role=None), country, first.start, end)
                return j
            if (country or agent.role) and not former:  # a former holder is not today's
                if not self.role_mention(first.start, end, country, role, sector, counterpart) and country \
                        and not role and not counterpart:
                    head = self.head_of_state(country) if agent.id == _LEADER and self.nt.text[
                        first.start : first.end] in _LEADER_WORDS else None
                    if head is not None:  # زعيم كوريا الشمالية، الزعيم الروسي: the country's leader on that day
                        self.mention(head, first.start, end, "role")
                    else:  # قاض أمريكي، القس الأمريكي: an office with no listed role and no holder on the page:
                        # that country's judge, priest, an actor for the events stage (a descriptor, not a name)
                        self.agent_mention(agent, country, first.start, end)
            return j
        if not country and agent.kind in ("organization", "group") and agent.sector:
            # a bare agent noun (الشرطة، السلطات، المتظاهرون): not a named mention, but an actor for the events stage
            a, b = self.nt.span_to_original(first.start, first.end)  # السلطات سكان: two agents, not one
            self.bare_agents.append((a, b, agent.id, agent.sector, agent.implied))
        if country and agent.kind in ("organization", "group"):
            self.agent_mention(agent, country, first.start, end)
        return j

    def former(self, end: int) -> tuple[int, bool]:
        """The word السابق (الأسبق، السابقة) right after a title: (where the title now ends, whether it is there)."""
        text = self.nt.text
        if not text.startswith(_FORMER_STARTS, end):  # most titles: no السابق after them, one cheap test
            return end, False
        a, b = _next_word(text, end)
        if a == end + 1 and text[a:b] in _FORMER:
            return b, True
        return end, False

    def agent_mention(self, agent: Entry, country: str, start: int, end: int) -> None:
        """An agent noun with a nationality or country (الجيش التركي، الخارجية الإيرانية): that country's body."""
        key = f"agent:{agent.id}:{country}"
        c = self.lex.countries.get(country)
        label = f"{c.name if c else country} {agent.id.replace('-', ' ')}"
        ent = self.entity(key, lambda: Entity(key, agent.kind, label, None, country, agent.sector, None))
        if ent.name_ar is None:
            ent.name_ar = self.doc.text[slice(*self.nt.span_to_original(start, end))]
        # الجيش التركي names a state body; وسائل الإعلام التركية, مسؤولون إسرائيليون only describe actors, and so
        # does an indefinite nationality (قوات تركية: some Turkish forces)
        last = self.nt.text[start:end].split()[-1]
        described = not last.startswith("ال") and any(e.type == "nisba" for e in self.lex.aliases.get(last, ()))
        state_body = agent.kind == "organization" and agent.sector in _STATE_SECTORS and not described
        self.mention(ent, start, end, "agent" if state_body else "descriptor")

    def given_name(self, hits: list[Hit], i: int) -> int:
        """A given name and the name words after it (جان لوي بورلو، محمد رضا طابش): a person the lexicon lacks.

        The name runs over up to three more words, stopping at punctuation, function words, everyday words
        (common_words.txt) and any other lexicon match except further given names. An ال word only ends a name
        (صالح الفوزان), never after a given name that is also an everyday word (أكبر، سعيد), which needs two more
        name words. Returns the next hit.
        """
        h = hits[i]
        top = h.top
        text = self.nt.text
        stops, common = name_stops(), self.lex.common_words
        given = text[h.start : h.end]
        blocked = {x.start - len(x.prefix) for x in hits[i + 1 : i + 6]
                   if x.top.type != "given" and (top.ambiguous or not self.other_person(x, given))}
        words: list[tuple[int, int]] = []
        k = h.end
        if h.prefix in ("", "و") and k < len(text) and text[k] == " ":  # لجان، كيان، لدينا: not names
            while len(words) < 3:
                a, b = _next_word(text, k)
                word = text[a:b]
                if (not word or a in blocked or word in stops or word in common or len(word) < 2
                        or not word.isalpha() or self.clitic_article(word)
                        or (word[0] in "بلك" and word[1:] in common)  # مريم بمخالفة
                        or (word[0] == "و" and (words or word[1:] in common or word[1:] in self.lex.given))):
                    break  # وحواء، واغوب: a list of names goes on, not this one
                definite = word.startswith("ال")
                if definite and top.ambiguous:
                    break
                words.append((a, b))
                k = b
                if definite or b >= len(text) or text[b] != " ":
                    break  # an ال surname or punctuation ends the name
        while words and text[words[-1][0] : words[-1][1]] in _NAME_LINKS:
            words.pop()  # خالد بن، عبدالعزيز آل: a name never ends on a link word
        j = i + 1
        if not words or (top.ambiguous and len(words) < 2):
            return j
        start, end = h.start, words[-1][1]
        name_ar = " ".join(text[start:end].split())
        key = "new:" + name_ar
        country = self.country_before(hits, i)
        ent = self.entity(key, lambda: Entity(key, "person", None, self.doc.text[slice(
            *self.nt.span_to_original(start, end))], country, None, None))
        self.mention(ent, start, end, "given")
        while j < len(hits) and hits[j].start < end:
            j += 1
        return j

    def country_before(self, hits: list[Hit], i: int) -> str | None:
        """The country of a nationality, a country or a national body right before a new name (رجل الأعمال الروسي
        رومان أبراموفيتش، البطريرك الماروني اللبناني، بشارة الراعي، البرلمان الإيراني، بهروز نعمتي): the person's."""
        if i == 0:
            return None
        x, h = hits[i - 1], hits[i]
        gap = self.nt.text[x.end : h.start - len(h.prefix)]
        if len(gap) > 3 or gap.strip() not in ("", "،", ","):
            return None
        top = x.top
        if top.type == "country" and (x.prefix or self.prev_word(x) in _LOCATIVE or self.prev_word(x) in _ABOUT):
            return None  # سفير إسرائيل في بريطانيا مارك ريغيف، الخبير في شؤون كوريا الشمالية: where, or about
        if top.type == "nisba" and i >= 2 and hits[i - 2].top.type in ("org", "person") and \
                self.gap_is_space(hits[i - 2].end, x.start):
            return None  # ميليشيات الحوثي الإيرانية، منصور السودي: the nationality is the group's
        if top.type in ("nisba", "country") or (top.type == "org" and _is_state(top.country)):
            return top.country
        return None

    def other_person(self, x: Hit, given: str) -> bool:
        """Whether ``x``, a surname-only match of a known person, belongs to someone else once ``given`` stands
        before it: ميلانيا ترامب, أسماء الأسد, علاء مبارك are not the leaders (a given name the person bears, جواد
        ظريف, or a short form of one, ستيف منوتشين، جيم جيفري, keeps the link)."""
        if x.top.type != "person" or not x.top.short or x.prefix:
            return False
        words = _person_words(self.lex).get(x.top.id, ())
        return not any(w == given or (len(given) > 2 and w.startswith(given)) for w in words)

    def clitic_article(self, word: str) -> bool:
        """A proclitic and ال on an everyday word (والوفد، للتحقيق، كالعادة), not a name that happens to start with
        those letters (كالانتاري، بالادور، فالنسيا); an unknown word after them counts as such a word too when it
        is short (والدة)."""
        if not word.startswith(_NOT_NAME_STARTS):
            return False
        common = self.lex.common_words
        rest = word[3:] if not word.startswith("لل") else word[2:]
        return len(rest) < 4 or rest in common or "ال" + rest in common or word[1:] in common

    def capture_name(self, pos: int, skip_definite: bool = False) -> tuple[int, int, str] | None:
        """Up to four name words right after a title, stopping at function words, punctuation and known names.

        After an occupation (``skip_definite``), up to three describing words with ال come first and are skipped
        (القيادي الحوثي البارز المدعو حسين البكلي); a name never starts with ال there.
        """
        text = self.nt.text
        stops = name_stops()
        words = []
        i = pos
        if skip_definite:
            j, _ = _next_word(text, i)
            if j < len(text) and text[j] in "،,":
                i = j + 1  # الإعلامي السعودي، جمال خاشقجي: the name in apposition after a comma
            for _ in range(3):
                j, k = _next_word(text, i)
                if not (text.startswith("ال", j) and k > j and (k >= len(text) or text[k] == " ")):
                    break
                i = k
            if text.startswith("ال", _next_word(text, i)[0]):
                return None
        while len(words) < 4:
            i, j = _next_word(text, i)
            word = text[i:j]
            if (not word or word in stops or word.isdigit() or len(word) < 2 or word in self.lex.common_words
                    or self.clitic_article(word) or any(e.type == "agent" for e in self.lex.aliases.get(word, ()))):
                break  # والوفد، للتحقيق: a proclitic and ال never continue a name; nor does a title (بكري الرئيس)
            words.append((i, j, word))
            i = j
            if j < len(text) and text[j] != " ":
                break  # punctuation ends the name
        if words and words[0][2] in _TIME_WORDS and len(words) > 1 and words[1][2] in _WEEKDAYS:
            return None
        if not words or (skip_definite and len(words) < 2 and self.lex.given.get(words[0][2], True)):
            return None  # after an occupation, a lone word is more often a noun than a name (unless it is a given
            # name that is no everyday word: وابنته يوليا)
        if text.startswith(" #", words[-1][1]):
            return None  # الرئيس الروسي فلاديمير #بوتين: the name goes on in a hashtag, found as a name of its own
        return words[0][0], words[-1][1], " ".join(w for _, _, w in words)

    def head_of_state(self, country: str) -> Entity | None:
        """Who leads ``country`` on the page's date: its supreme leader, monarch or president in the lexicon."""
        for role in _HEAD_ROLES:
            for e in self.lex.office_holders.get((country, role), []):
                r = e.role_on(self.day)
                if r and r.role == role and r.country == country:
                    return self.person_entity(e)
        return None

    def role_mention(self, start: int, end: int, country, role, sector, counterpart: bool) -> bool:
        """Link a role mention (الوزير التركي، زعيم كوريا الشمالية) to its holder; False when there is none."""
        ent = None
        if country is None and not counterpart:  # a bare الوزير / الرئيس: the salient person, if the role fits
            cand = self.salient_person(start)
            if cand is not None and _role_fits(role, cand.role):
                ent = cand
        for pid in ([] if ent or country is None else reversed(self.order)):  # the document's own people first
            p = self.entities[pid]
            if (country is None or p.country == country) and _role_fits(role, p.role) and (
                    role is not None or counterpart or p.sector == sector):  # القس الأمريكي is no president
                ent = p
                break
        if ent is None and country and role:
            for e in self.lex.office_holders.get((country, role), []):
                r = e.role_on(self.day)
                if r and r.role == role and r.country == country:
                    ent = self.person_entity(e)
                    break
        if ent is None:
            if not country or not role:
                return False
            key = f"role:{country}:{role}"
            ent = self.entity(key, lambda: Entity(key, "person", None, None, country, sector, role))
        self.mention(ent, start, end, "counterpart" if counterpart else "role")
        return True

    def unknown_places(self) -> None:
        """Names after a place noun (في قرية الجورة، مدينة مالزبري، حي "محمودية") that no mention covers yet: new
        places, with the country of the nearest country or known place named after them in the sentence. After a
        plural or dual noun (مدن أصفهان والأحواز وكاروان، ولايتي براندنبرج وتورينجين) each name of the list is one."""
        if not self.nouns()[0]:
            return  # no place noun on the page
        lists = place_nouns()[2]
        text = self.nt.text
        self._taken = sorted(self.norm_spans.values())
        for _, _, noun, end in _find_nouns(text, self.nouns()[0], article=False):
            if noun in lists:
                for words in self.place_list(end, noun in place_nouns()[3]):
                    self.new_place(words)
                continue
            words = self.place_name(end)
            if words:
                self.new_place(words)

    def located_places(self) -> None:
        """An unknown name placed in a known place or country (داخل مسجد في مالزبري في جنوب إفريقيا، شرقي ليفوكا في
        فيجي، في فيرولام في شمال دوربان): a new place there. The name is one or two words, none an everyday word."""
        text = self.nt.text
        if self._taken is None:  # unknown_places, run just before, keeps it up to date
            self._taken = sorted(self.norm_spans.values())
        spots = []
        for e in self.entities.values():
            if e.kind in ("place", "country") and e.country:
                for m in e.mentions:
                    span = self.norm_spans.get((m["start"], m["end"]))
                    if span is None or span[0] < 2:
                        continue
                    a = span[0]  # a quick test first: the word before must be one the pattern ends with
                    c = text[a - 1]
                    if (c == "ب" and text[a - 2] == " ") or (
                            c == " " and text[text.rfind(" ", max(0, a - 13), a - 1) + 1 : a - 1] in _LOCATED_LAST):
                        spots.append((a, e.country))
        for s0, country in spots:
            m = _LOCATED_RE.search(text, max(0, s0 - 80), s0)
            if m is None:
                continue
            words = [(m.start(g), m.end(g)) for g in (1, 2) if m.group(g)]
            if any(not self.place_word(text[a:b], n == 0) or self.everyday(text[a:b]) or text[a:b] in self.lex.given
                   or self.covered(a, b) for n, (a, b) in enumerate(words)):
                continue
            self.new_place(words, country)

    def everyday(self, w: str) -> bool:
        """An everyday word, a month, or an everyday noun with a pronoun suffix (قمتهم، مزرعته، تمثيلنا)."""
        common = self.lex.common_words
        if w in common or w in _MONTHS:
            return True
        for suffix in _PRONOUN_SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                stem = w[: -len(suffix)]
                if stem in common or (stem[-1] == "ت" and stem[:-1] + "ه" in common) or (
                        stem[-1] == "ا" and stem[:-1] + "ي" in common):
                    return True
        return False

    def covered(self, j: int, k: int) -> bool:
        """Whether the normalized span [j, k) overlaps a mention already made."""
        taken = self._taken
        p = bisect_right(taken, (k, -1)) - 1  # the last mention starting before k, and the two before it
        return any(taken[q][1] > j for q in range(max(0, p - 2), p + 1))

    def is_nisba(self, w: str) -> bool:
        return w in _nisba_words(self.lex)

    def place_word(self, w: str, first: bool) -> bool:
        """Whether ``w`` can be a word of a new place's name."""
        nouns, not_names = place_nouns()[:2]
        if not w or len(w) < 3 or w in name_stops() or w in not_names or w in nouns or self.is_nisba(w):
            return False
        if w in _PLACE_ENDS or (w[0] == "ب" and w[1:] in _PLACE_ENDS):
            return False  # بيرغامو بشمال إيطاليا، القبيطة شمالي لحج: a direction or relation ends the name
        if w[0] in "وبلف" and (w[1:] in nouns or (w[1:3] == "ال" and w[3:] in nouns)):
            return False  # غرمسار بمحافظة سمنان، رئيس بلدية لمدينة أنقرة: not a name, another place noun
        if first and (w.startswith("لل") or any(e.type == "agent" for e in self.lex.aliases.get(w, ()))
                      or self.verb_like(w)):
            return False  # قرية للهدنة، سجن الطبيب، منطقة تمتد، كهف غمرته المياه، منطقة سكنه: no name
        if not first and (w in _DIRECTION_ADJECTIVES or w[0] == "و" or (w[0] in "بلك" and self.clitic_article(w))):
            return False  # مزهر ومركز المديرية: a و ends the name; so does a proclitic with ال (الفلاح بالعاصمة)
        return True

    def verb_like(self, w: str) -> bool:
        """An everyday word with a pronoun suffix (غمرته، سكنه): a verb or a possessed noun, not a name (a present
        prefix alone says too little: كهف تام لوانغ)."""
        common = self.lex.common_words
        for suf in ("ها", "هم", "ته", "ه"):
            if w.endswith(suf) and len(w) - len(suf) >= 2:
                base = w[: -len(suf)]
                if base in common or (suf == "ته" and base + "ه" in common):
                    return True
        return False

    def place_name(self, i: int) -> list[tuple[int, int]] | None:
        """The new name right after a place noun: up to three words, or a quoted name up to its closing quote;
        None when a mention covers its first word."""
        text = self.nt.text
        j = i
        while j < len(text) and text[j] == " ":
            j += 1
        quoted = j < len(text) and text[j] in _OPEN_QUOTES
        if quoted:
            i = j + 1
        words: list[tuple[int, int]] = []
        common, weak = self.lex.common_words, False
        while len(words) < 3:
            j, k = _next_word(text, i, _is_hashtag_letter)
            w = text[j:k]
            if not self.place_word(w, not words):
                break
            if not words and not quoted and not w.startswith("ال") and w in common and "ال" + w in common:
                weak = True  # منطقة جبلية، ولاية ثانية، حي قديم: an everyday word (seen with ال too)
            if self.covered(j, k):
                if not words:
                    return None  # a known name is there already
                break  # غرمسار بمحافظة سمنان: stop before a known name
            words.append((j, k))
            i = k
            if k < len(text) and text[k] != " ":
                break
        if quoted and not (words and words[-1][1] < len(text) and text[words[-1][1]] in _CLOSE_QUOTES):
            return None
        if weak and (len(words) < 2 or text[words[1][0] : words[1][1]] in common):
            return None  # ... is no name, unless a name word follows (وادي اليرموك، جبل حبشي)
        return words or None

    def place_list(self, i: int, dual: bool) -> list[list[tuple[int, int]]]:
        """The names after a plural or dual place noun, joined by و or commas: one or two words each; known names
        in the list are skipped, the list goes on after them. Everyday words end a list, except as the second
        name after a dual (منطقتي السويق والجبلية)."""
        text = self.nt.text
        common = self.lex.common_words
        out: list[list[tuple[int, int]]] = []
        first, comma = True, False
        n = 0
        while n < (2 if dual else 15):
            n += 1
            j, k = _next_word(text, i, _is_hashtag_letter)
            if j >= len(text) or j == k:
                break
            if first and text[j] == "و":
                break  # بلدات وتلالا: the noun itself is coordinated
            if not first:
                if text[j] == "و" and k - j > 3:
                    j += 1
                elif not comma:
                    break
            if self.covered(j, k):  # a known name: skip it and any further words it covers
                i = k
                while True:
                    j2, k2 = _next_word(text, i, _is_hashtag_letter)
                    if j2 == k2 or not self.covered(j2, k2):
                        break
                    i = k2
            else:
                w = text[j:k]
                if not self.place_word(w, True) or (w in common and not self.known_place(w)
                                                      and not (dual and n == 2)):
                    break
                words = [(j, k)]
                i = k
                if k < len(text) and text[k] == " ":
                    j2, k2 = _next_word(text, k, _is_hashtag_letter)
                    w2 = text[j2:k2]
                    if w2 and w2[0] != "و" and self.place_word(w2, False) and w2 not in common \
                            and not self.covered(j2, k2):
                        words.append((j2, k2))
                        i = k2
                out.append(words)
            first, comma = False, False
            while i < len(text) and text[i] == " ":
                i += 1
            if i < len(text) and text[i] in "،,":
                i += 1
                comma = True
                continue
            if i < len(text) and not text[i].isalpha():
                break
        return out

    def known_place(self, name: str) -> Entry | None:
        """A place the lexicon knows by this name but finds only in context (مشهد): a place noun is that context."""
        return next((e for e in self.lex.aliases.get(name, ()) if e.type in ("place", "capital") and not e.lil), None)

    def new_place(self, words: list[tuple[int, int]], where: str | None = None) -> None:
        text = self.nt.text
        a, b = self.nt.span_to_original(words[0][0], words[-1][1])
        if self.covered(words[0][0], words[-1][1]) or self.where(a) is None:
            return
        name = " ".join(text[x:y] for x, y in words)
        known = self.known_place(name)
        if known is not None:
            ent = self.lexicon_entity(known)
            ent.kind = "place"
            if self.mention(ent, words[0][0], words[-1][1], "place"):
                self._taken.append((words[0][0], words[-1][1]))
                self._taken.sort()
            return
        loc = self.where(a)
        country = (b, where) if where else None
        j, k = _next_word(text, words[-1][1])
        after = [e for e in self.lex.aliases.get(text[j:k], ()) if e.type == "nisba" and e.kind != "group"]
        if after:  # مدينة أشافنبورغ الألمانية
            country = (b, after[0].country)
        for e in self.entities.values():  # the nearest country or known place after it in the same sentence
            for mm in e.mentions:
                if (mm["story"], mm["sentence"]) == loc and mm["start"] >= b and e.country and \
                        e.kind in ("country", "place") and (country is None or mm["start"] < country[0]):
                    country = (mm["start"], e.country)
        name_ar = self.doc.text[a:b]
        key = "newplace:" + name
        ent = self.entity(key, lambda: Entity(key, "place", None, name_ar, country[1] if country else None,
                                              None, None))
        if self.mention(ent, words[0][0], words[-1][1], "place"):
            self._taken.append((words[0][0], words[-1][1]))
            self._taken.sort()

    def unknown_orgs(self) -> None:
        """An organization noun and the name after it (وزارة الداخلية، المحكمة العليا، صحيفة دي فيلت) that no mention
        covers: a new organization; a nationality right after gives its country, else state bodies take the page's
        most mentioned country."""
        if not self.nouns()[1]:
            return  # no organization noun on the page
        heads = org_nouns()
        not_names = place_nouns()[1]
        stops = name_stops()
        text = self.nt.text
        taken = sorted((m["start"], m["end"]) for e in self.entities.values() for m in e.mentions)
        starts = [a for a, _ in taken]
        nisba_at = {self.nt.to_normalized(a): c for a, _, c in self.nisbas}
        place_at = None  # a known place's name can begin a company's or a university's (جامعة كارديف، شركة الأحواز)
        home = None
        for word_start, noun_start, noun, noun_end in _find_nouns(text, self.nouns()[1], article=True):
            definite = noun_start - word_start >= 2 and text[noun_start - 2 : noun_start] == "ال"
            if noun in name_first_heads():  # المؤسسة الأمنية، مؤسسه (its founder): no name; مؤسسة خليفة: one
                nj, nk = _next_word(text, noun_end, str.isalpha)
                if definite or text.startswith(("ال", "ل"), nj) or text[nj:nk] in self.lex.common_words \
                        or text[nj:nk] == _GHAYR \
                        or text[nj:nk] in stops or not self.doc.text.startswith(
                            "ة", self.nt.to_original(noun_end - 1)) and noun.endswith("ه"):
                    continue
            head_start = noun_start - 2 if definite else noun_start
            sector = heads[noun]
            i, words, country, first_article = noun_end, [], None, True
            absorbed = None
            while len(words) < 3:
                j, k = _next_word(text, i, str.isalpha)
                if not words and not definite and sector in ("EDU", "BUS") and place_at is None:
                    place_at = self.places_at()
                if not words and not definite and sector in ("EDU", "BUS") and j in place_at:
                    absorbed = place_at[j]
                    words.append((j, absorbed[2]))
                    first_article = True  # only describing ال words go on: شركة الأحواز الوطنية للحفر
                    i = absorbed[2]
                    if i < len(text) and text[i] != " ":
                        break
                    continue
                if absorbed and _overlaps(taken, starts, *self.nt.span_to_original(j, k)):
                    break  # جامعة كارديف ببريطانيا: the name ends before another mention
                nw = text[j:k]
                if nw[:1] == "س" and nw[1:2] in "يتن" and nw[1:] in self.lex.common_words:
                    break  # لجنة سيعمل أعضاؤها: a future verb ends the name
                if not nw or nw in stops or nw in not_names or len(nw) < 2 or (nw[0] in "وف" and nw[1:] in stops) \
                        or any(e.type == "agent" and e.kind == "person" for e in self.lex.aliases.get(nw, ())):
                    break  # مجلة فهو، المحكمة الأميرة: a pronoun or a title is no part of the name
                article = nw.startswith(("ال", "لل"))
                if words and article != first_article:
                    if not (len(words) == 1 and not first_article and not definite and absorbed is None
                            and nw.startswith("ال") and nw not in _WEEKDAYS and nw not in _SEQ_TIME
                            and text[words[0][0] : words[0][1]] in self.lex.common_words):
                        break  # a name goes on in kind: الهيئة الرئاسية للمدن، صحيفة دي فيلت
                    words.append((j, k))  # construct: هيئة حماية البيئة، لجنة تقصي الحقائق (one ال word, then
                    break  # the name ends: لجنة تقصي الحقائق التابعة)
                if definite and not words and not nw.startswith("ال"):
                    break
                if not definite and not words and not article and len(nw) >= 4 and nw.endswith(("يه", "ي")) \
                        and j not in nisba_at:
                    j2, k2 = _next_word(text, k, str.isalpha)
                    w2 = text[j2:k2] if k < len(text) and text[k] == " " else ""
                    if not (w2.startswith("ال") and w2 not in _WEEKDAYS and w2 not in _SEQ_TIME and w2 not in stops):
                        break  # منظمة حقوقية، حزب قومي: an indefinite noun and its adjective describe, not name;
                        # but a noun in construct names (هيئة حماية البيئة، لجنة رعاية الأسرى)
                if not definite and not words and not article and nw in self.lex.common_words \
                        and "ال" + nw in self.lex.common_words and j not in nisba_at:
                    j2, k2 = _next_word(text, k, str.isalpha)
                    w2 = text[j2:k2] if k < len(text) and text[k] == " " else ""
                    if not ((w2.startswith("ال") and w2 not in stops) or (w2 and w2 not in self.lex.common_words
                                                                          and w2 not in stops)
                            or (w2 and _overlaps(taken, starts, *self.nt.span_to_original(j2, k2)))):
                        break  # قناة خاصة مصرية، لجنة تحقيق دولية: an everyday word describes; but هيئة حماية
                        # البيئة، محكمة استئناف طرابلس، صحيفة خليج تايمز: a name goes on after it
                if not definite and not words and nw.startswith("لل"):
                    break  # محكمة للمثول: a purpose, not a name
                if j in nisba_at and not words and sector not in _STATE_SECTORS:
                    break  # الصحيفة البريطانية، قناة مصرية: a newspaper described by its country, not named
                if j in nisba_at:
                    country = nisba_at[j]
                    words.append((j, k))
                    break
                if not words:
                    first_article = article
                words.append((j, k))
                i = k
                if k < len(text) and text[k] != " ":
                    break
            if not words:
                continue
            s0, e0 = head_start, words[-1][1]
            a, b = self.nt.span_to_original(s0, e0)
            if absorbed:
                ent_p, m_p, _ = absorbed
                rest = [(x, y) for x, y in taken if (x, y) != (m_p["start"], m_p["end"])]
                if _overlaps(rest, [x for x, _ in rest], a, b) or self.where(a) is None:
                    continue
                ent_p.mentions.remove(m_p)  # the place was part of the organization's name
                del place_at[words[0][0]]
                taken, starts = rest, [x for x, _ in rest]
                country = country or ent_p.country
            elif _overlaps(taken, starts, a, b) or self.where(a) is None:
                continue
            if country is None and sector in ("GOV", "JUD", "PTY", "LAB"):
                if home is None:
                    home = self.home_country() or ""
                country = home or None
            name_ar = self.doc.text[a:b]
            key = "neworg:" + text[s0:e0]
            ent = self.entity(key, lambda: Entity(key, "organization", None, name_ar, country, sector, None))
            if self.mention(ent, s0, e0, "name"):
                taken.append((a, b))
                taken.sort()
                starts = [x for x, _ in taken]

    def places_at(self) -> dict[int, tuple[Entity, dict, int]]:
        """Known places' mentions by normalized start: (entity, mention, normalized end)."""
        out = {}
        for e in self.entities.values():
            if e.kind == "place" and not e.id.startswith(("newplace:", "seat:")):
                for m in e.mentions:
                    span = self.norm_spans.get((m["start"], m["end"]))
                    if span:
                        out[span[0]] = (e, m, span[1])
        return out

    def quoted_orgs(self) -> None:
        """An organization noun and a quoted name after it (حركة "خمس نجوم"، وكالة أنباء "فارس" الإيرانية، تحالف
        "دعم الشرعية"): a new organization spanning noun and name, unless a mention covers it or the quotes hold
        one everyday word or a nationality (منظمة "إرهابية" is a description in scare quotes)."""
        text = self.nt.text
        if '"' not in text and "«" not in text and "“" not in text:
            return
        heads = quoted_heads()
        taken: list[tuple[int, int]] | None = None
        starts: list[int] = []
        nisba_at: dict[int, str] = {}
        home = None
        pattern = quoted_org_re()
        self.nouns()
        for qpos in self._quoted:  # a head word right before a quote (found with the nouns, one scan)
            j = qpos - 1
            s0 = text.rfind(" ", 0, j) + 1
            word = text[s0:j]
            if not _bare_head(word, heads):
                if word != _ANBAA:
                    continue
                s0 = text.rfind(" ", 0, s0 - 1) + 1  # وكالة أنباء "فارس"
                if not _bare_head(text[s0 : j - len(word) - 1], heads):
                    continue
            m = pattern.match(text, s0, min(len(text), qpos + 61))
            if m is None:
                continue
            if taken is None:  # built at the first match only: most pages have none
                taken = sorted((x["start"], x["end"]) for e in self.entities.values() for x in e.mentions)
                starts = [a for a, _ in taken]
                nisba_at = {self.nt.to_normalized(a): c for a, _, c in self.nisbas}
            head, name = m.group(1), m.group(2).strip()
            if head.startswith("ال"):
                continue  # الحركة "منظمة إرهابية": after a definite noun the quotes say what it is called by others
            words = name.split()
            w0 = words[0] if len(words) == 1 else ""
            if not words or len(words) > 5 or (w0 and (self.is_nisba(w0) or len(w0) < 3 or w0.endswith("ي") or (
                    w0.endswith("ه") and not w0.startswith("ال") and w0 in self.lex.common_words))):
                continue  # منظمة "إرهابية"، جماعة "متطرفة": a description in scare quotes
            a, b = self.nt.span_to_original(m.start(1), m.end())
            qa, qb = self.nt.span_to_original(m.start(2), m.end(2))
            inner = [(e, mm) for e in self.entities.values() if e.kind in ("country", "place")
                     for mm in e.mentions if qa <= mm["start"] and mm["end"] <= qb]  # تحالف "دعم الشرعية في اليمن"
            rest = [(x, y) for x, y in taken if not any((x, y) == (mm["start"], mm["end"]) for _, mm in inner)]
            if _overlaps(rest, [x for x, _ in rest], a, b) or self.where(a) is None:
                continue
            for e, mm in inner:
                e.mentions.remove(mm)  # the longest name only
            taken, starts = rest, [x for x, _ in rest]
            sector = heads[head]
            j, _ = _next_word(text, m.end(), str.isalpha)
            country = nisba_at.get(j)  # وكالة أنباء "فارس" الإيرانية
            if country is None and sector in ("GOV", "JUD", "PTY", "LAB", "LEG"):
                if home is None:
                    home = self.home_country() or ""
                country = home or None
            known = [e for e in self.lex.aliases.get(head + " " + " ".join(words), ())
                     if e.type == "org"] or [e for e in self.lex.aliases.get(" ".join(words), ()) if e.type == "org"]
            if known:  # وكالة "الأناضول": the agency the lexicon knows
                ent = self.lexicon_entity(_best(known))
            else:
                key = "neworg:" + head + " " + " ".join(words)
                ent = self.entity(key, lambda key=key, a=a, b=b, country=country, sector=sector: Entity(
                    key, "organization", None, self.doc.text[a:b], country, sector, None))
            if self.mention(ent, m.start(1), m.end(), "name"):
                taken.append((a, b))
                taken.sort()
                starts = [x for x, _ in taken]

    def cited_media(self) -> None:
        """A news outlet named only as the report's source (بحسب رويترز، وفقا لما ذكرته وكالة الأنباء الإيرانية، the
        dateline's ``(CNN)—``): kept as a mention, marked ``cited``, not counted as the outlet taking part."""
        for ent in self.entities.values():
            if ent.kind != "organization":
                continue
            cited_re = _CITED_RE if ent.sector == "MED" else _CITED_OUTLET_RE
            prev_end, prev_cited = -9, False
            text = self.nt.text
            for m in sorted(ent.mentions, key=lambda m: m["start"]):
                raw = self.doc.text[max(0, m["start"] - 44) : m["start"]]
                before = ""
                if _CITED_KEYS.search(raw) or _MARKS_RE.search(raw):  # a quick test on the page's own letters first
                    na = (self.norm_spans.get((m["start"], m["end"])) or (self.nt.to_normalized(m["start"]),))[0]
                    before = text[max(0, na - 40) : na]
                    before = before if _CITED_KEYS.search(before) else ""
                # وكالة الأنباء الإيرانية (إرنا): the abbreviation right after a cited name is cited too
                after = self.doc.text[m["end"] : m["end"] + 4]
                if cited_re.search(before) or (prev_cited and m["start"] - prev_end <= 3) or (
                        ent.sector == "MED" and _DATELINE_RE.match(after)
                        and self.doc.text[m["start"] - 1 : m["start"]] == "("):
                    m["how"] = "cited"
                prev_end, prev_cited = m["end"], m["how"] == "cited"

    def home_country(self) -> str | None:
        """The country the page is mostly about: the most mentioned country (places count for theirs)."""
        counts: dict[str, int] = {}
        # a dateline (دبي، الإمارات العربية المتحدة (CNN)--) says where the report was filed, not what it is about
        filed = self._filed
        if filed is None:
            filed = self._filed = [m.span() for m in _FILED_RE.finditer(self.doc.text)] if "(" in self.doc.text \
                else []
        for e in self.entities.values():
            if e.kind in ("country", "place") and _is_state(e.country):
                n = sum(1 for m in e.mentions if not any(a <= m["start"] < b for a, b in filed)) if filed \
                    else len(e.mentions)
                if n:
                    counts[e.country] = counts.get(e.country, 0) + n
        for c, n in self.adjective_names.items():  # السلطات السعودية: the name, printed as an adjective, counts
            counts[c] = counts.get(c, 0) + n
        return max(counts, key=counts.get) if counts else None

    def apposed_names(self) -> None:
        """وأضاف دوف زاخيم، الوكيل السابق لوزارة الدفاع: one to three unknown name words after a reporting verb,
        then a comma and a title (an agent noun of the lexicon or a title word): a person the lexicon lacks."""
        text = self.nt.text
        if "،" not in text and "," not in text:
            return
        common, stops, given = self.lex.common_words, name_stops(), self.lex.given
        taken = sorted(self.norm_spans.values())
        found = []
        aliases = self.lex.aliases
        for comma in ("،", ","):  # the verb stands a few words before a comma with a title after it: search there
            c = text.find(comma)
            while c >= 0:
                e = text.find(" ", c + 2)
                title = text[c + 2 : e if e > 0 else len(text)]
                if text.startswith(" ", c + 1) and (title in _TITLE_WORDS or title in aliases):
                    m = _REPORT_RE.search(text, max(0, c - 45), c)
                    if m is not None:
                        found.append(m)
                c = text.find(comma, c + 1)
        seen = set()
        for m in sorted(found, key=lambda m: m.start()):
            if m.start() in seen:
                continue
            seen.add(m.start())
            i, words = m.end(), []
            while len(words) < 3:
                a, b = _next_word(text, i)
                w = text[a:b]
                if (a == b or len(w) < 2 or not w.isalpha() or w.startswith("ال") or w in stops or w in common
                        or (w in given and given[w]) or self.is_nisba(w) or _overlaps_any(taken, a, b)):
                    break
                words.append((a, b))
                i = b
                if b >= len(text) or text[b] != " ":
                    break
            if not words or words[-1][1] >= len(text) or text[words[-1][1]] not in "،,":
                continue
            a, b = _next_word(text, words[-1][1] + 1)
            title = text[a:b]
            two = text[a : _next_word(text, b)[1]]
            if not (title in _TITLE_WORDS or any(e.type == "agent" for k in (title, two)
                                                  for e in self.lex.aliases.get(k, ()))):
                continue
            start, end = words[0][0], words[-1][1]
            name_ar = " ".join(text[start:end].split())
            key = "new:" + name_ar
            ent = self.entity(key, lambda: Entity(key, "person", None, self.doc.text[slice(
                *self.nt.span_to_original(start, end))], None, None, None))
            self.mention(ent, start, end, "apposed")

    def local_aliases(self) -> None:
        """Later mentions of names first introduced by a title: the full name and its last word."""
        for key, ent in list(self.entities.items()):
            if not key.startswith("new:"):
                continue
            full = key[4:]
            forms = {full}
            last = full.split()[-1]
            if len(full.split()) > 1 and len(last) > 3 and last not in name_stops():
                forms.add(last)
            seen = {m["start"] for m in ent.mentions}
            taken = sorted((m["start"], m["end"]) for e in self.entities.values() for m in e.mentions)
            for form in sorted(forms, key=len, reverse=True):
                for s, e in find_word(self.nt.text, form):
                    a, b = self.nt.span_to_original(s, e)
                    if a in seen or any(x < b and a < y for x, y in taken):
                        continue
                    if self.mention(ent, s, e, "alias"):
                        seen.add(a)
                        taken.append((a, b))


_DESCRIBERS = frozenset(normalize_str(a + w + e) for w in ["عسكري", "أمني", "كبير", "رفيع", "بارز", "حكومي",
                                                         "دبلوماسي", "رسمي", "سياسي", "استخباراتي", "استخباري"]
                        for a in ("", "ال") for e in ("", "ة", "ون", "ين", "ان"))
_REPORT_RE = re.compile(r"(?<!\S)[وف]?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت|اشار|اشارت|ذكر|ذكرت|تابع|تابعت"
                        r"|صرح|صرحت|لفت|لفتت|كشف|كشفت|راي|رات|اعتبر|اعتبرت|يقول|تقول|حذر|حذرت|دعا|دعت) ")
_TITLE_WORDS = frozenset(normalize_str(w) for w in [
    "الوكيل", "الأستاذ", "الأستاذة", "المستشار", "المستشارة", "العضو", "عضو", "رئيس", "رئيسة", "مدير", "مديرة",
    "المدير", "المديرة", "نائب", "مساعد", "المساعد", "كبير", "الخبير", "الخبيرة", "المحلل", "المحللة", "الباحث",
    "الباحثة", "المتحدث", "المتحدثة", "الناطق", "الناطقة", "أستاذ", "أستاذة", "مؤسس", "المؤسس", "قائد", "زعيم",
    "منسق", "المنسق", "السفير", "السفيرة", "الرئيس", "الرئيسة", "وزير", "وزيرة", "الوزير", "الوزيرة", "المسؤول",
    "المسؤولة", "مسؤول", "مسؤولة", "محامي", "المحامي", "المحامية"])
_AFFAIRS = frozenset(normalize_str(w) for w in ["السياسة", "سياسة", "الشؤون", "شؤون", "العلاقات", "علاقات",
                                                 "التجارة", "تجارة", "الجبهة", "الأوضاع", "الديون", "السياسات"])
_DEPUTY_WORDS = frozenset(normalize_str(w) for w in ["مساعد", "مساعدة", "نائب", "نائبة", "مستشار", "مستشارة", "وكيل",
                                                    "وكيلة"])  # before a minister's title: someone under them

_FORMER = frozenset(normalize_str(w) for w in ["السابق", "السابقة", "الأسبق", "الأسبقة", "المعزول", "المعزولة",
                                               "المخلوع", "المخلوعة", "المقال", "المقالة"])  # ousted: a former holder
_FORMER_STARTS = tuple(sorted({" " + w[:5] for w in _FORMER}))
_BEST: dict[int, Entry] = {}


def _nisba_words(lex: Lexicon) -> frozenset[str]:
    """The lexicon's nationality words (all forms), computed once per lexicon and kept on it."""
    words = getattr(lex, "_nisba_words", None)
    if words is None:
        words = frozenset(k for k, es in lex.aliases.items() if any(e.type == "nisba" for e in es))
        lex._nisba_words = words
    return words


def _person_words(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Every word of each known person's Arabic names (normalized), computed once per lexicon and kept on it."""
    words = getattr(lex, "_person_words", None)
    if words is None:
        acc: dict[str, set[str]] = {}
        for alias, entries in lex.aliases.items():
            for e in entries:
                if e.type == "person":
                    acc.setdefault(e.id, set()).update(alias.split())
        words = lex._person_words = {k: frozenset(v) for k, v in acc.items()}
    return words


def _overlaps_any(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether [a, b) overlaps a span of ``taken`` (sorted by start; spans may nest)."""
    p = bisect_right(taken, (b, -1)) - 1
    return any(taken[q][1] > a for q in range(max(0, p - 3), p + 1))


def _overlaps(taken: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    """Whether [a, b) overlaps a span of ``taken`` (sorted, not overlapping each other; ``starts`` their starts)."""
    p = bisect_right(starts, b) - 1
    return p >= 0 and taken[p][0] < b and a < taken[p][1]


def _best(entries: tuple[Entry, ...]) -> Entry:
    """The entry an alias names first (a person over an organization over a country …); memoized per alias, since
    the entry tuples live in the compiled automaton for the life of the process."""
    if len(entries) == 1:
        return entries[0]  # most aliases name one thing
    best = _BEST.get(id(entries))
    if best is None:
        best = _BEST[id(entries)] = min(entries, key=lambda e: (_TYPE_RANK.get(e.type, 9), e.short, e.ambiguous))
    return best


def find_word(text: str, form: str):
    """Where ``form`` stands as a whole word in ``text``, after at most two proclitic letters (و ف ب ل ك):
    (start, end) of the form itself. Plain string search: a regex per name would be compiled per page."""
    n = len(form)
    i = text.find(form)
    while i >= 0:
        e = i + n
        if e >= len(text) or not _is_letter(text[e]):
            k = i
            while k > 0 and i - k < 2 and text[k - 1] in "وفبلك":
                k -= 1
            if k == 0 or not _is_letter(text[k - 1]):
                yield i, e
        i = text.find(form, i + 1)


def _next_word(text: str, i: int, letter=str.isalnum) -> tuple[int, int]:
    """(start, end) of the word after position ``i``, past spaces; start == end when no word follows."""
    n = len(text)
    while i < n and text[i] == " ":
        i += 1
    k = i
    while k < n and letter(text[k]):
        k += 1
    return i, k


def _is_hashtag_letter(c: str) -> bool:
    return c.isalpha() or c == "_"  # #قرية_الجورة


def _is_letter(c: str) -> bool:
    return c.isalpha()  # as the regex class [^\W\d_]: "_" (hashtags) and digits are not letters


def _person_for(entries: tuple[Entry, ...], country, day) -> Entry:
    people = [e for e in entries if e.type == "person"]
    for e in people:
        r = e.role_on(day)
        if r and (country is None or r.country == country):
            return e
    return people[0]


def _is_state(country: str | None) -> bool:
    """A country code of a state, not of an international or non-state body (IGO, NGO, MNC …)."""
    return bool(country) and country not in INTERNATIONAL


def _metonym(e: Entry) -> Entry:
    return replace(e, type="metonym", kind="country")


_COMPASS = frozenset(normalize_str(w) for w in ["جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي",
                                                   "وسط", "جنوبا", "شمالا", "شرقا", "غربا"])
_PLACE_PREPS = frozenset(normalize_str(w) for w in ["في", "من", "إلى", "على", "عن", "قرب", "بالقرب"])
_GOES_ON = frozenset(normalize_str(w) for w in ["أن", "أنه", "أنها", "أنهم", "عدم"])  # بحجة أن: "on the pretext"
_RAS = normalize_str("رأس")  # بمسقط رأسه: "in his birthplace"
_BISM = normalize_str("باسم")  # المتحدث باسم، الناطقة باسم: "in the name of" the body after it
_GHAYR = normalize_str("غير")  # مؤسسة غير حكومية: a kind of body, no name
@lru_cache(maxsize=4096)
def _name_words(name_ar: str) -> tuple[str, ...]:
    """The normalized words of an Arabic name, once per name."""
    return tuple(normalize_str(name_ar).split())


_LEADER = "leader"
_LEADER_WORDS = frozenset(normalize_str(w) for w in ["الزعيم", "زعيم"])  # the singular only (not القادة)
_HEAD_ROLES = ("supreme leader", "king", "emir", "sultan", "president")


def _role_fits(wanted: str | None, held: str | None) -> bool:
    if wanted is None or held is None:
        return wanted is None and held is not None
    if wanted == held:
        return True
    return wanted == "minister" and held.endswith("minister")


def _person_attrs(e: Entry, role: Role | None, day: str | None) -> tuple[str | None, str | None, str | None]:
    if role:
        return role.country, role.sector, role.role
    if not e.roles:
        return e.country, e.sector, None
    last = e.roles[-1]
    return last.country, "ELI", None  # out of office on that date: coded as an elite of their country


_START = itemgetter("start")


def recognize_entities(doc: Document, lex: Lexicon | None = None, day: str | None = None) -> Document:
    lex = lex or default_lexicon()
    day = day or (doc.published or "")[:10] or None
    r = _Resolver(doc, lex, day)
    mtext = match_text(r.nt)
    r.run(find_hits(r.nt, lex, mtext))
    r.apposed_names()
    r.local_aliases()
    r.unknown_places()
    r.located_places()
    r.unknown_orgs()
    r.quoted_orgs()
    r.cited_media()
    ents = [e for e in r.entities.values() if e.mentions]
    for e in ents:
        e.mentions.sort(key=_START)
    ents.sort(key=lambda e: e.mentions[0]["start"])
    doc.extra["entities"] = [e.as_dict() for e in ents]
    doc.extra["_nisbas"] = r.nisbas  # internal (not serialized): for the events stage
    doc.extra["_norm"] = r.nt
    doc.extra["_mtext"] = mtext
    doc.extra["_titles"] = r.titles
    doc.extra["_agents"] = r.bare_agents
    doc.extra["_home"] = r.home_country()
    doc.extra["_norm_spans"] = r.norm_spans
    return doc
