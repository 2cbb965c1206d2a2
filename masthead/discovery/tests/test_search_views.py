"""The search page as a reader uses it: /search/?q=… and /fr/search/?q=…."""

from __future__ import annotations

import datetime
import re

from django.test import TestCase, override_settings
from wagtail.models import PageViewRestriction

from masthead.people.factories import AuthorFactory
from masthead.taxonomy.factories import InDepthReportFactory, RegionFactory, ThemeFactory
from masthead.testing import (
    build_outlet,
    get_counting_queries,
    grow_archive,
    paragraph,
    publish_article,
    publish_in_french,
    start_archive,
    titles,
)


def languages(response) -> dict[str, int]:
    """Matches per language, as the language facet counts them."""
    return {lang.code: lang.count for lang in response.context["outcome"].languages}


class SearchTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.ines = AuthorFactory(name="Ines Alvarado")
        cls.amara = AuthorFactory(name="Amara Osei")
        cls.sahel = RegionFactory(name="Sahel")
        cls.andes = RegionFactory(name="Andes")
        cls.energy = ThemeFactory(name="Energy")
        cls.water = ThemeFactory(name="Water & Climate")
        cls.harbours = InDepthReportFactory(name="Harbour Cities")
        cls.ships = publish_article(
            cls.outlet,
            title="Why the grain ships wait",
            slug="grain-ships",
            lead="<p>Queues at the harbour mouth tell a longer story.</p>",
            body=paragraph("Grain from the plains waits for a berth."),
            date=datetime.date(2024, 3, 5),
            authors=[(cls.ines, "author")],
            regions=[cls.sahel],
            themes=[cls.energy],
            reports=[cls.harbours],
        )
        cls.drought = publish_article(
            cls.outlet,
            title="Drought empties the reservoirs",
            slug="drought",
            lead="<p>Reservoirs in the high valleys are at record lows.</p>",
            body=paragraph("Farmers ration water from the reservoirs."),
            date=datetime.date(2023, 6, 1),
            authors=[(cls.amara, "author")],
            regions=[cls.andes],
            themes=[cls.water],
        )
        cls.strike = publish_article(
            cls.outlet,
            title="Grain prices and the harbour strike",
            slug="strike",
            lead="<p>Dockers walk out over pay.</p>",
            body=paragraph("Traders wait for the grain to move."),
            date=datetime.date(2025, 1, 10),
            authors=[(cls.amara, "author")],
            regions=[cls.sahel],
            themes=[cls.water],
        )
        cls.election = publish_article(
            cls.outlet,
            title="Election notes",
            slug="election",
            lead="<p>Candidates tour the valleys.</p>",
            body=paragraph("One debate touched on reservoirs."),
            date=datetime.date(2025, 2, 1),
            authors=[(cls.ines, "author")],
            regions=[cls.andes],
            themes=[cls.energy],
        )
        cls.withdrawn = publish_article(
            cls.outlet,
            title="Secret grain plans",
            slug="secret",
            body=paragraph("Withdrawn before anyone read it."),
        )
        cls.withdrawn.unpublish()
        # Behind a password (a members' preview): live, but not for the public.
        cls.private = publish_article(
            cls.outlet,
            title="Members' grain briefing",
            slug="members-grain",
            body=paragraph("Early grain figures for members."),
            date=datetime.date(2025, 3, 1),
            authors=[(cls.amara, "author")],
            regions=[cls.sahel],
        )
        PageViewRestriction.objects.create(
            page=cls.private,
            restriction_type="password",
            password="members",
        )
        cls.french = publish_in_french(
            cls.outlet,
            title="Le grain attend au port",
            slug="le-grain",
            lead="<p>Les économies portuaires ralentissent.</p>",
            body=paragraph("Les navires de céréales attendent."),
            publication_date=datetime.date(2024, 5, 1),
        )

    def found(self, q: str) -> list[str]:
        """The titles an English search for ``q`` lists."""
        return titles(self.client.get("/search/", {"q": q}))


