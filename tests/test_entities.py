from __future__ import annotations

import pytest

from rasd.clean import clean_document
from rasd.core import Document
from rasd.entities import default_lexicon, recognize_entities
from rasd.entities.forms import nisba_forms


def entities_of(text: str, day: str = "2018-02-15") -> list[dict]:
    doc = clean_document(Document(id="t", text=text))
    return recognize_entities(doc, day=day).extra["entities"]


def by_name(ents: list[dict]) -> dict:
    return {e["name"] or e["name_ar"]: e for e in ents}


@pytest.fixture(scope="module")
def seed_entities(seed_doc):
    return recognize_entities(seed_doc, day="2018-02-15").extra["entities"]


def test_entities_lexicon_loads_fast_and_clean():
    lex = default_lexicon()  # load time is measured by bench/entities_bench.py, not asserted here
    assert len([k for k in lex.entries if k[0] == "country"]) >= 195
    assert not [i for i in lex.issues if "malformed date" in i.message]


@pytest.mark.parametrize(
    ("name", "country", "sector", "role"),
    [
        ("James Mattis", "USA", "GOV", "defense minister"),
        ("Nurettin Canikli", "TUR", "GOV", "defense minister"),
        ("Rex Tillerson", "USA", "GOV", "foreign minister"),
    ],
)
def test_entities_seed_people_resolved(seed_entities, name, country, sector, role):
    e = by_name(seed_entities)[name]
    assert (e["kind"], e["country"], e["sector"], e["role"]) == ("person", country, sector, role)


def test_entities_seed_kuwaiti_minister(seed_entities):
    (e,) = [e for e in seed_entities if "صباح الخالد الصباح" in [m["text"] for m in e["mentions"]]]
    assert (e["country"], e["sector"], e["role"]) == ("KWT", "GOV", "foreign minister")
    assert any(m["how"] == "counterpart" and m["text"] == "نظيره الكويتي" for m in e["mentions"])


def test_entities_seed_counterpart_and_role_linked_to_canikli(seed_entities):
    texts = {m["text"]: m["how"] for m in by_name(seed_entities)["Nurettin Canikli"]["mentions"]}
    assert texts.get("الوزير التركي") == "role"
    assert "نور الدين جانيكلي" in texts and "جانيكلي" in texts  # the caption's surname too


def test_entities_seed_bare_minister_is_the_subject(seed_entities):
    mentions = by_name(seed_entities)["Rex Tillerson"]["mentions"]
    assert any(m["text"] == "الوزير" for m in mentions)  # وتابع الوزير → Tillerson, not his Kuwaiti host
    assert any(m["text"] == "الوزير الأميركي" for m in mentions)


@pytest.mark.parametrize(
    ("surface", "kind", "country"),
    [("تركيا", "country", "TUR"), ("سورية", "country", "SYR"), ("واشنطن", "country", "USA"),
     ("أنقرة", "country", "TUR"), ("العراق", "country", "IRQ"), ("بروكسل", "place", "BEL"),
     ("عفرين", "place", "SYR"), ("الكويت", "country", "KWT")],
)
def test_entities_seed_places_and_countries(seed_entities, surface, kind, country):
    found = [(e["kind"], e["country"]) for e in seed_entities for m in e["mentions"] if m["text"] == surface]
    assert (kind, country) in found


def test_entities_proclitics_match_without_false_hits():
    ents = entities_of("وصل الوفد لتركيا وواشنطن بسورية والأمم المتحدة للعراق. وقال التركيب الكيميائي إن العراقيل كثيرة.")
    got = {(m["text"], e["country"]) for e in ents for m in e["mentions"]}
    assert {("تركيا", "TUR"), ("واشنطن", "USA"), ("سورية", "SYR"), ("لعراق", "IRQ")} <= got
    assert not any(t.startswith(("التركيب", "العراقيل")) for t, _ in got)


def test_entities_spelling_variants_fold():
    for text in ("وزير الدفاع الأمريكي جيمس ماتيس", "وزير الدفاع الأميركي جيمس ماتيس", "وزير الدفاع الامريكي جيمس ماتيس"):
        (e,) = [e for e in entities_of(text) if e["kind"] == "person"]
        assert e["name"] == "James Mattis"
    assert {e["country"] for e in entities_of("في سوريا وفي سورية وفي سوريّة")} == {"SYR"}


def test_entities_official_coded_by_office_on_the_date():
    before = by_name(entities_of("قال ماتيس إن", day="2018-06-01"))["James Mattis"]
    after = by_name(entities_of("قال ماتيس إن", day="2020-06-01"))["James Mattis"]
    assert (before["sector"], before["role"]) == ("GOV", "defense minister")
    assert after["role"] != "defense minister"


def test_entities_unknown_name_after_title_and_later_surname():
    text = "التقى وزير الخارجية الموريتاني سيدي ولد التاه نظيره المغربي. وقال ولد التاه إن اللقاء مثمر."
    ents = entities_of(text)
    (e,) = [e for e in ents if e["name_ar"] and "سيدي ولد التاه" in e["name_ar"]]
    assert (e["kind"], e["country"], e["sector"], e["role"]) == ("person", "MRT", "GOV", "foreign minister")


