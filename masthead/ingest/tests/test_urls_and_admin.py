"""A pasted URL, matches with what we carry, held drafts in the editor, and the listing."""

from __future__ import annotations

import datetime
from io import StringIO

from django.core.management import CommandError, call_command
from django.http import HttpResponse
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from masthead.accounts.models import User
from masthead.articles.models import ArticlePage
from masthead.ingest.models import IngestedItem, ItemStatus
from masthead.ingest.services import draft_from_url, poll_feed
from masthead.ingest.tests.server import local_site
from masthead.ingest.tests.support import article_page, body_html, rss
from masthead.syndication.factories import (
    LicenceFactory,
    PartnerFeedFactory,
    PartnerPublicationFactory,
)
from masthead.syndication.models import PartnerPublication, Permission
from masthead.testing import build_outlet
from masthead.translation.policy import translation_refusal


class DraftFromUrlTests(TestCase):
    def setUp(self) -> None:
        self.outlet = build_outlet()
        self.editor = User.objects.create_superuser("editor", "editor@example.org", "pw")

    def test_a_pasted_page_becomes_a_held_draft_of_a_new_partner(self) -> None:
        with local_site() as site:
            site.serve("/news/ferries", article_page("Ferries return"), "text/html")
            result = draft_from_url(site.url("/news/ferries"), partner=None, user=self.editor)
        article = result.article
        assert article is not None
        self.assertEqual(result.status, ItemStatus.HELD)
        self.assertEqual(article.title, "Ferries return")
        self.assertEqual(article.author_names(), ["Mara Velde"])
        self.assertEqual(article.original_url, site.url("/news/ferries"))
        self.assertEqual(article.original_date, datetime.date(2026, 11, 20))
        partner = article.partner
        assert partner is not None
        self.assertEqual(partner.permission, Permission.NONE)
        self.assertIn("has no licence or permission on file", result.reason)
        self.assertEqual(result.item.created_by, self.editor)
        assert result.extracted is not None
        left_out = result.extracted.boilerplate
        self.assertIn("Copyright 2026 Coastline Courier. All rights reserved.", left_out)

    def test_the_partner_is_found_by_its_site_and_its_permission_applies(self) -> None:
        with local_site() as site:
            partner = PartnerPublicationFactory(name="Coastline Courier", homepage=site.url("/"))
            site.serve("/news/ferries", article_page("Ferries return"), "text/html")
            result = draft_from_url(site.url("/news/ferries"), partner=None, user=None)
        self.assertEqual(result.status, ItemStatus.READY)
        self.assertEqual(result.item.partner, partner)

    def test_pasting_the_same_address_again_shows_the_draft_instead(self) -> None:
        with local_site() as site:
            site.serve("/news/ferries", article_page("Ferries return"), "text/html")
            first = draft_from_url(site.url("/news/ferries"), partner=None, user=None)
            second = draft_from_url(site.url("/news/ferries"), partner=None, user=None)
        assert first.article is not None
        self.assertEqual(second.status, ItemStatus.MATCHED)
        self.assertEqual(second.item.matched_page_id, first.article.pk)
        self.assertEqual(ArticlePage.objects.filter(title="Ferries return").count(), 1)

    def test_a_page_we_already_carry_is_a_match_not_a_duplicate(self) -> None:
        partner = PartnerPublicationFactory(name="Coastline Courier")
        with local_site() as site:
            feed = PartnerFeedFactory(partner=partner, url=site.url("/feed.xml"))
            items = [
                {
                    "title": "Ferries return",
                    "link": "https://courier.example/f",
                    "content": body_html("Ferries"),
                }
            ]
            site.serve("/feed.xml", rss(items), "application/rss+xml")
            poll_feed(feed)
            # The same story, now pasted from another address with another title.
            site.serve("/copy", article_page("River boats are back"), "text/html")
            result = draft_from_url(site.url("/copy"), partner=partner, user=None)
        self.assertEqual(result.status, ItemStatus.MATCHED)
        self.assertEqual(result.matches[0].reason, "near-duplicate")
        self.assertIn("We already carry this article: “Ferries return”", result.reason)
        self.assertFalse(ArticlePage.objects.filter(title="River boats are back").exists())

    def test_failures_are_recorded_with_the_error(self) -> None:
        with local_site() as site:
            missing = draft_from_url(site.url("/missing"), partner=None, user=None)
            site.serve("/empty", "<html><body></body></html>", "text/html")
            empty = draft_from_url(site.url("/empty"), partner=None, user=None)
        self.assertEqual(
            (missing.status, missing.item.error_code), (ItemStatus.FAILED, "bad-status")
        )
        self.assertEqual((empty.status, empty.item.error_code), (ItemStatus.FAILED, "no-article"))
        blocked = draft_from_url("http://10.0.0.5/article", partner=None, user=None)
        self.assertEqual(blocked.item.error_code, "blocked-address")

    def test_the_command_line(self) -> None:
        out = StringIO()
        with local_site() as site:
            PartnerPublicationFactory(name="Coastline Courier")
            site.serve("/news/ferries", article_page("Ferries return"), "text/html")
            url = site.url("/news/ferries")
            call_command("ingest_url", url, "--partner", "coastline courier", stdout=out)
            with self.assertRaisesMessage(CommandError, "404"):
                call_command("ingest_url", site.url("/nothing"), stdout=StringIO())
        self.assertIn("Draft created: Ferries return", out.getvalue())
        self.assertIn("May be published", out.getvalue())
        self.assertIn("  - Subscribe to our newsletter", out.getvalue())
        with self.assertRaisesMessage(CommandError, "No partner publication is called 'Nobody'"):
            call_command("ingest_url", "https://x.example/", "--partner", "Nobody")


