"""Searches that match too much to count one by one, and the cache of searches.

The candidate limit (``MASTHEAD_SEARCH_CANDIDATES``, a thousand in production) is set to five
here, so an archive of a dozen articles has a "common word".
"""

from __future__ import annotations

import datetime
import re

from django.core.paginator import InvalidPage
from django.db import connection
from django.test import TestCase, override_settings
from wagtail.models import Locale

from masthead.articles.models import ArticlePage
from masthead.discovery.search import SearchQuery, round_estimate, run_search
from masthead.taxonomy.factories import RegionFactory
from masthead.testing import (
    build_outlet,
    count_queries,
    paragraph,
    publish_article,
    publish_in_french,
    titles,
)

WINDOW = 5


def search(q: str, **kwargs: object):
    english = Locale.objects.get(language_code="en")
    return run_search(SearchQuery.from_params({"q": q}), english, use_cache=False, **kwargs)


class CommonWordTestCase(TestCase):
    """Twelve harbour stories published a month apart, oldest first, as a newsroom does.

    Two carry the word in their title: the oldest and the second newest. Every other one
    mentions it once in the text.
    """

    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.north = RegionFactory(name="North Coast")
        cls.south = RegionFactory(name="South Coast")
        cls.stories = []
        for n in range(12):
            title = f"Dispatch {n} from the docks"
            if n in (0, 10):
                title = f"Harbour dispatch {n}"
            cls.stories.append(
                publish_article(
                    cls.outlet,
                    title=title,
                    slug=f"dispatch-{n}",
                    body=paragraph(f"Cranes stood still at the harbour on day {n}."),
                    date=datetime.date(2024, 1, 1) + datetime.timedelta(days=30 * n),
                    regions=[cls.north if n % 3 else cls.south],
                )
            )


@override_settings(MASTHEAD_SEARCH_CANDIDATES=WINDOW)
class BoundedCandidatesTests(CommonWordTestCase):
    def test_top_results_are_the_best_of_the_newest_matches(self) -> None:
        outcome = search("harbour")
        found = [article.title for article in outcome.page.object_list]
        # The newest title match leads, then the other newest matches; the oldest title match
        # comes only after them, first among the older ones.
        self.assertEqual(found[0], "Harbour dispatch 10")
        newest = {story.title for story in self.stories[-WINDOW:]}
        self.assertEqual(set(found[:WINDOW]), newest)
        self.assertEqual(found[WINDOW], "Harbour dispatch 0")
        self.assertEqual(len(found), 12)

    def test_totals_and_counts_are_scaled_and_marked_as_estimates(self) -> None:
        outcome = search("harbour")
        self.assertIsNotNone(outcome.estimate)
        self.assertEqual(outcome.estimate.window, WINDOW)
        # SQLite counts every match from its lists; PostgreSQL estimates the total (0211),
        # never below the matches there are, so that paging reaches every one.
        matches = outcome.estimate.matches
        if connection.vendor == "sqlite":
            self.assertEqual(matches, 12)
        self.assertGreaterEqual(matches, 12)
        self.assertEqual(outcome.total, outcome.estimate.about(WINDOW))  # 5 seen among 5
        region = {v.label: v for v in next(f for f in outcome.facets if f.key == "region").values}
        # Among the five newest (7–11), North Coast files four and South Coast one (9):
        # scaled by the matches over five (12/5 on SQLite: 10 and 2).
        self.assertEqual(region["North Coast"].count, round_estimate(4 * matches / WINDOW))
        self.assertEqual(region["South Coast"].count, max(1, round_estimate(matches / WINDOW)))
        self.assertTrue(region["North Coast"].estimated)
        if connection.vendor == "sqlite":
            self.assertEqual((region["North Coast"].count, region["South Coast"].count), (10, 2))

    def test_pages_after_the_newest_matches_continue_with_the_older_ones(self) -> None:
        pages = [
            [article.title for article in search("harbour", page=n, per_page=3).page]
            for n in (1, 2, 3, 4)
        ]
        listed = [title for page in pages for title in page]
        # Every article once: the five newest ranked first, then the older seven, the oldest
        # title match leading those.
        self.assertEqual(sorted(listed), sorted(story.title for story in self.stories))
        newest = {story.title for story in self.stories[-WINDOW:]}
        self.assertEqual(set(listed[:WINDOW]), newest)
        self.assertEqual(listed[WINDOW], "Harbour dispatch 0")
        with self.assertRaises(InvalidPage):
            search("harbour", page=5, per_page=3)

    def test_newest_first_lists_the_newest_matches(self) -> None:
        outcome = run_search(
            SearchQuery.from_params({"q": "harbour", "sort": "date"}),
            Locale.objects.get(language_code="en"),
            use_cache=False,
        )
        found = [article.title for article in outcome.page.object_list]
        self.assertEqual(found, [story.title for story in reversed(self.stories)])

    def test_the_page_says_what_was_estimated(self) -> None:
        response = self.client.get("/search/", {"q": "harbour"})
        html = response.content.decode()
        summary = re.search(r'<p class="search__summary" role="status">(.*?)</p>', html)
        self.assertIsNotNone(summary)
        total = response.context["outcome"].total  # 12 on SQLite; an estimate on PostgreSQL
        self.assertGreaterEqual(total, 12)
        self.assertIn(f"About {total} articles found", summary.group(1))
        self.assertIn("only the newest 5 matches are ranked and counted one by one", html)
        self.assertIn("counts beside the results are estimates", html)
        self.assertIn('aria-describedby="search-estimate"', html)
        self.assertIn("Counts marked ≈ are estimates.", html)
        # Each estimated count says "about" to a screen reader; the sign is for the eye.
        north = round_estimate(4 * response.context["outcome"].estimate.matches / WINDOW)
        self.assertIn(
            f'<span aria-hidden="true">≈</span><span class="visually-hidden">about </span>{north}',
            html,
        )


