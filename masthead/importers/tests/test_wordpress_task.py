"""The worker's WordPress import (what the admin upload starts) and --fetch-media over HTTP."""

from __future__ import annotations

import functools
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test import TestCase, override_settings
from wagtail.images import get_image_model

from masthead.articles.models import ArticlePage
from masthead.importers.models import ImportRun, WordPressPost
from masthead.importers.tasks import run_wordpress_import
from masthead.importers.tests.test_wordpress_import import MAPPING, SITE, make_uploads
from masthead.taxonomy.models import Region
from masthead.testing import build_outlet

BROKEN = SITE.parent / "broken-date.xml"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class ImportRunTaskTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        build_outlet("The Estuary Courier")

    def start(self, path: Path, **options: object) -> ImportRun:
        run = ImportRun.objects.create(
            file=ContentFile(path.read_bytes(), name=path.name), options=options
        )
        with self.captureOnCommitCallbacks(execute=True):
            run_wordpress_import.enqueue(run.pk)
        run.refresh_from_db()
        return run

    def test_a_run_imports_the_file_and_records_progress_and_counts(self) -> None:
        run = ImportRun.objects.create(
            file=ContentFile(SITE.read_bytes(), name=SITE.name), options={"mapping": MAPPING}
        )
        stored = run.file.name
        self.assertTrue(default_storage.exists(stored))
        with self.captureOnCommitCallbacks(execute=True):
            run_wordpress_import.enqueue(run.pk)
        run.refresh_from_db()
        # The export (drafts, authors' e-mail addresses) does not stay in public media.
        self.assertFalse(default_storage.exists(stored))
        self.assertEqual(run.file.name, "")
        self.assertEqual(run.status, ImportRun.Status.DONE)
        self.assertEqual((run.total, run.done, run.percent), (5, 5, 100))
        self.assertEqual((run.created_count, run.updated_count, run.skipped_count), (5, 0, 0))
        self.assertIsNotNone(run.finished_at)
        self.assertEqual(ArticlePage.objects.count(), 5)
        self.assertEqual([r.name for r in Region.objects.all()], ["Lower Valley"])
        # No media asked for: the images are named as left out, the posts still land.
        self.assertIn("image https://estuary-courier.example/", run.errors)
        again = self.start(SITE, mapping=MAPPING)
        self.assertEqual((again.created_count, again.skipped_count), (0, 5))
        self.assertEqual(ArticlePage.objects.count(), 5)

    def test_a_malformed_file_fails_the_run_with_the_line_and_writes_nothing(self) -> None:
        run = self.start(BROKEN)
        self.assertEqual(run.file.name, "")  # refused, and not kept
        self.assertEqual(run.status, ImportRun.Status.FAILED)
        self.assertIn("line 105, <wp:post_date_gmt>", run.errors)
        self.assertIn("nothing was written", run.errors)
        self.assertEqual((run.done, run.created_count), (0, 0))
        self.assertEqual(ArticlePage.objects.count(), 0)

    def test_a_run_started_twice_imports_once(self) -> None:
        run = self.start(SITE)
        with self.captureOnCommitCallbacks(execute=True):
            run_wordpress_import.enqueue(run.pk)
        self.assertEqual(WordPressPost.objects.count(), 5)
        self.assertEqual(ArticlePage.objects.count(), 5)


class FetchMediaTests(TestCase):
    """Images downloaded from the old site, here a local server holding wp-content/uploads."""

    @classmethod
    def setUpTestData(cls) -> None:
        build_outlet("The Estuary Courier")

    def setUp(self) -> None:
        root = Path(tempfile.mkdtemp(prefix="wxr-site-"))
        make_uploads(root / "wp-content" / "uploads")
        handler = functools.partial(_Quiet, directory=str(root))
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.addCleanup(self.server.server_close)
        self.addCleanup(self.server.shutdown)
        self.host = f"127.0.0.1:{self.server.server_address[1]}"
        self.export = root / "export.xml"
        self.export.write_text(
            SITE.read_text(encoding="utf-8").replace(
                "https://estuary-courier.example/wp-content/", f"http://{self.host}/wp-content/"
            ),
            encoding="utf-8",
        )

    def test_fetch_media_downloads_each_attachment_once(self) -> None:
        with override_settings(MASTHEAD_INGEST_ALLOW_PRIVATE_HOSTS=[self.host]):
            for _ in range(2):
                out = StringIO()
                call_command("import_wordpress", str(self.export), "--fetch-media", stdout=out)
        self.assertIn("0 images", out.getvalue())  # the second run fetched nothing again
        self.assertEqual(get_image_model().objects.count(), 2)
        birds = WordPressPost.objects.get(wp_id=11).page.specific
        self.assertEqual(birds.featured_image.width, 64)
        self.assertEqual(birds.body[2].value["image"], birds.featured_image)

    def test_private_addresses_are_refused_without_the_test_setting(self) -> None:
        out = StringIO()
        call_command("import_wordpress", str(self.export), "--fetch-media", stdout=out)
        self.assertIn("Image not imported", out.getvalue())
        self.assertIn("private or reserved network", out.getvalue())
        self.assertEqual(get_image_model().objects.count(), 0)
        # The posts still arrive, without the pictures.
        self.assertEqual(ArticlePage.objects.count(), 5)
