"""Re-checking originals in the worker: the periodic job queues one task per due original."""

from __future__ import annotations

import logging

from django_tasks import task

from masthead.stories import originals

logger = logging.getLogger(__name__)


@task()
def check_original(watch_id: int) -> str:
    """One look at one original; idempotent (a watch not due any more is left alone)."""
    return originals.check_watch(watch_id)


def queue_due_checks() -> int:
    """The periodic job: short, it only queues the checks whose time has come."""
    due = originals.due_watches()
    for watch_id in due:
        check_original.enqueue(watch_id)
    return len(due)
