from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd import pipeline
from rasd.core import Document
from rasd.events.dates import find_dates
from rasd.events.inflect import imperfect_forms, noun_surface_forms, perfect_forms, verb_surface_forms
from rasd.events.triggers import QUAD, TYPES, EventDataError, default_event_data, load_event_data
from rasd.read import ReadReport
from rasd.read.base import make_document
from rasd.text.normalize import normalize_str

STAGES = pipeline.build(["clean", "entities", "events"])
THURSDAY = dt.date(2018, 2, 15)


def coded(text: str, published: str = "2018-02-15") -> Document:
    doc = make_document(text, "t", "text", ReadReport(), published=published)
    (doc,) = list(pipeline.run([doc], STAGES))
    return doc


def events_of(text: str, published: str = "2018-02-15") -> list[dict]:
    return coded(text, published).extra["events"]


def label(a: dict | None) -> str | None:
    return None if a is None else (a["name"] or a["country"])


def find(events, type_, source=None, target=None):
    return [e for e in events if e["type"] == type_ and (source is None or label(e["source"]) == source)
            and (target is None or label(e["target"]) == target)]


# -- the seed ---------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_events(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    return events_of(text)


@pytest.mark.parametrize(("type_", "source", "target"), [
    ("REQUEST", "James Mattis", "Turkey"),  # دعا ... ماتيس تركيا إلى
    ("CONSULT", "James Mattis", "Nurettin Canikli"),  # اجتماع عقده مع نظيره التركي
    ("REQUEST", "Nurettin Canikli", "James Mattis"),  # إنه أبلغ ماتيس بضرورة استبعاد الوحدات
    ("ASSAULT", "Turkey", "People's Protection Units (YPG)"),  # شن تركيا عملية عسكرية ... ضد الوحدات
    ("ACCUSE", "Rex Tillerson", "TUR"),  # حذر تيلرسون من أن الهجوم التركي
    ("AID", "United States", None),  # واشنطن قررت تقديم مساعدات ... 200 مليون دولار
])
def test_events_seed_targets_asserted(seed_events, type_, source, target):
    hits = [e for e in find(seed_events, type_, source, target)
            if e["modality"] == "asserted" and not e["negated"] and not e["partial"]]
    assert hits, [(e["type"], label(e["source"]), label(e["target"]), e["modality"]) for e in seed_events]


def test_events_seed_details(seed_events):
    (meeting,) = find(seed_events, "CONSULT", "James Mattis", "Nurettin Canikli")
    assert meeting["location"]["name"] == "Brussels" and meeting["location"]["lat"] is not None
    assert meeting["date"] == "2018-02-14" and meeting["date_text"] == "الأربعاء"  # Wednesday before a Thursday
    assert meeting["quad"] == 1 and meeting["cameo"].startswith("04")
    (aid,) = find(seed_events, "AID", "United States")
    assert aid["amount"] == "200 مليون دولار"
    (attack,) = find(seed_events, "ASSAULT", "Turkey")
    assert attack["location"]["name"] == "Afrin"
    assert len(attack["mentions"]) >= 2  # the Afrin attack is told in both stories: one event, several mentions
    assert {m["story"] for m in attack["mentions"]} == {0, 1}
    visit = [e for e in seed_events if e["trigger"] == "يزور"]
    assert visit and visit[0]["modality"] == "future"  # عندما يزور أنقرة, after سيبحث


def test_events_seed_little_else_asserted(seed_events):
    asserted = [e for e in seed_events if e["modality"] == "asserted" and not e["negated"]]
    assert len(asserted) <= 12, [(e["type"], label(e["source"]), e["trigger"]) for e in asserted]


def test_events_records_have_the_documented_fields(seed_events, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    keys = {"id", "story", "sentence", "type", "mode", "cameo", "quad", "source", "target", "location", "date",
            "date_precision", "date_text", "negated", "modality", "trigger", "trigger_start", "trigger_end",
            "evidence", "rule", "confidence", "mentions"}
    for e in seed_events:
        assert keys <= set(e)
        assert text[e["trigger_start"] : e["trigger_end"]] == e["trigger"]
        assert e["trigger"] in e["evidence"]
        assert e["quad"] == QUAD[e["type"]] and e["type"] in TYPES
        assert e["modality"] in {"asserted", "future", "intended", "conditional", "alleged"}
        assert 0 < e["confidence"] <= 1
        for side in ("source", "target"):
            if e[side] is not None:
                assert set(e[side]) == {"text", "entity", "name", "country", "sector", "role"}


def test_events_quotes_have_speakers(seed_path):
    doc = coded(seed_path.read_text(encoding="utf-8"))
    quotes = doc.extra["quotes"]
    assert quotes and all(q["speaker"] and q["speaker"]["name"] == "Rex Tillerson" for q in quotes)
    assert all(doc.text[q["start"] : q["end"]] == q["text"] for q in quotes)
    assert not any(q["text"] == "حرف مسار" for q in quotes)  # a scare-quoted phrase is not a quote


# -- modality, arguments ----------------------------------------------------------------------------------------
def test_events_negation_flagged_not_dropped():
    evs = events_of("لم يلتق الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين في أنقرة.")
    (e,) = find(evs, "CONSULT")
    assert e["negated"] is True


@pytest.mark.parametrize(("text", "modality"), [
    ("سيزور وزير الخارجية الأميركي ريكس تيلرسون أنقرة الأسبوع المقبل.", "future"),
    ("يعتزم الرئيس الفرنسي إيمانويل ماكرون زيارة الجزائر.", "intended"),
    ("زار الرئيس الفرنسي إيمانويل ماكرون الجزائر الأربعاء.", "asserted"),
])
def test_events_modality(text, modality):
    (e,) = find(events_of(text), "CONSULT")
    assert e["modality"] == modality


def test_events_attribution_reporter_is_not_the_actor():
    evs = events_of("قالت وزارة الدفاع الأميركية إن ماتيس دعا تركيا إلى ضبط النفس.")
    (e,) = find(evs, "REQUEST")
    assert label(e["source"]) == "James Mattis" and label(e["target"]) == "Turkey"


def test_events_subject_first_and_proclitic_target():
    evs = events_of("الرئيس الأميركي دونالد ترامب ينتقد إيران بشدة.")
    assert find(evs, "ACCUSE", "Donald Trump", "Iran")


def test_events_compound_source():
    evs = events_of("ودعت روسيا وإيران وتركيا إلى وقف إطلاق النار في سورية.")
    sources = {label(e["source"]) for e in find(evs, "REQUEST")}
    assert {"Russia", "Iran", "Turkey"} <= sources


def test_events_carry_the_actor_to_the_next_sentence():
    evs = events_of("قال وزير الخارجية الأميركي ريكس تيلرسون إن بلاده ملتزمة. ودعا إلى استمرار جهود التحالف.")
    (e,) = find(evs, "REQUEST")
    assert label(e["source"]) == "Rex Tillerson" and "carried" in e["rule"]


def test_events_variants_code_alike():
    a = find(events_of("دعا وزير الدفاع الأمريكي جيمس ماتيس سوريا إلى الحوار."), "REQUEST")
    b = find(events_of("دعـا وزيرُ الدفاع الأميركي جيمس ماتيس سورية إلى الحوار."), "REQUEST")
    assert a and b and (label(a[0]["source"]), label(a[0]["target"])) == (label(b[0]["source"]), label(b[0]["target"]))


# -- dates ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "precision"), [
    ("الأربعاء", "2018-02-14", "day"),
    ("الخميس", "2018-02-15", "day"),  # the publication day itself
    ("الجمعة", "2018-02-09", "day"),
    ("أمس", "2018-02-14", "day"),
    ("أول أمس", "2018-02-13", "day"),
    ("الأسبوع الماضي", "2018-02-05", "week"),
    ("الشهر الماضي", "2018-01-01", "month"),
    ("العام الماضي", "2017-01-01", "year"),
    ("15 شباط/فبراير 2018", "2018-02-15", "day"),
    ("12 فيفري 2018", "2018-02-12", "day"),
    ("في 3 يناير", "2018-01-03", "day"),
    ("28 ديسمبر", "2017-12-28", "day"),
    ("28 جمادى الأولى 1439 هـ", "2018-02-14", "day"),
    ("في أكتوبر/تشرين الأول 2017", "2017-10-01", "month"),
    ("في عام 2016", "2016-01-01", "year"),
])
def test_events_dates_against_publication(text, date, precision):
    (d,) = find_dates(normalize_str(text), THURSDAY)
    assert (d.date.isoformat(), d.precision) == (date, precision)


def test_events_date_in_clause_and_default():
    evs = events_of("التقى وزير الخارجية الأميركي ريكس تيلرسون نظيره التركي مولود جاويش أوغلو في أنقرة أمس.")
    (e,) = find(evs, "CONSULT")
    assert (e["date"], e["date_text"]) == ("2018-02-14", "أمس")
    evs = events_of("التقى وزير الخارجية الأميركي ريكس تيلرسون نظيره التركي مولود جاويش أوغلو في أنقرة.")
    (e,) = find(evs, "CONSULT")
    assert (e["date"], e["date_text"]) == ("2018-02-15", None)
    assert e["location"]["name"] in ("Ankara", "أنقرة")


# -- generated inflections and the data files -------------------------------------------------------------------
def test_events_inflections_generated():
    assert {"دعا", "دعت", "دعوا", "دعاه"} <= set(perfect_forms("دعا"))
    assert {"يدعو", "تدعو", "يدعون", "يدع"} <= set(imperfect_forms("يدعو"))
    assert "ندعو" not in imperfect_forms("يدعو")  # no 1st person: نشيد is an anthem, not "we praise"
    assert {"التقت", "التقوا", "التقيا"} <= set(perfect_forms("التقي"))
    assert {"يلتقون", "يلتقيان"} <= set(imperfect_forms("يلتقي"))
    forms = {f.text: f for f in verb_surface_forms("هاجم", "يهاجم")}
    assert forms["سيهاجم"].future and not forms["هاجمت"].future and forms["وهاجموا"].prefix == 1
    nouns = {f.text for f in noun_surface_forms(["زياره"])}
    assert {"زياره", "الزياره", "للزياره", "وزيارته", "بزيارتها", "زيارتين"} <= nouns
    assert {"اتصالا هاتفيا", "الاتصال الهاتفي", "بالاتصال الهاتفي"} <= {f.text for f in noun_surface_forms(
        ["اتصال", "هاتفي"])}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=3, max_size=7))
def test_events_generated_forms_are_normalized(stem):
    for f in verb_surface_forms(stem, "ي" + stem[1:]):
        assert normalize_str(f.text) == f.text
        assert f.text[f.prefix :].startswith(stem[:1]) or f.text[f.prefix :].startswith(("ي", "ت", "ن"))


def test_events_bundled_data_covers_every_type():
    data = default_event_data()
    assert {t.type for t in data.triggers} == set(TYPES)
    assert len(data.triggers) >= 150


def test_events_bad_data_file_names_the_line(tmp_path):
    (tmp_path / "triggers.tsv").write_text("type\tmode\tcameo\tpos\tforms\ttarget\tgenitive\tnote\n"
                                           "ATTACK\t\t190\tverb\tهاجم/يهاجم\tobj\t\t\n", encoding="utf-8")
    with pytest.raises(EventDataError, match=r"triggers.tsv:2: unknown type 'ATTACK'"):
        load_event_data(tmp_path)
    (tmp_path / "triggers.tsv").write_text("type\tmode\tcameo\tpos\tforms\ttarget\tgenitive\tnote\n"
                                           "ASSAULT\t\t190\tverb\tهاجم\tobj\t\t\n", encoding="utf-8")
    with pytest.raises(EventDataError, match=r"PERFECT/IMPERFECT"):
        load_event_data(tmp_path)


