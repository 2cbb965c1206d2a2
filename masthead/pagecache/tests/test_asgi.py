"""The ASGI entry point answers stored pages the same way, without entering Django."""

from __future__ import annotations

import asyncio
import gzip
from typing import Any

from django.core.handlers.asgi import ASGIHandler
from django.test import TestCase, override_settings

from masthead.pagecache.asgi import AsgiPageCacheApp
from masthead.pagecache.conf import reset_store
from masthead.pagecache.tests.support import HOST
from masthead.testing import build_outlet, publish_article


class CountingASGI:
    def __init__(self) -> None:
        self.handler = ASGIHandler()
        self.calls: list[str] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.calls.append(scope["path"])
        await self.handler(scope, receive, send)


async def asgi_get(app: Any, path: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "server": (HOST, 80),
        "client": ("127.0.0.1", 50000),
        "headers": [(b"host", HOST.encode())]
        + [(k.replace("_", "-").encode(), v.encode()) for k, v in headers.items()],
    }
    sent: list[dict[str, Any]] = []

    requested = asyncio.Event()

    async def receive() -> dict[str, Any]:
        if not requested.is_set():
            requested.set()
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # the client stays connected until Django answers
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    start = sent[0]
    head = {k.decode(): v.decode() for k, v in start["headers"]}
    body = b"".join(m.get("body", b"") for m in sent[1:])
    return start["status"], head, body


@override_settings(MASTHEAD_PAGE_CACHE=True, MASTHEAD_PAGE_CACHE_STORE="memory")
class AsgiPageCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        publish_article(cls.outlet, title="Harbour queues", slug="harbour-queues")

    def setUp(self) -> None:
        reset_store()
        self.addCleanup(reset_store)
        self.django = CountingASGI()
        self.app = AsgiPageCacheApp(self.django)

    async def test_second_request_is_answered_from_the_store(self) -> None:
        status, head, body = await asgi_get(self.app, "/articles/harbour-queues/")
        self.assertEqual((status, head["x-masthead-cache"]), (200, "miss"))
        status, head, again = await asgi_get(
            self.app, "/articles/harbour-queues/", accept_encoding="gzip"
        )
        self.assertEqual((status, head["x-masthead-cache"]), (200, "hit"))
        self.assertEqual(head["content-encoding"], "gzip")
        self.assertEqual(gzip.decompress(again), body)
        self.assertIn(b"Harbour queues", body)
        self.assertNotIn("x-masthead-cache-tags", head)
        self.assertEqual(self.django.calls, ["/articles/harbour-queues/"])

    async def test_a_session_goes_to_django(self) -> None:
        await asgi_get(self.app, "/articles/")
        status, head, _ = await asgi_get(self.app, "/articles/", cookie="sessionid=x")
        self.assertEqual((status, head["x-masthead-cache"]), (200, "bypass"))
        self.assertEqual(len(self.django.calls), 2)
