"""Reader pages: the same security headers from Django and from the page cache, no inline code,
and the search page limited per client and never stored."""

from __future__ import annotations

from django.core.cache import cache
from django.test import TestCase, override_settings

from masthead.core.tests.test_security_headers import INLINE_SCRIPT, INLINE_STYLE
from masthead.pagecache.asgi import AsgiPageCacheApp
from masthead.pagecache.conf import reset_store
from masthead.pagecache.stores import MemoryStore
from masthead.pagecache.tests.support import CountingDjango, publish_harbour_queues, wsgi_get
from masthead.pagecache.tests.test_asgi import CountingASGI, asgi_get
from masthead.pagecache.wsgi import PageCacheApp
from masthead.testing import build_outlet

SECURITY_HEADERS = (
    "content-security-policy",
    "permissions-policy",
    "cross-origin-opener-policy",
    "x-frame-options",
    "referrer-policy",
    "x-content-type-options",
)


class ReaderPageTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        publish_harbour_queues(cls.outlet)

    def test_home_article_and_search_run_no_inline_script_or_style(self) -> None:
        for path in ("/", "/articles/harbour-queues/", "/search/?q=harbour", "/authors/ines/"):
            with self.subTest(path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                self.assertIsNone(INLINE_SCRIPT.search(html))
                self.assertIsNone(INLINE_STYLE.search(html))
                self.assertNotIn("unsafe-inline", response["Content-Security-Policy"])
        # Structured data stays: a data block, which the policy does not block.
        article = self.client.get("/articles/harbour-queues/").content.decode()
        self.assertIn('<script type="application/ld+json">', article)

    @override_settings(MASTHEAD_RATE_LIMITS={"search": "5/60"})
    def test_search_over_the_limit_gets_a_429_and_other_readers_do_not(self) -> None:
        cache.clear()
        self.addCleanup(cache.clear)
        for _ in range(5):
            self.assertEqual(self.client.get("/search/", {"q": "harbour"}).status_code, 200)
        refused = self.client.get("/search/", {"q": "harbour"})
        self.assertEqual(refused.status_code, 429)
        self.assertTrue(0 < int(refused["Retry-After"]) <= 60)
        self.assertContains(refused, "Please try again in", status_code=429)
        self.assertIn("Content-Security-Policy", refused)
        other = self.client.get("/search/", {"q": "harbour"}, REMOTE_ADDR="198.51.100.7")
        self.assertEqual(other.status_code, 200)
        # The front page is not search: still there for the refused reader.
        self.assertEqual(self.client.get("/").status_code, 200)


@override_settings(MASTHEAD_PAGE_CACHE=True, MASTHEAD_PAGE_CACHE_STORE="memory")
class CachedHeaderTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        publish_harbour_queues(cls.outlet)

    def setUp(self) -> None:
        reset_store()
        self.django = CountingDjango()
        self.app = PageCacheApp(self.django, store=MemoryStore())

    def test_a_stored_page_carries_the_headers_django_sent(self) -> None:
        for path in ("/", "/articles/harbour-queues/", "/feeds/rss/"):
            with self.subTest(path):
                miss = wsgi_get(self.app, path)
                hit = wsgi_get(self.app, path, accept_encoding="br")
                self.assertEqual((miss.cache, hit.cache), ("miss", "hit"))
                for name in SECURITY_HEADERS:
                    self.assertIn(name, miss.headers, name)
                    self.assertEqual(hit.headers[name], miss.headers[name], name)
                self.assertIn("frame-ancestors 'none'", hit.headers["content-security-policy"])
        self.assertEqual(len(self.django.calls), 3)

    @override_settings(
        SECURE_HSTS_SECONDS=3600, SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https")
    )
    def test_a_page_stored_over_https_keeps_its_hsts_header(self) -> None:
        app = PageCacheApp(CountingDjango(), store=MemoryStore())  # reads the settings above
        miss = wsgi_get(app, "/articles/harbour-queues/", x_forwarded_proto="https")
        hit = wsgi_get(app, "/articles/harbour-queues/", x_forwarded_proto="https")
        self.assertEqual((miss.cache, hit.cache), ("miss", "hit"))
        self.assertEqual(miss.headers["strict-transport-security"], "max-age=3600")
        self.assertEqual(hit.headers["strict-transport-security"], "max-age=3600")

    def test_search_is_never_stored(self) -> None:
        first = wsgi_get(self.app, "/search/", query="q=harbour")
        second = wsgi_get(self.app, "/search/", query="q=harbour")
        self.assertEqual((first.cache, second.cache), ("bypass", "bypass"))
        self.assertEqual(self.django.calls, ["/search/", "/search/"])
        # Even without a query string it is not a reader route the cache keeps.
        wsgi_get(self.app, "/search/")
        self.assertEqual(wsgi_get(self.app, "/search/").cache, "miss")
        self.assertIn("script-src 'self'", second.headers["content-security-policy"])


@override_settings(MASTHEAD_PAGE_CACHE=True, MASTHEAD_PAGE_CACHE_STORE="memory")
class AsgiCachedHeaderTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        publish_harbour_queues(cls.outlet)

    def setUp(self) -> None:
        reset_store()
        self.addCleanup(reset_store)

    async def test_the_asgi_entry_point_stores_the_same_headers(self) -> None:
        app = AsgiPageCacheApp(CountingASGI())
        _, miss, _ = await asgi_get(app, "/articles/harbour-queues/")
        _, hit, _ = await asgi_get(app, "/articles/harbour-queues/")
        self.assertEqual((miss["x-masthead-cache"], hit["x-masthead-cache"]), ("miss", "hit"))
        for name in SECURITY_HEADERS:
            self.assertIn(name, miss, name)
            self.assertEqual(hit[name], miss[name], name)
