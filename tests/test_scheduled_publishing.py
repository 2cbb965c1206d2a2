"""Scheduled publishing in the task worker: go-live and expiry happen without cron.

Readers see a scheduled article once its time has passed and stop seeing an expired one; the
worker keeps exactly one run of the schedule waiting in the queue.
"""

from __future__ import annotations

import datetime
import time

from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from masthead.articles.factories import ArticlePageFactory
from masthead.articles.models import ArticlePage
from masthead.core.tasks import ensure_scheduled_publishing, publish_scheduled_pages
from masthead.testing import build_outlet, publish_article
from masthead.translation.tasks import request_article_translations

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def waiting_runs() -> list[DBTaskResult]:
    return list(
        DBTaskResult.objects.filter(task_path=publish_scheduled_pages.module_path, status="READY")
    )


class ScheduledPublishingTests(TestCase):
    def setUp(self) -> None:
        self.outlet = build_outlet()

    def schedule(self, title: str, go_live_at: datetime.datetime) -> ArticlePage:
        """Publish with a go-live time in the future, as an editor does in the admin."""
        article = ArticlePageFactory.build(title=title, live=False, go_live_at=go_live_at)
        self.outlet.articles.add_child(instance=article)
        article.save_revision().publish()
        article.refresh_from_db()
        return article

    def test_worker_run_publishes_what_is_due_and_unpublishes_what_expired(self) -> None:
        soon = timezone.now() + datetime.timedelta(seconds=1)
        scheduled = self.schedule("Harbour tolls rise at dawn", soon)
        later = self.schedule("Ferry timetable for next winter", soon + datetime.timedelta(days=3))
        expiring = publish_article(self.outlet, title="Road closure on the coast road")
        ArticlePage.objects.filter(pk=expiring.pk).update(
            expire_at=timezone.now() - datetime.timedelta(seconds=1)
        )
        self.assertEqual(self.client.get(scheduled.url).status_code, 404)
        self.assertEqual(self.client.get(expiring.url).status_code, 200)

        time.sleep(max(0.0, (soon - timezone.now()).total_seconds()) + 0.1)
        with self.captureOnCommitCallbacks(execute=True):  # the worker's run commits
            result = publish_scheduled_pages.enqueue().return_value

        self.assertEqual(result, {"published": 1, "expired": 1})
        response = self.client.get(scheduled.url)
        self.assertContains(response, "Harbour tolls rise at dawn")
        self.assertEqual(self.client.get(expiring.url).status_code, 404)
        expiring.refresh_from_db()
        self.assertTrue(expiring.expired)
        later.refresh_from_db()
        self.assertFalse(later.live)
        self.assertIn(scheduled.title, self.client.get(self.outlet.articles.url).content.decode())

        # Run again: nothing left to do, nothing published twice.
        self.assertEqual(
            publish_scheduled_pages.enqueue().return_value, {"published": 0, "expired": 0}
        )


@override_settings(TASKS=DATABASE_TASKS, MASTHEAD_SCHEDULED_PUBLISHING_INTERVAL=30)
class ScheduleChainTests(TestCase):
    def test_scheduling_an_article_queues_one_run_and_the_worker_keeps_one_waiting(self) -> None:
        outlet = build_outlet()
        article = ArticlePageFactory.build(
            title="Council vote on the harbour",
            live=False,
            go_live_at=timezone.now() + datetime.timedelta(hours=2),
        )
        outlet.articles.add_child(instance=article)
        with self.captureOnCommitCallbacks(execute=True):
            article.save_revision().publish()
        self.assertEqual(len(waiting_runs()), 1)

        # Asking again (another schedule, another migrate) does not start a second chain.
        self.assertFalse(ensure_scheduled_publishing())
        self.assertEqual(len(waiting_runs()), 1)

        # The worker runs a due run; it queues its successor about one interval later.
        DBTaskResult.objects.filter(task_path=publish_scheduled_pages.module_path).update(
            run_after=timezone.now() - datetime.timedelta(seconds=1)
        )
        # A run finished two days ago is cleared away; the translation task's row is kept.
        old_run = publish_scheduled_pages.enqueue()
        other = request_article_translations.enqueue(article.pk)
        DBTaskResult.objects.filter(id__in=[old_run.id, other.id]).update(
            status="SUCCESSFUL", finished_at=timezone.now() - datetime.timedelta(days=2)
        )
        started = timezone.now()
        call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)
        (successor,) = waiting_runs()
        self.assertGreaterEqual(successor.run_after, started + datetime.timedelta(seconds=29))
        self.assertLessEqual(successor.run_after, timezone.now() + datetime.timedelta(seconds=30))
        runs = DBTaskResult.objects.filter(task_path=publish_scheduled_pages.module_path)
        self.assertEqual(runs.filter(status="SUCCESSFUL").count(), 1)
        self.assertFalse(runs.filter(id=old_run.id).exists())
        self.assertTrue(DBTaskResult.objects.filter(id=other.id).exists())

    def test_migrate_starts_the_schedule(self) -> None:
        self.assertEqual(waiting_runs(), [])
        call_command("migrate", "core", verbosity=0)
        self.assertEqual(len(waiting_runs()), 1)

    def test_interval_zero_turns_the_schedule_off(self) -> None:
        with self.settings(MASTHEAD_SCHEDULED_PUBLISHING_INTERVAL=0):
            call_command("migrate", "core", verbosity=0)
            self.assertFalse(ensure_scheduled_publishing())
        self.assertEqual(waiting_runs(), [])
