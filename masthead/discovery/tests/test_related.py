""" "Related articles" at the end of an article page."""

from __future__ import annotations

import datetime
from unittest import mock

from django.test import TestCase
from wagtail.models import Locale
from wagtail.rich_text import RichText

from masthead.discovery.related import related_articles, significant_words
from masthead.taxonomy.factories import RegionFactory, ThemeFactory
from masthead.testing import build_outlet, count_queries, file_terms, publish_article


class SharedTermsTests(TestCase):
    """Titles share no words, so only the filing decides."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.region, cls.theme, cls.report = file_terms()
        other_region = RegionFactory(name="Andes")

        def publish(title: str, days: int, **terms: list):
            return publish_article(
                cls.outlet,
                title=title,
                date=datetime.date(2024, 1, 1) + datetime.timedelta(days=days),
                **terms,
            )

        cls.article = publish(
            "Desalination plants multiply",
            0,
            regions=[cls.region],
            themes=[cls.theme],
            reports=[cls.report],
        )
        cls.everything = publish(
            "Alpha", 1, regions=[cls.region], themes=[cls.theme], reports=[cls.report]
        )
        cls.report_only = publish("Bravo", 2, reports=[cls.report])
        cls.theme_only = publish("Charlie", 3, themes=[cls.theme])
        cls.region_only = publish("Delta", 4, regions=[cls.region])
        cls.region_only_older = publish("Echo", -5, regions=[cls.region])
        cls.unrelated = publish("Foxtrot", 5, regions=[other_region])
        cls.withdrawn = publish("Golf", 6, reports=[cls.report], themes=[cls.theme])
        cls.withdrawn.unpublish()

    def test_reports_weigh_more_than_themes_more_than_regions(self) -> None:
        self.assertEqual(
            [a.title for a in related_articles(self.article)],
            ["Alpha", "Bravo", "Charlie", "Delta"],
        )

    def test_ties_go_to_the_newer_article_and_the_limit_holds(self) -> None:
        self.assertEqual(
            [a.title for a in related_articles(self.article, limit=6)],
            ["Alpha", "Bravo", "Charlie", "Delta", "Echo"],
        )

    def test_never_itself_an_unpublished_or_another_language_article(self) -> None:
        french = self.article.copy_for_translation(
            Locale.objects.get(language_code="fr"), copy_parents=True
        )
        french.save_revision().publish()
        found = related_articles(self.article, limit=10)
        self.assertNotIn(self.article.pk, [a.pk for a in found])
        self.assertNotIn("Golf", [a.title for a in found])
        self.assertNotIn(french.pk, [a.pk for a in found])
        self.assertNotIn("Foxtrot", [a.title for a in found])

    def test_the_strongest_filing_wins_however_many_weaker_matches_are_newer(self) -> None:
        # The shortlist bounds the work on a broad Region; it is taken by score first.
        for n in range(4):
            publish_article(
                self.outlet,
                title=f"Hotel {n}",
                date=datetime.date(2025, 1, 1),
                regions=[self.region],
            )
        with mock.patch("masthead.discovery.related.SHARED_SHORTLIST", 3):
            found = [a.title for a in related_articles(self.article, limit=2)]
        self.assertEqual(found, ["Alpha", "Bravo"])

    def test_article_page_shows_them_as_teasers(self) -> None:
        response = self.client.get(self.article.url)
        self.assertContains(
            response, '<h2 class="section-title" id="related-title">Related articles'
        )
        self.assertContains(response, f'href="{self.everything.url}">Alpha</a>')
        self.assertNotContains(response, ">Foxtrot</a>")
        self.assertNotContains(response, ">Desalination plants multiply</a>")


class TextSimilarityTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.article = publish_article(cls.outlet, title="Lithium mining boom in the Atacama")
        cls.close = publish_article(cls.outlet, title="Atacama lithium mining expands again")
        cls.loose = publish_article(cls.outlet, title="Lithium prices fall")
        cls.far = publish_article(cls.outlet, title="Football results")
        cls.body_only = publish_article(
            cls.outlet,
            title="Commodity markets this week",
            body=[("paragraph", RichText("<p>Lithium mining in the Atacama, again.</p>"))],
        )

    def test_more_shared_title_words_rank_higher(self) -> None:
        self.assertEqual(
            [a.title for a in related_articles(self.article)],
            ["Atacama lithium mining expands again", "Lithium prices fall"],
        )

    def test_titles_are_compared_not_bodies(self) -> None:
        self.assertNotIn(
            "Commodity markets this week", [a.title for a in related_articles(self.article)]
        )

    def test_significant_words_skip_short_and_function_words(self) -> None:
        self.assertEqual(
            significant_words("Why the grain ships wait for the harbour, again and again"),
            ["harbour", "grain", "ships", "wait"],
        )

    def test_an_article_with_nothing_related_shows_no_section(self) -> None:
        response = self.client.get(self.far.url)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "Related articles")


class RelatedQueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.region = RegionFactory(name="Sahel")
        cls.theme = ThemeFactory(name="Energy")
        cls.article = publish_article(
            cls.outlet, title="Shipping lanes reopen", regions=[cls.region], themes=[cls.theme]
        )

    def add(self, count: int) -> None:
        for n in range(count):
            publish_article(
                self.outlet,
                title=f"Shipping lanes update {len(self.outlet.published)}",
                regions=[self.region],
                themes=[self.theme] if n % 2 else [],
            )

    def queries(self) -> int:
        with count_queries() as queries:
            found = related_articles(self.article)
        self.assertEqual(len(found), 4)
        return len(queries)

    def test_query_count_does_not_grow_with_the_archive(self) -> None:
        self.add(5)
        small = self.queries()
        self.add(20)
        self.assertEqual(self.queries(), small)
