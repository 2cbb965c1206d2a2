"""Every response carries the security headers; reader templates run no inline script or style."""

from __future__ import annotations

import re
from pathlib import Path

from django.test import TestCase, override_settings

from masthead.core import security

PROJECT = Path(__file__).resolve().parents[3]
COMMON = {
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
}


def directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    parsed = {}
    for part in header.split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


class HeaderTests(TestCase):
    def test_a_reader_response_allows_no_inline_code_and_no_framing(self) -> None:
        response = self.client.get("/no-such-page/")
        self.assertEqual(response.status_code, 404)
        policy = directives(response)
        self.assertEqual(policy["script-src"], ["'self'"])
        self.assertEqual(policy["style-src"], ["'self'"])
        self.assertEqual(policy["object-src"], ["'none'"])
        self.assertEqual(policy["frame-ancestors"], ["'none'"])
        self.assertNotIn("unsafe", response["Content-Security-Policy"])
        self.assertNotIn("nonce", response["Content-Security-Policy"])
        for name, value in COMMON.items():
            self.assertEqual(response[name], value, name)
        self.assertIn("camera=()", response["Permissions-Policy"])
        self.assertIn("geolocation=()", response["Permissions-Policy"])

    def test_the_admin_may_be_framed_by_itself_and_runs_wagtails_inline_code(self) -> None:
        response = self.client.get("/admin/login/")
        self.assertEqual(response.status_code, 200)
        policy = directives(response)
        self.assertEqual(policy["frame-ancestors"], ["'self'"])
        self.assertEqual(policy["script-src"], ["'self'", "'unsafe-inline'"])
        self.assertEqual(policy["object-src"], ["'none'"])
        self.assertEqual(policy["connect-src"], ["'self'"])
        for name, value in COMMON.items():
            self.assertEqual(response[name], value, name)

    def test_static_files_carry_the_headers_too(self) -> None:
        response = self.client.get("/static/css/masthead.css")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(directives(response)["script-src"], ["'self'"])
        self.assertIn("Permissions-Policy", response)

    def test_uploaded_files_may_run_nothing(self) -> None:
        response = self.client.get("/media/original_images/missing.svg")
        self.assertEqual(directives(response)["default-src"], ["'none'"])

    def test_images_from_a_bucket_or_cdn_are_allowed_by_origin(self) -> None:
        security.media_origins.cache_clear()
        security.headers_for.cache_clear()
        self.addCleanup(security.media_origins.cache_clear)
        self.addCleanup(security.headers_for.cache_clear)
        with override_settings(MEDIA_URL="https://media.courier.example/site/"):
            policy = directives(self.client.get("/no-such-page/"))
        self.assertEqual(policy["img-src"], ["'self'", "data:", "https://media.courier.example"])
        self.assertEqual(policy["script-src"], ["'self'"])


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>", re.I)
INLINE_STYLE = re.compile(r"<style\b|\sstyle\s*=|\son[a-z]+\s*=|javascript:", re.I)
# Template comments never reach the browser (and may explain what was removed).
COMMENT = re.compile(r"{#.*?#}|{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", re.S)


class ReaderTemplateTests(TestCase):
    def test_reader_templates_have_no_inline_script_style_or_handlers(self) -> None:
        folders = [PROJECT / "masthead" / "templates", *PROJECT.glob("masthead/*/templates")]
        checked = []
        for folder in folders:
            for template in folder.rglob("*.html"):
                relative = template.relative_to(folder).as_posix()
                if "/admin/" in f"/{relative}" or relative.startswith("wagtailadmin/"):
                    continue  # the admin's policy allows Wagtail's inline code
                if "/email/" in f"/{relative}":
                    continue  # sent as mail, never served: mail clients read inline CSS only
                text = COMMENT.sub("", template.read_text(encoding="utf-8"))
                self.assertIsNone(INLINE_SCRIPT.search(text), relative)
                self.assertIsNone(INLINE_STYLE.search(text), relative)
                checked.append(relative)
        self.assertIn("base.html", checked)
        self.assertIn("500.html", checked)
        self.assertGreater(len(checked), 20)

    def test_the_patterns_catch_what_they_are_for(self) -> None:
        self.assertIsNotNone(INLINE_SCRIPT.search("<script>alert(1)</script>"))
        self.assertIsNone(INLINE_SCRIPT.search('<script type="application/ld+json">{}</script>'))
        self.assertIsNone(INLINE_SCRIPT.search('<script src="/static/x.js"></script>'))
        self.assertIsNotNone(INLINE_STYLE.search('<body style="margin:0">'))
        self.assertIsNotNone(INLINE_STYLE.search('<select onchange="go()">'))
        self.assertEqual(
            COMMENT.sub("", '{# no style="" #}<p>{% comment %}<style>{% endcomment %}'), "<p>"
        )
