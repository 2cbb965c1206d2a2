"""THE page-cache test of issue 9: publish a change and compare every cached page.

Every reader page of a small three-language outlet is cached through the WSGI application.
After each change (an edit, a translation, a new article, an unpublish, an author, term or
settings edit) every page is asked for again: each must equal what Django renders now, whole,
without stored fragments (no
reader gets a stale page, in any language), and must come from the store (the publish purged
and warmed it) — and the pages whose rendering did not change must not have been purged.
"""

from __future__ import annotations

import re
import tempfile
from typing import Any
from unittest import mock

from django.test import TestCase, override_settings
from wagtail.models import Locale

from masthead.pagecache import services
from masthead.pagecache.conf import reset_store
from masthead.pagecache.tests.support import CountingDjango, wsgi_get
from masthead.pagecache.wsgi import PageCacheApp
from masthead.people.factories import AuthorFactory
from masthead.taxonomy.factories import RegionFactory
from masthead.testing import build_outlet, publish_article
from masthead.translation.models import TranslationJob

LANGUAGES = ("", "/fr", "/de")
PAGES = (
    "/",
    "/articles/",
    "/articles/harbour-queues/",
    "/articles/grain-ships/",
    "/articles/river-tolls/",
    "/authors/",
    "/authors/ines/",
    "/authors/tomas/",
    "/regions/",
    "/regions/sahel/",
    "/regions/delta/",
    "/feeds/rss/",
    "/feeds/atom/",
    "/feeds/author/ines/rss/",
)
SITE_WIDE = ("/robots.txt", "/sitemap.xml", "/sitemap-news.xml")


# An empty feed is dated when it is rendered; nothing a reader would call a change.
BUILD_DATE = re.compile(r"<lastBuildDate>[^<]*</lastBuildDate>|<updated>[^<]*</updated>")


def same(text: str) -> str:
    return BUILD_DATE.sub("", text)


def translate(page: Any, code: str, **fields: Any) -> Any:
    copy = page.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


