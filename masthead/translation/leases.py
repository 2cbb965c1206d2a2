"""Leases on translation jobs: a job held by a worker that died is taken up again.

django-tasks' database backend never recovers a task whose worker was killed (its row stays
"running"), so recovery is ours:

* a run *claims* its job with a fresh token and a lease (``lease_seconds()``, 60 s unless
  ``MASTHEAD_TRANSLATION_LEASE_SECONDS`` says otherwise) and renews it from a heartbeat
  thread every quarter of the lease while it works;
* a *watchdog* task is queued for the moment the lease would run out; if the job is still
  held then and its lease has expired, the job is queued again (``reclaim_expired``); if
  the lease was renewed, the watchdog queues itself for the new expiry;
* every translation task and ``manage.py retry_translations`` also sweep expired leases, so
  a lost watchdog only delays recovery until the next job or cron run;
* the final write checks, inside its transaction, that the run still holds the lease, so a
  run that was presumed dead and comes back never overwrites the newer run's work.

An abandoned job is therefore queued again between ¾ of a lease and a lease after the worker
died, plus the watchdog's 1 s margin and the worker's polling interval (1 s): 46–62 s after
the kill by default, if a worker is free then.
"""

from __future__ import annotations

import datetime
import logging
import secrets
import threading
import uuid
from types import TracebackType

from django.conf import settings
from django.db import close_old_connections, connection, transaction
from django.db.models import Q
from django.utils import timezone

from masthead.translation.models import TranslationJob
from masthead.translation.signals import jobs_queued, lease_taken

logger = logging.getLogger(__name__)

DEFAULT_LEASE_SECONDS = 60
# A run that is still "alive" after this long is presumed hung: the heartbeat stops renewing
# so another worker can take the job (the fencing check keeps the two from both writing).
DEFAULT_MAX_RUN_SECONDS = 30 * 60
WORKER_LOST_CLASS = "masthead.translation.leases.WorkerLost"


class WorkerLost(Exception):
    """Recorded on a background task whose worker stopped while it ran."""


class LeaseLost(Exception):
    """This run no longer holds its job: another run took it over."""


def lease_seconds() -> float:
    return float(getattr(settings, "MASTHEAD_TRANSLATION_LEASE_SECONDS", DEFAULT_LEASE_SECONDS))


def max_run_seconds() -> float:
    return float(getattr(settings, "MASTHEAD_TRANSLATION_MAX_RUN_SECONDS", DEFAULT_MAX_RUN_SECONDS))


def _expiry(now: datetime.datetime | None = None) -> datetime.datetime:
    return (now or timezone.now()) + datetime.timedelta(seconds=lease_seconds())


def _held(now: datetime.datetime) -> Q:
    return Q(status=TranslationJob.Status.RUNNING, lease_expires_at__gt=now)


def claim(job: TranslationJob, *, task_result_id: str = "") -> str | None:
    """Take the job for this run; None when another live run holds it.

    One conditional UPDATE, so two workers given the same job cannot both take it.
    """
    now = timezone.now()
    token = secrets.token_hex(16)
    taken = (
        TranslationJob.objects.filter(pk=job.pk)
        .exclude(_held(now))
        .update(
            status=TranslationJob.Status.RUNNING,
            lease_token=token,
            lease_expires_at=_expiry(now),
            heartbeat_at=now,
            started_at=now,
            task_result_id=task_result_id[:64],
        )
    )
    if not taken:
        return None
    job.refresh_from_db()
    return token


def renew(job_id: int, token: str) -> bool:
    """Extend this run's lease; False when the run has lost the job."""
    now = timezone.now()
    return bool(
        TranslationJob.objects.filter(
            pk=job_id, lease_token=token, status=TranslationJob.Status.RUNNING
        ).update(lease_expires_at=_expiry(now), heartbeat_at=now)
    )


def assert_held(job_id: int, token: str) -> None:
    """Inside the final transaction: raise LeaseLost unless this run still holds the job."""
    held = (
        TranslationJob.objects.select_for_update()
        .filter(pk=job_id, lease_token=token, status=TranslationJob.Status.RUNNING)
        .exists()
    )
    if not held:
        raise LeaseLost(f"Translation job {job_id} was taken over by another run.")


