"""An incoming piece we already carry is found: by its original address or by its text."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from masthead.articles.factories import ArticlePageFactory
from masthead.stories import minhash
from masthead.stories.addresses import normalise_url
from masthead.stories.models import StoryBand, StorySignature
from masthead.stories.services import StoryMatch, find_matches
from masthead.stories.tests.support import (
    FERRY,
    SAME_SUBJECT,
    body,
    ferry_text,
    lightly_edited,
    publish_ferry,
)
from masthead.testing import build_outlet, count_queries, harbour_ledger, publish_article, translate

URL = "https://harbourledger.example/news/sunday-ferry/"


class UrlTests(TestCase):
    def test_spellings_of_one_address_are_one_key(self) -> None:
        key = normalise_url(URL)
        for spelling in (
            "http://harbourledger.example/news/sunday-ferry",
            "https://www.harbourledger.example/news/sunday-ferry/",
            "https://HarbourLedger.example/news/sunday-ferry/?utm_source=feed&utm_medium=rss",
            "https://harbourledger.example/news/sunday-ferry/?fbclid=abc#comments",
            "https://harbourledger.example:443/news/sunday-ferry",
        ):
            self.assertEqual(normalise_url(spelling), key, spelling)

    def test_an_address_that_names_another_article_stays_apart(self) -> None:
        self.assertNotEqual(normalise_url(URL), normalise_url(URL + "?id=2"))
        self.assertNotEqual(normalise_url(URL), normalise_url(URL.replace("sunday", "monday")))
        self.assertEqual(normalise_url("?a=1&b=2"), "")
        self.assertEqual(normalise_url("mailto:desk@harbourledger.example"), "")


class MatchingTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.partner = harbour_ledger()
        cls.ferry = publish_ferry(cls.outlet, cls.partner, url=URL)
        cls.other = publish_article(
            cls.outlet, title="A new boat for the lake", slug="new-boat", body=body([SAME_SUBJECT])
        )

    def test_signature_is_stored_on_publish(self) -> None:
        signature = StorySignature.objects.get(page=self.ferry)
        self.assertEqual(signature.url_key, "harbourledger.example/news/sunday-ferry")
        self.assertEqual(signature.bands.count(), minhash.BANDS)

    def test_same_address_in_another_spelling_is_the_same_story(self) -> None:
        for spelling in (URL, "http://www.harbourledger.example/news/sunday-ferry?utm_source=x"):
            matches = find_matches(original_url=spelling, text="")
            self.assertEqual(
                matches,
                [
                    StoryMatch(
                        page_id=self.ferry.pk,
                        title="Sunday ferry to stop",
                        url="http://localhost/articles/sunday-ferry/",
                        reason="same-url",
                        similarity=1.0,
                    )
                ],
            )

    def test_a_lightly_edited_copy_is_a_near_duplicate(self) -> None:
        matches = find_matches(
            original_url="https://elsewhere.example/ferry", text=lightly_edited()
        )
        self.assertEqual(
            [(m.page_id, m.reason) for m in matches], [(self.ferry.pk, "near-duplicate")]
        )
        self.assertGreater(matches[0].similarity, 0.6)

    def test_a_different_story_on_the_same_subject_is_not_a_match(self) -> None:
        found = find_matches(original_url=None, text=SAME_SUBJECT)
        self.assertEqual([m.page_id for m in found], [self.other.pk])
        found = find_matches(original_url=None, text=ferry_text())
        self.assertEqual([m.page_id for m in found], [self.ferry.pk])

    def test_same_address_and_same_text_give_one_match(self) -> None:
        matches = find_matches(original_url=URL, text=ferry_text())
        self.assertEqual([(m.page_id, m.reason) for m in matches], [(self.ferry.pk, "same-url")])

    def test_a_translation_is_not_another_story(self) -> None:
        french = translate(
            self.ferry,
            "fr",
            title="Le ferry du dimanche s'arrête",
            lead="<p>Le seul ferry du lac Varro ne circulera plus le dimanche.</p>",
            body=body(["Les villages de la rive nord perdent leur liaison du week-end."] * 3),
        )
        self.assertTrue(french.live)
        by_url = find_matches(original_url=URL, text="")
        by_text = find_matches(original_url=None, text=ferry_text())
        self.assertEqual([m.page_id for m in by_url], [self.ferry.pk])
        self.assertEqual([m.page_id for m in by_text], [self.ferry.pk])
        self.assertFalse(StorySignature.objects.filter(page=french).exists())

    def test_a_draft_not_yet_published_is_found_with_its_editor_link(self) -> None:
        waiting = ArticlePageFactory.build(
            title="Waiting",
            slug="waiting",
            lead="<p>Waiting for an editor.</p>",
            body=body(FERRY[:3]),
            partner=self.partner,
            original_url="https://lake.example/ferry",
            live=False,
        )
        self.outlet.articles.add_child(instance=waiting)
        matches = find_matches(original_url="https://lake.example/ferry/", text="")
        self.assertEqual(matches[0].page_id, waiting.pk)
        self.assertEqual(matches[0].url, f"/admin/pages/{waiting.pk}/edit/")

    def test_lookup_reads_bands_not_every_article(self) -> None:
        for number in range(15):
            publish_article(
                self.outlet,
                slug=f"unrelated-{number}",
                body=body([f"Item {number}: the council met about roads {number * 7} times."]),
            )
        with count_queries() as log:
            found = find_matches(original_url=None, text=SAME_SUBJECT + " More to come.")
        self.assertEqual([m.page_id for m in found], [self.other.pk])
        # Bands, the one candidate's signature, its shown version and its address.
        self.assertLessEqual(len(log), 8, log.report())
        self.assertFalse(
            any("stories_storysignature" in sql and "IN (" not in sql for sql in log.statements[:2])
        )


class BackfillTests(TestCase):
    def test_command_stores_signatures_of_articles_published_before(self) -> None:
        outlet = build_outlet()
        ferry = publish_ferry(outlet, harbour_ledger(), url=URL)
        StorySignature.objects.all().delete()
        self.assertEqual(find_matches(original_url=URL, text=ferry_text()), [])
        out = StringIO()
        call_command("index_stories", stdout=out)
        self.assertIn("1 article", out.getvalue())
        self.assertEqual([m.page_id for m in find_matches(original_url=URL, text="")], [ferry.pk])
        self.assertEqual(StoryBand.objects.count(), minhash.BANDS)