def test_entities_agent_with_nationality_is_an_organization():
    ents = entities_of("قصف الجيش التركي مواقع في عفرين.")
    (e,) = [e for e in ents if e["kind"] == "organization"]
    assert (e["country"], e["sector"], e["mentions"][0]["text"]) == ("TUR", "MIL", "الجيش التركي")


def test_entities_capital_as_place_or_government():
    ents = entities_of("وأعلنت طهران رفضها. ووصل الوزير إلى طهران أمس.")
    kinds = [(e["kind"], m["how"]) for e in ents for m in e["mentions"] if m["text"] == "طهران"]
    assert kinds == [("country", "metonym"), ("place", "place")]


def test_entities_nisba_forms_generated():
    assert {"أمريكية", "الأمريكيين", "أمريكيون", "الأمريكيتان"} <= set(nisba_forms("أمريكي"))


def test_entities_mentions_point_into_original_text(seed_doc, seed_entities):
    for e in seed_entities:
        for m in e["mentions"]:
            assert seed_doc.text[m["start"] : m["end"]] == m["text"]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = ["وزير", "الدفاع", "الأميركي", "جيمس", "ماتيس", "نظيره", "التركي", "الوزير", "في", "بروكسل", "للعراق", "،", ".",
          "\n", "تحديث (9:53 ت.غ)", "«", "»", "وواشنطن", "صباح", "الخالد", "الصباح", "ـ", "\u064e", "\u200f"]


@given(st.one_of(st.text(max_size=300), st.lists(st.sampled_from(_WORDS), max_size=80).map(" ".join)))
@settings(max_examples=200, deadline=None)
def test_entities_never_crash_and_offsets_hold(text):
    doc = clean_document(Document(id="f", text=text))
    for e in recognize_entities(doc, day="2018-02-15").extra["entities"]:
        for m in e["mentions"]:
            assert doc.text[m["start"] : m["end"]] == m["text"]


def test_entities_longer_place_name_beats_country_inside_it():
    ents = entities_of("زار دول أمريكا اللاتينية ثم عاد إلى أميركا.")
    assert [(e["kind"], e["name"]) for e in ents] == [("place", "Latin America"), ("country", "United States")]


@given(st.text(alphabet="وفبلكاسم _1#", max_size=30), st.sampled_from(["سم", "اسم", "سما"]))
def test_entities_find_word_agrees_with_a_regex(text, form):
    import re

    from rasd.entities.recognize import find_word

    pattern = re.compile(r"(?<![^\W\d_])(?:[وفبلك]{0,2})(" + re.escape(form) + r")(?![^\W\d_])")
    assert list(find_word(text, form)) == [m.span(1) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("text", "name", "country", "sector"), [
    ("وقال المحامي الحقوقي نجاد البرعي إن القضية مستمرة.", "نجاد البرعي", None, "CVL"),
    ("إن القيادي الحوثي البارز المدعو حسين البكلي، تعرض لإطلاق نار.", "حسين البكلي", None, "ELI"),
    ("أعاد الإعلامي السعودي، جمال خاشقجي، نشر مقال.", "جمال خاشقجي", "SAU", "JRN"),
])
def test_entities_occupations_introduce_names(text, name, country, sector):
    ents = {e["name_ar"]: e for e in entities_of(text) if e["kind"] == "person"}
    assert name in ents, ents
    assert (ents[name]["country"], ents[name]["sector"]) == (country, sector)


def test_entities_occupation_before_a_common_noun_is_no_name():
    ents = entities_of("والراهب عضو أيضا في الحزب الشيوعي الصيني.")
    assert not [e for e in ents if e["kind"] == "person"]


def test_entities_place_nouns_introduce_unknown_places():
    ents = entities_of("وقعت الاشتباكات في قرية الجورة، كما قتل شخصان في مدينة مالزبري في جنوب إفريقيا.")
    places = {e["name_ar"]: e for e in ents if e["kind"] == "place"}
    assert "الجورة" in places and "مالزبري" in places, places
    assert places["مالزبري"]["country"] == "ZAF"
    assert not [e for e in entities_of("أقيمت منطقة عازلة على الحدود.") if e["kind"] == "place"]


def test_entities_organization_nouns_head_unknown_names():
    ents = entities_of("وقالت صحيفة دي فيلت إن المحكمة العليا رفضت الطعن، فيما قالت منظمة حقوقية إن الحكم جائر.")
    orgs = {e["name_ar"]: e for e in ents if e["kind"] == "organization"}
    assert "صحيفة دي فيلت" in orgs and orgs["صحيفة دي فيلت"]["sector"] == "MED"
    assert "المحكمة العليا" in orgs and orgs["المحكمة العليا"]["sector"] == "JUD"
    assert "منظمة حقوقية" not in orgs  # a description, not a name


# -- unknown names after given names; what is not a named mention ---------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("وتضمن تقرير جان لوي بورلو عدة توصيات.", "جان لوي بورلو"),
    ("وأوضح محمد رضا طابش، رئيس لجنة البيئة، أن الاعتقالات مستمرة.", "محمد رضا طابش"),
    ("وقال أحمد الرميحي إن الخطة فشلت.", "أحمد الرميحي"),
])
def test_entities_given_name_starts_an_unknown_person(text, name):
    people = [e["name_ar"] for e in entities_of(text) if e["kind"] == "person"]
    assert name in people, people