# -- no crash on anything -----------------------------------------------------------------------------------------
@settings(max_examples=150, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_events_fuzz_random_unicode(text):
    if not text.strip():
        return
    doc = coded(text)
    assert isinstance(doc.extra["events"], list)


@settings(max_examples=60, deadline=None)
@given(st.randoms(use_true_random=False))
def test_events_fuzz_shuffled_real_text(seed_path, rnd):
    words = seed_path.read_text(encoding="utf-8").split()
    rnd.shuffle(words)
    cut = rnd.randint(1, len(words))
    doc = coded(" ".join(words[:cut]) + rnd.choice(["", ".", "\n\n", "«", '"']))
    for e in doc.extra["events"]:
        assert doc.text[e["trigger_start"] : e["trigger_end"]] == e["trigger"]


def test_events_without_publication_date():
    doc = coded("دعا وزير الدفاع الأميركي جيمس ماتيس تركيا إلى ضبط النفس الأربعاء.", published=None)
    (e,) = find(doc.extra["events"], "REQUEST")
    assert e["date"] is None and e["date_precision"] is None



# -- the command line ---------------------------------------------------------------------------------------------
def _rasd(*args: str):
    import os
    import subprocess
    import sys

    env = dict(os.environ, COLUMNS="200")  # a wide table, so words are not folded across lines
    return subprocess.run([sys.executable, "-m", "rasd", *args], capture_output=True, text=True, env=env,
                          check=False)


def test_events_extract_json_and_table(seed_path):
    import json

    out = _rasd("extract", str(seed_path), "--date", "2018-02-15", "--format", "json")
    assert out.returncode == 0, out.stderr
    (doc,) = json.loads(out.stdout)["documents"]
    assert any(e["type"] == "AID" and e.get("amount") == "200 مليون دولار" for e in doc["events"])
    assert "_nisbas" not in doc and "_norm" not in doc  # stage-internal data stays internal
    table = _rasd("extract", str(seed_path), "--date", "2018-02-15")
    assert table.returncode == 0 and "REQUEST" in table.stdout and "James Mattis" in table.stdout


def test_events_eval_self_contained_gold(tmp_path, seed_path):
    import json

    gold = {"doc_id": "seed", "published": "2018-02-15", "text": seed_path.read_text(encoding="utf-8"), "events": [
        {"type": "REQUEST", "source": {"country": "USA", "name": "James Mattis"}, "target": {"country": "TUR",
                                                                                              "name": None},
         "required": True, "evidence": "دعا وزير الدفاع الأميركي جيمس ماتيس تركيا"},
        {"type": "SANCTION", "source": {"country": "USA", "name": None}, "target": {"country": "TUR", "name": None},
         "required": True, "evidence": "an event rasd cannot find"},
    ]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    out = _rasd("eval", str(path), "--format", "json")
    assert out.returncode == 0, out.stderr
    scores = json.loads(out.stdout)["scores"]
    assert scores["REQUEST"]["tp"] == 1 and scores["SANCTION"]["fn"] == 1
    assert scores["all"]["recall"] == 0.5
    table = _rasd("eval", str(path))
    assert "precision" in table.stdout and "REQUEST" in table.stdout


def test_events_eval_explains_missing_text(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc_id": "x", "events": []}\n', encoding="utf-8")
    out = _rasd("eval", str(path))
    assert out.returncode == 2 and "--corpus" in out.stderr
    path.write_text("not json\n", encoding="utf-8")
    out = _rasd("eval", str(path))
    assert out.returncode != 0 and "gold.jsonl:1" in out.stderr


@pytest.mark.parametrize("text", [
    "التقى الوزير نظيره الأربعاء في بروكسل، بعد اجتماع 12 فبراير 2018 وأمس والأسبوع الماضي.",
    "قصفت الطائرات المدينة يوم 3 يناير و28 ديسمبر وفي 28 جمادى الأولى 1439 هـ وأول أمس.",
    "لا تاريخ هنا سوى العام الماضي وبالأمس.",
])
def test_events_dates_word_lookup_agrees_with_the_regex_search(text):
    import re

    norm = normalize_str(text)
    spans = [m.span() for m in re.finditer(r"[^\W_]+", norm)]
    words = [norm[a:b] for a, b in spans]
    by_regex = [(d.date, d.precision) for d in find_dates(norm, THURSDAY)]
    by_words = [(d.date, d.precision) for d in find_dates(norm, THURSDAY, spans, words)]
    assert by_words == by_regex and by_regex


def test_events_cli_reports_a_broken_data_file(tmp_path, seed_path):
    import os
    import shutil
    import subprocess
    import sys

    from rasd.events import triggers

    src = triggers.resources.files("rasd.data.events")
    for name in ("triggers.tsv", "cues.tsv", "grammar.tsv"):
        shutil.copy(str(src.joinpath(name)), tmp_path / name)
    with (tmp_path / "triggers.tsv").open("a", encoding="utf-8") as fh:
        fh.write("ASSAULT\t\t19O\tverb\tهاجم/يهاجم\tobj\t\tletter O in the code\n")
    env = dict(os.environ, RASD_EVENT_DATA=str(tmp_path))
    out = subprocess.run([sys.executable, "-m", "rasd", "extract", str(seed_path)], capture_output=True,
                         text=True, env=env, check=False)
    assert out.returncode == 2 and "triggers.tsv:" in out.stderr and "19O" in out.stderr
    assert "Traceback" not in out.stderr


def test_events_pronoun_complementizer_is_the_subject():
    (e,) = find(events_of("وتقول أنقرة إنها تستهدف وحدات حماية الشعب الكردية."), "ASSAULT")
    assert (label(e["source"]), label(e["target"])) == ("Turkey", "People's Protection Units (YPG)")


def test_events_the_agency_reporting_is_not_the_target():
    (e,) = find(events_of("وأمر الملك سلمان الاثنين - بحسب ما نقلته وكالة رويترز - بإعفاء المسؤول."), "REQUEST")
    assert label(e["source"]) == "King Salman bin Abdulaziz" and e["target"] is None


def test_events_interception_is_not_objection():
    assert not find(events_of("اعترضت قوات الدفاع الجوي السعودية صاروخا باليستيا أطلقه الحوثيون."), "REJECT")
    assert find(events_of("واعترضت الكويت على نص البيان الأمريكي."), "REJECT", "Kuwait")


def test_events_protest_before_a_seat_of_power_targets_its_government():
    (e,) = find(events_of("وفي مدينة يزد الإيرانية، تظاهر منتجو الدواجن أمام مقر محافظ المدينة."), "PROTEST")
    assert (label(e["source"]), label(e["target"]), e["target"]["sector"]) == ("IRN", "IRN", "GOV")
    assert e["source"]["sector"] == "CVL" and e["location"]["name"] == "Yazd"


@pytest.mark.parametrize(("text", "told"), [
    ("واندلعت احتجاجات في طهران بعد انهيار الريال.", True),
    ("وأغلق التجار محلاتهم في طهران احتجاجا على انهيار الريال.", True),
    ("واصلت مجموعة من سائقي الشاحنات في طهران الإضراب.", True),  # a light verb that starts with و
    ("وشارك آلاف العمال في احتجاجات جديدة في طهران الأربعاء.", True),  # taking part tells it
    ("وأكد الباحث تأثير إضرابات التجار في طهران على الاقتصاد.", False),
    ("وعادة ما تؤدي الاعتقالات في طهران إلى المزيد من الاحتجاجات.", False),
])
def test_events_a_protest_noun_is_told_or_only_talked_about(text, told):
    assert bool(find(events_of(text), "PROTEST")) is told


def test_events_protests_in_two_cities_stay_two():
    evs = find(events_of("وفي مدينة يزد، تظاهر منتجو الدواجن. وفي مدينة تبريز الإيرانية، تظاهر عمال البلدية."),
               "PROTEST")
    assert sorted(e["location"]["name"] for e in evs) == ["Tabriz", "Yazd"]


def test_events_seed_turkish_attack_is_one_event(seed_events):
    attacks = [e for e in seed_events if e["type"] == "ASSAULT" and (e["source"] or {}).get("country") == "TUR"
               and e["modality"] == "asserted"]
    assert len(attacks) == 1 and len(attacks[0]["mentions"]) == 3  # the operation, and الهجوم التركي twice


def test_events_a_protest_and_its_purpose_are_one_protest():
    text = "وفي الأحواز، تظاهر عمال شركة النفط مطلع الأسبوع أمام مكتب المحافظ، احتجاجا على عدم دفع رواتبهم."
    (e,) = find(events_of(text), "PROTEST")  # احتجاجا says why they protested, not a second protest
    assert label(e["target"]) == "IRN" and e["target"]["sector"] == "GOV" and "target-seat" in e["rule"]


def test_events_unnamed_victims_of_an_attack_are_of_the_place():
    (e,) = find(events_of("وشنت مقاتلات إسرائيلية غارات على أهداف في قطاع غزة."), "ASSAULT")
    assert (e["source"]["country"], label(e["target"])) == ("ISR", "PSE") and "target-of-place" in e["rule"]


def test_events_a_directed_act_without_target_is_partial():
    from rasd.evaluate import asserted
    evs = events_of("ودعا وزير الخارجية الأميركي إلى الهدوء.")
    (e,) = find(evs, "REQUEST", "Rex Tillerson")  # the office holder on the publication date
    assert e["target"] is None and e["partial"] and e["modality"] == "asserted"
    assert e not in asserted(evs)  # kept in the output, not counted as a coded who-did-what-to-whom
    (r,) = find(events_of("وطالبت المنظمة الحكومة المصرية بتوفير الغذاء الكافي."), "REQUEST")
    assert r["source"] is None and label(r["target"]) == "Egypt government" and r["partial"]  # المنظمة asks
    (p,) = find(events_of("واندلعت احتجاجات في طهران بعد انهيار الريال."), "PROTEST")
    assert not p["partial"]  # a protest need not be aimed at anyone
    (d,) = find(events_of("وتنفي تركيا استهداف قواتها للمدنيين."), "REJECT", "Turkey")
    assert d["target"] is None and not d["partial"]  # nor a denial


@pytest.mark.parametrize(("text", "type_", "source"), [
    ("وأطلقت السلطات التركية سراح القس الأميركي.", "RETREAT", "TUR"),  # the subject between verb and سراح
    ("وسيطر الجيش التركي على مدينة عفرين السورية.", "ASSAULT", "TUR"),
    ("وقع الرئيس الأميركي دونالد ترامب على قانون العقوبات.", "AGREE", "Donald Trump"),
    ("ووقع الانفجار على بعد ثلاثة كيلومترات من الحدود.", "AGREE", None),  # no actor before على: 'occurred'
    ("وتسيطر الحكومة الروسية على أغلب وسائل الإعلام.", "ASSAULT", None),  # the present tells a state
    ("أشاد الوزير بالمنجزات التي حققتها الإمارات في مجال حقوق الإنسان.", "ACCUSE", None),  # achieved, not probed
])
def test_events_verb_subject_rest(text, type_, source):
    evs = find(events_of(text), type_)
    if source is None:
        assert not evs
    else:
        assert evs and (label(evs[0]["source"]) == source or evs[0]["source"]["country"] == source)


def test_events_who_manages_to_act_acts():
    (e,) = find(events_of("وتمكنت السلطات الأمنية المغربية من تفكيك خلية إرهابية في مدينة طنجة."), "COERCE")
    assert label(e["source"]) in ("Morocco authorities", "MAR") and "light-verb" in e["rule"]


def test_events_an_apology_is_a_concession():
    evs = events_of("واعتذر الرئيس الفلسطيني محمود عباس عن تصريحاته.")
    assert find(evs, "CONCEDE", "Mahmoud Abbas") and not find(evs, "SUPPORT")


def test_events_a_meeting_held_in_a_relative_clause():
    evs = events_of("وأشاد الرئيس الفرنسي إيمانويل ماكرون بالمحادثات التي أجراها مع نظيره الروسي فلاديمير بوتين.")
    assert find(evs, "CONSULT", "Emmanuel Macron", "Vladimir Putin")
    evs = events_of("وندد المرشد الإيراني علي خامنئي بالضربات التي شنتها الدول الغربية على سوريا.")
    assert not find(evs, "ASSAULT", "Ali Khamenei")  # the clause has its own subject, unnamed
    evs = events_of("وندد المرشد الإيراني علي خامنئي بالهجوم على سوريا.")
    assert find(evs, "ACCUSE", "Ali Khamenei") and not find(evs, "ASSAULT", "Ali Khamenei")  # he condemns it


def test_events_a_nationality_source_is_not_also_the_target():
    (e,) = find(events_of("قتل عدد من المدنيين جراء القصف التركي على عفرين أثناء محاولتهم الفرار."), "ASSAULT", "TUR")
    assert label(e["target"]) == "SYR"  # the Turkish shelling of Afrin: Turkey does not shell itself


def test_events_accusative_nationalities_name_targets():
    assert find(events_of("وطردت بريطانيا 23 دبلوماسيا روسيا."), "SANCTION", "United Kingdom", "RUS")
    (e,) = find(events_of("وقتل 20 فلسطينيا برصاص القوات الإسرائيلية."), "ASSAULT")
    assert (e["source"]["country"], label(e["target"])) == ("ISR", "PSE")


def test_events_title_comma_name_is_the_subject():
    (e,) = find(events_of("دعا رجل الدين الشيعي العراقي، مقتدى الصدر، الخميس، إلى عقد جلسة علنية بالبرلمان."), "REQUEST")
    assert label(e["source"]) == "Muqtada al-Sadr"


@pytest.mark.parametrize(("text", "type_", "expected"), [
    ("حتى لا تكون عرضة للعقوبات الأميركية.", "SANCTION", None),  # the standing sanctions, with لل
    ("وبعد القرار الأميركي بالانسحاب من الاتفاق النووي الإيراني، أعلنت فرنسا المضي في تطبيقه.", "SANCTION",
     ("USA", "IRN")),  # the nationality inside the expression is the agreement's
    ("وشنت تركيا العملية العسكرية التركية في عفرين السورية.", "ASSAULT", ("TUR", "SYR")),  # the act's own nationality
    ("وحذرت الولايات المتحدة من تخفيف الضغط على الكوريين الشماليين.", "ACCUSE", ("USA", "PRK")),  # two-word nisba
])
def test_events_nationalities_in_and_after_the_act(text, type_, expected):
    evs = [e for e in find(events_of(text), type_) if e["modality"] == "asserted" and not e["partial"]]
    if expected is None:
        assert not evs
    else:
        assert [(e["source"]["country"], e["target"]["country"]) for e in evs] == [expected]


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("وشن تنظيم داعش هجوما على مواقع الجيش العراقي.", "ASSAULT", "Islamic State", "Iraq army"),  # a held place
    ("وشن ترامب هجوما جديدا على صحيفة نيويورك تايمز يوم السبت.", "ACCUSE", "Donald Trump", None),  # in words
    ("هدد رئيس الوزراء الإسرائيلي، بنيامين نتانياهو، الخميس، نظام الرئيس السوري بشار الأسد.", "THREATEN",
     "Benjamin Netanyahu", "Bashar al-Assad"),  # a title, a comma, the name
])
def test_events_targets_behind_places_and_titles(text, type_, source, target):
    evs = find(events_of(text), type_, source)
    assert evs, [(e["type"], label(e["source"]), label(e["target"])) for e in events_of(text)]
    if target:
        assert label(evs[0]["target"]) == target


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("وأدانت الأمم المتحدة قصف المستشفى في إدلب.", "ASSAULT", None, None),  # the condemned act has no doer here
    ("بعد رفض أنقرة تسليم القس الأمريكي أندرو برونسون.", "REJECT", "Turkey", None),  # the verbal noun after بعد
    ("قتل فلسطيني وأصيب 6 آخرون في قصف إسرائيلي استهدف مواقع عدة في قطاع غزة.", "ASSAULT", "ISR", "PSE"),
])
def test_events_verbal_nouns_spelled_like_verbs(text, type_, source, target):
    evs = find(events_of(text), type_)
    if source is None:
        assert not [e for e in evs if e["source"]]
    else:
        assert evs and label(evs[0]["source"]) == source
        assert target is None or evs[0]["target"]["country"] == target


def test_events_responding_by_an_act_and_obstructing():
    (e,) = find(events_of("وردت موسكو بطرد دبلوماسيين غربيين."), "SANCTION")
    assert label(e["source"]) == "Russia" and "light-verb" in e["rule"]
    assert find(events_of("وعرقلت الولايات المتحدة مشروع القرار الروسي في مجلس الأمن."), "REJECT", "United States")


def test_events_attempts_and_managed_acts():
    (e,) = find(events_of("حيث حاول المسلحون استهداف قوات الأمن في أحد الأكمنة."), "ASSAULT")
    assert e["modality"] == "intended"  # tried to: not told as done
    (s,) = find(events_of("نجحت قوات المقاومة اليمنية، السبت، في السيطرة على مواقع جديدة في الحديدة."), "ASSAULT")
    assert s["source"]["country"] == "YEM"  # a verb of managing reaches its noun past commas
    (c,) = find(events_of("وألقت الشرطة المصرية القبض على الشاب للاشتباه في تورطه."), "COERCE")
    assert c["source"]["country"] == "EGY"  # a definite agent before the noun is no construct (عمال الإغاثة is)


def test_events_declining_to_comment_and_a_visit_to_come():
    assert not find(events_of("ورفض مسؤولو الفاتيكان التعليق على تصريح الأسقف."), "REJECT")
    (v,) = find(events_of("وستكون زيارة الرئيس التركي إلى موريتانيا الأولى من نوعها."), "CONSULT")
    assert v["modality"] == "future"
    evs = events_of("وقال إن المرصد لديه تقارير توثق الدعم القطري للمنظمات الإرهابية ماليا وإعلاميا.")
    assert not any((e["target"] or {}).get("country") == "MLI" for e in evs)  # ماليا: financially


@pytest.mark.parametrize(("text", "type_", "source", "target"), [  # cases from the review of this session's rules
    ("تظاهر آلاف العمال أمام البرلمان.", "PROTEST", "LAB", None),  # آلاف is no definite subject
    ("هاجمت الثلاثاء القوات الإسرائيلية مخيم جنين.", "ASSAULT", "ISR", None),  # nor is a weekday
    ("إيران اتهمت السعودية بقصف اليمن.", "ACCUSE", "IRN", "SAU"),  # ب after a speech act is the charge
    ("رغم العقوبات روسيا تدعم سوريا بالسلاح.", "SUPPORT", "RUS", "SYR"),  # a standing noun is no act before it
    ("هاجمت إيران (IRN) السعودية.", "ASSAULT", "IRN", "SAU"),  # an acronym in brackets is no dateline
    ("ندد بوتين بالبيت الأبيض.", "ACCUSE", "RUS", "USA"),  # بالبيت الأبيض: the government
    ("شن أبو بكر البغدادي هجوما على القوات العراقية.", "ASSAULT", "IMG", "IRQ"),  # an armed person's attack
])
def test_events_review_cases(text, type_, source, target):
    evs = [e for e in find(events_of(text), type_) if e["modality"] == "asserted"]
    assert evs, [(e["type"], label(e["source"]), label(e["target"])) for e in events_of(text)]
    e = evs[0]
    assert (e["source"] or {}).get("country") == source or (e["source"] or {}).get("sector") == source
    assert target is None or (e["target"] or {}).get("country") == target


def test_events_when_after_in_is_whereas():
    evs = events_of("نفت روسيا الاتهامات، في حين تتهم واشنطن موسكو بالتدخل في الانتخابات.")
    (e,) = find(evs, "ACCUSE", "United States")
    assert e["modality"] == "asserted"


def test_events_a_stray_quote_does_not_flip_later_quotes():
    (e,) = find(events_of('شاشة بحجم 6" فقط. أدانت منظمة "مراسلون بلا حدود" اعتقال الصحفي في مصر.'), "ACCUSE")
    assert label(e["source"]) == "Reporters Without Borders"


def test_events_by_names_the_one_who_shot():
    (e, *_) = find(events_of("بعد مقتل عشرات الفلسطينيين وجرح آلاف غيرهم برصاص الجيش الإسرائيلي على السياج."),
                   "ASSAULT")
    assert (e["source"]["country"], e["target"]["country"]) == ("ISR", "PSE")


