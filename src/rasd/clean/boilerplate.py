"""Page furniture: share/follow prompts, "read also" links, copyright, bylines, photo credits, separators.

The patterns are data (``rasd/data/page/boilerplate.tsv``), compiled once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..text.normalize import normalize_str

#: kinds whose lines are kept (as captions) rather than dropped
KEEP_KINDS = frozenset({"caption"})


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    text = resources.files("rasd.data.page").joinpath("boilerplate.tsv").read_text("utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, sep, rx = line.partition("\t")
        if not sep:
            raise ValueError(f"boilerplate.tsv:{number}: expected 'kind<TAB>regex'")
        try:
            out.append((kind.strip(), re.compile(normalize_str(rx), re.I)))
        except re.error as exc:
            raise ValueError(f"boilerplate.tsv:{number}: bad regular expression: {exc}") from exc
    return tuple(out)


# A line of Arabic, ASCII digits, punctuation and spaces and general punctuation holds no character that case folding
# could match to another one, so on it a case-insensitive pattern matches exactly as the same pattern without re.I,
# which the regex engine searches much faster (with re.I a Latin letter in an alternation stops it from scanning for
# the first characters). This finds a character outside that set.
_CASED_RE = re.compile("[^\u0600-\u06ff\x00-\x40\x5b-\x60\x7b-\x7f\u00ab\u00bb\u2000-\u206f]")


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern, dict[str, str], tuple[tuple[str, re.Pattern, re.Pattern], ...]]:
    """Anchored patterns (``^…``) as one alternation tried at the line start only; the others one by one, each with
    its case-sensitive twin for lines without cased letters."""
    anchored = [(k, rx) for k, rx in patterns() if rx.pattern.startswith("^")]
    floating = tuple((k, rx, re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)) for k, rx in patterns()
                     if not rx.pattern.startswith("^"))
    groups = {f"p{i}": kind for i, (kind, _) in enumerate(anchored)}
    alt = "|".join(f"(?P<p{i}>{rx.pattern[1:]})" for i, (_, rx) in enumerate(anchored))
    return re.compile(alt, re.I), groups, floating


def classify(norm_line: str) -> str | None:
    """The boilerplate kind of a normalized, stripped line, or None for content."""
    if len(norm_line) > 400:
        return None
    anchored, groups, floating = _compiled()
    m = anchored.match(norm_line)
    if m:
        return groups[m.lastgroup]
    if len(norm_line) > 250:
        return None
    caseless = not _CASED_RE.search(norm_line)
    for kind, rx, twin in floating:
        if (twin if caseless else rx).search(norm_line):
            return kind
    return None
