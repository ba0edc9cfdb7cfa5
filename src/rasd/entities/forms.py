"""Generated Arabic word forms: nisba inflections, construct-state forms, and the proclitics the matcher accepts."""

from __future__ import annotations

#: letters and pairs that attach before a name: و ف (conjunctions), ب ل ك (prepositions), and their combinations
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
#: before the ``لل`` form of an ال-name (``للعراق``, ``وللعراق``): the ل is the preposition
LIL_PROCLITICS = frozenset({"ل", "ول", "فل"})


def nisba_forms(base: str) -> list[str]:
    """Every form of a nationality adjective from its masculine singular (``أمريكي``).

    Feminine ة, sound plurals ون/ين/ات, duals ان/ين(ـيين)/تان/تين, each bare and with ال; the indefinite accusative
    ا (``قتل 20 فلسطينيا``), bare only.
    """
    if " " in base:  # كوري شمالي: both words agree (الكوريين الشماليين، الكورية الشمالية)
        words = base.split()
        parts = [nisba_forms(w) for w in words]
        if len({len(f) for f in parts}) == 1:
            return [" ".join(forms) for forms in zip(*parts, strict=True)]
        return [base, " ".join("ال" + w for w in words)]  # words that do not inflect alike: bare and with ال
    if not base.endswith("ي"):
        return [base, "ال" + base]
    stems = [base, base + "ة", base + "ون", base + "ين", base + "ات", base + "ان", base + "تان", base + "تين"]
    return stems + ["ال" + s for s in stems] + [base + "ا"]


def definite_forms(words: list[str]) -> list[str]:
    """``الشعب`` for ``شعب`` and back: agent nouns are written both ways."""
    out = []
    for w in words:
        out.append(w)
        out.append(w[2:] if w.startswith("ال") else "ال" + w)
    return out


def construct_forms(phrase: str) -> list[str]:
    """The construct state of a two-word office: ``وزير الخارجية`` → ``وزير خارجية`` (as in ``وزير خارجية إيران``)."""
    parts = phrase.split()
    if len(parts) == 2 and parts[1].startswith("ال") and not parts[0].startswith("ال"):
        return [f"{parts[0]} {parts[1][2:]}"]
    return []


def lil_form(alias: str) -> str | None:
    """``ل`` + ``العراق`` is written ``للعراق``: the pattern ``لعراق``, matched only after a ل (span keeps its ل)."""
    return alias[1:] if alias.startswith("ال") and len(alias) > 3 else None