class FindingArticlesTests(SearchTestCase):
    def test_finds_live_articles_by_title_lead_and_body(self) -> None:
        self.assertEqual(
            sorted(self.found("grain")),
            ["Grain prices and the harbour strike", "Why the grain ships wait"],
        )
        self.assertEqual(self.found("berth"), ["Why the grain ships wait"])
        self.assertEqual(
            self.found("dockers"),
            ["Grain prices and the harbour strike"],
        )

    def test_finds_by_author_and_by_the_terms_an_article_is_filed_under(self) -> None:
        self.assertEqual(
            sorted(self.found("Alvarado")),
            ["Election notes", "Why the grain ships wait"],
        )
        self.assertEqual(
            self.found("harbour cities"),
            ["Why the grain ships wait"],
        )
        self.assertEqual(
            sorted(self.found("andes")),
            ["Drought empties the reservoirs", "Election notes"],
        )

    def test_every_word_must_match(self) -> None:
        self.assertEqual(self.found("grain drought"), [])
        self.assertContains(self.client.get("/search/", {"q": "grain drought"}), "0 articles found")

    def test_unpublished_articles_are_not_found(self) -> None:
        self.assertEqual(self.found("withdrawn"), [])

    def test_relevance_first_then_newest_first_on_request(self) -> None:
        # "reservoirs" is in the drought piece's title, lead and body, once in the newer notes.
        self.assertEqual(
            self.found("reservoirs"),
            ["Drought empties the reservoirs", "Election notes"],
        )
        newest = self.client.get("/search/", {"q": "reservoirs", "sort": "date"})
        self.assertEqual(titles(newest), ["Election notes", "Drought empties the reservoirs"])
        self.assertContains(newest, '<option value="date" selected>')

    def test_snippet_marks_the_words_in_an_escaped_excerpt(self) -> None:
        response = self.client.get("/search/", {"q": "harbour"})
        self.assertContains(response, "Queues at the <mark>harbour</mark> mouth")
        self.assertContains(response, "<mark>harbour</mark> strike", count=0)  # titles unmarked


class FilterTests(SearchTestCase):
    def facet(self, response, key: str) -> dict[str, int]:
        facet = next(f for f in response.context["outcome"].facets if f.key == key)
        return {value.label: value.count for value in facet.values}

    def test_facet_counts_for_the_results(self) -> None:
        response = self.client.get("/search/", {"q": "grain"})
        self.assertEqual(self.facet(response, "region"), {"Sahel": 2})
        self.assertEqual(self.facet(response, "theme"), {"Energy": 1, "Water & Climate": 1})
        self.assertEqual(self.facet(response, "report"), {"Harbour Cities": 1})
        self.assertEqual(self.facet(response, "author"), {"Amara Osei": 1, "Ines Alvarado": 1})
        self.assertEqual(self.facet(response, "year"), {"2025": 1, "2024": 1})
        self.assertContains(
            response, '<a href="?q=grain&amp;theme=water-climate">Water &amp; Climate</a>'
        )

    def test_counts_follow_the_date_range_in_every_language(self) -> None:
        response = self.client.get("/search/", {"q": "grain", "from": "2024-04-01"})
        self.assertEqual(response.context["outcome"].total, 1)
        self.assertEqual(self.facet(response, "region"), {"Sahel": 1})
        self.assertEqual(self.facet(response, "year"), {"2025": 1})
        # The French piece is from May 2024.
        self.assertEqual(languages(response), {"en": 1, "fr": 1})
        response = self.client.get("/search/", {"q": "grain", "to": "2024-04-01"})
        self.assertEqual(languages(response), {"en": 1})

    def test_articles_behind_a_view_restriction_are_neither_found_nor_counted(self) -> None:
        response = self.client.get("/search/", {"q": "members"})
        self.assertEqual(titles(response), [])
        self.assertEqual(response.context["outcome"].total, 0)
        # Nor through a restriction on the section above them.
        PageViewRestriction.objects.filter(page=self.private).delete()
        self.assertEqual(self.found("members"), [self.private.title])
        PageViewRestriction.objects.create(
            page=self.outlet.articles,
            restriction_type="password",
            password="members",
        )
        response = self.client.get("/search/", {"q": "grain"})
        self.assertEqual(response.context["outcome"].total, 0)
        self.assertEqual(self.facet(response, "region"), {})

    def test_narrowing_by_each_facet(self) -> None:
        for params, expected in (
            ({"theme": "water-climate"}, ["Grain prices and the harbour strike"]),
            ({"report": "harbour-cities"}, ["Why the grain ships wait"]),
            ({"author": "amara-osei"}, ["Grain prices and the harbour strike"]),
            ({"region": "andes"}, []),
            ({"from": "2025-01-01"}, ["Grain prices and the harbour strike"]),
            ({"to": "2024-12-31"}, ["Why the grain ships wait"]),
            # A reversed range is read the right way round.
            ({"from": "2025-12-31", "to": "2025-01-01"}, ["Grain prices and the harbour strike"]),
        ):
            with self.subTest(params):
                response = self.client.get("/search/", {"q": "grain", **params})
                self.assertEqual(titles(response), expected)

    def test_a_filter_in_use_can_be_removed_and_is_kept_by_the_form(self) -> None:
        response = self.client.get("/search/", {"q": "grain", "theme": "water-climate"})
        self.assertContains(response, "Theme: Water &amp; Climate")
        self.assertContains(response, 'href="?q=grain"')  # removes it
        self.assertContains(response, '<input type="hidden" name="theme" value="water-climate">')
        self.assertContains(response, 'aria-current="true" class="facet__selected"')

    def test_year_facet_sets_the_date_range(self) -> None:
        response = self.client.get("/search/", {"q": "grain"})
        self.assertContains(response, 'href="?q=grain&amp;from=2025-01-01&amp;to=2025-12-31"')
        narrowed = self.client.get(
            "/search/", {"q": "grain", "from": "2025-01-01", "to": "2025-12-31"}
        )
        self.assertEqual(titles(narrowed), ["Grain prices and the harbour strike"])