def test_events_when_with_the_present_is_still_to_come():
    text = "وأبلغت كوريا الشمالية واشنطن استعدادها للحوار عندما يلتقي كيم جونغ أون بالرئيس الأمريكي دونالد ترامب."
    (e,) = find(events_of(text), "CONSULT", "Kim Jong-un")
    assert e["modality"] == "future"
    (p,) = find(events_of("وقال الوزير إن ذلك حدث عندما التقى كيم جونغ أون بالرئيس الأمريكي دونالد ترامب."), "CONSULT")
    assert p["modality"] == "asserted"


def test_events_unlikely_is_no_report_and_the_post_is_no_target():
    (e,) = find(events_of("وأكد دبلوماسي أنه من المستبعد كثيرا أن توافق روسيا على مشروع القرار الأميركي."), "AGREE")
    assert e["modality"] == "conditional"
    (r,) = find(events_of("أكد السفير الروسي لدى الأمم المتحدة على ضرورة التوصل إلى قرار فعال."), "REQUEST")
    assert r["target"] is None  # لدى الأمم المتحدة: where the ambassador serves, not whom he asks


def test_events_day_month_of_year_with_min():
    (e,) = events_of("وكانت السعودية قد بدأت عملية عسكرية في اليمن في 25 من مارس/آذار من عام 2015.", "2018-06-01")
    assert e["date"] == "2015-03-25" and e["historical"]  # من عام: the year belongs to the date


def test_events_an_intercepted_missile_is_the_launchers_attack():
    evs = events_of("وقال المتحدث إن قوات الدفاع الجوي السعودية اعترضت صاروخا باليستيا أطلقته ميليشيات الحوثي الإيرانية "
                    "باتجاه المملكة.")
    (e,) = find(evs, "ASSAULT")
    assert label(e["source"]) == "Houthis (Ansar Allah)" and (e["target"] or {}).get("country") != "IRN"
    assert not find(events_of("ورصدت قوات الدفاع الجوي السعودية ظهر الأحد صاروخا باليستيا كان متجها للمملكة."),
                    "ASSAULT")  # spotted, launcher unsaid: no attack by the defender


def test_events_suspended_aid_is_a_sanction_and_an_upcoming_summit_is_future():
    (e,) = events_of("في غضون ذلك، علقت الإدارة الأمريكية مساعدات إلى الفلسطينيين بعد مراجعة أجريت.")
    assert (e["type"], e["cameo"], e["target"]["country"]) == ("SANCTION", "162", "PSE")
    (s,) = find(events_of("وأكد البيت الأبيض أن فريقا سيغادر إلى سنغافورة للتحضير للقمة الكورية الشمالية الأمريكية "
                          "المرتقبة."), "CONSULT")
    assert s["modality"] == "future"


def test_events_a_light_verb_of_purpose_plans_the_act():
    (e,) = find(events_of("وأعلن البيت الأبيض أن أميركا تستعد لفرض عقوبات إضافية على إيران."), "SANCTION")
    assert e["modality"] == "intended"


@pytest.mark.parametrize(("text", "type_", "modality", "negated"), [
    ("ويعتقد خبراء أن إسرائيل قد تقصف المنطقة التي يجري فيها نشر الأنظمة.", "ASSAULT", "conditional", False),  # may
    ("ولكن البيت الأبيض رفض توجيه أصابع الاتهام لروسيا.", "ACCUSE", "asserted", True),  # refused to accuse
    ("ورفضت تركيا الطلب الأمريكي.", "REQUEST", "asserted", False),  # the request refused was made
    ("ما يمنح إسرائيل غطاء سياسيا لأي عملية عسكرية تنوي تنفيذها.", "ASSAULT", "intended", False),
])
def test_events_may_refused_and_planned(text, type_, modality, negated):
    (e,) = find(events_of(text), type_)
    assert (e["modality"], e["negated"]) == (modality, negated)


def test_events_riot_police_is_no_riot():
    evs = events_of("ونصب المحتجون حواجز لمنع قوات مكافحة الشغب من المرور.")
    assert all(e["trigger"] != "الشغب" for e in evs)  # الشغب inside the police's name


def test_events_the_shelling_that_killed_is_one_act_on_the_storys_place():
    evs = events_of("وقصفت المدفعية التركية مدينة عفرين السورية. وتشير تقارير إلى أن القصف التركي قتل ما لا يقل عن "
                    "43 شخصا الجمعة.")
    second = [e for e in evs if e["sentence"] == 1 and e["type"] == "ASSAULT"]
    assert len(second) == 1 and second[0]["target"]["country"] == "SYR"  # not also قتل; Syrians, from Afrin
    assert "target-from-story" in second[0]["rule"]


def test_events_a_strike_of_someone_is_theirs():
    (e,) = find(events_of("وقتل ثلاثة وأربعون مسلحا من ميليشيات الحوثي في غارات لمقاتلات التحالف العربي في صعدة."),
                "ASSAULT", "Saudi-led coalition")
    assert "of" in e["rule"].split()
    evs = events_of("وأكد المتحدث باسم الشرطة وقوع الهجوم لفرانس برس.")
    assert not find(evs, "ASSAULT", "Agence France-Presse")  # told to AFP, not done by it


def test_events_a_guess_is_not_a_report():
    (e,) = find(events_of("وكان محللون رجحوا أن يجتمع زعماء كوريا الشمالية والصين قبل تلك القمة."), "CONSULT")
    assert e["modality"] == "conditional"


def test_events_an_opening_quote_does_not_end_the_subject():
    (e,) = find(events_of('أدانت منظمة "مراسلون بلا حدود" من جهتها الأربعاء اعتقال الصحفي.'), "ACCUSE")
    assert label(e["source"]) == "Reporters Without Borders"


def test_events_a_dateline_names_no_actor_and_no_place():
    evs = events_of("دبي، الإمارات العربية المتحدة (CNN)-- دعت منظمة العفو الدولية إلى الإفراج عن الصحفي.")
    (e,) = find(evs, "REQUEST")
    assert label(e["source"]) == "Amnesty International" and e["location"] is None
    evs = events_of("دبي، الإمارات العربية المتحدة (CNN)-- طالب السكان بالإفراج عن الصحفي.")
    assert not any((ev["source"] or {}).get("country") == "ARE" for ev in evs)  # the page is not about the UAE


def test_events_a_sentence_subject_leads_a_participle():
    text = "وجه الوزير الإماراتي أنور قرقاش، الأحد، رسالة إلى لبنان بعد زيارة الوفد، مطالبا لبنان بالحياد."
    (e,) = find(events_of(text), "REQUEST")
    assert label(e["source"]) == "Anwar Gargash" and label(e["target"]) == "Lebanon"


def test_events_an_order_to_detain_is_the_detention():
    evs = events_of("أمرت النيابة العامة في مصر بحبس ضابطين أربعة أيام على ذمة التحقيق.")
    assert not find(evs, "REQUEST")
    (e,) = find(evs, "COERCE", "EGY")
    assert "ordered-by" in e["rule"] or e["rule"].startswith("fixed:بحبس")


def test_events_relative_clause_antecedent_is_the_subject():
    evs = events_of("وقال مسؤول إن الرئيس الفرنسي إيمانويل ماكرون، الذي يزور الجزائر، انتقد إيران.")
    assert find(evs, "ACCUSE", "Emmanuel Macron", "Iran")
    (visit,) = find(evs, "CONSULT")
    assert label(visit["source"]) == "Emmanuel Macron" and visit["background"]


def test_events_definite_noun_or_demonstrative_after_the_verb_is_the_subject():
    """طالب الأكراد دمشق، طالب هؤلاء فرنسا: the actor after the unnamed subject is the object, not the doer; the
    verb's subject of its own also keeps the story's last actor from being carried over."""
    evs = events_of("وأمام الهجوم التركي، طالب الأكراد دمشق بالتدخل. وطالب هؤلاء فرنسا بمغادرة سوريا.", "2018-03-01")
    reqs = find(evs, "REQUEST")
    assert [label(e["target"]) for e in reqs] == ["Syria", "France"]
    assert all(e["source"] is None for e in reqs)
    # a title before the name is no such subject: استقبل العاهل السعودي الملك سلمان … الرئيس المصري
    evs = events_of("استقبل العاهل السعودي الملك سلمان بن عبدالعزيز، الثلاثاء، الرئيس المصري عبدالفتاح السيسي.",
                    "2018-03-06")
    assert find(evs, "CONSULT", "King Salman bin Abdulaziz", "Abdel Fattah el-Sisi")


def test_events_the_object_comes_after_the_subjects_description():
    evs = events_of("حذرت سارة ساندرز، المتحدثة باسم البيت الأبيض، إيران من مغبة مهاجمة القنصلية الأمريكية في "
                    "البصرة.", "2018-09-12")
    (e,) = [e for e in evs if e["type"] in ("THREATEN", "ACCUSE")]
    assert label(e["target"]) == "Iran"


def test_events_held_responsible_and_charged_are_accusations():
    evs = events_of("حملت الجامعة العربية إسرائيل مسؤولية قتل المسعفة الفلسطينية رزان النجار. ودعا الاتحاد "
                    "الأوروبي موسكو إلى تحمل مسؤولية إسقاط الطائرة. ووجهت السلطات الفرنسية التهمة رسميا إلى "
                    "الرئيس الفرنسي السابق نيكولا ساركوزي.", "2018-06-03")
    assert find(evs, "ACCUSE", "Arab League", "Israel")
    assert not find(evs, "ACCUSE", "Russia") and not find(evs, "ACCUSE", "European Union", "Russia")
    assert find(evs, "ACCUSE", "France authorities", "Nicolas Sarkozy")


def test_events_a_bare_denial_answers_the_stories_accusation():
    evs = events_of("واتهمت بريطانيا روسيا بتسميم الجاسوس السابق سيرغي سكريبال. وتنفي روسيا ذلك بشكل قاطع.",
                    "2018-04-01")
    (e,) = find(evs, "REJECT", "Russia")
    assert label(e["target"]) == "United Kingdom" and "denies-accuser" in e["rule"]


def test_events_reinforcements_brought_in_are_a_mobilization():
    evs = events_of("واستقدم جيش النظام السوري تعزيزات عسكرية إلى البوكمال. وكان الجيش اليمني قد دفع بتعزيزات "
                    "عسكرية كبيرة إلى الحديدة.", "2018-06-09")
    assert {label(e["source"]) for e in find(evs, "MOBILIZE")} == {"Syria army", "Yemen army"}


def test_events_a_declared_act_is_done_by_the_one_declaring_it():
    """أعلن المجلس الرئاسي حالة الطوارئ: the council imposes it; أعلن المرصد مقتل 5 is no killing by the observatory."""
    evs = events_of("أعلن المجلس الرئاسي لحكومة الوفاق الوطني الليبية، الأحد، حالة الطوارئ في العاصمة طرابلس. "
                    "وأعلن المرصد السوري لحقوق الإنسان مقتل 5 مدنيين.", "2018-09-02")
    assert find(evs, "COERCE", "Presidential Council (Libya)")
    assert not [e for e in find(evs, "ASSAULT") if e["source"] is not None]


def test_events_an_official_with_a_describing_word_keeps_the_nationality():
    evs = events_of("طالب مسؤول عسكري أميركي سابق قطر بتعديل سياستها الخارجية.", "2018-04-09")
    (e,) = find(evs, "REQUEST")
    assert e["source"]["country"] == "USA" and label(e["target"]) == "Qatar"


def test_events_an_unvowelled_passive_of_harm_names_no_doer():
    """وقتل تسعة صحفيين: the victims follow the verb (a count, فيها، على يد); the doer only after برصاص or على أيدي;
    a printed damma (قُتل) marks the passive too; اقتحم مئات المستوطنين stays active."""
    evs = events_of("قُتل أربعة عناصر أمن سعوديين الخميس. وقد قتل نحو 123 فلسطينيا على أيدي القوات الإسرائيلية. "
                    "اقتحم مئات المستوطنين الإسرائيليين ساحات المسجد الأقصى. وأنها اعتقلت 16 من أعضاء الحزب.",
                    "2018-04-01")
    saudi = [e for e in find(evs, "ASSAULT") if e["target"] and e["target"]["country"] == "SAU"]
    assert saudi and all(e["source"] is None and "passive" in e["rule"] for e in saudi)
    assert [e for e in find(evs, "ASSAULT", "Israel forces") if e["target"]["country"] == "PSE"]
    assert find(evs, "COERCE", "Israel settlers")


def test_events_an_outlets_nationality_is_no_target_and_a_topic_is_no_act():
    evs = events_of('حذر رئيس الوزراء المجري فيكتور أوربان الجمعة في مقابلة مع صحيفة "بيلد" الألمانية أنه "لا يريد '
                    'اتحادا أوروبيا". وسيجتمع مدير المخابرات التركي مع مسؤول عراقي لبحث العملية العسكرية العراقية في '
                    'منطقة سنجار.', "2018-06-01")
    assert not [e for e in evs if e["target"] and e["target"]["country"] == "DEU"]
    assert not find(evs, "ASSAULT")


def test_events_troops_deployed_abroad_target_the_country_and_gatherings_protest():
    evs = events_of("أفادت وسائل إعلام تركية، الأربعاء، بموافقة البرلمان التركي على تمديد نشر قوات تركية في سوريا "
                    "والعراق لعام آخر. وفي ذات المدينة، تجمع عمال حدائق البلدية في الأحواز للاحتجاج على الأجور "
                    "المتأخرة.", "2018-10-04")
    assert {e["target"]["country"] for e in find(evs, "MOBILIZE", "Turkey forces")} == {"SYR", "IRQ"}
    assert [e for e in find(evs, "PROTEST") if e["source"] and e["source"]["country"] == "IRN"]


def test_events_ready_to_cooperate_is_a_stance_even_in_short_quotes():
    evs = events_of('أعلن الرئيس الروسي فلاديمير بوتين مساء الأحد مؤكدا أن بلاده "مستعدة للتعاون" مع لندن في قضية '
                    'الجاسوس. وقال بيسكوف إن روسيا ما زالت مستعدة للتعاون مع التحقيق البريطاني.', "2018-03-18")
    assert find(evs, "AGREE", "Vladimir Putin", "United Kingdom")


def test_events_a_description_accuses_or_praises_by_its_words():
    """وصف X Y بـ…: an accusation with a negative word, praise with a positive one, nothing without a listed word
    (evaluations.tsv); a name starting with ب (باسيل) is no بـ."""
    evs = events_of('ووصفت الخارجية الروسية خطوات بريطانيا بـ"الاستفزازية وغير المبررة". ووصف ترامب الرئيس الكوري '
                    'الشمالي كيم جونغ أون بأنه "رجل شريف". ووصفت المتحدثة ما حدث بأنه معقد.', "2018-06-12")
    assert find(evs, "ACCUSE", "Russia foreign ministry", "United Kingdom")
    assert find(evs, "SUPPORT", "Donald Trump", "Kim Jong-un")
    assert len([e for e in evs if e["trigger"].endswith(("وصف", "وصفت"))]) == 2


def test_events_a_call_about_another_country_targets_it():
    evs = events_of('طالبت إيران بالإفراج عن دبلوماسي إيراني محتجز في فرنسا. وحث الأمين العام للأمم المتحدة أنطونيو '
                    'غوتيريش، السبت، "جميع الأطراف على وقف الأعمال العدائية فورا" في ليبيا.', "2018-09-02")
    assert find(evs, "REQUEST", "Iran", "France")
    assert find(evs, "REQUEST", "António Guterres", "Libya")


def test_events_no_carried_doer_when_the_verb_has_a_subject_of_its_own():
    """ورحب وزير الاقتصاد الفرنسي برونو لومير: a noun in construct after the verb is its subject, so the last
    sentence's actor is not carried over; زار مؤخرا الهند still carries it."""
    evs = events_of("وأعلنت الإمارات دعمها للقرار. ورحب وزير الاقتصاد الفرنسي برونو لومير بقرار المحكمة.", "2018-06-01")
    assert not [e for e in find(evs, "SUPPORT") if e["source"] and e["source"]["country"] == "ARE"
                and "carried" in e["rule"]]
    evs = events_of("قال الرئيس الفرنسي إيمانويل ماكرون إن الزيارة مهمة. كما زار مؤخرا الهند.", "2018-05-02")
    assert find(evs, "CONSULT", "Emmanuel Macron", "India")


