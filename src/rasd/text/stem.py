"""A light, conservative Arabic stemmer for full-text search (index and query are stemmed the same way).

Input is folded with :func:`rasd.text.normalize.normalize_str` first (diacritics and tatweel removed, أ إ آ → ا,
ى → ي, ة → ه), then one word at a time:

1. **Article proclitics** are removed: ``ال`` and its combinations with the conjunctions and prepositions
   ``وال فال بال كال لل ولل فلل وبال وكال فبال`` (الهجوم، والهجوم، للهجوم → هجوم), when at least two letters remain.
2. **Variant spelling**: a final ``يا`` becomes ``يه`` (سوريا → سوريه, the normalized form of سورية).
3. **One suffix**, when at least three letters remain: feminine plural ``ات`` and the possessive ``ته تها تهم``
   become the ``ه`` of ة (زيارات، زيارته → زياره; for ``ات`` two letters are enough: قوات → قوه); masculine plurals
   ``ون ين``, the pronouns ``ها هم هما`` and the alif of tanween (هجوما → هجوم) are removed (مسلحون → مسلح).

A bare one-letter proclitic (``و ف ب ل ك`` with no article: وهجوم، بهجوم) is *not* removed at index time, because too
many words begin with those letters (وزير، فلسطين، بيان، لبنان). Instead :func:`query_variants` expands a query word
into its stem with each bare proclitic in front, so هجوم also finds وهجوم and لهجوم. Duals (``ان``) and nisba
endings (``ي``/``ية``) are kept: stripping them merges لبنان with لبن and سوري with سور.
"""

from __future__ import annotations

import re

from .normalize import normalize_str

_ARTICLES = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")
# (suffix, replacement), longest first; one is applied
_SUFFIXES = (("تهما", "ه"), ("تها", "ه"), ("تهم", "ه"), ("هما", ""), ("ته", "ه"), ("ات", "ه"), ("ون", ""),
             ("ين", ""), ("ها", ""), ("هم", ""), ("ا", ""))
# bare proclitics (and their pairs) a query word is expanded with
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")

WORD_RE = re.compile(r"[^\W_]+")  # a word of normalized text (letters and digits)
# a word of original text: letters or digits, with any Arabic marks and tatweel inside it
ORIGINAL_WORD_RE = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+")

_CACHE: dict[str, str] = {}
_CACHE_MAX = 400_000


def _is_arabic(word: str) -> bool:
    return "\u0621" <= word[0] <= "\u064a"


def stem_word(word: str) -> str:
    """The stem of one already-normalized word (see the module doc); other scripts are lower-cased only."""
    s = _CACHE.get(word)
    if s is not None:
        return s
    s = _stem(word) if word and _is_arabic(word) else word.lower()
    if len(_CACHE) < _CACHE_MAX:
        _CACHE[word] = s
    return s


def _stem(w: str) -> str:
    for p in _ARTICLES:
        if w.startswith(p) and len(w) - len(p) >= 2:
            w = w[len(p):]
            break
    if len(w) >= 4 and w.endswith("يا"):
        w = w[:-1] + "ه"
    for suf, rep in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= (2 if suf == "ات" else 3):
            return w[: -len(suf)] + rep
    return w


def stems(text: str) -> list[str]:
    """The stems of every word of ``text`` (normalized here), in order."""
    return [stem_word(w) for w in WORD_RE.findall(normalize_str(text))]


def index_text(text: str | None) -> str:
    """What the full-text index stores for ``text``: its stems separated by spaces."""
    return " ".join(stems(text)) if text else ""


def query_variants(stem: str) -> list[str]:
    """The indexed forms a query stem matches: itself and, for Arabic, with each bare proclitic in front."""
    if not stem or not _is_arabic(stem):
        return [stem]
    return [stem] + [p + stem for p in PROCLITICS]
