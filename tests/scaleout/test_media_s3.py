"""Media in an S3-compatible bucket: uploads and renditions are stored there and readers load
them from there, with long cache lifetimes."""

import io
import re
import urllib.request
from email.message import Message

from django.conf import settings
from django.test import TestCase
from PIL import Image

from masthead.images.drawing import draw_motif, image_file
from masthead.images.models import CustomImage
from masthead.testing import build_outlet, publish_article


def fetch(url: str) -> tuple[int, Message, bytes]:
    """What a reader's browser gets for ``url`` (headers looked up case-insensitively)."""
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback server
        return response.status, response.headers, response.read()


class S3MediaTests(TestCase):
    def setUp(self) -> None:
        self.bucket_url = f"{settings.S3_ENDPOINT_URL}/{settings.S3_BUCKET}/"
        self.image = CustomImage.objects.create(
            title="Harbour at dusk",
            file=image_file(draw_motif("waves", 190, (640, 360)), "harbour-at-dusk.jpg"),
        )

    def test_upload_and_rendition_are_served_from_the_bucket(self) -> None:
        self.assertEqual((self.image.width, self.image.height), (640, 360))
        original = self.image.file.url
        self.assertTrue(original.startswith(self.bucket_url), original)
        self.assertNotIn("Signature", original)  # cached pages must not carry expiring URLs

        rendition = self.image.get_rendition("fill-160x90")
        self.assertTrue(rendition.url.startswith(self.bucket_url), rendition.url)
        status, headers, body = fetch(rendition.url)
        self.assertEqual(status, 200)
        self.assertEqual(headers["Content-Type"], "image/jpeg")
        self.assertEqual(headers["Cache-Control"], "public, max-age=31536000, immutable")
        self.assertEqual(Image.open(io.BytesIO(body)).size, (160, 90))

        # The original keeps a day's lifetime, as when served from disk.
        status, headers, body = fetch(original)
        self.assertEqual((status, Image.open(io.BytesIO(body)).size), (200, (640, 360)))
        self.assertEqual(headers["Cache-Control"], "public, max-age=86400")

    def test_readers_load_the_article_picture_from_the_bucket(self) -> None:
        outlet = build_outlet()
        article = publish_article(
            outlet, title="Night shift at the container port", featured_image=self.image
        )
        html = self.client.get(article.url).content.decode()
        urls = set(re.findall(re.escape(self.bucket_url) + r"[^\s\"'<>,]+", html))
        self.assertTrue(urls, "the article page names no picture in the bucket")
        for url in urls:
            with self.subTest(url=url):
                status, headers, body = fetch(url)
                self.assertEqual(status, 200)
                self.assertTrue(headers["Content-Type"].startswith("image/"))
                self.assertGreater(Image.open(io.BytesIO(body)).size[0], 0)
