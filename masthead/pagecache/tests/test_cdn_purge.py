"""A CDN in front: a publish purges there every page the page cache purged, through Wagtail's
frontend-cache HTTP backend, against a local server standing in for Varnish or nginx."""

from __future__ import annotations

import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from django.test import TestCase, override_settings

from masthead.pagecache import services
from masthead.pagecache.conf import reset_store
from masthead.people.factories import AuthorFactory
from masthead.testing import build_outlet, publish_article


class PurgeRecorder(BaseHTTPRequestHandler):
    received: list[tuple[str, str]] = []

    def do_PURGE(self) -> None:
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        return None


class CdnPurgeTests(TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        super().setUpClass()
        cls.server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.addClassCleanup(cls.server.server_close)
        cls.addClassCleanup(cls.server.shutdown)

    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.writer = AuthorFactory(name="Ines Alvarado", slug="ines")
        cls.article = publish_article(
            cls.outlet, title="Harbour queues", slug="harbour", authors=[(cls.writer, "author")]
        )
        cls.other = publish_article(cls.outlet, title="River tolls", slug="river-tolls")

    def setUp(self) -> None:
        port = self.server.server_address[1]
        overrides = override_settings(
            MASTHEAD_PAGE_CACHE=True,
            MASTHEAD_PAGE_CACHE_STORE="files",
            MASTHEAD_PAGE_CACHE_DIR=tempfile.mkdtemp(prefix="masthead-test-cdn-"),
            WAGTAILFRONTENDCACHE={
                "varnish": {
                    "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                    "LOCATION": f"http://127.0.0.1:{port}",
                }
            },
        )
        overrides.enable()
        self.addCleanup(overrides.disable)
        reset_store()
        self.addCleanup(reset_store)
        PurgeRecorder.received.clear()

    def test_an_edit_purges_the_article_and_the_lists_showing_it_from_the_cdn(self) -> None:
        site = "http://localhost"
        pages = ["/", "/articles/", "/articles/harbour/", "/articles/river-tolls/"]
        pages.append("/authors/ines/")
        services.warm([site + path for path in pages])

        with self.captureOnCommitCallbacks(execute=True):
            self.article.title = "Harbour queues lengthen"
            self.article.save_revision().publish()

        purged = {path for host, path in PurgeRecorder.received if host == "localhost"}
        for path in ("/articles/harbour/", "/", "/articles/", "/authors/ines/"):
            with self.subTest(path):
                self.assertIn(path, purged)
        # The other article does not show the edited one: the CDN keeps it.
        self.assertNotIn("/articles/river-tolls/", purged)

    def test_without_a_cdn_configured_nothing_is_sent(self) -> None:
        with override_settings(WAGTAILFRONTENDCACHE={}):
            self.assertEqual(services.purge_cdn(["http://localhost/"]), 0)
        self.assertEqual(PurgeRecorder.received, [])
