"""What readers see on every page type: article, archive, front page, authors and terms."""

import datetime

from django.core.exceptions import ValidationError
from django.test import TestCase, override_settings

from masthead.articles.models import PinnedArticle
from masthead.images.factories import CustomImageFactory
from masthead.people.factories import AuthorFactory
from masthead.taxonomy.factories import InDepthReportFactory, RegionFactory, ThemeFactory
from masthead.testing import (
    build_outlet,
    get_counting_queries,
    grow_archive,
    harbour_ledger,
    publish_article,
    publish_own_reporting,
    republish_grain_ships,
    start_archive,
)


class ArticlePageTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.writer = AuthorFactory(
            name="Ines Alvarado", bio="<p>Ines covers ports and shipping.</p>"
        )
        cls.translator = AuthorFactory(name="Tomasz Wren", bio="")
        cls.region = RegionFactory(name="Middle East & North Africa")
        cls.theme = ThemeFactory(name="Water & Climate")
        cls.report = InDepthReportFactory(name="Harbour Cities")
        cls.partner = harbour_ledger(allows_derivatives=False)
        cls.image = CustomImageFactory(credit="Port Authority archive")
        cls.article = republish_grain_ships(
            cls.outlet,
            lead="<p>Queues at the <b>harbour mouth</b> tell a longer story.</p>",
            first_published=datetime.date(2024, 3, 1),
            featured_image=cls.image,
            authors=[(cls.writer, "author"), (cls.translator, "translator")],
            regions=[cls.region],
            themes=[cls.theme],
            reports=[cls.report],
            partner=cls.partner,
        )

    def get(self):
        response = self.client.get("/articles/grain-ships/")
        self.assertEqual(response.status_code, 200)
        return response

    def test_header_has_title_byline_with_roles_and_dates(self) -> None:
        response = self.get()
        self.assertContains(
            response, '<h1 id="article-title">Why the grain ships wait</h1>', html=False
        )
        self.assertContains(
            response, 'href="/authors/ines-alvarado/" rel="author">Ines Alvarado</a>'
        )
        self.assertContains(response, "(translator)")
        self.assertContains(response, 'datetime="2024-03-05"')
        self.assertContains(response, "first published March 1, 2024")
        self.assertContains(response, "The Test Courier, <time")

    def test_taxonomy_lines_link_each_term(self) -> None:
        response = self.get()
        self.assertContains(response, "<dt>Region:</dt>")
        self.assertContains(
            response, 'href="/regions/middle-east-north-africa/">Middle East &amp; North Africa</a>'
        )
        self.assertContains(response, 'href="/themes/water-climate/">Water &amp; Climate</a>')
        self.assertContains(response, "<dt>In-depth Report:</dt>")
        self.assertContains(response, 'href="/reports/harbour-cities/">Harbour Cities</a>')

    def test_lead_body_blocks_bio_and_image_credit(self) -> None:
        response = self.get()
        self.assertContains(response, 'class="article__lead"')
        self.assertContains(response, "<b>harbour mouth</b>")
        self.assertContains(response, '<h2 class="story__subheading">What comes next</h2>')
        self.assertContains(response, "<figcaption>— A harbour pilot</figcaption>")
        self.assertContains(response, "Ines covers ports and shipping.")
        self.assertContains(response, "Featured image is from Port Authority archive")

    def test_provenance_block_and_canonical(self) -> None:
        response = self.get()
        self.assertContains(response, "The original source of this article is Harbour Ledger")
        self.assertContains(response, "Copyright © Ines Alvarado, Harbour Ledger, 2024")
        self.assertContains(response, "CC BY-ND 4.0")
        self.assertContains(
            response, '<link rel="canonical" href="https://harbourledger.example/grain">'
        )

    def test_outlet_notices_from_site_settings(self) -> None:
        response = self.get()
        for text in (
            "Share this piece with your colleagues.",
            "Authors answer for their own words.",
            "Quoted material is used for commentary.",
            "Join the Courier",
            "mailto:press@courier.example",
        ):
            self.assertContains(response, text)

    def test_original_piece_has_own_copyright_and_canonical(self) -> None:
        publish_own_reporting(self.outlet, self.writer, datetime.date(2023, 7, 1))
        response = self.client.get("/articles/own/")
        self.assertContains(response, "Copyright © Ines Alvarado, The Test Courier, 2023")
        self.assertNotContains(response, "The original source of this article is")
        self.assertContains(
            response, '<link rel="canonical" href="http://localhost/articles/own/">'
        )

    def test_reader_page_has_no_per_user_content(self) -> None:
        response = self.get()
        self.assertNotContains(response, "csrfmiddlewaretoken")
        self.assertNotIn("Cookie", response.headers.get("Vary", ""))
        self.assertNotIn("Set-Cookie", response.headers)
        # Scripts are inert structured data or first-party files: nothing inline that runs,
        # nothing from other sites.
        text = response.content.decode()
        scripts = text.count("<script")
        inert = text.count('<script type="application/ld+json"')
        own = text.count('<script src="/static/')
        self.assertEqual(scripts, inert + own)

    def test_provenance_without_partner_is_refused(self) -> None:
        self.article.partner = None
        with self.assertRaises(ValidationError) as caught:
            self.article.full_clean()
        self.assertIn("partner", caught.exception.message_dict)

    def test_original_cannot_be_newer_than_our_copy(self) -> None:
        self.article.original_date = datetime.date(2024, 4, 1)
        with self.assertRaises(ValidationError) as caught:
            self.article.full_clean()
        self.assertIn("original_date", caught.exception.message_dict)