@pytest.mark.parametrize("text", [
    "وسيطرت القوات على مواقع جديدة على الحدود.",  # على normalizes to علي, never a name here
    "وقال إن أكبر سوق في العالم أغلق أبوابه.",  # أكبر is a given name and an everyday word
    "ولدينا أعلى معدل لوفيات الأطفال.",  # لدينا is ل + دينا, not the name دينا
])
def test_entities_given_names_do_not_fire_on_words(text):
    assert not [e for e in entities_of(text) if e["kind"] == "person"]


def test_entities_unknown_name_stops_at_everyday_words():
    ents = entities_of("وكان استمرار سجن الطبيب شاكيل أفريدي مصدرا للتوتر. وقال مسؤول إن أفريدي نقل إلى سجن آخر.")
    (e,) = [e for e in ents if e["kind"] == "person"]
    assert e["name_ar"] == "شاكيل أفريدي"
    assert [m["text"] for m in e["mentions"]] == ["شاكيل أفريدي", "أفريدي"]  # the surname later is linked


def test_entities_cited_agency_and_descriptors_are_not_named_mentions():
    ents = entities_of("وقال مسؤولون إسرائيليون إن الجيش الإسرائيلي قصف مواقع، بحسب وكالة رويترز. "
                       "وذكرت وسائل الإعلام التركية أن الشرطة اعتقلت رجلا.")
    hows = {m["text"]: m["how"] for e in ents for m in e["mentions"]}
    assert hows["الجيش الإسرائيلي"] == "agent"  # a state body: named
    assert hows["وكالة رويترز"] == "cited"  # the report's source only
    assert hows["وسائل الإعلام التركية"] == "descriptor" and hows["مسؤولون إسرائيليون"] == "descriptor"


@pytest.mark.parametrize(("text", "mention", "kind", "country"), [
    ("وقال المتحدث باسم الخارجية الإيرانية إن الاتهامات واهية.", "الخارجية الإيرانية", "organization", "IRN"),
    ("وقالت السلطات الأمنية المغربية إنها فككت خلية.", "السلطات الأمنية المغربية", "organization", "MAR"),
    ("وأعلنت شرطة إسطنبول اعتقال 16 شخصا.", "شرطة إسطنبول", "organization", "TUR"),
    ("وانتقدت إدارة ترامب القرار.", "إدارة ترامب", "organization", "USA"),
    ("وقتل القيادي في منطقة جنوب العاصمة اليمنية صنعاء.", "صنعاء", "place", "YEM"),
    ("وهاجمت ميليشيات الحوثي مواقع الجيش.", "ميليشيات الحوثي", "group", "YEM"),
    ("ووصل الوفد إلى هونغ كونغ أمس.", "هونغ كونغ", "place", "CHN"),
])
def test_entities_bodies_and_places_in_construct(text, mention, kind, country):
    got = {m["text"]: (e["kind"], e["country"]) for e in entities_of(text) for m in e["mentions"]
           if m["how"] not in ("descriptor", "cited")}
    assert got.get(mention) == (kind, country), got


@pytest.mark.parametrize(("text", "mention"), [
    ("ونشرت أنقرة قوات تركية في شمال سوريا.", "قوات تركية"),  # some Turkish forces: described, not named
    ("وقالت الصحيفة البريطانية إن الاتفاق تأخر.", "الصحيفة البريطانية"),  # a newspaper known only by its country
    ("وقال الوزير في حديثه للصحفيين إن الخبر صحيح.", "حديثه"),  # his talk, the news: not Haditha, not Khobar
])
def test_entities_descriptions_are_not_names(text, mention):
    named = {m["text"] for e in entities_of(text) for m in e["mentions"]
             if m["how"] not in ("descriptor", "cited", "role", "counterpart")}
    assert mention not in named, named


def test_entities_name_after_title_stops_before_a_proclitic_article():
    people = [e["name_ar"] for e in entities_of("واستقبل الملك الكاردينال جان لويس توران والوفد المرافق له.")
              if e["kind"] == "person" and e["name_ar"]]
    assert "جان لويس توران" in people, people


def mentions_of(ents: list[dict]) -> dict[str, tuple[str, str | None, str]]:
    """mention text → (kind, country, how)"""
    return {m["text"]: (e["kind"], e["country"], m["how"]) for e in ents for m in e["mentions"]}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the name stops before a known mention instead of being dropped with it
        ("كما تظاهر منتجو الدواجن في مدينة غرمسار بمحافظة سمنان لذات السبب.", "غرمسار", "IRN"),
        # a quoted name after the noun, up to its closing quote
        ('وقال إن قذائف أصابت سيارة مليئة بالركاب في حي "محمودية" في عفرين.', "محمودية", "SYR"),
        # newer place nouns: بلدية، ضاحية، كهف …
        ("وفي بلدية فارامين بطهران، قام العاملون بمصنع حليب بالاحتجاج.", "فارامين", "IRN"),
        # an unknown name placed in a known country or place
        ("قتل شخصان في هجوم بالسكين داخل مسجد في مالزبري في جنوب إفريقيا.", "مالزبري", "ZAF"),
        ("وكان مركز الزلزال على بعد 270 كيلومترا شرقي ليفوكا في فيجي.", "ليفوكا", "FJI"),
    ],
)
def test_entities_new_places(text, name, country):
    got = mentions_of(entities_of(text))
    assert got.get(name, (None,))[:2] == ("place", country)


