"""Periodic jobs run by the task worker's clock, without cron.

Apps register short jobs in their ``AppConfig.ready()``::

    register_periodic("newsletters.send-due", every=timedelta(minutes=5), run=send_due_issues)

The scheduled-publishing chain (core/tasks.py) calls :func:`run_due_jobs` on every tick, so a
running worker starts each job within one tick of its time. A job is claimed by one conditional
UPDATE of its ``PeriodicJobState`` row, which both SQLite and PostgreSQL apply atomically: of
several workers ticking at once exactly one runs it, and nobody holds a lock while it runs. A
job must be short; long work (a newsletter send, a feed poll of many partners) is enqueued as
its own task from the job.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from masthead.core.models import PeriodicJobState

logger = logging.getLogger(__name__)

# A job that has been "running" this long was in a worker that died; it may be started again.
STALE_AFTER = datetime.timedelta(minutes=30)


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    every: datetime.timedelta
    run: Callable[[], object]


_jobs: dict[str, PeriodicJob] = {}


def register_periodic(name: str, every: datetime.timedelta, run: Callable[[], object]) -> None:
    """Run ``run()`` about every ``every`` in the worker. Registering a name again replaces it."""
    if every <= datetime.timedelta(0):
        raise ValueError(f"Periodic job {name!r}: the interval must be positive, not {every}.")
    _jobs[name] = PeriodicJob(name=name, every=every, run=run)


def registered_jobs() -> list[PeriodicJob]:
    return sorted(_jobs.values(), key=lambda job: job.name)


def _claim(job: PeriodicJob, now: datetime.datetime) -> bool:
    PeriodicJobState.objects.get_or_create(name=job.name)
    claimed = (
        PeriodicJobState.objects.filter(name=job.name)
        .filter(Q(last_started_at__isnull=True) | Q(last_started_at__lte=now - job.every))
        .filter(Q(running_since__isnull=True) | Q(running_since__lt=now - STALE_AFTER))
        .update(last_started_at=now, running_since=now)
    )
    return claimed == 1


def run_due_jobs(now: datetime.datetime | None = None) -> dict[str, str]:
    """Run every registered job whose time has come; returns ``{name: "ok" | error}``.

    One job's failure is recorded on its row and logged; the others still run.
    """
    now = now or timezone.now()
    outcome: dict[str, str] = {}
    for job in registered_jobs():
        if not _claim(job, now):
            continue
        error = ""
        try:
            job.run()
        except Exception as exc:  # recorded and logged: one bad job must not stop the clock
            logger.exception("Periodic job %s failed", job.name)
            error = f"{type(exc).__name__}: {exc}"
        PeriodicJobState.objects.filter(name=job.name).update(
            running_since=None, last_finished_at=timezone.now(), last_error=error
        )
        outcome[job.name] = error or "ok"
    return outcome
