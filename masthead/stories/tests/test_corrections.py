"""Applying a partner's correction: our text follows theirs, readers see a dated note in every
language (in the cached pages too), translations are queued again; or the flag is dismissed."""

from __future__ import annotations

import tempfile

from django.test import TestCase, override_settings
from django.utils import timezone
from django.utils.formats import date_format

from masthead.pagecache.conf import reset_store
from masthead.pagecache.tests.support import CountingDjango, wsgi_get
from masthead.pagecache.wsgi import PageCacheApp
from masthead.stories import corrections, originals
from masthead.stories.models import CorrectionFlag, CorrectionNote, OriginalWatch
from masthead.stories.tests.support import FERRY, FERRY_LEAD, body, publish_ferry
from masthead.stories.text import article_units, join
from masthead.testing import build_outlet, harbour_ledger, translate
from masthead.translation.models import TranslationJob

THEIRS = join([FERRY_LEAD, *FERRY])
CORRECTED = join(
    [FERRY_LEAD, FERRY[0].replace("fewer than forty", "fewer than twenty"), *FERRY[1:]]
)
NOTE = "An earlier version gave the wrong number of Sunday passengers."


class CorrectionTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.article = publish_ferry(
            cls.outlet, harbour_ledger(), url="https://harbourledger.example/news/sunday-ferry/"
        )
        cls.french = translate(
            cls.article,
            "fr",
            title="Le ferry du dimanche s'arrête",
            lead="<p>Le seul ferry du lac Varro ne circulera plus le dimanche.</p>",
            body=body(["Moins de quarante passagers prennent le bateau du dimanche."]),
        )

    def setUp(self) -> None:
        watch = OriginalWatch.objects.get(page=self.article)
        originals.record_check(watch, text=THEIRS)
        flag = originals.record_check(watch, text=CORRECTED)
        assert flag is not None
        self.flag = flag


