"""Which articles an author's page and a term's page list (ArticlePage.by_author/filed_under)."""

import datetime

from django.test import TestCase

from masthead.articles.listings import articles_by, articles_filed_under, pinned_articles
from masthead.articles.models import ArticlePage, PinnedArticle
from masthead.people.factories import AuthorFactory
from masthead.taxonomy.factories import InDepthReportFactory, RegionFactory, ThemeFactory
from masthead.testing import build_outlet, publish_article


class ListingQueryTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.writer = AuthorFactory(name="Ines Alvarado")
        cls.translator = AuthorFactory(name="Tomasz Wren")
        cls.region = RegionFactory(name="Sahel")
        cls.theme = ThemeFactory(name="Energy")
        cls.report = InDepthReportFactory(name="Grain Corridors")
        cls.written = publish_article(
            cls.outlet,
            title="Written",
            slug="written",
            date=datetime.date(2024, 1, 1),
            authors=[(cls.writer, "author"), (cls.translator, "translator")],
            regions=[cls.region],
        )
        cls.both_roles = publish_article(
            cls.outlet,
            title="Written and translated",
            slug="both-roles",
            date=datetime.date(2024, 2, 1),
            authors=[(cls.translator, "author"), (cls.translator, "translator")],
            themes=[cls.theme],
            reports=[cls.report],
        )

    def titles(self, articles) -> list[str]:
        return [article.title for article in articles]

    def test_by_author_counts_every_role_and_lists_each_article_once(self) -> None:
        self.assertEqual(self.titles(articles_by(self.writer)), ["Written"])
        self.assertEqual(
            self.titles(articles_by(self.translator)), ["Written and translated", "Written"]
        )

    def test_filed_under_each_axis(self) -> None:
        self.assertEqual(self.titles(articles_filed_under(self.region)), ["Written"])
        self.assertEqual(self.titles(articles_filed_under(self.theme)), ["Written and translated"])
        self.assertEqual(self.titles(articles_filed_under(self.report)), ["Written and translated"])
        self.assertEqual(ArticlePage.objects.filed_under(RegionFactory(name="Andes")).count(), 0)

    def test_pinned_articles_keep_the_editors_order_and_skip_unpublished_ones(self) -> None:
        for position, page in enumerate([self.both_roles, self.written]):
            PinnedArticle.objects.create(report=self.report, page=page, sort_order=position)
        self.assertEqual(
            self.titles(pinned_articles(self.report)), ["Written and translated", "Written"]
        )
        self.written.unpublish()
        self.assertEqual(self.titles(pinned_articles(self.report)), ["Written and translated"])
