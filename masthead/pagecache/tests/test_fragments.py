"""Stored page fragments: what an uncached request renders from, and when they are retired.

Every test reads pages as a reader would, twice where it matters (the second request is served
from the fragments the first one stored) and compares with a whole render
(``MASTHEAD_FRAGMENT_CACHE=False``).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.test import TestCase, override_settings
from wagtail.models import Locale, PageViewRestriction

from masthead.pagecache.models import ContentVersion
from masthead.pagecache.wsgi import TAGS_HEADER
from masthead.people.factories import AuthorFactory
from masthead.taxonomy.factories import RegionFactory
from masthead.testing import (
    build_outlet,
    count_queries,
    harbour_ledger,
    publish_article,
    translate,
)
from masthead.translation.models import TranslationJob

PAGES = ("/", "/articles/", "/articles/grain-ships/", "/authors/ines/", "/regions/sahel/")


@override_settings(MASTHEAD_FRAGMENT_CACHE=True)
class StoredFragmentTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.ines = AuthorFactory(name="Ines Alvarado", slug="ines", bio="<p>Covers ports.</p>")
        cls.sahel = RegionFactory(name="Sahel", slug="sahel")
        cls.partner = harbour_ledger()
        cls.article = publish_article(
            cls.outlet,
            title="Why the grain ships wait",
            slug="grain-ships",
            date=datetime.date(2024, 3, 5),
            authors=[(cls.ines, "author")],
            regions=[cls.sahel],
            partner=cls.partner,
            original_url="https://harbourledger.example/grain",
        )
        cls.french_home = translate(cls.outlet.home, "fr")

    def read(self, url: str) -> str:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response.content.decode()

    def whole(self, url: str) -> str:
        with override_settings(MASTHEAD_FRAGMENT_CACHE=False):
            return self.read(url)

    def commit(self, action: Any) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            action()

    def assert_pages_are_current(self) -> None:
        for url in PAGES:
            with self.subTest(url=url):
                self.assertEqual(self.read(url), self.whole(url))

    def test_a_page_served_from_fragments_is_the_page_rendered_whole(self) -> None:
        for url in (*PAGES, "/fr/", "/articles/?page=1"):
            with self.subTest(url=url):
                first = self.read(url)
                with count_queries() as stored:
                    again = self.read(url)
                with override_settings(MASTHEAD_FRAGMENT_CACHE=False), count_queries() as whole:
                    rendered = self.read(url)
                self.assertEqual(first, rendered)
                self.assertEqual(again, rendered)
                self.assertLess(len(stored), len(whole))

    def test_made_up_query_strings_are_rendered_but_never_kept(self) -> None:
        from django.conf import settings
        from django.core.cache import caches

        cache = caches[settings.MASTHEAD_FRAGMENT_CACHE_ALIAS]
        self.read("/articles/?page=1")
        kept = len(cache._cache)  # type: ignore[attr-defined]
        for n in range(5):
            self.read(f"/articles/?utm_source=x{n}")
        self.assertEqual(len(cache._cache), kept)  # type: ignore[attr-defined]

    def test_each_kind_of_change_retires_the_fragments_showing_it(self) -> None:
        for url in PAGES:
            self.read(url)  # stored

        def bio() -> None:
            self.ines.bio = "<p>Covers ports and the grain trade.</p>"
            self.ines.save()

        def partner() -> None:
            self.partner.name = "The Harbour Ledger Weekly"
            self.partner.save()

        def region() -> None:
            self.sahel.name = "Sahel belt"
            self.sahel.save()

        def outlet_name() -> None:
            self.outlet.settings.outlet_name = "The Evening Courier"
            self.outlet.settings.save()

        def edit() -> None:
            self.article.title = "Why the grain ships still wait"
            self.article.save_revision().publish()

        def queue_translation() -> None:
            TranslationJob.objects.create(
                source_page=self.article,
                target_locale=Locale.objects.get(language_code="de"),
            )

        def new_article() -> None:
            publish_article(self.outlet, title="River tolls rise", slug="river-tolls")

        expected = {
            bio: "grain trade",
            partner: "The Harbour Ledger Weekly",
            region: "Sahel belt",
            outlet_name: "The Evening Courier",
            edit: "Why the grain ships still wait",
            queue_translation: "translation in progress",
            new_article: "River tolls rise",
        }
        for change, text in expected.items():
            with self.subTest(change.__name__):
                self.commit(change)
                self.assertIn(
                    text, self.read("/articles/grain-ships/" if change is not new_article else "/")
                )
                self.assert_pages_are_current()

    def test_a_section_made_private_leaves_the_stored_lists(self) -> None:
        self.assertIn("Why the grain ships wait", self.read("/"))
        self.commit(
            lambda: PageViewRestriction.objects.create(
                page=self.article, restriction_type=PageViewRestriction.PASSWORD, password="x"
            )
        )
        self.assertNotIn("Why the grain ships wait", self.read("/"))

    def test_nothing_is_retired_before_the_change_is_committed(self) -> None:
        def version() -> int:
            return ContentVersion.objects.filter(pk=1).values_list("number", flat=True).first() or 0

        before = version()
        with self.captureOnCommitCallbacks() as at_commit:
            self.ines.name = "Inés Alvarado"
            self.ines.save()
            self.assertEqual(version(), before)
        for callback in at_commit:
            callback()
        self.assertEqual(version(), before + 1)

    @override_settings(MASTHEAD_PAGE_CACHE=True, MASTHEAD_PAGE_CACHE_STORE="memory")
    def test_a_page_served_from_fragments_still_names_what_it_shows(self) -> None:
        """The page cache purges by what a page loaded; fragments must not hide it."""
        first = self.client.get("/articles/grain-ships/")
        again = self.client.get("/articles/grain-ships/")
        for tag in (f"author-{self.ines.pk}", f"term-region-{self.sahel.pk}", "settings"):
            with self.subTest(tag):
                self.assertIn(tag, first[TAGS_HEADER].split())
                self.assertIn(tag, again[TAGS_HEADER].split())
        self.assertIn(f"partner-{self.partner.pk}", again[TAGS_HEADER].split())

    def test_a_preview_is_never_stored_nor_served_from_fragments(self) -> None:
        self.read("/articles/grain-ships/")
        draft = self.article.get_latest_revision_as_object()
        draft.title = "A draft headline nobody may read yet"
        preview = draft.make_preview_request()
        self.assertIn("A draft headline nobody may read yet", preview.content.decode())
        self.assertNotIn("A draft headline", self.read("/articles/grain-ships/"))
