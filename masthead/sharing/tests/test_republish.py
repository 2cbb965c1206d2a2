"""The plain-text version and the republish kit, as readers and republishers see them."""

from __future__ import annotations

import html
import re
from typing import Any

from django.test import TestCase
from wagtail.rich_text import RichText

from masthead.images.factories import CustomImageFactory
from masthead.people.factories import AuthorFactory
from masthead.sharing.kit import image_may_travel
from masthead.syndication.factories import LicenceFactory, PartnerPublicationFactory
from masthead.testing import build_outlet, publish_article


def kit_html(response: Any) -> str:
    found = re.search(
        r'<textarea[^>]*id="kit-html"[^>]*>(.*?)</textarea>', response.content.decode(), re.S
    )
    assert found is not None, "no kit on the page"
    return html.unescape(found.group(1))


class PlainTextTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        writer = AuthorFactory.create(name="Inès Moreau")
        translator = AuthorFactory.create(name="Tomás Ruiz")
        partner = PartnerPublicationFactory.create(name="Delta Weekly")
        cls.article = publish_article(
            cls.outlet,
            title="River tolls <rise>",
            slug="river-tolls",
            lead="<p>Boats pay <i>twice</i> now.</p>",
            authors=[(writer, "author"), (translator, "translator")],
            partner=partner,
            original_url="https://deltaweekly.example/tolls",
            body=[
                (
                    "paragraph",
                    RichText(
                        '<p>Read <a href="https://ports.example/">the port notice</a>.</p>'
                        "<ul><li>one</li><li>two</li></ul>"
                    ),
                ),
                ("subheading", "Who decides"),
                ("quote", {"text": "Not us.", "attribution": "A skipper"}),
            ],
        )

    def test_text_view(self) -> None:
        response = self.client.get("/articles/river-tolls/text/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        text = response.content.decode()
        lines = text.splitlines()
        self.assertEqual(lines[0], "River tolls <rise>")  # as written, not HTML-escaped
        self.assertEqual(lines[1], "By Inès Moreau and Tomás Ruiz (translator)")
        self.assertIn("The Test Courier, ", lines[2])
        self.assertIn(
            "The original source of this article is Delta Weekly: https://deltaweekly.example/tolls",
            text,
        )
        self.assertIn("Copyright © Inès Moreau, Delta Weekly", text)
        self.assertIn("Licence: CC BY 4.0 <https://creativecommons.org/licenses/by/4.0/>", text)
        self.assertIn("Boats pay twice now.", text)
        self.assertIn("Read the port notice <https://ports.example/>.", text)
        self.assertIn("- one\n- two", text)
        self.assertIn("WHO DECIDES", text)
        self.assertIn("“Not us.”\n— A skipper", text)
        self.assertTrue(
            text.rstrip().endswith("URL of this article: http://localhost/articles/river-tolls/")
        )
        self.assertNotIn("<p>", text)

    def test_a_cc_by_partner_piece_has_a_kit_with_source_and_licence(self) -> None:
        response = self.client.get("/articles/river-tolls/republish/")
        self.assertContains(response, "This article is published under CC BY 4.0.")
        kit = kit_html(response)
        self.assertIn(
            "The original source of this article is Delta Weekly: "
            '<a href="https://deltaweekly.example/tolls">',
            kit,
        )
        self.assertIn(
            'Licence: <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">'
            "CC BY 4.0</a>",
            kit,
        )
        self.assertIn("By Inès Moreau and Tomás Ruiz (translator)", kit)
        self.assertNotIn("First published by The Test Courier", kit)  # the partner was first
        # The partner asks for its original to be canonical.
        self.assertContains(
            response,
            html.escape('<link rel="canonical" href="https://deltaweekly.example/tolls">'),
        )
        self.assertIn("River tolls &lt;rise&gt;", kit)  # the title as text, escaped

    def test_other_paths_ending_in_text_are_wagtails(self) -> None:
        self.assertEqual(self.client.get("/articles/text/").status_code, 404)
        self.assertEqual(self.client.get("/articles/nothing-here/text/").status_code, 404)

    def test_unpublished_article_has_no_text_or_kit(self) -> None:
        self.article.unpublish()
        self.assertEqual(self.client.get("/articles/river-tolls/text/").status_code, 404)
        self.assertEqual(self.client.get("/articles/river-tolls/republish/").status_code, 404)


class RepublishKitTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.outlet.settings.republish_permission = (
            "<p>You may republish our articles free of charge, with the byline and a link.</p>"
        )
        cls.outlet.settings.save()
        writer = AuthorFactory.create(name="Inès Moreau")
        cls.own_photo = CustomImageFactory.create(credit="The Test Courier / Ana Lind", licence="")
        cls.cc_photo = CustomImageFactory.create(credit="Jo Bell", licence="CC BY-SA 4.0")
        cls.agency_photo = CustomImageFactory.create(
            credit="Wire Agency", licence="used with permission"
        )
        cls.article = publish_article(
            cls.outlet,
            title="Harbour queues",
            slug="harbour-queues",
            lead="<p>Ships wait for days.</p>",
            authors=[(writer, "author")],
            featured_image=cls.own_photo,
            body=[
                ("paragraph", RichText('<p>See <a href="/articles/">the archive</a>.</p>')),
                ("image", {"image": cls.cc_photo, "caption": "The quay", "credit": ""}),
                ("image", {"image": cls.agency_photo, "caption": "A crane", "credit": ""}),
                ("paragraph", RichText("<p>The last paragraph.</p>")),
            ],
        )

    def test_kit_holds_text_attribution_licence_and_link_back(self) -> None:
        response = self.client.get("/articles/harbour-queues/republish/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "You may republish our articles free of charge")
        kit = kit_html(response)
        self.assertIn("<h1>Harbour queues</h1>", kit)
        self.assertIn("Ships wait for days.", kit)
        self.assertIn("By Inès Moreau", kit)
        self.assertIn("The last paragraph.", kit)
        self.assertIn("Copyright © Inès Moreau, The Test Courier", kit)
        # No licence of its own: the outlet's permission, linked where its terms are printed.
        self.assertIn(
            "Republished with the permission of The Test Courier: "
            '<a href="http://localhost/articles/harbour-queues/republish/" rel="license">',
            kit,
        )
        self.assertIn(
            'Published by The Test Courier: <a href="http://localhost/articles/harbour-queues/">',
            kit,
        )
        # Links inside the text work on another site.
        self.assertIn('href="http://localhost/articles/"', kit)
        self.assertContains(
            response,
            html.escape('<link rel="canonical" href="http://localhost/articles/harbour-queues/">'),
        )

    def test_images_only_where_their_rights_allow(self) -> None:
        kit = kit_html(self.client.get("/articles/harbour-queues/republish/"))
        self.assertEqual(kit.count("<img "), 3)  # own photo, CC photo, the counter
        self.assertIn("The Test Courier / Ana Lind", kit)
        self.assertIn("The quay — Jo Bell (CC BY-SA 4.0)", kit)
        self.assertNotIn("Wire Agency", kit)
        self.assertNotIn("A crane", kit)
        self.assertRegex(kit, r'<img src="http://localhost/media/[^"]+"')

    def test_kit_has_no_script_and_a_counter_image(self) -> None:
        response = self.client.get("/articles/harbour-queues/republish/")
        kit = kit_html(response)
        self.assertNotIn("<script", kit)
        self.assertNotIn("onerror", kit)
        counter = re.search(
            r'<img src="http://localhost/r/(\d+)/([A-Za-z0-9_-]{16})\.gif" width="1" height="1" '
            r'alt="" referrerpolicy="no-referrer-when-downgrade">',
            kit,
        )
        self.assertIsNotNone(counter)
        assert counter is not None
        self.assertEqual(int(counter.group(1)), self.article.pk)
        self.assertContains(response, f'data-kit-id="{counter.group(2)}"')

    def test_a_script_in_the_text_never_reaches_the_kit(self) -> None:
        self.article.body = [
            (
                "paragraph",
                RichText('<p>Hi<script>alert(1)</script><img src=x onerror="alert(2)"></p>'),
            ),
        ]
        self.article.save_revision().publish()
        kit = kit_html(self.client.get("/articles/harbour-queues/republish/"))
        self.assertNotIn("<script", kit)
        self.assertNotIn("alert(", kit.replace("alert(1)", ""))  # text at most, never a handler
        self.assertNotIn("onerror", kit)

    def test_article_links_to_its_kit(self) -> None:
        self.assertContains(self.client.get("/articles/harbour-queues/"), "Republish this article")

    def test_without_blanket_permission_own_pieces_are_not_offered(self) -> None:
        self.outlet.settings.republish_permission = "<p></p>"  # an emptied rich-text field
        self.outlet.settings.save()
        response = self.client.get("/articles/harbour-queues/republish/")
        self.assertNotContains(response, 'id="kit-html"')
        self.assertContains(response, "may not be republished without permission")
        self.assertContains(response, 'href="mailto:press@courier.example"')
        self.assertContains(
            self.client.get("/articles/harbour-queues/"), "May I republish this article?"
        )


class NoDerivativesTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        nd = LicenceFactory.create(
            code="CC-BY-ND-4.0", name="CC BY-ND 4.0", allows_derivatives=False,
            url="https://creativecommons.org/licenses/by-nd/4.0/",
        )  # fmt: skip
        partner = PartnerPublicationFactory.create(
            name="Harbour Ledger", homepage="https://harbourledger.example/", default_licence=nd
        )
        cls.nd_article = publish_article(
            cls.outlet, title="Grain ships", slug="grain-ships", partner=partner,
            original_url="https://harbourledger.example/grain",
        )  # fmt: skip
        unlicensed = PartnerPublicationFactory.create(name="Quay Post", default_licence=None)
        cls.unlicensed = publish_article(
            cls.outlet, title="Quay fees", slug="quay-fees", partner=unlicensed,
            permission_note="Editor's email of 3 May",
        )  # fmt: skip

    def test_no_derivatives_article_shows_no_kit_and_says_whom_to_ask(self) -> None:
        response = self.client.get("/articles/grain-ships/republish/")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, 'id="kit-html"')
        self.assertNotContains(response, "/r/")
        self.assertContains(response, "CC BY-ND 4.0, does not allow it to be republished")
        self.assertContains(response, '<a href="https://harbourledger.example/">Harbour Ledger</a>')
        self.assertContains(
            response, '<a href="mailto:press@courier.example">press@courier.example</a>'
        )
        page = self.client.get("/articles/grain-ships/")
        self.assertNotContains(page, "Republish this article")
        self.assertContains(page, "May I republish this article?")

    def test_no_licence_on_record_means_ask(self) -> None:
        response = self.client.get("/articles/quay-fees/republish/")
        self.assertNotContains(response, 'id="kit-html"')
        self.assertContains(response, "That permission is ours alone")
        self.assertContains(response, "Quay Post")


class ImageRuleTests(TestCase):
    def test_rule(self) -> None:
        image = CustomImageFactory.build(licence="CC0 1.0")
        self.assertTrue(image_may_travel(image, "Ana", "Courier"))
        self.assertFalse(image_may_travel(image, "", "Courier"))  # no credit, no image
        image.licence = "Public domain"
        self.assertTrue(image_may_travel(image, "NASA", "Courier"))
        image.licence = "All rights reserved"
        self.assertFalse(image_may_travel(image, "Ana", "Courier"))
        self.assertTrue(image_may_travel(image, "Courier staff", "Courier"))
        image.licence = "Licensed from an agency"  # "cc" inside a word is not Creative Commons
        self.assertFalse(image_may_travel(image, "Accent photos", "Courier"))
