"""Background tasks (django-tasks): arguments are ids, each run is idempotent.

All queueing of translation work happens here. The services announce what needs a run
(signals.py) and these receivers queue it; tasks import the services, never the reverse.
"""

from __future__ import annotations

import datetime
from typing import Any

from django_tasks import TaskContext, task

from masthead.translation import leases, services
from masthead.translation.models import TranslationJob


@task(takes_context=True)
def translate_article(context: TaskContext, job_id: int) -> str:
    """Translate one article into one language (see services.run_job).

    Each run first sweeps jobs whose worker died (leases.reclaim_expired), so a worker that
    keeps taking jobs also keeps recovering abandoned ones.
    """
    leases.reclaim_expired()
    if not TranslationJob.objects.filter(pk=job_id).exists():
        return "deleted"  # the article was deleted while the task waited: nothing to do
    task_result_id = str(context.task_result.id) if context.task_result else ""
    return services.run_job(job_id, task_result_id=task_result_id).status


@task()
def watch_translation_job(job_id: int, lease_token: str) -> str:
    """At a run's lease expiry: queue the job again if that run's worker died."""
    return leases.watch(job_id, lease_token)


@task()
def request_article_translations(page_id: int) -> int:
    """Queue one job per target language for a newly published article."""
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    if page is None or not page.live:
        return 0
    return len(services.request_translations(page))


def enqueue_jobs(job_ids: list[int], run_after: datetime.datetime | None = None) -> None:
    """Queue a translation task per job (now, or after ``run_after`` where the backend can)."""
    queued = translate_article
    if run_after is not None:
        if not queued.get_backend().supports_defer:
            # This backend runs tasks at once; `manage.py retry_translations` picks the job
            # up when its backoff has passed.
            return
        queued = queued.using(run_after=run_after)
    for job_id in job_ids:
        queued.enqueue(job_id)


def schedule_watchdog(job_id: int, token: str, at: datetime.datetime) -> None:
    """Queue the lease check for ``at`` (on backends that can run a task later)."""
    watchdog = watch_translation_job
    if not watchdog.get_backend().supports_defer:
        return  # the sweep in each task and in retry_translations covers these backends
    watchdog.using(run_after=at + datetime.timedelta(seconds=1)).enqueue(job_id, token)


def update_reference_index(objects: list[Any]) -> None:
    """Queue Wagtail's reference-index update once per object a translation job wrote."""
    from wagtail.tasks import update_reference_index_task

    keys = [(o._meta.app_label, o._meta.model_name, str(o.pk)) for o in objects]
    for key in dict.fromkeys(keys):
        update_reference_index_task.enqueue(*key)


# Receivers for signals.py, connected in signal_handlers.register_signal_handlers().
def on_jobs_queued(
    sender: Any, job_ids: list[int], run_after: datetime.datetime | None = None, **kwargs: Any
) -> None:
    enqueue_jobs(job_ids, run_after=run_after)


def on_lease_taken(
    sender: Any, job_id: int, token: str, expires: datetime.datetime, **kwargs: Any
) -> None:
    schedule_watchdog(job_id, token, expires)


def on_objects_written(sender: Any, objects: list[Any], **kwargs: Any) -> None:
    update_reference_index(objects)
