"""The page cache in front of Django's ASGI application: the same rules as ``wsgi.py``.

The decision (``PageCacheApp.key``), the stored entries and the answer (``PageCacheApp``'s
hit path) are the WSGI wrapper's; this module only translates an ASGI scope into the WSGI
environ those read, and Django's ASGI messages into a stored entry.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from asgiref.sync import sync_to_async
from django.conf import settings

from masthead.pagecache.entry import Entry
from masthead.pagecache.wsgi import STATUS_HEADER, TAGS_HEADER, PageCacheApp, _storable_tags

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[..., Awaitable[None]]


def _environ(scope: Scope) -> dict[str, Any]:
    environ: dict[str, Any] = {
        "REQUEST_METHOD": scope["method"],
        "PATH_INFO": scope["path"],
        "QUERY_STRING": scope.get("query_string", b"").decode("latin-1"),
        "wsgi.url_scheme": scope.get("scheme", "http"),
        "SERVER_NAME": (scope.get("server") or ("localhost", 80))[0],
    }
    for name, value in scope.get("headers", []):
        key = "HTTP_" + name.decode("latin-1").upper().replace("-", "_")
        environ[key] = value.decode("latin-1")
    return environ


def _decode(headers: list[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers]


def _encode(headers: list[tuple[str, str]]) -> list[tuple[bytes, bytes]]:
    return [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers]


class AsgiPageCacheApp:
    """Wrap Django's ASGI ``app`` with the page cache."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.cache = PageCacheApp(lambda environ, start_response: [])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        environ = _environ(scope)
        key = self.cache.key(environ)
        if key is None:
            await self.app(scope, receive, _labelled(send, "bypass"))
            return
        store = self.cache.store
        entry = await sync_to_async(store.get, thread_sensitive=False)(key)
        if entry is not None:
            await self._answer(entry, environ, send)
            return
        generation = store.generation()
        inner = {
            **scope,
            "headers": [(k, v) for k, v in scope["headers"] if k.lower() != b"accept-encoding"],
        }
        start: Message = {}
        chunks: list[bytes] = []
        storable: list[str] | None = None

        async def capture(message: Message) -> None:
            nonlocal storable
            if message["type"] == "http.response.start":
                start.update(message)
                headers = [
                    (k.decode("latin-1"), v.decode("latin-1")) for k, v in message["headers"]
                ]
                status = f"{message['status']} "
                if scope["method"] == "GET":
                    storable = _storable_tags(status, headers)
                if storable is None:
                    await _labelled(send, "miss")(message)
                return
            if storable is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                headers = [(k, v) for k, v in _decode(start["headers"]) if k.lower() not in _OWNED]
                status = f"{start['status']} OK"
                entry = Entry.build(status, headers, b"".join(chunks), storable, _url(environ))
                if store.generation() == generation:
                    await sync_to_async(store.put, thread_sensitive=False)(key, entry)
                await self._answer(entry, environ, send, label="miss")

        await self.app(inner, receive, capture)

    async def _answer(
        self, entry: Entry, environ: dict[str, Any], send: Send, label: str = "hit"
    ) -> None:
        got: dict[str, Any] = {}

        def start_response(status: str, headers: list[tuple[str, str]]) -> None:
            got["status"], got["headers"] = int(status[:3]), headers

        body = b"".join(self.cache._serve(entry, environ, start_response))
        headers = [(k, label if k == STATUS_HEADER else v) for k, v in got["headers"]]
        await send(
            {"type": "http.response.start", "status": got["status"], "headers": _encode(headers)}
        )
        await send({"type": "http.response.body", "body": body})


_OWNED = {"content-length", "content-encoding", "vary", "etag", "date", "set-cookie", TAGS_HEADER}


def _labelled(send: Send, label: str) -> Send:
    async def labelled(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message["headers"] if k.lower() != TAGS_HEADER.encode()]
            message = {**message, "headers": [*headers, (b"x-masthead-cache", label.encode())]}
        await send(message)

    return labelled


def _url(environ: dict[str, Any]) -> str:
    host = environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")
    query = environ.get("QUERY_STRING", "")
    path = environ["PATH_INFO"]
    return f"{environ['wsgi.url_scheme']}://{host}{path}" + (f"?{query}" if query else "")


def wrap(app: ASGIApp) -> ASGIApp:
    """Django's ASGI application behind the page cache, unless ``MASTHEAD_PAGE_CACHE`` is off."""
    if not getattr(settings, "MASTHEAD_PAGE_CACHE", False):
        return app
    return AsgiPageCacheApp(app)