def test_entities_place_list_after_plural_and_dual_nouns():
    got = mentions_of(entities_of("وداهمت الشرطة منازل في برلين وفي ولايتي براندنبرج وتورينجين بحثا عن أسلحة."))
    assert got["براندنبرج"][0] == got["تورينجين"][0] == "place"
    assert "ولايتي" not in got  # the dual of ولاية, not Velayati
    got = mentions_of(entities_of("وواصل سائقو الشاحنات في مدن أصفهان والأحواز ومشهد وكاروان الإضراب لليوم الثالث."))
    assert {"مشهد", "كاروان"} <= {t for t, v in got.items() if v[0] == "place"}


@pytest.mark.parametrize(
    "text",
    [
        "وتحطمت الطائرة في منطقة جبلية وسط إيران.",  # an everyday adjective, not a name
        "وقال أردوغان في خطاب في إسطنبول إن بلاده لن تتراجع.",
        "وقال الحريري خلال مؤتمر صحافي عقده في دارته في وسط بيروت إن النتائج مشجعة.",
    ],
)
def test_entities_describing_words_are_not_new_places(text):
    assert not [e for e in entities_of(text) if e["id"].startswith("newplace:")]


def test_entities_seat_of_power_as_place_or_government():
    got = mentions_of(entities_of("واستقبل ترامب الرئيس الفرنسي في البيت الأبيض يوم الثلاثاء."))
    assert got["البيت الأبيض"][:2] == ("place", "USA")
    got = mentions_of(entities_of("وقال البيت الأبيض في بيان إن الرئيس سيزور المنطقة."))
    assert got["البيت الأبيض"][:2] == ("country", "USA")


def test_entities_palestinian_territories_are_a_place():
    got = mentions_of(entities_of("ويتوقع أن يؤجج الحدث العنف في الأراضي الفلسطينية."))
    assert got["الأراضي الفلسطينية"][:2] == ("place", "PSE")


def test_entities_university_named_after_a_city_is_an_organization():
    got = mentions_of(entities_of("وأكمل دراسته الجامعية في جامعة كارديف ببريطانيا حاصلا على شهادة الدكتوراه."))
    assert got["جامعة كارديف"][:2] == ("organization", "GBR")
    assert "كارديف" not in got


def test_entities_latin_media_names_and_dateline_credit():
    got = mentions_of(entities_of("دبي، الإمارات العربية المتحدة (CNN)— كشفت مصادر عسكرية أمريكية لـCNN عن اجتماع."))
    hows = sorted(m["how"] for e in entities_of(
        "دبي، الإمارات العربية المتحدة (CNN)— كشفت مصادر عسكرية أمريكية لـCNN عن اجتماع.")
        if e["id"] == "CNN" for m in e["mentions"])
    assert got["CNN"][:2] == ("organization", "USA")
    assert hows == ["cited", "name"]


def test_entities_football_clubs_are_organizations():
    got = mentions_of(entities_of("وانتهى النهائي بفوز تشلسي 1-صفر على مانشستر يونايتد في ملعب ويمبلي."))
    assert got["تشلسي"][:2] == ("organization", "GBR")
    assert got["مانشستر يونايتد"][0] == "organization"
    assert "مانشستر" not in got


@pytest.mark.parametrize(
    "text",
    [
        "وذلك في تصريحات أدلى بها خلال لقائه على قناة خاصة مصرية.",  # an everyday word describes the channel
        "ويشترك حزب السعادة في نفس الأصول الإسلامية مع الحزب الحاكم.",  # the ruling party: no name
    ],
)
def test_entities_described_bodies_are_not_named(text):
    assert not [e for e in entities_of(text) if e["id"].startswith("neworg:") and "حزب السعادة" not in e["name_ar"]]


def test_entities_construct_name_after_an_everyday_word_is_named():
    got = mentions_of(entities_of("وتولى منصب نائب رئيس هيئة حماية البيئة في إيران."))
    assert got["هيئة حماية البيئة"][0] == "organization"


def test_entities_body_behind_a_cited_outlet_is_cited():
    ents = entities_of("وأكد غوتيريس على الحاجة للتهدئة، وفقا لما نقلته إذاعة الأمم المتحدة.")
    assert [m["how"] for e in ents if e["kind"] == "organization" for m in e["mentions"]] == ["cited"]
    ents = entities_of("وقالت الأمم المتحدة إن المساعدات لم تصل.")
    assert [m["how"] for e in ents if e["kind"] == "organization" for m in e["mentions"]] == ["name"]


def test_entities_country_name_spelled_as_accusative_nationality():
    ents = entities_of("وطردت بريطانيا 23 دبلوماسيا روسيا.")
    assert [e["name"] for e in ents if e["kind"] == "country"] == ["United Kingdom"]  # Russian diplomats
    assert [e["name"] for e in entities_of("ودعا تركيا إلى وقف الهجوم.")] == ["Turkey"]  # after a verb: the country


