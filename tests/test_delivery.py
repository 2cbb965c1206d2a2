"""What Lighthouse checks on a reader page: compression, cache lifetimes, a favicon.

Pictures (srcset, WebP, rendition lifetimes) are tested in masthead/images/tests/test_delivery.py,
tap target sizes in tests/browser/test_tap_targets.py.
"""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.test import RequestFactory, TestCase, override_settings
from whitenoise.middleware import WhiteNoiseMiddleware

from masthead.testing import build_outlet, publish_article

ACCEPT_GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


class CompressionTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        publish_article(cls.outlet, title="Grain ships wait at the harbour", slug="grain-ships")

    def test_article_html_is_gzipped_for_browsers_that_accept_it(self) -> None:
        response = self.client.get("/articles/grain-ships/", **ACCEPT_GZIP)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Encoding"], "gzip")
        self.assertIn("Accept-Encoding", response["Vary"])
        html = gzip.decompress(response.content).decode()
        self.assertIn("Grain ships wait at the harbour", html)

    def test_feed_is_gzipped_and_still_answers_304(self) -> None:
        response = self.client.get("/feeds/rss/", **ACCEPT_GZIP)
        self.assertEqual(response["Content-Encoding"], "gzip")
        self.assertIn(b"Grain ships wait", gzip.decompress(response.content))
        again = self.client.get("/feeds/rss/", HTTP_IF_NONE_MATCH=response["ETag"], **ACCEPT_GZIP)
        self.assertEqual(again.status_code, 304)

    def test_plain_for_clients_that_do_not_ask(self) -> None:
        response = self.client.get("/articles/grain-ships/")
        self.assertFalse(response.has_header("Content-Encoding"))
        self.assertIn(b"Grain ships wait", response.content)


class FaviconTests(TestCase):
    def test_favicon_ico_answers_at_the_root(self) -> None:
        response = self.client.get("/favicon.ico")
        self.assertEqual(response.status_code, 200)
        self.assertIn(response["Content-Type"], ("image/x-icon", "image/vnd.microsoft.icon"))
        body = b"".join(response.streaming_content)  # type: ignore[attr-defined]
        self.assertEqual(body[:4], b"\x00\x00\x01\x00")  # the ICO signature
        self.assertIn("max-age=86400", response["Cache-Control"])

    def test_pages_link_the_icons(self) -> None:
        build_outlet()
        html = self.client.get("/").content.decode()
        self.assertRegex(html, r'<link rel="icon" href="/static/favicon\.ico"')
        self.assertRegex(
            html, r'<link rel="icon" href="/static/favicon\.svg" type="image/svg\+xml"'
        )


class HashedStaticFilesTests(TestCase):
    """collectstatic + WhiteNoise as production runs them (tests use the plain storage)."""

    def test_hashed_stylesheet_is_immutable_for_ten_years(self) -> None:
        with tempfile.TemporaryDirectory() as root:
            storages = {
                **settings.STORAGES,
                "staticfiles": {
                    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
                },
            }
            with override_settings(
                STATIC_ROOT=root,
                STORAGES=storages,
                WHITENOISE_USE_FINDERS=False,
                WHITENOISE_AUTOREFRESH=False,
            ):
                call_command("collectstatic", "--noinput", "-v0")
                url = staticfiles_storage.url("css/masthead.css")
                self.assertRegex(url, r"^/static/css/masthead\.[0-9a-f]{12}\.css$")
                self.assertTrue((Path(root) / url.removeprefix("/static/")).is_file())
                whitenoise = WhiteNoiseMiddleware(lambda request: None)  # type: ignore[arg-type,return-value]
                response = whitenoise(RequestFactory().get(url, **ACCEPT_GZIP))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Cache-Control"], "max-age=315360000, public, immutable")
        self.assertIn(response["Content-Encoding"], ("br", "gzip"))
