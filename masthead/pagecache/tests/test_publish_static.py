"""`publish_static DIR` writes the public site as files, and publishing keeps them current."""

from __future__ import annotations

import gzip
import tempfile
from io import StringIO
from pathlib import Path

import brotli
from django.core.management import call_command
from django.test import TestCase, override_settings
from wagtail.models import Locale

from masthead.pagecache.conf import reset_store
from masthead.pagecache.static_site import file_path
from masthead.pagecache.tests.support import publish_harbour_queues
from masthead.testing import build_outlet


@override_settings(MASTHEAD_PAGE_CACHE=True, MASTHEAD_PAGE_CACHE_STORE="memory")
class PublishStaticTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        french = Locale.objects.get_or_create(language_code="fr")[0]
        cls.outlet.home.copy_for_translation(french).save_revision().publish()
        for section in cls.outlet.home.get_children().specific():
            section.copy_for_translation(french).save_revision().publish()
        cls.ines, cls.article = publish_harbour_queues(cls.outlet)
        french_copy = cls.article.copy_for_translation(french)
        french_copy.title = "Files d'attente au port"
        french_copy.save_revision().publish()

    def setUp(self) -> None:
        reset_store()
        self.addCleanup(reset_store)
        self.root = Path(tempfile.mkdtemp(prefix="masthead-test-static-site-"))

    def publish_static(self) -> str:
        out = StringIO()
        call_command("publish_static", str(self.root), stdout=out)
        return out.getvalue()

    def read(self, relative: str) -> str:
        return (self.root / relative).read_text()

    def test_writes_every_reader_page_with_compressed_variants(self) -> None:
        self.assertIn("Wrote", self.publish_static())
        for relative in [
            "index.html",
            "fr/index.html",
            "articles/index.html",
            "articles/harbour-queues/index.html",
            "fr/articles/harbour-queues/index.html",
            "authors/ines/index.html",
            "feeds/rss/index.rss",
            "feeds/atom/index.atom",
            "sitemap.xml",
            "robots.txt",
        ]:
            with self.subTest(relative):
                plain = (self.root / relative).read_bytes()
                self.assertGreater(len(plain), 0)
                self.assertEqual(
                    gzip.decompress(self.root.joinpath(f"{relative}.gz").read_bytes()), plain
                )
                self.assertEqual(
                    brotli.decompress(self.root.joinpath(f"{relative}.br").read_bytes()), plain
                )
        self.assertIn(
            "Files d&#x27;attente au port", self.read("fr/articles/harbour-queues/index.html")
        )
        # nginx runs as another user: the files must be readable by it.
        self.assertTrue((self.root / "articles/index.html.br").stat().st_mode & 0o004)
        # Nothing personal or private is written.
        self.assertFalse((self.root / "admin").exists())
        self.assertFalse((self.root / "search").exists())

    def test_publishing_keeps_the_files_current(self) -> None:
        self.publish_static()
        with override_settings(MASTHEAD_STATIC_DIR=str(self.root)):
            with self.captureOnCommitCallbacks(execute=True):
                self.article.title = "Harbour queues lengthen"
                self.article.save_revision().publish()
            self.assertIn(
                "Harbour queues lengthen", self.read("articles/harbour-queues/index.html")
            )
            self.assertIn("Harbour queues lengthen", self.read("articles/index.html"))
            self.assertIn(
                "Harbour queues lengthen",
                gzip.decompress((self.root / "index.html.gz").read_bytes()).decode(),
            )
            with self.captureOnCommitCallbacks(execute=True):
                self.article.unpublish()
            self.assertFalse((self.root / "articles/harbour-queues/index.html").exists())
            self.assertFalse((self.root / "articles/harbour-queues/index.html.br").exists())
            self.assertNotIn("Harbour queues", self.read("articles/index.html"))

    def test_paths_stay_inside_the_folder(self) -> None:
        self.assertEqual(
            file_path(self.root, "http://x/articles/?page=2", "text/html; charset=utf-8"),
            (self.root / "articles/page-2.html").resolve(),
        )
        with self.assertRaises(ValueError):
            file_path(self.root, "http://x/../../etc/passwd", "text/plain")
