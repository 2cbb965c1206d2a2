"""Shared HTML rules: what an import keeps (sanitize.py), how HTML reads as text (text.py)."""

from django.test import SimpleTestCase

from masthead.core.sanitize import INLINE_RICH_TEXT, sanitize
from masthead.core.text import plain_text


class PlainTextTests(SimpleTestCase):
    def test_tags_are_dropped_and_entities_become_characters(self) -> None:
        self.assertEqual(
            plain_text('Grain &amp; <em>salt</em> at <a href="https://x.example/">5 &lt; 6</a>'),
            "Grain & salt at 5 < 6",
        )

    def test_a_line_break_stays_a_line_break(self) -> None:
        self.assertEqual(plain_text("First line<br/>second line"), "First line\nsecond line")

    def test_escaped_markup_in_the_text_is_shown_not_run(self) -> None:
        self.assertEqual(
            plain_text("&lt;script&gt;alert(1)&lt;/script&gt;"), "<script>alert(1)</script>"
        )


class SanitizeTests(SimpleTestCase):
    def test_inline_policy_keeps_emphasis_and_web_links(self) -> None:
        self.assertEqual(
            sanitize('<strong>Port</strong> <a href="https://x.example/">news</a>'),
            '<strong>Port</strong> <a href="https://x.example/">news</a>',
        )

    def test_inline_policy_removes_scripts_blocks_and_unsafe_links(self) -> None:
        cleaned = sanitize(
            '<p>Text<script>alert(1)</script> <a href="javascript:alert(1)">x</a>'
            '<img src="https://tracker.example/p.gif"></p>',
            INLINE_RICH_TEXT,
        )
        self.assertEqual(cleaned, "Text <a>x</a>")