@pytest.mark.parametrize(("text", "found"), [
    ('وحصل حزب "أرمينيا المزدهرة" على المركز الثاني.', 'حزب "أرمينيا المزدهرة"'),
    ('واقترحت حركة "خمس نجوم" المحامي جوزيبي كونتي.', "Five Star Movement"),
    ('وأثار اتهام تحالف "دعم الشرعية في اليمن" جدلا.', "Saudi-led coalition"),  # the longest name only
    ('وذكرت وكالة "الأناضول" أن الشرطة اعتقلت خمسة أشخاص.', "Anadolu Agency"),  # a name the lexicon knows
    ('التي تعتبرها أنقرة منظمة "إرهابية".', None),  # scare quotes around a description
    ('وتعتبر أنقرة الحركة "منظمة إرهابية".', None),  # after a definite noun: what others call it
])
def test_entities_quoted_organization_names(text, found):
    orgs = [e["name"] or e["name_ar"] for e in entities_of(text) if e["kind"] == "organization"]
    assert orgs == ([found] if found else [])
    if found and ("Yemen" in found or "أرمينيا" in found):
        assert not [e for e in entities_of(text) if e["kind"] == "country"]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال مدير المرصد رامي عبد الرحمن لوكالة فرانس برس إن القصف مستمر.", "رامي عبد الرحمن"),
    ("وأعلن عن ذلك رئيس الهيئة عيسى كالانتاري في مؤتمر صحفي.", "عيسى كالانتاري"),
    ("كان المنظر مروعا. أياد وأرجل ورؤوس مرمية.", None),  # أياد: hands, still marked as an everyday word
])
def test_entities_given_names_rarely_anything_else(text, name):
    people = [m["text"] for e in entities_of(text) if e["kind"] == "person" for m in e["mentions"]]
    assert people == ([name] if name else [])


def test_entities_two_definite_agents_are_two_parties():
    from rasd import pipeline as _p
    from rasd.read import ReadReport as _R
    from rasd.read.base import make_document as _m
    (doc,) = list(_p.run([_m("كما دعا جهاز الشرطة السكان إلى تجنب التكهنات.", "t", "text", _R())],
                         _p.build(["clean", "entities"])))
    assert [a[2] for a in doc.extra["_agents"]] == ["police", "civilians"]


@pytest.mark.parametrize(("text", "kind", "name"), [  # cases from the review of this session's rules
    ("بحَسب وكالة رويترز، قتل خمسة أشخاص.", "organization", "Reuters"),  # a diacritic in بحسب: still cited
    ("قتل شخصان داخل مسجد فى مالزبري فى جنوب إفريقيا.", "place", "مالزبري"),  # فى with ى
    ("وقال إن الاجتماع عقد في البيت الأبيض.", "place", "البيت الأبيض"),  # a seat after في is the place
    ("وجه بوتين رسالة إلى البيت الأبيض.", "country", "United States"),  # after إلى it is the government
    ("استقبل الملك سلمان في مكتبه بقصر اليمامة في الرياض الكاردينال.", "place", "قصر اليمامة"),  # ب… في: a place
])
def test_entities_review_cases(text, kind, name):
    ents = [e for e in entities_of(text) if e["kind"] == kind]
    assert any((e["name"] or e["name_ar"]) == name for e in ents), ents
    if name == "Reuters":
        assert ents[0]["mentions"][0]["how"] == "cited"


def test_entities_no_org_made_of_a_preposition():
    assert not [e for e in entities_of("وصلت لجنة تحقيق إلى العاصمة.") if e["kind"] == "organization"]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال النائب الكويتي، وليد الطبطبائي، إن الحل سياسي.", "وليد الطبطبائي"),  # a lawmaker introduces a name
    ("وأشار الناشط الحقوقي اليمني، فيصل المجيدي، إلى الانتهاكات.", "فيصل المجيدي"),  # so does an activist
    ("وقال النائب الأول لرئيس الوزراء إن الحكومة مستمرة.", None),  # but no name follows here
])
def test_entities_lawmakers_and_activists_introduce_names(text, name):
    people = [m["text"] for e in entities_of(text) if e["kind"] == "person" for m in e["mentions"]]
    assert people == ([name] if name else [])


def test_entities_a_given_name_before_a_leaders_surname_is_someone_else():
    """إريك ترامب is not Donald Trump; a short form of the person's given name (ستيف منوتشين) keeps the link."""
    ents = by_name(entities_of("وصل إريك ترامب إلى باريس. وقال ترامب إن ابنه بخير. وقال ستيف منوتشين إن بلاده ترفض.",
                               day="2018-05-01"))
    assert "إريك ترامب" in ents and ents["إريك ترامب"]["country"] is None
    assert [m["text"] for m in ents["Donald Trump"]["mentions"]] == ["ترامب"]
    assert [m["text"] for m in ents["Steven Mnuchin"]["mentions"]] == ["منوتشين"]


def test_entities_financial_is_not_malian():
    """المالية (financial) is no Malian nationality; الرئيس المالي still is."""
    doc = clean_document(Document(id="t", text="أعلنت الولايات المتحدة إنهاء المساعدات المالية للوكالة. "
                                                "وقال الجيش المالي إنه صد الهجوم."))
    doc = recognize_entities(doc, day="2018-05-01")
    assert not [n for n in doc.extra["_nisbas"] if n[2] == "MLI"]
    assert by_name(doc.extra["entities"])["Mali army"]["country"] == "MLI"