def test_events_thanks_and_appreciation_are_support():
    evs = events_of("شكر أمير قطر الشيخ تميم بن حمد آل ثاني الخميس إيران على موقفها. وأعرب الملك عبد الله الثاني "
                    "عن تقديره للسعودية والدول المشاركة في الاجتماع. وقال إنه يحب العمل هنا مع الأصدقاء.",
                    "2018-06-25")
    assert find(evs, "SUPPORT", "Tamim bin Hamad Al Thani", "Iran")
    assert find(evs, "SUPPORT", "King Abdullah II", "Saudi Arabia")
    assert len(find(evs, "SUPPORT")) == 2  # هنا (here) is no congratulation (هنأ folds to it)


def test_events_a_purpose_is_no_act_and_confronting_an_attack_makes_the_target():
    evs = events_of("وقعت الإمارات والسعودية مذكرة تفاهم للتعاون العسكري. وقالت الدفاع الروسية إن الدفاعات الجوية "
                    "السورية تصدت للهجوم الغربي. وتعرضت الناشطة نادية مراد للتعذيب على أيدي مقاتلي تنظيم الدولة.",
                    "2018-04-14")
    assert not find(evs, "COOPERATE")
    assert [e for e in find(evs, "ASSAULT") if e["source"] is None and label(e["target"]) == "Syria air defense"]


def test_events_the_speaker_blames_the_one_held_responsible():
    evs = events_of("وتقول لندن إن موسكو مسؤولة عن تسميم سكريبال. وقال الوزير إن الشركة مسؤولة عن الملف.",
                    "2018-04-01")
    (e,) = find(evs, "ACCUSE")
    assert (label(e["source"]), label(e["target"])) == ("United Kingdom", "Russia") and "blames" in e["rule"]


def test_events_opening_a_crossing_gives_access_to_the_other_side():
    evs = events_of("وقرر الرئيس المصري عبد الفتاح السيسي فتح معبر رفح طوال شهر رمضان. وفي التاسع من تموز/يوليو "
                    "أعلنت إسرائيل إغلاق معبر كرم أبو سالم.", "2018-07-18")
    (e,) = find(evs, "RETREAT")
    assert (label(e["source"]), e["target"]["country"], e["mode"]) == ("Abdel Fattah el-Sisi", "PSE", "access")
    assert find(evs, "COERCE", "Israel")


def test_events_a_verb_describing_an_attack_noun_is_that_attack():
    """هجوما صاروخيا استهدف مواقع: the verb tells what the attack hit (one act, the noun's doer); a light verb
    reaches past a time between commas (شن، مساء الأربعاء، هجوما)."""
    evs = events_of("وكان المرصد السوري قد قال إن الجيش الإسرائيلي شن، مساء الأربعاء، هجوما صاروخيا استهدف مواقع "
                    "قوات النظام السوري. وطردت عدة بلدان دبلوماسيين روسا ردا على هجوم في الرابع من مارس استهدف "
                    "الجاسوس السابق سيرغي سكريبال.", "2018-05-10")
    (e,) = [e for e in find(evs, "ASSAULT") if e["source"] and e["source"]["country"] == "ISR"]
    assert e["target"]["country"] == "SYR"
    assert not [e for e in find(evs, "ASSAULT") if e["source"] and e["source"]["country"] in ("SYR", "GBR")]


def test_events_a_verb_describing_an_attack_noun_past_named_actors_or_a_comma_has_no_doer_of_its_own():
    """The nearest indefinite attack noun before the verb, with nothing named between, is what struck: earlier names
    in the sentence (بريطانيا) and a comma between do not make the object the attacker."""
    evs = events_of("وطردت عدة بلدان أكثر من 100 دبلوماسي روسي، منهم 23 دبلوماسيا من بريطانيا نفسها ردا على هجوم في "
                    "الرابع من مارس الجاري استهدف الجاسوس السابق سيرغي سكريبال وابنته يوليا في مدينة سالزبري. وتسعى "
                    "القاهرة للإيقاع به للاشتباه في ضلوعه في هجمات إرهابية كبيرة، استهدفت قوات الأمن في السنوات "
                    "القليلة الماضية.", "2018-04-01")
    assert not [e for e in find(evs, "ASSAULT") if e["source"] and (
        "Skripal" in (e["source"]["name"] or "") or e["source"]["country"] == "EGY")]
    assert [e for e in find(evs, "ASSAULT") if e["target"] and "Skripal" in (e["target"]["name"] or "")]


def test_events_who_foils_or_repels_an_attack_is_its_target():
    """أحبط، أفشل، صد: the subject was attacked; the doer is the one after ل, or the attack's nationality."""
    evs = events_of("أحبطت قوات الجيش المصري هجوما على إحدى النقاط الأمنية في مدينة الشيخ زويد. وصدت القوات العراقية "
                    "هجوما لتنظيم داعش على قرية في كركوك. ودخل الجيش النظامي إلى عفرين للمساعدة في صد الهجوم التركي.",
                    "2018-05-04")
    assert not [e for e in find(evs, "ASSAULT") if e["source"] and e["source"]["country"] in ("EGY", "IRQ")]
    assert find(evs, "ASSAULT", "Islamic State", "Iraq forces")
    assert [e for e in find(evs, "ASSAULT") if e["source"] and e["source"]["country"] == "TUR"]


def test_events_a_light_verb_with_bi_and_a_pronoun_has_its_own_subject_after_it():
    """اعتداءات جنسية، قام بها رجال دين: the clergy did it, not the court that opened the investigation; الهجمات التي
    قام بها مسلحون من طالبان: the Taliban."""
    evs = events_of("فتح القضاء الفيدرالي الأميركي للمرة الأولى تحقيقا في اعتداءات جنسية، قام بها رجال دين كاثوليك. "
                    "وأدانت الحكومة الأفغانية الهجمات التي قام بها مسلحون من طالبان.", "2018-08-10")
    assert not [e for e in find(evs, "ASSAULT") if e["source"] and e["source"]["sector"] == "JUD"]
    assert find(evs, "ASSAULT", "Taliban")


def test_events_prevented_acts_and_panic_are_no_attacks():
    evs = events_of("كشفت الصحيفة أن ماتيس منع الضربات خشية التصعيد مع روسيا. وقالت وكالة دوغان إن الهجوم أثار الذعر في "
                    "الجامعة، وأصاب الطلاب والأساتذة والعاملين بحالة من الذعر.", "2018-04-12")
    assert not [e for e in find(evs, "ASSAULT") if e["modality"] == "asserted" and not e["negated"]
                and e["source"] and e["source"]["name"] == "James Mattis"]
    assert not [e for e in find(evs, "ASSAULT") if e["trigger"] == "وأصاب"]


def test_events_perpetrators_and_an_unnamed_pronoun_subject_are_no_doer_from_elsewhere():
    """منفذي الهجوم: the perpetrators, not the ministry linking them; إنها هاجمت الجنود: she (unnamed here) attacked the
    soldiers, who are the object, never the subject."""
    evs = events_of("وربطت وزارة العدل الأمريكية منفذي الهجوم الإلكتروني بالحكومة الإيرانية. وقالت الفتاة إنها هاجمت "
                    "الجنود الإسرائيليين بعد أن شاهدت مقطع فيديو.", "2018-03-24")
    assert not [e for e in find(evs, "ASSAULT") if e["source"] and e["source"]["country"] in ("USA", "ISR")]


def test_events_a_verb_of_expressing_gives_its_subject_to_the_stance_noun_right_after_it_only():
    """أعرب/أبدى: the stance noun right after the verb, its subject or its عن is the subject's (displeasure,
    disappointment, solidarity); an act further on (أعرب عن قلقه إزاء … الهجمات) is not his."""
    evs = events_of("وأبدى القائم بالأعمال الأميركي في تركيا شعوره بخيبة الأمل من قرار المحكمة التركية. وأعرب وزير "
                    "الخارجية التركي مولود جاويش أوغلو عن تضامن بلاده مع إيران. وأعربت الخارجية الفرنسية عن قلقها "
                    "الشديد إزاء احتمال استخدام أسلحة كيماوية في هجمات النظام بغوطة دمشق.", "2018-08-10")
    assert [e for e in find(evs, "ACCUSE") if e["source"] and e["source"]["country"] == "USA"
            and e["target"] and e["target"]["country"] == "TUR"]
    assert find(evs, "SUPPORT", "Mevlut Cavusoglu", "Iran")
    assert not [e for e in find(evs, "ASSAULT") if e["source"] and e["source"]["country"] == "FRA"]


def test_events_a_call_or_contact_noun_with_its_other_party():
    evs = events_of("ووفق البيان فإن العاهل السعودي الملك سلمان بن عبدالعزيز أجرى اتصالات مع نظيره الأردني الملك عبد "
                    "الله الثاني.", "2018-06-10")
    assert find(evs, "CONSULT", "King Salman bin Abdulaziz", "King Abdullah II")


def test_events_a_coordinated_verb_without_a_subject_takes_the_clause_before():
    """التقى ترامب ماكرون في باريس، ودعا إلى …: Trump calls; وتعد إيران حليفا للأسد، وقدمت مساعدات: Iran gives aid
    (قدم a light verb; the bare تقدم, the noun "advance", is none)."""
    evs = events_of("التقى الرئيس الأمريكي دونالد ترامب نظيره الفرنسي إيمانويل ماكرون في باريس، ودعا إلى وقف إطلاق "
                    "النار في سوريا. وتعد إيران حليفا رئيسيا لرئيس النظام السوري بشار الأسد، وقدمت مساعدات عسكرية "
                    "حاسمة لقواته. وأوضحت صور عبر الأقمار الصناعية اعتزام كوريا الشمالية تقديم عرض عسكري آخر.",
                    "2018-06-10")
    assert find(evs, "REQUEST", "Donald Trump")
    assert find(evs, "AID", "Iran")
    assert all(e["modality"] == "intended" for e in find(evs, "MOBILIZE"))


def test_events_a_protest_of_purpose_is_the_sentence_subjects_and_a_planned_strike_is_intended():
    evs = events_of("واستدعت الخارجية الإيرانية، الأحد، المبعوث الإماراتي للاحتجاج على ما قالت إنها بيانات منحازة. "
                    "وقال مسؤولون فلسطينيون إن محمود عباس يعد لتوجيه ضربة ديبلوماسية موجعة لإسرائيل.", "2018-04-04")
    (p,) = find(evs, "PROTEST")
    assert p["source"]["country"] == "IRN" and p["source"]["sector"] == "GOV"
    assert all(e["modality"] == "intended" for e in find(evs, "ASSAULT"))


def test_events_a_name_in_apposition_between_commas_is_the_subject_of_the_verb_after_it():
    evs = events_of("وقالت وكالة رويترز للأنباء إن وزيرة الدفاع الألمانية، أورسولا فون دير ليين، رفضت اتهامات ترامب "
                    "بالسيطرة الروسية على بلاده. (CNN)-- دعا الرئيس المصري عبدالفتاح السيسي ولي العهد السعودي.",
                    "2018-07-12")
    assert find(evs, "REJECT", "Ursula von der Leyen")
    assert not find(evs, "REJECT", "Donald Trump")
    assert find(evs, "REQUEST", "Abdel Fattah el-Sisi")


def test_events_a_state_after_a_masculine_verb_is_its_object_not_its_subject():
    """States' names are feminine: وهاجم موسكو is someone attacking Moscow (هاجمت موسكو would be Moscow attacking);
    masculine states (أعلن العراق) and verbs spelled like their verbal noun (دعم مصر: Egypt's support) keep it."""
    evs = events_of("وكان ترامب قد حذر روسيا من إجراء عسكري وشيك في سوريا، وهاجم موسكو بسبب دعمها للأسد. وهاجمت روسيا "
                    "الولايات المتحدة. وأكد البيان دعم مصر الكامل للحقوق المشروعة للشعب الفلسطيني.", "2018-04-11")
    assert not [e for e in evs if e["source"] and e["source"]["country"] == "RUS" and e["trigger"] == "وهاجم"]
    assert [e for e in evs if e["source"] and e["source"]["country"] == "RUS" and e["trigger"] == "وهاجمت"]
    assert find(evs, "SUPPORT", "Egypt")


def test_events_a_person_after_a_bare_verb_of_harm_with_no_object_is_its_patient():
    evs = events_of("واعتقل أفريدي بعد أيام من العملية الأميركية. ويحتجز برونسون منذ نحو عامين في تركيا.", "2018-04-28")
    assert not [e for e in evs if e["source"] and e["source"]["name"] == "Andrew Brunson"]
    assert [e for e in evs if e["target"] and e["target"]["name"] == "Andrew Brunson" and e["source"] is None]


def test_events_claiming_responsibility_names_the_doer_and_denying_it_negates():
    evs = events_of("وأعلنت حركة الشباب الإسلامية المتشددة مسؤوليتها عن الهجوم. ونفت موسكو مسؤوليتها عن هجوم الرابع من "
                    "آذار على سكريبال.", "2018-04-01")
    assert find(evs, "ASSAULT", "al-Shabaab")
    assert all(e["negated"] for e in find(evs, "ASSAULT") if e["source"] and e["source"]["country"] == "RUS")


def test_events_a_release_with_a_time_word_after_its_subject_and_views_shared_are_no_agreement():
    evs = events_of("أطلقت السلطات الألمانية الجمعة سراح بيغديمونت بعد أيام من توقيفه. وقال بوتين "
                    "إنه يتفق مع تقييم ترمب لمخاطر حدوث سباق نووي جديد.", "2018-04-06")
    assert find(evs, "RETREAT", "Germany authorities", "Carles Puigdemont")
    assert not find(evs, "AGREE")


def test_events_unnamed_people_struck_take_the_nationality_counted_among_the_dead():
    evs = events_of("وأدى إطلاق النار من قبل الجيش الإسرائيلي على المتظاهرين إلى مقتل 62 فلسطينيا وإصابة نحو 3 آلاف "
                    "آخرين.", "2018-05-18")
    (e,) = find(evs, "ASSAULT")
    assert e["source"]["country"] == "ISR" and e["target"]["country"] == "PSE"


def test_events_idioms_that_are_no_acts_anonymity_conviction_threatened_sanctions_banned_protests():
    evs = events_of("وقال مصدر استخباراتي لبناني طلب عدم ذكر اسمه إن الإيرانيين يحاولون تهريب أسلحة. وأدان القضاء "
                    "البلجيكي الاثنين صلاح عبد السلام بالسجن 20 عاما. في وقت يهدد الرئيس الأمريكي بفرض عقوبات على "
                    "إيران. إلا أن السلطات هناك تحظر التظاهرات.", "2018-06-01")
    assert not find(evs, "REQUEST") and not find(evs, "ACCUSE")
    assert all(e["modality"] != "asserted" for e in find(evs, "SANCTION") if e["source"]
               and e["source"]["country"] == "USA")
    assert all(e["negated"] for e in find(evs, "PROTEST"))


def test_events_a_definite_act_noun_takes_no_genitive_doer():
    """الغارة منظمة اليونيسيف: a definite noun is no construct; the name after it is the verb's subject (VOS), not the
    raid's doer — but an agreeing nationality (العمليات العسكرية السعودية) still is."""
    evs = events_of("وأدانت الغارة منظمة الأمم المتحدة للطفولة. وتبنت الهجوم جماعة نصرة الإسلام والمسلمين. وقررت ألمانيا "
                    "وقف توريد الأسلحة بسبب العمليات العسكرية السعودية في اليمن.", "2018-08-10")
    assert not [e for e in find(evs, "ASSAULT") if e["source"] and e["source"]["name"] == "UNICEF"]
    assert [e for e in find(evs, "ACCUSE") if e["source"] and e["source"]["name"] == "UNICEF"]
    assert find(evs, "ASSAULT", "Jama'at Nasr al-Islam wal-Muslimin")
    assert find(evs, "ASSAULT", "Saudi Arabia")


