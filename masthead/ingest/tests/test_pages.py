"""Reading an article page into fields (trafilatura), and what was left out."""

from __future__ import annotations

import datetime

from django.test import SimpleTestCase

from masthead.ingest.pages import ExtractionFailed, extract_article
from masthead.ingest.tests.support import PARAGRAPHS, article_page

URL = "https://courier.example/news/ferries?utm_source=feed"


class ExtractArticleTests(SimpleTestCase):
    def test_the_fields_an_editor_checks(self) -> None:
        page = article_page("Ferries return").replace(
            "</article>",
            '<figure><img src="/media/ferry.jpg" alt="The ferry at the pier"></figure></article>',
        )
        article = extract_article(page, URL)
        self.assertEqual(article.title, "Ferries return")
        self.assertEqual(article.authors, ["Mara Velde"])
        self.assertEqual(article.published, datetime.datetime(2026, 11, 20, tzinfo=datetime.UTC))
        self.assertEqual(article.lead, "Boats run again on the lower river after the water rose.")
        self.assertEqual(article.paragraphs[0], PARAGRAPHS[0])
        self.assertIn(("subheading", "What comes next"), [(b.kind, b.text) for b in article.blocks])
        self.assertEqual(article.images[0].src, "https://courier.example/media/ferry.jpg")
        self.assertEqual(article.images[0].alt, "The ferry at the pier")
        self.assertEqual(article.original_url, URL)
        for left_out in ("Subscribe to our newsletter", "By Mara Velde", "Home"):
            self.assertIn(left_out, article.boilerplate)
        self.assertNotIn(PARAGRAPHS[1], article.boilerplate)

    def test_markup_characters_in_the_text_stay_text(self) -> None:
        page = article_page("Ferries return").replace(
            PARAGRAPHS[1], PARAGRAPHS[1] + " Fares rose *sharply* to [two] coins."
        )
        article = extract_article(page, URL)
        self.assertIn(r"Fares rose \*sharply\* to \[two\] coins.", article.paragraphs[1])
        self.assertIn("Fares rose *sharply* to [two] coins.", article.plain_text())

    def test_a_latin1_page_declared_in_its_meta_tag(self) -> None:
        page = article_page("Café crème on the quay", charset="iso-8859-1").encode("latin-1")
        self.assertEqual(extract_article(page, URL).title, "Café crème on the quay")

    def test_a_page_without_an_article_is_refused(self) -> None:
        for html in ("", "<html><body><nav><a href='/'>Home</a></nav></body></html>"):
            with self.subTest(html=html), self.assertRaises(ExtractionFailed) as caught:
                extract_article(html, URL)
            self.assertEqual(caught.exception.code, "no-article")
