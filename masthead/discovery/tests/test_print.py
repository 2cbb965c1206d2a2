"""The print view: the article alone on paper, with its attribution and its address."""

import datetime

from django.test import TestCase

from masthead.images.factories import CustomImageFactory
from masthead.people.factories import AuthorFactory
from masthead.testing import (
    build_outlet,
    harbour_ledger,
    publish_article,
    publish_own_reporting,
    republish_grain_ships,
    translate,
)


class PrintViewTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.writer = AuthorFactory(
            name="Ines Alvarado", bio="<p>Ines covers ports and shipping.</p>"
        )
        cls.republished = republish_grain_ships(
            cls.outlet,
            lead="<p>Queues at the <b>harbour mouth</b> tell a longer story.</p>",
            first_published=datetime.date(2024, 3, 1),
            featured_image=CustomImageFactory(credit="Port Authority archive"),
            authors=[(cls.writer, "author")],
            partner=harbour_ledger(),
        )
        cls.original = publish_own_reporting(cls.outlet, cls.writer, datetime.date(2023, 7, 1))

    def get(self, url: str):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response

    def test_prints_the_whole_article_with_attribution_and_address(self) -> None:
        response = self.get("/articles/grain-ships/print/")
        for text in (
            '<h1 id="article-title">Why the grain ships wait</h1>',
            ">Ines Alvarado</a>",
            'datetime="2024-03-05"',
            "<b>harbour mouth</b>",
            "Featured image is from Port Authority archive",
            '<h2 class="story__subheading">What comes next</h2>',
            "Ines covers ports and shipping.",
            "The original source of this article is Harbour Ledger",
            "https://harbourledger.example/grain",
            "Copyright © Ines Alvarado, Harbour Ledger, 2024",
            "CC BY-ND 4.0",
            "URL of this article: "
            '<a href="http://localhost/articles/grain-ships/">'
            "http://localhost/articles/grain-ships/</a>",
            "The Test Courier",
        ):
            self.assertContains(response, text)

    def test_is_not_indexed_and_points_search_engines_at_the_article(self) -> None:
        republished = self.get("/articles/grain-ships/print/")
        self.assertContains(republished, '<meta name="robots" content="noindex, follow">')
        self.assertEqual(republished["X-Robots-Tag"], "noindex")
        # The same canonical as the article page: the partner's original here.
        self.assertContains(
            republished, '<link rel="canonical" href="https://harbourledger.example/grain">'
        )
        original = self.get("/articles/own/print/")
        self.assertContains(
            original, '<link rel="canonical" href="http://localhost/articles/own/">'
        )
        self.assertContains(original, "Copyright © Ines Alvarado, The Test Courier, 2023")
        self.assertNotContains(original, "The original source of this article is")

    def test_has_no_site_chrome_scripts_or_per_reader_content(self) -> None:
        response = self.get("/articles/own/print/")
        for text in ("site-header", "site-footer", "main-nav", "<script", "csrfmiddlewaretoken"):
            self.assertNotContains(response, text)
        self.assertNotIn("Set-Cookie", response.headers)

    def test_article_page_links_to_its_print_view(self) -> None:
        response = self.get("/articles/own/")
        self.assertContains(
            response, '<a href="/articles/own/print/" rel="nofollow">Print this article</a>'
        )

    def test_translation_prints_in_its_language(self) -> None:
        translate(self.original, "fr", title="Notre propre enquête")
        response = self.get("/fr/articles/own/print/")
        self.assertContains(response, '<html lang="fr"')
        self.assertContains(response, "Notre propre enquête")
        self.assertContains(response, 'href="http://localhost/fr/articles/own/"')
        self.assertContains(self.get("/fr/articles/own/"), 'href="/fr/articles/own/print/"')

    def test_only_public_articles_have_a_print_view(self) -> None:
        self.assertEqual(self.client.get("/articles/nothing/print/").status_code, 404)
        self.assertEqual(self.client.get("/print/").status_code, 404)
        self.assertEqual(self.client.get("/articles/print/").status_code, 404)
        self.original.unpublish()
        self.assertEqual(self.client.get("/articles/own/print/").status_code, 404)

    def test_pages_named_print_are_still_served(self) -> None:
        publish_article(self.outlet, title="Print is not dead", slug="print")
        response = self.get("/articles/print/")
        self.assertContains(response, "Print is not dead")
        self.assertContains(response, "site-header")  # the article page, not a print view
        AuthorFactory(name="Print")
        self.assertContains(self.get("/authors/print/"), "Articles by Print")

    def test_print_stylesheet_hides_the_site_chrome(self) -> None:
        response = self.client.get("/static/css/masthead.css")
        self.assertEqual(response.status_code, 200)
        css = b"".join(response.streaming_content).decode()
        print_rules = css[css.index("@media print") :]
        for selector in (".site-header", ".site-footer", ".article-tools"):
            self.assertIn(selector, print_rules)
