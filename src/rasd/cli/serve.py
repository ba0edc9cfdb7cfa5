"""``rasd serve``: the HTTP API and the web page over a store, in one process (uvicorn)."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from ..store import StoreError, default_db
from . import app
from .common import err
from .store import DbOpt


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@app.command("serve")
def serve_cmd(
    db: DbOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on. The default serves this machine only; "
                                                     "0.0.0.0 serves the network (no authentication!).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the API (/api, described at /docs) and the web page (/) over the database: read-only, and it keeps
    answering while an ingest writes."""
    import uvicorn

    from ..api import create_app
    from ..api.app import loopback_hosts

    target = db or default_db()
    try:
        application = create_app(target, allowed_hosts=loopback_hosts() if _is_loopback(host) else None)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    totals = application.state.totals
    shown = f"[{host}]" if ":" in host else host
    err.print(f"[bold]rasd serve[/bold] {target}: {totals['documents']:,} documents, {totals['merged_events']:,} "
              f"merged events → http://{shown}:{port}/  (API docs: /docs; Ctrl-C stops)", highlight=False,
              soft_wrap=True)
    if not _is_loopback(host):
        err.print("[yellow]warning:[/yellow] listening beyond this machine: anyone who can reach it can read the "
                  "database", highlight=False, soft_wrap=True)
    try:
        uvicorn.run(application, host=host, port=port, log_level="warning", access_log=False,
                    timeout_keep_alive=5, limit_concurrency=64)
    except OSError as exc:
        err.print(f"[red]error:[/red] cannot listen on {host}:{port} ({exc.strerror or exc}) (hint: another "
                  "--port)", highlight=False)
        raise typer.Exit(2) from None
