"""Shared set-up for the newsletter tests: an outlet, topics, a French locale, mail helpers."""

from __future__ import annotations

import re
from email.message import EmailMessage
from typing import Any

from django.core.cache import cache
from django.test import TestCase
from wagtail.models import Locale

from masthead.accounts.tests.mailserver import MailServer
from masthead.taxonomy.factories import RegionFactory, ThemeFactory
from masthead.testing import build_outlet

URL = re.compile(r"https?://\S+")


class NewsletterTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.french = Locale.objects.get_or_create(language_code="fr")[0]
        cls.sahel = RegionFactory.create(name="Sahel", slug="sahel")
        cls.andes = RegionFactory.create(name="Andes", slug="andes")
        cls.water = ThemeFactory.create(name="Water", slug="water")

    def setUp(self) -> None:
        cache.clear()  # rate-limit windows from other tests

    def subscribe(self, client: Any, email: str, **fields: Any) -> Any:
        data = {"email": email, "website": "", **fields}
        with self.captureOnCommitCallbacks(execute=True):
            return client.post("/newsletters/subscribe/", data)


def text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def html_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("html",))
    assert part is not None
    return str(part.get_content())


def link(message: EmailMessage, path: str) -> str:
    """The first link in the text part whose path contains ``path``."""
    for url in URL.findall(text_of(message)):
        if path in url:
            return url
    raise AssertionError(f"no {path} link in {text_of(message)}")


__all__ = ["MailServer", "NewsletterTestCase", "html_of", "link", "text_of"]