class LanguageTests(SearchTestCase):
    def test_each_language_searches_its_own_articles(self) -> None:
        self.assertNotIn("Le grain attend au port", self.found("grain"))
        response = self.client.get("/fr/search/", {"q": "grain"})
        self.assertEqual(titles(response), ["Le grain attend au port"])
        self.assertContains(response, 'href="/fr/articles/le-grain/"')

    def test_language_facet_counts_and_links_to_each_language(self) -> None:
        response = self.client.get("/search/", {"q": "grain"})
        self.assertEqual(languages(response), {"en": 2, "fr": 1})
        self.assertContains(response, 'href="/fr/search/?q=grain" lang="fr" hreflang="fr"')

    def test_a_language_without_articles_shows_where_the_matches_are(self) -> None:
        response = self.client.get("/de/search/", {"q": "grain"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["outcome"].total, 0)
        self.assertContains(response, '<a href="/search/?q=grain" lang="en" hreflang="en">')
        self.assertContains(response, 'href="/fr/search/?q=grain"')


@override_settings(LISTING_PAGE_SIZE=1)
class PaginationTests(SearchTestCase):
    def test_pages_keep_the_query_and_filters(self) -> None:
        first = self.client.get("/search/", {"q": "grain", "region": "sahel"})
        self.assertContains(first, "2 articles found")
        self.assertContains(first, 'rel="next" href="?q=grain&amp;region=sahel&amp;page=2"')
        second = self.client.get("/search/", {"q": "grain", "region": "sahel", "page": "2"})
        self.assertEqual(len(titles(second)), 1)
        self.assertNotEqual(titles(first), titles(second))
        self.assertContains(second, 'rel="prev" href="?q=grain&amp;region=sahel&amp;page=1"')

    def test_pages_beyond_the_results_are_404(self) -> None:
        for page in ("3", "0", "-1", "abc", "1.5", "99999999999999999999"):
            with self.subTest(page=page):
                response = self.client.get("/search/", {"q": "grain", "page": page})
                self.assertEqual(response.status_code, 404)


class BadInputTests(SearchTestCase):
    def get(self, q: str, **params: str):
        response = self.client.get("/search/", {"q": q, **params})
        self.assertEqual(response.status_code, 200)
        return response

    def test_empty_query_shows_help(self) -> None:
        for q in ("", "   ", "\t\n"):
            with self.subTest(q=q):
                response = self.get(q)
                self.assertContains(response, "What are you looking for?")
                self.assertIsNone(response.context["results"])
        self.assertContains(self.client.get("/search/"), "What are you looking for?")

    def test_only_punctuation_says_there_was_nothing_to_search_for(self) -> None:
        response = self.get('*** ((( "" ) -- ;')
        self.assertContains(response, "Nothing to search for")

    def test_very_long_query_is_shortened(self) -> None:
        response = self.get("grain " * 300)  # 1,800 characters
        self.assertEqual(len(titles(response)), 2)
        self.assertContains(response, "only its first word was used")
        words = " ".join(f"word{n}" for n in range(200))  # 1,000+ characters, 200 words
        response = self.get(words)
        self.assertContains(response, "only its first 8 words were used")
        self.assertContains(response, 'maxlength="200"')

    def test_query_operators_are_plain_words(self) -> None:
        response = self.get('"grain" AND (harbour OR ships) NOT *')
        self.assertEqual(titles(response), ["Why the grain ships wait"])
        for q in (
            '"',
            "grain*",
            "(grain",
            "NEAR(grain harbour)",
            "grain:harbour",
            "-grain",
            "^grain",
        ):
            with self.subTest(q=q):
                self.get(q)

    def test_sql_is_searched_as_text(self) -> None:
        response = self.get("' OR 1=1 --")
        self.assertEqual(titles(response), [])
        self.assertContains(response, 'value="&#x27; OR 1=1 --"')
        self.get("grain'; DROP TABLE wagtailcore_page; --")
        self.assertEqual(len(titles(self.get("grain"))), 2)

    def test_markup_is_never_reflected_unescaped(self) -> None:
        for q in ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "</title><b>x"):
            with self.subTest(q=q):
                response = self.get(q)
                html = response.content.decode()
                self.assertNotIn(q, html)
                # The only scripts are the site's own files (the footer's membership prompt).
                self.assertEqual(re.findall(r'<script(?! src="/static/)', html), [])
                self.assertNotIn("<img", html)
                self.assertIn("&lt;", html)

    def test_control_characters_and_unreadable_filters(self) -> None:
        self.assertEqual(len(titles(self.get("\x00grain\x07"))), 2)
        response = self.get(
            "grain", region="<b>x</b>", to="2024-13-45", sort="evil", report="a" * 500
        )
        self.assertEqual(len(titles(response)), 2)
        self.assertContains(response, "could not be read and were left out: region, report, to")
        self.assertNotContains(response, "<b>x</b>")


