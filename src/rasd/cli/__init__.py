"""The ``rasd`` command line: one module per command, domain errors turned into messages only here."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="rasd",
    help="rasd (رصد): Arabic news → political event data (PLOVER). Read pages, find actors and events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    """rasd (رصد): Arabic news → political event data (PLOVER)."""


from . import eval as _eval  # noqa: E402,F401  (each module registers its command)
from . import extract as _extract  # noqa: E402,F401
from . import lexicon as _lexicon  # noqa: E402,F401
from . import read as _read  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401
from . import spark as _spark  # noqa: E402,F401
from . import store as _store  # noqa: E402,F401


def main() -> None:
    app()
