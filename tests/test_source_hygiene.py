"""Source checks that caught real bugs: a module-level name bound twice silently replaces the first binding (three
times in rasd's history a second word-list constant with the same name as an earlier one changed what a rule read)."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "rasd"


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_level_name_is_bound_twice(path):
    seen: collections.Counter[str] = collections.Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        seen.update(names)
    twice = sorted(name for name, n in seen.items() if n > 1)
    assert not twice, f"{path.name}: {twice} bound more than once at module level; rename one of them"


def test_the_check_finds_a_name_bound_twice(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("_WORDS = {'a'}\n_WORDS = {'b'}\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="_WORDS"):
        test_no_module_level_name_is_bound_twice(bad)
