"""Shared set-up for the comment tests: an outlet with one article and a signed-in reader."""

from __future__ import annotations

import time
from typing import Any

from django.core.cache import cache
from django.test import TestCase

from masthead.comments.forms import form_stamp
from masthead.comments.models import CommentSettings
from masthead.testing import build_outlet, publish_article


class CommentTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.article = publish_article(cls.outlet, title="Harbour queues", slug="harbour-queues")
        cls.rules = CommentSettings.for_site(cls.outlet.site)
        cls.rules.premoderate_new = True
        cls.rules.save()

    def setUp(self) -> None:
        cache.clear()  # rate-limit windows from other tests

    def form_data(self, body: str, *, seconds_ago: float = 60, **extra: Any) -> dict[str, Any]:
        return {
            "body": body,
            "display_name": "Marta from the docks",
            "stamp": form_stamp(self.article.pk, time.time() - seconds_ago),
            "website": "",
            **extra,
        }

    def new_url(self) -> str:
        return f"/comments/{self.article.pk}/new/"