def test_events_pretending_possibility_quoted_speakers_and_visited_capitals():
    evs = events_of("وأضاف الممثل إنه تظاهر بأنه السيناتور. ونقلت رويترز عن مكتب ماكرون إنه أشاد بدور قوات سوريا "
                    "الديمقراطية. وقال ردا على سؤال عن إمكانية انسحاب طهران من المعاهدة إن هذا خيار. وبعد زيارة بكين، "
                    "التقى ماتيس نظيره الكوري الجنوبي. وتظاهر بين أربعة آلاف وخمسة آلاف شخص في وارسو.", "2018-06-01")
    assert len(find(evs, "PROTEST")) == 1
    assert find(evs, "SUPPORT", "Emmanuel Macron", "Syrian Democratic Forces")
    assert all(e["modality"] != "asserted" for e in find(evs, "RETREAT"))
    assert not find(evs, "CONSULT", "China")


def test_events_his_counterpart_after_a_verb_is_its_object():
    evs = events_of("قام نتانياهو بأول زيارة إلى بودابست منذ 1989 وشكر نظيره أوربان على موقفه.", "2018-07-19")
    assert not [e for e in evs if e["source"] and e["source"]["name"] == "Viktor Orbán"]


def test_events_a_light_verb_with_its_own_unnamed_subject_borrows_no_doer():
    evs = events_of("لكن روسيا تحولت شرقا صوب الصين بعدما فرض الغرب عقوبات على موسكو بعد ضمها القرم. وأكد أن كيم جونغ أون "
                    "جدد التزامه بالتخلي عن أسلحته النووية.", "2018-06-10")
    assert not [e for e in find(evs, "SANCTION") if e["source"] and e["source"]["country"] == "CHN"]
    assert find(evs, "CONCEDE", "Kim Jong-un")


def test_events_a_meeting_during_which_one_spoke_and_a_time_clause_without_a_subject():
    evs = events_of("وأدلى كيم جونغ أون بهذه التصريحات خلال اجتماع مع وزير الخارجية الروسي، سيرغي لافروف. ودافعت إسرائيل "
                    "عن سلوك جنودها عندما أطلقوا النار على فلسطينيين.", "2018-06-01")
    assert find(evs, "CONSULT", "Kim Jong-un", "Sergey Lavrov")
    assert [e for e in find(evs, "ASSAULT") if e["source"] and e["source"]["country"] == "ISR"]


def test_events_firing_bullets_with_the_subject_between():
    evs = events_of("وأطلق جنود إسرائيليون الرصاص على شاب فلسطيني يوم الجمعة.", "2018-05-14")
    assert [e for e in find(evs, "ASSAULT") if e["source"] and e["source"]["country"] == "ISR"]


def test_events_an_indefinite_title_between_commas_after_the_subject_is_skipped():
    evs = events_of("وطالب جان كوبيش، ممثل الأمم المتحدة في العراق، في بيان السلطات العراقية بتجنب استخدام القوة.",
                    "2018-07-15")
    assert not [e for e in find(evs, "REQUEST") if e["target"] and e["target"]["country"] == "UNO"]


def test_events_a_vow_of_retaliation_is_a_threat():
    evs = events_of("وتعهد عبد الملك الحوثي، زعيم أنصار الله، بالانتقام لمقتل الصماد. وتعهد بيسكوف بالرد على التحرك "
                    "البريطاني.", "2018-04-25")
    assert not find(evs, "AGREE")
    assert len(find(evs, "THREATEN")) == 2


def test_events_the_genitive_of_an_accusation_before_the_charge_is_the_accused():
    evs = events_of("مؤكدا أن اتهام موسكو بتسميمه على الأراضي البريطانية هو مجرد هراء. وتصاعدت اتهامات ترامب لإيران "
                    "بدعم الإرهاب.", "2018-03-18")
    assert not find(evs, "ACCUSE", "Russia")
    assert find(evs, "ACCUSE", "Donald Trump", "Iran")


def test_events_charges_target_the_place_and_the_head_of_a_body_speaks_for_it():
    evs = events_of("تحقق الشرطة في فرنسا في خطط لمهاجمة مساجد. وجهت السلطات الفرنسية التهمة رسميا مساء الأربعاء إلى "
                    "عشرة أشخاص على صلة باليمين المتطرف. "
                    "من ناحيتها استنكرت مديرة منظمة اليونيسكو، إيرينا بوكوفا، في بيان العبث بالمواقع الأثرية.",
                    "2018-06-28")
    assert [e for e in find(evs, "ACCUSE", "France authorities") if e["target"]["country"] == "FRA"]
    (e,) = [e for e in find(evs, "ACCUSE") if "استنكرت" in e["trigger"]]
    assert label(e["source"]) == "Irina Bokova" and e["target"] is None


def test_events_the_owner_of_a_governed_noun_is_the_target_not_the_subject():
    """أشاد الملك بجهود الولايات المتحدة: the US is praised (the ب noun's owner), not the one praising; إن inside a
    name (مون جيه إن) opens no clause; مع زعيم كوريا الشمالية كيم جونغ أون: the leader, not the country."""
    evs = events_of("وأشاد الملك بجهود الولايات المتحدة الأميركية ودورها المحوري. أعلنت كوريا الجنوبية أن رئيسها مون "
                    "جيه إن اجتمع مع زعيم كوريا الشمالية كيم جونغ أون، السبت.", "2018-05-26")
    (s,) = find(evs, "SUPPORT")
    assert s["source"] is None and label(s["target"]) == "United States"
    assert find(evs, "CONSULT", "Moon Jae-in", "Kim Jong-un")


def test_events_arrivals_visits_calls_received_and_cancellations():
    evs = events_of("ووصل وزير الخارجية الإيراني محمد جواد ظريف إلى موسكو في زيارة رسمية. وتلقى ولي العهد السعودي "
                    "الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب. وقد ألغى ترامب زيارة لوزير "
                    "خارجيته إلى بيونغ يانغ.", "2018-07-16")
    assert [e for e in find(evs, "CONSULT", "Mohammad Javad Zarif") if e["target"]["country"] == "RUS"]
    assert find(evs, "CONSULT", "Mohammed bin Salman", "Donald Trump")
    (c,) = [e for e in find(evs, "CONSULT", "Donald Trump") if e["target"]["country"] == "PRK"]
    assert c["negated"]


def test_events_hosting_refugees_rallying_efforts_and_aiming_to_help_are_no_acts():
    evs = events_of("ويستضيف الأردن نحو 650 ألف لاجئ سوري. وتحشد واشنطن الآن الجهود من أجل الضغط على إيران. وقدمت "
                    "الإمارات مساعدات لليمن استهدفت مساعدة ما يزيد عن 13 مليون يمني. هاجم البرلماني المصري مصطفى "
                    "بكري الرئيس التونسي السابق، منصف المرزوقي، الأربعاء.", "2018-05-16")
    assert not find(evs, "CONSULT") and not find(evs, "MOBILIZE")
    assert not [e for e in find(evs, "ASSAULT") if "استهدف" in e["trigger"]]
    (a,) = find(evs, "ACCUSE")  # a lawmaker's verbal attack
    assert a["source"]["text"] == "مصطفى بكري" and label(a["target"]) == "Moncef Marzouki"


def test_events_the_regimes_forces_are_of_the_pages_country():
    evs = events_of("تشهد سوريا معارك عنيفة. وقصفت قوات النظام مدينة دوما في سوريا.", "2018-04-07")
    (e,) = find(evs, "ASSAULT")  # the country that sees the fighting is not a party to it
    assert e["trigger"] == "وقصفت" and e["source"]["country"] == "SYR"


def test_events_renewed_acts_and_an_aide_is_no_aid():
    evs = events_of("وجددت السعودية دعوتها إلى وقف إطلاق النار في اليمن. ويتضمن الوفد الرئاسي جاريد كوشنر ومساعده "
                    "لشؤون المفاوضات الدولية.", "2018-05-14")
    assert find(evs, "REQUEST", "Saudi Arabia")
    assert not find(evs, "AID")  # مساعده: his aide (مساعد + ه), printed without ة


def test_events_the_speaker_rejects_what_is_called_unacceptable():
    evs = events_of("اعتبر وزير الخارجية الروسي سيرغي لافروف، أن تهديد الولايات المتحدة بضرب العاصمة السورية دمشق "
                    '"غير مقبول".', "2018-04-12")
    assert find(evs, "REJECT", "Sergey Lavrov", "United States")


def test_events_people_killed_in_clashes_with_a_party_were_killed_by_it():
    evs = events_of("قتل 38 من ميليشيات الحوثي في مواجهات مع القوات اليمنية المشتركة في مديرية الدريهمي.", "2018-06-20")
    (e,) = find(evs, "ASSAULT")
    assert label(e["source"]) == "Joint Resistance Forces (Yemen)" and e["target"]["name"].startswith("Houthis")
    evs = events_of("قتل 38 من ميليشيات الحوثي في مديرية الدريهمي.", "2018-06-20")
    (e,) = find(evs, "ASSAULT")
    assert e["source"] is None  # no clash named: the passive says no doer


def test_events_the_owner_of_the_thing_struck_is_the_target():
    evs = events_of("دمرت مقاتلات التحالف العربي، الخميس، تعزيزات عسكرية لميليشيات الحوثي في منطقة مناخة بصنعاء.",
                    "2018-05-31")
    (e,) = find(evs, "ASSAULT")
    assert label(e["source"]) == "Saudi-led coalition" and e["target"]["name"].startswith("Houthis")
    evs = events_of("واعتقل الجيش الإسرائيلي سيغيف أثناء زيارة لغينيا الاستوائية في مايو.", "2018-06-18")
    assert not find(evs, "COERCE", target="Equatorial Guinea")  # a visit during which, not a thing owned


def test_events_a_verbal_noun_with_its_owner_is_an_act_only_when_declared():
    evs = events_of("أعلن الجيش الليبي سيطرته على عدة مواقع في درنة بعد اشتباكات مع التنظيمات الإرهابية.", "2018-06-05")
    assert find(evs, "ASSAULT", "Libya army") or find(evs, "ASSAULT", "LBY")
    evs = events_of("وجاء نشر المقال وسط أسئلة حول مدى سيطرة الرئيس الأمريكي دونالد ترامب على إدارته، وأكد يوفنتوس "
                    "سيطرته على كرة القدم الإيطالية.", "2018-09-06")
    assert not find(evs, "ASSAULT")  # control as a state, and a club's dominance


def test_events_the_speaker_accuses_the_one_said_to_be_involved():
    evs = events_of("وقال وزير الخارجية البريطاني بوريس جونسون إن روسيا متورطة في تسميم الجاسوس السابق.", "2018-03-15")
    assert find(evs, "ACCUSE", "Boris Johnson", "Russia")
    assert not find(events_of("وقال جونسون إن الشركة متورطة في مشروع البناء.", "2018-03-15"), "ACCUSE")


def test_events_a_fight_between_two_sides():
    evs = events_of("قال المرصد السوري لحقوق الإنسان، السبت، إن اشتباكات عنيفة تدور في مدينة البوكمال بمحافظة دير "
                    "الزور، بين تنظيم داعش من جهة وقوات النظام السوري من جهة أخرى.", "2018-06-09")
    (e,) = find(evs, "ASSAULT")
    assert label(e["source"]) == "Islamic State" and e["rule"].endswith("between")
    evs = events_of("اندلعت اشتباكات على الحدود بين سوريا والعراق.", "2018-06-09")
    assert not find(evs, "ASSAULT", "Syria", "Iraq")  # the border between them, not a fight between them
    evs = events_of("قتل 30 جهاديا في اشتباكات بين قوة برخان الفرنسية والقوات المسلحة المالية من جهة و60 مسلحا من "
                    "جهة أخرى.", "2018-02-22")
    assert not find(evs, "ASSAULT", target="Mali forces")  # allies on one side


def test_events_a_year_after_a_dated_noun_dates_the_noun_not_the_act():
    (e,) = find(events_of("دافع الرئيس الأمريكي دونالد ترامب عن روسيا فيما يتعلق بمزاعم تدخلها في الانتخابات الرئاسية "
                          "الأمريكية عام 2016.", "2018-07-17"), "SUPPORT")
    assert e["date"] == "2018-07-17" and e["modality"] == "asserted"
    (e,) = find(events_of("واعتقلت المخابرات الجوية السورية الناشط عام 2015 جنوب العاصمة دمشق.", "2018-07-17"), "COERCE")
    assert e["date"].startswith("2015")  # after the object, the year dates the arrest


def test_events_a_plural_passive_before_a_circumstance_has_its_victims_before_it():
    evs = events_of("أعلنت وزارة الدفاع الروسية، الأحد، أن 4 عسكريين روس قتلوا في هجوم مباغت لعدة مجموعات مسلحة في "
                    "دير الزور شرقي سوريا.", "2018-05-27")
    assert not find(evs, "ASSAULT", source="Russia soldiers")  # they were killed, they did not kill
    (e,) = find(evs, "ASSAULT", target="Russia soldiers")
    assert e["source"] is None


def test_events_the_pluperfect_subject_stands_between_kana_and_qad():
    evs = events_of("وكان مدير مكتب المفوضية بفرع البصرة، مهدي التميمي، قد طالب الحكومة العراقية بالإسراع بإطلاق سراح "
                    "المتظاهرين.", "2018-07-20")
    assert not find(evs, "REQUEST", source="Iraq government")  # the object of the verb, not its subject
    evs = events_of("وكان الرئيس السابق، خوان مانويل سانتوس، قد حث دوكي على احترام الاتفاق.", "2018-08-08")
    assert find(evs, "REQUEST", "Juan Manuel Santos", "Iván Duque")


def test_events_a_count_after_the_verb_is_its_own_subject_not_the_carried_one():
    evs = events_of("قالت وكالة رويترز إن السياحة نمت. وزار نحو 3.229 مليون سائح تونس في النصف الأول من العام.",
                    "2018-07-10")
    assert not find(evs, "CONSULT", source="Reuters")


def test_events_a_record_with_no_doer_named_is_partial_whatever_its_type():
    (e,) = find(events_of("وفي الفترة الماضية، قتل العشرات من قيادات مليشيات الحوثي في جبهة الساحل الغربي.",
                          "2018-10-08"), "ASSAULT")
    assert e["source"] is None and e["partial"]
    (e,) = find(events_of("قتل 38 من ميليشيات الحوثي في مواجهات مع القوات اليمنية المشتركة.", "2018-10-08"), "ASSAULT")
    assert not e["partial"]


def test_events_who_leads_the_doer_and_the_nationality_of_a_named_party_are_not_targets():
    evs = events_of("وقصفت مقاتلات التحالف العربي بقيادة المملكة العربية السعودية مواقع في مديرية الجراحي.",
                    "2018-06-12")
    assert not find(evs, "ASSAULT", target="Saudi Arabia")
    evs = events_of("شنت مقاتلات التحالف العربي لدعم الشرعية في اليمن غارات استهدفت مواقع ميليشيات الحوثي الإيرانية "
                    "بمديرية الحالي في الحديدة.", "2018-06-12")
    assert not [e for e in find(evs, "ASSAULT") if (e["target"] or {}).get("country") == "IRN"]


def test_events_the_head_named_right_after_the_body_acts():
    evs = events_of("اتهم رئيس السلطة الفلسطينية محمود عباس، الأربعاء، حركة حماس بعرقلة المصالحة.", "2018-03-21")
    assert find(evs, "ACCUSE", "Mahmoud Abbas", "Hamas")
    evs = events_of("وحض رئيس المجلس الأوروبي دونالد توسك رئيسة الوزراء البريطانية على الخروج بنتيجة.", "2018-07-06")
    assert find(evs, "REQUEST", "Donald Tusk", "Theresa May")


def test_events_measures_that_target_someone_are_no_attack():
    evs = events_of("وأعلنت الولايات المتحدة عن عقوبات في نوفمبر استهدفت عمليات الملاحة البحرية والشركات الصينية.",
                    "2018-02-23")
    assert not find(evs, "ASSAULT")


def test_events_an_imperfect_later_on_is_future_a_perfect_is_done():
    (e,) = find(events_of("ويلتقي ترامب وميركل على هامش قمة الأطلسي في وقت لاحق، الأربعاء.", "2018-07-11"), "CONSULT")
    assert e["modality"] == "future"
    (e,) = find(events_of("والتقى ترامب ميركل على هامش قمة الأطلسي في وقت لاحق.", "2018-07-11"), "CONSULT")
    assert e["modality"] == "asserted"