# Stored fragments on, as in production: the warm after a publish renders from them, so a stale
# fragment would reach the page cache and fail the comparison with a whole fresh render.
@override_settings(
    MASTHEAD_PAGE_CACHE=True, MASTHEAD_PAGE_CACHE_STORE="files", MASTHEAD_FRAGMENT_CACHE=True
)
class PublishReachesEveryCachedPageTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        for code in ("fr", "de"):
            locale = Locale.objects.get_or_create(language_code=code)[0]
            translate(cls.outlet.home, code)
            for section in cls.outlet.home.get_children().specific():
                section.copy_for_translation(locale).save_revision().publish()
        cls.ines = AuthorFactory(name="Ines Alvarado", slug="ines")
        cls.tomas = AuthorFactory(name="Tomas Reyes", slug="tomas")
        cls.sahel = RegionFactory(name="Sahel", slug="sahel")
        cls.delta = RegionFactory(name="Delta", slug="delta")
        for snippet in (cls.ines, cls.tomas, cls.sahel, cls.delta):
            for code in ("fr", "de"):
                snippet.copy_for_translation(Locale.objects.get(language_code=code)).save()
        cls.harbour = publish_article(
            cls.outlet,
            title="Harbour queues",
            slug="harbour-queues",
            authors=[(cls.ines, "author")],
            regions=[cls.sahel],
        )
        cls.grain = publish_article(
            cls.outlet,
            title="Grain ships",
            slug="grain-ships",
            authors=[(cls.tomas, "author")],
            regions=[cls.delta],
        )
        cls.tolls = publish_article(
            cls.outlet,
            title="River tolls",
            slug="river-tolls",
            authors=[(cls.tomas, "author")],
            regions=[cls.delta],
        )
        cls.harbour_fr = translate(cls.harbour, "fr", title="Files d'attente au port")
        translate(cls.grain, "fr", title="Navires céréaliers")

    def setUp(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="masthead-test-page-store-")
        settings_override = override_settings(MASTHEAD_PAGE_CACHE_DIR=self.folder)
        settings_override.enable()
        self.addCleanup(settings_override.disable)
        reset_store()
        self.addCleanup(reset_store)
        self.django = CountingDjango()
        self.app = PageCacheApp(self.django)
        self.urls = [f"{lang}{path}" for lang in LANGUAGES for path in PAGES] + list(SITE_WIDE)
        self.before = self.fill()

    def fill(self) -> dict[str, str]:
        """Every page that answers, as the cache holds it (stored on the first request)."""
        cached = {}
        for url in self.urls:
            if wsgi_get(self.app, url).status == 200:
                cached[url] = wsgi_get(self.app, url).text
        self.assertGreater(len(cached), 35)
        return cached

    def fresh(self, url: str) -> str:
        """What Django renders now, past the cache and without stored fragments."""
        with override_settings(MASTHEAD_FRAGMENT_CACHE=False):
            reply = wsgi_get(PageCacheApp(self.django.handler, store=_Nothing()), url)
        return reply.text if reply.status == 200 else f"{reply.status}"

    def change(self, action: Any) -> set[str]:
        """Run ``action`` at a real commit point; the URLs the page cache rendered again."""
        warmed: list[str] = []
        real_warm = services.warm

        def recording_warm(urls: Any) -> int:
            urls = list(urls)
            warmed.extend(urls)
            return real_warm(urls)

        with (
            mock.patch.object(services, "warm", recording_warm),
            self.captureOnCommitCallbacks(execute=True),
        ):
            action()
        return {url.removeprefix("http://localhost") for url in warmed}

    def assert_cache_follows(self, warmed: set[str]) -> set[str]:
        changed, gone = set(), set()
        calls = len(self.django.calls)
        for url, before in self.before.items():
            reply = wsgi_get(self.app, url, accept_encoding="br, gzip")
            now = self.fresh(url)
            served = reply.text if reply.status == 200 else f"{reply.status}"
            if reply.status != 200:
                gone.add(url)  # an unpublished article: Django answers its 404 every time
            with self.subTest(url=url):
                self.assertEqual(same(served), same(now), "the cache serves a stale page")
            if same(now) != same(before):
                changed.add(url)
        # Everything was warmed at publish time: readers never waited for Django.
        self.assertEqual(sorted(set(self.django.calls[calls:]) - gone), [])
        # Nothing that still reads the same was purged and rendered again.
        self.assertEqual(sorted(warmed & set(self.before) - changed), [])
        return changed

    def test_an_edit_reaches_every_page_showing_the_article_in_every_language(self) -> None:
        def edit() -> None:
            self.harbour.title = "Harbour queues lengthen"
            self.harbour.save_revision().publish()
            self.harbour_fr.title = "Les files d'attente s'allongent au port"
            self.harbour_fr.save_revision().publish()

        changed = self.assert_cache_follows(self.change(edit))
        for url in [
            "/articles/harbour-queues/",
            "/fr/articles/harbour-queues/",
            "/",
            "/fr/",
            "/articles/",
            "/fr/articles/",
            "/authors/ines/",
            "/regions/sahel/",
            "/feeds/rss/",
            "/fr/feeds/rss/",
        ]:
            self.assertIn(url, changed)
        for url in ["/articles/grain-ships/", "/authors/tomas/", "/regions/delta/", "/de/"]:
            self.assertNotIn(url, changed)

    def test_a_new_article_joins_the_lists_it_belongs_to(self) -> None:
        def publish() -> None:
            publish_article(
                self.outlet,
                title="Delta floods",
                slug="delta-floods",
                authors=[(self.ines, "author")],
                regions=[self.delta],
            )

        changed = self.assert_cache_follows(self.change(publish))
        for url in ["/", "/articles/", "/authors/ines/", "/regions/delta/", "/feeds/rss/"]:
            self.assertIn(url, changed)
        for url in ["/fr/", "/fr/articles/", "/articles/harbour-queues/", "/authors/tomas/"]:
            self.assertNotIn(url, changed)

    def test_a_translation_published_appears_in_its_language_and_every_menu(self) -> None:
        changed = self.assert_cache_follows(
            self.change(lambda: translate(self.tolls, "de", title="Flusszölle"))
        )
        self.assertIn("/de/articles/", changed)
        self.assertIn("/articles/river-tolls/", changed)  # its language menu gains Deutsch
        self.assertNotIn("/fr/articles/", changed)

    def test_unpublishing_removes_the_article_everywhere(self) -> None:
        changed = self.assert_cache_follows(self.change(lambda: self.grain.unpublish()))
        for url in ["/", "/articles/", "/authors/tomas/", "/regions/delta/"]:
            self.assertIn(url, changed)

    def test_a_queued_translation_shows_in_every_menu_of_the_article(self) -> None:
        def queue() -> None:
            TranslationJob.objects.create(
                source_page=self.tolls, target_locale=Locale.objects.get(language_code="de")
            )

        changed = self.assert_cache_follows(self.change(queue))
        self.assertIn("/articles/river-tolls/", changed)  # "Deutsch — translation in progress"
        self.assertNotIn("/articles/grain-ships/", changed)

    def test_deleting_an_article_with_a_translation_job(self) -> None:
        TranslationJob.objects.create(
            source_page=self.grain, target_locale=Locale.objects.get(language_code="de")
        )
        changed = self.assert_cache_follows(self.change(lambda: self.grain.delete()))
        for url in ["/", "/articles/", "/authors/tomas/", "/regions/delta/", "/feeds/rss/"]:
            self.assertIn(url, changed)

    def test_moving_an_archive_moves_its_articles_addresses(self) -> None:
        def move() -> None:
            self.outlet.articles.slug = "stories"
            self.outlet.articles.save_revision().publish()

        changed = self.assert_cache_follows(self.change(move))
        self.assertIn("/articles/harbour-queues/", changed)  # now a 404: not served stale
        self.assertIn("/", changed)  # teasers link the new addresses

    def test_author_term_and_settings_edits(self) -> None:
        def rename_author() -> None:
            self.tomas.name = "Tomás Reyes"
            self.tomas.save()

        changed = self.assert_cache_follows(self.change(rename_author))
        self.assertIn("/articles/grain-ships/", changed)
        self.assertNotIn("/articles/harbour-queues/", changed)

        def rename_region() -> None:
            self.sahel.name = "Sahel belt"
            self.sahel.save()

        self.assert_cache_follows(self.change(rename_region))

        def rename_outlet() -> None:
            self.outlet.settings.outlet_name = "The Evening Courier"
            self.outlet.settings.save()

        changed = self.assert_cache_follows(self.change(rename_outlet))
        self.assertIn("/fr/articles/grain-ships/", changed)


class _Nothing:
    """A store that never holds anything: the reference renders go straight to Django."""

    def get(self, key: str) -> None:
        return None

    def put(self, key: str, entry: Any) -> None:
        return None

    def generation(self) -> int:
        return 0