class Heartbeat:
    """Renews a lease from a background thread while the job runs (``with Heartbeat(...)``).

    Not started inside an open transaction (the test suite's): another connection could not
    see the job row there, and the lease cannot expire during a test anyway.
    """

    def __init__(self, job_id: int, token: str) -> None:
        self.job_id = job_id
        self.token = token
        self.lost = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Heartbeat:
        if not connection.in_atomic_block:
            self._thread = threading.Thread(
                target=self._run, name=f"translation-job-{self.job_id}-heartbeat", daemon=True
            )
            self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        interval = max(0.1, lease_seconds() / 4)
        deadline = timezone.now() + datetime.timedelta(seconds=max_run_seconds())
        try:
            while not self._stop.wait(interval):
                if timezone.now() > deadline:
                    logger.warning("Translation job %s runs too long.", self.job_id)
                    return
                try:
                    if not renew(self.job_id, self.token):
                        self.lost = True
                        return
                except Exception:  # noqa: BLE001 — a busy database: try again next beat
                    logger.warning("Could not renew the lease of job %s", self.job_id)
        finally:
            close_old_connections()
            connection.close()


def reclaim_expired(now: datetime.datetime | None = None) -> list[int]:
    """Queue again every job whose worker let its lease run out; returns their ids.

    A job that has used all its attempts this way is marked failed instead (a worker that
    dies on the same article five times is not going to get through it on the sixth).
    """
    from masthead.translation.services import MAX_ATTEMPTS

    now = now or timezone.now()
    expired = TranslationJob.objects.filter(
        status=TranslationJob.Status.RUNNING, lease_expires_at__lte=now
    ).values_list("pk", "lease_token", "task_result_id", "attempts")
    requeued: list[int] = []
    for job_id, token, task_result_id, attempts in list(expired):
        exhausted = attempts >= MAX_ATTEMPTS
        message = (
            f"The worker stopped {attempts} times while translating this article (it may be "
            "too large for the server's memory); it will not be tried again automatically."
            if exhausted
            else "The worker translating this article stopped (killed or crashed); "
            "the job was queued again."
        )
        with transaction.atomic():
            taken = TranslationJob.objects.filter(
                pk=job_id,
                lease_token=token,
                status=TranslationJob.Status.RUNNING,
                lease_expires_at__lte=now,
            ).update(
                status=TranslationJob.Status.FAILED if exhausted else TranslationJob.Status.QUEUED,
                lease_token="",
                lease_expires_at=None,
                last_error=message,
                finished_at=now if exhausted else None,
            )
            if not taken:
                continue  # finished or renewed meanwhile
            _mark_task_lost(task_result_id, job_id)
            logger.warning("Translation job %s: lease expired; %s", job_id, message)
        if not exhausted:
            requeued.append(job_id)
    if requeued:
        transaction.on_commit(
            lambda: jobs_queued.send(sender=TranslationJob, job_ids=requeued, run_after=None)
        )
    return requeued


def _mark_task_lost(task_result_id: str, job_id: int) -> None:
    """The database backend leaves a dead worker's task "running"; record that it failed."""
    try:
        uuid.UUID(task_result_id)
    except ValueError:
        return  # not a database task row (another backend's id, or none)
    try:
        from django_tasks_db.models import DBTaskResult
    except ImportError:  # another task backend: nothing to tidy
        return
    from django_tasks import TaskResultStatus

    DBTaskResult.objects.filter(pk=task_result_id, status=TaskResultStatus.RUNNING).update(
        status=TaskResultStatus.FAILED,
        finished_at=timezone.now(),
        exception_class_path=WORKER_LOST_CLASS,
        traceback=(
            f"{WORKER_LOST_CLASS}: the worker running this task stopped before it finished "
            f"(killed or crashed); translation job {job_id} was queued again.\n"
        ),
    )


def announce_lease(job_id: int, token: str, expires: datetime.datetime | None) -> None:
    """After the commit, have the lease check queued for ``expires`` (tasks.py does that)."""
    transaction.on_commit(
        lambda: lease_taken.send(sender=TranslationJob, job_id=job_id, token=token, expires=expires)
    )


def watch(job_id: int, token: str) -> str:
    """The watchdog: reclaim the job if this run's lease expired, or look again later."""
    job = (
        TranslationJob.objects.filter(pk=job_id)
        .only("status", "lease_token", "lease_expires_at")
        .first()
    )
    if job is None or job.lease_token != token or job.status != TranslationJob.Status.RUNNING:
        return "done"
    if job.lease_expires_at and job.lease_expires_at > timezone.now():
        announce_lease(job_id, token, job.lease_expires_at)
        return "renewed"
    return "reclaimed" if job_id in reclaim_expired() else "done"