@override_settings(LISTING_PAGE_SIZE=3)
class ListingTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.writer = AuthorFactory(name="Ines Alvarado", short_bio="Ports and shipping.")
        cls.other = AuthorFactory(name="Amara Osei")
        cls.region = RegionFactory(name="Sahel")
        cls.theme = ThemeFactory(name="Energy")
        cls.report = InDepthReportFactory(
            name="Grain Corridors",
            featured=True,
            introduction="<p>Why grain moves the way it does.</p>",
        )
        for day in range(1, 8):
            publish_article(
                cls.outlet,
                title=f"Dispatch {day}",
                slug=f"dispatch-{day}",
                date=datetime.date(2024, 1, day),
                authors=[(cls.writer, "author")],
                regions=[cls.region],
                themes=[cls.theme] if day % 2 else [],
                reports=[cls.report],
            )
        cls.pinned = cls.outlet.published[0]
        PinnedArticle.objects.create(report=cls.report, page=cls.pinned, sort_order=0)
        publish_article(
            cls.outlet,
            title="Elsewhere",
            slug="elsewhere",
            authors=[(cls.other, "author")],
            date=datetime.date(2023, 6, 1),
        )

    def titles(self, response) -> list[str]:
        return [a.title for a in response.context["articles"]]

    def test_archive_is_newest_first_and_paginated(self) -> None:
        first = self.client.get("/articles/")
        self.assertEqual(self.titles(first), ["Dispatch 7", "Dispatch 6", "Dispatch 5"])
        self.assertContains(first, "Page 1 of 3")
        self.assertContains(first, 'rel="next" href="?page=2"')
        last = self.client.get("/articles/?page=3")
        self.assertEqual(self.titles(last), ["Dispatch 1", "Elsewhere"])

    def test_pages_beyond_the_archive_are_404(self) -> None:
        self.assertEqual(self.client.get("/articles/?page=4").status_code, 404)
        self.assertEqual(self.client.get("/articles/?page=abc").status_code, 404)
        self.assertEqual(self.client.get("/authors/ines-alvarado/?page=9").status_code, 404)

    def test_author_page_lists_only_their_articles(self) -> None:
        response = self.client.get("/authors/ines-alvarado/")
        self.assertContains(response, "<h1>Articles by Ines Alvarado</h1>", html=False)
        self.assertEqual(self.titles(response), ["Dispatch 7", "Dispatch 6", "Dispatch 5"])
        self.assertNotIn(
            "Elsewhere", self.titles(self.client.get("/authors/ines-alvarado/?page=3"))
        )
        self.assertEqual(self.titles(self.client.get("/authors/amara-osei/")), ["Elsewhere"])

    def test_author_index_lists_authors(self) -> None:
        response = self.client.get("/authors/")
        self.assertContains(response, 'href="/authors/ines-alvarado/">Ines Alvarado</a>')
        self.assertContains(response, "Ports and shipping.")

    def test_unknown_author_and_term_are_404(self) -> None:
        self.assertEqual(self.client.get("/authors/nobody/").status_code, 404)
        self.assertEqual(self.client.get("/regions/atlantis/").status_code, 404)
        self.assertEqual(self.client.get("/no/such/page/").status_code, 404)
        self.assertContains(self.client.get("/no/such/page/"), "Page not found", status_code=404)

    def test_region_and_theme_pages(self) -> None:
        region = self.client.get("/regions/sahel/")
        self.assertContains(region, "<h1>Sahel</h1>", html=False)
        self.assertEqual(self.titles(region), ["Dispatch 7", "Dispatch 6", "Dispatch 5"])
        theme = self.client.get("/themes/energy/")
        self.assertEqual(self.titles(theme), ["Dispatch 7", "Dispatch 5", "Dispatch 3"])
        self.assertContains(self.client.get("/regions/"), 'href="/regions/sahel/">Sahel</a>')

    def test_report_page_has_intro_and_pinned_articles_first(self) -> None:
        response = self.client.get("/reports/grain-corridors/")
        self.assertContains(response, "Why grain moves the way it does.")
        self.assertEqual([a.title for a in response.context["pinned"]], ["Dispatch 1"])
        self.assertNotIn("Dispatch 1", self.titles(response))
        self.assertContains(response, "Essential reading")

    def test_home_page_shows_latest_reports_and_sections(self) -> None:
        response = self.client.get("/")
        self.assertEqual(
            [a.title for a in response.context["latest"]][:2], ["Dispatch 7", "Dispatch 6"]
        )
        self.assertContains(response, 'href="/reports/grain-corridors/"')
        self.assertContains(response, 'href="/regions/sahel/">Sahel</a>')
        self.assertContains(response, 'href="/themes/energy/">Energy</a>')
        self.assertContains(response, 'aria-label="Main"')
        # Each axis is a titled section of its terms, each listing its newest articles.
        for heading_id, heading in (("by-region", "By region"), ("by-theme", "By theme")):
            self.assertContains(
                response, f'<h2 id="{heading_id}" class="section-title">{heading}</h2>'
            )
        self.assertContains(response, '<h3 class="term-section__title">', count=2)

    def test_unpublished_articles_are_not_listed(self) -> None:
        self.outlet.published[-1].unpublish()
        self.assertEqual(self.client.get("/articles/elsewhere/").status_code, 404)
        self.assertNotIn("Elsewhere", self.titles(self.client.get("/authors/amara-osei/")))


class QueryCountTests(TestCase):
    """A page's query count must not grow with the archive (pages are served from cache)."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet, cls.writers, cls.region = start_archive()
        cls.report = InDepthReportFactory(name="Corridors", featured=True)

    def add_articles(self, count: int) -> None:
        grow_archive(self.outlet, count, self.writers, regions=[self.region], reports=[self.report])

    def count(self, url: str) -> int:
        return get_counting_queries(self.client, url)[1]

    def test_listing_pages_do_not_query_per_article(self) -> None:
        urls = [
            "/",
            "/articles/",
            "/regions/sahel/",
            "/reports/corridors/",
            f"/authors/{self.writers[0].slug}/",
        ]
        self.add_articles(3)
        small = {url: self.count(url) for url in urls}
        self.add_articles(12)
        large = {url: self.count(url) for url in urls}
        self.assertEqual(small, large)
