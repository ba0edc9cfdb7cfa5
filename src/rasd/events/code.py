"""Stage 5, events: triggers → PLOVER events with actors, modality, date, place, quotes and evidence.

Input: a Document after the entities stage. Output: ``doc.extra["events"]`` (one record per happening, its
mentions listed) and ``doc.extra["quotes"]``. Rules, in the order they are applied to each trigger, are in
docs/events.md; every word list they read is a data file in ``rasd/data/events``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import add, attrgetter

from ..core import Document
from ..text.normalize import NormText, dediac_ar, normalize, normalize_str
from .dates import DateMention, find_dates
from .triggers import QUAD, EventData, Reading, default_event_data  # noqa: F401

_NONWORD_RE = re.compile(r"[^\w ]|_")
# punctuation that ends a phrase: these marks, a straight quote that does not open, or "--" (each found apart: one
# class alone is searched much faster); opening quotes (« “) end nothing
_DATELINE_RE = re.compile(r"[^\n()]{2,70}\((?:CNN\)\s*(?:--|[-—–])?|[A-Z][A-Za-z. ]{1,10}\)\s*(?:--|[-—–]))")
_PUNCT_MARK_RE = re.compile(r"[،,;؛:»”—–]")
_STRAIGHT_QUOTE_RE = re.compile(r'"')
_DASHES_RE = re.compile(r"--")
_START = re.Match.start
_PREPS = frozenset(normalize_str(w) for w in
                   ["في", "على", "إلى", "من", "مع", "عن", "ضد", "بحق", "لدى", "تجاه", "عند", "خلال", "حول", "بين", "نحو", "لصالح", "عبر", "أمام", "قرب", "داخل", "خارج"])
_AGENT_NOUNS = frozenset(["جانب", "قبل", "طرف"])  # من جانب / من قبل / من طرف X: by X
_BY_WORDS = frozenset(normalize_str(w) for w in "برصاص بنيران بقصف بغارة بغارات بصاروخ بأيدي يد أيدي".split())  # … X: by X
_MONEY_RE = re.compile(r"(\d[\d,.]*\s*(?:مليون|مليار|ألف|آلاف|ملايين|مليارات)?\s*(?:دولار|يورو|جنيه|ريال|درهم|دينار|"
                       r"ليرة|روبل|يوان)(?:ا|ات)?(?:\s+(?:أمريكي|أميركي|أمريكية|أميركية))?)")
_DENIALS = frozenset(["نفي", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "نفيا"])
_SPEECH = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})  # acts whose object may be an act
_DOMESTIC = frozenset({"COERCE", "ASSAULT", "RETREAT", "SANCTION"})  # acts on people, often unnamed
DIRECTED = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "CONSULT", "SUPPORT", "AGREE", "COOPERATE",
                      "AID"})  # aimed at someone by definition: without its target, partial
UNAIMED = frozenset({"نفى/ينفي"})  # a denial need not answer anyone: وتنفي تركيا استهداف المدنيين
_ARMED = frozenset({"MIL", "REB", "INS", "UAF", "PRM", "IMG", "SEP", "COP", "SPY"})
_BLAMED = frozenset(normalize_str(w) for w in ["تسميم", "اختفاء", "عرقلة", "مجزرة", "مجازر", "انتهاكات", "جرائم",
                                                "تدهور", "أعمال", "العنف", "عنف", "سقوط", "فشل"])
_ATTACK_NOUNS = frozenset(normalize_str(w) for w in ["هجوم", "هجوما", "هجمات", "غارة", "غارات", "تفجير", "تفجيرا",
                                                      "انفجار", "انفجارا", "قصف", "قصفا", "ضربة", "ضربات", "صاروخ",
                                                      "صاروخا", "قذيفة", "عبوة", "هجوم انتحاري", "تفجيرات",
                                                      "اشتباكات", "عملية", "عمليات", "قذائف"])
_CHARGE_PREFIXES = ("بت", "بال", "بارتكاب", "بدعم", "بقتل", "بمحاولة", "بالوقوف")  # بتسميم، بالتورط، بدعم
_ALL_WORDS = frozenset(normalize_str(w) for w in ["جميع", "كل", "كافة", "بعض", "معظم", "أغلب"])
_PERPETRATORS = frozenset(normalize_str(w) for w in ["منفذ", "منفذي", "منفذو", "منفذا", "منفذة", "منفذين", "مرتكب",
                                                     "مرتكبي", "مرتكبو", "مرتكبين", "مدبر", "مدبري", "مدبرو"])
@lru_cache(maxsize=None)
def _stems(lemma: str) -> tuple[str, str]:
    """The normalized perfect and imperfect of a verb lemma ("قتل/يقتل"، "أطلق/يطلق الرصاص"), first words only."""
    perfect, _, imperfect = lemma.partition("/")
    return normalize_str(perfect.split()[0]) if perfect.split() else "", \
        normalize_str(imperfect.split()[0]) if imperfect.split() else ""


_MASCULINE_STATES = frozenset(normalize_str(w) for w in [
    "العراق", "الأردن", "السودان", "المغرب", "اليمن", "البحرين", "لبنان", "الكرملين", "البيت الأبيض", "الفاتيكان",
    "الصومال", "البنتاغون", "الإليزيه", "قصر الإليزيه"])  # states and seats whose names are masculine (أعلن العراق)
_ANONYMITY = frozenset(normalize_str(w) for w in ["ذكر", "الكشف", "كشف", "نشر", "الإفصاح", "الافصاح"])
# passive participles of holding or sentencing: an act told after one has no doer in the sentence
# (القس أندرو برانسون المحتجز تحت الإقامة الجبرية، المحكوم عليه بالإعدام)
_HELD = frozenset(p + e for p in ("المحتجز", "المعتقل", "الموقوف", "المسجون", "الموضوع", "الخاضع", "المحكوم",
                                  "محتجز", "معتقل", "موقوف", "مسجون", "موضوع", "خاضع", "محكوم")
                  for e in ("", "ه", "ين", "ون", "ان", "تين"))
_SENTENCED = frozenset(normalize_str(w) for w in ["بالسجن", "بالإعدام", "بالحبس", "بتهمة", "بتهم", "بالمؤبد"])
_THREAT_WORDS = frozenset(normalize_str(w) for w in ["هدد", "يهدد", "تهدد", "هددت", "توعد", "يتوعد", "تتوعد",
                                                    "توعدت", "ملوحا", "ملوحة", "مهددا", "مهددة", "لوح", "لوحت",
                                                    "يلوح", "تلوح", "تهديدات", "تهديد", "تهديدا", "التهديد",
                                                    "التهديدات"])
_RETALIATION = frozenset(normalize_str(w) for w in ["بالرد", "بالانتقام", "بالثأر", "بالقصاص"])
_DESCRIPTION_HEADS = frozenset(normalize_str(w) for w in [
    "نائب", "رئيس", "رئيسة", "وزير", "وزيرة", "مدير", "مديرة", "عضو", "سفير", "سفيرة", "زعيم", "قائد", "مستشار",
    "أمين", "المبعوث", "مبعوث", "ممثل", "رئيسا", "وزيرا"])  # an indefinite description after a name: نائب الرئيس …
_DURING = frozenset(normalize_str(w) for w in ["خلال", "أثناء", "اثناء"])
_TIME_CLAUSE = frozenset(normalize_str(w) for w in ["بعدما", "عندما", "حينما", "لما", "حين", "ريثما"])
_OPINIONS = frozenset(normalize_str(w) for w in ["تقييم", "رأي", "موقف", "وجهة", "تصريحات", "طرح", "تحليل", "كلام",
                                                 "قول", "ما", "فكرة", "تقدير", "نظرة", "رؤية"])  # اتفق مع رأي: a view
_DATELINE_WORDS = frozenset(["cnn", "CNN"])  # (CNN)-- opens a page: a source line, no apposition
_BI_PRONOUNS = frozenset(normalize_str(w) for w in ["بها", "به", "بهم", "بهما", "بهن"])  # قام بها: did it
_DEMONSTRATIVES = frozenset(normalize_str(w) for w in ["هؤلاء", "أولئك", "هذا", "هذه", "ذلك", "تلك"])
_STATE_KINDS = frozenset(["country", "organization", "group"])
_WEEKDAY_WORDS = frozenset(normalize_str(w) for w in ["الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
                                                     "الجمعة", "السبت"])
_TIME_NOUNS = _WEEKDAY_WORDS | frozenset(normalize_str(w) for w in ["اليوم", "الليلة", "الماضي", "الماضية", "المقبل",
                                                                   "المقبلة", "الحالي", "الجاري"])
_TIME_WORDS = _TIME_NOUNS | frozenset(normalize_str(w) for w in ["مساء", "صباح", "ليل", "فجر", "ظهر", "عصر", "أمس",
                                                                 "اليوم", "الليلة", "يوم"])
_GOVERNS = frozenset(normalize_str(w) for w in ["عملية", "عمليات", "حملة", "حملات", "إثر", "اثر", "جراء", "بعد",
                                                 "قبل", "عقب", "خلال", "بسبب", "نتيجة", "وقف", "لوقف", "استمرار"])
_REFUSE = frozenset(normalize_str(w) for w in ["رفض", "رفضت", "يرفض", "ترفض", "رفضوا", "يرفضون", "رافضا",
                                               "رافضة", "رفضها", "رفضه"])
_WHEN = frozenset(["عندما", "حينما", "حين"])  # when + imperfect: what is still to come
_FUTURE_AFTER = frozenset(["المقبل", "المقبله", "القادم", "القادمه", "المرتقب", "المرتقبه", "المزمع", "المزمعه"])
_HEAD_WORDS = frozenset(normalize_str(w) for w in ["رئيس", "رئيسة", "مدير", "مديرة", "أمين", "قائد", "زعيم",
                                                  "سفير", "مبعوث", "ممثل", "وزير", "وزيرة", "محافظ", "حاكم"])
_MEDIA_WORDS = frozenset(normalize_str(w) for w in [
    "صحيفة", "الصحيفة", "صحف", "الصحف", "وكالة", "الوكالة", "وكالات", "قناة", "القناة", "مجلة", "المجلة", "موقع",
    "الموقع", "وسائل", "الإعلام", "التلفزيون", "التلفزيونية", "الإذاعة", "شبكة", "الشبكة", "صحيفتي"])
_NOT_PARTIES = {"CONSULT": frozenset(normalize_str(w) for w in ["لاجئ", "لاجئا", "لاجئين", "اللاجئين", "نازح",
                                                                  "نازحين", "النازحين", "مهاجر", "مهاجرين"]),
                "MOBILIZE": frozenset(normalize_str(w) for w in ["الجهود", "جهود", "جهوده", "جهودها", "الدعم",
                                                                  "التأييد", "الأصوات", "أنصاره", "أنصارها"])}
_REGIME = normalize_str("النظام")
_CANCEL = frozenset(normalize_str(w) for w in ["ألغى", "ألغت", "إلغاء", "بإلغاء", "يلغي", "تلغي", "ألغوا"])
_PASSIVE_VERBS = frozenset(["قتل/يقتل", "جرح/يجرح", "اعتقل/يعتقل", "احتجز/يحتجز", "اختطف/يختطف", "خطف/يخطف",
                            "أعدم/يعدم", "اغتال/يغتال", "أصاب/يصيب", "استهدف/يستهدف"])  # not اقتحم، هاجم: a count
# after them is their subject (اقتحم مئات المستوطنين)
_PASSIVE_NEXT = frozenset(normalize_str(w) for w in [
    "أكثر", "نحو", "حوالي", "زهاء", "قرابة", "ما", "عدد", "العشرات", "عشرات", "المئات", "مئات", "الآلاف", "آلاف",
    "أحد", "إحدى", "شخص", "شخصان", "شخصين", "آخرون", "آخران", "آخرين", "فيها", "فيه", "خلاله", "خلالها", "بها",
    "اثنان", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "ثلاث", "أربع", "خمس",
    "ست", "سبع", "ثماني", "تسع", "عشر", "بجروح"])
_VICTIM_NOUNS = frozenset(normalize_str(w) for w in [
    "جندي", "شرطي", "مدني", "طفل", "صحفي", "صحافي", "مواطن", "رجل", "امرأة", "ضابط", "عنصر", "قيادي", "القيادي",
    "الجندي", "الشرطي", "الضابط", "الصحفي", "الصحافي", "المواطن", "الطفل", "الشاب", "شاب", "فلسطيني", "الفلسطيني",
    "زعيم", "قائد"])  # after a bare قتل، اعتقل: its patient, when no object follows (passive_next)
_WOUNDED = _WEEKDAY_WORDS | frozenset(normalize_str(w) for w in ["وأصيب", "وأصيبت", "وجرح", "واعتقل", "بالرصاص",
                                                                  "برصاصة", "بجروح", "متأثرا", "متأثرة", "أمس", "اليوم"])
_DECLARED = frozenset({"SANCTION", "RETREAT", "PROTEST", "MOBILIZE", "AGREE", "curfew", "martial-law", "restrict"})  # أعلن X
_DATED_NOUNS = frozenset(normalize_str(p + w) for p in ("", "ال") for w in [
    "انتخابات", "حرب", "ثورة", "انقلاب", "غزو", "أزمة", "احتجاجات", "انتفاضة", "مجزرة", "نكبة", "نكسة", "استفتاء",
    "دستور", "محاولة", "قمة", "مونديال", "كأس", "أولمبياد", "زلزال", "إعصار"])  # nouns a following year dates
_MEASURES = frozenset(normalize_str(w) for w in ["عقوبات", "عقوبة", "إجراءات", "تدابير", "قيود", "رسوم", "ضرائب",
                                                 "تعريفات", "إصلاحات", "قوانين", "قانون", "خطة", "سياسة", "سياسات"])
_JUDICIAL = frozenset(normalize_str(w) for w in ["تحقيق", "نيابة", "نيابه", "قضاء", "محاكمة", "محكمة", "محاكم",
                                                 "نائب", "جنايات"])  # أحال … للتحقيق / إلى النيابة / إلى محكمة الجنايات
_ILLNESS = frozenset(normalize_str(w) for w in ["وعكة", "مرض", "سرطان", "فيروس", "إنفلونزا", "نوبة", "جلطة",
                                                "التهاب", "حمى", "كوليرا", "إصابة", "إرهاق", "حالة", "ذعر",
                                                "هلع", "صدمة", "إحباط", "خيبة", "دهشة"])  # أصيب ب…: taken ill or
# struck with panic (وأصاب الطلاب بحالة من الذعر)
_RESPOND = frozenset(["رد", "ردت", "يرد", "ترد", "ردوا", "يردون"])  # رد ب (respond by) vs رد على (respond to)
_CARRY_NEXT = frozenset(normalize_str(w) for w in ["من", "أيضا", "كذلك", "مجددا", "بدوره", "بدورها", "أمس", "اليوم",
                                                   "مؤخرا", "أنه", "أنها", "إنه", "إنها"])
_SUSPEND = frozenset(normalize_str(w) for w in ["تعليق", "بتعليق", "وتعليق", "إنهاء", "بإنهاء", "لإنهاء"])  # ended
_NEG_FRAME = frozenset(normalize_str(w) for w in [
    "يصدر", "تصدر", "يستطيع", "تستطيع", "يتم", "تتم", "يشهد", "تشهد", "يحدث", "تحدث", "يجر", "تجر",
    "يسمح", "تسمح", "ينجح", "تنجح"])  # negated, they frame a verbal noun after them as not done
_FUTURE_NEXT = frozenset(normalize_str(w) for w in [
    "ستجرى", "ستجري", "سيجري", "سيجرى", "ستعقد", "سيعقد", "ستنطلق", "سينطلق", "ستبدأ", "سيبدأ", "ستقام", "سيقام",
    "ستستمر", "سيستمر", "ستتم", "سيتم", "ستكون", "سيكون", "سيقوم", "ستقوم", "ستشمل", "سيشمل", "ستستضيف", "سيستضيف"])
_SPORT_PAGE = 6  # different sports words (grammar kind sport) that make a page a match report
_LED_BY = frozenset(normalize_str(w) for w in ["بقيادة", "بزعامة", "برئاسة", "بمشاركة", "بدعم", "بمساندة", "بإسناد",
                                               "بقياده"])  # the doer's description: who leads or backs it
_MEMBER_NOUNS = frozenset(normalize_str(w) for w in ["عناصر", "أعضاء", "أفراد", "عملاء", "ضباط", "مقاتلي", "جنود",
                                                     "أشخاص", "شخصيات", "كيانات", "شركات", "مسؤولين", "قادة"])
_AFFILIATED = frozenset(normalize_str(w) for w in ["مرتبطين", "مرتبطة", "المرتبطين", "المرتبطة", "تابعين", "تابعة",
                                                   "التابعين", "التابعة", "ينتمون", "المنتمين", "منتمين", "موالين",
                                                   "الموالين", "مقربين", "المقربين"])
_COUNT_WORDS = frozenset(normalize_str(w) for w in ["نحو", "أكثر", "حوالي", "قرابة", "زهاء", "عشرات", "العشرات",
                                                    "مئات", "المئات", "آلاف", "الآلاف", "ملايين", "الملايين"])
_CIRCUMSTANCE_MORE = frozenset(normalize_str(w) for w in ["داخل", "هناك", "بأيدي", "بعد", "عند", "قبل", "لدى"])
_KANA = frozenset(["كان", "كانت", "كانوا"])  # كان … قد + perfect: the pluperfect, its subject between them
_CIRCUMSTANCE = frozenset(normalize_str(w) for w in ["في", "خلال", "جراء", "إثر", "برصاص", "بنيران", "أثناء", "بقصف",
                                                     "بغارة", "بغارات", "على"])  # after a plural passive (قتلوا في)
_BETWEEN_NOUNS = frozenset(normalize_str(w) for w in ["الحدود", "حدود", "الطريق", "طريق", "خط", "الخط", "الواصل",
                                                      "الرابط", "الفاصل", "المنطقة", "منطقة", "المسافة"])
_WHILE = frozenset(normalize_str(w) for w in ["أثناء", "خلال", "بعد", "قبل", "عقب", "منذ", "إثر", "عند", "لدى"])  # اعتقل أثناء زيارة لغينيا
_DENY = ("نفى/", "نفي")  # the denial triggers (the verb, and its noun if one is added)
_ORDERED = frozenset({"COERCE", "SANCTION", "ASSAULT", "RETREAT", "MOBILIZE", "AID"})  # acts one can order done
_UNNAMED_SECTORS = {"civilians": "CVL", "government": "GOV"}  # Actor kinds for parties the text does not name
_LISTED = frozenset(normalize_str(w) for w in ["الإرهاب", "للإرهاب", "إرهابية", "إرهابيين", "إرهابيا", "إرهابي",
                                                "العقوبات", "السوداء", "الإرهابية", "الإرهابيين"])  # designations
# (a terror or sanctions list, not any list: أدرجت اليونسكو الموقع على قائمة التراث العالمي)
_KIN = frozenset(normalize_str(w) for w in ["ابنة", "ابن", "نجل", "نجلة", "زوجة", "زوج", "صهر", "شقيق", "شقيقة",
                                             "أرملة", "حفيد", "حفيدة", "والد", "والدة", "عائلة", "أسرة", "محامي",
                                             "محامية"])  # X's relative (with و: bare() strips it)
_CONFIRM_DENY = frozenset(normalize_str(w) for w in ["تؤكد", "يؤكد", "تنف", "ينف", "تنفي", "ينفي", "يؤكدوا",
                                                     "ينفوا", "يؤكدا", "ينفيا", "تؤكدا", "تنفيا"])  # after لم/لا
_CONSTRUCT_HEADS = frozenset(normalize_str(w) for w in [
    "استخدام", "استمرار", "قرار", "قرارات", "تصريحات", "تصريح", "موقف", "مواقف", "سياسة", "سياسات", "تدخل", "ممارسات",
    "انتهاكات", "إجراءات", "خطوة", "خطوات", "محاولات", "محاولة", "تهديدات", "اعتداءات", "جرائم", "عدوان", "احتلال",
    "وجود", "دور", "أنصار", "مؤيدي", "معارضي", "حلفاء"])  # a noun whose genitive an actor right after a verb is
_OTHER_ONES = frozenset(normalize_str(w) for w in ["أخرى", "أخر", "آخرون", "آخرين"])  # طائرات بريطانية وأخرى فرنسية:
# more of the doers, not a target
_FOREIGN = frozenset(normalize_str(w) for w in ["أجنبيا", "أجنبية", "أجنبيات"])  # counted foreigners (29 أجنبيا)
_TOPIC_WORDS = frozenset(normalize_str(w) for w in ["لبحث", "لمناقشة", "بشأن", "حول", "بخصوص", "لمتابعة"])  # about
_BACKING = frozenset(normalize_str(w) for w in ["مساندة", "مساندتها", "مساندته", "دعم", "دعمها", "دعمه", "تأييد",
                                                 "تأييدها", "تأييده", "تضامن", "تضامنها", "تضامنه"])  # support for
_DIPLOMATS = frozenset(normalize_str(w) for w in ["دبلوماسيين", "دبلوماسيا", "دبلوماسيون", "سفير", "سفيرها", "سفيره",
                                                  "سفراء", "القائم", "دبلوماسي"])
_PACTS = frozenset(normalize_str(w) for w in ["اتفاق", "اتفاقية", "معاهدة", "مفاوضات", "محادثات", "اتفاقيات",
                                              "اتفاقات"])  # leaving one is no retreat (انسحبت من الاتفاق)
_ASIDE_SIDES = frozenset(normalize_str(w) for w in ["جهته", "جهتها", "جانبه", "جانبها", "جهتهم", "جانبهم", "خلاله",
                                                    "خلالها"])  # من جهته، من خلالها: asides
_WARNINGS = ("حذر", "يحذر", "تحذر", "محذر", "تحذير", "نحذر", "احذر")  # warn (the act warned against is not done)
_MILITIA_DESCRIBED = ("التابع", "الموالي", "المدعوم", "المسلحة", "المتحالف")  # الميليشيات التابعة لإيران: another
_MILITIA_WORDS = ("ميليشي", "مليشي", "ميلشي")  # the militias named (ميليشيات الحوثي، ميليشيا حزب الله)
_NOT_WHEN = frozenset(normalize_str(w) for w in ["حتى", "بحلول", "اعتبارا", "اعتبارًا", "من", "بعد", "قبل", "منذ",
                                                "مهلة", "موعد", "أقصاه", "غضون", "خلال", "نهاية", "مطلع"])
_POINTING = frozenset(normalize_str(p + w) for p in ("", "ب", "ل") for w in ["هذا", "هذه", "ذلك", "تلك", "هذين",
                                                                             "هاتين"])  # a demonstrative object
_POINTED_TIMES = frozenset(normalize_str(w) for w in ["الشهر", "الأسبوع", "العام", "اليوم", "الصباح", "المساء",
                                                     "الأثناء", "الوقت", "السنة", "الإطار", "الصدد", "السياق"])  # هذا الشهر
_DOCUMENTS = frozenset(normalize_str(w) for w in ["قرار", "قرارا", "بيان", "بيانا", "رسالة", "تقرير", "تقريرا", "مذكرة",
                                                "قانون", "قانونا"])  # a document "that demands" (قرار يطالب)
_PRESUPPOSING = frozenset(normalize_str(w) for w in ["لماذا", "لم", "كيف", "لمَ"])  # questions that take the act as done
_ALLY_OF = frozenset(normalize_str(w) for w in ["حليفة", "حليف", "الحليفة", "الحليف", "حلفاء", "حليفتها", "حليفه"])
_ENVOY_STEMS = tuple(normalize_str(w) for w in ["سفير", "سفراء", "سفار", "مبعوث", "قنصل", "دبلوماسي", "قائم",
                                                 "ممثل", "بعثة"])  # an envoy summoned or recalled
_BELONGING = frozenset(normalize_str(w) for w in ["تابعة", "تابع", "التابعة", "التابع", "تابعين", "تابعتين"])
_MINISTRY_DUALS = tuple(normalize_str(w) + " " for w in ["وزارتا", "وزارتي", "وزارتان"])  # (the trailing space:
# a whole word)
_LAW_WORDS = frozenset(normalize_str(w) for w in ["القانون", "قانون", "القوانين", "الدستور", "اللائحة"])  # provisions
_LIFT = frozenset(normalize_str(w) for w in ["رفع", "برفع", "لرفع"])
_VIA = frozenset(["عبر", "عبرت", "يعبر", "تعبر", "عبروا", "يعبرون", "عبرا"])  # also the preposition 'via, across'
_STATEMENTS = frozenset(normalize_str(w) for w in ["بيان", "بيانا", "تقرير", "تقريرا", "إعلان"])


@dataclass(slots=True)
class Actor:
    """An entity mention (or a free nationality adjective) placed on the sentence's tokens."""

    i: int  # first token
    j: int  # last token
    prefix: str  # proclitic letters of the first token before the mention
    ent: dict | None
    text: str
    start: int  # original offsets
    end: int
    country: str | None
    kind: str

    @property
    def key(self) -> str:
        if self.ent:
            return self.ent["id"]
        # unnamed people of a country and its government are two parties (protesters before the governor's office)
        return f"{self.kind}:{self.country}" if self.kind in _UNNAMED_SECTORS else f"country:{self.country}"

    def as_dict(self) -> dict:
        e = self.ent
        sector = e["sector"] if e else _UNNAMED_SECTORS.get(self.kind)
        return {"text": self.text, "entity": e["id"] if e else None, "name": e["name"] if e else None,
                "country": self.country, "sector": sector, "role": e["role"] if e else None}


