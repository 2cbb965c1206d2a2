""" "Related articles" are computed when articles are published or retired, never per view."""

from __future__ import annotations

from unittest import mock

from django.test import TestCase

from masthead.discovery.models import RelatedArticle, RelatedArticleList
from masthead.discovery.tasks import refresh_related_articles
from masthead.taxonomy.factories import RegionFactory
from masthead.testing import build_outlet, publish_article

FIND = "masthead.discovery.related.related_articles"


def stored(article: object) -> list[int]:
    return list(
        RelatedArticle.objects.filter(listing_id=article.pk).values_list("article_id", flat=True)
    )


def related_titles(html: str) -> str:
    """The "Related articles" section of an article page, empty when there is none."""
    start = html.find('class="related"')
    return html[start:] if start >= 0 else ""


class StoredRelatedArticlesTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.sahel = RegionFactory(name="Sahel")
        cls.andes = RegionFactory(name="Andes")
        # Each publish commits on its own in production; the lists are refreshed after it.
        with cls.captureOnCommitCallbacks(execute=True):
            cls.wells = publish_article(
                cls.outlet, title="Wells run dry in the north", slug="wells", regions=[cls.sahel]
            )
        with cls.captureOnCommitCallbacks(execute=True):
            cls.herders = publish_article(
                cls.outlet, title="Herders move south early", slug="herders", regions=[cls.sahel]
            )
        with cls.captureOnCommitCallbacks(execute=True):
            cls.mines = publish_article(
                cls.outlet, title="Copper mines reopen", slug="mines", regions=[cls.andes]
            )

    def test_publishing_an_article_updates_the_lists_it_belongs_in(self) -> None:
        # Herders was published after Wells: Wells' list was recomputed and now shows it.
        self.assertEqual(stored(self.wells), [self.herders.pk])
        self.assertEqual(stored(self.herders), [self.wells.pk])
        self.assertEqual(stored(self.mines), [])
        self.assertTrue(RelatedArticleList.objects.filter(page_id=self.mines.pk).exists())

    def test_the_page_shows_the_stored_list_without_computing_it(self) -> None:
        with mock.patch(FIND, side_effect=AssertionError("computed on a page view")):
            html = self.client.get("/articles/wells/").content.decode()
        self.assertIn("Herders move south early", related_titles(html))
        self.assertNotIn("Copper mines reopen", related_titles(html))

    def test_a_retired_article_leaves_every_list(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            self.herders.unpublish()
        self.assertEqual(stored(self.wells), [])
        self.assertFalse(RelatedArticleList.objects.filter(page_id=self.herders.pk).exists())
        html = self.client.get("/articles/wells/").content.decode()
        self.assertNotIn("Herders move south early", html)

    def test_an_article_published_before_lists_were_stored_gets_one_on_first_view(self) -> None:
        RelatedArticleList.objects.filter(page_id=self.wells.pk).delete()
        response = self.client.get("/articles/wells/")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Herders move south early", related_titles(response.content.decode()))
        self.assertEqual(stored(self.wells), [self.herders.pk])
        with mock.patch(FIND, side_effect=AssertionError("computed twice")):
            self.assertEqual(self.client.get("/articles/wells/").status_code, 200)

    def test_refreshing_twice_stores_the_same_list(self) -> None:
        refresh_related_articles.enqueue(self.wells.pk)
        first = stored(self.wells)
        refresh_related_articles.enqueue(self.wells.pk)
        self.assertEqual(stored(self.wells), first)
        self.assertEqual(first, [self.herders.pk])

    def test_lists_are_refreshed_after_the_commit_only(self) -> None:
        with self.captureOnCommitCallbacks(execute=False) as callbacks:
            cattle = publish_article(
                self.outlet, title="Cattle prices fall", slug="cattle", regions=[self.sahel]
            )
        self.assertFalse(RelatedArticleList.objects.filter(page_id=cattle.pk).exists())
        self.assertNotIn(cattle.pk, stored(self.wells))
        for callback in callbacks:
            callback()
        self.assertIn(cattle.pk, stored(self.wells))
        self.assertIn(self.wells.pk, stored(cattle))
