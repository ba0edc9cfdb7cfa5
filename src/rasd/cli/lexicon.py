"""``rasd lexicon check``: validate the actor lexicon's data files."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..entities.lexicon import LexiconIssue, load_lexicon
from . import app

lexicon_app = typer.Typer(help="Inspect and validate the actor lexicon.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")


def check_lexicon(directory: Path | None = None) -> tuple[object, list[LexiconIssue]]:
    """Load errors plus cross-record checks: an alias naming two different things of the same type."""
    lex = load_lexicon(directory)
    issues = list(lex.issues)
    for key, entries in lex.aliases.items():
        by_type = defaultdict(set)
        for e in entries:
            if e.type in ("country", "place", "org", "person", "capital") and not e.ambiguous and not e.lil:
                by_type[e.type if e.type != "capital" else "place"].add((e.id, e.country, e.short))
        for typ, ids in by_type.items():
            named = {i for i, _, short in ids}
            countries = {c for _, c, _ in ids}
            if len(named) > 1:
                parties = all(e.sector == "PTY" for e in entries if e.type == "org")
                level = "error" if len(countries) > 1 and typ != "person" and not parties else "warning"
                issues.append(LexiconIssue("(aliases)", 0, f"alias {key!r} names {len(named)} {typ} records "
                                           f"({', '.join(sorted(named))}); mark it 'ambiguous' or keep one", level))
    return lex, issues


@lexicon_app.command("check")
def check_cmd(
    directory: Annotated[Path | None, typer.Option("--dir", help="A lexicon directory (default: the bundled one).")] = None,
    warnings: Annotated[bool, typer.Option("--warnings/--no-warnings", help="List warnings too.")] = False,
) -> None:
    """Check the lexicon: duplicates, conflicting codes, malformed dates, unknown codes."""
    lex, issues = check_lexicon(directory)
    console = Console()
    errors = [i for i in issues if i.level == "error"]
    warns = [i for i in issues if i.level != "error"]
    table = Table(title="lexicon", title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    types = defaultdict(int)
    for (typ, _), _e in lex.entries.items():
        types[typ] += 1
    for typ, n in sorted(types.items()):
        table.add_row(f"{typ} records", str(n))
    table.add_row("aliases (normalized)", str(len(lex.aliases)))
    table.add_row("load + compile seconds", f"{lex.load_seconds:.2f}")
    table.add_row("errors", str(len(errors)))
    table.add_row("warnings", str(len(warns)))
    console.print(table)
    for i in errors + (warns if warnings else []):
        console.print(str(i), highlight=False)
    raise typer.Exit(1 if errors else 0)