def test_events_a_light_verb_after_the_noun_with_its_own_subject():
    evs = events_of("لقي ثلاثون جنديا أفغانيا مصرعهم في هجمات شنها مسلحون من طالبان غربي البلاد، حسبما أعلن مسؤولون.",
                    "2018-05-30")
    assert find(evs, "ASSAULT", "Taliban")
    evs = events_of("وانعقدت القمة غداة ضربات شنتها الولايات المتحدة وبريطانيا وفرنسا على أهداف تابعة للنظام في سوريا.",
                    "2018-04-15")
    assert find(evs, "ASSAULT", "United States")


def test_events_a_nationality_of_make_is_no_party():
    evs = events_of("سيطرت القوات المسلحة الإماراتية على طائرة بدون طيار إيرانية الصنع في اليمن.", "2018-04-18")
    assert not [e for e in evs if (e["target"] or {}).get("country") == "IRN"]


def test_events_a_perfect_printed_passive_names_its_patient_and_cancelling_in_the_present():
    (e,) = find(events_of("واتُّهمت إيران مرارا بتزويد المتمردين الحوثيين بأسلحة.", "2018-05-01"), "ACCUSE")
    assert e["source"] is None and label(e["target"]) == "Iran" and e["partial"]
    (e,) = find(events_of("ترامب يلغي قمته مع كيم جونغ أون بسبب عدائية كوريا الشمالية.", "2018-05-24"), "CONSULT")
    assert e["negated"]


def test_events_a_match_report_has_no_events():
    text = ("مونديال روسيا: سيطرت كرواتيا على معظم فترات المباراة أمام نيجيريا في الشوط الأول، وهدد المنتخب "
            "النيجيري المرمى بضربة رأسية، لكن الحارس تصدى لها. وسجل اللاعب هدفا ثانيا في الدقيقة 71، وبهذا الفوز "
            "تتصدر كرواتيا المجموعة في المونديال بعد التعادل بين الأرجنتين وآيسلندا.")
    assert events_of(text, "2018-06-17") == []
    assert find(events_of("سيطرت القوات التركية على مدينة عفرين.", "2018-03-18"), "ASSAULT")


def test_events_a_named_victim_before_a_bare_passive_and_unnamed_doers_by_nationality():
    (e,) = find(events_of("ويعتقد مسؤولون أتراك بأن خاشقجي قتل بأيدي عملاء سعوديين.", "2018-10-16"), "ASSAULT")
    assert label(e["target"]) == "Jamal Khashoggi" and label(e["source"]) == "SAU"
    (e,) = find(events_of("يذكر أن عهد التميمي اعتقلت بعد انتشار مقطع مصور لها.", "2018-07-29"), "COERCE")
    assert e["source"] is None and label(e["target"]) == "Ahed Tamimi"
    evs = events_of("ويؤكد ناشطون أن القوات الإسرائيلية قتلت في السنتين الماضيتين عشرات الفلسطينيين.", "2018-07-29")
    assert find(evs, "ASSAULT", source="Israel forces")  # an armed body before the verb kills


def test_events_attempts_suspensions_and_acts_still_to_come():
    (e,) = find(events_of("وأعلن مادورو السبت عن مناورات عسكرية ستجرى يومي 24 و25 فبراير.", "2018-02-18"), "MOBILIZE")
    assert e["modality"] == "future"
    evs = events_of("قالت يونهاب إن كوريا الجنوبية والولايات المتحدة أعلنتا تعليق مناورات عسكرية كبرى.", "2018-06-17")
    assert all(e["negated"] for e in find(evs, "MOBILIZE"))
    evs = events_of("احتجاجات البصرة: الشرطة العراقية تحبط محاولة مئات المتظاهرين اقتحام مبنى المحافظة.", "2018-09-05")
    assert all(e["modality"] == "intended" for e in find(evs, "COERCE"))


def test_events_a_verbal_noun_framed_by_a_negated_happening_is_negated():
    evs = events_of("ولم تشهد العاصمة عمان أي احتجاجات تذكر منذ أن أعلن الرزاز سحب القانون.", "2018-06-16")
    assert all(e["negated"] for e in find(evs, "PROTEST"))
    evs = events_of("ولم يتمكن المواطنون من الوصول إلى المستشفى بسبب كثافة القصف الإسرائيلي.", "2018-06-16")
    assert not all(e["negated"] for e in find(evs, "ASSAULT"))  # the shelling did happen


def test_events_the_story_actor_is_not_carried_to_a_verb_with_an_unknown_subject():
    evs = events_of("قال الرئيس الأمريكي دونالد ترامب إنه سيرد بقوة. ويرد التنظيم بإطلاق قذائف على الأحياء المجاورة.",
                    "2018-05-10")
    assert not find(evs, "ASSAULT", "Donald Trump")
    evs = events_of("قال زعيم حزب العمال جيريمي كوربن إن الهجوم مدان. ودعا من جانبه الحكومة البريطانية إلى نشر رأي "
                    "قانوني.", "2018-04-16")
    assert find(evs, "REQUEST", "Jeremy Corbyn")  # من جانبه: no subject of its own, the story's actor goes on
    (e,) = find(events_of("قصفت طائرات إسرائيلية فجر الأربعاء مواقع لحركة حماس في غزة.", "2018-07-25"), "ASSAULT")
    assert label(e["source"]) == "ISR" and label(e["target"]) == "Hamas"


def test_events_a_second_verbal_noun_joined_to_the_first_is_no_verb():
    evs = events_of("غضب عارم يجتاح الهند إثر اغتصاب وقتل طفلة في الثامنة من العمر.", "2018-04-15")
    assert not [e for e in evs if e["trigger"] == "وقتل"]


def test_events_responding_to_an_act_is_not_doing_it():
    evs = events_of("ردت روسيا على العقوبات الجديدة التي فرضتها واشنطن على شخصيات روسية.", "2018-04-07")
    assert not find(evs, "SANCTION", "Russia")
    evs = events_of("وردت موسكو بطرد دبلوماسيين بريطانيين.", "2018-03-17")
    assert find(evs, "SANCTION", "Russia")


def test_events_what_two_parties_agree_on_is_no_party():
    evs = events_of("واتفق غريفيث وهادي على أهمية الضغط على ميليشيا الحوثي للسماح بوصول المساعدات.", "2018-06-20")
    assert not find(evs, "AGREE", target="Houthis (Ansar Allah)")


def test_events_a_visitors_own_office_after_the_visit_is_no_host():
    (e,) = find(events_of("وقبل عام، قام نتانياهو بأول زيارة رئيس وزراء إسرائيلي إلى بودابست منذ انهيار النظام الشيوعي.",
                          "2018-07-19"), "CONSULT")
    assert e["target"]["country"] == "HUN"


def test_events_members_of_a_body_and_a_verb_right_after_an_attack_noun():
    evs = events_of("زار مسؤولون من حزب العمال البريطاني السلطة التي يقودها الأكراد في شمال سوريا.", "2018-06-12")
    assert find(evs, "CONSULT", source="Labour Party (UK)") or [e for e in find(evs, "CONSULT")
                                                              if (e["source"] or {}).get("country") == "GBR"]
    evs = events_of("وشاركت القوات الأميركية والصومالية في غارة استهدفت مسلحين من تنظيم القاعدة في 9 مايو.",
                    "2018-06-12")
    assert not find(evs, "ASSAULT", "al-Qaeda")  # the gunmen are the target of the raid, not its doers


def test_events_a_country_inside_a_between_phrase_is_no_subject():
    evs = events_of("وتجمع آلاف المتظاهرين على طول السياج بين غزة وإسرائيل احتجاجا على الاحتلال.", "2018-05-14")
    assert not [e for e in find(evs, "PROTEST") if (e["source"] or {}).get("country") == "ISR"]


def test_events_a_compound_before_a_phrase_is_one_side():
    evs = events_of("السعودية والإمارات والكويت والبحرين تمنع مواطنيها من السفر إلى لبنان", "2018-11-10")
    assert not find(evs, "COERCE", "Saudi Arabia", "Kuwait")


def test_events_being_taken_ill_is_no_attack():
    evs = events_of("قال مسؤول باكستاني إنه جرى نقل نواز شريف إلى المستشفى إثر إصابته بوعكة صحية.", "2018-08-12")
    assert not find(evs, "ASSAULT")


def test_events_a_verb_after_an_attack_noun_with_its_adjective_describes_it():
    evs = events_of("وقال التلفزيون السوري إن الدفاعات الجوية السورية تصدت لهجوم صاروخي استهدف قاعدة الشعيرات الجوية.",
                    "2018-04-17")
    assert not find(evs, "ASSAULT", source="Syria air defense")


def test_events_a_counted_target_takes_the_preposition_before_the_count():
    (e,) = find(events_of("ووجهت واشنطن الجمعة الاتهام إلى 12 من عناصر الاستخبارات الروسية بقرصنة أجهزة كمبيوتر للحزب "
                          "الديمقراطي.", "2018-07-14"), "ACCUSE")
    assert e["target"]["country"] == "RUS"


def test_events_a_referral_is_an_act_only_to_investigators_or_a_court():
    evs = events_of("وكان وزير الداخلية محمود توفيق قد أحال الواقعة إلى قسم التفتيش بوزارة الداخلية للتحقيق.", "2018-06-26")
    assert find(evs, "ACCUSE", "Mahmoud Tawfik")
    assert not find(events_of("وأحال الرئيس عددا من الضباط إلى التقاعد.", "2018-06-26"), "ACCUSE")


def test_events_a_name_starting_with_waw_right_after_an_actor_is_no_compound():
    evs = events_of("واتهمت كوريا الشمالية واشنطن بمحاولة الدفع لتراكم سحب الحرب.", "2018-05-01")
    assert find(evs, "ACCUSE", "North Korea", "United States")
    evs = events_of("حذرت موسكو واشنطن اليوم الأحد من أي تدخل عسكري في سوريا.", "2018-04-08")
    assert find(evs, "THREATEN", "Russia", "United States")


def test_events_a_people_noun_after_a_noun_of_harm_is_its_patient():
    evs = events_of("وجدد غوتيريس دعوته لإجراء تحقيق مستقل في مقتل الفلسطينيين بالرصاص في غزة.", "2018-05-16")
    assert not [e for e in find(evs, "ASSAULT") if (e["source"] or {}).get("country") == "PSE"]
    evs = events_of("وخرجت الجمعة مظاهرات عند الحدود، حيث اندلعت مواجهات أسفرت عن مقتل فلسطينيين برصاص الجيش "
                    "الإسرائيلي.", "2018-05-16")
    (e,) = [e for e in evs if e["trigger"] == "مقتل"]
    assert e["source"]["country"] == "ISR" and e["target"]["country"] == "PSE"


def test_events_backing_from_the_one_after_goes_to_the_one_before():
    evs = events_of("ويواصل الجيش اليمني، بدعم من التحالف العربي، العملية العسكرية الواسعة في الحديدة.", "2018-06-16")
    (e,) = [e for e in evs if e["rule"].startswith("noun:دعم")]
    assert e["type"] == "AID" and e["cameo"] == "072"
    assert e["source"]["name"] == "Saudi-led coalition" and e["target"]["country"] == "YEM"
    evs = events_of("ودافعت السعودية بدعم من روسيا بشدة عن زيادة الانتاج.", "2018-06-23")
    assert find(evs, "SUPPORT", "Russia", "Saudi Arabia") and not find(evs, "SUPPORT", "Saudi Arabia")


def test_events_negation_reaches_a_verb_joined_by_or_and_we_are_not():
    (e,) = find(events_of("ولم تؤكد السلطات الألمانية أو تنفي تقارير وسائل الإعلام السابقة.", "2018-07-30"), "REJECT")
    assert e["negated"]
    evs = events_of("وقال النائب: لسنا نحن من يطلب تصريح الأمم المتحدة.", "2018-07-30")
    assert all(e["negated"] for e in find(evs, "REQUEST"))


def test_events_euthanasia_and_assisted_suicide_are_no_acts():
    assert events_of("وتسمح هولندا وبلجيكا ولوكسمبورغ بالقتل الرحيم والمساعدة على الانتحار.", "2018-07-30") == []


def test_events_what_someone_believes_is_alleged():
    evs = events_of("نحو هذا الميناء الذي يعتقد التحالف أن الحوثيين يهاجمون منه سفنا في البحر الأحمر.", "2018-06-13")
    assert [e["modality"] for e in find(evs, "ASSAULT")] == ["alleged"]


def test_events_a_held_or_sentenced_participle_names_no_doer():
    evs = events_of("وقال الوزير إن القائم بأعمال السفارة الأميركية زار القس الأميركي أندرو برانسون المحتجز تحت الإقامة "
                    "الجبرية في مدينة إزمير.", "2018-08-03")
    assert not find(evs, "COERCE")
    evs = events_of("وأطلقت على الضابط 90 طلقة بواسطة 9 من المحكومين بالإعدام.", "2018-08-03")
    assert not find(evs, "SANCTION")


def test_events_a_statement_speaks_for_its_issuer_and_members_stand_for_their_group():
    evs = events_of("وقال بيان للجيش الأمريكي إنه قصف مواقع لتنظيم داعش في سوريا.", "2018-06-01")
    assert find(evs, "ASSAULT", source="United States army")
    evs = events_of("وقال بيان صادر عن وزارة الخارجية الروسية إنها تدين الهجوم على السفارة التركية.", "2018-06-01")
    assert [label(e["source"]) for e in find(evs, "ACCUSE")] == ["Russia foreign ministry"]
    evs = events_of("أعلن بيان لوزارة الخزانة الأميركية، الأربعاء، فرض عقوبات جديدة على أفراد مرتبطين بميليشيات حزب "
                    "الله اللبنانية.", "2018-05-16")
    assert find(evs, "SANCTION", "United States Department of the Treasury", "Hezbollah")


def test_events_a_time_clause_after_bamda_takes_the_main_subject():
    evs = events_of("وتسعى قوات النظام السوري لاستعادة كامل العاصمة، بعدما سيطرت على الغوطة الشرقية.", "2018-04-20")
    assert find(evs, "ASSAULT", source="Syria forces")


def test_events_the_object_comes_after_the_subjects_name_in_apposition_and_a_time():
    evs = events_of('وصف الرئيس الروسي، فلاديمير بوتين، الأربعاء، العميل الروسي السابق المزدوج سيرغي سكريبال بأنه "خائن".',
                    "2018-10-03")
    assert find(evs, "ACCUSE", "Vladimir Putin", "Sergei Skripal")


def test_events_abbara_an_expresses_a_stance_but_abra_is_also_via():
    evs = events_of("عبرت منظمة هيومن رايتس ووتش عن احتجاجها على ترحيل مولدوفا لمدرسين أتراك.", "2018-09-07")
    assert [label(e["source"]) for e in find(evs, "PROTEST")] == ["Human Rights Watch"]
    evs = events_of("وأعرب وزير الخارجية الفرنسي، جان إيف لودريان، عن تضامنه مع ألمانيا.", "2018-07-09")
    assert find(evs, "SUPPORT", "Jean-Yves Le Drian", "Germany")
    evs = events_of("وقال مدير المستشفى في تصريح لشبكة سي إن إن عبر مكالمة هاتفية إنهم تلقوا ستة مرضى.", "2018-03-09")
    assert not find(evs, "CONSULT")


def test_events_a_trial_and_a_genitive_named_after_its_title():
    evs = events_of("وبدأت محكمة تركية محاكمة القس الأمريكي أندرو برانسون بتهمة الإرهاب.", "2018-04-16")
    assert find(evs, "ACCUSE", "Turkey court", "Andrew Brunson")
    evs = events_of("أكد الوزير نجاح زيارة ولي العهد الأمير محمد بن سلمان للولايات المتحدة.", "2018-04-09")
    assert find(evs, "CONSULT", "Mohammed bin Salman", "United States")


