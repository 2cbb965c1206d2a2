"""What an uncached reader page may cost in SQL, and that the cost does not grow with the archive.

The issue's budget is 15 queries for the article and the front page. A request the page cache
does not answer renders from the page's stored fragments (masthead/pagecache/fragments.py):
that is the budget below. ``FIRST_RENDER_*`` is a page's first render after a change, every
fragment rendered anew (once per worker and content version): a ceiling, lowered as queries go.
"""

from __future__ import annotations

import datetime

from django.test import TestCase, override_settings

from masthead.images.factories import CustomImageFactory
from masthead.people.factories import AuthorFactory
from masthead.taxonomy.factories import InDepthReportFactory, RegionFactory, ThemeFactory
from masthead.testing import assert_max_queries, build_outlet, get_counting_queries, publish_article

BUDGET = 15
FIRST_RENDER_ARTICLE_QUERIES = 22
FIRST_RENDER_HOME_QUERIES = 21


class QueryBudgetTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.writers = [
            AuthorFactory(bio="<p>Covers water.</p>", photo=CustomImageFactory()),
            AuthorFactory(),
        ]
        cls.regions = [RegionFactory(name="Sahel"), RegionFactory(name="Andes")]
        cls.themes = [ThemeFactory(name="Energy"), ThemeFactory(name="Water")]
        cls.report = InDepthReportFactory(name="Corridors", featured=True)

    def add_articles(self, count: int) -> None:
        start = len(self.outlet.published)
        for n in range(start, start + count):
            with self.captureOnCommitCallbacks(execute=True):
                publish_article(
                    self.outlet,
                    title=f"Pipeline report number {n}",
                    slug=f"piece-{n}",
                    date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
                    authors=[(w, "author") for w in self.writers],
                    regions=[self.regions[n % 2]],
                    themes=[self.themes[n % 2]],
                    reports=[self.report],
                    featured_image=CustomImageFactory(),
                )

    def test_article_and_front_page_stay_within_their_budgets(self) -> None:
        self.add_articles(5)
        for url in ("/articles/piece-2/", "/"):
            with self.subTest(url):
                self.client.get(url)  # a reader before: the page's fragments are stored
                with assert_max_queries(BUDGET):
                    response = self.client.get(url)
                self.assertEqual(response.status_code, 200)

    @override_settings(MASTHEAD_FRAGMENT_CACHE=False)
    def test_a_first_render_stays_under_its_ceiling(self) -> None:
        self.add_articles(5)
        ceilings = (
            ("/articles/piece-2/", FIRST_RENDER_ARTICLE_QUERIES),
            ("/", FIRST_RENDER_HOME_QUERIES),
        )
        for url, ceiling in ceilings:
            with self.subTest(url):
                self.client.get(url)  # warm the caches every request shares
                with assert_max_queries(ceiling):
                    response = self.client.get(url)
                self.assertEqual(response.status_code, 200)

    def test_related_articles_are_shown_without_being_searched_for(self) -> None:
        self.add_articles(3)
        response, _ = get_counting_queries(self.client, "/articles/piece-1/")
        self.assertContains(response, "Related articles")
        self.assertContains(response, "Pipeline report number 2")

    def test_reader_pages_cost_the_same_with_5_or_30_articles(self) -> None:
        urls = [
            "/articles/piece-1/",
            "/",
            "/articles/",
            f"/authors/{self.writers[0].slug}/",
            "/regions/sahel/",
            "/reports/corridors/",
        ]
        self.add_articles(5)
        small = self.costs(urls)
        self.add_articles(25)
        large = self.costs(urls)
        self.assertEqual(small, large)
        # Served from stored fragments, every one of them is within the budget.
        self.assertLessEqual(max(small["stored"].values()), BUDGET, small["stored"])

    def costs(self, urls: list[str]) -> dict[str, dict[str, int]]:
        """Queries per URL, served from stored fragments and rendered whole."""
        stored = {url: get_counting_queries(self.client, url)[1] for url in urls}
        with override_settings(MASTHEAD_FRAGMENT_CACHE=False):
            whole = {url: get_counting_queries(self.client, url)[1] for url in urls}
        return {"stored": stored, "whole": whole}


class QueryHelperTests(TestCase):
    def test_a_request_is_counted_even_after_other_requests(self) -> None:
        """``connection.queries`` is emptied per request; the helper must still count."""
        build_outlet()
        self.client.get("/")
        _, first = get_counting_queries(self.client, "/")
        _, second = get_counting_queries(self.client, "/")
        self.assertGreater(first, 0)
        self.assertEqual(first, second)

    def test_going_over_the_limit_fails_and_lists_the_statements(self) -> None:
        build_outlet()
        with (
            self.assertRaisesRegex(AssertionError, r"more than 0:\n1\. SELECT"),
            assert_max_queries(0),
        ):
            self.client.get("/")
