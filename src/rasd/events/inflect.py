"""Generated Arabic inflections for event triggers, on rasd's normalized spelling (أ→ا، ى→ي، ة→ه).

A trigger line gives one lemma (a verb's 3rd person masculine singular perfect and imperfect, or a verbal noun and
its plurals); these functions produce the surface forms news prose prints, each tagged with what the form says
(tense, a future ``سـ``), so the matcher needs no morphological analyser at run time.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..entities.forms import LIL_PROCLITICS, PROCLITICS

#: object / possessive pronoun suffixes (normalized: ـه ـها ـهم ـهما ـكم ـنا)
SUFFIXES = ("ه", "ها", "هم", "هما", "كم", "نا")
_VERB_PROCLITICS = ("", "و", "ف")
_IMPERFECT_PROCLITICS = ("", "و", "ف", "ل", "ول", "فل")
_FUTURE_PROCLITICS = ("س", "وس", "فس")


@dataclass(frozen=True, slots=True)
class Form:
    """One surface form: the normalized word(s), how many leading letters are proclitics, and what it marks."""

    text: str
    prefix: int = 0
    tense: str = "noun"  # perfect | imperfect | noun | fixed
    future: bool = False
    pron_h: bool = False  # ends in a generated pronoun ـه: not a match where the page printed ة (وزارة ≠ زار+ه)
    later: tuple[str, ...] = ()  # words that must follow after the subject (VSO: أطلقت السلطات سراح …)
    owned: bool = False  # a verb with an object pronoun before its words (سيطرتها على، تخليه عن): also, and more
    # often, the verbal noun with its owner; an act only after a verb of declaring or a light verb


def _with_objects(form: str) -> list[str]:
    if form.endswith("وا"):  # دعوا + ه → دعوه
        return [form] + [form[:-1] + s for s in SUFFIXES]
    return [form] + [form + s for s in SUFFIXES]


def perfect_forms(p: str, objects: bool = True) -> list[str]:
    """3rd person perfect: he, she, they (m.), the two (m./f.); defective verbs (دعا، التقى) drop their last letter."""
    if len(p) > 2 and p[-1] in "اي":
        stem = p[:-1]
        base = [p, stem + "ت", stem + "وا", stem + "يا", stem + "تا"]
    else:
        base = [p, p + "ت", p + "وا", p + "ا", p + "تا"]
    return [f for b in base for f in _with_objects(b)] if objects else base


def imperfect_forms(i: str, objects: bool = True) -> list[str]:
    """3rd person and 1st plural imperfect (يدعو، تدعو، ندعو، يدعون، يدعوان، يدعوا) and the defective jussive (يدع)."""
    if not i.startswith(("ي", "ت")) or len(i) < 3:
        return [i]
    s = i[1:]
    defective = s[-1] in "وي" and len(s) > 2
    plural = (s[:-1] if defective else s) + "ون"
    subj = (s[:-1] if defective else s) + "وا"
    # no 1st person: outside quotations news rarely says "we", and نـ forms hit nouns (نشيد، نصيب)
    base = ["ي" + s, "ت" + s, "ي" + plural, "ت" + plural, "ي" + subj, "ي" + s + "ان", "ت" + s + "ان"]
    if defective:
        base.append("ي" + s[:-1])
    return [f for b in base for f in _with_objects(b)] if objects else base


def verb_surface_forms(perfect: str, imperfect: str, rest: str = "") -> list[Form]:
    tail = (" " + rest) if rest else ""
    out: list[Form] = []
    bases = {perfect, imperfect}
    plain = set(perfect_forms(perfect, False)) | set(imperfect_forms(imperfect, False) if imperfect != "-" else ())
    for f in perfect_forms(perfect):
        h = f.endswith("ه") and f not in bases
        owned = bool(tail) and f not in plain
        out.extend(Form(p + f + tail, len(p), "perfect", pron_h=h and not tail, owned=owned) for p in _VERB_PROCLITICS)
    for f in imperfect_forms(imperfect) if imperfect != "-" else ():  # "-": the present tells a state (يسيطر)
        h = f.endswith("ه") and f not in bases and not tail
        owned = bool(tail) and f not in plain
        out.extend(Form(p + f + tail, len(p), "imperfect", pron_h=h, owned=owned) for p in _IMPERFECT_PROCLITICS)
        out.extend(Form(p + f + tail, len(p), "imperfect", future=True, pron_h=h, owned=owned)
                   for p in _FUTURE_PROCLITICS)
    if rest:  # verb–subject–rest: the words after the verb may come after its subject (سيطر الجيش التركي على);
        # not with an object pronoun, which makes it another verb (حققتها الإمارات في: achieved, not investigated)
        later = tuple(rest.split())
        out.extend(Form(w, f.prefix, f.tense, f.future, False, later)
                   for f in list(out) for w in (f.text[: -len(tail)],) if w[f.prefix :] in plain)
    return out


def _noun_word_forms(w: str) -> tuple[list[str], list[str]]:
    """(indefinite, definite) forms of one noun: tanween alif, dual, possessives; ال forms."""
    tm = w.endswith("ه")  # a normalized ة
    bound = w[:-1] + "ت" if tm else w
    indef = [w, bound + "ان", bound + "ين"] + [bound + s for s in SUFFIXES]
    if not tm and not w.endswith(("ات", "ا", "اء")):
        indef.append(w + "ا")
    definite = ["ال" + w, "ال" + bound + "ان", "ال" + bound + "ين"]
    return indef, definite


def noun_surface_forms(words: list[str]) -> list[Form]:
    """A verbal noun (one or more words, e.g. ``اتصال هاتفي``, ``وقف اطلاق النار``) in its news forms, with proclitics."""
    head, rest = words[0], words[1:]
    out: list[Form] = []
    indef, definite = _noun_word_forms(head)
    construct = any(r.startswith("ال") for r in rest)  # وقف اطلاق النار: a construct, the head takes no ال
    variants: list[tuple[str, bool]] = []  # (text, definite)
    if not rest:
        variants = [(f, False) for f in indef] + [(f, True) for f in definite]
    elif construct:
        variants = [(" ".join([head] + rest), False), (" ".join([head[:-1] + "ت" if head.endswith("ه") else head]
                                                              + rest), False)]
    else:  # noun + adjective(s): اتصال هاتفي / اتصالا هاتفيا / الاتصال الهاتفي
        variants.append((" ".join(words), False))
        variants.append((" ".join(w if w.endswith(("ه", "ا")) else w + "ا" for w in words), False))
        variants.append((" ".join("ال" + w for w in words), True))
    for text, is_def in variants:
        h = not rest and text.endswith("ه") and text not in (head, "ال" + head)  # هجومه, not زياره
        out.extend(Form(p + text, len(p), pron_h=h) for p in PROCLITICS)
        if is_def:  # ل + ال → لل
            out.extend(Form(p + text[1:], len(p)) for p in LIL_PROCLITICS)
    return out


def fixed_surface_forms(text: str) -> list[Form]:
    out = [Form(p + text, len(p), "fixed") for p in PROCLITICS]
    if text.startswith("ال"):
        out.extend(Form(p + text[1:], len(p), "fixed") for p in LIL_PROCLITICS)
    return out
