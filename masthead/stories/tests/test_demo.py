"""The demo's waiting correction flag and its reader-facing note, on the demo's own articles."""

from __future__ import annotations

from django.test import TestCase

from masthead.demo.content import read_content
from masthead.demo.stories import load_demo_stories, read_stories
from masthead.importers.services import import_parsed_article
from masthead.importers.text.parser import parse_article_file
from masthead.stories.corrections import diff_html, plan_patch
from masthead.stories.models import CorrectionFlag
from masthead.stories.text import article_units
from masthead.syndication.models import PartnerPublication
from masthead.testing import build_outlet


class DemoStoriesTests(TestCase):
    def test_a_flag_waits_and_a_note_shows(self) -> None:
        outlet = build_outlet()
        PartnerPublication.objects.create(name="Baltic Coast Monitor", homepage="https://b.example")
        content = read_content()
        data = read_stories()
        slugs = {item["article"] for item in [*data["flags"], *data["notes"]]}
        for slug in slugs:
            page = import_parsed_article(
                parse_article_file(content.article_file(slug)), index=outlet.articles
            ).article
            page.slug = slug
            page.save_revision().publish()
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(load_demo_stories(), 2)
        flag = CorrectionFlag.objects.get(status=CorrectionFlag.Status.PENDING)
        diff = diff_html(flag.previous_text, flag.new_text)
        self.assertIn("<del>forty</del> <ins>about fifty</ins>", diff)
        self.assertIn('<p class="diff-added"><ins>Correction: an earlier version', diff)
        patch = plan_patch(article_units(flag.page.specific), flag.previous_text, flag.new_text)
        self.assertEqual((patch.placed, patch.unplaced), (3, []))
        herring = self.client.get("/articles/herring-quotas-and-the-small-boat-fleet/")
        self.assertContains(herring, "<strong>Updated, ")
        self.assertContains(herring, "review the quota rules again next spring")
