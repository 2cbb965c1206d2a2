"""Sitemaps, the Google News sitemap and robots.txt, read as a crawler reads them."""

import datetime
import xml.etree.ElementTree as ET

from django.test import TestCase, override_settings
from django.utils import timezone

from masthead.discovery.tests.test_feeds import RFC3339, parse_xml
from masthead.people.factories import AuthorFactory
from masthead.syndication.factories import PartnerPublicationFactory
from masthead.testing import (
    build_outlet,
    build_piece_by_ines,
    file_terms,
    get_counting_queries,
    publish_article,
    translate,
)

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


class CrawlerMixin:
    def xml(self, url: str) -> ET.Element:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        self.assertTrue(response["Content-Type"].startswith("application/xml"))
        return parse_xml(response.content)

    def urlset(self, url: str) -> dict[str, dict[str, str]]:
        """loc → {hreflang: href} for every <url> in a sitemap."""
        root = self.xml(url)
        self.assertEqual(root.tag, f"{SM}urlset")
        return {
            node.findtext(f"{SM}loc"): {
                link.get("hreflang"): link.get("href")
                for link in node.findall(f"{XHTML}link[@rel='alternate']")
            }
            for node in root.findall(f"{SM}url")
        }


class SitemapTests(CrawlerMixin, TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.region = file_terms().region
        cls.outlet, cls.writer, cls.english = build_piece_by_ines(regions=[cls.region])
        cls.french = translate(cls.english, "fr", title="Pourquoi les céréaliers attendent")
        cls.english_only = publish_article(cls.outlet, title="Only in English", slug="english")
        # The partner's page is canonical: it belongs in the partner's sitemap, not ours.
        publish_article(
            cls.outlet,
            title="Canonical elsewhere",
            slug="elsewhere",
            partner=PartnerPublicationFactory(canonical_to_original=True),
            original_url="https://partner.example/original",
        )
        cls.ours = publish_article(
            cls.outlet,
            title="Republished, canonical here",
            slug="republished-here",
            partner=PartnerPublicationFactory(canonical_to_original=False),
            original_url="https://partner.example/other",
        )

    def test_index_lists_every_section_and_each_is_a_sitemap(self) -> None:
        root = self.xml("/sitemap.xml")
        self.assertEqual(root.tag, f"{SM}sitemapindex")
        locations = [node.findtext(f"{SM}loc") for node in root.findall(f"{SM}sitemap")]
        self.assertEqual(
            locations,
            [
                f"http://testserver/sitemap-{section}.xml"
                for section in ("pages", "articles", "authors", "regions", "themes", "reports")
            ],
        )
        articles = root.find(f"{SM}sitemap[{SM}loc='http://testserver/sitemap-articles.xml']")
        self.assertRegex(articles.findtext(f"{SM}lastmod"), RFC3339)
        for location in locations:
            self.assertTrue(self.urlset(location.removeprefix("http://testserver")))

    def test_article_urls_list_their_translations_and_x_default(self) -> None:
        urls = self.urlset("/sitemap-articles.xml")
        english = "http://localhost/articles/grain-ships/"
        french = "http://localhost/fr/articles/grain-ships/"
        expected = {"en": english, "fr": french, "x-default": english}
        self.assertEqual(urls[english], expected)
        self.assertEqual(urls[french], expected)
        self.assertEqual(
            urls["http://localhost/articles/english/"],
            {
                "en": "http://localhost/articles/english/",
                "x-default": "http://localhost/articles/english/",
            },
        )

    def test_only_urls_that_are_their_own_canonical_are_listed(self) -> None:
        urls = self.urlset("/sitemap-articles.xml")
        self.assertNotIn("http://localhost/articles/elsewhere/", urls)
        self.assertIn("http://localhost/articles/republished-here/", urls)
        self.assertEqual(len(urls), 4)

    def test_articles_carry_their_last_change(self) -> None:
        root = self.xml("/sitemap-articles.xml")
        node = root.find(f"{SM}url[{SM}loc='http://localhost/articles/english/']")
        self.english_only.refresh_from_db()
        lastmod = node.findtext(f"{SM}lastmod")
        self.assertRegex(lastmod, RFC3339)
        self.assertEqual(
            datetime.datetime.fromisoformat(lastmod), self.english_only.last_published_at
        )

    def test_unpublished_articles_leave_the_sitemap(self) -> None:
        self.english_only.unpublish()
        self.assertNotIn("http://localhost/articles/english/", self.urlset("/sitemap-articles.xml"))

    def test_pages_authors_and_terms_sections(self) -> None:
        pages = self.urlset("/sitemap-pages.xml")
        self.assertEqual(pages["http://localhost/"]["fr"], "http://localhost/fr/")
        self.assertEqual(pages["http://localhost/fr/"]["x-default"], "http://localhost/")
        for url in ("http://localhost/articles/", "http://localhost/authors/"):
            self.assertIn(url, pages)
        self.assertNotIn("http://localhost/articles/grain-ships/", pages)
        self.assertEqual(
            list(self.urlset("/sitemap-authors.xml")), ["http://localhost/authors/ines-alvarado/"]
        )
        self.assertEqual(
            list(self.urlset("/sitemap-regions.xml")), ["http://localhost/regions/sahel/"]
        )
        self.assertEqual(
            list(self.urlset("/sitemap-themes.xml")), ["http://localhost/themes/energy/"]
        )
        self.assertEqual(
            list(self.urlset("/sitemap-reports.xml")), ["http://localhost/reports/harbour-cities/"]
        )

    @override_settings(SITEMAP_PAGE_SIZE=2)
    def test_long_sections_are_paginated(self) -> None:
        root = self.xml("/sitemap.xml")
        locations = [node.findtext(f"{SM}loc") for node in root.findall(f"{SM}sitemap")]
        self.assertIn("http://testserver/sitemap-articles.xml?p=2", locations)
        self.assertNotIn("http://testserver/sitemap-articles.xml?p=3", locations)
        first = self.urlset("/sitemap-articles.xml")
        second = self.urlset("/sitemap-articles.xml?p=2")
        self.assertEqual(len(first), 2)
        self.assertEqual(len(second), 2)
        self.assertFalse(set(first) & set(second))
        self.assertEqual(self.client.get("/sitemap-articles.xml?p=3").status_code, 404)
        self.assertEqual(self.client.get("/sitemap-articles.xml?p=x").status_code, 404)

    def test_unknown_section_is_404(self) -> None:
        self.assertEqual(self.client.get("/sitemap-planets.xml").status_code, 404)

    def test_sitemaps_are_not_indexed_themselves(self) -> None:
        self.assertIn("noindex", self.client.get("/sitemap.xml")["X-Robots-Tag"])


@override_settings(SITEMAP_PAGE_SIZE=3)
class SitemapQueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.writers = [AuthorFactory(), AuthorFactory()]

    def add_articles(self, count: int) -> None:
        start = len(self.outlet.published)
        for n in range(start, start + count):
            article = publish_article(
                self.outlet,
                title=f"Piece {n}",
                slug=f"piece-{n}",
                authors=[(w, "author") for w in self.writers],
            )
            if n % 2:
                translate(article, "fr")

    def count(self, url: str) -> int:
        return get_counting_queries(self.client, url)[1]

    def test_sitemaps_do_not_query_per_url(self) -> None:
        urls = ["/sitemap.xml", "/sitemap-articles.xml", "/sitemap-pages.xml"]
        self.add_articles(4)
        small = {url: self.count(url) for url in urls}
        self.add_articles(6)
        large = {url: self.count(url) for url in urls}
        self.assertEqual(small, large)


class NewsSitemapTests(CrawlerMixin, TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        today = timezone.localdate()
        cls.fresh = publish_article(cls.outlet, title="Ships & grain", slug="fresh", date=today)
        translate(cls.fresh, "fr", title="Céréaliers")
        publish_article(
            cls.outlet,
            title="Yesterday",
            slug="yesterday",
            date=today - datetime.timedelta(days=1),
        )
        publish_article(
            cls.outlet, title="Last week", slug="stale", date=today - datetime.timedelta(days=3)
        )

    def entries(self) -> dict[str, ET.Element]:
        root = self.xml("/sitemap-news.xml")
        self.assertEqual(root.tag, f"{SM}urlset")
        return {
            node.findtext(f"{SM}loc"): node.find(f"{NEWS}news") for node in root.findall(f"{SM}url")
        }

    def test_lists_articles_of_the_last_two_days_in_every_language(self) -> None:
        self.assertEqual(
            set(self.entries()),
            {
                "http://localhost/articles/fresh/",
                "http://localhost/fr/articles/fresh/",
                "http://localhost/articles/yesterday/",
            },
        )

    def test_each_entry_names_publication_language_date_and_title(self) -> None:
        entries = self.entries()
        now = timezone.now()
        for loc, news in entries.items():
            with self.subTest(loc=loc):
                self.assertEqual(news.findtext(f"{NEWS}publication/{NEWS}name"), "The Test Courier")
                date = news.findtext(f"{NEWS}publication_date")
                self.assertRegex(date, RFC3339)
                published = datetime.datetime.fromisoformat(date)
                self.assertLessEqual(now - published, datetime.timedelta(days=2))
        french = entries["http://localhost/fr/articles/fresh/"]
        self.assertEqual(french.findtext(f"{NEWS}publication/{NEWS}language"), "fr")
        self.assertEqual(french.findtext(f"{NEWS}title"), "Céréaliers")
        english = entries["http://localhost/articles/fresh/"]
        self.assertEqual(english.findtext(f"{NEWS}publication/{NEWS}language"), "en")
        self.assertEqual(english.findtext(f"{NEWS}title"), "Ships & grain")


class RobotsTests(TestCase):
    def test_robots_allows_all_but_admin_and_search_and_names_the_sitemaps(self) -> None:
        build_outlet()
        response = self.client.get("/robots.txt")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/plain"))
        lines = response.content.decode().splitlines()
        self.assertEqual(lines[0], "User-agent: *")
        self.assertIn("Disallow: /admin/", lines)
        # Search results in every language, named one by one.
        self.assertIn("Disallow: /search/", lines)
        self.assertIn("Disallow: /fr/search/", lines)
        self.assertIn("Disallow: /zh-hans/search/", lines)
        self.assertNotIn("Disallow: /", lines)
        self.assertIn("Sitemap: http://testserver/sitemap.xml", lines)
        self.assertIn("Sitemap: http://testserver/sitemap-news.xml", lines)
