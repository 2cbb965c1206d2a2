"""Writing the search index: two background workers indexing the same article at once."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test import TestCase
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from masthead.articles.models import ArticlePage
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
