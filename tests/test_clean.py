from __future__ import annotations

import pytest

from rasd.clean import clean_document, split_sentences
from rasd.clean.updates import parse_update_stamp
from rasd.core import Document, Span
from rasd.text.normalize import normalize_str


def page(text: str) -> Document:
    return clean_document(Document(id="t", text=text))


def sentences_of(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, Span(0, len(text)))]


# --- the seed page -------------------------------------------------------------------------------------------


def test_clean_seed_has_two_stories(seed_doc):
    assert len(seed_doc.stories) == 2
    first, second = (seed_doc.text[s.start : s.end] for s in seed_doc.stories)
    assert "جيمس ماتيس" in first and "جانيكلي" in first and "تيلرسون" not in first
    assert "تيلرسون" in second and "الكويت" in second


def test_clean_seed_each_caption_once(seed_doc):
    captions = [[seed_doc.text[c.start : c.end] for c in s.captions] for s in seed_doc.stories]
    assert captions == [
        ["ماتيس وجانيكلي خلال لقائهما في مقر ناتو في بروكسل"],
        ["وزير الخارجية الأميركي خلال المؤتمر الصحافي مع نظيره الكويتي"],
    ]
    assert [c.count for s in seed_doc.stories for c in s.captions] == [2, 2]
    assert seed_doc.dropped == {"duplicate_caption": 2}
    for story in seed_doc.stories:  # captions are not sentences
        texts = [seed_doc.text[x.start : x.end] for x in story.sentences]
        assert not any(t.startswith(("ماتيس وجانيكلي خلال", "وزير الخارجية الأميركي خلال")) for t in texts)


def test_clean_seed_update_attached_to_second_story(seed_doc):
    first, second = seed_doc.stories
    assert first.updates == []
    (update,) = second.updates
    assert (update.time, update.timezone) == ("09:53", "GMT")
    assert seed_doc.text[update.start : update.header_end] == "تحديث (9:53 ت.غ)"
    assert seed_doc.text[update.paragraphs[0].start :].startswith("قال وزير الخارجية الأميركي ريكس تيلرسون الثلاثاء")
    assert len(update.paragraphs) == 5
    in_update = [s for s in second.sentences if s.update == 0]
    assert len(in_update) == 5 and all(s.update is None for s in second.sentences[:5])


def test_clean_seed_sentence_boundaries(seed_doc):
    first, second = seed_doc.stories
    assert len(first.sentences) == 6 and len(second.sentences) == 10
    s = [seed_doc.text[x.start : x.end] for x in first.sentences]
    assert s[0].startswith("دعا وزير الدفاع الأميركي") and s[0].endswith("في هذا البلد.")
    # "(ناتو)" in parentheses does not break the sentence
    assert s[1].endswith("(ناتو) في بروكسل الأربعاء.")
    # a quoted phrase with its closing quote and a following comma stays inside its sentence
    t = [seed_doc.text[x.start : x.end] for x in second.sentences]
    assert t[2].startswith("وتابع الوزير أن التنظيم") and t[2].endswith('ودائم".')
    # every sentence span points into the original text
    for story in seed_doc.stories:
        for x in story.sentences:
            assert seed_doc.text[x.start : x.end].strip() == seed_doc.text[x.start : x.end]


# --- page-cleanup rules on small pages -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("شارك هذا الخبر", "share"),
        ("فيسبوك تويتر واتساب", "share"),
        ("تابعونا على تويتر", "follow"),
        ("يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.", "follow"),
        ("اقرأ أيضا: ترامب يلتقي بوتين", "read_more"),
        ("اقرأ أيضاً:", "read_more"),
        ("للمزيد: ضربات جوية تستهدف مطار التيفور", "read_more"),
        ("© 2018 جميع الحقوق محفوظة", "copyright"),
        ("بقلم: أحمد علي", "byline"),
        ("دبي - العربية.نت", "byline"),
        ("فرانس24/ أ ف ب", "credit"),
        ("مصدر الصورة Getty Images", "credit"),
        ("رويترز", "credit"),
        ("----------------------", "separator"),
        ("** جميع المقالات المنشورة تمثل رأي كتابها فقط.", "disclaimer"),
    ],
)
def test_clean_boilerplate_lines_dropped_and_counted(line, kind):
    doc = page(f"قال الرئيس إن الحكومة ستجتمع غدا.\n{line}\nوأضاف أن الاجتماع مهم.")
    assert doc.dropped.get(kind) == 1
    body = [doc.text[p.start : p.end] for s in doc.stories for p in s.paragraphs]
    assert line not in body and len(body) == 2


@pytest.mark.parametrize(
    "line",
    [
        "وشارك في الاجتماع وزراء خارجية عشرين دولة، بينهم وزير الخارجية الأميركي.",
        "وقال الوزير إن بلاده ستتابع التحقيق حتى النهاية.",
        "وكتب الرئيس على تويتر أن الاتفاق سيء.",
        "واحتج مئات الأشخاص أمام مقر الحكومة في الرياض ضد القرار.",
    ],
)
def test_clean_news_sentences_are_not_boilerplate(line):
    doc = page(line)
    assert doc.dropped == {} and len(doc.stories[0].paragraphs) == 1


