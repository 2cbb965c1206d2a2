"""Editing a dossier in the admin: the report's own fields and its pinned articles."""

import datetime

from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from masthead.accounts.services import ensure_editor
from masthead.taxonomy.factories import InDepthReportFactory
from masthead.testing import build_outlet, publish_article


class ReportEditingTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.report = InDepthReportFactory(name="Grain Corridors")
        cls.older, cls.newer = (
            publish_article(
                cls.outlet,
                title=title,
                slug=title.lower().replace(" ", "-"),
                date=datetime.date(2024, 1, day),
                reports=[cls.report],
            )
            for day, title in ((1, "Why grain waits"), (2, "Silos fill up"))
        )
        ensure_editor("editor", "editor@courier.example", "pw-123456")

    def test_editor_pins_an_article_and_readers_see_it_first(self) -> None:
        self.client.login(username="editor", password="pw-123456")
        url = reverse("wagtailsnippets_taxonomy_indepthreport:edit", args=[self.report.pk])
        self.assertContains(self.client.get(url), "Pinned articles")
        data = nested_form_data(
            {
                "name": "Grain Corridors",
                "slug": self.report.slug,
                "description": "How grain moves.",
                "introduction": rich_text("<p>Start with the silos.</p>"),
                "featured": "on",
                "pinned_articles": inline_formset([{"page": self.older.pk}]),
            }
        )
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, getattr(response, "context", None))

        page = self.client.get("/reports/grain-corridors/")
        self.assertContains(page, "Essential reading")
        self.assertContains(page, "Start with the silos.")
        self.assertEqual([a.title for a in page.context["pinned"]], ["Why grain waits"])
        self.assertEqual([a.title for a in page.context["articles"]], ["Silos fill up"])
