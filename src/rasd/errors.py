"""rasd's error catalogue: every problem has a code, a message naming the cause, and a hint saying what to do."""

from __future__ import annotations

from dataclasses import dataclass

CATALOGUE: dict[str, tuple[str, str]] = {
    # code: (message template, hint)
    "E001": ("{path}: no such file or directory", "check the path; use '-' to read standard input"),
    "E002": ("{path}: looks binary ({why}), skipped", "rasd reads text, JSON Lines, HTML and WARC files"),
    "E003": ("{path}: empty input", "nothing to read; check the file was written completely"),
    "E004": ("{path}:{line}: malformed JSON ({why}), line skipped", "each line must be one JSON object"),
    "E005": ("{path}:{line}: no 'text' field, line skipped", "each JSON Lines record needs a 'text' string"),
    "E006": ("{path}: {count} invalid UTF-8 byte sequence(s) replaced", "re-encode the file as UTF-8 if possible"),
    "E007": ("{path}: HTML had no extractable main text ({why}), skipped", "check it is an article page"),
    "E008": ("{path}: malformed WARC ({why}); records before it were read", "check the file is a complete WARC"),
    "E009": ("{path}: unknown format '{fmt}'", "use one of: auto, text, jsonl, html, warc"),
    "E010": ("{path}: no Arabic text (read and flagged 'non_arabic')", "rasd codes Arabic news only"),
    "E011": ("{path}: {why}, skipped", "check the input"),
    "E012": ("{path}:{line}: 'text' is empty, line skipped", "each record needs non-empty text"),
    "E013": ("{path}: document {doc} could not be extracted ({why}), not stored",
             "report it with the document; the rest of the input was stored"),
}


@dataclass(slots=True)
class Problem:
    code: str
    path: str
    message: str
    hint: str
    skipped: bool  # True when something was not read because of it

    def as_dict(self) -> dict:
        return {"code": self.code, "path": self.path, "message": self.message, "hint": self.hint,
                "skipped": self.skipped}


def problem(code: str, path: str, *, skipped: bool = True, **fields) -> Problem:
    template, hint = CATALOGUE[code]
    return Problem(code, path, template.format(path=path, **fields), hint, skipped)


class RasdError(Exception):
    """An error that stops a command; the CLI prints its message and hint."""

    def __init__(self, code: str, path: str = "", **fields):
        self.problem = problem(code, path, **fields)
        super().__init__(f"{self.problem.message} (hint: {self.problem.hint})")
