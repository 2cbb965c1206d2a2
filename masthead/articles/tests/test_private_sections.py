"""A private section (a Wagtail view restriction) keeps its articles from readers everywhere."""

from __future__ import annotations

from django.test import TestCase
from wagtail.models import PageViewRestriction

from masthead.taxonomy.factories import RegionFactory
from masthead.testing import build_outlet, publish_article


class PrivateSectionTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        region = RegionFactory(name="Sahel")
        with cls.captureOnCommitCallbacks(execute=True):
            cls.open = publish_article(
                cls.outlet, title="Wells run dry", slug="wells", regions=[region]
            )
        with cls.captureOnCommitCallbacks(execute=True):
            cls.secret = publish_article(
                cls.outlet, title="Embargoed budget leak", slug="leak", regions=[region]
            )

    def restrict(self, page: object) -> None:
        # As the admin does it: committed, so pages rendered before it are retired.
        with self.captureOnCommitCallbacks(execute=True):
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
            )

    def test_a_restricted_article_asks_for_the_password(self) -> None:
        self.restrict(self.secret)
        response = self.client.get("/articles/leak/")
        self.assertNotContains(response, "Embargoed budget leak", status_code=200)
        self.assertContains(response, 'type="password"')

    def test_an_article_below_a_restricted_section_asks_for_the_password(self) -> None:
        self.restrict(self.outlet.articles)
        response = self.client.get("/articles/wells/")
        self.assertContains(response, 'type="password"')
        self.assertNotContains(response, "Wells run dry")

    def test_a_restricted_article_is_left_out_of_lists_and_related_articles(self) -> None:
        self.assertContains(self.client.get("/articles/wells/"), "Embargoed budget leak")
        self.restrict(self.secret)
        for url in ("/", "/articles/", "/regions/sahel/", "/articles/wells/"):
            with self.subTest(url):
                self.assertNotContains(self.client.get(url), "Embargoed budget leak")
