"""Readers get stored pages without entering Django; everything personal goes to Django."""

from __future__ import annotations

from django.test import TestCase, override_settings

from masthead.pagecache.conf import reset_store
from masthead.pagecache.stores import MemoryStore
from masthead.pagecache.tests.support import CountingDjango, publish_harbour_queues, wsgi_get
from masthead.pagecache.wsgi import PageCacheApp
from masthead.testing import build_outlet, publish_article


@override_settings(MASTHEAD_PAGE_CACHE=True, MASTHEAD_PAGE_CACHE_STORE="memory")
class PageCacheAppTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.ines, cls.article = publish_harbour_queues(cls.outlet)
        publish_article(cls.outlet, title="Grain ships", slug="grain-ships")

    def setUp(self) -> None:
        reset_store()
        self.django = CountingDjango()
        self.app = PageCacheApp(self.django, store=MemoryStore())

    def test_second_anonymous_get_is_served_without_entering_django(self) -> None:
        first = wsgi_get(self.app, "/articles/harbour-queues/")
        second = wsgi_get(self.app, "/articles/harbour-queues/")
        self.assertEqual((first.status, first.cache), (200, "miss"))
        self.assertEqual((second.status, second.cache), (200, "hit"))
        self.assertEqual(self.django.calls, ["/articles/harbour-queues/"])
        self.assertIn("Harbour queues", second.text)
        self.assertEqual(second.text, first.text)
        self.assertEqual(second.headers["content-type"], "text/html; charset=utf-8")
        self.assertNotIn("x-masthead-cache-tags", first.headers)
        self.assertNotIn("x-masthead-cache-tags", second.headers)

    def test_every_kind_of_reader_page_is_stored(self) -> None:
        paths = [
            "/",
            "/articles/",
            "/articles/harbour-queues/",
            "/authors/",
            "/authors/ines/",
            "/regions/",
            "/feeds/rss/",
            "/feeds/atom/",
            "/sitemap.xml",
            "/robots.txt",
        ]
        for path in paths:
            with self.subTest(path):
                self.assertEqual(wsgi_get(self.app, path).status, 200)
                self.assertEqual(wsgi_get(self.app, path).cache, "hit")
        self.assertEqual(self.django.calls, paths)

    def test_clients_get_brotli_gzip_or_plain_as_they_accept(self) -> None:
        plain = wsgi_get(self.app, "/articles/harbour-queues/")
        for accept, encoding in [
            ("gzip, deflate, br", "br"),
            ("gzip", "gzip"),
            ("br;q=0, gzip", "gzip"),
            ("identity", None),
        ]:
            with self.subTest(accept):
                reply = wsgi_get(self.app, "/articles/harbour-queues/", accept_encoding=accept)
                self.assertEqual(reply.headers.get("content-encoding"), encoding)
                self.assertEqual(reply.headers["vary"], "Accept-Encoding")
                self.assertEqual(int(reply.headers["content-length"]), len(reply.body))
                self.assertEqual(reply.text, plain.text)
        br = wsgi_get(self.app, "/articles/harbour-queues/", accept_encoding="br")
        self.assertLess(len(br.body), len(plain.body) / 3)

    def test_first_reader_gets_a_compressed_copy_too(self) -> None:
        reply = wsgi_get(self.app, "/articles/", accept_encoding="gzip")
        self.assertEqual((reply.cache, reply.headers["content-encoding"]), ("miss", "gzip"))
        self.assertIn("Harbour queues", reply.text)

    def test_etag_and_304(self) -> None:
        first = wsgi_get(self.app, "/articles/harbour-queues/", accept_encoding="br")
        etag = first.headers["etag"]
        again = wsgi_get(
            self.app, "/articles/harbour-queues/", accept_encoding="br", if_none_match=etag
        )
        self.assertEqual((again.status, again.body), (304, b""))
        self.assertEqual(again.headers["etag"], etag)
        gzip_tag = wsgi_get(self.app, "/articles/harbour-queues/", accept_encoding="gzip")
        self.assertNotEqual(gzip_tag.headers["etag"], etag)
        stale = wsgi_get(self.app, "/articles/harbour-queues/", if_none_match='"other"')
        self.assertEqual(stale.status, 200)
        self.assertEqual(len(self.django.calls), 1)

    def test_head_gets_the_headers_and_no_body(self) -> None:
        wsgi_get(self.app, "/articles/")
        reply = wsgi_get(self.app, "/articles/", method="HEAD")
        self.assertEqual((reply.status, reply.cache, reply.body), (200, "hit", b""))
        self.assertGreater(int(reply.headers["content-length"]), 1000)

    def test_personal_requests_go_to_django_every_time(self) -> None:
        wsgi_get(self.app, "/articles/")
        cases = {
            "session cookie": {"cookie": "theme=dark; sessionid=abc"},
            "authorization": {"authorization": "Basic ZWQ6cHc="},
        }
        for label, headers in cases.items():
            with self.subTest(label):
                calls = len(self.django.calls)
                reply = wsgi_get(self.app, "/articles/", **headers)
                self.assertEqual(reply.cache, "bypass")
                self.assertEqual(len(self.django.calls), calls + 1)
        # A cookie that is not a credential (a reader's preference) still gets the stored page.
        self.assertEqual(wsgi_get(self.app, "/articles/", cookie="theme=dark").cache, "hit")

    def test_posts_admin_and_search_are_never_stored(self) -> None:
        for path, method in [("/admin/", "GET"), ("/articles/", "POST"), ("/search/", "GET")]:
            with self.subTest(path=path, method=method):
                wsgi_get(self.app, path, method=method)
                second = wsgi_get(self.app, path, method=method)
                self.assertNotEqual(second.cache, "hit")
        self.assertEqual(len(self.django.calls), 6)

    @override_settings(LISTING_PAGE_SIZE=1)
    def test_pagination_is_a_key_and_other_parameters_bypass(self) -> None:
        self.assertEqual(wsgi_get(self.app, "/articles/", query="page=2").status, 200)
        self.assertEqual(wsgi_get(self.app, "/articles/", query="page=2").cache, "hit")
        self.assertEqual(wsgi_get(self.app, "/articles/").cache, "miss")
        for query in ("utm_source=x", "page=2&x=1", "page=abc", "page=0"):
            with self.subTest(query):
                self.assertEqual(wsgi_get(self.app, "/articles/", query=query).cache, "bypass")
                self.assertEqual(wsgi_get(self.app, "/articles/", query=query).cache, "bypass")

    def test_the_stored_page_does_not_depend_on_the_first_readers_language(self) -> None:
        # Django says "Vary: Accept-Language"; the wrapper keys on the path alone, which is
        # right only while the language comes from the path (unprefixed: the default).
        for path in ("/", "/articles/", "/robots.txt", "/sitemap.xml", "/feeds/rss/"):
            with self.subTest(path):
                first = wsgi_get(self.app, path, accept_language="fr, de;q=0.8")
                plain = wsgi_get(PageCacheApp(self.django, store=MemoryStore()), path)
                self.assertEqual((first.cache, first.text), ("miss", plain.text))

    def test_not_found_is_not_stored(self) -> None:
        self.assertEqual(wsgi_get(self.app, "/articles/missing/").status, 404)
        self.assertEqual(wsgi_get(self.app, "/articles/missing/").cache, "miss")
        self.assertEqual(len(self.django.calls), 2)

    def test_a_response_that_sets_a_cookie_is_not_stored(self) -> None:
        # The admin's login form sets the CSRF cookie; the page cache must never keep it.
        self.assertEqual(wsgi_get(self.app, "/admin/login/").cache, "bypass")

        def with_cookie(environ, start_response):  # type: ignore[no-untyped-def]
            def add(status, headers, exc_info=None):  # type: ignore[no-untyped-def]
                return start_response(status, [*headers, ("Set-Cookie", "a=b")], exc_info)

            return self.django(environ, add)

        app = PageCacheApp(with_cookie, store=MemoryStore())
        wsgi_get(app, "/articles/")
        self.assertEqual(wsgi_get(app, "/articles/").cache, "miss")


