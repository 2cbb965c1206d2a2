"""The language menu and hreflang alternates link only versions that exist and are live."""

from __future__ import annotations

import re

from django.conf import settings
from django.test import TestCase
from wagtail.models import Locale, Page

from masthead.people.factories import AuthorFactory
from masthead.people.models import Author
from masthead.taxonomy.factories import RegionFactory
from masthead.testing import build_outlet, count_queries, publish_article

HOST = "news.courier.example"
ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">')


def translate_sections(outlet, code: str) -> None:
    """The front page and every section in ``code``, published (as the demo has them)."""
    locale = Locale.objects.get(language_code=code)
    outlet.home.copy_for_translation(locale).save_revision().publish()
    for section in outlet.home.get_children().specific():
        section.copy_for_translation(locale).save_revision().publish()


def translate_author(author: Author, code: str, **fields: str) -> Author:
    copy = author.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


class AuthorPageLanguagesTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        for code in ("fr", "de", "ar"):
            translate_sections(cls.outlet, code)
        cls.ines = AuthorFactory(name="Ines Alvarado", slug="ines")
        translate_author(cls.ines, "fr", short_bio="Écrit sur les ports.")
        publish_article(cls.outlet, title="Harbour queues", authors=[(cls.ines, "author")])

    def get(self, url: str) -> str:
        response = self.client.get(url, HTTP_HOST=HOST)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def menu(self, html: str) -> str:
        start = html.index('<details class="language-menu">')
        return html[start : html.index("</details>", start)]

    def test_menu_links_the_one_translation_and_explains_the_rest(self) -> None:
        menu = self.menu(self.get("/authors/ines/"))
        self.assertIn('<a href="/fr/authors/ines/" hreflang="fr">Français</a>', menu)
        # German and Arabic sections exist, but this author has no page in them.
        self.assertNotIn('href="/de/authors/ines/"', menu)
        self.assertNotIn('href="/ar/authors/ines/"', menu)
        self.assertIn("Deutsch <small>— not available yet</small>", menu)
        # English (this page) and French.
        self.assertIn(f"2 of {len(settings.LANGUAGES)} languages", menu)

    def test_links_in_the_menu_answer(self) -> None:
        menu = self.menu(self.get("/authors/ines/"))
        for href in re.findall(r'href="([^"]+)"', menu):
            with self.subTest(href):
                self.assertEqual(self.client.get(href).status_code, 200)
        self.assertEqual(self.client.get("/de/authors/ines/").status_code, 404)

    def test_hreflang_lists_english_and_french_on_the_host_being_served(self) -> None:
        alternates = dict(ALTERNATE.findall(self.get("/authors/ines/")))
        self.assertEqual(
            alternates,
            {
                "en": f"http://{HOST}/authors/ines/",
                "fr": f"http://{HOST}/fr/authors/ines/",
                "x-default": f"http://{HOST}/authors/ines/",
            },
        )

    def test_french_page_links_back_to_english(self) -> None:
        html = self.get("/fr/authors/ines/")
        menu = self.menu(html)
        self.assertIn('<a href="/authors/ines/" hreflang="en">English</a>', menu)
        self.assertIn('aria-current="true" class="language-menu__current">Français', menu)
        self.assertEqual(dict(ALTERNATE.findall(html))["en"], f"http://{HOST}/authors/ines/")

    def test_a_translated_slug_is_followed(self) -> None:
        lena = AuthorFactory(name="Lena Vogt", slug="lena-vogt")
        translate_author(lena, "de", slug="lena-vogt-de")
        html = self.get("/authors/lena-vogt/")
        self.assertIn('<a href="/de/authors/lena-vogt-de/" hreflang="de">', self.menu(html))
        self.assertEqual(
            dict(ALTERNATE.findall(html))["de"], f"http://{HOST}/de/authors/lena-vogt-de/"
        )
        self.assertEqual(self.client.get("/de/authors/lena-vogt-de/").status_code, 200)

    def test_an_author_in_one_language_has_no_alternates(self) -> None:
        AuthorFactory(name="Sam Okoro", slug="sam-okoro")
        html = self.get("/authors/sam-okoro/")
        self.assertEqual(ALTERNATE.findall(html), [])
        self.assertNotIn('hreflang="fr"', self.menu(html))

    def test_a_draft_section_hides_the_translation(self) -> None:
        """The author exists in French, but the French author index is not live."""
        french_index = self.outlet.authors.get_translation(Locale.objects.get(language_code="fr"))
        french_index.unpublish()
        html = self.get("/authors/ines/")
        self.assertNotIn('href="/fr/authors/ines/"', html)
        self.assertIn("Français <small>— not available yet</small>", self.menu(html))

    def test_the_index_page_itself_links_every_language_it_exists_in(self) -> None:
        menu = self.menu(self.get("/authors/"))
        for code in ("fr", "de", "ar"):
            self.assertIn(f'<a href="/{code}/authors/" hreflang="{code}">', menu)

    def test_queries_do_not_grow_with_the_number_of_languages(self) -> None:
        def queries(url: str) -> int:
            self.get(url)  # warm caches shared by every request (site root paths)
            with count_queries() as captured:
                self.get(url)
            return len(captured)

        one = AuthorFactory(name="One Language", slug="one-language")
        many = AuthorFactory(name="Many Languages", slug="many-languages")
        for code in ("fr", "de", "ar"):
            translate_author(many, code)
        self.assertEqual(queries(f"/authors/{one.slug}/"), queries(f"/authors/{many.slug}/"))


class TermPageLanguagesTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        translate_sections(cls.outlet, "de")
        cls.sahel = RegionFactory(name="Sahel", slug="sahel")

    def test_a_term_without_translations_links_no_other_language(self) -> None:
        html = self.client.get("/regions/sahel/", HTTP_HOST=HOST).content.decode()
        self.assertNotIn("/de/regions/sahel/", html)
        self.assertIn("Deutsch <small>— not available yet</small>", html)
        self.assertEqual(ALTERNATE.findall(html), [])

    def test_a_translated_term_is_linked_both_ways(self) -> None:
        german = self.sahel.copy_for_translation(Locale.objects.get(language_code="de"))
        german.save()
        html = self.client.get("/regions/sahel/", HTTP_HOST=HOST).content.decode()
        self.assertIn('<a href="/de/regions/sahel/" hreflang="de">Deutsch</a>', html)
        self.assertEqual(dict(ALTERNATE.findall(html))["de"], f"http://{HOST}/de/regions/sahel/")
        german_html = self.client.get("/de/regions/sahel/").content.decode()
        self.assertIn('<a href="/regions/sahel/" hreflang="en">English</a>', german_html)


class PlainPageLanguagesTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        translate_sections(cls.outlet, "fr")

    def test_an_unpublished_translation_is_not_linked(self) -> None:
        french_articles = Page.objects.get(
            translation_key=self.outlet.articles.translation_key, locale__language_code="fr"
        )
        french_articles.unpublish()
        html = self.client.get("/articles/", HTTP_HOST=HOST).content.decode()
        self.assertNotIn('href="/fr/articles/"', html)
        self.assertEqual(ALTERNATE.findall(html), [])
        self.assertIn("Français <small>— not available yet</small>", html)
