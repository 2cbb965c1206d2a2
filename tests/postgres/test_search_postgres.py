"""Search on a real PostgreSQL server: stemming per language, the pages, the migrations."""

from __future__ import annotations

import datetime

from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TestCase, TransactionTestCase

# The reader-facing suites and the editors' admin screens (whose searches use the same
# backend), run again here against PostgreSQL.
from masthead.articles.tests.test_admin import AdminScreensTests  # noqa: F401
from masthead.discovery.tests.test_related import (  # noqa: F401
    RelatedQueryCountTests,
    SharedTermsTests,
    TextSimilarityTests,
)
from masthead.discovery.tests.test_search_estimates import (  # noqa: F401
    BoundedCandidatesTests,
    ExactCountsTests,
    SearchCacheTests,
)
from masthead.discovery.tests.test_search_indexing import (  # noqa: F401
    BulkIndexingTests,
    RacingIndexWritesTests,
)
from masthead.discovery.tests.test_search_views import (  # noqa: F401
    BadInputTests,
    FilterTests,
    FindingArticlesTests,
    HeaderFormTests,
    LanguageTests,
    PaginationTests,
    QueryCountTests,
    SearchTestCase,
)
from masthead.testing import build_outlet, paragraph, publish_article, publish_in_french, titles


class ServerTests(TestCase):
    def test_this_is_postgresql(self) -> None:
        self.assertEqual(connection.vendor, "postgresql")
        with connection.cursor() as cursor:
            cursor.execute("SELECT cfgname FROM pg_ts_config")
            configs = {row[0] for row in cursor.fetchall()}
        from masthead.discovery.search import POSTGRES_CONFIGS

        self.assertLessEqual(set(POSTGRES_CONFIGS.values()) | {"simple"}, configs)


class StemmingTests(SearchTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.running = publish_article(
            cls.outlet,
            title="Ferries keep running through the storm",
            slug="ferries",
            body=paragraph("Crews said the boats runs were never cancelled."),
            date=datetime.date(2024, 9, 1),
        )
        cls.economies = publish_in_french(
            cls.outlet,
            title="Les économies d'énergie des ports",
            slug="economies",
            body=paragraph("Les armateurs économisent le carburant."),
            publication_date=datetime.date(2024, 9, 2),
        )

    def test_english_words_match_their_other_forms(self) -> None:
        for q in ("run", "running", "runs"):
            with self.subTest(q=q):
                self.assertEqual(
                    self.found(q),
                    ["Ferries keep running through the storm"],
                )
        response = self.client.get("/search/", {"q": "ferry"})
        self.assertEqual(titles(response), ["Ferries keep running through the storm"])

    def test_french_articles_are_stemmed_as_french(self) -> None:
        response = self.client.get("/fr/search/", {"q": "économie"})
        self.assertEqual(
            sorted(titles(response)),
            ["Le grain attend au port", "Les économies d'énergie des ports"],
        )
        self.assertContains(response, "Les <mark>économies</mark> portuaires")
        # English stemming would keep "ports" and "port" apart; French joins them.
        self.assertEqual(
            sorted(titles(self.client.get("/fr/search/", {"q": "port"}))),
            ["Le grain attend au port", "Les économies d'énergie des ports"],
        )

    def test_index_uses_each_articles_language(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT title::text FROM wagtailsearch_indexentry WHERE object_id = %s",
                [str(self.economies.pk)],
            )
            (vector,) = cursor.fetchone()
        self.assertIn("'économ'", vector)  # French stems économies as économ; English does not


class MigrationTests(TransactionTestCase):
    """The schema PostgreSQL gets is the models' schema, with the full-text indexes."""

    def test_no_migration_is_missing_or_unapplied(self) -> None:
        executor = MigrationExecutor(connection)
        self.assertEqual(executor.migration_plan(executor.loader.graph.leaf_nodes()), [])
        call_command("makemigrations", "--check", "--dry-run", verbosity=0)

    def test_full_text_index_and_a_page_survive_a_round_trip(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexdef FROM pg_indexes WHERE tablename = 'wagtailsearch_indexentry'"
            )
            indexes = " ".join(row[0] for row in cursor.fetchall())
        self.assertIn("USING gin", indexes)
        # masthead/discovery/migrations: the vector Wagtail matches is indexed as a whole.
        self.assertIn("masthead_search_title_body_gin", indexes)
        self.assertIn("((title || body))", indexes)
        outlet = build_outlet()
        publish_article(outlet, title="Migrated and searchable", slug="migrated")
        response = self.client.get("/search/", {"q": "migrated"})
        self.assertEqual(titles(response), ["Migrated and searchable"])