def test_events_a_designation_onto_a_list_is_a_sanction_but_a_standing_view_is_not():
    evs = events_of("وصنفت الإدارة الأميركية الحرس الثوري الإيراني منظمة إرهابية في أكتوبر.", "2018-05-16")
    assert find(evs, "SANCTION", "United States administration", "Islamic Revolutionary Guard Corps")
    assert not find(events_of("ويقاتل حزب الله الذي تصنفه واشنطن منظمة إرهابية في سوريا.", "2018-05-16"), "SANCTION")
    assert not find(events_of("وصنفت الشرطة الأسلحة المضبوطة حسب نوعها.", "2018-05-16"), "SANCTION")


def test_events_accusing_with_an_object_pronoun_needs_a_named_subject():
    evs = events_of("وكثفت الولايات المتحدة ضغوطها على حكومة الرئيس نيكولاس مادورو يوم الجمعة متهمة إياه بالاستفادة من "
                    "شحنات مخدرات.", "2018-05-19")
    assert find(evs, "ACCUSE", "United States", "Nicolás Maduro")
    evs = events_of("وكانت جماعات يهودية بريطانية قد نظمت احتجاجا ضد كوربين أمام البرلمان متهمة إياه بمعاداة السامية.",
                    "2018-08-01")
    assert not find(evs, "ACCUSE")


def test_events_a_named_officials_arrival_abroad_is_a_visit():
    evs = events_of("وصلت المستشارة الألمانية، أنجيلا ميركل، إلى إسرائيل، الأربعاء.", "2018-10-04")
    assert find(evs, "CONSULT", "Angela Merkel", "Israel")
    evs = events_of("وصل وزير الخارجية الإيراني محمد جواد ظريف إلى موسكو في زيارة رسمية.", "2018-10-04")
    assert len(find(evs, "CONSULT", "Mohammad Javad Zarif")) == 1  # the arrival and the visit are one happening
    assert events_of("ووصل آلاف اللاجئين إلى ألمانيا خلال الصيف.", "2018-10-04") == []


def test_events_a_relatives_title_makes_the_one_named_a_genitive():
    evs = events_of("وصلت ابنة الرئيس الأمريكي دونالد ترامب، إيفانكا، وزوجها جاريد كوشنر إلى إسرائيل.", "2018-05-13")
    assert not find(evs, "CONSULT", "Donald Trump")
    evs = events_of("وكان البيت الأبيض أعلن أن الرئيس ترمب طلب من ابنته إيفانكا ترامب قيادة الوفد.", "2018-05-13")
    assert find(evs, "REQUEST", "Donald Trump", "Ivanka Trump")


def test_events_condemned_printed_without_hamza():
    evs = events_of('ودان رئيس النيجر محمدو يوسفو هجوما نسب إلى جماعة "بوكو حرام" وأدى إلى مقتل عشرة جنود نيجريين.',
                    "2018-03-08")
    assert find(evs, "ACCUSE", "Mahamadou Issoufou", "Boko Haram")
    evs = events_of("ودان رئيس الوزراء الأردني عمر الرزاز السبت الهجوم على الدورية الأردنية.", "2018-08-11")
    assert not find(evs, "ASSAULT", source="Omar Razzaz")


def test_events_an_act_neither_confirmed_nor_denied_is_alleged():
    evs = events_of("وقصفت طائرات مجهولة مواقع في سوريا. ولم تنف إسرائيل أو تؤكد شنها هذه الضربات.", "2018-05-10")
    assert all(e["modality"] == "alleged" for e in find(evs, "ASSAULT", source="Israel"))


def test_events_sending_own_troops_fighters_systems_and_arms():
    evs = events_of("وأرسلت روسيا منظومات صواريخ إس 300 إلى سوريا.", "2018-10-03")
    assert find(evs, "MOBILIZE", "Russia", "Syria")
    evs = events_of("وأرسلت إيران أسلحة إلى الحوثيين في اليمن.", "2018-10-03")
    assert [e["cameo"] for e in find(evs, "AID", "Iran")] == ["072"]


def test_events_deploying_troops_to_the_border_with_a_neighbour():
    evs = events_of("أصدر الرئيس الأميركي دونالد ترامب قرارا بنشر قوات من الحرس الوطني على الحدود مع المكسيك، لاحتواء "
                    "الهجرة غير الشرعية.", "2018-04-05")
    assert find(evs, "MOBILIZE", "Donald Trump", "Mexico")


def test_events_what_one_asks_someone_to_do_is_intended():
    evs = events_of("وكان خاشقجي قد طلب منها الاتصال بأقطاي في حال شعرت تعرضه لمكروه.", "2018-10-05")
    assert all(e["modality"] == "intended" for e in find(evs, "CONSULT"))


def test_events_a_deputy_minister_acts_as_their_countrys_official():
    evs = events_of("كذلك هاجم نائب الوزير الكوري الشمالي بشدة مستشار الأمن القومي الأمريكي جون بولتون.", "2018-05-17")
    (e,) = find(evs, "ACCUSE", target="John Bolton")
    assert e["source"]["country"] == "PRK" and "deputy" in e["source"]["name"]


def test_events_a_possible_act_is_conditional_and_an_impression_alleged():
    evs = events_of("وتحدث الوزير عن الضربة الأمريكية المحتملة على سوريا.", "2018-04-12")
    assert [e["modality"] for e in find(evs, "ASSAULT")] == ["conditional"]
    evs = events_of("وأقر ترامب بأنه أساء الحديث خلال المؤتمر الصحفي مع بوتين، الذي بدا فيه أنه يدعم بوتين.", "2018-07-18")
    assert all(e["modality"] == "alleged" for e in find(evs, "SUPPORT"))
    evs = events_of("وقال تشارلز كوشنر إنه رفض التمويل القطري المحتمل.", "2018-07-18")
    assert all(e["modality"] == "asserted" for e in find(evs, "REJECT"))


def test_events_an_actor_after_an_act_or_stance_noun_right_after_the_verb_is_its_genitive():
    evs = events_of("ودان استخدام إسرائيل للقوة المفرطة ضد أبناء الشعب الفلسطيني.", "2018-04-01")
    assert not find(evs, "ACCUSE", source="Israel")
    evs = events_of("واتهم حلفاء قطر الإمارات مجددا بالوقوف أمام هذا التسريب.", "2018-06-01")
    assert not find(evs, "ACCUSE", source="Qatar")


def test_events_facing_an_act_is_undergoing_it_unless_it_is_the_means():
    evs = events_of("وواجهت إسرائيل انتقادات جراء استخدامها الرصاص الحي.", "2018-04-10")
    assert not find(evs, "ACCUSE", source="Israel")
    evs = events_of("وتواجه السلطات الإيرانية هذه التحركات بالقمع.", "2018-04-10")
    assert find(evs, "COERCE", source="Iran authorities")
    evs = events_of("واعتبر لافروف أن ردة فعل إيران معقولة بعد انسحاب أميركا من الاتفاق النووي.", "2018-05-10")
    assert not find(evs, "RETREAT", source="Iran")


def test_events_an_unnamed_plural_subject_leaves_the_actor_after_it_the_object():
    evs = events_of("وبينما تقول أنقرة إنها ضرورية، يتهم منتقدون الرئيس التركي باستغلالها.", "2018-07-10")
    assert not find(evs, "ACCUSE", source="Recep Tayyip Erdogan")
    evs = events_of("ندد سياسيون ونشطاء حقوق إنسان إسرائيليون بتعليقات الرئيس الفلسطيني، محمود عباس.", "2018-05-02")
    assert find(evs, "ACCUSE", target="Mahmoud Abbas")  # the coordinated actor is the subject's, not an object


def test_events_an_armed_group_named_after_an_attack_is_its_target_rather_than_the_place():
    evs = events_of("دمرت طائرات تحالف دعم الشرعية في اليمن، الخميس، صاروخا كانت ميليشيات الحوثي الإيرانية تستعد لإطلاقه "
                    "من قاعدة الديلمي العسكرية شمالي العاصمة صنعاء.", "2018-05-10")
    assert find(evs, "ASSAULT", "Saudi-led coalition", "Houthis (Ansar Allah)")


def test_events_charged_wanted_and_claimed_rights_are_not_told_acts():
    evs = events_of("رفض قضاة التحقيق الفرنسيون الثلاثاء اتهام المفكر الإسلامي السويسري طارق رمضان باغتصاب امرأة ثالثة.",
                    "2018-06-06")
    assert all(e["modality"] == "alleged" for e in find(evs, "ASSAULT"))
    evs = events_of("وذكرت وكالات أنباء روسية أن عددا من النواب الروس يريدون سن تشريع يعاقب عليه القانون بالسجن.",
                    "2018-06-06")
    assert all(e["modality"] != "asserted" for e in find(evs, "SANCTION"))
    evs = events_of("وقال إن من حق البرلمان توبيخ الرئيس التركي عبر اعتماد تشريع.", "2018-06-06")
    assert all(e["modality"] != "asserted" for e in find(evs, "ACCUSE"))


def test_events_bare_settlers_are_israeli():
    evs = events_of("أدان رئيس السلطة الفلسطينية محمود عباس الجمعة قيام مستوطنين بإضرام النار في مسجد جنوب نابلس.",
                    "2018-05-18")
    assert find(evs, "ACCUSE", "Mahmoud Abbas", "ISR")


def test_events_unnamed_people_struck_are_of_the_people_counted_rather_than_the_place():
    evs = events_of("وكان آلاف الفلسطينيين احتشدوا قرب حدود القطاع مع إسرائيل في وقت سابق الاثنين، وسارع الجيش "
                    "الإسرائيلي إلى إطلاق الغاز المسيل للدموع على الأشخاص داخل الخيام.", "2018-05-15")
    assert [e["target"]["country"] for e in find(evs, "ASSAULT", "Israel army")] == ["PSE"]


def test_events_a_definite_attack_noun_right_before_the_verb_is_its_subject():
    evs = events_of("وتقول تقارير إن الغارات استهدفت وزارة الداخلية اليمنية في المدينة.", "2018-05-10")
    assert not find(evs, "ASSAULT", source="Yemen interior ministry")


def test_events_ended_expected_charged_and_ready_acts_are_not_told_as_done():
    evs = events_of("ترامب يتعهد بإنهاء المناورات العسكرية مع كوريا الجنوبية", "2018-06-13")
    assert all(e["negated"] for e in find(evs, "MOBILIZE"))
    assert [e for e in events_of("ويواجه دكتور فورتادو تهما بالقتل.", "2018-06-13")
            if e["type"] == "ASSAULT" and e["modality"] == "asserted"] == []
    evs = events_of("وتوقع المسؤولون استهداف إيران لشبكات الكهرباء في الولايات المتحدة.", "2018-06-13")
    assert all(e["modality"] == "future" for e in find(evs, "ASSAULT"))
    evs = events_of("وأعلنت وزارة الدفاع الروسية أن النظام السوري مستعد لإعادة فتح المعبر الحدودي مع إسرائيل.", "2018-10-10")
    assert all(e["modality"] == "intended" for e in find(evs, "RETREAT"))


def test_events_more_of_the_doers_after_ukhra_are_no_target():
    evs = events_of("وفجر السبت، قصفت مدمرات أميركية وطائرات حربية بريطانية وأخرى فرنسية مواقع يشتبه بأنها تحتوي منشآت "
                    "كيماوية.", "2018-04-14")
    assert not [e for e in find(evs, "ASSAULT") if (e["target"] or {}).get("country") == "FRA"]


def test_events_foreigners_struck_are_not_people_of_the_place():
    evs = events_of("ومنذ بداية العام الحالي طردت إيطاليا 29 أجنبيا، معظمهم مسلمون، للاشتباه في أنهم يمثلون تهديدا.",
                    "2018-05-20")
    assert not [e for e in find(evs, "SANCTION", "Italy") if (e["target"] or {}).get("country") == "ITA"]


def test_events_a_backers_and_a_borders_nationality_are_neither_doer_nor_target():
    evs = events_of("كما تشن القوات الحكومية السورية بدعم روسي هجوما على جيب صغير يسيطر عليه تنظيم الدولة الإسلامية "
                    "بمحاذاة الحدود الأردنية في جنوب سوريا.", "2018-07-20")
    assert find(evs, "ASSAULT", "Syria forces", "Islamic State")
    assert not [e for e in find(evs, "ASSAULT") if (e["target"] or {}).get("country") == "JOR"
                or (e["source"] or {}).get("country") == "RUS"]
    evs = events_of("وشدد أردوغان على أن العمليات العسكرية لن تتوقف في عفرين، بل ستمتد إلى منبج حتى تصل إلى الحدود "
                    "العراقية.", "2018-03-20")
    assert not find(evs, "CONSULT")


def test_events_a_ministrys_second_portfolio_is_part_of_the_title():
    evs = events_of("أكد الشيخ عبدالله بن زايد آل نهيان، وزير الخارجية والتعاون الدولي الإماراتي، مساء الخميس، وقوف "
                    "بلاده دوما مع السعودية.", "2018-10-11")
    assert not find(evs, "COOPERATE")


def test_events_celebrations_are_no_protests():
    evs = events_of("وخرج المئات من أتباع الصدر في مظاهرات فرح بعد الإعلان عن فوز قائمة سائرون.", "2018-05-14")
    assert not find(evs, "PROTEST")


def test_events_with_or_for_not_negates_the_act_after_it():
    evs = events_of("قال قرقاش إن إيران استخدمت الاتفاقية النووية للتمدد إقليميا، مطالبا الدول الأوروبية بعدم مساعدة إيران.",
                    "2018-05-19")
    assert all(e["negated"] for e in find(evs, "AID"))


def test_events_a_topics_place_is_not_the_one_asked_and_a_heritage_list_is_no_sanction():
    evs = events_of("ودعت بريطانيا وفرنسا والكويت لعقد جلسة للمجلس لبحث هجوم بأسلحة كيماوية في سوريا.", "2018-04-10")
    assert not [e for e in find(evs, "REQUEST") if (e["target"] or {}).get("country") == "SYR"]
    assert not find(events_of("وأدرجت اليونسكو واحة الأحساء السعودية على قائمة التراث العالمي.", "2018-07-01"), "SANCTION")
    evs = events_of("وقال الحوثي إن الصماد قٌتل مع 6 من مرافقيه الخميس الماضي.", "2018-04-25")
    assert not find(evs, "ASSAULT", source="Saleh al-Sammad")


def test_events_asking_diplomats_to_leave_is_expulsion_lifting_is_no_coercion_backing_is_no_protest():
    evs = events_of("طلبت السعودية من السفير الكندي مغادرة أراضيها خلال 24 ساعة.", "2018-08-06")
    assert [e["mode"] for e in find(evs, "SANCTION", "Saudi Arabia")] == ["expel"] and not find(evs, "REQUEST")
    evs = events_of("وافق المجلس الأعلى للأمن القومي في إيران الأحد على رفع الإقامة الجبرية المفروضة على موسوي وكروبي.",
                    "2018-05-02")
    assert all(e["negated"] for e in find(evs, "COERCE"))
    evs = events_of("أبدت الولايات المتحدة مساندتها عبر بيان نشرته على موقع تويتر السبت، للاحتجاجات التي تشهدها إيران.",
                    "2018-01-01")
    assert not find(evs, "PROTEST", source="United States")


def test_events_the_head_named_after_a_party_and_its_describing_word_acts():
    evs = events_of("حذر زعيم حزب العمال البريطاني المعارض جيريمي كوربين، الجمعة، من إشعال حرب باردة مع روسيا.", "2018-03-16")
    assert [label(e["source"]) for e in find(evs, "ACCUSE")] == ["Jeremy Corbyn"]


def test_events_leaving_a_treaty_is_a_sanction_not_a_retreat():
    evs = events_of("وأعلن الرئيس الأمريكي دونالد ترامب انسحاب الولايات المتحدة من الاتفاق النووي مع إيران.", "2018-05-09")
    (e,) = find(evs, "SANCTION")
    assert (e["mode"], e["cameo"], label(e["source"]), e["target"]) == ("withdraw", "160", "Donald Trump", None)
    assert not find(evs, "RETREAT")
    evs = events_of("وانسحبت الولايات المتحدة من الاتفاق النووي في مايو.", "2018-06-09")
    assert [e["mode"] for e in find(evs, "SANCTION")] == ["withdraw"]
    evs = events_of("وانسحبت القوات التركية من القرية بموجب الاتفاق.", "2018-06-09")
    assert find(evs, "RETREAT") and not find(evs, "SANCTION")


