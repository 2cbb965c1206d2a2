"""Scheduled publishing without cron: the task worker publishes and unpublishes on time.

``publish_scheduled_pages`` does what Wagtail's ``publish_scheduled`` command does (go-live and
expiry, for pages and snippets with draft state) and then queues itself again to run
``MASTHEAD_SCHEDULED_PUBLISHING_INTERVAL`` seconds later, so a worker that is running keeps
scheduled pages within a minute of their time. The chain is started after ``migrate`` and
whenever an editor schedules something (apps.py connects the receivers); at most one run waits
in the queue at a time.

Publishing goes through Wagtail's ``Revision.publish`` and ``unpublish``, which send
``page_published`` / ``page_unpublished``: the page cache and the search index follow as they
do for a publish by hand.
"""

from __future__ import annotations

import datetime
import logging
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils import timezone
from django_tasks import task
from wagtail.models import DraftStateMixin, Page, Revision

from masthead.core.periodic import run_due_jobs

logger = logging.getLogger(__name__)


def interval_seconds() -> int:
    return int(getattr(settings, "MASTHEAD_SCHEDULED_PUBLISHING_INTERVAL", 30))


def _scheduled_models() -> list[type[Any]]:
    return [Page] + [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]


def publish_due(now: datetime.datetime | None = None) -> dict[str, int]:
    """Unpublish what has expired and publish the revisions whose go-live time has passed.

    Rows are locked while they are handled (PostgreSQL; SQLite writes one at a time anyway) and
    skipped when another worker holds them, so two workers never publish the same revision
    twice.
    """
    now = now or timezone.now()
    expired = published = 0
    for model in _scheduled_models():
        with transaction.atomic():
            due = (
                model.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(live=True, expire_at__lt=now)
                .order_by("expire_at")
            )
            for obj in list(due):
                obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
                expired += 1
    with transaction.atomic():
        revisions = (
            Revision.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(approved_go_live_at__lt=now)
            .order_by("approved_go_live_at")
        )
        for revision in list(revisions):
            # The go-live time has passed, so publishing makes the object live at once.
            revision.publish(log_action="wagtail.publish.scheduled")
            published += 1
    return {"published": published, "expired": expired}


def _waiting_runs() -> int | None:
    """How many runs wait in the database queue; None where the backend cannot tell."""
    backend = publish_scheduled_pages.get_backend()
    if not backend.supports_defer:
        return None
    try:
        from django_tasks_db.backend import DatabaseBackend
        from django_tasks_db.models import DBTaskResult
    except ImportError:  # pragma: no cover - django-tasks-db is a runtime dependency
        return None
    if not isinstance(backend, DatabaseBackend):
        return None
    return DBTaskResult.objects.filter(
        task_path=publish_scheduled_pages.module_path, status="READY"
    ).count()


def prune_finished_runs(older_than: datetime.timedelta = datetime.timedelta(days=1)) -> int:
    """Delete this task's own successful runs older than a day; how many went.

    The schedule finishes a run every interval (2,880 a day at 30 seconds); without this the
    database queue's result table would grow by a million rows a year.
    """
    if _waiting_runs() is None:
        return 0
    from django_tasks_db.models import DBTaskResult

    deleted, _ = DBTaskResult.objects.filter(
        task_path=publish_scheduled_pages.module_path,
        status="SUCCESSFUL",
        finished_at__lt=timezone.now() - older_than,
    ).delete()
    return deleted


def ensure_scheduled_publishing(delay_seconds: int | None = None) -> bool:
    """Queue the next run unless one is already waiting. Returns whether one was queued.

    Backends that run tasks at once (the tests' immediate backend) cannot wait, and would
    recurse: there nothing is queued, and ``publish_due`` is called directly where needed.
    An interval of 0 turns the schedule off (a site that runs ``publish_scheduled`` from cron).
    """
    backend = publish_scheduled_pages.get_backend()
    if not backend.supports_defer or interval_seconds() <= 0:
        return False
    waiting = _waiting_runs()
    if waiting:
        return False
    delay = interval_seconds() if delay_seconds is None else delay_seconds
    run_after = timezone.now() + datetime.timedelta(seconds=delay)
    publish_scheduled_pages.using(run_after=run_after).enqueue()
    return True


@task()
def publish_scheduled_pages() -> dict[str, int]:
    """Publish and unpublish what is due, run due periodic jobs, then queue the next run."""
    try:
        return publish_due()
    finally:
        # The same clock starts the apps' periodic jobs (core/periodic.py).
        try:
            run_due_jobs()
        except Exception:
            logger.exception("Periodic jobs could not be run")
        # Queued even when publishing failed, so one bad page cannot stop the schedule. Two
        # runs that overlap may both queue a successor; the next run sees the other waiting
        # and stops its own chain, so the schedule settles back to one.
        try:
            ensure_scheduled_publishing()
            prune_finished_runs()
        except Exception:  # a failed enqueue is logged; the publishing result still stands
            logger.exception("Could not queue the next scheduled-publishing run")


def _start_after_migrate(**kwargs: Any) -> None:
    # Deploys run migrate, so a fresh or restarted site always has a run waiting. `flush`
    # sends the same signal without a migration plan: emptying a database is not a deploy.
    if kwargs.get("plan") is None:
        return
    try:
        ensure_scheduled_publishing(delay_seconds=0)
    except DatabaseError:  # the task table is not there yet (migrate of a single app)
        logger.warning("Scheduled publishing not started: the task table is missing")


def _start_on_schedule(sender: type[Any], instance: Revision, **kwargs: Any) -> None:
    if instance.approved_go_live_at is not None:
        transaction.on_commit(ensure_scheduled_publishing)


def _start_on_expiry(sender: type[Any], instance: Page, **kwargs: Any) -> None:
    if instance.expire_at is not None:
        transaction.on_commit(ensure_scheduled_publishing)


def register_scheduled_publishing() -> None:
    """Connect the receivers that start the chain (called from CoreConfig.ready)."""
    from django.db.models.signals import post_migrate, post_save
    from wagtail.signals import page_published

    post_migrate.connect(
        _start_after_migrate,
        sender=apps.get_app_config("core"),
        dispatch_uid="masthead-scheduled-publishing",
    )
    post_save.connect(_start_on_schedule, sender=Revision, dispatch_uid="masthead-go-live")
    page_published.connect(_start_on_expiry, dispatch_uid="masthead-expiry")
