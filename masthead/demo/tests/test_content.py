"""The demo's data files: every article reads cleanly through the importer's parser.

The demo is the importer's largest regular input, so these double as parser regression tests.
"""

import shutil
import tempfile
from pathlib import Path

from django.test import SimpleTestCase

from masthead.demo.content import CONTENT_DIR, DemoContentError, read_content
from masthead.importers.text.parser import parse_article_file


class DemoContentTests(SimpleTestCase):
    @classmethod
    def setUpClass(cls) -> None:
        super().setUpClass()
        cls.content = read_content()

    def test_every_article_reads_without_leftovers(self) -> None:
        content = self.content
        authors = {author["name"] for author in content.authors}
        partners = {partner["name"] for partner in content.partners}
        regions = {term["name"] for term in content.regions}
        themes = {term["name"] for term in content.themes}
        reports = {term["name"] for term in content.reports}
        self.assertGreaterEqual(len(content.articles), 40)
        for slug in content.articles:
            with self.subTest(slug):
                parsed = parse_article_file(content.article_file(slug))
                # Nothing in the demo's files is boilerplate the importer has to drop.
                self.assertEqual(parsed.skipped, [])
                self.assertTrue(parsed.lead)
                self.assertGreaterEqual(len(parsed.body), 4)
                self.assertTrue(parsed.featured_image_credit)
                self.assertLessEqual({a.name for a in parsed.authors}, authors)
                self.assertLessEqual(set(parsed.regions), regions)
                self.assertLessEqual(set(parsed.themes), themes)
                self.assertLessEqual(set(parsed.reports), reports)
                if parsed.source_name:
                    self.assertIn(parsed.source_name, partners)
                    self.assertTrue(parsed.original_url.startswith("https://"))

    def test_translations_follow_their_source_block_by_block(self) -> None:
        content = self.content
        for code in ("fr", "es", "ru", "ar"):
            articles = content.translations[code]["articles"]
            self.assertEqual(len(articles), 3)
            for slug in articles:
                with self.subTest(f"{code}/{slug}"):
                    source = parse_article_file(content.article_file(slug))
                    parsed = parse_article_file(content.translated_article_file(code, slug))
                    self.assertEqual(parsed.skipped, [])
                    self.assertNotEqual(parsed.title, source.title)
                    self.assertTrue(parsed.lead)
                    self.assertEqual(
                        [block.kind for block in parsed.body],
                        [block.kind for block in source.body],
                    )

    def test_a_file_missing_from_demo_toml_is_named(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "content"
            shutil.copytree(CONTENT_DIR, copy)
            (copy / "articles" / "an-unlisted-piece.md").write_text("# A piece\n\nBy Someone\n")
            with self.assertRaisesMessage(DemoContentError, "an-unlisted-piece"):
                read_content(copy)