class ExactCountsTests(CommonWordTestCase):
    """Below the candidate limit nothing is estimated."""

    def test_counts_below_the_limit_are_exact(self) -> None:
        for limit in (12, 1000):
            with self.subTest(limit=limit), self.settings(MASTHEAD_SEARCH_CANDIDATES=limit):
                outcome = search("harbour")
                self.assertIsNone(outcome.estimate)
                self.assertEqual(outcome.total, 12)
                counts = {
                    v.label: (v.count, v.estimated)
                    for v in next(f for f in outcome.facets if f.key == "region").values
                }
                expected = {
                    region.name: (
                        ArticlePage.objects.live().filter(regions=region).count(),
                        False,
                    )
                    for region in (self.north, self.south)
                }
                self.assertEqual(counts, expected)
                self.assertEqual(counts["North Coast"], (8, False))

    def test_the_page_shows_plain_counts(self) -> None:
        html = self.client.get("/search/", {"q": "harbour"}).content.decode()
        self.assertIn("12 articles found", html)
        self.assertNotIn("About", html)
        self.assertNotIn("estimate", html)
        self.assertNotIn("≈", html)

    def test_relevance_ranks_every_match_below_the_limit(self) -> None:
        found = titles(self.client.get("/search/", {"q": "harbour"}))
        self.assertEqual(set(found[:2]), {"Harbour dispatch 10", "Harbour dispatch 0"})


class SearchCacheTests(CommonWordTestCase):
    def test_a_repeated_search_is_answered_from_the_cache(self) -> None:
        url = "/search/?q=harbour+cranes"
        first = self.client.get(url)
        with count_queries() as uncached:
            self.client.get(url + "&sort=date")
        with count_queries() as cached:
            second = self.client.get(url)
        self.assertEqual(titles(second), titles(first))
        self.assertEqual(second.context["outcome"].total, first.context["outcome"].total)
        self.assertLess(len(cached), len(uncached))

    def test_publishing_makes_a_new_article_appear_in_a_repeated_search(self) -> None:
        before = titles(self.client.get("/search/", {"q": "harbour"}))
        self.assertNotIn("Harbour pilots strike", before)
        publish_article(
            self.outlet,
            title="Harbour pilots strike",
            slug="pilots",
            body=paragraph("No ship moved in the harbour."),
            date=datetime.date(2025, 6, 1),
        )
        after = self.client.get("/search/", {"q": "harbour"})
        self.assertIn("Harbour pilots strike", titles(after))
        self.assertEqual(after.context["outcome"].total, 13)

    def test_retiring_an_article_drops_it_from_a_repeated_search(self) -> None:
        self.assertIn("Harbour dispatch 10", titles(self.client.get("/search/", {"q": "harbour"})))
        self.stories[10].unpublish()
        found = titles(self.client.get("/search/", {"q": "harbour"}))
        self.assertNotIn("Harbour dispatch 10", found)

    @override_settings(MASTHEAD_SEARCH_CACHE_SECONDS=0)
    def test_the_cache_can_be_turned_off(self) -> None:
        url = "/search/?q=harbour"
        self.client.get(url)
        with count_queries() as first:
            self.client.get(url)
        with count_queries() as second:
            self.client.get(url)
        self.assertEqual(len(first), len(second))
        self.assertGreater(len(first), 4)


@override_settings(MASTHEAD_SEARCH_CANDIDATES=WINDOW)
class TranslatedEstimateTests(TestCase):
    def test_the_french_page_says_what_was_estimated_in_french(self) -> None:
        outlet = build_outlet()
        for n in range(WINDOW + 2):
            publish_in_french(
                outlet,
                title=f"Le port au jour {n}",
                slug=f"port-{n}",
                body=paragraph(f"Les grues du port sont restées immobiles le jour {n}."),
            )
        html = self.client.get("/fr/search/", {"q": "port"}).content.decode()
        self.assertIn("Environ 7 articles trouvés", html)
        self.assertIn("seules les 5 correspondances les plus récentes sont classées", html)
        self.assertIn('<span class="visually-hidden">environ </span>', html)
