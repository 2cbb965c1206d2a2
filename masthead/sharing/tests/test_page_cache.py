"""The plain-text and republish views are cached like the print view, and follow edits."""

from __future__ import annotations

from typing import Any

from django.test import TestCase, override_settings

from masthead.pagecache.conf import reset_store
from masthead.pagecache.tests.support import CountingDjango, wsgi_get
from masthead.pagecache.wsgi import PageCacheApp
from masthead.testing import build_outlet, publish_article


@override_settings(
    MASTHEAD_PAGE_CACHE=True, MASTHEAD_PAGE_CACHE_STORE="memory", MASTHEAD_FRAGMENT_CACHE=True
)
class CachedForwardViewsTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.outlet.settings.republish_permission = "<p>Republish freely with a link.</p>"
        cls.outlet.settings.save()
        cls.article = publish_article(cls.outlet, title="Harbour queues", slug="harbour-queues")

    def setUp(self) -> None:
        reset_store()
        self.addCleanup(reset_store)
        self.django = CountingDjango()
        self.app = PageCacheApp(self.django)

    def commit(self, action: Any) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            action()

    def test_text_and_kit_are_stored_and_the_counter_never_is(self) -> None:
        for path in ("/articles/harbour-queues/text/", "/articles/harbour-queues/republish/"):
            first = wsgi_get(self.app, path)
            again = wsgi_get(self.app, path)
            self.assertEqual((first.status, first.cache), (200, "miss"), path)
            self.assertEqual((again.status, again.cache), (200, "hit"), path)
            self.assertEqual(again.text, first.text)
            self.assertNotIn("set-cookie", again.headers)
        counter = f"/r/{self.article.pk}/a1B2c3D4e5F6g7H8.gif"
        wsgi_get(self.app, counter)
        self.assertNotEqual(wsgi_get(self.app, counter).cache, "hit")

    def test_an_edit_reaches_the_cached_text_view(self) -> None:
        path = "/articles/harbour-queues/text/"
        self.assertIn("Harbour queues", wsgi_get(self.app, path).text)
        self.assertEqual(wsgi_get(self.app, path).cache, "hit")

        def edit() -> None:
            self.article.title = "Harbour queues grow"
            self.article.save_revision().publish()

        self.commit(edit)
        reply = wsgi_get(self.app, path)
        self.assertEqual(reply.status, 200)
        self.assertTrue(reply.text.startswith("Harbour queues grow\n"))

    def test_a_settings_edit_reaches_the_cached_kit(self) -> None:
        path = "/articles/harbour-queues/republish/"
        self.assertIn("Republish freely with a link.", wsgi_get(self.app, path).text)
        self.assertEqual(wsgi_get(self.app, path).cache, "hit")

        def withdraw() -> None:
            self.outlet.settings.republish_permission = ""
            self.outlet.settings.save()

        self.commit(withdraw)
        reply = wsgi_get(self.app, path)
        self.assertNotIn("Republish freely", reply.text)
        self.assertIn("may not be republished without permission", reply.text)
        self.assertIn(
            "May I republish this article?", wsgi_get(self.app, "/articles/harbour-queues/").text
        )