def test_events_the_press_reports_force_it_does_not_use_it():
    evs = events_of("ويذكر أن شبكة CNN لم تتمكن من التأكد من صحة وموعد الغارات الجوية التي ذكرها تقرير المرصد، مساء السبت.",
                    "2018-02-16")
    assert not find(evs, "ASSAULT", source="CNN")
    evs = events_of("وظل ترامب خلال الأشهر القليلة الماضية يستهدف واشنطن بوست، التي يملكها مؤسس موقع أمازون جيف بيزوس.",
                    "2018-04-16")
    assert not find(evs, "ASSAULT", source="The Washington Post")


def test_events_an_act_warned_against_is_not_done_and_not_the_warnings_object():
    evs = events_of("وحذر وزير الدفاع الأمريكي جيم ماتيس من سحب القوات الأمريكية من سوريا قبل الأوان.", "2018-04-16")
    assert [e["modality"] for e in find(evs, "RETREAT")] == ["conditional"]
    assert not [e for e in evs if e["type"] in ("ACCUSE", "THREATEN") and e["target"]]
    evs = events_of("لكن هناك دعوات لإلغاء الاجتماع بعد أن اتهمت الولايات المتحدة أمس الجمعة 12 من ضباط المخابرات "
                    "الروسية بالتدخل في الانتخابات الرئاسية.", "2018-07-14")
    assert [label(e["target"]) for e in find(evs, "ACCUSE", "United States")] == ["Russia intelligence"]


def test_events_bare_militias_are_the_militias_the_page_named():
    evs = events_of("وقتل 10 من ميليشيات الحوثي في تعز. كما استهدفت مقاتلات التحالف العربي بخمس غارات مواقع وتعزيزات "
                    "وتجمعات للميليشيات في صرواح. واستهدفت الميليشيات المدنيين في الحديدة.", "2018-05-01")
    assert [label(e["target"]) for e in find(evs, "ASSAULT", "Saudi-led coalition")] == ["Houthis (Ansar Allah)"]
    assert [label(e["source"]) for e in evs if e["trigger"] == "واستهدفت"] == ["Houthis (Ansar Allah)"]
    evs = events_of("قصف المتمردون الحوثيون قرية في تعز. واستهدف المتمردون المدنيين في الحديدة.", "2018-05-01")
    assert [label(e["source"]) for e in evs if e["trigger"] == "واستهدف"] == ["Houthis (Ansar Allah)"]
    evs = events_of("واستهدفت الميليشيات المدنيين في الحديدة.", "2018-05-01")  # never named: no group guessed
    assert not [e for e in evs if "Houthis" in (label(e["source"]) or "")]


def test_events_one_of_those_usually_struck_after_a_bare_kill_verb_is_its_patient():
    evs = events_of("قتل جندي أميركي وأصيب أربعة آخرون في هجوم وقع بالصومال، وفق ما ذكرت تقارير إعلامية الجمعة.", "2018-06-08")
    assert [(e["source"], label(e["target"])) for e in find(evs, "ASSAULT")] == [(None, "United States soldiers")]
    evs = events_of("وقتل جندي إسرائيلي فلسطينيا في الخليل.", "2018-06-08")  # an object follows: active
    assert [label(e["source"]) for e in find(evs, "ASSAULT")] == ["Israel soldiers"]


def test_events_losses_in_the_ranks_of_a_group_name_the_one_struck():
    evs = events_of("كما شنت قوات الشرعية اليمنية قصفًا مدفعيًا عنيفًا على مواقع متفرقة للمليشيات أسفر عن خسائر كبيرة في "
                    "صفوف الحوثيين غرب منطقة ضبوعة.", "2018-05-05")
    assert [label(e["target"]) for e in find(evs, "ASSAULT")] == ["Houthis (Ansar Allah)"]


def test_events_an_act_dated_after_the_page_is_to_come():
    evs = events_of("وتستضيف القاهرة يومي 18 و19 يونيو المقبل أعمال اللجنة التساعية بين دول مصر والسودان وأثيوبيا.",
                    "2018-06-01")
    assert [e["modality"] for e in find(evs, "CONSULT")] == ["future"]
    evs = events_of("وقامت المحكمة الإسرائيلية العليا بتجميد الخطة وأمهلت الدولة حتى 26 مارس لإعطاء مبرر.", "2018-03-01")
    assert all(e["modality"] == "asserted" for e in evs)  # a deadline is no date of the act


def test_events_a_verbal_noun_after_a_light_verb_to_come_is_future():
    evs = events_of("وأعلن لافروف أن موسكو ستقوم بطرد دبلوماسيين بريطانيين.", "2018-03-16")
    assert [e["modality"] for e in find(evs, "SANCTION")] == ["future"]


def test_events_a_stance_on_an_act_pointed_at_is_aimed_at_its_doer():
    evs = events_of("وافق مجلس حقوق الإنسان الجمعة على قرار يدعو لإرسال لجنة تحقيق إلى غزة. وأدانت إسرائيل هذا القرار في "
                    "بيان.", "2018-05-19")
    assert [label(e["target"]) for e in find(evs, "ACCUSE", "Israel")] == ["UN Human Rights Council"]
    evs = events_of("وقد حذر تشاوش أوغلو هذا الأسبوع بأن العلاقات بين البلدين وصلت إلى مرحلة حرجة.", "2018-08-10")
    assert not [e for e in evs if "answers-act" in e["rule"]]  # هذا الأسبوع is a time, not an act


def test_events_a_single_accusation_of_someone_is_against_them():
    evs = events_of("وأوصت الشرطة الإسرائيلية الثلاثاء باتهام نتانياهو رسميا بالفساد والاحتيال.", "2018-02-14")
    assert [label(e["target"]) for e in find(evs, "ACCUSE")] == ["Benjamin Netanyahu"]
    evs = events_of("وأضاف بيسكوف أن اتهام روسيا ليس له أساس من الصحة.", "2018-03-20")
    assert not find(evs, "ACCUSE", "Russia")  # Russia is accused, not accusing


def test_events_a_verbal_noun_with_a_possessive_is_its_owners_act():
    evs = events_of("وكان السفير الفلسطيني لدى الأمم المتحدة جدد الجمعة من جهته مطالبته الأمم المتحدة بإجراء تحقيق مستقل.",
                    "2018-05-19")
    assert [(label(e["source"]), label(e["target"])) for e in find(evs, "REQUEST")] == [("PSE", "United Nations")]
    evs = events_of("تحدث ترامب خلال تجمع انتخابي عن مطالبته للعاهل السعودي الملك سلمان بأن تدفع المملكة الأموال.",
                    "2018-10-03")
    assert [(label(e["source"]), label(e["target"])) for e in find(evs, "REQUEST")] == [
        ("Donald Trump", "King Salman bin Abdulaziz")]


def test_events_a_document_that_demands_speaks_for_its_issuer():
    evs = events_of("وصدق مجلس الأمن الدولي في ديسمبر على مشروع قرار يطالب إسرائيل بوقف كل النشاطات الاستيطانية.", "2018-05-11")
    assert [(label(e["source"]), label(e["target"])) for e in find(evs, "REQUEST")] == [("UN Security Council", "Israel")]


def test_events_the_act_a_speech_act_is_about_is_not_the_speakers():
    evs = events_of("وأصدرت الخارجية السعودية بيانا يدين الهجوم الإرهابي.", "2018-05-11")
    assert find(evs, "ACCUSE") and not find(evs, "ASSAULT")
    evs = events_of("وكان الرئيس الأميركي هدد بتوجيه ضربة عسكرية إلى النظام السوري.", "2018-04-12")
    assert not [e for e in find(evs, "ASSAULT") if e["modality"] == "asserted" and not e["negated"]]


def test_events_victims_of_a_fight_between_an_armed_body_and_others_and_an_alleged_attack():
    evs = events_of("وقالت مصادر طبية فلسطينية إن 7 فلسطينيين قتلوا وأصيب أكثر من 1100 آخرين، في مواجهات بين القوات "
                    "الإسرائيلية والمحتجين.", "2018-04-08")
    assert "Israel forces" in [label(e["source"]) for e in evs if e["trigger"] == "قتلوا" and e["source"]]
    evs = events_of("على خلفية اتهام دمشق بتنفيذ هجوم كيميائي مفترض في الغوطة الشرقية.", "2018-05-08")
    assert all(e["modality"] == "alleged" for e in find(evs, "ASSAULT"))


def test_events_a_definite_agent_noun_heads_no_construct_with_the_body_after_it():
    evs = events_of("واقتحم المتظاهرون السفارة الأمريكية.", "2018-03-10")
    assert not [e for e in evs if label(e["source"]) == "United States embassy"]
    evs = events_of("اقتحم عشرات العراقيين المحتجين القنصلية الإيرانية في مدينة البصرة، الجمعة، وأضرموا النار فيها.",
                    "2018-09-08")
    assert [label(e["target"]) for e in find(evs, "COERCE")] == ["Iran consulate"]


def test_events_a_time_aside_after_the_subject_and_the_owner_of_the_object_after_lam():
    evs = events_of("رفض وزير الخارجية الإيراني محمد جواد ظريف، مساء الثلاثاء، التصريحات الأخيرة للرئيس الأميركي دونالد ترامب.",
                    "2018-06-05")
    assert [label(e["target"]) for e in find(evs, "REJECT")] == ["Donald Trump"]
    evs = events_of("ورفض القضاء التركي، الجمعة، التماسا للإفراج عن برانسون، وقال محامي القس، جيم هالافورت، لوكالة فرانس برس.",
                    "2018-08-17")
    assert not [e for e in find(evs, "REJECT") if e["target"]]


def test_events_the_object_comes_after_the_subjects_apposed_title():
    evs = events_of("هاجم كمال كيليتشدار أوغلو، زعيم حزب الشعب الجمهوري المعارض في تركيا، الرئيس التركي رجب طيب أردوغان.",
                    "2018-05-01")
    assert [label(e["target"]) for e in find(evs, "ACCUSE")] == ["Recep Tayyip Erdogan"]


def test_events_questions_laws_wishes_and_purposes_tell_no_act():
    evs = events_of("فما هي أبرز محطات التجارب النووية الكورية الشمالية؟", "2018-06-12")
    assert all(e["modality"] != "asserted" for e in evs)
    evs = events_of("لماذا انسحبت الولايات المتحدة من الاتفاق؟", "2018-05-09")  # a why question: the act is done
    assert [e["modality"] for e in evs] == ["asserted"]
    evs = events_of("وكان القانون يقضي بسجن المدانين بهذه الجريمة ثلاثة أعوام.", "2018-06-27")
    assert all(e["modality"] == "conditional" for e in find(evs, "SANCTION"))
    evs = events_of("وأعلن ترامب أن الولايات المتحدة ترغب بالانسحاب من سوريا قريبا.", "2018-04-05")
    assert all(e["modality"] == "intended" for e in find(evs, "RETREAT"))


def test_events_the_subjects_ally_is_no_object():
    evs = events_of("كما حذرت طهران حليفة دمشق، بحزم السبت من التداعيات الإقليمية للضربات.", "2018-04-15")
    assert not [e for e in evs if label(e["target"]) in ("Syria", "SYR")]


def test_events_a_present_tense_act_on_another_weekday_is_to_come():
    evs = events_of("يقوم الرئيس المصري عبدالفتاح السيسي الاثنين بزيارة رسمية إلى روسيا تستغرق ثلاثة أيام.", "2018-10-14")
    assert [(e["modality"], e["date"]) for e in find(evs, "CONSULT")] == [("future", "2018-10-15")]
    evs = events_of("وتبنى تنظيم داعش الهجوم الذي استهدف الجمعة الماضية تجمعا انتخابيا في ماستونغ.", "2018-07-16")
    assert all(e["modality"] == "asserted" for e in find(evs, "ASSAULT"))


def test_events_a_verb_joined_by_waw_in_the_same_clause_shares_the_subject():
    evs = events_of("قالت وكالة الأنباء الكويتية إن الكويت طلبت من السفير الفلبيني المغادرة واستدعت، في المقابل، سفيرها في "
                    "مانيلا للتشاور.", "2018-04-25")
    assert [label(e["source"]) for e in find(evs, "SANCTION") if e["trigger"] == "واستدعت"] == ["Kuwait"]
    evs = events_of("وكان القذافي قد زار كييف ضمن جولة في جمهوريات سوفيتية سابقة في 2008 أي قبل ثلاثة أعوام من الإطاحة به "
                    "وقتله في الانتفاضة الليبية.", "2018-06-01")
    assert not find(evs, "ASSAULT", "Muammar Gaddafi")


def test_events_sites_belonging_to_a_body_a_ministry_dual_and_return_home():
    evs = events_of("وتنفذ تركيا ضربات جوية ضد أهداف تابعة لحزب العمال الكردستاني بشمال العراق.", "2018-04-06")
    assert [label(e["target"]) for e in find(evs, "ASSAULT")] == ["Kurdistan Workers' Party"]
    evs = events_of("وكشف السفير أن وفدا كويتيا يضم مسؤولين من مختلف الجهات الحكومية، بينها وزارتا الداخلية والخارجية.",
                    "2018-04-06")
    assert not find(evs, "CONSULT")
    evs = events_of("وطلبت أنقرة من سفير تل أبيب العودة إلى بلاده لفترة معينة.", "2018-05-15")
    assert [e["mode"] for e in find(evs, "SANCTION")] == ["expel"] and not find(evs, "REQUEST")


def test_events_whoever_summons_in_protest_protests():
    evs = events_of("وقبيل اتخاذ قرار الطرد، استدعت وزارة الخارجية التركية السفير الإسرائيلي احتجاجاً على أعمال العنف في غزة.",
                    "2018-05-15")
    assert [label(e["source"]) for e in find(evs, "PROTEST")] == ["Turkey foreign ministry"]


def test_events_taking_in_migrants_is_no_meeting():
    assert not find(events_of("واستقبلت السلطات التونسية المهاجرين وهم ينحدرون من أصول أفريقية.", "2018-06-05"), "CONSULT")


def test_events_the_object_of_an_undergoing_verb_is_the_verbal_noun_and_its_nationality_the_doer():
    evs = events_of("وتتلقى قوات سوريا الديمقراطية والوحدات الكردية دعما أمريكيا في مواجهة تنظيم الدولة الإسلامية.",
                    "2018-02-15")
    assert {(label(e["source"]), label(e["target"])) for e in find(evs, "SUPPORT")} == {
        ("USA", "Syrian Democratic Forces"), ("USA", "People's Protection Units (YPG)")}


def test_events_only_an_envoy_summoned_is_a_sanction():
    evs = events_of("فتح القضاء الفيدرالي الأميركي تحقيقا في اعتداءات جنسية، واستدعى القضاء مسؤولين في أبرشية بنسلفانيا.",
                    "2018-08-15")
    assert not find(evs, "SANCTION")
    evs = events_of("استدعت الخارجية المصرية القائم بالأعمال الألماني.", "2018-05-15")
    assert [label(e["target"]) for e in find(evs, "SANCTION")] == ["DEU"]


def test_events_defendants_counted_accuse_no_one():
    evs = events_of("أصدرت محكمة جنايات القاهرة، السبت، حكمها بإعدام 75 متهما بينهم قيادات بجماعة الإخوان المسلمين.",
                    "2018-09-08")
    assert not find(evs, "ACCUSE")


def test_events_the_owner_of_a_conviction_with_its_charge_is_the_one_convicted():
    evs = events_of("أصدرت المحكمة الجنائية العراقية حكما بالسجن المؤبد على الفرنسية ميلينا بوغدير بعد إدانتها بالانتماء "
                    "لتنظيم داعش.", "2018-06-05")
    assert not [e for e in find(evs, "ACCUSE") if label(e["target"]) == "Islamic State"]