@dataclass
class Found:
    """One coded trigger before within-page merging."""

    reading: Reading
    story: int
    sentence: int
    ti: int
    tj: int
    source: list[Actor]
    target: list[Actor]
    source_how: str
    modality: str
    negated: bool
    date: DateMention | None
    location: Actor | None
    amount: str | None
    rule: list[str] = field(default_factory=list)
    confidence: float = 0.9
    date_inherited: bool = False  # the date comes from an earlier sentence of the story


def _denied_accuser(f: Found, found: list[Found]) -> None:
    """تنفي روسيا ذلك: a denial with no one named denies the latest accusation the story made against its source
    (the accuser is the target), told at most three sentences before."""
    if not f.reading.trigger.lemma.startswith(_DENY):
        return
    who = {a.key for a in f.source}
    countries = {a.country for a in f.source if a.country}
    for g in reversed(found):
        if g.story != f.story or g.sentence < f.sentence - 3:
            break
        if g.reading.trigger.type == "ACCUSE" and g.source and g.target and not g.negated and (
                who & {a.key for a in g.target} or countries & {a.country for a in g.target if a.kind == "country"}):
            if not who & {a.key for a in g.source}:
                f.target = list(g.source)
                f.rule.append("denies-accuser")
            return


def _answered_act(f: Found, found: list[Found]) -> None:
    """ورحبت الجامعة العربية بهذه الخطوة، وأدانت إسرائيل هذا القرار، وانتقد مسؤول ذلك الحظر: a stance on an act
    pointed at (a demonstrative right after the verb and its subject) is aimed at whoever did the latest act the story
    told, in this sentence or the two before, someone else than the one taking the stance."""
    who = {a.key for a in f.source}
    countries = {a.country for a in f.source if a.country}
    for g in reversed(found):
        if g.story != f.story or g.sentence < f.sentence - 2:
            return
        if not g.source or g.negated or g.modality != "asserted":
            continue
        if who & {a.key for a in g.source} or countries & {a.country for a in g.source if a.country}:
            return  # the latest act is the speaker's (or its country's) own: what it points at is no one else's
        f.target = list(g.source)
        f.rule.append("answers-act")
        return


def _ordered_acts(coded: list[Found]) -> list[Found]:
    """أمرت النيابة بحبس ضابطين: an order to do an act is that act, done by whoever ordered it (the order itself is
    no separate REQUEST)."""
    out = []
    for f in coded:
        if f.reading.trigger.pos == "verb" and f.reading.trigger.type == "ASSAULT":
            # القصف التركي قتل 43 شخصا: the shelling that killed is one act, told by its noun and its verb
            noun = next((g for g in out if g.reading.trigger.type == "ASSAULT" and g.reading.trigger.pos != "verb"
                         and g.tj < f.ti and ((f.ti <= g.tj + 3 and {a.key for a in g.source} == {a.key for a in
                                                                                       f.source})
                                              or (f.ti <= g.tj + 8 and f.source_how == "attack-clause"))),
                        None)  # شن الجيش هجوما صاروخيا استهدف مواقع: the verb describes the attack its noun told
            if noun is not None:
                if not noun.target and f.target:
                    noun.target = f.target
                continue
        if f.reading.trigger.type == "PROTEST" and _in_protest(f):
            first = next((g for g in out if g.reading.trigger.type == "PROTEST" and g.tj < f.ti), None)
            if first is not None:  # تظاهروا أمام مقر المحافظ احتجاجا على …: the same protest, told with its purpose
                if not first.target and f.target:
                    first.target = f.target
                continue
        if f.reading.trigger.type == "REQUEST" and f.reading.trigger.lemma.startswith("أمر/"):
            act = next((g for g in coded if f.tj < g.ti <= f.tj + 6 and g.reading.trigger.type in _ORDERED), None)
            if act is not None:
                if not act.source and f.source:
                    act.source, act.source_how = f.source, f.source_how
                    act.rule.append("ordered-by")
                continue
        out.append(f)
    return out


def _opening(text: str, i: int) -> bool:
    """A straight quote that opens: nothing or a space or bracket before it, a letter after it."""
    return (i == 0 or text[i - 1] in " \n(") and i + 1 < len(text) and text[i + 1].isalpha()


def _in_protest(f: Found) -> bool:
    """The adverb احتجاجا (in protest), not a protest noun."""
    form = f.reading.form
    stem = normalize_str(f.reading.trigger.lemma.split("/")[0].split()[0])
    return f.reading.trigger.pos == "noun" and form.text[form.prefix :] == stem + "ا"  # احتجاجا, not احتجاجها


_BY_TOKEN = attrgetter("i")


def _cue_at(cue_first: dict, words: list[str], k: int, first: str) -> tuple[str, int] | None:
    """The cue starting at word ``k`` read as ``first`` (the word, or the word without its و/ف), longest first:
    (kind, number of words); as :meth:`EventData.cue_kind`."""
    nxt = words[k + 1] if k + 1 < len(words) else None
    for cue, kind in cue_first.get(first, ()):
        n = len(cue)
        if n == 1:
            return kind, 1
        if cue[1] == nxt and (n == 2 or (first, *words[k + 1 : k + n]) == cue):  # the second word first: cheap
            return kind, n
    return None


@lru_cache(maxsize=None)
def _taa_word(lemma: str) -> str:
    """The normalized singular of a verbal noun spelled with ة (مساعدة → مساعده, without its last letter), or ''."""
    word = lemma.split("/")[0].split()[-1]
    return normalize_str(word)[:-1] if word.endswith("ة") else ""


_COMMON: list[frozenset[str]] = []


def _common_words() -> frozenset[str]:
    """The lexicon's everyday words (common_words.txt), loaded once with the default lexicon."""
    if not _COMMON:
        from ..entities.lexicon import default_lexicon
        _COMMON.append(default_lexicon().common_words)
    return _COMMON[0]


class _Coder:
    def __init__(self, doc: Document, data: EventData):
        self.doc, self.data = doc, data
        self.nt: NormText = doc.extra.get("_norm") or normalize(doc.text)
        norm = self.nt.text
        self.norm = norm
        try:
            self.published = dt.date.fromisoformat((doc.published or "")[:10])
        except ValueError:
            self.published = None
        # the text the automata run on: every non-word character a space, padded (the entities stage made it)
        self.mtext = doc.extra.get("_mtext") or " " + _NONWORD_RE.sub(" ", norm) + " "
        # the page's words ([^\W_]+ runs): normalized (start, end), and the words themselves. They are what is left
        # between the spaces of mtext; running sums of the pieces' lengths give the offsets, with no match objects.
        pieces = self.mtext.split(" ")
        lens = list(map(len, pieces))
        starts = self.tok_starts = list(compress(accumulate(map(add, lens, repeat(1)), initial=-1), lens))
        words = self.words = list(filter(None, pieces))
        self.spans = list(zip(starts, map(add, starts, map(len, words))))
        self._days: dict[tuple[int, int, int], DateMention | None] = {}  # story_date() by (story, sentence's tokens)
        hard_words, starts_cue = data.hard_words, data.cue_starts
        marked = self.marked = list(compress(count(), map(data.marked_words.__contains__, words)))  # one pass
        self.hard = {k for k in marked if words[k] in hard_words}  # clause-opening words
        # words followed by punctuation: the last word starting before each mark (a mark is never inside a word)
        # an opening quote starts a name or a quotation, it does not end what came before: أدانت منظمة "مراسلون …"
        marks = list(map(_START, _PUNCT_MARK_RE.finditer(norm)))  # in any order: only the set of words counts
        if '"' in norm:
            marks += [i for i in map(_START, _STRAIGHT_QUOTE_RE.finditer(norm)) if not _opening(norm, i)]
        if "--" in norm:
            marks += map(_START, _DASHES_RE.finditer(norm))
        self.soft: set[int] = {k - 1 for k in map(bisect_right, repeat(starts, len(marks)), marks) if k}
        self.cue_at: dict[int, tuple[str, int]] = {}
        cue_first, single, seconds = data.cue_first, data.cue_single, data.cue_seconds
        last = len(words) - 1
        for k in marked:
            w = words[k]
            if w not in starts_cue:
                continue
            # data.cue_kind(), with a shortcut: unless the next word can go on a longer cue, only a 1-word cue fits
            nxt = words[k + 1] if k < last else None
            sec = seconds.get(w)
            got = _cue_at(cue_first, words, k, w) if sec and nxt in sec else single.get(w)
            if not got and len(w) > 2 and w[0] in "وف":
                rest = w[1:]
                sec = seconds.get(rest)
                got = _cue_at(cue_first, words, k, rest) if sec and nxt in sec else single.get(rest)
            if got:
                self.cue_at[k] = got
        self._all_dates: list[DateMention] | None = None
        self.noun_too: set[int] = set()  # tokens where a verb trigger is spelled like a verbal noun (all_triggers)
        self._report_toks: list[int] | None = None
        self.title_toks: set[int] = set()
        self.gk: dict[int, str | None] = {}  # grammar kind by token, filled as asked
        self.home: str | None = doc.extra.get("_home")  # the page's most mentioned country (entities stage)
        titles = doc.extra.get("_titles")
        if titles:
            firsts = [a for a, _ in titles]
            lasts = [b for _, b in titles]
            if self.nt.orig_starts != (0,):  # else nothing was removed or expanded: the offsets are the same
                firsts = list(map(self.nt.to_normalized, firsts))
                lasts = list(map(self.nt.to_normalized, lasts))
            update = self.title_toks.update
            for a, b in zip(firsts, lasts):  # tok_at() of the first and the last letter, inlined
                update(range(max(bisect_right(starts, a) - 1, 0), max(bisect_right(starts, max(b - 1, 0)) - 1, 0) + 1))
        self._place_actors()

    def report_toks(self) -> list[int]:
        """The tokens that are a reporting cue, bare or after و/ف (قال، وقال), in text order; found once, among the
        marked tokens (a reporting word starts a cue, so it is marked)."""
        if self._report_toks is None:
            marked = self.marked
            said = map(self.data.report_words.__contains__, map(self.words.__getitem__, marked))
            self._report_toks = list(compress(marked, said))
        return self._report_toks

    # -- placing entity mentions on tokens ---------------------------------------------------------------------
    def tok_at(self, npos: int) -> int:
        return max(bisect_right(self.tok_starts, npos) - 1, 0)

    def _place_actors(self) -> None:
        """Group entity mentions and free nationality adjectives by sentence; placed on tokens when needed."""
        raw = self.raw_actors = {}
        for ent in self.doc.extra.get("entities", []):
            for m in ent["mentions"]:
                if m["sentence"] is not None:
                    key = (m["story"], m["sentence"])
                    if key in raw:
                        raw[key].append((ent, m))
                    else:
                        raw[key] = [(ent, m)]
        if not (self.doc.extra.get("_nisbas") or self.doc.extra.get("_agents")):
            return
        sentence_at = [(s.start, s.end, story.index, s.index) for story in self.doc.stories for s in story.sentences]
        sentence_at.sort()
        starts = [x[0] for x in sentence_at]
        for a, b, country in self.doc.extra.get("_nisbas", []):
            k = bisect_right(starts, a) - 1
            if k >= 0 and a < sentence_at[k][1]:
                raw.setdefault((sentence_at[k][2], sentence_at[k][3]), []).append(
                    (None, {"start": a, "end": b, "country": country}))
        militias = self.named_militias()
        for a, b, agent, sector, implied in self.doc.extra.get("_agents", []):
            k = bisect_right(starts, a) - 1
            if k >= 0 and a < sentence_at[k][1]:
                group = militias.get(a)
                raw.setdefault((sentence_at[k][2], sentence_at[k][3]), []).append(
                    (None, {"start": a, "end": b, "agent": agent, "sector": sector, "country": implied})
                    if group is None else (group, {"start": a, "end": b, "text": self.doc.text[a:b]}))

    def named_militias(self) -> dict[int, dict]:
        """Bare militia and rebel nouns (الميليشيات، المتمردون) after the page has named them (ميليشيات الحوثي،
        المتمردين الحوثيين): the start of each bare one → the group last named so, which it stands for (not the
        people of the place where it fights)."""
        agents = [(x[0], x[1], x[2]) for x in self.doc.extra.get("_agents", []) if x[2] in ("militias", "rebels")
                  and x[4] is None]
        if not agents:
            return {}
        text = self.doc.text
        named = [(m["start"], m["end"], ent) for ent in self.doc.extra.get("entities", [])
                 if ent["kind"] == "group" and not str(ent["id"]).startswith("agent:") for m in ent["mentions"]]
        if not named:
            return {}
        after = {a: ent for a, _, ent in named}
        out: dict[int, dict] = {}
        last: dict[str, dict] = {}  # agent → the group last named by it
        for a, b, x in sorted([*agents, *named], key=lambda x: x[0]):
            if not isinstance(x, str):  # ميليشيات الحوثي, one name
                head = normalize_str(text[a:b]).lstrip("وفبل").removeprefix("ال")
                if head.startswith(_MILITIA_WORDS):
                    last["militias"] = x
                elif head.startswith("متمرد"):  # المتمردين الحوثيين
                    last["rebels"] = x
                continue
            k = b
            while k < len(text) and text[k] in " _#":
                k += 1
            if k > b and k in after:  # الميليشيات الحوثية، #ميليشيا_الحوثي، المتمردين الحوثيين: the word before the name
                last[x] = after[k]
            elif x in last and not text[b : b + 12].lstrip(" ").startswith(_MILITIA_DESCRIBED):
                out[a] = last[x]
        return out

    def actors_for(self, story: int, sentence: int) -> list[Actor]:
        raw = self.raw_actors.get((story, sentence))
        if not raw:
            return []
        to_normalized, spans, starts, norm, text = self.nt.to_normalized, self.spans, self.tok_starts, self.norm, \
            self.doc.text
        # the normalized span of each mention: the original one when the normalization kept every offset, else the
        # one the entities stage kept, else mapped
        known = None if self.nt.orig_starts == (0,) else self.doc.extra.get("_norm_spans", {})
        out = []
        agents = False
        for ent, m in raw:
            start, end = m["start"], m["end"]
            ns = (start, end) if known is None else known.get((start, end))
            a = ns[0] if ns else to_normalized(start)
            i = max(bisect_right(starts, a) - 1, 0)  # tok_at(a), inlined, as below: the word holding a
            prefix = norm[spans[i][0] : a] if i < len(spans) else ""
            if ent is None:
                if "agent" in m:
                    j = max(bisect_right(starts, max(a, (end if known is None else to_normalized(end)) - 1)) - 1, 0)
                    out.append(Actor(i, j, prefix, {"id": f"agent:{m['agent']}", "name": None, "sector": m["sector"],
                                                    "role": None, "country": m["country"]}, text[start:end], start,
                                     end, m["country"], "agent"))
                    agents = True
                else:
                    out.append(Actor(i, i, prefix, None, text[start:end], start, end, m["country"], "nisba"))
                continue
            j = max(bisect_right(starts, max(a, (ns[1] if ns else to_normalized(end)) - 1)) - 1, 0)
            out.append(Actor(i, j, prefix, ent, m["text"], start, end, ent["country"], ent["kind"]))
        if agents:  # a bare agent noun inside a name (الشرطة in شرطة دبي) is no actor of its own
            named = {k for a in out if a.kind not in ("agent", "nisba") for k in range(a.i, a.j + 1)}
            out = [a for a in out if a.kind != "agent" or not named.intersection(range(a.i, a.j + 1))]
            if self.home:  # جيش النظام، قوات النظام: the regime's forces, of the page's country
                out = [replace(a, country=self.home) if a.kind == "agent" and a.country is None and a.j + 1 < len(
                    self.words) and self.words[a.j + 1] == _REGIME else a for a in out]
        out.sort(key=_BY_TOKEN)
        return out

    # -- triggers ------------------------------------------------------------------------------------------
    def all_triggers(self) -> list[tuple[int, int, int, Reading]]:
        """Leftmost-longest trigger matches at word starts in the whole text, once: (start, end, first token,
        last token) in normalized offsets and token indexes."""
        seg = self.mtext
        cands = []
        text = self.doc.text
        for end_idx, (length, readings, pron_h) in self.data.automaton.iter(seg):
            if seg[end_idx + 1] != " ":
                continue
            s = end_idx - length + 1
            if seg.startswith(_MINISTRY_DUALS, s + 1):
                continue  # وزارتا الداخلية والخارجية: two ministries, not و + زارتا (they both visited)
            if pron_h and text[self.nt.to_original(end_idx - 1)] == "ة":
                readings = tuple(r for r in readings if not r.form.pron_h)  # وزارة is not زار + ه
                if not readings:
                    continue
            elif seg[end_idx] == "ه" and text[self.nt.to_original(end_idx - 1)] == "ه" and any(
                    r.form.tense == "noun" and _taa_word(r.trigger.lemma) for r in readings):
                # ومساعده لشؤون المفاوضات: his aide (مساعد + ه), not aid (مساعدة printed with ة)
                readings = tuple(r for r in readings if not (r.form.tense == "noun" and seg[s:end_idx].endswith(
                    _taa_word(r.trigger.lemma))))
                if not readings:
                    continue
            cands.append((s, s - end_idx, len(cands), end_idx, readings))
        cands.sort()  # by start, longest first (then as found: the count keeps the readings out of the comparison)
        out = []
        last = -1
        starts = self.tok_starts
        n = len(starts)
        for s, _, _, e, readings in cands:
            if s >= last:
                i = bisect_left(starts, s)
                if i == n or starts[i] != s:  # a match must start a word
                    continue
                j = self.tok_at(e - 1)
                reading = readings[0]
                if len(readings) > 1 and any(r.form.tense == "noun" for r in readings):
                    self.noun_too.add(i)  # دعم، رفض، قصف: a verb printed like its verbal noun
                if reading.form.tense == "perfect" and len(readings) > 1 and i > 0 and (
                        reading.form.text[: reading.form.prefix].endswith(("ب", "ل"))
                        or self.words[i - 1].lstrip("وف") in _GOVERNS or self.words[i - 1] in _PREPS
                        or any(self.data.grammar.get(self.words[k]) in ("light", "undergo")
                               or self.data.grammar.get(self.words[k][1:]) in ("light", "undergo")
                               for k in range(max(0, i - 6), i))):
                    # (وتتلقى قوات سوريا الديمقراطية دعما، شنت قصفا: the object of a light or undergoing verb is the
                    # verbal noun, not a dual verb)
                    # إثر قصف المستشفى، عمليات طرد الدبلوماسيين، بقتل: after a preposition, the verbal noun
                    reading = next((r for r in readings if r.form.tense == "noun"), reading)
                if reading.form.later:  # سيطر … على: the rest must follow within a few words, in the clause
                    reading = next((r for r in sorted(readings, key=lambda r: -len(r.form.later))
                                    if not r.form.later or self.later_at(j, r.form.later) is not None), None)
                    if reading is None:
                        continue
                out.append((s, e, i, j, reading))
                last = e
        return out

    def later_at(self, j: int, later: tuple[str, ...]) -> int | None:
        """The token where ``later`` starts, two to six words after token ``j`` with no punctuation between."""
        words, n = self.words, len(later)
        for k in range(j + 2, min(len(words) - n + 1, j + 7)):
            if tuple(words[k : k + n]) == later:
                gap = self.norm[self.spans[j][1] : self.spans[k][0]]
                return None if any(c in gap for c in "،,.:؛;()\"«»“”—–؟!") else k  # no punctuation between
        return None

    # -- the pass ----------------------------------------------------------------------------------------------
    def run(self) -> tuple[list[Found], list[dict]]:
        found: list[Found] = []
        quotes: list[dict] = []
        if len(self.data.sport_words.intersection(self.words)) >= _SPORT_PAGE:
            return found, quotes  # a match report: its attacks, threats and control are play
        report = self.data.report
        found_all = self.all_triggers()
        trig_starts = [t[0] for t in found_all]
        text, words, tok_starts, to_normalized = self.doc.text, self.words, self.tok_starts, self.nt.to_normalized
        for story in self.doc.stories:
            carry: Actor | None = None
            before: list[tuple[int, int]] = []  # token ranges of the story's earlier sentences (read while coding
            # a sentence only: it grows after)
            for sent in story.sentences:
                na, nb = to_normalized(sent.start), to_normalized(sent.end)
                si = bisect_left(tok_starts, na)
                sj = bisect_left(tok_starts, nb)  # tokens [si, sj)
                if si >= sj:
                    continue
                lo, hi = bisect_left(trig_starts, na), bisect_left(trig_starts, nb)
                triggers = [(i, j, r) for _, e, i, j, r in found_all[lo:hi] if e <= nb]
                said = text[sent.start : sent.end]
                quoted = '"' in said or "«" in said or "“" in said
                if quoted and triggers:  # what a speaker says in a direct quotation is not a reported act
                    spans = [m.span() for m in _QUOTE_RE.finditer(self.doc.text, sent.start, sent.end)
                             if m.end() - m.start() >= 14]
                    if spans:
                        nt = self.nt
                        # a short quoted phrase that is itself a stance (بلاده "مستعدة للتعاون" مع لندن) still counts
                        triggers = [t for t in triggers
                                    if not any(a <= nt.to_original(self.spans[t[0]][0]) < b and not (
                                        b - a <= 40 and "before" in t[2].trigger.targets) for a, b in spans)]
                if triggers or quoted or any(words[k] in report or words[k][1:] in report
                                             for k in range(si, min(sj, si + 3))):  # a sentence opening with قال
                    actors = self.actors_for(story.index, sent.index)
                    ctx = _Sentence(self, story.index, sent.index, si, sj, actors, carry, before,
                                    {k for ti, tj, _ in triggers for k in range(ti, tj + 1)})
                    ctx.noun_ends = {tj for _, tj, r in triggers if r.form.tense == "noun"}
                    coded = [f for f in (ctx.code(ti, tj, reading) for ti, tj, reading in triggers) if f is not None]
                    for f in _ordered_acts(coded):
                        if f.reading.trigger.type == "REJECT" and not f.target and f.source:
                            _denied_accuser(f, found)
                        if not f.target and f.source and "demonstrative" in f.rule:
                            _answered_act(f, found)
                        found.append(f)
                    if quoted:
                        quotes.extend(ctx.quotes(sent.start, sent.end))
                    carry = ctx.next_carry()
                before.append((si, sj))
        return found, quotes

    def sentence_dates(self, si: int, sj: int) -> list[DateMention]:
        """The dates a sentence states (normalized offsets of the document); the page is searched once."""
        if self._all_dates is None:
            words, dated = self.words, self.data.date_words  # date words are marked: look among the marked ones
            self._all_dates = find_dates(self.norm, self.published, self.spans, words,
                                         [k for k in self.marked if words[k] in dated])
            self._date_starts = [d.start for d in self._all_dates]
        a, b = self.spans[si][0], self.spans[sj - 1][1]
        return self._all_dates[bisect_left(self._date_starts, a) : bisect_left(self._date_starts, b)]

    def story_date(self, story: int, before: Sequence[tuple[int, int]]) -> DateMention | None:
        """The latest day-precise date stated, outside quotations, by the story's earlier sentences. Each answer is
        kept by the sentence it ends at (``_days``), so a story's sentences do not search its start again and again."""
        known = self._days
        walked = []
        found = None
        for si, sj in reversed(before):
            key = (story, si, sj)
            if key in known:
                found = known[key]
                break
            walked.append(key)
            days = self._dated_days(si, sj)
            if days:
                found = days[-1]
                break
        for key in walked:
            known[key] = found
        return found

    def _dated_days(self, si: int, sj: int) -> list[DateMention]:
        """The day-precise dates sentence [si, sj) states outside quotations."""
        days = [d for d in self.sentence_dates(si, sj) if d.precision == "day"]
        if not days:
            return days
        nt = self.nt
        a = nt.to_original(self.spans[si][0])
        b = nt.to_original(self.spans[sj][0]) if sj < len(self.spans) else len(self.doc.text)
        quoted = [m.span() for m in _QUOTE_RE.finditer(self.doc.text, a, b)]
        return [d for d in days if not any(x <= nt.to_original(d.start) < y for x, y in quoted)]