def test_entities_a_former_office_holder_is_not_the_incumbent():
    ents = by_name(entities_of("وجهت السلطات التهمة إلى الرئيس الفرنسي السابق نيكولا ساركوزي. وقال الرئيس الأمريكي "
                               "السابق إن الاتفاق جيد. وقال الرئيس الأمريكي إن الاتفاق سيئ.", day="2018-05-01"))
    assert "Emmanuel Macron" not in ents
    assert [m["text"] for m in ents["Nicolas Sarkozy"]["mentions"]] == ["نيكولا ساركوزي"]
    assert [m["text"] for m in ents["Donald Trump"]["mentions"]] == ["الرئيس الأمريكي"]  # today's, not the former


def test_entities_names_with_abd_match_joined_or_split():
    """عبد العزيز and عبدالعزيز are both printed; a lexicon name in one spelling matches the other."""
    ents = by_name(entities_of("استقبل الملك سلمان بن عبدالعزيز آل سعود الوفد.", day="2018-04-18"))
    assert [m["text"] for m in ents["King Salman bin Abdulaziz"]["mentions"]] == ["الملك سلمان بن عبدالعزيز"]


def test_entities_an_ambiguous_surname_links_to_the_person_the_page_named():
    """كيم names several leaders in the lexicon; after كيم جونغ أون it is him (and وجده is his grandfather, not Oujda)."""
    ents = by_name(entities_of("بثت الوكالة مقطعا لرحلة الزعيم الكوري الشمالي، كيم جونغ أون، إلى الصين، بقطار أقل "
                               "والده وجده. وزار كيم، بكين، للتنسيق.", day="2018-04-01"))
    assert [m["text"] for m in ents["Kim Jong-un"]["mentions"]][-1] == "كيم"
    assert "Oujda" not in ents


def test_entities_kin_and_royal_titles_introduce_given_names_and_sanaa_is_a_city():
    ents = by_name(entities_of("في أعقاب قضية تسميم سكريبال وابنته يوليا في آذار. وقال الحوثيون في بيان إن صنعاء "
                               "ستبقى صامدة.", day="2018-06-18"))
    assert "يوليا" in ents and ents["يوليا"]["kind"] == "person"
    assert ents["Sanaa"]["kind"] == "place"


def test_entities_a_capital_after_a_prefixed_capital_word_and_names_end_at_proclitic_articles():
    ents = by_name(entities_of("سقطت قذيفة على مخيم الفلاح بالعاصمة طرابلس. وتقدمت القوات في الساحل الغربي.",
                               day="2018-09-02"))
    assert ents["Tripoli"]["country"] == "LBY" and ents["Tripoli"]["kind"] == "place"
    assert "الفلاح" in ents  # the camp's name stops before بالعاصمة
    assert ents["West Coast (Yemen)"]["country"] == "YEM"


def test_entities_a_name_after_a_reporting_verb_with_a_title_after_its_comma_is_a_person():
    ents = by_name(entities_of("طالب مسؤول سابق قطر بتعديل سياستها.\nوأضاف دوف زاخيم، الوكيل السابق لوزارة الدفاع "
                               "الأميركية، أن السياسة القطرية سببت المشاكل. وأشار زاخيم إلى القلق. وقال مسؤول، رفض "
                               "الكشف عن اسمه، إن الأمر خطير.", day="2018-04-09"))
    assert [m["text"] for m in ents["دوف زاخيم"]["mentions"]] == ["دوف زاخيم", "زاخيم"]
    assert not [k for k in ents if k.startswith("مسؤول")]


def test_entities_policy_and_affairs_adjectives_are_no_ministry():
    ents = by_name(entities_of("وقال إن السياسة الخارجية القطرية سببت المشاكل. وقال وزير الشؤون الخارجية الإماراتي، "
                               "أنور قرقاش، إن الأمر خطير.", day="2018-06-18"))
    assert "Qatar foreign ministry" not in ents
    assert "United Arab Emirates foreign ministry" not in ents


def test_entities_no_place_name_from_verbs_titles_or_purposes_after_a_place_noun():
    ents = by_name(entities_of("وتم إنقاذ الصبية من كهف غمرته المياه شمالي البلاد. وكان استمرار سجن الطبيب شاكيل "
                               "أفريدي مصدرا للتوتر. والتقى الزعيمان في قرية للهدنة. وعلق الصبية في كهف تام لوانغ.",
                               day="2018-07-18"))
    kinds = {k: e["kind"] for k, e in ents.items()}
    assert kinds.get("تام لوانغ") == "place"
    assert not [k for k, v in kinds.items() if v == "place" and k in ("غمرته المياه", "الطبيب", "للهدنة")]


def test_a_new_person_takes_the_nationality_right_before_the_name():
    ents = {e["name_ar"]: e for e in entities_of("وقال رجل الأعمال الروسي رومان أبراموفيتش إنه سيغادر. وقال سفير إسرائيل "
                                                  "في بريطانيا مارك ريغيف إن الأمر انتهى.", "2018-05-30")}
    assert ents["رومان أبراموفيتش"]["country"] == "RUS"
    assert ents.get("مارك ريغيف", {}).get("country") != "GBR"  # where he serves, not his country


