"""Build src/rasd/data/lexicon/common_words.txt: everyday words that never continue a person's name.

An unknown name is read word by word after a title (وزير الخارجية الكويتي صباح الخالد الصباح) or a given name
(جان لوي بورلو); it must stop before the next ordinary word (الطبيب شاكيل أفريدي مصدرا للتوتر: stop before مصدرا).
A word is "common" when it is frequent in a news corpus (at least --min-count times, normalized) and rarely follows
a given name (under --max-after of its occurrences: خاشقجي follows جمال half the time, so it is a name, not a word),
and it is no word of a name in the people lexicon or the given-name list. The output is a word list (no text).

    python tools/build_common_words.py [CORPUS] [--min-count 15] [--max-after 0.1]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from rasd.entities.lexicon import default_lexicon
from rasd.text.normalize import normalize_str

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "ant2018-news.jsonl.gz"
OUT = ROOT / "src" / "rasd" / "data" / "lexicon" / "common_words.txt"
_TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--min-count", type=int, default=15)
    ap.add_argument("--max-after", type=float, default=0.1)
    args = ap.parse_args()
    lex = default_lexicon()
    given = set(lex.given)
    name_words = {w for alias, entries in lex.aliases.items()
                  if any(e.type == "person" for e in entries) for w in alias.split()}
    count: Counter[str] = Counter()
    after: Counter[str] = Counter()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            toks = _TOKEN.findall(normalize_str(json.loads(line).get("text") or ""))
            count.update(toks)
            after.update(b for a, b in zip(toks, toks[1:]) if a in given)
    words = sorted(w for w, n in count.items()
                   if n >= args.min_count and after[w] / n < args.max_after and w.isalpha()
                   and w not in name_words and w not in given and len(w) > 1)
    header = ("# Everyday words that end an unknown person's name (built by tools/build_common_words.py from word\n"
              f"# counts of a news corpus: count >= {args.min_count}, after a given name < {args.max_after:.0%} of "
              "the time, not a word of a lexicon name). Normalized spelling.\n")
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words → {OUT}")


if __name__ == "__main__":
    main()