class _Sentence:
    """Argument, modality, date and place rules for the triggers of one sentence."""

    def __init__(self, coder: _Coder, story: int, index: int, si: int, sj: int, actors: list[Actor],
                 carry: Actor | None, before: Sequence[tuple[int, int]] = (), trigger_toks: set[int] | None = None):
        self.c, self.story, self.index, self.si, self.sj = coder, story, index, si, sj
        self.before_sentences = before
        self._story_date: list[DateMention | None] = []
        self.spans = coder.spans
        self.words = coder.words
        self.data = coder.data
        self.carry = carry
        self.actors = [a for a in actors if si <= a.i < sj]
        self.events: list[Found] = []
        self.hard, self.soft, self.cues = coder.hard, coder.soft, coder.cue_at
        self.trigger_toks = trigger_toks or set()
        self.noun_ends: set[int] = set()  # last tokens of the verbal-noun readings in the sentence
        self._markers: dict[tuple[int, str], str] = {}
        # places where something happens (a place, or a country after في), and the actors that can act or be acted on
        self.places: list[Actor] = []
        self.people: list[Actor] = []
        # a dateline (دبي، الإمارات العربية المتحدة (CNN)--) says where the report was filed, not who acts or where
        text, start = coder.doc.text, coder.doc.stories[story].sentences[index].start
        m = _DATELINE_RE.match(text, start, min(len(text), start + 90)) \
            if index == 0 and "(" in text[start : start + 90] else None  # a dateline opens its story
        if m:
            self.actors = [a for a in self.actors if a.start >= m.end()]
        for a in self.actors:
            (self.places if self.locative(a) else self.people).append(a)

    # -- words ------------------------------------------------------------------------------------------------
    def word(self, i: int) -> str:
        return self.words[i] if self.si <= i < self.sj else ""

    def definite_noun(self, i: int) -> bool:
        """A word printed with ال (not آلاف، إلى once normalized) that is no weekday or time word."""
        if not self.si <= i < self.sj or self.words[i] in _TIME_NOUNS:
            return False
        return self.c.doc.text.startswith("ال", self.c.nt.to_original(self.spans[i][0]))

    def bare(self, i: int) -> str:
        """The word without a leading و/ف conjunction."""
        if self.si <= i < self.sj:
            w = self.words[i]
            return w[1:] if len(w) > 2 and w[0] in "وف" else w
        return ""

    def reporting(self, lo: int, hi: int) -> list[int]:
        """The tokens k in [lo, hi) whose word, or the word without its و/ف, is a reporting cue (as
        ``self.word(k) in report or self.bare(k) in report``), in text order."""
        report = self.data.report
        if "" in report:  # an empty cue would match the empty word outside the sentence: look one by one
            return [k for k in range(lo, hi) if self.word(k) in report or self.bare(k) in report]
        toks = self.c.report_toks()
        return toks[bisect_left(toks, max(lo, self.si)) : bisect_left(toks, min(hi, self.sj))]

    def gkind(self, i: int) -> str | None:
        if not self.si <= i < self.sj:
            return None
        cache = self.c.gk
        if i in cache:
            return cache[i]
        g = self.data.grammar
        w = self.words[i]
        kind = cache[i] = g.get(w) or (g.get(w[1:]) if len(w) > 2 and w[0] in "وف" else None)
        return kind

    def marker(self, a: Actor) -> str:
        """The preposition governing an actor: its own proclitic (ل، ب) or the word before it."""
        key = (a.i, a.prefix)  # all it depends on; asked many times per actor
        m = self._markers.get(key)
        if m is None:
            m = self._markers[key] = self._marker(a)
        return m

    def _marker(self, a: Actor) -> str:
        p = a.prefix[1:] if a.prefix[:1] in ("و", "ف") else a.prefix
        if p in ("ب", "ل") and self.bare(a.i - 1) in _AFFILIATED and self.bare(a.i - 2) in _MEMBER_NOUNS \
                and self.bare(a.i - 3) in _PREPS:
            return self.bare(a.i - 3)  # عقوبات على أفراد مرتبطين بحزب الله: the members stand for the group
        if p in ("ل", "لل") and self.bare(a.i - 1) in _BELONGING and self.gkind(a.i - 2) == "site" \
                and self.bare(a.i - 3) in _PREPS:
            return self.bare(a.i - 3)  # ضربات جوية ضد أهداف تابعة لحزب العمال: the owner of the sites struck
        if p in ("ل", "ب", "لل"):
            return "ل" if p == "لل" else p
        k = a.i - 1
        while k >= self.si and k in self.c.title_toks:  # مع نظيره التركي نور الدين جانيكلي: skip the title
            if a.kind != "nisba" and self.kin(k):
                return "of"  # ابنة الرئيس الأمريكي دونالد ترامب: a relative's title, the one named is the genitive
            k -= 1
        if k + 1 < a.i:  # the title's own proclitic: بالعاهل السعودي الملك سلمان
            head = self.bare(k + 1)
            if head.startswith(("بال", "لل")) and len(head) > 4:
                return "ب" if head[0] == "ب" else "ل"
        prev = self.bare(k) if k >= self.si else ""
        if a.kind != "nisba" and k >= self.si and self.kin(k):
            return "of"  # ابنة الرئيس الأمريكي دونالد ترامب، صهر الرئيس: the relative acts, not the one named
        if k - 1 >= self.si and self.gkind(k) == "site" and self.bare(k - 1) in _PREPS:
            return self.bare(k - 1)  # هجوما على مواقع الجيش العراقي: the army's positions stand for the army
        m = k - 1 if prev in _MEMBER_NOUNS and self.bare(k - 1) == "من" else k  # (12 من) عناصر الاستخبارات
        if self.bare(m) == "من" and m - 2 >= self.si and (self.bare(m - 1).isdigit() or self.bare(m - 1) in _COUNT_WORDS) \
                and self.bare(m - 2) in _PREPS:
            return self.bare(m - 2)  # وجهت واشنطن الاتهام إلى 12 من عناصر الاستخبارات الروسية: the count's preposition
        if prev in _AGENT_NOUNS and self.bare(k - 1) == "من":
            return "by"
        if prev in _BY_WORDS and (prev not in ("يد", "ايدي") or self.bare(k - 1) == "علي"):
            return "by"  # قتل … برصاص القوات الإسرائيلية / على يد
        if a.kind == "nisba" and k - 1 >= self.si and self.bare(k - 1) in _BY_WORDS \
                and self.bare(k - 1) not in ("يد", "ايدي") and prev not in _PREPS:
            return "by"  # قتل بأيدي عملاء سعوديين، برصاص قناص إسرائيلي: the nationality of the unnamed doers
        return prev if prev in _PREPS else ""

    def printed(self, k: int) -> str:
        """Word ``k`` as printed in the original text (hamza, ة and marks the normalization folded or dropped)."""
        return self.c.doc.text[slice(*self.c.nt.span_to_original(*self.spans[k]))]

    def possessed(self, k: int, lemma: str) -> bool:
        """Whether the verbal noun at ``k`` carries a possessive pronoun (مطالبته، زيارتها، دعوتهم، هجومه): its doer
        is that pronoun, so a name right after it is its object, not its genitive."""
        w = dediac_ar(self.printed(k))
        for head in lemma.split("/"):
            if " " in head:
                return False
            for suf in ("هما", "ها", "هم", "ه"):
                if w.endswith(suf) and (w[: -len(suf)].endswith(head.removesuffix("ة") + "ت") if head.endswith("ة")
                                        else w[: -len(suf)].endswith(head)):
                    return True
        return False

    def taa(self, k: int) -> bool:
        """Whether word ``k`` is printed with a final ة (folded to ه by the normalization: ردة، not رده)."""
        return self.printed(k).endswith("ة")

    def kin(self, k: int) -> bool:
        """A relative's noun in construct (ابنة، صهر، محامي …): the one named after it is whose relative; not one with
        its own pronoun (ابنته إيفانكا، ابنه: the relative named in apposition)."""
        w = self.bare(k)
        if w not in _KIN:
            return False
        if w.endswith("ه"):  # ابنة (printed ة) or ابنه, his son (the normalized forms are one)
            return self.taa(k)
        return True

    def locative(self, a: Actor) -> bool:
        if a.kind == "place":
            return True
        if a.kind != "country" or a.ent is None:
            return False
        m = self.marker(a)
        return m == "في" or self.data.grammar.get(self.bare(a.i - 1)) == "locative"

    def clause(self, ti: int, tj: int) -> tuple[int, int, int]:
        """(left start, right end for the subject, right end for objects) around a trigger."""
        left = self.si
        for k in range(ti - 1, self.si - 1, -1):
            if (k in self.hard and not any(a.i <= k <= a.j for a in self.actors)) or k in self.soft:
                left = k + 1  # (إن inside a name, مون جيه إن, opens no clause)
                break
        r_subj = r_obj = self.sj
        for k in range(tj, self.sj):
            if k > tj and k in self.hard:
                r_subj = min(r_subj, k)
                r_obj = k
                break
            if k in self.soft and r_subj == self.sj:
                r_subj = k + 1
        return left, r_subj, r_obj

    def gap_ok(self, a: int, b: int, limit: int) -> bool:
        """Tokens [a, b) hold at most ``limit`` words and no preposition, trigger-like light verb or clause break."""
        if b - a > limit:
            return False
        for k in range(a, b):
            w = self.bare(k)
            if w in _PREPS or k in self.hard or w in self.data.light:
                return False
            if k in self.soft and k < b - 1:
                return False
        return True

    def compound(self, first: Actor, pool: list[Actor]) -> list[Actor]:
        """``روسيا وإيران وتركيا``: actors joined by و right after each other."""
        out = [first]
        cur = first
        titles = self.c.title_toks
        for a in pool:
            if a.key in {x.key for x in out} or a.i <= cur.j:
                continue
            if (a.i == cur.j + 1 and a.prefix[:1] == "و") or (
                    cur.j + 1 < a.i and a.i - cur.j <= 5 and all(k in titles for k in range(cur.j + 1, a.i))
                    and self.words[cur.j + 1][:1] == "و" and not a.prefix):
                out.append(a)  # ترامب والزعيم الكوري الشمالي كيم جونغ أون: a title between, the و on it (not
                # a name that itself starts with و right after: اتهمت كوريا الشمالية واشنطن)
                cur = a
        return out

    # -- subjects ---------------------------------------------------------------------------------------------
    def after(self, pos: int, end: int, limit: int, nisba_ok: bool = False) -> Actor | None:
        """The first actor after token ``pos`` with only a short, preposition-free gap (a VSO subject); with
        ``nisba_ok``, also the nationality of an unnamed subject noun (قصفت طائرات إسرائيلية)."""
        for a in self.people:
            if a.i <= pos or a.i >= end:
                continue
            if nisba_ok and a.kind == "nisba" and not self.marker(a) and a.i == pos + 2 \
                    and self.bare(pos + 1) not in _PREPS and not self.word(a.i).endswith("ا") \
                    and not self.word(pos + 1).startswith("ال") and self.words[pos + 1] not in _TIME_WORDS \
                    and pos + 1 not in self.trigger_toks and pos + 1 not in self.soft and pos not in self.soft:
                return a  # قصفت طائرات إسرائيلية، قتل قناص حوثي: an unnamed doer of that nationality
            if a.kind == "nisba" or self.marker(a):
                b = next((b for b in self.people if b.i == a.j + 1 and b.kind == "person"), None)
                if b is not None and self.marker(a) == "ل" and b.i - pos - 1 <= limit + 1:
                    return b  # الأمين العام للأمم المتحدة أنطونيو غوتيريس: the person after the title's body
                return None
            if not self.gap_ok(pos + 1, a.i, limit) or any(self.governed(k) for k in range(pos + 1, a.i)):
                return None  # أشاد الملك بجهود الولايات المتحدة: the actor is inside a prepositional phrase
            if pos + 1 < a.i <= pos + 3 and (a.text.startswith("ال") or a.kind in _STATE_KINDS) and all(
                    (self.definite_noun(k) or self.bare(k) in _DEMONSTRATIVES) and self.bare(k) not in self.data.grammar
                    and k not in self.c.title_toks and not any(x.i <= k <= x.j for x in self.actors)
                    and k not in self.trigger_toks  # وأدانت الغارة منظمة اليونيسيف: an act named first is the object
                    for k in range(pos + 1, a.i)):
                return None  # طالبت المنظمة الحكومة المصرية، طالب الأكراد دمشق، طالب هؤلاء فرنسا: a definite noun
                # (or a demonstrative) first is the subject, the actor the object
            w1 = self.bare(pos + 1)
            if a.i == pos + 2 and not a.prefix and len(w1) >= 5 and w1.endswith("ون") and not w1.startswith("ال") \
                    and pos + 1 not in self.c.title_toks and w1 not in self.data.grammar and w1 not in _TIME_WORDS \
                    and not any(x.i <= pos + 1 <= x.j for x in self.actors):
                return None  # يتهم منتقدون الرئيس التركي: an unnamed plural subject, then the object
            if a.i == pos + 2 and not a.prefix and (pos + 1 in self.trigger_toks
                                                    or self.bare(pos + 1) in _CONSTRUCT_HEADS) \
                    and not self.bare(pos + 1).startswith("ال") and pos + 1 not in self.c.title_toks:
                return None  # ودان استخدام إسرائيل للقوة، أدان قصف إسرائيل لغزة: the genitive of an act or stance noun
            return self.apposition(a)
        return None

    def governed(self, k: int) -> bool:
        """Whether word ``k`` is a noun with the preposition ب or ل on it (بجهود، لدور، بالقرار), not a name."""
        w = self.bare(k)
        if len(w) < 4 or w[0] not in "بل":
            return False
        rest = w[1:]
        return rest.startswith("ال") or rest in _common_words()

    def apposition(self, a: Actor) -> Actor:
        """وزير خارجية روسيا، سيرغي لافروف: the person named right after their country is the actor;
        مقاتلات التحالف العربي: an unnamed force of a named one is that one."""
        if a.kind == "agent" and self.bare(a.j + 1) in ("من", "في"):  # مسؤولون من حزب العمال، قياديين في ميليشيات
            b = next((b for b in self.people if b.i == a.j + 2 and b.ent is not None
                      and b.kind in ("organization", "group")), None)
            if b is not None:
                return b
        if a.kind == "agent":  # مقاتلات التحالف العربي، وزراء خارجية بلدان التحالف الدولي: a named body after it
            # (a definite noun heads no construct: واقتحم المتظاهرون السفارة الأمريكية names the embassy as the object)
            definite = normalize_str(a.text).startswith("ال")  # (المسلحون الحوثيون: an agreeing group, kept)
            b = next((b for b in self.people if a.j < b.i <= a.j + 3 and not b.prefix and b.ent is not None
                      and (b.kind in ("organization", "group", "country") if not definite else b.kind == "group")
                      and all(self.gkind(k) == "construct" for k in range(a.j + 1, b.i))
                      and not any(k in self.soft for k in range(a.j, b.i))), None)
            if b is None:  # رجل الدين الشيعي العراقي، مقتدى الصدر: the person named after the comma
                b = next((b for b in self.people if a.j < b.i <= a.j + 5 and b.kind == "person" and not b.prefix
                          and b.i - 1 in self.soft and self.gap_ok(a.j + 1, b.i, 4)), None)
            return b or a
        if a.kind == "person" and (not (a.ent or {}).get("name") or str((a.ent or {}).get("id", "")).startswith(
                "agent:")):  # رئيس الوزراء الإسرائيلي، بنيامين نتانياهو; نائب وزير الخارجية السوري، فيصل المقداد
            b = next((b for b in self.people if a.j < b.i <= a.j + 2 and b.kind == "person" and not b.prefix
                      and (b.ent or {}).get("name") and b.country in (a.country, None) and a.j in self.soft), None)
            return b or a
        if a.kind not in ("country", "organization"):
            return a
        headed = self.bare(a.i - 1) in _HEAD_WORDS  # مديرة منظمة اليونسكو، إيرينا بوكوفا: whoever heads it
        for b in self.people:  # رئيس السلطة الفلسطينية، محمود عباس: the person after the comma
            if b.i > a.j and b.i - a.j <= 2 and b.kind == "person" and (b.country == a.country or (
                    headed and a.j in self.soft)) and (a.kind == "country" or a.j in self.soft):
                return b
            if headed and a.j < b.i <= a.j + 3 and b.kind == "person" and a.kind in ("organization", "group") \
                    and not any(k in self.soft for k in range(a.j, b.i - 1)):
                return b  # وحض رئيس المجلس الأوروبي دونالد توسك، زعيم حزب العمال البريطاني المعارض جيريمي كوربن: the
                # head named right after the body (one or two describing words between)
        return a

    def antecedent(self, left: int, fits) -> Actor | None:
        """The actor right before the relative pronoun at ``left - 1`` (at most two words before it) that ``fits``."""
        return next((a for a in reversed(self.people) if a.j < left - 1 and left - 1 - a.j <= 2
                     and a.kind != "nisba" and fits(a)), None)

    def relative_head(self, ti: int, left: int) -> Actor | None:
        """مدني، الذي واجه أسابيع من الضغوط، استقال: the actor a relative clause describes is the subject of the
        verb right after that clause closes (a comma, then the verb)."""
        if ti != left or left <= self.si + 2 or left - 1 not in self.soft:
            return None
        for a in reversed(self.people):
            if a.j >= left - 1 or a.kind == "nisba" or left - a.j > 16:
                continue
            if self.gkind(a.j + 1) == "relative" or (a.j + 2 < left and a.j + 1 in self.soft
                                                       and self.gkind(a.j + 2) == "relative"):
                return a if not self.marker(a) else None
            return None
        return None

    def before(self, pos: int, left: int, limit: int) -> Actor | None:
        """The last actor before token ``pos`` in the clause, close to it (an SVO subject)."""
        best = None
        for a in self.people:
            if left <= a.i and a.j < pos and (
                    a.kind != "nisba" or (a.j >= pos - 1 and self.bare(a.i - 1) not in _LED_BY)):
                best = a  # a nationality right before the verb is its subject: مقاتلات إسرائيلية شنت (not the backer's:
                # بدعم روسي هجوما)
        if best is None:
            return None
        first = best
        while first.prefix[:1] == "و":  # the head of a compound "ماتيس وجانيكلي"
            prev = next((a for a in self.people if a.j == first.i - 1 and left <= a.i and a.kind != "nisba"), None)
            if prev is None:
                break
            first = prev
        if self.marker(first) or not self.gap_ok(best.j + 1, pos, limit):
            return None
        if self.bare(first.i - 1) == "بين" or (first.prefix[:1] == "و" and self.bare(first.i - 2) == "بين"):
            return None  # على طول السياج بين غزة وإسرائيل احتجاجا: inside a "between" phrase, no subject
        return first

    def issuer(self, k: int) -> Actor | None:
        """The author of a statement the reporting word at ``k`` has as its subject: وقال بيان للجيش الأمريكي،
        أفاد بيان صادر عن وزارة الخارجية."""
        if self.bare(k + 1) not in _STATEMENTS:
            return None
        first = k + 2
        if self.bare(first) in ("صادر", "الصادر") and self.bare(first + 1) == "عن":
            first += 2
            return next((a for a in self.people if a.i == first and a.kind != "nisba"), None)
        return next((a for a in self.people if a.i == first and a.kind != "nisba" and self.marker(a) == "ل"), None)

    def speaker(self, left: int) -> Actor | None:
        """The one who speaks before a complementizer: the actor after the reporting verb, or before it."""
        said = self.reporting(self.si, left)
        if said:  # the nearest reporting word before
            k = said[-1]
            by = self.issuer(k)
            if by is not None:
                return by
            an = next((m for m in range(k + 1, left) if self.bare(m) == "عن"), None) \
                if self.bare(k).startswith(("نقل", "ينقل", "تنقل")) else None
            quoted = next((a for a in self.people if an is not None and an < a.i <= an + 3 and a.i < left
                           and a.kind != "nisba"), None)
            if quoted is not None:
                return quoted  # نقلت رويترز عن مكتب ماكرون إنه أشاد: the one quoted speaks, not the agency
            return self.after(k, left, 6) or self.before(k, self.si, 3) or self.carry
        return self.carry

    def other_subject(self, a: Actor, left: int) -> bool:
        """Whether ``a`` belongs to an act told before it in the clause (أدانت الأمم المتحدة قصف …: the UN condemns);
        a nationality right after an act's noun is that act's doer, and may do the next verb (قصف إسرائيلي استهدف)."""
        if a.kind == "nisba" and a.i - 1 in self.trigger_toks:
            return False
        return any(left <= e.ti < a.i for e in self.events)  # acts coded, not standing nouns (رغم العقوبات روسيا …)

    def subject(self, ti: int, tj: int, left: int, r_subj: int, verb: bool,
                nisba_ok: bool = False, lemma: str = "") -> tuple[Actor | None, str]:
        a = self.before(ti, left, 1)
        if a is not None and verb and not self.other_subject(a, left):
            return a, "svo"  # the actor right before the verb leads its clause: ترامب ينتقد إيران (but in أدانت الأمم
            # المتحدة قصف المستشفى it is the subject of the act before, and قصف is that act's object)
        if verb and left == ti > self.si and ti - 1 in self.soft and not self.words[ti][:1] in "وف":
            # وزيرة الدفاع الألمانية، أورسولا فون دير ليين، رفضت: a name in apposition between commas, then the verb
            a = next((a for a in self.people if a.j == ti - 1 and a.kind in ("person", "organization", "group")
                      and not self.marker(a) and a.i - 1 in self.soft and a.i - 1 > self.si
                      and self.words[a.i - 1] not in _DATELINE_WORDS), None)
            if a is not None:
                return a, "svo-apposition"
        if verb and left > self.si and self.gkind(left - 1) == "pronoun" and ti - left <= 1:
            sp = self.speaker(left - 1)  # تقول أنقرة إنها تستهدف الوحدات: the pronoun is the subject
            # (unnamed, when rasd cannot name the speaker: وقالت التميمي إنها هاجمت الجنود; what follows is the object)
            return (sp, "speaker") if sp else (None, "")
        if verb and left > self.si and self.gkind(left - 1) == "relative" and ti - left <= 1 \
                and not self.words[tj].endswith(("ه", "ها", "هم")):  # الذي تعتقله: the antecedent is the object
            # ماكرون، الذي يزور الجزائر: the relative pronoun's antecedent does the act (a restated background)
            a = self.antecedent(left, lambda a: not self.marker(a))
            if a:
                return a, "antecedent-subject"
        if verb and self.bare(ti - 1) == "قد":
            # وكان مدير مكتب المفوضية، مهدي التميمي، قد طالب الحكومة: the subject stands between كان and قد; what
            # follows the verb is its object
            k = next((k for k in range(ti - 2, max(self.si, ti - 16) - 1, -1) if self.bare(k) in _KANA), None)
            if k is not None and k < ti - 2:
                a = next((a for a in self.people if k < a.i and a.j < ti - 1 and a.kind != "nisba"
                          and not self.marker(a)), None)
                return (self.apposition(a), "svo") if a is not None else (None, "")
        if verb:
            a = self.relative_head(ti, left)
            if a:
                return a, "svo-relative"
            a = self.after(tj, r_subj, 4, nisba_ok)
            if a and (normalize_str(a.text).startswith("نظير") or self.bare(a.i - 1).startswith("نظير")) \
                    and a.i - 1 <= tj + 1:
                a = None  # وشكر نظيره أوربان: "his counterpart" is the one acted on; the subject is the one he
                # counterparts, named before
            if a and a.i == tj + 1 and a.kind == "country" and not a.prefix and ti not in self.c.noun_too \
                    and self.masculine_verb(ti, tj, lemma) and normalize_str(a.text) not in _MASCULINE_STATES:
                a = None  # وهاجم موسكو، حذر واشنطن: a state's name is feminine; after a masculine verb it is the
                # object (the subject is elsewhere: هاجمت موسكو، أعلن العراق)
            if a:
                return a, "vso"
        a = self.before(ti, left, 3)
        if a and not self.other_subject(a, left):
            return a, "svo"
        if left > self.si and self.gkind(left - 1) == "pronoun":
            sp = self.speaker(left - 1)
            if sp:
                return sp, "speaker"
        return None, ""

    # -- the rules for one trigger ------------------------------------------------------------------------------
    def code(self, ti: int, tj: int, reading: Reading) -> Found | None:
        trig, form = reading.trigger, reading.form
        for a in self.actors:
            if a.i <= tj and ti <= a.j and a.kind != "nisba" and not (
                    ti < a.i and (a.j > tj or a.kind == "agent") and a.ent is not None
                    and a.ent["id"].startswith("agent:")) and not (
                    a.kind == "place" and ti < a.i == tj):  # فتح معبر رفح: the crossing's noun ends the trigger
                return None  # inside a name: مجلس التعاون الخليجي (but نشر قوات تركية: the forces end the trigger)
        if ti > self.si and ti - 1 in self.c.title_toks and self.words[ti].startswith("وال") \
                and trig.pos in ("noun", "fixed"):
            return None  # وزير الخارجية والتعاون الدولي: a ministry's second portfolio, part of the title
        if form.tense == "perfect" and self.words[ti][:1] == "و" and ti - 1 in self.noun_ends:
            return None  # إثر اغتصاب وقتل طفلة: a second verbal noun joined to the first, not a verb
        if form.owned and not any(self.words[k] in self.data.doer_words or self.words[k] in self.data.declare_words
                                  for k in range(max(self.si, ti - 10), ti)):
            return None  # مدى سيطرته على إدارته: his control, a state (but أعلن الجيش سيطرته على، أحكمت سيطرتها)
        if form.later:  # سيطر الجيش التركي على: the subject, ending in an actor, stands between the verb and the rest
            k = self.c.later_at(tj, form.later)
            hard = self.data.hard_words
            e = k - 1 if k is not None else None
            while e is not None and e > tj + 1 and self.words[e] in _TIME_WORDS:
                e -= 1  # أطلقت السلطات الألمانية الجمعة سراح: a time word after the subject
            if k is None or any(self.words[m] in hard for m in range(tj + 1, k)) or \
                    not any(a.i <= e <= a.j and a.i > tj and a.kind != "nisba" for a in self.people):
                return None
        if self.gkind(tj + 1) == "noact" or (self.bare(tj + 1) in _PREPS and self.gkind(tj + 2) == "noact"):
            return None  # القتل الرحيم، طلب التعليق، المساعدة على الانتحار: the word after makes the trigger no act
        for k in range(tj + 1, min(self.sj, tj + 7) if trig.type == "REJECT" else 0):  # رفض مسؤولو الفاتيكان
            if self.gkind(k) == "noact":  # التعليق: declined to comment
                return None
            if self.bare(k) in _PREPS or k in self.hard:
                break
        if trig.type in ("CONSULT", "MOBILIZE") and trig.pos != "noun" and any(
                self.bare(k) in _NOT_PARTIES.get(trig.type, ()) for k in range(tj + 1, min(self.sj, tj + 8))):
            return None  # يستضيف الأردن 650 ألف لاجئ: hosts refugees, meets no one; تحشد واشنطن الجهود: rallies efforts
        if trig.lemma.startswith("استهدف/") and form.tense in ("perfect", "imperfect") and tj + 1 in self.trigger_toks \
                and self.bare(tj + 1).removeprefix("ب").removeprefix("ال") not in _ATTACK_NOUNS \
                and self.bare(tj + 1).removeprefix("ال") not in _ATTACK_NOUNS:  # استهدفت بقذيفة، استهدفت الغارات
            return None  # مساعدات استهدفت مساعدة 13 مليون يمني: aimed at helping, no attack
        if trig.lemma.startswith("استهدف/") and form.tense in ("perfect", "imperfect") and any(
                self.bare(k).removeprefix("ال") in _MEASURES for k in range(max(self.si, ti - 6), ti)):
            return None  # عقوبات استهدفت الشركات الصينية، الإجراءات التي تستهدف: measures aimed at, no attack
        if trig.lemma == "أصاب/يصيب" and any(self.bare(k).lstrip("ب").removeprefix("ال") in _ILLNESS and (
                k < tj + 3 or self.bare(k).startswith("ب")) for k in range(tj + 1, min(self.sj, tj + 7))):
            return None  # إثر إصابته بوعكة صحية، أصيب بالسرطان، أصاب الطلاب والأساتذة بحالة من الذعر: no attack
        if trig.lemma in ("صنف/-", "أدرج/-") and not any(
                self.bare(k) in _LISTED or self.bare(k).removeprefix("ك") in _LISTED
                for k in range(tj + 1, min(self.sj, tj + 10))):
            return None  # صنف الخبراء الأسلحة: sorted; a designation is onto a list or as terrorists
        if trig.lemma in ("أحال/يحيل", "إحالة") and not any(
                self.bare(k).removeprefix("لل").removeprefix("ال") in _JUDICIAL
                or self.bare(k).removeprefix("ل").removeprefix("ال") in _JUDICIAL
                for k in range(tj + 1, min(self.sj, tj + 8))):
            return None  # أحال إلى التقاعد: retired; a referral is an act only to investigators or a court
        if trig.lemma.startswith("اتفق/") and self.bare(tj + 1) == "مع" and \
                self.bare(tj + 2).removeprefix("ال") in _OPINIONS:
            return None  # يتفق مع تقييم ترمب، اتفق مع رأي: shares a view, no agreement reached
        if trig.lemma.startswith("تظاهر/") and trig.pos == "verb" and self.bare(tj + 1).startswith(("بان", "كان")):
            return None  # تظاهر بأنه السيناتور، تظاهر بالموت: pretended, no protest
        if trig.lemma.startswith("طلب/") and self.bare(tj + 1) == "عدم" and self.bare(tj + 2) in _ANONYMITY:
            return None  # مصدر طلب عدم ذكر اسمه: a source asking not to be named
        if trig.lemma.startswith(("أدان/", "دان/")) and any(
                self.bare(k) in _SENTENCED for k in range(tj + 1, min(self.sj, tj + 9))):
            return None  # أدان القضاء البلجيكي عبد السلام بالسجن 20 عاما: a conviction, told by the sentence itself
        if trig.lemma.startswith("متهم") and ti > self.si and (self.words[ti - 1].isdigit()
                                                              or self.bare(ti - 1) in _COUNT_WORDS):
            return None  # حكمها بإعدام 75 متهما: defendants counted, no one accusing
        if trig.type == "CONSULT" and trig.pos == "verb" and self.bare(tj + 1) == "عن":
            return None  # يبحث عن: searches for, not talks with
        if trig.lemma == "وصف/يصف":  # وصفت الخارجية الروسية خطوات بريطانيا بالاستفزازية: what the words say
            polarity = self.evaluation(tj)
            if polarity is None:
                return None
            if polarity == "positive":
                trig = replace(trig, type="SUPPORT", cameo="051", mode=None)
                reading = Reading(trig, form)
        if trig.type == "REQUEST" and trig.pos == "verb" and any(
                self.bare(k).lstrip("ب") in ("مغادره", "العوده") for k in range(tj + 1, min(self.sj, tj + 10))) and any(
                self.bare(k).lstrip("لب").removeprefix("ال") in _DIPLOMATS
                for k in range(tj + 1, min(self.sj, tj + 10))):
            trig = replace(trig, type="SANCTION", cameo="161", mode="expel")  # طلبت الحكومة المغربية من الدبلوماسيين
            reading = Reading(trig, form)  # الإيرانيين مغادرة البلاد: an expulsion
        if trig.type == "RETREAT" and trig.lemma.startswith(("انسحب", "انسحاب")) and any(
                self.bare(k) == "من" and self.words[k + 1].removeprefix("ال") in _PACTS
                for k in range(tj + 1, min(self.sj - 1, tj + 6))):
            trig = replace(trig, type="SANCTION", cameo="160", mode="withdraw")  # انسحاب بلاده من الاتفاق النووي،
            reading = Reading(trig, form)  # انسحبت واشنطن من الاتفاق: leaving a treaty or talks cuts ties, no retreat
        if trig.type == "SANCTION" and trig.lemma.startswith(("استدعى", "استدعاء")) and not any(
                self.bare(k).lstrip("لب").removeprefix("ال").startswith(_ENVOY_STEMS)
                for k in range(tj + 1, min(self.sj, tj + 8))):
            return None  # واستدعى القضاء مسؤولين في أبرشية: a summons by a court or a ministry is no diplomatic
            # sanction; only an envoy summoned or recalled is (استدعت الخارجية السفير الإسرائيلي)
        if trig.type == "AGREE" and trig.lemma.startswith("تعهد") and any(
                self.bare(k) in _RETALIATION for k in range(tj + 1, min(self.sj, tj + 9))):
            trig = replace(trig, type="THREATEN", cameo="130", mode=None)  # تعهدت بالرد، تعهد بالانتقام: a vow
            reading = Reading(trig, form)  # of retaliation threatens, it agrees to nothing
        if trig.lemma.startswith(("اعترض", "اعتراض")) and "علي" not in self.words[tj + 1 : min(self.sj, tj + 9)]:
            return None  # اعترضت الدفاعات صاروخا: intercepted, not objected to
        prev_kind = self.gkind(ti - 1)
        noun = trig.pos == "noun" or (trig.pos == "fixed" and form.tense == "fixed" and "before" not in trig.targets) \
            or form.owned  # أعلن الجيش سيطرته على: the verbal noun, done by whoever declares it
        if noun and trig.type == "PROTEST" and self.words[ti].startswith("لل") and any(
                self.bare(k).removeprefix("ال") in _BACKING for k in range(max(self.si, ti - 14), ti)):
            return None  # أبدت الولايات المتحدة مساندتها … للاحتجاجات: backing protests is no protest by the backer
        if noun and self.words[ti].startswith("لل") and trig.type not in ("PROTEST", "AID") \
                and not trig.lemma.startswith("قمة") \
                and not any(self.gkind(k) == "undergo" for k in range(max(self.si, ti - 6), ti)):
            return None  # مذكرة تفاهم للتعاون العسكري: a purpose, no act told (تعرض للهجوم is one, so is خرجوا للاحتجاج;
            # and a summit is an event noun, no verbal noun: للتحضير للقمة)
        genitive = trig.genitive
        if trig.mode == "visit" and any(a.i == tj + 1 and a.kind == "country" for a in self.people):
            genitive = "target"  # بعد زيارة بكين، زيارة مصر: the country or capital visited, not a visitor
        if noun and prev_kind in ("setting", "copula"):
            return None
        if noun and any(a.kind == "agent" and a.j == ti - 1 and not a.text.startswith("ال") for a in self.actors):
            return None  # عمال الإغاثة: the noun names the workers' trade, not an act (but ألقت الشرطة القبض)
        if noun and self.reference_noun(ti) \
                and not any(self.words[k] in self.data.doer_words for k in range(max(self.si, ti - 8), ti)):
            return None  # انتقد ترامب الاتفاق: the standing agreement, not a new one
        left, r_subj, r_obj = self.clause(ti, tj)
        rule = [f"{trig.pos}:{trig.lemma}"]
        if trig.type == "AID" and any(self.gkind(k) == "cut" for k in range(max(left, ti - 3), ti)):
            trig = replace(trig, type="SANCTION", cameo="162", mode=None)  # علقت الإدارة مساعدات: aid withheld
            reading = Reading(trig, form)
            rule.append("aid-cut")
        source: Actor | None = None
        how = ""
        target: Actor | None = None
        if trig.lemma.startswith(("مسؤول", "المسؤول", "غير مقبول", "ضالع", "متورط")):
            # تقول لندن إن موسكو مسؤولة عن تسميم سكريبال: the speaker blames the actor before it for a harmful act;
            # قال إن "ما اقترحته الحكومة غير مقبول": the speaker rejects what the actor before it did
            if trig.lemma.startswith(("مسؤول", "المسؤول", "ضالع", "متورط")) and not (
                    tj + 1 in self.trigger_toks or self.bare(tj + 1).removeprefix("ال") in _BLAMED):
                return None  # المسؤول عن الملف: in charge of, no blame
            target = next((a for a in reversed(self.people) if left <= a.i and a.j < ti and a.kind != "nisba"
                           and not self.marker(a)), None)
            if target is None or left <= self.si or self.gkind(left - 1) not in ("complementizer", "pronoun") \
                    or not self.reporting(self.si, left):
                return None  # the speaker must be named by a reporting verb in the sentence, not carried
            source, how = self.speaker(left - 1), "blames" if trig.type == "ACCUSE" else "speaker-rejects"
            if source is None or source.key == target.key:
                return None
        elif "before" in trig.targets and any(self.gkind(k) == "intercept" for k in range(max(self.si, ti - 8), ti)):
            # اعترضت الدفاعات الجوية صاروخا باليستيا أطلقته ميليشيات الحوثي: the launcher attacks, not the defender
            launch = next((k for k in range(tj + 1, min(self.sj, tj + 4)) if self.bare(k).startswith("اطلق")), None)
            launcher = self.after(launch, self.sj, 3) if launch is not None else None
            if launcher is None:
                return None
            source, how = launcher, "launcher"
        elif "before" in trig.targets and any(self.bare(k) in _HELD for k in range(max(left, ti - 3), ti)):
            return None  # برانسون المحتجز تحت الإقامة الجبرية: held by no one the sentence names
        elif "before" in trig.targets:  # بضرورة: the governing verb's subject and object come before
            pool = [a for a in self.people if left <= a.i and a.j < ti and a.kind != "nisba"
                    and self.marker(a) not in ("لدي", "في")]  # السفير الروسي لدى الأمم المتحدة: where he serves
            if left > self.si and self.gkind(left - 1) == "pronoun":
                source, how = self.speaker(left - 1), "speaker"
                target = pool[-1] if pool else None
            elif " إيا" in trig.lemma:  # متهمة إياه: the subject accuses the one it acted on
                source = next((a for a in pool if not self.marker(a)), None)
                target = next((a for a in reversed(pool) if source is not None and a.i > source.j and self.marker(a)),
                              None)
                if source is None:
                    return None  # نظمت جماعات يهودية احتجاجا ضد كوربين متهمة إياه: the accusers are not named
                how = "before"
            elif pool:
                source, how = pool[0], "before"
                joined = {a.key for a in self.compound(pool[0], self.people)}  # السعودية والإمارات والكويت تمنع …
                target = next((a for a in pool[1:] if a.key not in joined), None)
            else:  # وجه قرقاش رسالة إلى لبنان …، مطالبا لبنان بـ: the sentence's subject, else the story's
                first = next((a for a in self.people if self.si <= a.i and a.j < ti and a.kind in (
                    "person", "organization", "country", "group") and not self.marker(a)), None)
                source, how = (first, "sentence-subject") if first is not None else (self.carry, "carried")
        elif noun and trig.lemma == "دعم" and self.bare(ti).startswith("ب") and (
                self.bare(tj + 1) == "من" or ti - 1 in self.soft):
            # القوات السورية وبدعم من الطيران الروسي، ألوية العمالقة نجحت، بدعم التحالف العربي،: with the backing of
            # the one after it, given to the one before it (not an act of the one before)
            first = tj + 2 if self.bare(tj + 1) == "من" else tj + 1
            source = next((a for a in self.people if a.i == first and a.kind != "nisba"), None)
            target = self.before(ti, self.si, 4)
            if source is None or target is None:
                return None
            how = "backed-by"
            if source.kind == "group" or (source.ent or {}).get("sector") in _ARMED:
                trig = replace(trig, type="AID", cameo="072", mode=None)  # armed backing in a fight: military aid
                reading = Reading(trig, form)
        elif noun:
            owner = ti == tj and genitive == "source" and self.possessed(ti, trig.lemma) \
                and not (trig.type in ("ACCUSE", "SANCTION") and self.word(tj + 1).startswith(_CHARGE_PREFIXES))
            # (إدانتها بالانتماء، اتهامه بالتزوير: her conviction, his indictment: the owner is the one charged, not
            # the doer)
            if owner:
                genitive = "target"  # مطالبته الأمم المتحدة بإجراء تحقيق: his demand; the one named after it is asked
            source, target, how = self.noun_args(ti, tj, left, r_subj, genitive, trig.targets,
                                                 trig.type in _DECLARED or trig.mode in _DECLARED or form.owned)
            if owner and source is None:  # تحدث ترامب عن مطالبته للعاهل السعودي: the pronoun's owner is the nearest
                # actor before it in its clause with no preposition before it (إن تنظيم الدولة خطف … أثناء هجومه), not
                # the press, else the sentence's first such actor (أعلن ترامب أن قمته مع كيم)
                def fits(a: Actor) -> bool:
                    return a.j < ti and a.kind not in ("nisba", "place") and not self.marker(a) \
                        and (a.ent or {}).get("sector") not in ("MED", "JRN") \
                        and not (target is not None and a.key == target.key)
                source = next((a for a in reversed(self.people) if left <= a.i and fits(a)), None) or next(
                    (a for a in self.people if self.si <= a.i and fits(a)), None)
                how = "possessor" if source is not None else how
            summon = next((k for k in range(ti - 1, max(self.si, ti - 12) - 1, -1)
                           if self.bare(k).startswith(("استدع", "استدت"))), None) if trig.type == "PROTEST" else None
            if trig.type == "PROTEST" and (self.words[ti].startswith("لل") or (
                    ti == tj and self.bare(ti) == "احتجاجا" and summon is not None)):
                # استدعت الخارجية الإيرانية، الأحد، المبعوث الإماراتي للاحتجاج على (or احتجاجا على): the one who summons
                # protests (the sentence's subject, at its start or right after the summoning verb, no clause break
                # before the noun), not the envoy
                first = next((a for a in self.people if self.si <= a.i < ti and a.kind != "nisba"
                              and not self.marker(a) and (summon is None or a.i > summon)), None)
                if first is not None and (first.i <= self.si + 1 or (summon is not None and first.i == summon + 1)) \
                        and first is not source and not any(
                        k in self.hard for k in range(first.j + 1, ti)):
                    source, how = first, "purpose-subject"
                    target = None if target is not None and target.key == first.key else target
            if source is None and trig.type == "ASSAULT" and not trig.lemma.startswith(("استهداف", "اعتداء")):
                # بغارة للتحالف العربي، هجوم لداعش: the ل names the doer (after استهداف it names the target)
                source = next((a for a in self.people if tj < a.i <= tj + 2 and self.marker(a) == "ل"
                               and a.kind in ("organization", "group", "country", "agent")
                               and (a.ent or {}).get("sector") not in ("MED", "JRN")  # أكد الهجوم لفرانس برس
                               and all(self.word(k).startswith("ال") for k in range(tj + 1, a.i))), None)
                if source is not None:
                    source, how = self.apposition(source), "of"  # غارات لمقاتلات التحالف: the coalition's
        elif form.tense == "perfect" and trig.lemma in _PASSIVE_VERBS and ti == tj and (self.vowelled_passive(ti) or (
                self.bare(ti) == _stems(trig.lemma)[0] and self.passive_next(tj)
                and not (left > self.si and self.gkind(left - 1) == "pronoun"))):
            # the bare masculine form only: أنها اعتقلت 16 is the police's act; اقتحم مئات المستوطنين is active
            source, how = None, "passive"  # قتل 14 شخصا، أصيب فيها العشرات: the unvowelled passive, the doer unsaid
            by = self.passive_doer(tj, r_obj)
            if by is not None:
                source, how = by, "by"  # قتل 50 شخصا برصاص القوات
            # the victims come between the verb and the doer (قتل العشرات من قيادات مليشيات الحوثي … بنيران …)
            target = next((a for a in self.people if tj < a.i <= tj + 6 and a.i < (by.i if by is not None else r_obj)
                           and self.marker(a) in ("", "من") and a.kind != "agent"
                           and not any(k in self.soft for k in range(tj, a.i))), None)
        elif trig.lemma in _PASSIVE_VERBS and ti == tj and self.passive_of_person(ti, trig.lemma):
            # واعتقل أفريدي بعد أيام، ويحتجز برونسون منذ نحو عامين: a named person right after a bare masculine verb
            # of harm, and no object after him: the passive (اعتُقل، يُحتجز), the person its patient
            source, how = self.passive_doer(tj, r_obj), "passive"
            target = next(a for a in self.people if a.i == tj + 1)
            if source is not None:
                how = "by"
        elif form.tense == "perfect" and trig.pos == "verb" and self.vowelled_passive(ti):
            # واتُّهمت إيران مرارا بتزويد الحوثيين بأسلحة: any perfect printed passive names its patient, not its doer
            source, how = None, "passive"
            by = self.passive_doer(tj, r_obj)
            if by is not None:
                source, how = by, "by"
            target = next((a for a in self.people if tj < a.i <= tj + 3 and a.kind != "nisba" and not self.marker(a)
                           and (by is None or a.i < by.i)), None) or self.before(ti, left, 2)
        elif form.tense == "perfect" and trig.lemma in _PASSIVE_VERBS and ti == tj and self.plural_passive(ti, trig, left):
            # عشرات الفلسطينيين قتلوا في اشتباكات: the unvowelled plural passive, its victims before it
            source, how = None, "passive"
            by = self.passive_doer(tj, r_obj)
            if by is not None:
                source, how = by, "by"
            target = self.before(ti, left, 3)
        elif form.tense == "perfect" and trig.type == "ASSAULT" and not self.words[ti].startswith(("و", "ف")) and (any(
                self.attack_noun(k) for k in range(max(left, ti - 8), ti)) and (not any(
                left <= a.i < ti for a in self.people) or self.attack_noun(ti - 1)
                or (self.attack_noun(ti - 2) and not any(a.i == ti - 1 for a in self.actors)))
                or self.attack_clause(ti, left)
                or (self.bare(ti - 1).startswith("ال") and self.bare(ti - 1)[2:] in _ATTACK_NOUNS)):
            # (الغارات استهدفت وزارة الداخلية: the attacks, named right before, struck; the ministry is the object)
            # (غارة استهدفت مسلحين من تنظيم القاعدة: right after an indefinite attack noun, whoever came before)
            source, how = None, "attack-clause"  # هجوم في الرابع من مارس استهدف الجاسوس: the attack that targeted
            # him (an indefinite noun's relative clause); whoever attacked is not named here
        else:
            source, how = self.subject(ti, tj, left, r_subj, True, trig.lemma not in _PASSIVE_VERBS, trig.lemma)
            if (source is not None and trig.mode == "visit" and source.kind == "country"
                    and source.ent is not None and "obj" in trig.targets):
                target, source, how = source, None, ""  # زار أنقرة: the capital is where one goes
                if left > self.si and self.gkind(left - 1) == "pronoun":
                    source, how = self.speaker(left - 1), "speaker"
            by = next((a for a in self.people if tj < a.i < r_obj and self.marker(a) == "by"), None)
            if by is not None and trig.type not in _SPEECH and (
                    source is None or source.i > tj or source.kind in ("nisba", "agent")):
                # قُتل خمسون شخصا برصاص القوات / مقتل الفلسطينيين وجرحهم برصاص الجيش: the shooter acts (but in
                # اتهمت إيران السعودية بقصف اليمن the ب is what Saudi Arabia is accused of)
                target, source, how = source, by, "by"
            if source is None and left > self.si and ti == left and self.words[ti][:1] in "وف" \
                    and self.no_subject_next(tj):
                source = self.coordinated_subject(left)  # التقى ترامب ماكرون في باريس، ودعا إلى: Trump calls
                if source is not None:
                    how = "coordinated"
            if source is None and ti > left and ti == tj and self.words[ti][:1] == "و" and self.no_subject_next(tj):
                # التقى ترامب ماكرون في باريس ودعا إلى …: a verb joined by و in the same clause shares the subject
                # of the verb before it there
                done = [e for e in self.events if left <= e.ti < ti and ti - e.tj <= 10 and e.source
                        and e.reading.trigger.pos == "verb"
                        and not any(k in self.hard or (k in self.trigger_toks and k > e.tj) for k in range(e.tj, ti))]
                # (within ten words: further on, وقتله may be a verbal noun joined to a noun: الإطاحة به وقتله)
                if done:
                    source, how = done[-1].source[0], "coordinated-verb"
            if source is None and self.carry is not None and left == self.si and ti - left <= 1 \
                    and not (self.word(tj + 1).startswith("ال") and self.word(tj + 1) not in _PREPS) \
                    and self.word(tj + 1) not in _DEMONSTRATIVES and not self.word(tj + 1).isdigit() \
                    and self.word(tj + 1) not in _COUNT_WORDS \
                    and not (self.word(tj + 2).startswith("ال") and self.word(tj + 1) not in _PREPS
                             and not self.word(tj + 1).startswith(("ب", "ل")) and self.gkind(tj + 1) is None
                             and not self.word(tj + 1).endswith("ا") and self.word(tj + 2) not in _TIME_NOUNS
                             and self.word(tj + 1) not in _ALL_WORDS) \
                    and self.no_subject_next(tj):  # زار مؤخرا الهند، طالب جميع المنظمات
                # وطالب هؤلاء، ورحب وزير الاقتصاد الفرنسي، وزار نحو 3 ملايين سائح: a subject of its own
                # ودعا إلى …: the verb opens the sentence with no subject of its own (ودعت المسودة has one)
                source, how = self.carry, "carried"
        if source is None and trig.type == "CONSULT" and noun and self.bare(ti - 1) in _DURING \
                and self.bare(tj + 1) == "مع":
            # وأدلى كيم بهذه التصريحات خلال اجتماع مع لافروف: the one speaking held the meeting
            source = next((a for a in self.people if self.si <= a.i < ti - 1 and a.kind in (
                "person", "organization", "country", "group") and not self.marker(a)), None)
            how = "meeting-held" if source is not None else how
        if source is None and not noun and ti > self.si + 1 and (self.bare(ti - 1) in _TIME_CLAUSE or (
                self.bare(ti - 1) in ("ان", "أن") and self.bare(ti - 2) in ("بعد", "قبل"))) and (
                tj > ti or self.no_subject_next(tj)):  # (سيطرت على: the preposition is the verb's own)
            # وأصبحت قوات المقاومة على بعد كيلومترات من الحديدة، بعدما سيطرت على معظم الدريهمي: the main clause's
            # subject goes on into the time clause
            k0 = ti - 1 if self.bare(ti - 1) in _TIME_CLAUSE else ti - 2
            source = self.coordinated_subject(k0)
            how = "time-clause" if source is not None else how
        if noun and source is None and how == "undergo":
            pass  # تعرض حسين البكلي لإطلاق نار: a target, the attacker unsaid
        elif noun and source is None and not (trig.type == "PROTEST" and self.c.home):
            return None  # a bare verbal noun (الحرب ضد داعش) names no act by anyone
        rule.append(how or "no-source")
        sources = self.compound(source, self.people) if source else []
        if target is None and left > self.si and self.gkind(left - 1) == "relative" \
                and form.tense in ("perfect", "imperfect") and form.text.endswith(("ه", "ها", "هم")):
            # القس أندرو برونسون، الذي تعتقله الحكومة التركية: the object pronoun is the antecedent
            target = self.antecedent(left, lambda a: not sources or a.key != sources[0].key)
            if target is not None:
                rule.append("antecedent")
        if target is None:
            target = self.find_target(trig, ti, tj, sources, r_obj)
        if target is None and trig.type == "MOBILIZE":  # بنشر قوات على الحدود مع المكسيك: the neighbour faced
            target = next((a for a in self.people if tj < a.i < r_obj and a.kind == "country" and self.marker(a) == "مع"
                           and self.bare(a.i - 2).removeprefix("ال") == "حدود"), None)
        if target is None and trig.type in ("ACCUSE", "REJECT", "THREATEN", "SANCTION", "ASSAULT"):
            for a in self.actors:  # حذر من أن الهجوم التركي …: the nationality names the one blamed
                if a.kind == "nisba" and tj < a.i < (r_obj if trig.type == "ASSAULT" else self.sj) \
                        and not self.describes(a) and self.bare(a.i - 1) not in _OTHER_ONES \
                        and self.bare(a.i - 1) not in _BETWEEN_NOUNS \
                        and not self.media_nisba(a) and \
                        (source is None or (a.country != source.country and a.i != source.j + 1)):
                    # an attack's victims are in its clause; a nationality right after the doer is the doer's own
                    # (ميليشيات الحوثي الإيرانية)
                    target = a
                    rule.append("target-nisba")
                    break
        if target is None:  # طرد 150 دبلوماسيا روسيا: a nationality right after the object names the target
            describes = noun and self.words[ti].lstrip("وفبك").startswith(("ال", "لل"))
            for a in self.actors:
                if a.kind == "nisba" and tj < a.i <= tj + 6 and a.i < r_obj and not self.media_nisba(a) \
                        and self.bare(a.i - 1) not in _OTHER_ONES and self.bare(a.i - 1) not in _BETWEEN_NOUNS \
                        and not self.describes(a) and (
                        source is None or (
                        a.i not in (source.i, source.j + 1) and (a.country != source.country
                                                                 or trig.type in _DOMESTIC))) and \
                        not (describes and a.i <= tj + 2 and self.word(a.i).startswith("ال")) and \
                        not (noun and a.i == tj + 1 and trig.genitive != "target"
                             and not a.text.endswith(("ين", "ون"))):
                    # العملية العسكرية التركية، عقوبات أميركية: a nationality agreeing with the act's noun is the doer's,
                    # not the target (but اعتقال أمريكيين: a people noun, the patient)
                    target = a
                    rule.append("target-nisba")
                    break
        if target is None and trig.mode == "visit" and source is not None and source.country \
                and (source.ent or {}).get("name"):  # a known visitor: an unnamed one's country is only guessed
            # وصل ظريف إلى موسكو في زيارة رسمية: the country of the capital or place visited
            dest = next((a for a in self.places if left <= a.i < r_obj and a.country and a.country != source.country
                         and self.marker(a) in ("الي", "ل")), None)
            if dest is not None:
                target = Actor(dest.i, dest.j, "", None, dest.text, dest.start, dest.end, dest.country, "country")
                rule.append("target-visited")
        if target is None and trig.type == "REQUEST" and source is not None and source.country:
            # طالبت إيران بالإفراج عن دبلوماسي محتجز في فرنسا، حث غوتيريش جميع الأطراف … في ليبيا: the other country
            # where what is asked must happen is the one asked
            target = next((a for a in self.places if tj < a.i < r_obj and a.kind == "country" and a.country
                           and a.country != source.country and self.marker(a) == "في"
                           and not any(self.bare(k) in _TOPIC_WORDS for k in range(tj + 1, a.i))), None)
            if target is not None:  # (not the place of a topic: دعت لعقد جلسة لبحث هجوم بأسلحة كيماوية في سوريا)
                rule.append("target-in-country")
        location = self.location(ti, tj, left)
        if target is None and trig.mode == "access" and source is not None and location is not None \
                and location.country and location.country != source.country:
            # فتحت مصر معبر رفح: access is opened to the people on the other side
            target = Actor(tj, tj, "", None, "", 0, 0, location.country, "civilians")
            rule.append("target-of-place")
        if target is None and trig.type in ("ASSAULT", "COERCE") and source is not None:
            # دمرت طائرات التحالف صاروخا كانت ميليشيات الحوثي تستعد لإطلاقه: the armed group named after the act
            # (not as its doer) is the one struck, rather than the people of the place
            target = next((a for a in self.people if tj < a.i < min(self.sj, tj + 12) and a.kind == "group"
                           and a.key != source.key and a.country != source.country
                           and self.marker(a) not in ("by", "من", "مع") and self.bare(a.i - 1) not in _LED_BY), None) \
                or next((a for a in self.people if tj < a.i < self.sj and a.kind in ("group", "organization")
                         and a.key != source.key and self.bare(a.i - 1) == "صفوف"), None)  # خسائر في صفوف الحوثيين
            if target is not None:
                rule.append("target-group-named")
        if target is None and (trig.type in _DOMESTIC or trig.lemma.startswith("وجه/")) and source is not None and \
                (trig.type != "RETREAT" or trig.mode == "release") and trig.mode != "withdraw":  # a withdrawal
                # (from a place or a treaty) or a resignation is at no one;
            # charges brought (وجهت السلطات الفرنسية التهمة إلى عشرة أشخاص) are aimed at people of the place too
            counted = next((a.country for a in self.actors if a.kind == "nisba" and a.country and a.i > self.si
                            and a.country != source.country and (self.words[a.i - 1].isdigit()
                                                                 or self.bare(a.i - 1) in _COUNT_WORDS)), None) \
                if trig.type in ("ASSAULT", "COERCE") else None  # آلاف الفلسطينيين … إطلاق الغاز على الأشخاص: the
            # people counted in the sentence, of another country than the doer, rather than the place's
            c = counted or (location.country if location is not None and location.country else
                            self.c.home if source.country == self.c.home else None)
            if not counted and any(self.bare(k).removeprefix("ال") == "اجانب" or (
                    self.bare(k) in _FOREIGN and (self.words[k - 1].isdigit() or self.bare(k - 1) in _COUNT_WORDS))
                    for k in range(max(left, ti - 8), min(self.sj, tj + 9))):
                c = None  # حكمت محاكم بغداد على 300 من المسلحين الأجانب: foreigners, not people of the place
            if c:  # اعتقلت الشرطة الشاب: unnamed people, of the country where it happens (or of the page's
                # country, when the one acting is of it)
                target = Actor(tj, tj, "", None, "", 0, 0, c, "civilians")
                rule.append("target-of-place")
            elif trig.type == "ASSAULT":  # القصف التركي قتل 43 شخصا, after a sentence on Afrin: Syrians
                c = self.story_place_country(source.country)
                if c:
                    target = Actor(tj, tj, "", None, "", 0, 0, c, "civilians")
                    rule.append("target-from-story")
        if target is None and trig.type == "PROTEST":
            target = self.protest_site(tj, location)
            if target is not None:
                rule.append("target-seat")
        if target is None and location is not None and location.country and (trig.type == "AID" or (
                trig.type == "MOBILIZE" and trig.mode == "troops" and sources
                and sources[0].country not in (None, location.country))):
            # مساعدات لسكان سقطرى؛ نشر قوات تركية في سوريا: the country where aid goes or forces deploy abroad
            target = Actor(location.i, location.j, "", None, location.text, location.start, location.end,
                           location.country, "country")
            rule.append("target-place")
        targets = [] if target is None else [target] if target.kind == "nisba" else self.compound(target, self.people)
        if trig.type in ("CONSULT", "AGREE", "COOPERATE") and not targets and len(sources) > 1:
            sources, targets = sources[:1], sources[1:]
        home = location.country if location is not None and location.country else self.c.home
        sources = [self.settle(a, home) for a in sources]
        victims = next((a.country for a in self.actors if a.kind == "nisba" and a.country and a.i > self.si and (
            self.words[a.i - 1].isdigit() or self.bare(a.i - 1) in _COUNT_WORDS)), None) if any(
            a.kind == "agent" and a.country is None for a in targets) else None
        targets = [self.settle(a, victims or home) for a in targets]  # إطلاق النار على المتظاهرين إلى مقتل 62
        # فلسطينيا: the unnamed people struck are of the nationality counted among the dead
        if not sources and trig.type == "PROTEST" and home:  # تظاهر منتجو الدواجن في مدينة يزد: civilians there
            if noun and not self.protest_happens(ti, left, form):
                return None  # تأثير الإضرابات، أدت إلى المزيد من الاحتجاجات: protests talked about, not told
            sources = [Actor(ti, tj, "", None, "", 0, 0, home, "civilians")]
            rule.append("protesters-of-place")
        sources = [a for a in sources if not targets or a.key not in {t.key for t in targets}]
        if not sources and source is not None:
            return None  # an actor acting on itself: a misread
        if not sources and not targets:
            return None  # no one acts on no one: not an event record
        if trig.type == "CONSULT" and trig.lemma.startswith(("استقبل", "استضاف")) and targets and all(
                a.kind == "agent" and (a.ent or {}).get("sector") in ("REF", "CVL") for a in targets):
            return None  # واستقبلت السلطات التونسية المهاجرين: taking in migrants or people is no meeting
        if trig.lemma == "وصل/يصل" and not (
                how not in ("speaker", "carried") and not (ti > self.si and self.bare(ti - 1) == "حتي")
                and len(sources) == 1 and sources[0].kind == "person" and (sources[0].ent or {}).get("name")
                and len(targets) == 1 and targets[0].kind in ("country", "place") and targets[0].country
                and targets[0].country != sources[0].country):
            return None  # وصل آلاف اللاجئين إلى ألمانيا: an arrival is a visit only by a named person, abroad
        if not sources and not any(t.ent is not None and t.kind != "agent" for t in targets):
            return None  # قتلوا … with no actor and only a nationality: too little to code
        if trig.type == "ACCUSE" and trig.lemma.startswith("حذر") and targets and self.marker(targets[0]) == "" \
                and targets[0].kind != "nisba":
            trig = replace(trig, type="THREATEN", cameo="130", mode=None)  # حذر نتانياهو دمشق: a warning to someone
            reading = Reading(trig, form)
            rule.append("warning-to")
        if trig.type == "ASSAULT" and sources and self.bare(ti) in self.data.verbal_attack and (
                (sources[0].kind == "person" and (sources[0].ent or {}).get("sector") not in _ARMED)
                or (not noun and (sources[0].ent or {}).get("sector") in ("MED", "JRN", "LEG", "GOV"))):
            # شن ترامب هجوما على الصحيفة: a person's attack is in words (not البغدادي's)
            trig = replace(trig, type="ACCUSE", cameo="111", mode="disapprove")  # هاجم لافروف السلطات: words, not arms
            reading = Reading(trig, form)
            rule.append("verbal-attack")
        if how == "vso" and form.tense == "imperfect" and ti > self.si and self.bare(ti - 1) in _DOCUMENTS:
            # صدق مجلس الأمن على مشروع قرار يطالب إسرائيل بوقف …: the document demands (its clause's subject), the one
            # named after the verb is its object, and the body that issued it, named before, speaks
            issuer = next((a for a in reversed(self.people) if self.si <= a.i and a.j < ti - 1 and a.kind in (
                "organization", "country", "person", "group") and self.marker(a) not in ("في", "لدي")), None)
            targets = [a for a in sources if issuer is None or a.key != issuer.key] or targets
            sources = [issuer] if issuer is not None else []
            rule.append("document")
            if not sources:
                return None
        if trig.type in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE") and sources and all(
                (a.ent or {}).get("sector") in ("MED", "JRN") for a in sources):
            return None  # بحسب وكالة رويترز … الغارات، يقتل الصحفي الروسي: the press reports or suffers force; it
            # does not use it (its attacks in words are ACCUSE, above)
        modality, negated = self.modality(ti, tj, left, form, trig.pos, trig.type)
        if trig.type in ("COERCE", "SANCTION") and ti > self.si and self.bare(ti - 1) in _LIFT:
            negated = True  # رفع الإقامة الجبرية، رفع العقوبات: lifted (but رفع حالة التأهب raises an alert)
        conf = 0.9 if form.tense in ("perfect", "imperfect") else 0.75
        conf -= {"carried": 0.15, "speaker": 0.05, "": 0.2}.get(how, 0.0)
        if target is None:
            conf -= 0.05
        if left > self.si and self.gkind(left - 1) == "relative":
            conf -= 0.2
            rule.append("relative-clause")
        if not targets and sources and trig.type in ("ACCUSE", "SUPPORT", "REJECT"):
            k = max(tj, sources[-1].j if sources[-1].i > tj else tj) + 1
            if k + 1 < self.sj and self.bare(k + 1) not in _POINTED_TIMES and (self.bare(k) in _POINTING or (
                    self.bare(k) in ("علي", "من", "عن") and self.bare(k + 1) in _POINTING)):
                rule.append("demonstrative")  # وأدانت إسرائيل هذا القرار، رحبت بهذه الخطوة: an act pointed at
        date = self.date_for(ti, tj, left, r_obj)
        inherited = date is not None and date is self.story_date
        if inherited:
            rule.append("date-from-story")
        elif date is not None and modality == "asserted" and not negated and self.coming_weekday(date, ti, tj, form):
            modality = "future"  # يقوم الرئيس المصري الاثنين بزيارة رسمية إلى روسيا (a Sunday page): a present tense
            rule.append("present-weekday")  # with another weekday tells what is to come, on the next such day
            date = replace(date, date=date.date + dt.timedelta(days=7))
        elif date is not None and modality == "asserted" and form.tense != "perfect" and self.own_later_date(date, ti, tj):
            modality = "future"  # يستضيف ترامب الملك عبد الله الأسبوع المقبل، يبدأ أفورقي زيارة لإثيوبيا غدا: its
            rule.append("date-after-publication")  # own date comes after the page's, so it has not happened yet
        f = Found(reading, self.story, self.index, ti, tj, sources, targets, how, modality, negated, date, location,
                  self.amount(ti, r_obj) if trig.type == "AID" else None, rule, round(max(conf, 0.3), 2), inherited)
        self.events.append(f)
        return f

    @staticmethod
    def settle(a: Actor, home: str | None) -> Actor:
        """A bare agent noun (الشرطة) acts for the country where the event happens, else the page's country."""
        if a.kind == "person" and a.country is None and a.ent is not None and a.ent["id"].startswith("new:") and home:
            return replace(a, country=home)  # an unknown person with no nationality stated: of the page's country
        if a.kind != "agent" or a.country is not None:
            return a
        if a.ent.get("sector") in ("MIL", "REB", "UAF", "INS"):
            return a  # المقاتلات، القوات، المسلحون: armed forces often fight abroad; their country is not the place's
        ent = dict(a.ent, country=home, id=f"{a.ent['id']}:{home}" if home else a.ent["id"])
        return replace(a, country=home, ent=ent)

    def noun_args(self, ti: int, tj: int, left: int, r_subj: int, genitive: str | None, markers=(),
                  declared: bool = False):
        source = target = None
        how = ""
        pair = self.between(ti, tj) if self.clash_noun(ti) else None
        if pair is not None:
            return pair[0], pair[1], "between"  # اشتباكات عنيفة بين تنظيم داعش من جهة وقوات النظام
        k = next((k for k in range(ti - 1, max(left, ti - 7) - 1, -1) if self.gkind(k) == "undergo"), None)
        if k is not None and ((any(m in self.trigger_toks for m in range(k + 1, ti)) and not (
                self.words[ti][:1] == "و" and ti - 1 in self.trigger_toks)) or (
                self.bare(ti).startswith("ب") and not self.bare(ti).startswith("بين"))):
            k = None  # وتواجه السلطات التحركات بالقمع: the act after ب is the means the subject uses, not suffers;
            # تواجه عقوبات بعد انسحاب الولايات المتحدة: the act suffered is the first one after the verb
        if k is not None:
            # تعرض X لإطلاق نار، تعرضت الإيزيدية نادية مراد للتعذيب، تصدت القوات للهجوم: X is the target; the doer
            # only after من قبل / برصاص
            target = self.after(k, ti, 5) or self.before(k, left, 3)
            by = next((a for a in self.people if tj < a.i < r_subj and self.marker(a) == "by"), None) or next(
                (a for a in self.people if tj < a.i <= tj + 3 and "من" in markers and self.marker(a) == "من"), None) \
                or next((a for a in self.actors if a.kind == "nisba" and a.i == tj + 1 and (self.words[tj].startswith(
                    "ال") or not self.words[tj + 1].startswith("ال"))), None)  # صد الهجوم التركي، تتلقى دعما أمريكيا:
            # the act's nationality names who did it
            return by, target, "undergo" if by is None else "by"  # تلقى اتصالا هاتفيا من ترامب: Trump calls
        definite = self.words[tj].lstrip("وف").startswith(("ال", "بال", "كال", "لل"))  # a definite noun takes no
        # genitive: الغارة منظمة اليونيسيف is the object, then the subject (but الهجوم التركي: an agreeing nationality)
        nxt = None
        if self.bare(tj) not in _PREPS and not any(self.bare(k) in _PREPS for k in range(ti, tj)):
            # القبض على صحفي ألماني: the German is arrested, not arresting; الانسحاب من الاتفاق النووي الإيراني:
            # the nationality is the agreement's, not the withdrawer's
            g = tj + 1
            while g in self.c.title_toks and g < tj + 5 and not any(a.i == g and a.kind != "nisba" for a in self.people):
                g += 1  # محاكمة القس الأمريكي أندرو برانسون: the one named after a title
            nxt = next((a for a in self.people if a.i == g and (not definite or (
                a.i == a.j and a.text.startswith("ال") and a.text.endswith(("ية", "ي"))))), None) or next(
                (a for a in self.actors if a.kind == "nisba" and a.i == tj + 1), None) or next(
                (a for a in self.people if ti < a.i <= tj < a.j), None)  # نشر قوات تركية: the forces' own
            if nxt is None and self.bare(tj).startswith("ال") and self.word(tj + 1).startswith("ال"):
                # one agreeing adjective may come between: العملية العسكرية التركية
                nxt = next((a for a in self.actors if a.kind == "nisba" and a.i == tj + 2), None)
            if nxt is not None and nxt.prefix:
                nxt = None
            if nxt is not None and nxt.kind == "agent":
                nxt = self.apposition(nxt)  # قصف مقاتلات التحالف العربي: the coalition's jets
        held = self.stance_holder(ti, left)
        if held is not None:
            return held, None, "express"
        # a light verb before the noun gives its subject (شن فيلق الرحمن وهيئة تحرير الشام هجوما)
        for k in range(ti - 1, max(self.si, ti - 12) - 1, -1):  # ووصل وزير الخارجية الإيراني محمد جواد ظريف …
            if k in self.trigger_toks or k in self.hard:
                break
            if k < left and self.words[k] in self.data.light_words and not all(
                    self.words[m] in _TIME_WORDS for m in range(k + 1, ti)):
                break  # a light verb acts in its clause; a verb of managing reaches past commas (نجحت القوات، السبت،
                # في السيطرة), and so does any light verb past a time between commas (شن، مساء الأربعاء، هجوما)
            if self.bare(k) in _RESPOND and (self.bare(k + 1) == "علي" or "علي" in self.words[k + 1 : ti] or not any(
                    self.words[m].lstrip("وف").startswith("ب") and self.words[m] not in ("بذلك", "بدوره", "بدورها")
                    for m in range(k + 1, ti + 1))):
                break  # وردت الصين على تلك الاحتجاجات: responding to an act is not doing it (ردت موسكو بطرد is,
                # and so is ورد الرئيس التركي، بفرض عقوبات)
            if (self.words[k] in self.data.doer_words or (declared and self.words[k] in self.data.declare_words)) \
                    and not (self.word(k + 1) == "فعل" and self.taa(k)):  # ردة فعل إيران: a reaction, no verb + ه
                # word(k) or bare(k) a light verb (or a verb declaring an act one declares); k is in the sentence
                s = self.after(k, ti, 4)
                if s is None and k + 2 == ti and self.definite_noun(k + 1) and k + 1 not in self.trigger_toks \
                        and not self.words[k].endswith(("ون", "وا", "ان")) \
                        and not self.printed(k + 1).endswith(("ه", "ها", "هم", "هما")) \
                        and self.words[k + 1] not in _TIME_WORDS and self.bare(k + 1) not in _PREPS \
                        and not any(x.i <= k + 1 <= x.j for x in self.actors) and k + 1 not in self.c.title_toks:
                    return None, None, ""  # فرض الغرب عقوبات على موسكو: the light verb's own subject, unnamed
                if s is None:
                    s = self.before(k, left if k >= left else self.clause(k, k)[0], 3)
                if s is None:  # أعلن بيان لوزارة الخزانة الأميركية، الأربعاء، فرض عقوبات: the statement's author
                    said = self.reporting(self.si, k)
                    s = self.issuer(said[-1]) if said else None
                    if s is not None and any(s.j < a.i < k for a in self.people):
                        s = None
                if s is None and definite and k == ti - 1:  # وتبنت الهجوم جماعة نصرة الإسلام: the object first,
                    # then the subject (a definite noun takes no genitive)
                    s = next((a for a in self.people if a.i == tj + 1 and a.kind != "nisba" and not self.marker(a)),
                             None)
                if s is None and k == left and left > self.si and self.gkind(left - 1) == "pronoun":
                    s = self.speaker(left - 1)
                if s is None and left == self.si and k <= self.si + 1 and self.carry is not None \
                        and self.no_subject_next(k):
                    s, how = self.carry, "carried"
                if s is None and k == left > self.si and self.words[k][:1] in "وف":
                    s = self.coordinated_subject(left)  # وتعد إيران حليفا للأسد، وقدمت مساعدات عسكرية لقواته
                    how = "coordinated" if s is not None else how
                if s is not None and s is not nxt:
                    source, how = s, how or "light-verb"
                    if nxt is not None and nxt.kind != "nisba" and not (
                            str((nxt.ent or {}).get("id", "")).startswith("role:") and nxt.country == s.country) \
                            and not (self.words[k] not in self.data.doer_words and genitive == "source"
                                     and nxt.country and nxt.country == s.country):
                        target = nxt  # قام ولي العهد بزيارة صالح الفوزان: with a light verb, the genitive is the other
                        # (but قام نتانياهو بأول زيارة رئيس وزراء إسرائيلي إلى بودابست: his own office, not another)
                        # (nor, after a verb of declaring, its own country doing what it declares: أعلن ترامب انسحاب
                        # الولايات المتحدة من الاتفاق)
                    return source, target, how
                break
        if nxt is not None:
            if genitive == "armed":  # قصف الطيران الروسي: an armed body shells; قصف المستشفى: a hospital is shelled
                genitive = "source" if nxt.kind == "country" or (nxt.kind in ("organization", "group", "agent") and (
                    nxt.ent or {}).get("sector") in _ARMED) else "target"  # قصف إسرائيل لقطاع غزة
            if genitive == "source" and nxt.kind != "nisba" and "تهام" in self.words[ti] and (any(
                    self.word(nxt.j + 1).startswith(p) for p in _CHARGE_PREFIXES) or (
                    "تهامات" not in self.words[ti] and not self.word(nxt.j + 1).startswith(("بان", "بأن"))
                    and not any(nxt.j < a.i <= nxt.j + 2 and a.kind != "nisba" for a in self.people))):
                genitive = "target"  # اتهام موسكو بتسميمه: the one accused, the charge after it (اتهامات ترامب لإيران);
                # a single accusation of someone is against them too (اتهام روسيا ليس له أساس), unless another actor
                # follows (اتهام موسكو لبريطانيا، اتهام جونسون الرئيس بوتين)
            if genitive == "target" and nxt.kind == "nisba" and (nxt.text.endswith(("ين", "ون")) or (
                    not definite and nxt.text.startswith("ال"))):
                target, how = nxt, "genitive-target"  # مقتل فلسطينيين، اعتقال الأمريكيين: a people noun, the patient
                # (not an agreeing adjective: القمع الإسرائيلي names who represses)
            elif nxt.kind == "nisba" or genitive != "target":
                source, how = nxt, "genitive" if nxt.kind != "nisba" else "nisba"
            else:
                target, how = nxt, "genitive-target"
        if source is None:
            for a in self.people:
                if tj < a.i < r_subj and self.marker(a) == "by":
                    source, how = a, "by"
                    break
        if source is None:
            w = self.bare(tj + 1)
            if w in self.data.light or self.word(tj + 1)[:-1] in self.data.light:  # اجتماع عقده مع …
                s = next((a for a in self.people if a.i == tj + 2 and a.kind != "nisba" and not self.marker(a)
                          and tj not in self.soft), None)
                if s is None and self.bare(tj + 2) in _BI_PRONOUNS:  # اعتداءات جنسية، قام بها رجال دين: the
                    # light verb's own subject after its ب and pronoun; none named there, no doer
                    s = next((a for a in self.people if a.i == tj + 3 and a.kind != "nisba"), None)
                    if s is None and self.bare(tj + 3) not in _PREPS:  # (زيارة يقوم بها إلى تركيا: the subject
                        return None, None, ""  # is the sentence's, as before)
                if s is not None:  # هجمات شنها مسلحون من طالبان: the light verb's own subject, right after it
                    s = self.apposition(s)  # هجمات شنها مسلحون من طالبان: members of a named body
                else:
                    s = next((a for a in reversed(self.people) if left <= a.i and a.j < ti and a.kind != "nisba"
                              and ti - a.j <= 5 and not self.marker(a)), None) or (
                        self.carry if left == self.si else None)
                if s:
                    source, how = s, "light-verb"
            elif self.gkind(tj + 1) == "relative" and self.bare(tj + 3) in _BI_PRONOUNS and (
                    self.bare(tj + 2) in self.data.light):  # الهجمات التي قام بها مسلحون من طالبان: its own subject
                s = next((a for a in self.people if a.i == tj + 4 and a.kind != "nisba"), None)
                if s is None and self.bare(tj + 4) not in _PREPS:
                    return None, None, ""
                if s is not None:
                    source, how = self.apposition(s), "relative-light-verb"
            elif self.gkind(tj + 1) == "relative" and self.light_with_object(self.bare(tj + 2)):
                # أطلع الملك سلمان المجلس على نتائج اللقاء الذي عقده مع ترامب: who held it is the sentence's
                # subject, the first actor of the clause; whom with, after the light verb
                # الضربات التي شنتها الولايات المتحدة: the relative clause's own subject comes first
                s = next((a for a in self.people if tj + 3 <= a.i <= tj + 4 and a.kind != "nisba"
                          and not self.marker(a)), None)
                if s is None and self.word(tj + 3).startswith("ال") and self.bare(tj + 3) not in _PREPS:
                    return None, None, ""  # the clause's own subject is unnamed
                if s is None:
                    # no subject of its own (التي شنتها الدول الغربية has one, unnamed): the sentence's subject
                    s = next((a for a in self.people if left <= a.i and a.j < ti and a.kind in (
                        "person", "organization", "country", "group") and not self.marker(a)), None) or (
                        self.carry if left == self.si else None)
                if s:
                    source, how = s, "relative-light-verb"
                    target = next((a for a in self.people if tj + 2 < a.i <= tj + 8 and a.kind != "nisba"
                                   and self.marker(a) in markers), None)
        if source is None and self.bare(ti - 1).lstrip("لب").removeprefix("ال") in _PERPETRATORS:
            return None, None, ""  # ربطت وزارة العدل منفذي الهجوم بالحكومة الإيرانية: the perpetrators, unnamed, did it
        if source is None:
            s = self.before(ti, left, 3)
            if s is not None and any(self.words[k] in self.data.occur_words for k in range(max(s.i - 1, left), ti)):
                s = None  # تشهد سوريا معارك عنيفة: the country sees the fighting, it does not fight
            if s is not None and not self.other_subject(s, left) and not self.reporting(left, ti) \
                    and not any(s.j < e.ti < ti and e.reading.trigger.type in _SPEECH and e.reading.trigger.pos == "verb"
                                for e in self.events):
                source, how = s, "svo"  # not the subject of another act or of a report: ندد خامنئي بالهجوم is no
                # attack by him, أعلن المتحدث مقتل امرأة no killing by the spokesman, nor of a speech act between them
                # (أصدرت الخارجية السعودية بيانا يدين الهجوم: the attack is what the statement condemns; but
                # استهدفت الميليشيات بقذيفة: the shell is the same attack's)
        return source, target, how

    def story_place_country(self, doer: str | None) -> str | None:
        """The country of the last place an earlier sentence of the story named (القصف التركي قتل 43 شخصا, after a
        sentence on Afrin: Syrians), when it is not the doer's own."""
        for index in range(self.index - 1, max(-1, self.index - 4), -1):
            for a in reversed(self.c.actors_for(self.story, index)):
                if a.kind == "place" and a.country:
                    return a.country if a.country != doer else None
        return None

    def evaluation(self, tj: int) -> str | None:
        """The polarity of what a description says (evaluations.tsv): the first listed word within four words of
        its ب (بالاستفزازية، بأنه "قرار مهم"، بـ"الخونة"), before the clause ends; None when no listed word."""
        ev = self.data.evaluations
        for k in range(tj + 1, min(self.sj, tj + 18)):  # past a long subject and object with their titles
            w = self.bare(k)
            rest = w[1:]
            if not w.startswith("ب") or any(a.i <= k <= a.j for a in self.actors) or not (
                    rest in ("", "ان", "انه", "انها", "انهم", "انهما") or rest.startswith("ال")
                    or (rest,) in self.data.evaluations):  # باسيل، بري: names, not بـ
                if k in self.hard:
                    return None
                continue
            words = ([] if rest.startswith("ان") or len(rest) < 2 else [rest]) + [self.word(m) for m in range(
                k + 1, min(self.sj, k + 5))]
            for m, word in enumerate(words):
                word = word[2:] if word.startswith("ال") else word
                nxt = words[m + 1] if m + 1 < len(words) else ""
                got = ev.get((word, nxt[2:] if nxt.startswith("ال") else nxt)) or ev.get((word,))
                if got:
                    return got
            return None
        return None

    def head_of(self, a: Actor, stop: int) -> Actor:
        """رئيس المجلس البابوي للحوار بين الأديان … الكاردينال جان لويس توران: the person named after the body
        they head (no comma between) is the one acted with; ميليشيات حزب الله: the named body an unnamed force is of."""
        if a.kind == "agent":
            return self.apposition(a)
        if a.kind not in ("organization", "country") or self.bare(a.i - 1) not in _HEAD_WORDS:
            return a
        return next((b for b in self.people if a.j < b.i <= a.j + 10 and b.i < stop and b.kind == "person"
                     and not b.prefix and not any(k in self.soft for k in range(a.j, b.i))), a)

    def media_nisba(self, a: Actor) -> bool:
        """مقابلة مع صحيفة "بيلد" الألمانية: a nationality describing an outlet names no one acted on; nor does one of
        make (طائرة بدون طيار إيرانية الصنع: Iranian-made)."""
        return self.bare(a.j + 1) in ("الصنع", "صنع") or any(
            self.bare(k).removeprefix("ل").removeprefix("ب") in _MEDIA_WORDS for k in range(max(self.si, a.i - 3), a.i))

    def vowelled_passive(self, ti: int) -> bool:
        """قُتل، اعتُقل: a damma printed on the verb's first or second letter (after its proclitics) marks the passive."""
        a = self.c.nt.to_original(self.spans[ti][0])
        b = self.c.nt.to_original(self.spans[ti][1] - 1) + 1
        head, tail = self.c.doc.text[a : min(b, a + 6)], self.c.doc.text[max(a, b - 2) : b]
        return any(m in head and m not in tail for m in ("\u064f", "\u064c"))  # (قٌتل: a tanween damma for a damma)

    def passive_of_person(self, ti: int, lemma: str) -> bool:
        """A bare masculine perfect or imperfect (اعتقل، يحتجز), a named person right after it, and then a
        preposition, a time word or punctuation: nothing for an active verb's object."""
        perfect, imperfect = _stems(lemma)
        if self.words[ti].removeprefix("و").removeprefix("ف") not in (perfect, imperfect) or ti in self.soft:
            return False
        a = next((a for a in self.people if a.i == ti + 1), None)
        if a is None or a.kind != "person" or a.prefix or self.marker(a):
            return False
        nxt = self.bare(a.j + 1)
        return a.j in self.soft or a.j + 1 >= self.sj or nxt in _PREPS or self.words[a.j + 1] in _TIME_WORDS \
            or nxt in ("منذ", "بعد", "قبل", "خلال", "عام", "امس")

    def passive_next(self, tj: int) -> bool:
        """Whether the words after a perfect verb of harm make it a passive (قُتل): a count (14، أكثر من، نحو،
        العشرات، ثلاثة) or a phrase that cannot follow an active verb with its subject (فيها، خلاله، على يد)."""
        w = self.bare(tj + 1)
        if not w:
            return False
        if w.isdigit() or w in _PASSIVE_NEXT:
            return True
        if w in _VICTIM_NOUNS:  # قتل جندي أميركي وأصيب أربعة آخرون، قتل القيادي الحوثي أبو محمد المرتضى، قائد …:
            # one of those usually struck, named and described, then no object (قتل جندي إسرائيلي فلسطينيا is active)
            for k in range(tj + 2, min(self.sj, tj + 8) + 1):
                word = self.bare(k)
                if k >= self.sj or k - 1 in self.soft or word in _CIRCUMSTANCE or word in _CIRCUMSTANCE_MORE \
                        or self.words[k] in _WOUNDED or word in _WOUNDED:
                    return True
                if word.endswith("يا") or word.isdigit():
                    return False  # قتل جندي إسرائيلي فلسطينيا: the object, an accusative nationality or a count
                if not (any(a.i <= k <= a.j for a in self.actors) or word.endswith(("ي", "يه"))):
                    return False
            return False
        return w in ("علي", "من") and self.bare(tj + 2) in ("يد", "ايدي", "قبل")  # على يد، من قبل

    def plural_passive(self, ti: int, trig, left: int) -> bool:
        """قتلوا، أصيبوا followed by a circumstance (في اشتباكات، خلال، جراء، برصاص): they were killed, not they killed
        (an active verb takes its object first: قتلوا 20 شخصا). The singular too, after a named victim: أن خاشقجي قتل
        داخل القنصلية، عهد التميمي اعتقلت بعد انتشار مقطع."""
        perfect = _stems(trig.lemma)[0]
        w, nxt = self.bare(ti), self.bare(ti + 1)
        if w == perfect + "وا":
            return nxt in _CIRCUMSTANCE or self.word(ti + 1) in _WOUNDED  # 7 فلسطينيين قتلوا وأصيب أكثر من 1100
        if w in (perfect, perfect + "ت"):
            victim = self.before(ti, left, 1)
            return (nxt in _CIRCUMSTANCE or nxt in _CIRCUMSTANCE_MORE or self.word(ti + 1) in _WOUNDED
                    or nxt in _WOUNDED) and victim is not None and (
                victim.kind in ("person", "nisba") or (victim.kind == "agent"
                                                      and (victim.ent or {}).get("sector") not in _ARMED))
            # (القوات الإسرائيلية قتلت في السنتين الماضيتين عشرات الفلسطينيين: an armed body kills)
        return False

    def reference_noun(self, i: int) -> bool:
        """A definite noun naming a standing thing (العقوبات، الاتفاق), with its proclitics (وبالعقوبات، للعقوبات)."""
        w = self.words[i].lstrip("وف")
        if w.startswith("لل"):
            w = "ال" + w[2:]
        elif w.startswith(("بال", "كال")):
            w = w[1:]
        return w.startswith("ال") and self.data.grammar.get(w) == "reference"

    def light_with_object(self, w: str) -> bool:
        """A light verb with an object pronoun for the noun it governs (عقده، أجراها، شنوها)."""
        light = self.data.light
        for suf in ("ها", "هم", "ه"):
            if w.endswith(suf) and len(w) > len(suf) + 1:
                base = w[: -len(suf)]
                if base in light or (base.endswith("ا") and base[:-1] + "ي" in light):
                    return True
        return False

    def find_target(self, trig, ti: int, tj: int, sources: list[Actor], r_obj: int) -> Actor | None:
        last = sources[-1] if sources else None
        anchor = max(tj, last.j if last and last.i > tj else tj)
        skip = {a.key for a in sources}
        if last is not None and last.ent is not None and anchor == last.j:
            # الرئيس الروسي، فلاديمير بوتين، الأربعاء، …: the name in apposition and a time between commas are the
            # subject's, the object comes after them
            same = next((b for b in self.people if anchor < b.i <= anchor + 2 and b.ent is not None
                         and b.ent.get("id") == last.ent.get("id")), None)
            if same is not None:
                anchor = same.j
                skip.add(same.key)
                while anchor in self.soft and anchor + 1 in self.soft and self.word(anchor + 1) in _TIME_WORDS:
                    anchor += 1
        if last is not None and anchor == last.j and anchor in self.soft:
            k = anchor + 1  # رفض ظريف، مساء الثلاثاء، التصريحات الأخيرة للرئيس الأميركي: a time of one to three words
            while k < self.sj and k - anchor <= 3 and self.word(k) in _TIME_WORDS:  # between commas is the subject's
                k += 1
            if k - 1 > anchor and k - 1 in self.soft:
                anchor = k - 1
        nested = [] if trig.type in _SPEECH else [k for k in self.trigger_toks if k > tj]
        stop = min([*nested, r_obj, anchor + 12])  # a phrase belongs to the nearest act, but what a call or a
        # condemnation is about may itself be an act: دعت روسيا إلى اجتماع منظمة حظر الأسلحة
        aside = anchor
        if last is not None and anchor == last.j and anchor in self.soft and (
                self.definite_noun(anchor + 1) or self.bare(anchor + 1) in _DESCRIPTION_HEADS):
            # حذرت سارة ساندرز، المتحدثة باسم البيت الأبيض، إيران؛ انتقد محمد البرادعي، نائب الرئيس المصري السابق …،
            # تصريحات ترامب: the subject's description between commas
            titled = self.bare(anchor + 1) in _DESCRIPTION_HEADS  # a long title may run on: نائب الرئيس … السابق،
            reach = min(self.sj, anchor + 16) if titled else min(stop, anchor + 10)
            aside = next((k for k in range(anchor + 2, reach) if k in self.soft), anchor)
            if titled and aside > anchor:
                stop = max(stop, min(r_obj, aside + 8))
        if "obj" in trig.targets and trig.type in ("ASSAULT", "COERCE"):
            # دمرت مقاتلات التحالف تعزيزات عسكرية لميليشيات الحوثي: the owner of the thing struck is the target
            owner = next((a for a in self.people if a.i > anchor), None)
            if owner is not None and owner.kind != "nisba" and owner.key not in skip and self.marker(owner) == "ل" \
                    and self.owned_object(anchor, owner.i):
                return self.head_of(owner, r_obj)
        for a in self.people:
            if a.i <= aside or a.i >= stop or a.key in skip or a.kind == "nisba":
                continue
            if a.kind == "agent" and last is not None and last.kind == "nisba" and a.i == last.j + 1 \
                    and last.j not in self.soft and normalize_str(a.text).startswith("ال"):
                continue  # اقتحم عشرات العراقيين المحتجين القنصلية: an agreeing agent noun is still the subject's
            m = self.marker(a)
            if m == "by":
                continue
            if any(self.cues.get(k, ("",))[0] == "report" for k in range(max(tj + 1, a.i - 4), a.i)):
                continue  # بحسب ما نقلته وكالة رويترز: the one reporting, not the one acted on
            if self.bare(a.i - 1) in _LED_BY:
                continue  # مقاتلات التحالف بقيادة المملكة العربية السعودية: who leads the doer, not the target
            if self.bare(a.i - 1) in _ALLY_OF and a.i - 1 <= aside + 1:
                continue  # حذرت طهران حليفة دمشق من …: the subject's ally, a description, not the one acted on
            if not m and not a.prefix and a.i - 1 > anchor and a.kind in ("country", "organization", "group",
                                                                           "person"):
                # أشاد الملك بجهود الولايات المتحدة، أثنى على دور السعودية: the owner of the noun the preposition
                # governs is the one acted on
                w = self.bare(a.i - 1)
                if self.governed(a.i - 1) and (w[0] if w[0] == "ب" else "ل") in trig.targets \
                        and not w[1:].startswith("ال"):
                    return self.head_of(a, r_obj)
                if w in _common_words() and self.bare(a.i - 2) in trig.targets and a.i - 2 > anchor:
                    return self.head_of(a, r_obj)
            if not m and a.i - 2 == anchor + 1 and self.bare(a.i - 2) == "من" and "من" not in trig.targets \
                    and self.bare(a.i - 1) not in _ASIDE_SIDES and not any(x.i <= a.i - 1 <= x.j for x in self.actors):
                continue  # حذر ماتيس من سحب القوات الأمريكية: the genitive of a noun after the verb's own من is no
                # object (but اتهمت الولايات المتحدة 12 من ضباط المخابرات الروسية: a part of them is)
            if m == "ل" and trig.type in ("REJECT", "ACCUSE", "SUPPORT") and "obj" in trig.targets:
                k = next((k for k in range(a.i - 1, aside, -1) if self.bare(k).startswith("ل")), None)
                if k is not None and aside + 1 < k <= aside + 3 and a.i - k <= 3 and all(
                        self.definite_noun(m2) and m2 not in self.trigger_toks
                        and not any(x.i <= m2 <= x.j for x in self.actors) for m2 in range(aside + 1, k)):
                    return self.head_of(a, r_obj)  # رفض ظريف التصريحات الأخيرة للرئيس الأميركي دونالد ترامب: the
                    # owner, after ل, of the object noun and its adjectives
            if not m:
                reach = 12 if trig.type == "CONSULT" else 6  # استقبل الملك … في مكتبه … الأربعاء، الكاردينال …
                if "obj" in trig.targets and a.i - max(anchor, aside) <= reach:  # (after an apposed title)
                    return self.head_of(a, r_obj)  # the object, or the genitive of a verbal noun after the verb
                    # (استنكرت روسيا عدم تجديد بريطانيا)
                continue
            if m in trig.targets:
                return self.head_of(a, r_obj)  # مع زعيم كوريا الشمالية كيم جونغ أون: the leader, not the country
        return None

    def no_subject_next(self, tj: int) -> bool:
        """What follows a sentence-opening verb shows it has no subject of its own: a preposition or a word with ب/ل
        (ودعا إلى، وطالب بـ), a complementizer (وأكد أن), its object (ودعا من جانبه ماي، وحث واشنطن), a time or
        an adverb. Anything else (ويرد التنظيم، وتتفق ريبريف، وقتلت سلسلة تفجيرات، واعتقل وهو) may be a subject rasd
        does not know: the story's actor is not carried to it."""
        k = tj + 1
        w = self.bare(k)
        if not w:
            return False
        return w in _PREPS or self.gkind(k) in ("complementizer", "pronoun") or w[:1] in "بل" \
            or any(a.i == k and a.kind != "nisba" for a in self.people) or self.words[k] in _TIME_WORDS \
            or w in _CARRY_NEXT

    def passive_doer(self, tj: int, r_obj: int) -> Actor | None:
        """The doer a passive names: after برصاص/على أيدي (قتل 50 شخصا برصاص القوات), or the other side of a fight
        "with" it (قتل 38 من ميليشيات الحوثي في مواجهات مع القوات المشتركة)."""
        return next((a for a in self.people if tj < a.i < r_obj and self.marker(a) == "by"), None) or next(
            (a for a in self.people if tj + 2 < a.i < self.sj and a.kind != "nisba" and self.bare(a.i - 1) == "مع"
             and self.gkind(a.i - 2) == "clash"), None) or next(
            (a for a in self.people if tj + 2 < a.i < self.sj and a.kind != "nisba" and self.bare(a.i - 1) == "بين"
             and self.gkind(a.i - 2) == "clash" and (a.ent or {}).get("sector") in _ARMED), None)
        # (… في مواجهات بين القوات الإسرائيلية والمحتجين: the armed side of a fight "between" the victims and it)

    def describes(self, a: Actor) -> bool:
        """A nationality right after a named party is that party's (ميليشيات الحوثي الإيرانية: Iran-backed Houthis),
        not another party's."""
        return any(b.j == a.i - 1 and b.kind in ("group", "organization", "person") and b.ent is not None
                   for b in self.people)

    def attack_noun(self, i: int) -> bool:
        """An indefinite attack noun, bare or after ل/ب (لهجوم صاروخي، بغارة)."""
        w = self.bare(i)
        return w in _ATTACK_NOUNS or (w[:1] in "لب" and w[1:] in _ATTACK_NOUNS)

    def coordinated_subject(self, left: int) -> Actor | None:
        """The subject of the clause before a verb that opens its own clause with و/ف and has none of its own: the
        doer of the last act coded there by a verb, else the first actor of that clause when it opens with a verb
        (التقى ترامب ماكرون في باريس، ودعا إلى …؛ وتعد إيران حليفا للأسد، وقدمت مساعدات)."""
        prev = self.clause(left - 1, left - 1)[0]
        if left - 1 in self.hard or any(self.gkind(k) in ("relative", "complementizer", "pronoun")
                                        for k in range(prev, left)):
            return None  # a relative or reported clause before: its subject is not the sentence's
        done = [e for e in self.events if prev <= e.ti < left and e.source and e.reading.trigger.pos == "verb"]
        if done:
            return done[-1].source[0]
        first = next((a for a in self.people if prev <= a.i < left), None)
        if first is None or first.kind == "nisba" or self.marker(first) or first.i != prev + 1:
            return None  # only a clause opening with its verb, its subject right after (VSO)
        return first

    def masculine_verb(self, ti: int, tj: int, lemma: str) -> bool:
        """A one-word perfect verb in the 3rd person masculine singular, bare or with an object pronoun (هاجم،
        وهاجمه، دعا), not feminine (هاجمت، دعت) or plural."""
        if ti != tj:
            return False
        w = self.words[ti]
        stem = _stems(lemma)[0] if lemma else ""
        if not stem:
            return False
        for p in ("", "و", "ف"):
            if w.startswith(p + stem) and w[len(p + stem):] in ("", "ه", "ها", "هم", "هما"):
                return True
        return False

    def stance_holder(self, ti: int, left: int) -> Actor | None:
        """Who expresses the stance noun at ``ti``: the subject of a verb of expressing before it, the noun right
        after the verb, its subject, or its عن / شعور (أعرب وزير الخارجية الفرنسي عن استيائه، أبدى القائم بالأعمال
        الأميركي في تركيا شعوره بخيبة الأمل); the subject after the verb, else before it."""
        k = ti - 1
        if self.bare(k) == "عن" or self.bare(k).startswith("شعور"):
            k -= 1
        words, express = self.words, self.data.express_words
        e = next((e for e in range(k, max(self.si, k - 9) - 1, -1) if words[e] in express), None)
        if e is None or any(m in self.trigger_toks or m in self.hard for m in range(e + 1, k + 1)):
            return None
        if self.bare(e) in _VIA and self.bare(ti - 1) != "عن":
            return None  # عبر مكالمة هاتفية، عبر الممر: 'via', no verb; عبر is one only with its عن
        if e < k:  # only the verb's subject between, ending the run or followed by where it serves (في تركيا)
            subj = next((a for a in self.people if e < a.i <= e + 4 and a.j <= k and a.kind != "nisba"
                         and not self.marker(a)), None)
            named = next((a for a in self.people if a.j == k and a.i - 1 in self.soft and a.kind == "person"
                          and a.i > subj.j), None) if subj is not None and k in self.soft else None
            if named is not None:  # وعبر وزير البيئة البريطاني، مايكل غوف، عن تأييده: the name in apposition
                return named
            if subj is None or not (subj.j == k or any(a.j == k and self.marker(a) in ("في", "لدي")
                                                       for a in self.actors)):
                return None  # أعرب عن قلقه إزاء … الهجمات: the attacks are not his act
            return subj
        return self.before(e, left if e >= left else self.clause(e, e)[0], 3) or (
            self.carry if e <= self.si + 1 and self.no_subject_next(e) else None)

    def attack_clause(self, ti: int, left: int) -> bool:
        """The verb at ``ti`` describes the nearest indefinite attack noun before it, with no actor between: هجوم
        في الرابع من مارس استهدف الجاسوس؛ هجمات إرهابية كبيرة، استهدفت قوات الأمن (over the comma too)."""
        lo = max(self.si, ti - 6) if left == ti and ti - 1 in self.soft else max(left, ti - 8)
        k = next((k for k in range(ti - 1, lo - 1, -1) if self.attack_noun(k)), None)
        return k is not None and not any(k < a.i < ti for a in self.actors)

    def clash_noun(self, i: int) -> bool:
        """A noun of fighting (grammar kind ``clash``), with its proclitics and article (والاشتباكات، المعارك)."""
        w = self.words[i].lstrip("وف")
        w = w[1:] if w.startswith(("ب", "ل")) and len(w) > 4 else w
        return self.data.grammar.get(w.removeprefix("ال")) == "clash" or self.data.grammar.get(w) == "clash"

    def between(self, ti: int, tj: int) -> tuple[Actor, Actor] | None:
        """The two sides of a fight told as بين A و B within four words after its noun (اشتباكات عنيفة بين قوات الأمن
        والمتظاهرين، معارك بين تنظيم داعش من جهة وقوات النظام من جهة أخرى)."""
        k = next((k for k in range(tj + 1, min(self.sj, tj + 13)) if self.bare(k) == "بين"), None)
        if k is None or any(m in self.hard or m in self.trigger_toks or self.bare(m) in _BETWEEN_NOUNS
                            for m in range(tj + 1, k)):
            return None  # (تدور في مدينة البوكمال، بين …) but not اشتباكات على الحدود بين سوريا والعراق
        a = next((a for a in self.people if a.i > k), None)
        if a is None or a.i > k + 1 or a.kind == "nisba" or a.prefix:
            return None
        b = next((b for b in self.people if b.i > a.j and b.kind != "nisba"), None)
        if b is None or not b.prefix.startswith("و") or b.i - a.j > 5 or any(
                m in self.hard for m in range(a.j + 1, b.i)) or b.key == a.key:
            return None
        if self.bare(b.j + 1) == "من" and self.bare(b.j + 2) == "جهه" and self.bare(b.j + 3) != "اخري":
            return None  # بين قوة برخان والقوات المالية من جهة و60 مسلحا: allies on one side
        return a, b

    def owned_object(self, anchor: int, i: int) -> bool:
        """One to three words of a thing struck, and nothing else, between the verb's subject (ending at ``anchor``)
        and the ل actor at ``i``; a time between commas may come first (دمرت المقاتلات، الخميس، تعزيزات للحوثيين)."""
        k = anchor + 1
        if anchor in self.soft:
            end = next((m for m in range(k, min(i, k + 4)) if m in self.soft), None)
            if end is None or not all(self.words[m] in _TIME_WORDS for m in range(k, end + 1)):
                return False
            k = end + 1
        return k < i <= k + 3 and not any(self.bare(m) in _PREPS or self.bare(m) in _WHILE or m in self.soft
                                          or m in self.hard for m in range(k, i))

    def protest_happens(self, ti: int, left: int, form) -> bool:
        """A protest noun tells a protest when a verb of occurrence or a light verb comes just before it (اندلعت
        احتجاجات، خرجوا في مظاهرة، نظموا إضرابا، موجة من الإضرابات), or it is the adverb احتجاجا (in protest)."""
        word = form.text[form.prefix :]
        if word.endswith("ا") and not word.startswith("ال"):
            return True
        occur, light = self.data.occur_words, self.data.light_words
        # within its clause: واصلت مجموعة من سائقي الشاحنات … الإضراب (a light verb that itself starts with و)
        return any(self.words[k] in occur or self.words[k] in light for k in range(max(left, ti - 12), ti))

    def protest_site(self, tj: int, location: Actor | None) -> Actor | None:
        """تظاهروا أمام مقر المحافظ / أمام السفارة الأميركية: the government whose seat the protest stands before —
        the embassy's country when a nationality or country follows the seat, else the place's country."""
        k = next((k for k in range(tj + 1, min(self.sj, tj + 12)) if self.bare(k) == "امام"), None)
        if k is None:
            return None
        seat = next((m for m in range(k + 1, min(self.sj, k + 4)) if self.gkind(m) == "seat"), None)
        if seat is None:
            return None
        for a in self.actors:
            if seat <= a.i <= seat + 2 and a.country and a.kind in ("nisba", "country", "agent", "organization"):
                return a
        c = location.country if location is not None and location.country else self.c.home
        return Actor(seat, seat, "", None, "", 0, 0, c, "government") if c else None

    def location(self, ti: int, tj: int, left: int) -> Actor | None:
        places = self.places
        # the first place after the trigger, unless a clause stops before it: not past what is asked or said
        # (دعا تركيا إلى … في سورية is no event in Syria); the places are in text order
        a = next((a for a in places if a.i > tj or (ti < a.i == tj)), None)  # فتح معبر رفح: shares its noun
        if a is not None and not any(k in self.hard or self.gkind(k) in ("complement", "purpose")
                                     for k in range(tj + 1, a.i + 1)):
            return a
        for a in reversed(places):
            if left <= a.i < ti:
                return a
        for a in places:  # وفي مدينة يزد، تظاهر …: a place framing the sentence holds for its clauses
            if self.si <= a.i < min(ti, self.si + 5):
                return a
        return None

    def modality(self, ti: int, tj: int, left: int, form, pos: str, type_: str = "") -> tuple[str, bool]:
        negated = False
        modality = "future" if form.future else "asserted"
        cues = self.cues
        if ti - 1 >= self.si and self.bare(ti - 1) in _SUSPEND:
            negated = True  # تعليق مناورات عسكرية: the act is suspended (تعليق right before it only: تعليق على = comment)
        for k in range(ti - 1, max(left, ti - 4) - 1, -1):
            cue = cues.get(k)
            if not cue:
                continue
            kind = cue[0]
            w = self.bare(k)
            near = k == ti - 1 or w in ("لم", "لن", "ليس", "ليست", "لست", "لسنا", "ليسوا", "غير", "دون") or w in _CANCEL  # ألغى ترامب زيارة
            still = w == "لا" and self.word(k + 1) in ("يزال", "تزال", "زال", "يزالون")  # لا يزال: "still"
            if kind == "negated" and near and not still:
                negated = True
        if self.bare(ti) not in _CONFIRM_DENY and any(
                self.bare(k) in ("لم", "لن", "لا") and self.bare(k + 1) in _CONFIRM_DENY
                for k in range(max(self.si, ti - 8), ti - 1)):
            return "alleged", False  # ولم تنف إسرائيل أو تؤكد شنها الضربات: neither confirmed nor denied, unconfirmed
        if not negated and pos == "verb" and self.bare(ti - 1) == "او" and any(
                self.bare(k) in ("لم", "لن") for k in range(max(self.si, ti - 7), ti - 1)):
            negated = True  # ولم تؤكد السلطات الألمانية أو تنفي: the negation reaches the verb joined by أو
        start = left
        if left > self.si and self.gkind(left - 1) in ("complementizer", "pronoun"):
            start = max(self.si, left - 4)  # من المقرر أن يلتقي: the cue stands before أن
        for k in range(start, ti):
            cue = cues.get(k)
            if cue and k + cue[1] <= ti and cue[0] in ("future", "intended", "conditional", "alleged") \
                    and modality == "asserted":
                modality = cue[0]
        for k in range(self.si, left):  # a denial or allegation frames the whole clause after it
            cue = cues.get(k)
            if cue and cue[0] == "alleged" and modality == "asserted":
                modality = "alleged"
            if cue and cue[0] == "negated" and self.bare(k) in _DENIALS and not any(
                    self.gkind(m) == "relative" for m in range(max(self.si, k - 3), k)):
                negated = True  # (but موسكو التي لطالما نفت أي تدخل، …: a denial inside a relative clause is background)
        for k in range(max(left, ti - 4), ti):  # وتنفي تركيا استهداف …، ونفت موسكو مسؤوليتها عن هجوم: a denial
            # governs the act after it
            if self.bare(k) in _DENIALS:
                negated = True
        if not negated and pos != "verb" and any(
                self.bare(k) in ("لم", "لن", "لا") and self.bare(k + 1) in _NEG_FRAME
                for k in range(max(left, ti - 7), ti - 1)):
            negated = True  # لم يصدر بعد قرار بشأن إطلاق سراحها، لا تستطيع الحكومة ترحيل المهاجرين، لم تشهد … أي هدنة
        if modality == "asserted":
            for k in range(tj + 1, min(self.sj, tj + 6)):  # للقمة الكورية الشمالية الأمريكية المرتقبة
                if self.word(k) in _FUTURE_AFTER:
                    modality = "future"
                if self.word(k) in ("المزعوم", "المزعومه", "المزعومين") or (k == tj + 1 and self.word(k) in (
                        "مفترض", "المفترض", "مفترضه", "المفترضه")):  # الهجوم المفترض (not الحارس الشخصي المفترض)
                    modality = "alleged"
                if pos != "verb" and self.word(k) in ("المحتمل", "المحتمله", "محتمل", "محتمله"):
                    modality = "conditional"  # الضربة الأميركية المحتملة: a possible strike
        if modality == "asserted" and pos != "verb" and any(
                self.bare(k) in ("من", "مغبه") and any(self.bare(m).startswith(_WARNINGS)
                                                       for m in range(max(self.si, k - 8), k))
                for k in range(max(left, ti - 2), ti)):
            modality = "conditional"  # حذر ماتيس من سحب القوات، حذرت روسيا من مغبة شن ضربات: warned against, not done
        sentence = self.c.doc.stories[self.story].sentences[self.index]
        if modality == "asserted" and self.c.doc.text[sentence.start : sentence.end].rstrip().endswith(("؟", "?")) \
                and not any(self.bare(k) in _PRESUPPOSING for k in range(self.si, ti)):
            modality = "conditional"  # فما هي أبرز محطات التجارب النووية الكورية الشمالية؟: a question tells no act
            # (but لماذا انسحبت الولايات المتحدة؟: a why or how takes the act as done)
        if modality == "asserted" and type_ in ("SANCTION", "COERCE", "AID", "CONCEDE") and any(
                self.bare(k) in _LAW_WORDS for k in range(max(left, ti - 8), ti)) and (
                pos != "verb" or self.bare(ti)[:1] in "يت"):
            modality = "conditional"  # يعاقب القانون … بالسجن، ينص القانون على معاقبة: what a law provides, no act
        if modality == "asserted" and pos != "verb" and any(
                self.bare(k) in _FUTURE_NEXT for k in range(max(left, ti - 4), ti)):
            modality = "future"  # سيبدأ رحلته بزيارة إلى بروكسل، وسيعقد ترامب قمة مع كيم: a light verb to come
        if modality == "asserted" and pos != "verb" and any(
                self.bare(k) in _FUTURE_NEXT for k in range(tj + 1, min(self.sj, tj + 3))):
            modality = "future"  # مناورات عسكرية ستجرى يومي 24 و25 فبراير، قمة ستعقد: the act is to come
        if modality == "asserted" and self.bare(ti).startswith("ب") and any(
                self.bare(k).removeprefix("ب").removeprefix("ال").startswith(("اتهام", "تهم"))
                for k in range(max(left, ti - 6), ti)):
            modality = "alleged"  # اتهام طارق رمضان باغتصاب امرأة: the act charged is alleged (not what follows the
            # accusation in the sentence: بعد اتهامات للنظام، نفت روسيا)
        clitic = form.text[: form.prefix]
        if modality == "asserted" and clitic.endswith("ل") and not form.text[form.prefix :].startswith("ل"):
            modality = "intended"  # لمساعدة، لزيارة، ليلتقي: لـ of purpose
        if not clitic.endswith("ب") and ti > self.si and self.words[ti - 1] == "ب":
            clitic = "ب"  # بـ"الإفراج": the clitic printed apart, before a quotation mark
        if modality == "asserted" and clitic.endswith("ب") and (any(
                e.reading.trigger.type in ("REQUEST", "THREATEN") and left <= e.ti < ti for e in self.events) or any(
                self.bare(k) in _THREAT_WORDS for k in range(max(left, ti - 6), ti))):
            modality = "intended"  # طالبت إيران بالإفراج عن …: the release is asked for; يهدد الرئيس الأمريكي
            # بالعقوبات: threatened, not imposed
        if modality == "asserted" and pos != "verb":
            pk = self.gkind(ti - 1)
            if pk == "purpose" or any(self.words[k][:1] == "ل" and self.words[k][1:] in self.data.light
                                      for k in range(max(self.si, ti - 2), ti)):
                modality = "intended"  # تعد لفرض عقوبات: a light verb of purpose, the act is planned
            elif any(e.reading.trigger.type == "REQUEST" and left <= e.ti < ti
                     and (any(self.gkind(k) == "complement" for k in range(e.tj + 1, ti)) or (
                         e.reading.trigger.pos == "verb" and ti - e.tj == 2
                         and all(self.bare(k).startswith("من") for k in range(e.tj + 1, ti))))
                     for e in self.events):
                modality = "intended"  # دعا تركيا إلى … محاربة داعش، طلب منها الاتصال بأقطاي: what is asked for has
                # not happened
        if modality == "asserted" and pos == "verb" and any(e.modality == "future" for e in self.events) \
                and self.words[ti].lstrip("وف")[:1] in ("ي", "ت", "ن"):
            modality = "future"  # سيبحث … عندما يزور: the imperfect after a future act
        if modality == "asserted" and pos == "verb" and form.tense == "imperfect" and any(
                self.word(k) == "لاحق" and self.word(k - 1) == "وقت" for k in range(tj + 2, min(self.sj, tj + 14))):
            modality = "future"  # ويلتقي ترامب وميركل على هامش القمة في وقت لاحق (but التقى … في وقت لاحق: later, done)
        if modality in ("asserted", "alleged") and pos == "verb" and form.tense == "imperfect" and self.bare(ti - 1) == "قد":
            modality = "conditional"  # قد تقصف إسرائيل: may strike (قد with a perfect is 'has', told as done)
        if modality == "asserted" and any(self.bare(k) in _REFUSE and not any(k < a.i < ti for a in self.actors)
                                          for k in range(max(left, ti - 4), ti - 1)):
            negated = True  # رفض توجيه أصابع الاتهام لروسيا: the act refused is not done (but رفضت تركيا الطلب
            # الأمريكي: the request, right after, was made)
        if modality == "asserted" and pos != "verb" and any(
                self.cues.get(k, ("",))[0] == "intended" for k in range(tj + 1, min(self.sj, tj + 3))):
            modality = "intended"  # عملية عسكرية تنوي تنفيذها: the act is planned
        if modality == "asserted" and pos == "verb" and form.tense == "imperfect" and \
                self.bare(ti - 1) in _WHEN and self.bare(ti - 2) != "في":  # في حين: whereas
            modality = "future"  # عندما يلتقي كيم بترامب: 'when he meets', not a meeting told
        return modality, negated

    @property
    def story_date(self) -> DateMention | None:
        if not self._story_date:
            self._story_date.append(self.c.story_date(self.story, self.before_sentences) if self.c.published else None)
        return self._story_date[0]

    def date_for(self, ti: int, tj: int, left: int, right: int) -> DateMention | None:
        if self.c.published is None:
            return None
        lo, hi = self.spans[left][0], self.spans[right - 1][1]
        mid = self.spans[ti][0]
        dates = [d for d in self.c.sentence_dates(self.si, self.sj) if not self.attributive_year(d, mid)]
        near = [d for d in dates if lo <= d.start < hi] or dates  # the clause's date, else the sentence's
        if not near:
            return self.story_date
        return min(near, key=lambda d: abs(d.start - mid))

    def coming_weekday(self, d: DateMention, ti: int, tj: int, form) -> bool:
        """A weekday (not the page's own day) in the clause of a present-tense act, or of a verbal noun after a
        present-tense light verb (يقوم … الاثنين بزيارة، يزور … الثلاثاء): the act is to come, not the weekday past."""
        if self.c.published is None or d.precision != "day" or d.date == self.c.published:
            return False
        k = self.c.tok_at(d.start)
        if self.words[k].removeprefix("و") not in _WEEKDAY_WORDS or self.word(k + 1).startswith(("الماضي", "المنصرم")):
            return False  # (الجمعة الماضية: past)
        if form.tense == "imperfect" and not form.future:
            return tj < k <= tj + 4 and not any(m in self.soft for m in range(tj, k))  # ويزور ماكرون الثلاثاء
        if form.tense != "noun":
            return False
        light = next((m for m in range(ti - 1, max(self.si, ti - 9) - 1, -1) if m in self.soft
                      or (self.words[m] in self.data.doer_words and self.bare(m)[:1] == "ي")), None)
        return light is not None and light not in self.soft and light < k < ti  # يقوم السيسي الاثنين بزيارة

    def own_later_date(self, d: DateMention, ti: int, tj: int) -> bool:
        """A date after the page's, within six words of the act and not a deadline or a starting point (حتى 12 مايو،
        بحلول عام 2050، اعتبارا من 1 يوليو، بعد أسبوع): the act is to come."""
        if self.c.published is None or d.date <= self.c.published:
            return False
        k = self.c.tok_at(d.start)
        if not (tj < k <= tj + 6 or ti - 4 <= k < ti) or any(m in self.soft for m in range(min(k, tj), max(k, ti))):
            return False
        if any(self.bare(m) in _NOT_WHEN for m in range(max(self.si, k - 2), k)):
            return False
        return not any(self.words[m] in self.data.doer_words and not self.bare(m).startswith(("ي", "ت", "ن", "س"))
                       for m in range(max(self.si, ti - 3), ti))  # فقامت باعتقاله مجددا في 9 أبريل من نفس العام:
        # a perfect light verb tells a done act, whatever the date read

    def attributive_year(self, d: DateMention, mid: int) -> bool:
        """A bare year after the act, right after a noun of a dated happening and its adjectives (بمزاعم تدخلها في
        الانتخابات الرئاسية الأمريكية عام 2016، انقلاب عام 1997): it dates that noun, not the act. After anything else
        (اعتقلت نزار عام 2015، بدأت أنقرة المفاوضات مع الاتحاد الأوروبي عام 2005) it dates the act."""
        if d.precision != "year" or d.start < mid:
            return False
        norm = self.c.norm
        if not norm.startswith(("عام", "العام"), d.start):
            return False
        k = self.c.tok_at(d.start) - 1
        for m in range(k, max(self.si, k - 3) - 1, -1):
            if m in self.soft or m in self.trigger_toks:
                return False
            w = self.words[m]
            if w in _DATED_NOUNS or (w[:1] in "وبل" and w[1:] in _DATED_NOUNS):
                return True
            if not w.startswith("ال"):  # only agreeing adjectives between: الانتخابات الرئاسية الأمريكية عام 2016
                return False
        return False

    def amount(self, ti: int, right: int) -> str | None:
        a = self.c.nt.to_original(self.spans[ti][0])
        b = self.c.nt.to_original(self.spans[right - 1][1])
        m = _MONEY_RE.search(self.c.doc.text, a, b)
        return m.group(1) if m else None

    # -- quotes and the actor carried to the next sentence --------------------------------------------------------
    def quotes(self, start: int, end: int) -> list[dict]:
        out = []
        text = self.c.doc.text
        for m in _QUOTE_RE.finditer(text, start, end):
            a, b = m.span(1) if m.group(1) is not None else m.span(2) if m.group(2) is not None else m.span(3)
            if b - a < 12:  # a scare-quoted term ("حرف مسار"), not a statement
                continue
            nq = self.c.tok_at(self.c.nt.to_normalized(a))
            sp = None
            said = self.reporting(self.si, nq)
            if said:  # the nearest reporting word before the quotation
                k = said[-1]
                sp = self.after(k, nq, 6) or self.before(k, self.si, 3)
            sp = sp or self.carry
            out.append({"story": self.story, "sentence": self.index, "text": text[a:b], "start": a, "end": b,
                        "speaker": sp.as_dict() if sp else None})
        return out

    def next_carry(self) -> Actor | None:
        """The actor later sentences may leave unsaid: this sentence's first explicit source, or the one speaking."""
        for e in self.events:
            if e.source and e.source_how in ("vso", "svo", "genitive", "light-verb"):
                s = e.source[0]
                if s.ent is not None and s.kind in ("person", "organization", "country", "group"):
                    return s
        for k in self.reporting(self.si, min(self.sj, self.si + 3)):
            a = self.after(k, self.sj, 6)
            if a and a.ent is not None:
                return a
        return self.carry


_QUOTE_RE = re.compile(r"«([^»]{2,})»|\"([^\"]{2,})\"|“([^”]{2,})”")
