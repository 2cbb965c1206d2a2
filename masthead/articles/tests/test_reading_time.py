"""The reading time readers see is counted when an article is published, not on each view."""

from __future__ import annotations

from django.test import TestCase

from masthead.articles.models import ArticlePage
from masthead.testing import build_outlet, paragraph, publish_article

LEAD = "<p>Short lead.</p>"  # two words


class ReadingTimeTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        # 700 + 2 words at 230 a minute: 4 minutes.
        cls.article = publish_article(
            cls.outlet, title="Long read", slug="long", lead=LEAD, body=paragraph("word " * 700)
        )

    def stored(self) -> int | None:
        return ArticlePage.objects.get(pk=self.article.pk).reading_time

    def test_publishing_stores_the_reading_time_readers_see(self) -> None:
        self.assertEqual(self.stored(), 4)
        self.assertContains(self.client.get("/articles/long/"), "4 minutes read")

    def test_a_draft_does_not_change_the_live_figure_until_published(self) -> None:
        page = ArticlePage.objects.get(pk=self.article.pk)
        page.body = paragraph("word " * 1500)
        revision = page.save_revision()
        self.assertEqual(self.stored(), 4)
        self.assertContains(self.client.get("/articles/long/"), "4 minutes read")
        with self.captureOnCommitCallbacks(execute=True):  # readers see it once committed
            revision.publish()
        self.assertEqual(self.stored(), 7)
        self.assertContains(self.client.get("/articles/long/"), "7 minutes read")

    def test_an_article_saved_before_the_figure_existed_gets_it_on_first_view(self) -> None:
        ArticlePage.objects.filter(pk=self.article.pk).update(reading_time=None)
        self.assertContains(self.client.get("/articles/long/"), "4 minutes read")
        self.assertEqual(self.stored(), 4)
