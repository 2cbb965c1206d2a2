"""Each limit, passed: the request or upload over it is refused with a clear answer."""

from __future__ import annotations

import io
import struct
import warnings
import zlib

from django.conf import settings
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from PIL import Image
from wagtail.images import get_image_model

from masthead.accounts.models import User
from masthead.images.drawing import draw_motif

LOGIN = "/admin/login/"


def png_declaring(width: int, height: int) -> bytes:
    """A PNG of a few dozen bytes whose header claims ``width`` × ``height`` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    pixels = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


class BodySizeTests(TestCase):
    def test_a_form_body_over_the_limit_is_refused(self) -> None:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        self.assertEqual(limit, 5 * 1024 * 1024)
        body = b"username=editor&password=" + b"x" * limit
        response = self.client.generic(
            "POST", LOGIN, body, content_type="application/x-www-form-urlencoded"
        )
        self.assertEqual(response.status_code, 400)

    def test_a_form_body_under_the_limit_is_read(self) -> None:
        body = b"username=editor&password=" + b"x" * 1000
        response = self.client.generic(
            "POST", LOGIN, body, content_type="application/x-www-form-urlencoded"
        )
        self.assertEqual(response.status_code, 200)  # the login form, with its error


class ImageUploadTests(TestCase):
    def setUp(self) -> None:
        editor = User.objects.create_superuser("editor", "editor@courier.example", "pw-123456")
        self.client.force_login(editor)

    def upload(self, data: bytes, name: str):
        return self.client.post(
            "/admin/images/add/",
            {"title": name, "file": SimpleUploadedFile(name, data), "credit": "", "tags": ""},
        )

    def test_limits_are_the_configured_ones(self) -> None:
        self.assertEqual(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE, 20 * 1024 * 1024)
        self.assertEqual(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS, 50_000_000)

    def test_an_ordinary_photo_is_accepted(self) -> None:
        response = self.upload(draw_motif("waves", 190, (640, 360)), "harbour.jpg")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(get_image_model().objects.filter(title="harbour.jpg").count(), 1)

    @override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=20_000)
    def test_a_file_over_the_upload_size_is_refused(self) -> None:
        data = draw_motif("waves", 190, (1600, 900))
        self.assertGreater(len(data), 20_000)
        response = self.upload(data, "large.jpg")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This file is too big")
        self.assertFalse(get_image_model().objects.filter(title="large.jpg").exists())

    def test_a_tiny_png_declaring_huge_dimensions_is_refused(self) -> None:
        bomb = png_declaring(100_000, 100_000)
        self.assertLess(len(bomb), 200)
        response = self.upload(bomb, "bomb.png")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This file has too many pixels")
        self.assertFalse(get_image_model().objects.filter(title="bomb.png").exists())

    def test_pillow_refuses_the_same_images_anywhere_else(self) -> None:
        self.assertEqual(Image.MAX_IMAGE_PIXELS, settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS)
        # Far over: Pillow's own error.
        with self.assertRaises(Image.DecompressionBombError):
            Image.open(io.BytesIO(png_declaring(100_000, 100_000)))
        # Just over the limit (60 million pixels), where Pillow would only warn.
        with warnings.catch_warnings(), self.assertRaises(Image.DecompressionBombWarning):
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            Image.open(io.BytesIO(png_declaring(10_000, 6_000)))
        Image.open(io.BytesIO(png_declaring(7_000, 7_000))).close()  # 49 million: fine


@override_settings(MASTHEAD_RATE_LIMITS={"forms": "3/600"})
class FormRateLimitTests(TestCase):
    def setUp(self) -> None:
        cache.clear()
        self.addCleanup(cache.clear)

    def test_posts_over_the_limit_get_a_429_that_says_when_to_retry(self) -> None:
        for _ in range(3):
            response = self.client.post("/admin/password_reset/", {"email": "a@b.example"})
            self.assertNotEqual(response.status_code, 429)
        refused = self.client.post("/admin/password_reset/", {"email": "a@b.example"})
        self.assertEqual(refused.status_code, 429)
        retry_after = int(refused["Retry-After"])
        self.assertTrue(0 < retry_after <= 600, retry_after)
        self.assertEqual(refused["Cache-Control"], "no-store")
        self.assertContains(refused, "Too many requests", status_code=429)
        self.assertContains(refused, "Please try again in", status_code=429)
        # Reading is not a form post: the same visitor still gets pages.
        self.assertEqual(self.client.get(LOGIN).status_code, 200)

    def test_another_address_is_counted_on_its_own(self) -> None:
        for _ in range(4):
            self.client.post(LOGIN, {"username": "x", "password": "y"})
        other = self.client.post(
            LOGIN, {"username": "x", "password": "y"}, REMOTE_ADDR="198.51.100.7"
        )
        self.assertEqual(other.status_code, 200)

    def test_signed_in_editors_are_not_limited(self) -> None:
        editor = User.objects.create_superuser("editor", "editor@courier.example", "pw-123456")
        self.client.force_login(editor)
        for _ in range(5):
            response = self.client.post("/admin/password_reset/", {"email": "a@b.example"})
            self.assertNotEqual(response.status_code, 429)


@override_settings(AXES_ENABLED=True)
class LoginLockoutTests(TestCase):
    def setUp(self) -> None:
        User.objects.create_user("editor", "editor@courier.example", "correct horse")

    def login(self, password: str, address: str = "203.0.113.5"):
        return self.client.post(
            LOGIN, {"username": "editor", "password": password}, REMOTE_ADDR=address
        )

    def test_after_five_failures_even_the_right_password_is_refused(self) -> None:
        self.assertEqual(settings.AXES_FAILURE_LIMIT, 5)
        for attempt in range(4):
            response = self.login("wrong guess")
            self.assertEqual(response.status_code, 200, attempt)  # the form, with its error
        self.assertEqual(self.login("wrong guess").status_code, 429)  # the fifth locks
        locked = self.login("correct horse")
        self.assertEqual(locked.status_code, 429)
        self.assertEqual(int(locked["Retry-After"]), 15 * 60)
        self.assertContains(locked, "Sign-in for this account is paused", status_code=429)
        self.assertNotIn("_auth_user_id", self.client.session)
        self.assertEqual(self.client.get("/admin/").status_code, 302)  # still signed out

    def test_the_lock_is_for_that_address_only(self) -> None:
        for _ in range(5):
            self.login("wrong guess")
        response = self.login("correct horse", address="198.51.100.7")
        self.assertEqual(response.status_code, 302)
        self.assertIn("_auth_user_id", self.client.session)

    def test_fewer_failures_then_the_right_password_signs_in(self) -> None:
        for _ in range(4):
            self.login("wrong guess")
        self.assertEqual(self.login("correct horse").status_code, 302)
