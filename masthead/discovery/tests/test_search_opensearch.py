"""Reader search through an OpenSearch server, when MASTHEAD_TEST_OPENSEARCH_URL names one.

Neither Debian's archive nor PyPI ships an OpenSearch or Elasticsearch server (only clients),
so no machine of this project can start one and this test skips unless the variable is set:
run it against a server of your own (docs/how-to/search-backends.md). It needs the
``search-opensearch`` dependency group.
"""

from __future__ import annotations

import datetime
import os
import uuid
from unittest import skipUnless

from django.test import TestCase, override_settings
from wagtail.search.backends import get_search_backend

from masthead.people.factories import AuthorFactory
from masthead.settings.builders import search_backends
from masthead.taxonomy.factories import RegionFactory
from masthead.testing import build_outlet, publish_article

OPENSEARCH_URL = os.environ.get("MASTHEAD_TEST_OPENSEARCH_URL", "").strip()
# A fresh index per run, so a shared server's other indexes are never touched.
BACKENDS = (
    search_backends("opensearch", [OPENSEARCH_URL], f"masthead_test_{uuid.uuid4().hex[:8]}_")
    if OPENSEARCH_URL
    else {}
)


@skipUnless(OPENSEARCH_URL, "MASTHEAD_TEST_OPENSEARCH_URL does not name an OpenSearch server")
@override_settings(WAGTAILSEARCH_BACKENDS=BACKENDS)
class OpenSearchTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        backend = get_search_backend()
        for index in backend.all_indexes():
            index.reset()  # created with Wagtail's mapping, not guessed from the first document
        cls.outlet = build_outlet()
        writer = AuthorFactory(name="Ines Alvarado")
        sahel = RegionFactory(name="Sahel")
        publish_article(
            cls.outlet,
            title="Why the grain ships wait",
            slug="grain-ships",
            lead="<p>Grain queues at the harbour mouth.</p>",
            date=datetime.date(2024, 3, 5),
            authors=[(writer, "author")],
            regions=[sahel],
        )
        publish_article(cls.outlet, title="Drought empties the reservoirs", slug="drought")
        backend.refresh_indexes()

    @classmethod
    def tearDownClass(cls) -> None:
        with override_settings(WAGTAILSEARCH_BACKENDS=BACKENDS):
            for index in get_search_backend().all_indexes():
                index.delete()
        super().tearDownClass()

    def test_search_page_finds_articles_through_the_server(self) -> None:
        response = self.client.get("/search/", {"q": "grain"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            [a.title for a in response.context["results"].object_list],
            ["Why the grain ships wait"],
        )
        self.assertContains(response, "<mark>grain</mark>")

    def test_author_names_are_searchable_and_bad_input_is_harmless(self) -> None:
        response = self.client.get("/search/", {"q": "Alvarado"})
        self.assertEqual(len(response.context["results"].object_list), 1)
        for q in ('"grain" AND (harbour OR', "' OR 1=1 --", "<script>alert(1)</script>"):
            with self.subTest(q=q):
                self.assertEqual(self.client.get("/search/", {"q": q}).status_code, 200)
