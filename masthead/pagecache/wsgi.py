"""The WSGI application in front of Django: answers stored reader pages without entering it.

A request is looked up only when it could be a stored reader page: GET or HEAD, no session
cookie or Authorization header, no query string other than ``?page=N``, and not below the
admin, documents, static or media prefixes. A miss goes to Django; Django's response is stored
only when the page-cache middleware tagged it (a reader page) and nothing in it is personal
(status 200, no Set-Cookie, no ``Vary: Cookie``, not private or no-store).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings

from masthead.pagecache.conf import get_store
from masthead.pagecache.entry import Entry
from masthead.pagecache.stores import Store

logger = logging.getLogger(__name__)
WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
TAGS_HEADER = "x-masthead-cache-tags"
STATUS_HEADER = "X-Masthead-Cache"
PAGE_QUERY = re.compile(r"^page=([1-9][0-9]{0,5})$")
# Headers the wrapper owns on a stored page (it sets its own length, encoding, Vary, ETag).
DROPPED = {"content-length", "content-encoding", "vary", "etag", "date", "set-cookie", TAGS_HEADER}


class PageCacheApp:
    """Wrap ``app`` (Django's WSGI handler) with the page cache."""

    def __init__(self, app: WSGIApp, store: Store | None = None) -> None:
        self.app = app
        self._store = store
        # Only the session cookie says who the reader is. A CSRF cookie alone does not: a reader
        # who once opened a form (sign-in, a comment) keeps it for a year, and stored pages
        # hold no CSRF token (docs/decisions/0112).
        self.cookie_names = (f"{settings.SESSION_COOKIE_NAME}=",)
        self.bypass_prefixes = tuple(
            prefix
            for prefix in ("/admin/", "/documents/", settings.STATIC_URL, settings.MEDIA_URL)
            if prefix and prefix.startswith("/")
        )

    @property
    def store(self) -> Store:
        return self._store if self._store is not None else get_store()

    def key(self, environ: dict[str, Any]) -> str | None:
        """``host|path|page`` for a request that may be answered from the store, else None."""
        method = environ.get("REQUEST_METHOD", "GET")
        if method not in ("GET", "HEAD"):
            return None
        path = environ.get("PATH_INFO", "/")
        if path.startswith(self.bypass_prefixes):
            return None
        if environ.get("HTTP_AUTHORIZATION"):
            return None
        if getattr(settings, "SECURE_SSL_REDIRECT", False) and not _secure(environ):
            return None  # Django answers with its redirect to HTTPS, never a stored page
        cookie = environ.get("HTTP_COOKIE", "")
        if cookie and any(_has_cookie(cookie, name) for name in self.cookie_names):
            return None
        query = environ.get("QUERY_STRING", "")
        page = ""
        if query:
            match = PAGE_QUERY.match(query)
            if match is None:
                return None  # unknown parameters go to Django and never multiply keys
            page = match.group(1)
        host = (environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")).lower()
        return f"{host}|{path}|{page}"

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        key = self.key(environ)
        if key is None:
            return self._pass(environ, start_response, "bypass")
        store = self.store
        try:
            entry = store.get(key)
        except Exception:
            logger.exception("page cache: store unavailable, answering from Django")
            return self._pass(environ, start_response, "bypass")
        if entry is not None:
            return self._serve(entry, environ, start_response)
        return self._fill(key, store, environ, start_response)

    def _serve(
        self, entry: Entry, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> list[bytes]:
        encoding = entry.choose(environ.get("HTTP_ACCEPT_ENCODING", ""))
        headers = [*entry.headers, ("ETag", entry.etag_for(encoding))]
        headers += [("Vary", "Accept-Encoding"), (STATUS_HEADER, "hit")]
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match and entry.matches(if_none_match):
            kept = {"cache-control", "expires", "content-location", "last-modified"}
            start_response(
                "304 Not Modified",
                [(k, v) for k, v in headers if k.lower() in kept or k in ("ETag", "Vary")]
                + [(STATUS_HEADER, "hit")],
            )
            return []
        body = entry.bodies[encoding]
        if encoding != "identity":
            headers.append(("Content-Encoding", encoding))
        headers.append(("Content-Length", str(len(body))))
        start_response(entry.status, headers)
        return [] if environ.get("REQUEST_METHOD") == "HEAD" else [body]

    def _fill(
        self, key: str, store: Store, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Any:
        try:
            generation = store.generation()
        except Exception:  # noqa: BLE001
            return self._pass(environ, start_response, "bypass")
        accept_encoding = environ.get("HTTP_ACCEPT_ENCODING", "")
        # Django renders the plain body; the wrapper compresses every variant itself.
        inner = {k: v for k, v in environ.items() if k != "HTTP_ACCEPT_ENCODING"}
        captured: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            captured["status"], captured["headers"] = status, headers
            return lambda data: None  # legacy write() is never used by Django

        result = self.app(inner, capture)
        status, headers = captured["status"], captured["headers"]
        tags = _storable_tags(status, headers)
        if tags is None or environ.get("REQUEST_METHOD") == "HEAD":
            start_response(status, _public(headers) + [(STATUS_HEADER, "miss")])
            return result
        try:
            body = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        entry = Entry.build(status, _stored_headers(headers), body, tags, _url(environ))
        # A purge while Django rendered may have made this copy stale: serve it, don't keep it.
        try:
            if store.generation() == generation:
                store.put(key, entry)
        except Exception:
            logger.exception("page cache: could not store %s", entry.url)
        encoding = entry.choose(accept_encoding)
        out = [*entry.headers, ("ETag", entry.etag_for(encoding)), ("Vary", "Accept-Encoding")]
        if encoding != "identity":
            out.append(("Content-Encoding", encoding))
        body = entry.bodies[encoding]
        out += [("Content-Length", str(len(body))), (STATUS_HEADER, "miss")]
        start_response(status, out)
        return [body]

    def _pass(self, environ: dict[str, Any], start_response: Callable[..., Any], label: str) -> Any:
        def strip(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            return start_response(status, _public(headers) + [(STATUS_HEADER, label)], exc_info)

        return self.app(environ, strip)


def _secure(environ: dict[str, Any]) -> bool:
    """Whether Django would call this request secure (directly, or behind a TLS proxy)."""
    if environ.get("wsgi.url_scheme") == "https":
        return True
    proxy_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if proxy_header:
        header, value = proxy_header
        forwarded = str(environ.get(header, "")).split(",")[0].strip()
        return forwarded == value
    return False


def _has_cookie(cookie_header: str, prefix: str) -> bool:
    return any(part.strip().startswith(prefix) for part in cookie_header.split(";"))


def _public(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, v) for k, v in headers if k.lower() != TAGS_HEADER]


def _stored_headers(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, v) for k, v in headers if k.lower() not in DROPPED]


def _storable_tags(status: str, headers: list[tuple[str, str]]) -> list[str] | None:
    """The response's tags when it may be stored for every reader, else None."""
    if not status.startswith("200"):
        return None
    tags: list[str] | None = None
    for name, value in headers:
        lower = name.lower()
        if lower == TAGS_HEADER:
            tags = value.split()
        elif lower in ("set-cookie", "content-encoding") or _personal(lower, value.lower()):
            return None
    return tags


def _personal(name: str, value: str) -> bool:
    if name == "vary":
        return "cookie" in value
    return name == "cache-control" and bool(re.search(r"private|no-store|no-cache", value))


def _url(environ: dict[str, Any]) -> str:
    scheme = environ.get("wsgi.url_scheme", "http")
    host = environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")
    query = environ.get("QUERY_STRING", "")
    return f"{scheme}://{host}{environ.get('PATH_INFO', '/')}" + (f"?{query}" if query else "")


def wrap(app: WSGIApp) -> WSGIApp:
    """Django's application behind the page cache, unless ``MASTHEAD_PAGE_CACHE`` is off."""
    if not getattr(settings, "MASTHEAD_PAGE_CACHE", False):
        return app
    return PageCacheApp(app)
