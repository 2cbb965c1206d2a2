"""A new release retires the old one's cached pages and stored fragments, once."""

from __future__ import annotations

import tempfile
from pathlib import Path
from unittest import mock

from django.test import TestCase, override_settings

from masthead.pagecache import release
from masthead.pagecache.conf import get_store, reset_store
from masthead.pagecache.fragments import content_version
from masthead.pagecache.tests.support import CountingDjango, publish_harbour_queues, wsgi_get
from masthead.pagecache.wsgi import PageCacheApp
from masthead.testing import build_outlet


@override_settings(MASTHEAD_PAGE_CACHE=True, MASTHEAD_PAGE_CACHE_STORE="memory")
class NewReleaseTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        publish_harbour_queues(cls.outlet)

    def setUp(self) -> None:
        reset_store()
        self.app = PageCacheApp(CountingDjango(), store=get_store())

    def start(self, token: str) -> bool:
        """A web process of release ``token`` starting."""
        with mock.patch.object(release, "release_token", return_value=token):
            return release.refresh_for_release()

    def test_a_new_release_clears_cached_pages_and_fragments_once(self) -> None:
        self.start("release-1")
        wsgi_get(self.app, "/articles/harbour-queues/")
        self.assertEqual(wsgi_get(self.app, "/articles/harbour-queues/").cache, "hit")
        before = content_version()

        self.assertTrue(self.start("release-2"))
        self.assertEqual(content_version(), before + 1)  # every stored fragment retired
        self.assertEqual(wsgi_get(self.app, "/articles/harbour-queues/").cache, "miss")

        # The release's other processes find it done.
        self.assertFalse(self.start("release-2"))
        self.assertEqual(content_version(), before + 1)
        self.assertEqual(wsgi_get(self.app, "/articles/harbour-queues/").cache, "hit")

    def test_the_token_follows_templates_and_code(self) -> None:
        package = Path(tempfile.mkdtemp(prefix="masthead-release-"))
        template = package / "articles" / "templates" / "article.html"
        template.parent.mkdir(parents=True)
        template.write_text("<h1>{{ page.title }}</h1>")
        (package / "tests").mkdir()
        (package / "tests" / "test_x.py").write_text("x = 1")
        with mock.patch.object(release, "PACKAGE", package):
            release.release_token.cache_clear()
            first = release.release_token()
            (package / "tests" / "test_x.py").write_text("x = 2")  # tests do not render
            release.release_token.cache_clear()
            self.assertEqual(release.release_token(), first)
            template.write_text("<h1 class='title'>{{ page.title }}</h1>")
            release.release_token.cache_clear()
            self.assertNotEqual(release.release_token(), first)
        release.release_token.cache_clear()