class ApplyTests(CorrectionTestCase):
    def test_applying_carries_their_change_into_our_text_and_publishes_it(self) -> None:
        revisions = self.article.revisions.count()
        with self.captureOnCommitCallbacks(execute=True):
            corrections.apply_correction(self.flag, kind="correction", note=NOTE)
        self.article.refresh_from_db()
        self.assertEqual(self.article.revisions.count(), revisions + 1)
        self.assertFalse(self.article.has_unpublished_changes)
        texts = [unit.text for unit in article_units(self.article)]
        self.assertIn("fewer than twenty passengers", texts[1])
        self.assertEqual(texts[2:], FERRY[1:])
        self.flag.refresh_from_db()
        self.assertEqual(self.flag.status, CorrectionFlag.Status.APPLIED)

    def test_readers_see_the_dated_note_in_every_language(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            corrections.apply_correction(self.flag, kind="correction", note=NOTE)
        today = date_format(timezone.localdate(), "DATE_FORMAT")
        english = self.client.get("/articles/sunday-ferry/").content.decode()
        iso = f"{timezone.localdate():%Y-%m-%d}"
        label = f'<strong>Correction, <time datetime="{iso}">{today}</time>:</strong>'
        self.assertIn(label, english)
        self.assertIn(f'<span lang="en">{NOTE}</span>', english)
        french = self.client.get("/fr/articles/sunday-ferry/").content.decode()
        self.assertIn("Le seul ferry du lac Varro", french)
        self.assertIn(f'<span lang="en">{NOTE}</span>', french)

    def test_an_update_note_says_updated(self) -> None:
        corrections.apply_correction(self.flag, kind="update", note="Adds the operator's figures.")
        page = self.client.get("/articles/sunday-ferry/").content.decode()
        self.assertIn("<strong>Updated, ", page)
        self.assertNotIn("<strong>Correction, ", page)

    def test_translations_are_queued_again_and_hand_translations_kept(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            corrections.apply_correction(self.flag, kind="correction", note=NOTE)
        job = TranslationJob.objects.get(
            source_page=self.article, target_locale__language_code="fr"
        )
        self.article.refresh_from_db()
        self.assertEqual(job.source_revision_id, self.article.live_revision_id)
        self.assertEqual(job.status, TranslationJob.Status.SUCCEEDED)  # ran: kept the hand copy
        french = self.client.get("/fr/articles/sunday-ferry/").content.decode()
        self.assertIn("Moins de quarante passagers", french)  # the translator's words stay

    def test_note_only_when_the_editor_changed_the_text_by_hand(self) -> None:
        revisions = self.article.revisions.count()
        corrections.apply_correction(
            self.flag, kind="update", note="Figures checked.", update_text=False
        )
        self.assertEqual(self.article.revisions.count(), revisions)
        self.assertEqual(CorrectionNote.objects.get().text, "Figures checked.")

    def test_a_waiting_draft_is_not_published_by_a_correction(self) -> None:
        draft = self.article.get_latest_revision_as_object()
        draft.title = "Sunday ferry: a draft headline"
        draft.save_revision()
        with self.assertRaises(corrections.DraftInTheWay):
            corrections.apply_correction(self.flag, kind="correction", note=NOTE)
        self.assertFalse(CorrectionNote.objects.exists())
        self.flag.refresh_from_db()
        self.assertEqual(self.flag.status, CorrectionFlag.Status.PENDING)

    def test_a_change_to_words_we_do_not_carry_is_listed_not_guessed(self) -> None:
        units = article_units(self.article)
        patch = corrections.plan_patch(
            units,
            THEIRS + "\n\nTheir own closing line.",
            CORRECTED + "\n\nTheir own closing line, edited.",
        )
        self.assertEqual(patch.placed, 1)
        self.assertEqual(patch.unplaced, ["Their own closing line, edited."])

    def test_dismissing(self) -> None:
        corrections.dismiss(self.flag, reason="Their typo; our copy was right.")
        self.flag.refresh_from_db()
        self.assertEqual(self.flag.status, CorrectionFlag.Status.DISMISSED)
        with self.assertRaises(corrections.FlagAlreadyResolved):
            corrections.apply_correction(self.flag, kind="correction", note=NOTE)
        self.assertNotIn(
            "article__corrections", self.client.get("/articles/sunday-ferry/").content.decode()
        )


@override_settings(
    MASTHEAD_PAGE_CACHE=True, MASTHEAD_PAGE_CACHE_STORE="files", MASTHEAD_FRAGMENT_CACHE=True
)
class CachedPageTests(CorrectionTestCase):
    def setUp(self) -> None:
        super().setUp()
        override = override_settings(
            MASTHEAD_PAGE_CACHE_DIR=tempfile.mkdtemp(prefix="masthead-test-stories-cache-")
        )
        override.enable()
        self.addCleanup(override.disable)
        reset_store()
        self.addCleanup(reset_store)
        self.django = CountingDjango()
        self.app = PageCacheApp(self.django)
        for url in ("/articles/sunday-ferry/", "/fr/articles/sunday-ferry/"):
            self.assertEqual(wsgi_get(self.app, url).status, 200)  # stored now

    def served(self, url: str) -> str:
        calls = len(self.django.calls)
        reply = wsgi_get(self.app, url)
        self.assertEqual(reply.status, 200)
        self.assertEqual(len(self.django.calls), calls, "answered by Django, not the cache")
        return reply.text

    def test_the_note_reaches_the_cached_pages_of_every_language(self) -> None:
        self.assertNotIn(NOTE, self.served("/fr/articles/sunday-ferry/"))
        with self.captureOnCommitCallbacks(execute=True):
            corrections.apply_correction(self.flag, kind="correction", note=NOTE)
        self.assertIn(NOTE, self.served("/articles/sunday-ferry/"))
        self.assertIn("fewer than twenty", self.served("/articles/sunday-ferry/"))
        self.assertIn(NOTE, self.served("/fr/articles/sunday-ferry/"))

    def test_a_note_alone_purges_every_language(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            corrections.apply_correction(self.flag, kind="update", note=NOTE, update_text=False)
        self.assertIn(NOTE, self.served("/fr/articles/sunday-ferry/"))
        with self.captureOnCommitCallbacks(execute=True):
            CorrectionNote.objects.all().delete()
        self.assertNotIn(NOTE, self.served("/articles/sunday-ferry/"))
