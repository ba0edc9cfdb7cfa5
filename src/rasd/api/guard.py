"""An ASGI layer in front of the app: the Host check (against DNS rebinding when bound to loopback), the request
body limit, and security headers on every response. Pure ASGI, so a large body is refused before it is read."""

from __future__ import annotations

import orjson

# The page loads nothing from elsewhere; Plotly adds <style> elements and data: images, hence those two allowances.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")

LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def error_body(status: int, message: str, code: str) -> bytes:
    return orjson.dumps({"error": {"status": status, "code": code, "message": message}})


class Guard:
    def __init__(self, app, *, max_body: int, allowed_hosts: frozenset[str] | None = None):
        self.app = app
        self.max_body = max_body
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if self.allowed_hosts is not None:
            host = headers.get(b"host", b"").decode("latin-1").strip().lower()
            name = host.rsplit(":", 1)[0] if not host.startswith("[") else host.split("]")[0] + "]"
            if name not in self.allowed_hosts:
                await _reply(send, 400, f"host {host!r} is not served here (hint: open the page as "
                                        "http://127.0.0.1:PORT/ or http://localhost:PORT/)", "bad_host")
                return
        if scope["method"] in BODY_METHODS:
            length = headers.get(b"content-length")
            if length is not None:
                try:
                    n = int(length)
                except ValueError:
                    await _reply(send, 400, "Content-Length is not a number", "bad_request")
                    return
                if n > self.max_body:
                    await _reply(send, 413, _too_large(self.max_body), "body_too_large")
                    return
            body = await _read_body(receive, self.max_body)
            if body is None:
                await _reply(send, 413, _too_large(self.max_body), "body_too_large")
                return
            receive = _replay(body, receive)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                extra = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                         (b"x-frame-options", b"DENY")]
                names = {k.lower() for k, _ in message.get("headers", [])}
                if b"content-security-policy" not in names:
                    extra.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _too_large(limit: int) -> str:
    return f"the request body is larger than {limit:,} bytes (hint: send one article at a time)"


async def _read_body(receive, limit: int) -> bytes | None:
    """The whole request body (chunked or not), or None once it passes ``limit`` bytes."""
    parts = []
    seen = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":  # the client went away
            return b"".join(parts)
        chunk = message.get("body", b"")
        seen += len(chunk)
        if seen > limit:
            return None
        parts.append(chunk)
        if not message.get("more_body", False):
            return b"".join(parts)


def _replay(body: bytes, receive):
    """A receive that hands the app the body already read, then waits on the real one (for disconnects)."""
    sent = False

    async def wrapped():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return wrapped


async def _reply(send, status: int, message: str, code: str) -> None:
    body = error_body(status, message, code)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"x-content-type-options", b"nosniff"), (b"content-security-policy", CSP.encode())]})
    await send({"type": "http.response.body", "body": body})
