"""Reader accounts and the page cache: account pages are never stored, and a reader who has
opened one (and so holds a CSRF cookie) still gets stored pages until they sign in."""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.test import TestCase, override_settings

from masthead.accounts.models import User
from masthead.pagecache.conf import reset_store
from masthead.pagecache.stores import MemoryStore
from masthead.pagecache.tests.support import CountingDjango, publish_harbour_queues, wsgi_get
from masthead.pagecache.wsgi import PageCacheApp
from masthead.testing import build_outlet

ARTICLE = "/articles/harbour-queues/"
ACCOUNT_PAGES = [
    "/account/login/",
    "/account/signup/",
    "/account/login/code/",
    "/account/password/reset/",
    "/account/",
    "/account/deleted/",
]


@override_settings(MASTHEAD_PAGE_CACHE=True, MASTHEAD_PAGE_CACHE_STORE="memory")
class ReaderAccountCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        publish_harbour_queues(cls.outlet)

    def setUp(self) -> None:
        reset_store()
        self.django = CountingDjango()
        self.app = PageCacheApp(self.django, store=MemoryStore())

    def test_account_pages_are_never_stored(self) -> None:
        for path in ACCOUNT_PAGES:
            with self.subTest(path):
                calls = len(self.django.calls)
                first = wsgi_get(self.app, path)
                second = wsgi_get(self.app, path)
                self.assertIn(first.status, (200, 302))
                self.assertNotEqual(second.cache, "hit")
                self.assertEqual(len(self.django.calls), calls + 2)

    def test_a_csrf_cookie_alone_still_gets_the_stored_page(self) -> None:
        self.assertEqual(wsgi_get(self.app, ARTICLE).cache, "miss")
        sign_in = wsgi_get(self.app, "/account/login/")
        cookies = [v.strip() for k, v in sign_in.raw_headers if k.lower() == "set-cookie"]
        self.assertTrue(any(c.startswith("csrftoken=") for c in cookies), cookies)
        csrf = next(c.split(";")[0] for c in cookies if c.startswith("csrftoken="))
        back = wsgi_get(self.app, ARTICLE, cookie=csrf)
        self.assertEqual(back.cache, "hit")
        self.assertNotIn("csrfmiddlewaretoken", back.text)
        self.assertEqual(self.django.calls.count(ARTICLE), 1)

    def test_a_signed_in_reader_goes_to_django(self) -> None:
        wsgi_get(self.app, ARTICLE)
        signed_in = wsgi_get(self.app, ARTICLE, cookie="csrftoken=abc; sessionid=xyz")
        self.assertEqual(signed_in.cache, "bypass")
        self.assertEqual(self.django.calls.count(ARTICLE), 2)

    def test_the_header_links_to_the_account_the_same_for_every_reader(self) -> None:
        anonymous = self.client.get(ARTICLE).content.decode()
        reader = User.objects.create_user("reader-1", email="ada@reader.example", password="x")
        EmailAddress.objects.create(user=reader, email=reader.email, verified=True, primary=True)
        self.client.force_login(reader)
        signed_in = self.client.get(ARTICLE).content.decode()

        def header(html: str) -> str:
            return html[html.index('<header class="site-header">') : html.index("</header>")]

        self.assertIn(
            '<a class="site-header__account" href="/account/">Account</a>', header(anonymous)
        )
        self.assertEqual(header(signed_in), header(anonymous))
        self.assertNotIn("ada@reader.example", signed_in)
