"""The HTTP API and the web page over one event store: :func:`create_app` builds the FastAPI application.

Endpoints (docs/web.md has the reference): ``GET /api/events``, ``/api/events/{id}``, ``/api/documents/{id}``,
``/api/actors``, ``/api/search``, ``/api/stats/timeline``, ``/api/stats/network``, ``/api/meta`` and
``POST /api/extract``; the page at ``/``; OpenAPI at ``/openapi.json`` and its browsable form at ``/docs``.
Every asset is served by this process from the repository or an installed package: nothing comes from a CDN.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import logging
import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import anyio
import orjson
from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from .. import __version__
from ..store import Backend, StoreError
from ..store.query import EventFilter, actors
from ..store.search import search
from . import queries
from .db import QueryTimeout, ReadPool, check_store
from .guard import LOOPBACK_HOSTS, Guard

log = logging.getLogger("rasd.api")

MAX_BODY = 1_000_000  # bytes of a POST body
MAX_TEXT = 200_000  # characters of an article sent to /api/extract
QUERY_TIMEOUT = 10.0  # seconds a request may spend in the database
EXTRACT_TIMEOUT = 30.0  # seconds an extraction may take, waiting included

# Debian's Arabic fonts, served to the page when installed (fonts-noto-core); the page names them first and falls
# back to the browser's own fonts otherwise.
FONT_DIRS = ("/usr/share/fonts/truetype/noto", "/usr/share/fonts/opentype/noto", "/usr/local/share/fonts")
FONTS = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf", "NotoSansArabic-Regular.ttf",
         "NotoSansArabic-Bold.ttf")


class ApiError(Exception):
    def __init__(self, status: int, message: str, code: str = "bad_request"):
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


class JSON(Response):
    """orjson-encoded JSON (non-string keys allowed)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def _error(status: int, message: str, code: str, **extra) -> JSON:
    return JSON({"error": {"status": status, "code": code, "message": message, **extra}}, status_code=status)


# ---- assets from installed packages ------------------------------------------------------------------------------

def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def plotly_js() -> Path | None:
    """plotly.min.js as shipped inside the ``plotly`` Python package."""
    try:
        path = resources.files("plotly") / "package_data" / "plotly.min.js"
    except ModuleNotFoundError:
        return None
    return Path(str(path)) if path.is_file() else None


def swagger_dir() -> Path | None:
    """Swagger UI's files as shipped inside the ``swagger-ui-py`` package (Swagger UI 5: reads OpenAPI 3.1)."""
    d = _package_dir("swagger_ui")
    d = d / "static" if d else None
    return d if d and (d / "swagger-ui-bundle.js").is_file() else None


def font_files() -> dict[str, Path]:
    found = {}
    for name in FONTS:
        for d in FONT_DIRS:
            p = Path(d) / name
            if p.is_file():
                found[name] = p
                break
    return found


def web_dir() -> Path:
    return Path(str(resources.files("rasd.web")))


# ---- request parameters ------------------------------------------------------------------------------------------

@dataclass
class Filters:
    f: EventFilter
    country: str | None


def _blank(value: str | None) -> str | None:
    return (value.strip() or None) if value else None


def _date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError(400, f"{name} {value!r} is not a date (hint: use YYYY-MM-DD, e.g. 2018-02-15)") from None


def event_filters(
    actor: Annotated[str | None, Query(description="Either side: ISO3 code (TUR), entity id (james-mattis) or part "
                                                   "of a name (Mattis, ماتيس, Turkey).", max_length=200)] = None,
    source: Annotated[str | None, Query(description="The source actor (as actor).", max_length=200)] = None,
    target: Annotated[str | None, Query(description="The target actor (as actor).", max_length=200)] = None,
    type: Annotated[list[str] | None, Query(description="PLOVER type(s): repeat the parameter or separate with "
                                                        "commas (ASSAULT,COERCE).")] = None,
    since: Annotated[str | None, Query(description="From this date (YYYY-MM-DD).", max_length=10)] = None,
    until: Annotated[str | None, Query(description="Up to this date, included (YYYY-MM-DD).", max_length=10)] = None,
    place: Annotated[str | None, Query(description="Where: ISO3 code or place name (Afrin, عفرين).",
                                       max_length=200)] = None,
    min_sources: Annotated[int, Query(ge=0, le=10_000, description="Told by at least N publishers.")] = 0,
) -> EventFilter:
    types = [t.strip().upper() for x in (type or []) for t in x.split(",") if t.strip()]
    known = set(queries.TYPES)
    bad = [t for t in types if t not in known]
    if bad:
        raise ApiError(400, f"type {', '.join(bad)}: not a PLOVER type (hint: one of {', '.join(queries.TYPES)})")
    return EventFilter(actor=_blank(actor), source=_blank(source), target=_blank(target), types=types,
                       since=_date("since", since), until=_date("until", until), place=_blank(place),
                       min_sources=min_sources)


