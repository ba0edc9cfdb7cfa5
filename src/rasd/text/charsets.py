"""Named Arabic character sets, built from code points."""

TATWEEL = "\u0640"
# Harakat, tanween, shadda, sukun, maddah/hamza above/below marks, superscript alef, and the Quranic annotation signs.
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DD, 0x06DE)
)
# Zero-width, bidi control and other invisible format characters.
INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
ALEF_FORMS = "\u0623\u0625\u0622\u0671\u0672\u0673"  # أ إ آ ٱ ٲ ٳ
HAMZA_CARRIERS = "\u0624\u0626"  # ؤ ئ
ALEF_MAKSURA = "\u0649"  # ى
TEH_MARBUTA = "\u0629"  # ة
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Presentation forms A and B: folded with NFKC.
PRESENTATION_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE))
# Arabic letters proper (no digits, punctuation or marks), for script detection.
ARABIC_LETTER_RANGES = ((0x0621, 0x063A), (0x0641, 0x064A), (0x0671, 0x06D3), (0x06FA, 0x06FF))


def is_arabic_letter(ch: str) -> bool:
    c = ord(ch)
    return any(lo <= c <= hi for lo, hi in ARABIC_LETTER_RANGES)