def test_entities_the_presidents_wife_and_daughter_are_named():
    ents = by_name(entities_of("وصلت ميلانيا ترامب وإيفانكا ترامب إلى باريس.", day="2018-05-01"))
    assert ents["Melania Trump"]["country"] == "USA" and "Ivanka Trump" in ents and "Donald Trump" not in ents


def test_an_ambiguous_place_after_an_attack_on_it_is_the_place():
    ents = by_name(entities_of("وقالت واشنطن إنها سترد على الهجوم الكيماوي على دوما. وحصلت القناة على صور حصرية.",
                               day="2018-04-10"))
    assert "Douma" in ents and "Tyre" not in ents  # صور (pictures) after على is no city


def test_entities_a_given_name_or_ambiguous_surname_the_page_named_wins_over_another_short_form():
    """أبي after أبي أحمد is Abiy Ahmed, not Shinzo Abe (آبي); المالكي after تركي المالكي is Turki al-Maliki; but a
    famous surname stays its holder on a page naming only a relative (إيفانكا ترامب … ترامب)."""
    ents = by_name(entities_of("استقبل رئيس الوزراء الإثيوبي أبي أحمد الرئيس الإريتري في أديس أبابا. وقام أبي بزيارة "
                               "إلى أسمرة. وقال المتحدث باسم التحالف العقيد الركن تركي المالكي إن الصاروخ اعترض. "
                               "وأضاف المالكي أن الحوثيين أطلقوا الصاروخ.", "2018-07-14"))
    assert [m["text"] for m in ents["Abiy Ahmed"]["mentions"]] == ["أبي أحمد", "أبي"]
    assert "Shinzo Abe" not in ents
    assert [m["text"] for m in ents["Turki al-Maliki"]["mentions"]][-1] == "المالكي"
    ents = by_name(entities_of("وقالت إيفانكا ترامب إنها ستزور اليابان. وقال ترامب إن ابنته ستلتقي المسؤولين.",
                               "2018-07-14"))
    assert ents["Donald Trump"]["mentions"][0]["text"] == "ترامب"


def test_entities_an_office_with_no_listed_role_is_its_countrys_holder_not_another_official():
    """القس الأمريكي on a page naming Trump is no president: a role-less office (priest, judge) links only to a person
    of its sector; with no holder on the page it is that country's priest or judge (a descriptor for the events)."""
    ents = entities_of("قال الرئيس الأمريكي دونالد ترامب إن على تركيا الإفراج عن القس الأمريكي. وأمر قاض أمريكي "
                       "الحكومة بلم شمل الأطفال.", "2018-08-01")
    trump = next(e for e in ents if e["name"] == "Donald Trump")
    assert [m["text"] for m in trump["mentions"]] == ["دونالد ترامب"]
    ids = {e["id"] for e in ents}
    assert {"agent:cleric:USA", "agent:judge:USA"} <= ids


def test_entities_a_countrys_leader_is_its_head_on_the_day():
    ents = by_name(entities_of("والتقى بومبيو زعيم كوريا الشمالية سرا في بيونغيانغ. وأشاد ترامب بالزعيم الروسي. وندد "
                               "القادة الأوروبيون بالهجوم.", "2018-07-01"))
    assert ents["Kim Jong-un"]["mentions"][0]["text"] == "زعيم كوريا الشمالية"
    assert ents["Vladimir Putin"]["mentions"][0]["text"] == "الزعيم الروسي"
    assert not [e for e in ents.values() if e["kind"] == "person" and e["country"] in ("FRA", "DEU", "EU")]


def test_entities_a_name_going_on_in_a_hashtag_is_not_cut_at_the_given_name():
    ents = by_name(entities_of("وصف الرئيس الروسي فلاديمير #بوتين الأحد انتقادات مجموعة السبع.", "2018-06-10"))
    assert "فلاديمير" not in ents
    assert [m["text"] for m in ents["Vladimir Putin"]["mentions"]][-1] == "بوتين"


def test_entities_foundation_heads_a_name_only_bare_and_before_a_name():
    ents = entities_of("وقال مصدر في مؤسسة خليفة الإنسانية إن المساعدات وصلت. واتهم شريف المؤسسة الأمنية القوية "
                       "بالتآمر. وهي مؤسسة غير حكومية.", "2018-05-10")
    orgs = [m["text"] for e in ents if e["kind"] == "organization" for m in e["mentions"]]
    assert orgs == ["مؤسسة خليفة"]
    assert not [t for t in orgs if "الأمنية" in t or "غير" in t]


def test_entities_peaceful_and_a_woman_ambassador_are_no_syrian_towns():
    ents = entities_of("وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة إن المظاهرات كانت سلمية.", "2018-04-10")
    assert not [e for e in ents if e["kind"] == "place"]
    assert [e for e in ents if e["kind"] == "person" and e["country"] == "USA"]


