"""Real worker processes for the job tests (no tests here).

``WorkerSite`` runs ``manage.py db_worker`` processes and small Django scripts against one
file-based SQLite database, with the settings in ``test_worker_settings.py``. The functions
below ``# --- In the subprocess`` run inside those scripts (``WorkerSite.call``).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
SETTINGS = "masthead.translation.tests.test_worker_settings"
RESULT = "WORKER-TEST-RESULT:"


def migrated_database(directory: Path) -> Path:
    """A freshly migrated database file (tests copy it rather than migrating again)."""
    path = directory / "template.sqlite3"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, "MASTHEAD_TEST_WORKER_DB": str(path)}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    return path


class WorkerSite:
    """One test's database, engine options and worker processes."""

    def __init__(
        self, directory: Path, template: Path, translation: dict[str, Any], lease: float
    ) -> None:
        self.directory = directory
        self.db = directory / "site.sqlite3"
        shutil.copy(template, self.db)
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "MASTHEAD_TEST_WORKER_DB": str(self.db),
            "MASTHEAD_TEST_WORKER_TRANSLATION": json.dumps(translation),
            "MASTHEAD_TEST_WORKER_LEASE": str(lease),
        }
        self.workers: list[subprocess.Popen] = []

    def call(self, function: str, **kwargs: Any) -> Any:
        """Run ``function(**kwargs)`` from this module in a Django process; its JSON result."""
        script = (
            "import json, sys, django; django.setup(); "
            "from masthead.translation.tests import test_worker_support as support; "
            f"result = support.{function}(**json.loads(sys.argv[1])); "
            f"print({RESULT!r} + json.dumps(result, default=str))"
        )
        done = subprocess.run(  # noqa: S603
            [sys.executable, "-c", script, json.dumps(kwargs)],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode != 0:
            raise AssertionError(f"{function} failed:\n{done.stdout}\n{done.stderr}")
        line = next(line for line in done.stdout.splitlines() if line.startswith(RESULT))
        return json.loads(line[len(RESULT) :])

    def start_worker(self, *extra: str) -> subprocess.Popen:
        log = open(self.directory / f"worker-{len(self.workers)}.log", "w")  # noqa: SIM115
        worker = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "manage.py",
                "db_worker",
                "--no-reload",
                "--interval",
                "0.2",
                "--verbosity",
                "0",
                *extra,
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.workers.append(worker)
        return worker

    def stop_workers(self) -> None:
        for worker in self.workers:
            if worker.poll() is None:
                worker.send_signal(signal.SIGTERM)
        for worker in self.workers:
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()

    def query(self, sql: str, *params: Any) -> list[tuple]:
        """Read the database directly (cheap enough to poll)."""
        with sqlite3.connect(self.db, timeout=30) as conn:
            return conn.execute(sql, params).fetchall()

    def job_states(self) -> dict[str, int]:
        return dict(
            self.query("SELECT status, COUNT(*) FROM translation_translationjob GROUP BY status")
        )

    def wait_until(self, condition: Any, timeout: float, poll: float = 0.25) -> float:
        """Seconds until ``condition()`` is true; AssertionError after ``timeout``."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if condition():
                return time.monotonic() - started
            time.sleep(poll)
        raise AssertionError(f"Not done after {timeout} s: {self.job_states()}")


# --- In the subprocess -------------------------------------------------------------------------


def seed_site(packages: list[str]) -> dict[str, Any]:
    """An outlet with French and German trees and the generated models installed."""
    from wagtail.models import Locale

    from masthead.testing import build_outlet
    from masthead.translation.packages import install_package

    outlet = build_outlet()
    for code in ("fr", "de"):
        locale = Locale.objects.get_or_create(language_code=code)[0]
        outlet.home.copy_for_translation(locale).save_revision().publish()
        for section in outlet.home.get_children().specific():
            section.copy_for_translation(locale).save_revision().publish()
    for package in packages:
        install_package(package)
    return {"articles_index": outlet.articles.pk}


def publish_articles(articles: list[dict[str, Any]], translate: bool = True) -> list[int]:
    """Publish articles (each dict: title, slug, lead, paragraphs, writer, seo_title...).

    ``translate=False`` publishes without queuing translations (``queue_translations`` later).
    """
    from django.test import override_settings

    with override_settings(MASTHEAD_AUTO_TRANSLATE=translate):
        return _publish_articles(articles)


def queue_translations(page_ids: list[int]) -> int:
    """Queue every language's job for these articles, as publishing does."""
    from wagtail.models import Page

    from masthead.translation.services import request_translations

    return sum(len(request_translations(Page.objects.get(pk=pk))) for pk in page_ids)


def _publish_articles(articles: list[dict[str, Any]]) -> list[int]:
    import datetime

    from wagtail.models import Page
    from wagtail.rich_text import RichText

    from masthead.people.factories import AuthorFactory
    from masthead.taxonomy.factories import RegionFactory
    from masthead.testing import Outlet, publish_article

    index = Page.objects.get(slug="articles", locale__language_code="en").specific
    outlet = Outlet(None, index, None, None, None, None, None, None)
    ids = []
    for spec in articles:
        spec = dict(spec)
        writer = AuthorFactory(name=spec.pop("writer"))
        paragraphs = spec.pop("paragraphs", [])
        region = spec.pop("region", None)
        article = publish_article(
            outlet,
            authors=[(writer, "author")],
            regions=[RegionFactory(name=region)] if region else [],
            date=datetime.date(2024, 3, 5),
            body=[("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs],
            **spec,
        )
        ids.append(article.pk)
    return ids


def run_worker_in_process() -> int:
    """Drain the queue with the real worker loop, in this process."""
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)
    return DBTaskResult.objects.count()


def republish(page_id: int, **fields: Any) -> int:
    from wagtail.models import Page

    page = Page.objects.get(pk=page_id).specific
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page.live_revision_id


def page_snapshot() -> dict[str, Any]:
    """Every article in every language: what readers see and which revision is live."""
    from masthead.articles.models import ArticlePage

    return {
        f"{page.translation_key}:{page.locale.language_code}": {
            "id": page.pk,
            "title": page.title,
            "lead": page.lead,
            "body": json.dumps(list(page.body.raw_data)),
            "live_revision_id": page.live_revision_id,
            "revisions": page.revisions.count(),
            "bylines": sorted(b.author.name for b in page.article_authors.all()),
        }
        for page in ArticlePage.objects.select_related("locale")
    }


def report() -> dict[str, Any]:
    """Jobs, failed task rows, review marks and the validity of every translated page."""
    from django.core.exceptions import ValidationError
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult
    from wagtail.models import ReferenceIndex
    from wagtail_localize.models import StringTranslation

    from masthead.articles.models import ArticlePage
    from masthead.translation.models import TranslationJob

    pages = {}
    for page in ArticlePage.objects.exclude(locale__language_code="en").select_related("locale"):
        try:
            page.full_clean()
            errors = ""
        except ValidationError as exc:
            errors = str(exc)
        author = page.article_authors.first().author
        usage = ReferenceIndex.get_references_to(author).filter(object_id=str(page.pk))
        pages[page.pk] = {
            "language": page.locale.language_code,
            "title": page.title,
            "seo_title": page.seo_title,
            "featured_image_credit": page.featured_image_credit,
            "live": page.live,
            "errors": errors,
            "author_locale": author.locale.language_code,
            "author_usage_recorded": usage.exists(),
        }
    return {
        "jobs": [
            {
                "id": job.pk,
                "page": job.source_page_id,
                "language": job.target_locale.language_code,
                "status": job.status,
                "attempts": job.attempts,
                "seconds": job.seconds,
                "last_error": job.last_error,
                "notes": job.notes,
                "started_at": job.started_at.timestamp() if job.started_at else None,
                "finished_at": job.finished_at.timestamp() if job.finished_at else None,
            }
            for job in TranslationJob.objects.select_related("target_locale")
        ],
        "tasks": {
            status: DBTaskResult.objects.filter(status=status).count()
            for status in TaskResultStatus.values
        },
        "watchdogs": DBTaskResult.objects.filter(
            task_path="masthead.translation.tasks.watch_translation_job"
        ).count(),
        "failed_tasks": [
            {"task": row.task_path, "args": row.args_kwargs, "error": row.exception_class_path}
            for row in DBTaskResult.objects.filter(status=TaskResultStatus.FAILED)
        ],
        "pages": pages,
        "review_marks": list(
            StringTranslation.objects.filter(tool_name__contains="please review").values_list(
                "context__path", "tool_name"
            )
        ),
    }
