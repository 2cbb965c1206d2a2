"""Editors find the flag, read the diff, apply or dismiss it; the watch listing shows failures."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import TestCase

from masthead.stories import originals
from masthead.stories.models import CorrectionFlag, CorrectionNote, OriginalWatch
from masthead.stories.tests.support import FERRY, FERRY_LEAD, publish_ferry
from masthead.stories.text import join
from masthead.testing import build_outlet, harbour_ledger

THEIRS = join([FERRY_LEAD, *FERRY])
CORRECTED = join(
    [FERRY_LEAD, FERRY[0].replace("fewer than forty", "fewer than twenty"), *FERRY[1:]]
)


class CorrectionsAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.article = publish_ferry(cls.outlet, harbour_ledger(), url="https://ledger.example/f")
        cls.editor = get_user_model().objects.create_superuser("editor", "e@x.example", "pw")
        cls.reader_of_admin = get_user_model().objects.create_user("intern", "i@x.example", "pw")
        cls.reader_of_admin.user_permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )

    def setUp(self) -> None:
        watch = OriginalWatch.objects.get(page=self.article)
        originals.record_check(watch, text=THEIRS)
        self.flag = originals.record_check(watch, text=CORRECTED)
        self.client.force_login(self.editor)

    def test_the_waiting_flag_is_listed_and_shows_the_diff(self) -> None:
        listing = self.client.get("/admin/corrections/").content.decode()
        self.assertIn("Sunday ferry to stop", listing)
        self.assertIn("Waiting (1)", listing)
        page = self.client.get(f"/admin/corrections/{self.flag.pk}/").content.decode()
        self.assertIn("<del>forty</del> <ins>twenty</ins>", page)
        self.assertIn("1 change can be carried into our text", page)
        self.assertIn("Apply and publish", page)

    def test_the_page_editor_says_the_original_changed(self) -> None:
        page = self.client.get(f"/admin/pages/{self.article.pk}/edit/").content.decode()
        self.assertIn("The partner changed the original of this article", page)
        self.assertIn(f"/admin/corrections/{self.flag.pk}/", page)

    def test_applying_from_the_admin(self) -> None:
        response = self.client.post(
            f"/admin/corrections/{self.flag.pk}/apply/",
            {"kind": "correction", "note": "We gave the wrong count.", "update_text": "on"},
        )
        self.assertRedirects(response, "/admin/corrections/")
        self.assertEqual(CorrectionNote.objects.get().text, "We gave the wrong count.")
        article = self.client.get("/articles/sunday-ferry/").content.decode()
        self.assertIn("fewer than twenty passengers", article)
        self.assertIn("We gave the wrong count.", article)
        resolved = self.client.get("/admin/corrections/?tab=resolved").content.decode()
        self.assertIn("Applied", resolved)

    def test_a_note_is_required(self) -> None:
        self.client.post(f"/admin/corrections/{self.flag.pk}/apply/", {"kind": "update"})
        self.assertFalse(CorrectionNote.objects.exists())

    def test_dismissing_from_the_admin(self) -> None:
        response = self.client.post(
            f"/admin/corrections/{self.flag.pk}/dismiss/", {"reason": "Their typo only."}
        )
        self.assertRedirects(response, "/admin/corrections/")
        self.flag.refresh_from_db()
        self.assertEqual(self.flag.status, CorrectionFlag.Status.DISMISSED)
        edit = self.client.get(f"/admin/pages/{self.article.pk}/edit/").content.decode()
        self.assertNotIn("The partner changed the original", edit)

    def test_who_cannot_publish_the_article_can_read_but_not_act(self) -> None:
        self.client.force_login(self.reader_of_admin)
        page = self.client.get(f"/admin/corrections/{self.flag.pk}/").content.decode()
        self.assertIn("<del>forty</del>", page)
        self.assertNotIn("Apply and publish", page)
        response = self.client.post(f"/admin/corrections/{self.flag.pk}/dismiss/", {})
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)  # refused
        self.flag.refresh_from_db()
        self.assertEqual(self.flag.status, CorrectionFlag.Status.PENDING)

    def test_failed_checks_are_shown_on_the_watch_listing(self) -> None:
        watch = OriginalWatch.objects.get(page=self.article)
        originals.record_failure(watch, code="timed-out", message="The partner took too long.")
        listing = self.client.get("/admin/corrections/?tab=watched").content.decode()
        self.assertIn("Could not check", listing)
        self.assertIn("The partner took too long.", listing)
        self.assertIn("1 failed check", listing)
