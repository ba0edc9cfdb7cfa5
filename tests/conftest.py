from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_ea5190b97f2e0158.txt"
CORPUS = ROOT.parent / "shared" / "corpora" / "ant2018-news.jsonl.gz"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_doc():
    from rasd.clean import clean_document
    from rasd.read import ReadReport, read_inputs

    (doc,) = list(read_inputs([str(SEED)], report=ReadReport()))
    return clean_document(doc)


def corpus_records(n: int | None = None):
    if not CORPUS.exists():
        pytest.skip("shared corpus ../shared/corpora/ant2018-news.jsonl.gz not present")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, n):
            yield json.loads(line)


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    if not CORPUS.exists():
        pytest.skip("shared corpus ../shared/corpora/ant2018-news.jsonl.gz not present")
    return CORPUS


# ---- PostgreSQL for the store's tests ----------------------------------------------------------------------------
# The server named by $RASD_TEST_PG (a DSN; .ci/run starts one and sets it), else a throw-away server started here
# when PostgreSQL's binaries are installed (as the postgres user when running as root). Without either the
# PostgreSQL variants skip, saying why; under CI (CI=true) they fail instead: there they must run.

def _pg_unavailable(reason: str):
    import os

    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"PostgreSQL tests must run in CI: {reason}")
    pytest.skip(f"PostgreSQL not available: {reason} (set RASD_TEST_PG=postgresql://… or install postgresql)")


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_temporary_server():
    """(DSN of a fresh database, stop function) or raise RuntimeError saying why not."""
    import glob
    import os
    import shutil
    import subprocess
    import tempfile

    initdbs = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not initdbs and shutil.which("initdb"):
        initdbs = [shutil.which("initdb")]
    if not initdbs:
        raise RuntimeError("no initdb found (/usr/lib/postgresql/*/bin/initdb)")
    bindir = os.path.dirname(initdbs[-1])
    root = tempfile.mkdtemp(prefix="rasd-pg-")
    as_user: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        if not shutil.which("runuser"):
            raise RuntimeError("running as root without runuser")
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres", "postgres")
    data = os.path.join(root, "data")
    port = _free_port()

    def run(*cmd):
        return subprocess.run([*as_user, *cmd], capture_output=True, text=True, timeout=120, check=False)

    r = run(os.path.join(bindir, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8",
            "--locale=C.UTF-8")
    if r.returncode:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {r.stderr.strip()[:300]}")
    r = run(os.path.join(bindir, "pg_ctl"), "-D", data, "-l", os.path.join(root, "log"), "-w", "-t", "60", "-o",
            f"-h 127.0.0.1 -p {port} -k {root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "start")
    if r.returncode:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed: {(r.stderr or r.stdout).strip()[:300]}")

    def stop():
        run(os.path.join(bindir, "pg_ctl"), "-D", data, "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)

    import psycopg

    try:
        with psycopg.connect(f"postgresql://postgres@127.0.0.1:{port}/postgres", autocommit=True) as c:
            c.execute("CREATE DATABASE rasd_test")
    except Exception:
        stop()
        raise
    return f"postgresql://postgres@127.0.0.1:{port}/rasd_test", stop


class PgServer:
    """A PostgreSQL database for tests; each store gets a schema of its own (``?options=-csearch_path%3D…``)."""

    def __init__(self, dsn: str):
        self.dsn = dsn
        self.schemas: list[str] = []

    def new_dsn(self, label: str = "t") -> str:
        import re
        import uuid

        schema = f"rasd_test_{re.sub(r'[^a-z0-9]', '', label.lower())[:20]}_{uuid.uuid4().hex[:8]}"
        self.schemas.append(schema)
        sep = "&" if "?" in self.dsn else "?"
        return f"{self.dsn}{sep}options=-csearch_path%3D{schema}"

    def connect(self):
        import psycopg

        return psycopg.connect(self.dsn, autocommit=True)

    def drop_schemas(self) -> None:
        if not self.schemas:
            return
        try:
            with self.connect() as c:
                for s in self.schemas:
                    c.execute(f'DROP SCHEMA IF EXISTS "{s}" CASCADE')
        except Exception:  # noqa: BLE001 — best effort on the way out
            pass


@pytest.fixture(scope="session")
def pg_server():
    import os

    try:
        import psycopg
    except ImportError:
        _pg_unavailable("psycopg is not installed")
    dsn = os.environ.get("RASD_TEST_PG")
    stop = None
    if dsn:
        try:
            psycopg.connect(dsn, connect_timeout=10).close()
        except Exception as exc:  # noqa: BLE001
            _pg_unavailable(f"cannot connect to RASD_TEST_PG ({str(exc).strip().splitlines()[0]})")
    else:
        try:
            dsn, stop = _start_temporary_server()
        except Exception as exc:  # noqa: BLE001
            _pg_unavailable(f"RASD_TEST_PG is not set and no server could be started here ({exc})")
    server = PgServer(dsn)
    yield server
    server.drop_schemas()
    if stop:
        stop()