def test_entities_an_ambiguous_place_with_bi_going_on_as_a_noun_phrase_is_no_place():
    ents = entities_of("ومنع الناخبين من التصويت بحجة أن تصاريحهم منتهية. وتمتلئ الصفحة بصور كثيرة. وقتل العشرات بدوما في "
                       "الغوطة الشرقية.", "2018-05-10")
    places = [m["text"] for e in ents if e["kind"] == "place" for m in e["mentions"]]
    assert "حجة" not in places and "صور" not in places
    assert "دوما" in places


def test_entities_a_future_verb_ends_a_new_organization_name():
    ents = entities_of("وقالت لجنة سيعمل أعضاؤها على الملف إن النتائج قريبة.", "2018-06-02")
    assert not [e for e in ents if e["kind"] == "organization"]


def test_entities_a_country_name_printed_as_an_adjective_after_a_definite_body_is_no_country_mention():
    ents = entities_of("أعلنت السلطات السعودية إلقاء القبض على 17 شخصا. وذكرت القنصلية السعودية في إسطنبول أنها تتابع. "
                       "وقال رئيس وزراء العراق إن الحكومة العراقية ستعمل.", "2018-06-03")
    kinds = {(e["kind"], e["name"]) for e in ents}
    assert ("organization", "Saudi Arabia authorities") in kinds and ("organization", "Saudi Arabia consulate") in kinds
    assert ("country", "Saudi Arabia") not in kinds
    assert ("country", "Iraq") in kinds  # a construct state names the country too


def test_entities_a_deputy_or_assistant_of_a_minister_is_not_the_minister():
    ents = entities_of("وقال نائب وزير الخارجية الروسي إن موسكو سترد. وقال مساعد وزير الخزانة الأميركي لشؤون تمويل الإرهاب "
                       "إن العقوبات ستشتد. وقال وزير الخارجية الروسي إن بلاده سترد.", "2018-07-22")
    lavrov = [e for e in ents if e["name"] == "Sergey Lavrov"]
    assert [m["text"] for m in lavrov[0]["mentions"]] == ["وزير الخارجية الروسي"]
    assert not [e for e in ents if e["name"] == "Steven Mnuchin"]


def test_entities_a_verb_spelled_like_a_surname_is_no_person():
    assert entities_of("وقالت سلطات الطيران إن الإدارة تأمر بفحص محركات الطائرات.", "2018-04-18") == []
    ents = entities_of("وقال الرئيس البرازيلي ميشال تامر إن تامر سيزور الصين.", "2018-04-18")
    assert [len(e["mentions"]) for e in ents if e["name"] == "Michel Temer"] == [2]


def test_entities_a_named_organization_wins_over_a_title_ending_inside_it():
    ents = entities_of("وقال زعيم حركة خمس نجوم لويجي دي مايو إن الحكومة ستتشكل.", "2018-05-23")
    assert {e["name"] for e in ents} >= {"Five Star Movement", "Luigi Di Maio"}


def test_entities_a_hashtag_joins_a_body_and_its_nationality():
    ents = by_name(entities_of("واصلت قوات #الجيش_اليمني، الاثنين، تقدمها. وأعلنت #الشرطة_الأفغانية مقتل شخصين.", "2018-05-10"))
    assert [m["text"] for m in ents["Yemen army"]["mentions"]] == ["الجيش_اليمني"]
    assert ents["Afghanistan police"]["country"] == "AFG"


def test_entities_the_body_a_spokesperson_speaks_for_is_named_and_the_name_after_a_comma_is_the_person():
    ents = by_name(entities_of("وحذرت الناطقة باسم الخارجية الروسية، ماريا زاخاروفا، الثلاثاء من أنه لن يسمح.", "2018-03-13"))
    assert [m["text"] for m in ents["Russia foreign ministry"]["mentions"]] == ["الخارجية الروسية"]
    assert "Maria Zakharova" in ents and "Dmitry Peskov" not in ents
    ents = by_name(entities_of("قال المتحدث باسم الرئاسة التركية إبراهيم قالن إن الأمر خطير.", "2018-10-05"))
    assert "Turkey presidency" in ents and "Ibrahim Kalin" in ents


def test_entities_a_guard_heads_an_organization_name():
    ents = entities_of("وأرسل حاكم الولاية 400 من عناصر الحرس الوطني إلى الحدود. وقال الحرس الثوري الإيراني إنه مستعد.",
                       "2018-04-10")
    orgs = sorted(m["text"] for e in ents if e["kind"] == "organization" for m in e["mentions"])
    assert orgs == ["الحرس الثوري الإيراني", "الحرس الوطني"]


def test_entities_foreign_affairs_in_a_title_is_no_ministry():
    ents = by_name(entities_of("انتقد أنور قرقاش، وزير الدولة للشؤون الخارجية الإماراتي، الحوثيين.", "2018-09-08"))
    assert "United Arab Emirates foreign ministry" not in ents and "Anwar Gargash" in ents


def test_entities_an_ousted_holder_is_a_former_one():
    ents = by_name(entities_of("أدانت محكمة في سول الرئيسة الكورية الجنوبية المعزولة بارك غيون هي بالفساد.", "2018-04-06"))
    assert "Moon Jae-in" not in ents


def test_entities_internal_affairs_after_bi_is_no_ministry():
    ents = by_name(entities_of("جاء ذلك بعد تدخل كندا بالشؤون الداخلية السعودية.", "2018-08-06"))
    assert "Saudi Arabia interior ministry" not in ents