class _Broken(MemoryStore):
    """A store whose server is down."""

    def get(self, key: str) -> None:
        raise ConnectionError("store unreachable")


@override_settings(MASTHEAD_PAGE_CACHE=True, MASTHEAD_PAGE_CACHE_STORE="memory")
class StoreDownTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        build_outlet()

    def test_readers_get_django_when_the_store_is_down(self) -> None:
        django = CountingDjango()
        app = PageCacheApp(django, store=_Broken())
        with self.assertLogs("masthead.pagecache.wsgi", "ERROR"):
            reply = wsgi_get(app, "/")
        self.assertEqual((reply.status, reply.cache), (200, "bypass"))
        self.assertEqual(django.calls, ["/"])


@override_settings(MASTHEAD_PAGE_CACHE=False)
class OffSwitchTests(TestCase):
    def test_wrap_returns_django_itself_when_off(self) -> None:
        from masthead.pagecache.wsgi import wrap

        django = CountingDjango()
        self.assertIs(wrap(django), django)


@override_settings(
    MASTHEAD_PAGE_CACHE=True,
    MASTHEAD_PAGE_CACHE_STORE="memory",
    SECURE_SSL_REDIRECT=True,
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
)
class HttpsRedirectTests(TestCase):
    """A page stored over HTTPS must not be served to a plain-HTTP request: that one is
    Django's, and gets the redirect (a load balancer that forwards port 80 relies on it)."""

    @classmethod
    def setUpTestData(cls) -> None:
        publish_harbour_queues(build_outlet())

    def test_plain_http_gets_the_redirect_even_when_the_page_is_stored(self) -> None:
        app = PageCacheApp(CountingDjango(), store=MemoryStore())
        path = "/articles/harbour-queues/"
        self.assertEqual(wsgi_get(app, path, x_forwarded_proto="https").cache, "miss")
        self.assertEqual(wsgi_get(app, path, x_forwarded_proto="https").cache, "hit")
        plain = wsgi_get(app, path)
        self.assertEqual(plain.status, 301)
        self.assertTrue(plain.headers["location"].startswith("https://"))
        self.assertEqual(plain.cache, "bypass")
