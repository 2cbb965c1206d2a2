"""The text importer under generated and mutated inputs (Hypothesis; see ``fuzz.py``).

Every input ends as an import or one of the importer's clean errors, and a refused import
writes nothing. A few hundred examples here keep the suite quick; ``bench/fuzz_import.py``
runs 10,000.
"""

from __future__ import annotations

import shutil
import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, given, settings
from hypothesis.extra.django import TestCase

from masthead.articles.models import ArticlePage
from masthead.importers.tests.fuzz import (
    article_bytes,
    article_texts,
    check_file,
    check_text,
    corpus,
)
from masthead.people.models import Author
from masthead.testing import build_outlet

SEEDS = corpus()
FUZZ = settings(
    deadline=None,
    database=None,  # the same examples on every machine: seeded, nothing remembered
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


class FuzzImportTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        build_outlet()

    def test_the_corpus_imports_or_is_refused_cleanly(self) -> None:
        outcomes = {check_text(text) for text in SEEDS}
        self.assertIn("imported", outcomes)
        self.assertIn("ArticleParseError", outcomes)  # the broken_*.txt files

    def test_a_file_without_a_lead_is_refused_with_the_reason(self) -> None:
        # Found by the fuzzer: the page's own rule surfaced as a traceback.
        path = self.write("Ferry Fares Rise\n\nBy Ada Quill\n\nFares rise in July.\n")
        with self.assertRaisesMessage(CommandError, "Lead: This field cannot be blank."):
            call_command("import_article", str(path), "--publish", stdout=StringIO())
        self.assertFalse(Author.objects.filter(name="Ada Quill").exists())

    def test_a_byline_naming_someone_twice_credits_them_once(self) -> None:
        # Found by the fuzzer: "By 00 and 00" broke the bylines' unique constraint.
        text = "Ferry Fares Rise\n\nBy Ada Quill and ada quill\n\n*Fares rise.*\n\nIn July.\n"
        call_command("import_article", str(self.write(text)), stdout=StringIO())
        article = ArticlePage.objects.get(slug="ferry-fares-rise")
        self.assertEqual([b.author.name for b in article.article_authors.all()], ["Ada Quill"])

    def write(self, text: str) -> Path:
        folder = Path(tempfile.mkdtemp(prefix="masthead-fuzz-"))
        self.addCleanup(shutil.rmtree, folder)
        (folder / "article.txt").write_text(text, encoding="utf-8")
        return folder / "article.txt"

    @settings(FUZZ, max_examples=200)
    @given(text=article_texts(SEEDS))
    def test_texts_end_in_an_import_or_a_clean_error(self, text: str) -> None:
        self.assertIn(check_text(text), {"imported", "ArticleParseError", "ImportRefused"})

    @settings(FUZZ, max_examples=50)
    @given(data=article_bytes(SEEDS))
    def test_files_end_in_an_import_or_a_command_error(self, data: bytes) -> None:
        self.assertIn(check_file(data), {"imported", "CommandError"})
