from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.normalize import (
    dediac_ar,
    fold_presentation_forms_ar,
    normalize,
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_digits,
    normalize_str,
    normalize_teh_marbuta_ar,
    remove_invisible,
    remove_tatweel_ar,
)


def test_normalize_dediac_removes_harakat_and_shadda():
    assert dediac_ar("مُحَمَّدٌ") == "محمد"


def test_normalize_tatweel():
    assert remove_tatweel_ar("الـــرئيس") == "الرئيس"


def test_normalize_alef_and_hamza_forms():
    assert normalize_alef_ar("أحمد إبراهيم آل ٱلله") == "احمد ابراهيم ال الله"
    assert normalize_alef_ar("مسؤول") == normalize_alef_ar("مسئول")


def test_normalize_yeh_and_teh_marbuta():
    assert normalize_alef_maksura_ar("مستشفى") == "مستشفي"
    assert normalize_teh_marbuta_ar("سورية") == "سوريه"


def test_normalize_digits_arabic_indic_and_persian():
    assert normalize_digits("٢٠١٨ و۱۳۹۶") == "2018 و1396"


def test_normalize_invisible_and_bidi_controls():
    assert remove_invisible("\u200fترامب\u200e\u200b") == "ترامب"


def test_normalize_presentation_forms():
    assert fold_presentation_forms_ar("\ufefb") == "لا"  # lam-alef ligature
    assert normalize_str("\ufe8d\ufedf\ufee4\ufee0\ufeda") == "الملك"  # isolated/initial/medial/final forms


def test_normalize_real_spelling_variants_fold():
    assert normalize_str("سورية") != normalize_str("سوريا")  # different spellings stay different...
    assert normalize_str("سوريّة") == normalize_str("سوريه")  # ...but ة/ه and shadda fold
    assert normalize_str("الإسرائيلي") == normalize_str("الاسرائيلي")
    assert normalize_str("مصطفى") == normalize_str("مصطفي")
    assert normalize_str("ترمـــــب") == normalize_str("ترمب")


def test_normalize_offsets_point_into_original():
    original = "قالَ الـــرئيسُ\u200f إنّ ١٠ ﻻجئين"
    nt = normalize(original)
    assert nt.text == "قال الرءيس ان 10 لاجءين"  # ئ folds to ء like ؤ, so مسؤول/مسئول meet
    i = nt.text.index("الرءيس")
    a, b = nt.span_to_original(i, i + len("الرءيس"))
    assert original[a:b] == "الـــرئيسُ"  # the trailing damma stays with its word
    j = nt.text.index("لا")
    assert nt.span_to_original(j, j + 2) == (len(original) - 5, len(original) - 4)  # the ligature, whole


def test_normalize_identity_text_has_trivial_map():
    nt = normalize("ماتيس وجانيكلي")
    assert nt.norm_starts == (0,) and nt.to_original(3) == 3


arabicish = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة ـ.،؟\n٠١٢٣۴")
        + ["\u064b", "\u064e", "\u0651", "\u0670", "\u200f", "\u200b", "\ufefb", "\ufe8d", "\ufdf2", "a", "Z", "\u00a0"]
    ),
    max_size=80,
)


@given(st.one_of(arabicish, st.text(max_size=60)))
@settings(max_examples=300)
def test_normalize_is_idempotent(text):
    once = normalize_str(text)
    assert normalize_str(once) == once
    assert normalize(text).text == once


@given(st.one_of(arabicish, st.text(max_size=60)), st.data())
@settings(max_examples=300)
def test_normalize_offsets_map_back(text, data):
    nt = normalize(text)
    n = len(nt.text)
    # positions that are not inside a one-to-many expansion (a ligature folded into several letters)
    clean = [p for p in range(n + 1) if p in (0, n) or nt.to_original(p) != nt.to_original(p - 1)]
    i = data.draw(st.sampled_from(clean))
    j = data.draw(st.sampled_from([p for p in clean if p >= i]))
    a, b = nt.span_to_original(i, j)
    assert 0 <= a <= b <= len(text)
    assert normalize_str(text[a:b]) == nt.text[i:j]


def test_to_normalized_with_leading_marks():
    # a page whose first character is a diacritic: the mark maps to the first letter, the letters after it shift by one
    nt = normalize("َمرحبا بكم")
    assert [nt.to_normalized(p) for p in range(4)] == [0, 0, 1, 2]
    nt = normalize("َمرح َبا")
    assert [nt.to_normalized(p) for p in range(9)] == [0, 0, 1, 2, 3, 4, 4, 5, 6]


@given(st.one_of(arabicish, st.text(max_size=60)))
@settings(max_examples=300)
def test_to_normalized_inverts_to_original(text):
    nt = normalize(text)
    n = len(nt.text)
    previous = 0
    for pos in range(len(text) + 1):
        q = nt.to_normalized(pos)
        assert 0 <= q <= n and q >= previous  # in range and never going back
        previous = q
    for p in range(n + 1):
        if p in (0, n) or nt.to_original(p) != nt.to_original(p - 1):  # not inside a one-to-many expansion
            assert nt.to_normalized(nt.to_original(p)) == p
