"""Scheduled publishing by a real ``manage.py db_worker`` on PostgreSQL, without cron.

An editor schedules an article and later an expiry; the worker process, left running, makes
the article appear for readers and disappear again, each within seconds of its time (the
run interval is one second here, thirty by default).
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from django.core.handlers.wsgi import WSGIHandler
from django.db import connection
from django.test import TransactionTestCase
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageLogEntry

from masthead.articles.factories import ArticlePageFactory
from masthead.core.tasks import publish_scheduled_pages
from masthead.pagecache.conf import reset_store
from masthead.pagecache.tests.support import wsgi_get
from masthead.pagecache.wsgi import PageCacheApp
from masthead.testing import build_outlet

ROOT = Path(__file__).resolve().parents[2]
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class ScheduledPublishingWorkerTests(TransactionTestCase):
    def setUp(self) -> None:
        override = self.settings(
            TASKS=DATABASE_TASKS, MASTHEAD_SCHEDULED_PUBLISHING_INTERVAL=1, MASTHEAD_PAGE_CACHE=True
        )
        override.enable()
        self.addCleanup(override.disable)
        # Readers go through the page cache, whose store is the Redis the worker purges.
        reset_store()
        self.addCleanup(reset_store)
        self.site = PageCacheApp(WSGIHandler())
        self.outlet = build_outlet()
        self.log = tempfile.TemporaryFile("w+")  # noqa: SIM115 - closed at cleanup
        self.addCleanup(self.log.close)

    def start_worker(self) -> subprocess.Popen[bytes]:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": os.environ["DJANGO_SETTINGS_MODULE"],
            "MASTHEAD_TEST_WORKER_DATABASE": connection.settings_dict["NAME"],
            "MASTHEAD_TEST_WORKER_TASKS": "database",
        }
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.2"],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

        def stop() -> None:
            worker.terminate()
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()

        self.addCleanup(stop)
        return worker

    def wait_for(self, condition: Callable[[], bool], what: str, seconds: float = 30) -> float:
        started = time.monotonic()
        while time.monotonic() - started < seconds:
            if condition():
                return time.monotonic() - started
            time.sleep(0.2)
        self.log.seek(0)
        self.fail(f"{what} did not happen within {seconds} s. Worker log:\n{self.log.read()}")

    def status(self, url: str) -> int:
        return wsgi_get(self.site, url).status

    def test_the_worker_publishes_and_then_expires_a_scheduled_article(self) -> None:
        go_live = timezone.now() + datetime.timedelta(seconds=3)
        article = ArticlePageFactory.build(
            title="Harbour tolls rise at dawn", live=False, go_live_at=go_live
        )
        self.outlet.articles.add_child(instance=article)
        article.save_revision().publish()
        article.refresh_from_db()
        self.assertFalse(article.live)
        self.assertEqual(self.status(article.url), 404)
        # The archive is stored without it: the second reader gets the stored copy.
        wsgi_get(self.site, self.outlet.articles.url)
        archive = wsgi_get(self.site, self.outlet.articles.url)
        self.assertEqual((archive.status, archive.cache), (200, "hit"))
        self.assertNotIn("Harbour tolls rise at dawn", archive.text)

        self.start_worker()
        self.wait_for(lambda: self.status(article.url) == 200, "going live")
        late = (timezone.now() - go_live).total_seconds()
        self.assertLess(late, 60)
        self.assertIn("Harbour tolls rise at dawn", wsgi_get(self.site, article.url).text)
        # The worker's publish purged the stored archive in Redis, for every app server.
        self.assertIn(
            "Harbour tolls rise at dawn", wsgi_get(self.site, self.outlet.articles.url).text
        )

        # The editor sets an expiry on the live article; the worker takes it down on time.
        article.refresh_from_db()
        article.expire_at = timezone.now() + datetime.timedelta(seconds=2)
        article.save_revision().publish()
        self.wait_for(lambda: self.status(article.url) == 404, "expiry")
        article.refresh_from_db()
        self.assertTrue(article.expired)
        self.assertNotIn(
            "Harbour tolls rise at dawn", wsgi_get(self.site, self.outlet.articles.url).text
        )

        actions = set(PageLogEntry.objects.filter(page=article).values_list("action", flat=True))
        self.assertLessEqual({"wagtail.publish.scheduled", "wagtail.unpublish.scheduled"}, actions)
        # One run of the schedule waits in the queue, however often it was started.
        waiting = DBTaskResult.objects.filter(
            task_path=publish_scheduled_pages.module_path, status="READY"
        )
        self.assertEqual(waiting.count(), 1)