def event_filters_country(
    f: Annotated[EventFilter, Depends(event_filters)],
    country: Annotated[str | None, Query(description="Either side is this country (ISO3 code or country name), "
                                                     "its people and bodies included.", max_length=100)] = None,
) -> Filters:
    return Filters(f, _blank(country))


def db_session(request: Request):
    """A read-only connection for the request, with its time limit."""
    with request.app.state.pool.session() as db:
        yield db


Db = Annotated[Backend, Depends(db_session)]
FiltersDep = Annotated[Filters, Depends(event_filters_country)]
BaseFiltersDep = Annotated[EventFilter, Depends(event_filters)]


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT, description="The article, as plain text.")
    date: str | None = Field(default=None, description="Publication date (YYYY-MM-DD), to resolve relative dates.")
    title: str | None = Field(default=None, max_length=1000)


# ---- the application ---------------------------------------------------------------------------------------------

def create_app(db_path: str | Path, *, allowed_hosts: set[str] | frozenset[str] | None = None,
               max_body: int = MAX_BODY, query_timeout: float = QUERY_TIMEOUT,
               extract_timeout: float = EXTRACT_TIMEOUT, warm: bool = True) -> FastAPI:
    """The API and page over the store at ``db_path`` (checked now: a missing or foreign file raises StoreError).

    ``allowed_hosts``: Host header names accepted (``rasd serve`` on a loopback address passes localhost and
    127.0.0.1, so a web page elsewhere cannot reach the API through DNS rebinding); None accepts any."""
    totals = check_store(db_path)
    pool = ReadPool(db_path, timeout=query_timeout)
    extract_limiter = anyio.CapacityLimiter(1)  # one extraction at a time: the other core keeps answering queries

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if warm:  # load the lexicon and trigger data now, not on the first /api/extract
            threading.Thread(target=_warm, name="rasd-warm", daemon=True).start()
        yield
        pool.close()

    app = FastAPI(title="rasd", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  default_response_class=JSON,
                  description="Arabic news → PLOVER political events: merged events, documents with offsets, "
                              "actors, search, statistics, and extraction of a pasted article. Read-only.")
    app.state.db_path = str(db_path)
    app.state.totals = totals
    app.state.pool = pool

    # ---- errors: always JSON with a clear message
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return _error(exc.status, exc.message, exc.code)

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError):
        return _error(400, str(exc), "bad_request")

    @app.exception_handler(queries.NotFound)
    async def _not_found(request: Request, exc: queries.NotFound):
        return _error(404, str(exc), "not_found")

    @app.exception_handler(QueryTimeout)
    async def _timeout(request: Request, exc: QueryTimeout):
        return _error(503, str(exc), "timeout")

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        problems = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "body", "path"))
            kind = (e.get("loc") or ("",))[0]
            problems.append(f"{kind} {where!r}: {e.get('msg')}" if where else f"{kind}: {e.get('msg')}")
        return _error(422, "invalid request: " + "; ".join(problems), "invalid",
                      details=[{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors()])

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404:
            msg = f"no such path: {request.url.path} (hint: the API is under /api, described at /docs)"
        elif exc.status_code == 405:
            msg = f"{request.method} is not allowed on {request.url.path}"
        else:
            msg = str(exc.detail)
        return _error(exc.status_code, msg, {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code,
                                                                                               "http_error"))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return _error(500, f"internal error ({type(exc).__name__}); the server log has the details", "internal")

    # ---- API
    @app.get("/api/events", tags=["events"], summary="Merged events, filtered, sorted and paged")
    def api_events(
        db: Db, filters: FiltersDep,
        sort: Annotated[str, Query(description="date, sources, articles, mentions, confidence, type or id; a leading "
                                               "'-' sorts descending. Ties: more sources first, then id.",
                                   max_length=20)] = "-date",
        limit: Annotated[int, Query(ge=1, le=500, description="Events per page.")] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000, description="Events to skip.")] = 0,
    ):
        """Each happening once, with how many documents, articles and publishers tell it: the records of
        `rasd events --format json`, and `total`, the number of matches."""
        return queries.events_page(db, filters.f, country=filters.country, sort=sort, limit=limit, offset=offset)

    @app.get("/api/events/{event_id}", tags=["events"], summary="One merged event with every telling")
    def api_event(db: Db, event_id: Annotated[int, PathParam(ge=1, le=2**62)]):
        """The merged event, and `members`: each document event it gathers, with its document, modality, and
        `mentions` (trigger offsets into the document's text, the rule, the evidence sentence)."""
        return queries.event_detail(db, event_id)

    @app.get("/api/documents/{doc_id:path}", tags=["documents"], summary="One document with its text and offsets")
    def api_document(db: Db, doc_id: Annotated[str, PathParam(max_length=500)]):
        """`rasd show --format json` plus `text` (the original), every sentence's offsets, and each event's full
        record with all its mentions. Offsets are code points into `text`."""
        return queries.document_detail(db, doc_id)

    @app.get("/api/actors", tags=["actors"], summary="The most active actors")
    def api_actors(
        db: Db, f: BaseFiltersDep,
        by: Annotated[str, Query(pattern="^(entity|country)$", description="entity or country.")] = "entity",
        limit: Annotated[int, Query(ge=1, le=500)] = 20,
    ):
        """As `rasd actors --format json`: events as source and as target, and by type."""
        return {"by": by, "actors": actors(db, f, by=by, limit=limit)}

    @app.get("/api/search", tags=["search"], summary="Arabic full-text search over the documents")
    def api_search(
        db: Db,
        q: Annotated[str, Query(min_length=1, max_length=500, description="Arabic words; \"a phrase\" in quotes.")],
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
    ):
        """As `rasd search --format json`: best first (BM25), a snippet with the matching words' offsets."""
        return {"query": q, "results": search(db, q, limit=limit)}

    @app.get("/api/stats/timeline", tags=["stats"], summary="Merged events per period by type")
    def api_timeline(
        db: Db, filters: FiltersDep,
        by: Annotated[str, Query(pattern="^(day|week|month)$", description="day, week (from Monday) or "
                                                                          "month.")] = "day",
    ):
        """`periods`: one entry per period with events (`total` and counts by `types`); `undated`: events without
        a date; `types`: the types present, in PLOVER order."""
        return queries.timeline(db, filters.f, country=filters.country, by=by)

    @app.get("/api/stats/network", tags=["stats"], summary="Who acts on whom")
    def api_network(
        db: Db, filters: FiltersDep,
        by: Annotated[str, Query(pattern="^(country|entity)$", description="Nodes are countries or "
                                                                          "entities.")] = "country",
        nodes: Annotated[int, Query(ge=2, le=150, description="The N most active actors.")] = 30,
        min_events: Annotated[int, Query(ge=1, le=100_000, description="Leave out thinner edges.")] = 1,
        edges: Annotated[int, Query(ge=1, le=5000, description="Keep the N heaviest edges.")] = 150,
    ):
        """`nodes` (with a layout: x, y in [-1, 1]) and directed `edges` (source → target) weighted by merged
        events, one per quad class (1 verbal cooperation … 4 material conflict); `edges_total` before the cut."""
        return queries.network(db, filters.f, country=filters.country, by=by, nodes=nodes, min_events=min_events,
                               max_edges=edges)

    @app.get("/api/meta", tags=["meta"], summary="Event types and what the store holds")
    def api_meta(db: Db):
        return {"version": __version__, **queries.meta(db)}

    @app.post("/api/extract", tags=["extract"], summary="Code a pasted article (nothing is stored)")
    async def api_extract(
        body: ExtractRequest,
        include_text: Annotated[bool, Query(description="Add the document's `text` (the offsets' reference) to "
                                                        "each document.")] = False,
    ):
        """The same JSON as `rasd extract --format json` on the text: stories, entities, events and quotes with
        offsets into the text. At most 200,000 characters; one extraction runs at a time."""
        date = _date("date", body.date)
        try:
            with anyio.fail_after(extract_timeout):
                out = await anyio.to_thread.run_sync(_extract, body.text, date, body.title, include_text,
                                                     limiter=extract_limiter, abandon_on_cancel=True)
        except TimeoutError:
            raise ApiError(503, f"the extraction took longer than {extract_timeout:g} s (hint: send a shorter "
                                "text, or retry when the server is less busy)", "timeout") from None
        return out

    # ---- the page and its assets
    web = web_dir()
    app.mount("/static", StaticFiles(directory=web), name="static")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(web / "index.html", media_type="text/html; charset=utf-8",
                            headers={"cache-control": "no-cache"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return FileResponse(web / "logo.svg", media_type="image/svg+xml", headers={"cache-control": "max-age=86400"})

    plotly = plotly_js()
    plotly_gz = _Compressed(plotly) if plotly else None

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_file(request: Request):
        if plotly is None or plotly_gz is None:
            raise ApiError(404, "plotly is not installed (hint: pip install plotly); charts are unavailable",
                           "not_found")
        if "gzip" in request.headers.get("accept-encoding", ""):  # 4.6 MB → 1.4 MB, compressed once
            return plotly_gz.response(request)
        return FileResponse(plotly, media_type="text/javascript", headers={"cache-control": "max-age=86400"})

    fonts = font_files()

    @app.get("/vendor/fonts/{name}", include_in_schema=False)
    def font(name: str):
        if name not in fonts:  # only the fixed names above: never a path from the request
            raise ApiError(404, f"font {name!r} is not installed here (hint: apt-get install fonts-noto-core); the "
                                "page falls back to the browser's fonts", "not_found")
        return FileResponse(fonts[name], media_type="font/ttf", headers={"cache-control": "max-age=604800"})

    swagger = swagger_dir()
    if swagger is not None:
        app.mount("/vendor/swagger", StaticFiles(directory=swagger), name="swagger")

    @app.get("/docs", include_in_schema=False)
    def docs():
        if swagger is None:
            return HTMLResponse(DOCS_MISSING, status_code=404)
        return HTMLResponse(DOCS_PAGE)

    return _wrap(app, max_body, allowed_hosts)


def _wrap(app: FastAPI, max_body: int, allowed_hosts) -> FastAPI:
    """Add the outer layers (gzip, then the guard) as middleware, keeping ``app`` a FastAPI object for callers."""
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(Guard, max_body=max_body,
                       allowed_hosts=None if allowed_hosts is None else frozenset(h.lower() for h in allowed_hosts))
    return app


class _Compressed:
    """A large static file gzipped once, on first use, and kept in memory (with an ETag for revalidation)."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self._body: bytes | None = None
        self._etag = ""

    def response(self, request: Request) -> Response:
        with self._lock:
            if self._body is None:
                import gzip

                data = self.path.read_bytes()
                self._body = gzip.compress(data, compresslevel=6, mtime=0)
                self._etag = f'"gz-{len(data):x}-{int(self.path.stat().st_mtime):x}"'
        headers = {"cache-control": "max-age=86400", "etag": self._etag, "vary": "accept-encoding"}
        if request.headers.get("if-none-match") == self._etag:
            return Response(status_code=304, headers=headers)
        return Response(self._body, media_type="text/javascript", headers={**headers, "content-encoding": "gzip"})


def loopback_hosts() -> set[str]:
    return set(LOOPBACK_HOSTS)


def _warm() -> None:
    try:
        from ..entities.lexicon import default_lexicon
        from ..events.triggers import default_event_data

        default_lexicon()
        default_event_data()
    except Exception:  # a problem shows again on the first extraction, with its message
        log.exception("could not load the extraction data")


def _extract(text: str, date: str | None, title: str | None, include_text: bool) -> dict:
    from .. import pipeline
    from ..core import SCHEMA
    from ..output import document_dict
    from ..read import ReadReport
    from ..read.plaintext import read_text

    doc = read_text(text.encode("utf-8"), "api", ReadReport())
    if doc is None:
        raise ApiError(400, "the text is empty (hint: paste an article)")
    if title and title.strip():
        doc.title = title.strip()
    if date and not doc.published:
        doc.published = date
    for stage in pipeline.build(["clean", "entities", "events"]):
        doc = stage.run(doc)
    d = document_dict(doc)
    if include_text:
        d["text"] = doc.text
    return {"schema": SCHEMA, "documents": [d]}


DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>rasd API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/static/logo.svg" type="image/svg+xml">
<link rel="stylesheet" href="/vendor/swagger/swagger-ui.css">
</head><body><div id="swagger-ui"></div>
<script src="/vendor/swagger/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body></html>
"""

DOCS_MISSING = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>rasd API</title></head><body>
<p>The browsable API page needs the <code>swagger-ui-py</code> package (pip install swagger-ui-py).
The description itself is at <a href="/openapi.json">/openapi.json</a>.</p></body></html>
"""