class HeaderFormTests(SearchTestCase):
    FORM = re.compile(r'<form class="site-search".*?</form>', re.S)

    def form(self, url: str) -> str:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return self.FORM.search(response.content.decode()).group()

    def test_every_page_has_a_labelled_get_form_without_request_state(self) -> None:
        form = self.form("/articles/grain-ships/")
        self.assertIn('role="search" action="/search/" method="get"', form)
        self.assertIn('<label class="visually-hidden" for="site-search-q">', form)
        self.assertIn('id="site-search-q" name="q"', form)
        self.assertNotIn("csrf", form)
        # The same bytes on every page and for every query: safe to cache whole.
        self.assertEqual(form, self.form("/"))
        self.assertEqual(form, self.form("/search/?q=grain&region=sahel"))

    def test_form_searches_in_the_language_of_the_page(self) -> None:
        self.assertIn('action="/fr/search/"', self.form("/fr/search/?q=grain"))

    def test_search_page_is_not_indexed_and_sets_no_cookie(self) -> None:
        response = self.client.get("/search/", {"q": "grain"})
        self.assertContains(response, '<meta name="robots" content="noindex, follow">')
        self.assertNotIn("Set-Cookie", response.headers)
        self.assertNotContains(response, "csrfmiddlewaretoken")


@override_settings(MASTHEAD_SEARCH_CACHE_SECONDS=0)  # counts the search, not a cache hit
class QueryCountTests(TestCase):
    """The number of queries does not grow with the number of matches or the archive."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet, cls.writers, cls.region = start_archive()
        cls.theme = ThemeFactory(name="Energy")

    def add_articles(self, count: int) -> None:
        grow_archive(
            self.outlet,
            count,
            self.writers,
            title="Dispatch {n} on shipping",
            slug="dispatch-{n}",
            first_date=datetime.date(2020, 1, 1),
            days_apart=30,
            with_images=False,
            regions=[self.region],
            themes=[self.theme],
        )

    def count(self, url: str) -> int:
        return get_counting_queries(self.client, url)[1]

    def test_search_pages_do_not_query_per_result(self) -> None:
        urls = [
            "/search/?q=shipping",
            "/search/?q=shipping&sort=date",
            "/search/?q=dispatch+shipping&region=sahel&from=2020-01-01",
            "/fr/search/?q=shipping",
        ]
        self.add_articles(3)
        small = {url: self.count(url) for url in urls}
        self.add_articles(14)
        large = {url: self.count(url) for url in urls}
        self.assertEqual(small, large)
