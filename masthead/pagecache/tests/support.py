"""Calls the page-cache WSGI application the way a WSGI server does, and counts Django's turns."""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from typing import Any

import brotli
from django.core.handlers.wsgi import WSGIHandler

from masthead.articles.models import ArticlePage
from masthead.pagecache.services import _environ
from masthead.pagecache.wsgi import PageCacheApp
from masthead.people.factories import AuthorFactory
from masthead.people.models import Author
from masthead.testing import Outlet, publish_article

HOST = "news.courier.example"


class CountingDjango:
    """Django's WSGI handler, counting the requests that reach it."""

    def __init__(self) -> None:
        self.handler = WSGIHandler()
        self.calls: list[str] = []

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        self.calls.append(environ["PATH_INFO"])
        return self.handler(environ, start_response)


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes
    raw_headers: list[tuple[str, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        encoding = self.headers.get("content-encoding", "identity")
        if encoding == "gzip":
            return gzip.decompress(self.body).decode()
        if encoding == "br":
            return brotli.decompress(self.body).decode()
        return self.body.decode()

    @property
    def cache(self) -> str:
        return self.headers.get("x-masthead-cache", "")


def wsgi_get(
    app: PageCacheApp, path: str, *, method: str = "GET", query: str = "", **headers: str
) -> Reply:
    environ = _environ("http", HOST, path, query)
    environ["REQUEST_METHOD"] = method
    environ.update({f"HTTP_{k.upper()}": v for k, v in headers.items()})
    got: dict[str, Any] = {}

    def start_response(status: str, head: list[tuple[str, str]], exc_info: Any = None) -> Any:
        got["status"], got["headers"] = status, head
        return lambda data: None

    result = app(environ, start_response)
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    head = got["headers"]
    return Reply(int(got["status"][:3]), {k.lower(): v for k, v in head}, body, head)


def publish_harbour_queues(outlet: Outlet) -> tuple[Author, ArticlePage]:
    """Ines Alvarado and her article "Harbour queues", the page most cache tests fetch."""
    ines = AuthorFactory.create(name="Ines Alvarado", slug="ines")
    article = publish_article(
        outlet, title="Harbour queues", slug="harbour-queues", authors=[(ines, "author")]
    )
    return ines, article
