"""A page restricted to signed-in users sends a reader to the readers' sign-in (/account/)."""

from __future__ import annotations

from django.test import TestCase
from wagtail.models import PageViewRestriction

from masthead.testing import build_piece_by_ines


class SignedInOnlyPageTests(TestCase):
    def test_an_anonymous_reader_is_sent_to_the_reader_sign_in(self) -> None:
        _outlet, _writer, article = build_piece_by_ines()
        PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
        response = self.client.get(article.url)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith("/account/login/?next="))
        self.assertIn(article.url, response["Location"])