def test_clean_caption_after_body_opens_next_story():
    text = "صورة أولى للقاء\nصورة أولى للقاء\nنص القصة الأولى هنا.\nصورة ثانية للمؤتمر\nصورة ثانية للمؤتمر\nنص القصة الثانية."
    doc = page(text)
    assert len(doc.stories) == 2
    assert [len(s.captions) for s in doc.stories] == [1, 1]


def test_clean_long_repeated_paragraph_is_dropped_not_caption():
    para = "وقال المتحدث باسم الوزارة إن " + "الاجتماع تناول القضايا الإقليمية والدولية ذات الاهتمام المشترك " * 6 + "."
    doc = page(f"{para}\nجملة أخرى.\n{para}")
    assert doc.dropped == {"duplicate_paragraph": 1}
    assert len(doc.stories) == 1 and doc.stories[0].captions == []


def test_clean_bbc_caption_prefix_kept_as_caption():
    doc = page("قتل عشرة أشخاص في هجوم.\nتعليق على الصورة، الشرطة في موقع الهجوم\nوقالت الشرطة إن التحقيق جار.")
    assert [doc.text[c.start : c.end] for s in doc.stories for c in s.captions] == [
        "تعليق على الصورة، الشرطة في موقع الهجوم"
    ]


def test_clean_separator_ends_story():
    doc = page("القصة الأولى.\n------------\nالقصة الثانية.")
    assert len(doc.stories) == 2 and doc.dropped == {"separator": 1}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("تحديث (9:53 ت.غ)", ("09:53", "GMT")),
        ("تحديث: 10:30 بتوقيت غرينتش", ("10:30", "GMT")),
        ("آخر تحديث 14:05 GMT", ("14:05", "GMT")),
        ("تحديث (٩:٥٣ ت.غ)", ("09:53", "GMT")),
        ("تحديث 3:15 م", ("15:15", None)),
        ("Update 09:53", ("09:53", None)),
    ],
)
def test_clean_update_stamps_parsed(line, expected):
    assert parse_update_stamp(normalize_str(line)) == expected


@pytest.mark.parametrize("line", ["تحديث البيانات الحكومية أمر ضروري.", "تحديث (نص)", "قال إن التحديث 9:53 تم."])
def test_clean_non_stamps_rejected(line):
    assert parse_update_stamp(normalize_str(line)) is None


def test_clean_update_paragraphs_attach_to_current_story():
    doc = page("خبر أول.\nتحديث (10:00 ت.غ)\nتفاصيل جديدة.\nمزيد من التفاصيل.")
    (story,) = doc.stories
    assert story.updates[0].time == "10:00" and len(story.updates[0].paragraphs) == 2
    assert [s.update for s in story.sentences] == [None, 0, 0]


# --- sentences -----------------------------------------------------------------------------------------------


def test_clean_sentences_arabic_and_latin_punctuation():
    assert sentences_of("هل انتهت الحرب؟ لا أحد يعرف! قال ذلك. Then English.") == [
        "هل انتهت الحرب؟", "لا أحد يعرف!", "قال ذلك.", "Then English.",
    ]


def test_clean_sentences_quotes_are_respected():
    assert sentences_of("وقال: «لن نتراجع. سنواصل القتال». ثم غادر.") == ["وقال: «لن نتراجع. سنواصل القتال».", "ثم غادر."]
    assert sentences_of("وقال “هذا خطأ. وهذا أيضا” ثم غادر. انتهى.") == ["وقال “هذا خطأ. وهذا أيضا” ثم غادر.", "انتهى."]
    assert sentences_of('وقال "لن نتراجع. أبدا". ثم غادر.') == ['وقال "لن نتراجع. أبدا".', "ثم غادر."]


def test_clean_sentences_parentheses_decimals_abbreviations():
    assert sentences_of("بلغ النمو 3.5 في المئة (وهو رقم قياسي. حسب البنك) هذا العام. وانتهى.") == [
        "بلغ النمو 3.5 في المئة (وهو رقم قياسي. حسب البنك) هذا العام.", "وانتهى.",
    ]
    assert sentences_of("قال د. أحمد إن الوضع صعب. وأضاف م. خالد ذلك.") == [
        "قال د. أحمد إن الوضع صعب.", "وأضاف م. خالد ذلك.",
    ]
    assert sentences_of("وقع الحادث الساعة 9:53 ت.غ. وقالت الشرطة ذلك.") == [
        "وقع الحادث الساعة 9:53 ت.غ. وقالت الشرطة ذلك."
    ]
    assert sentences_of("ونقلت أ.ف.ب. عن مصدر قوله. وانتهى.") == ["ونقلت أ.ف.ب. عن مصدر قوله.", "وانتهى."]


def test_clean_sentences_unbalanced_straight_quote_does_not_swallow_paragraph():
    assert sentences_of('قال "الوزير إن الأمر انتهى. ثم غادر.') == ['قال "الوزير إن الأمر انتهى.', "ثم غادر."]


def test_clean_line_breaks_split_sentences():
    doc = page("سطر أول بلا نقطة\nسطر ثان بلا نقطة")
    assert len(doc.stories[0].sentences) == 2