class HeldDraftEditorTests(TestCase):
    def setUp(self) -> None:
        build_outlet()
        self.editor = User.objects.create_superuser("editor", "editor@example.org", "pw")
        self.client.force_login(self.editor)
        with local_site() as site:
            site.serve("/news/ferries", article_page("Ferries return"), "text/html")
            self.result = draft_from_url(site.url("/news/ferries"), partner=None, user=None)
        assert self.result.article is not None
        self.article = self.result.article
        self.edit_url = reverse("wagtailadmin_pages:edit", args=[self.article.pk])

    def publish(self) -> HttpResponse:
        """What the edit form posts when an editor presses Publish on the draft."""
        page = ArticlePage.objects.get(pk=self.article.pk)
        data = nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "lead": rich_text(page.lead),
                "article_authors": inline_formset([], initial=0),
                "publication_date": page.publication_date.isoformat(),
                "body": streamfield([("paragraph", rich_text("<p>The ferry is back.</p>"))]),
                "partner": page.partner_id,
                "original_url": page.original_url,
                "original_date": page.original_date.isoformat() if page.original_date else "",
                "action-publish": "Publish",
            }
        )
        return self.client.post(self.edit_url, data, follow=True)

    def test_the_editor_says_why_it_is_held_and_offers_no_publish(self) -> None:
        response = self.client.get(self.edit_url)
        self.assertContains(response, "Held: this partner article cannot be published yet.")
        self.assertContains(response, "has no licence or permission on file")
        self.assertNotContains(response, 'name="action-publish"')

    def test_publishing_a_held_draft_is_refused_until_permission_is_recorded(self) -> None:
        response = self.publish()
        self.assertContains(response, "Held: this partner article cannot be published yet.")
        self.assertFalse(ArticlePage.objects.get(pk=self.article.pk).live)
        partner = PartnerPublication.objects.get(pk=self.article.partner_id)
        partner.permission = Permission.CC_BY
        partner.save()
        self.assertEqual(IngestedItem.objects.get().status, ItemStatus.READY)
        self.assertContains(self.client.get(self.edit_url), 'name="action-publish"')
        self.publish()
        self.assertTrue(ArticlePage.objects.get(pk=self.article.pk).live)

    def test_a_bulk_publish_with_a_held_draft_publishes_nothing(self) -> None:
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        response = self.client.post(f"{url}?id={self.article.pk}", follow=True)
        self.assertContains(response, "Held: this partner article cannot be published yet.")
        self.assertFalse(ArticlePage.objects.get(pk=self.article.pk).live)

    def test_the_listing_shows_items_and_feed_errors(self) -> None:
        partner = PartnerPublicationFactory(name="Delta Weekly")
        with local_site() as site:
            feed = PartnerFeedFactory(partner=partner, url=site.url("/feed.xml"))
            site.serve("/feed.xml", "<rss><channel><title>Broken<item></rss", "application/rss+xml")
            poll_feed(feed)
        response = self.client.get(reverse("ingest_admin:listing"))
        self.assertContains(response, "could not be read as RSS or Atom")
        self.assertContains(response, "Ferries return")
        self.assertContains(response, "Draft held: no permission")
        held = self.client.get(reverse("ingest_admin:listing") + "?status=held")
        self.assertContains(held, "has no licence or permission on file")
        snippets = self.client.get(reverse("wagtailsnippets_syndication_partnerfeed:list"))
        self.assertContains(snippets, "Failed: The feed could not be read")


class TranslationRuleTests(TestCase):
    def article(self, partner: PartnerPublication | None) -> ArticlePage:
        return ArticlePage(title="x", partner=partner)

    def test_the_register_feeds_the_one_translation_rule(self) -> None:
        by = LicenceFactory()
        nd = LicenceFactory(code="CC-BY-ND-4.0", name="CC BY-ND 4.0", allows_derivatives=False)
        letter_date = datetime.date(2026, 1, 5)
        cases: list[tuple[dict[str, object], str]] = [
            ({"permission": Permission.CC_BY, "default_licence": by}, ""),
            (
                {
                    "permission": Permission.CC_BY,
                    "default_licence": by,
                    "translation_allowed": False,
                },
                "does not allow translations (partner register)",
            ),
            (
                {"permission": Permission.CC_BY_ND, "default_licence": nd},
                "its licence (CC BY-ND 4.0)",
            ),
            (
                {
                    "permission": Permission.LETTER,
                    "default_licence": None,
                    "permission_date": letter_date,
                },
                "",
            ),
            ({"permission": Permission.NONE, "default_licence": None}, "no permission on file"),
        ]
        for n, (fields, expected) in enumerate(cases):
            partner = PartnerPublicationFactory(name=f"Partner {n}", **fields)
            with self.subTest(fields=fields):
                refusal = translation_refusal(self.article(partner))
                if expected:
                    self.assertIn(expected, refusal)
                else:
                    self.assertEqual(refusal, "")
