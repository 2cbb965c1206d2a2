"""After we republish a piece, its original is re-checked at growing intervals on the partner's
site (a local server); a change raises one flag with a readable diff."""

from __future__ import annotations

import datetime

from django.test import TestCase, override_settings

from masthead.core import periodic
from masthead.stories import originals, tasks
from masthead.stories.corrections import diff_html
from masthead.stories.models import CorrectionFlag, OriginalWatch
from masthead.stories.tests.partner_site import PartnerSite, article_html
from masthead.stories.tests.support import FERRY, FERRY_LEAD, publish_ferry
from masthead.testing import build_outlet, harbour_ledger

PATH = "/news/sunday-ferry/"
HOUR = datetime.timedelta(hours=1)


class RecheckTests(TestCase):
    site: PartnerSite

    @classmethod
    def setUpClass(cls) -> None:
        cls.site = PartnerSite().__enter__()
        cls.allow = override_settings(MASTHEAD_INGEST_ALLOW_PRIVATE_HOSTS=[cls.site.host])
        cls.allow.enable()
        super().setUpClass()

    @classmethod
    def tearDownClass(cls) -> None:
        super().tearDownClass()
        cls.allow.disable()
        cls.site.__exit__(None)

    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.article = publish_ferry(cls.outlet, harbour_ledger(), url=cls.site.url(PATH))

    def setUp(self) -> None:
        self.site.pages[PATH] = article_html("Sunday ferry to stop", [FERRY_LEAD, *FERRY])
        self.site.requests.clear()
        self.watch = OriginalWatch.objects.get(page=self.article)
        self.start = self.watch.started_at

    def check(self, after: datetime.timedelta) -> str:
        return originals.check_watch(self.watch.pk, now=self.start + after)

    def change_their_text(self) -> None:
        corrected = [FERRY[0].replace("fewer than forty", "fewer than twenty"), *FERRY[1:]]
        self.site.pages[PATH] = article_html("Sunday ferry to stop", [FERRY_LEAD, *corrected])

    def test_publishing_a_republished_piece_starts_the_watch(self) -> None:
        self.assertEqual(self.watch.url, self.site.url(PATH))
        self.assertEqual(self.watch.next_check_at, self.start)
        self.assertEqual(self.watch.last_outcome, OriginalWatch.Outcome.PENDING)

    def test_first_check_records_their_text(self) -> None:
        self.assertEqual(self.check(datetime.timedelta(0)), "recorded")
        watch = OriginalWatch.objects.get(pk=self.watch.pk)
        self.assertIn("fewer than forty passengers", watch.recorded_text)
        self.assertNotIn("reader cooperative", watch.recorded_text)  # their footer left out
        self.assertFalse(CorrectionFlag.objects.exists())

    def test_a_changed_original_raises_one_flag_with_the_diff(self) -> None:
        self.check(datetime.timedelta(0))
        self.change_their_text()
        self.assertEqual(self.check(HOUR), "changed")
        self.assertEqual(self.check(6 * HOUR), "not-modified")  # the same page again
        flag = CorrectionFlag.objects.get()
        self.assertEqual(flag.page_id, self.article.pk)
        self.assertEqual(flag.status, CorrectionFlag.Status.PENDING)
        diff = diff_html(flag.previous_text, flag.new_text)
        self.assertIn("<del>forty</del> <ins>twenty</ins>", diff)
        self.assertIn('<p class="diff-same">', diff)
        ours = diff_html(flag.our_text, flag.new_text)
        self.assertIn("<del>forty</del>", ours)

    def test_a_further_change_updates_the_waiting_flag(self) -> None:
        self.check(datetime.timedelta(0))
        self.change_their_text()
        self.check(HOUR)
        self.site.pages[PATH] = article_html("Sunday ferry to stop", [FERRY_LEAD, *FERRY[:2]])
        self.assertEqual(self.check(6 * HOUR), "changed")
        flag = CorrectionFlag.objects.get()
        self.assertIn("fewer than forty", flag.previous_text)  # their text before any change
        self.assertNotIn("petition", flag.new_text)

    def test_unchanged_original_raises_no_flag(self) -> None:
        self.check(datetime.timedelta(0))
        self.site.pages[PATH] = self.site.pages[PATH].replace("Sport", "Sports")  # their menu
        self.assertEqual(self.check(HOUR), "unchanged")
        self.assertFalse(CorrectionFlag.objects.exists())

    def test_304_raises_no_flag_and_sends_the_validator(self) -> None:
        self.check(datetime.timedelta(0))
        self.assertEqual(self.check(HOUR), "not-modified")
        self.assertEqual(self.site.requests[0][1], "")  # the first look reads the page
        self.assertTrue(self.site.requests[1][1].startswith('"'))
        self.assertFalse(CorrectionFlag.objects.exists())

    def test_intervals_grow_and_stop_after_thirty_days(self) -> None:
        seen = []
        for _ in range(len(originals.CHECK_AFTER)):
            watch = OriginalWatch.objects.get(pk=self.watch.pk)
            seen.append(watch.next_check_at - self.start)
            originals.check_watch(watch.pk, now=watch.next_check_at)
        gaps = [later - earlier for earlier, later in zip(seen, seen[1:], strict=False)]
        self.assertEqual(gaps, sorted(gaps))
        self.assertEqual(seen[-1], datetime.timedelta(days=30))
        watch = OriginalWatch.objects.get(pk=self.watch.pk)
        self.assertIsNone(watch.next_check_at)
        self.assertTrue(watch.finished)
        self.assertEqual(
            originals.check_watch(watch.pk, now=self.start + 60 * 24 * HOUR), "not-due"
        )

    def test_a_check_not_due_fetches_nothing(self) -> None:
        self.check(datetime.timedelta(0))
        self.assertEqual(self.check(datetime.timedelta(minutes=30)), "not-due")
        self.assertEqual(len(self.site.requests), 1)

    def test_failures_are_recorded_and_the_schedule_goes_on(self) -> None:
        self.check(datetime.timedelta(0))
        self.site.pages[PATH] = 410
        self.assertEqual(self.check(HOUR), "failed")
        watch = OriginalWatch.objects.get(pk=self.watch.pk)
        self.assertEqual(watch.last_error_code, "bad-status")
        self.assertIn("410", watch.last_error)
        self.assertEqual(watch.next_check_at, self.start + 6 * HOUR)
        self.assertEqual(watch.failures, 1)
        with override_settings(MASTHEAD_INGEST_ALLOW_PRIVATE_HOSTS=[]):
            self.assertEqual(self.check(6 * HOUR), "failed")
        watch = OriginalWatch.objects.get(pk=self.watch.pk)
        self.assertEqual(watch.last_error_code, "blocked-address")
        self.assertEqual(watch.next_check_at, self.start + 24 * HOUR)
        self.change_their_text()
        self.assertEqual(self.check(24 * HOUR), "changed")  # back: compared with what we had

    def test_the_periodic_job_checks_the_due_originals(self) -> None:
        job = {job.name: job for job in periodic.registered_jobs()}["stories.recheck-originals"]
        self.assertEqual(job.run, tasks.queue_due_checks)
        self.assertEqual(tasks.queue_due_checks(), 1)  # the immediate backend runs it at once
        watch = OriginalWatch.objects.get(pk=self.watch.pk)
        self.assertEqual(watch.last_outcome, OriginalWatch.Outcome.RECORDED)
        self.assertEqual(tasks.queue_due_checks(), 0)  # next one in an hour

    def test_an_original_piece_is_not_watched(self) -> None:
        from masthead.testing import publish_article

        own = publish_article(self.outlet, slug="own-reporting")
        self.assertFalse(OriginalWatch.objects.filter(page=own).exists())
