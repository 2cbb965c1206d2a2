"""Writing the search index: two background workers indexing the same article at once, and
indexing many articles in bulk."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from masthead.articles.models import ArticlePage
from masthead.discovery.search.backends.bulk import bulk_indexing
from masthead.testing import build_outlet, publish_article


class RacingIndexWritesTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.article = publish_article(
            cls.outlet, title="Cranes stand idle at the harbour", slug="cranes"
        )

    def found(self, word: str) -> list[int]:
        """The articles a search for ``word`` finds (the index holds the text it was given)."""
        backend = get_search_backend()
        return [a.pk for a in backend.search(word, ArticlePage.objects.live())]

    def test_a_rival_worker_inserting_first_is_overwritten_not_an_error(self) -> None:
        # Newly published: no entry yet. Each worker saw none; the rival's insert lands in
        # between this worker's look-up and its own insert.
        self.article.index_entries.all().delete()
        backend = get_search_backend()
        rival = ArticlePage.objects.get(pk=self.article.pk)
        mine = ArticlePage.objects.get(pk=self.article.pk)
        mine.title = "Cranes restart at the harbour"
        insert = ["INSERT", "INTO", IndexEntry._meta.db_table]
        raced: list[str] = []

        def rival_inserts_first(execute: Any, sql: str, params: Any, many: bool, context: Any):
            if not raced and sql.replace('"', " ").split()[:3] == insert:
                raced.append(sql)
                backend.add(rival)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(rival_inserts_first):
            backend.add(mine)

        self.assertEqual(len(raced), 1, "the race was not staged: no insert seen")
        self.assertEqual(self.article.index_entries.count(), 1)
        # The last write wins, and the full-text index follows it.
        self.assertEqual(self.found("restart"), [self.article.pk])
        self.assertEqual(self.found("idle"), [])

    def test_indexing_the_same_article_twice_keeps_one_entry(self) -> None:
        backend = get_search_backend()
        backend.add(self.article)
        backend.add_bulk(ArticlePage, [self.article, self.article])
        self.assertEqual(self.article.index_entries.count(), 1)
        self.assertEqual(self.found("cranes"), [self.article.pk])


class BulkIndexingTests(TestCase):
    """A rebuild (or the benchmark's archive) writes each entry once, with its title norm."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.articles = [
            publish_article(cls.outlet, title=title, slug=f"story-{n}")
            for n, title in enumerate(
                ("Storm", "Cranes stand idle at the harbour", "Ferry crews vote to strike")
            )
        ]

    def norms(self, bulk: bool) -> tuple[dict[str, float], list[str]]:
        """Title norms after indexing every article in one batch, and the statements run."""
        IndexEntry.objects.all().delete()
        index = get_search_backend().get_index_for_model(ArticlePage)
        articles = list(ArticlePage.objects.filter(pk__in=[a.pk for a in self.articles]))
        with CaptureQueriesContext(connection) as queries:
            if bulk:
                with bulk_indexing(index):
                    index.add_items(ArticlePage, articles)
            else:
                index.add_items(ArticlePage, articles)
        norms = dict(IndexEntry.objects.values_list("object_id", "title_norm"))
        return norms, [query["sql"] for query in queries.captured_queries]

    def test_bulk_norms_are_those_wagtails_refresh_gives(self) -> None:
        wagtail, _statements = self.norms(bulk=False)
        bulk, statements = self.norms(bulk=True)
        self.assertEqual(wagtail.keys(), bulk.keys())
        for object_id, norm in wagtail.items():
            self.assertAlmostEqual(bulk[object_id], norm, places=6)
        # A short title weighs more than a long one, as in Wagtail's ranking.
        storm = str(self.articles[0].pk)
        self.assertGreater(bulk[storm], bulk[str(self.articles[1].pk)])
        # Written once: no UPDATE of the entries after the insert (on SQLite each one would
        # rewrite the full-text rows again through the update trigger).
        table = IndexEntry._meta.db_table
        updates = [sql for sql in statements if sql.lstrip().upper().startswith("UPDATE")]
        self.assertEqual([sql for sql in updates if table in sql], [])

    def test_bulk_indexed_articles_are_found(self) -> None:
        self.norms(bulk=True)
        found = get_search_backend().search("cranes", ArticlePage.objects.live())
        self.assertEqual([a.pk for a in found], [self.articles[1].pk])
