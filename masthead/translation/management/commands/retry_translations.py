"""Recover and re-run translation jobs (cron, and for task backends that cannot defer).

* Jobs whose worker died (their lease ran out) are queued again.
* Jobs waiting to retry whose backoff has passed are run.
"""

from typing import Any

from django.core.management.base import BaseCommand

from masthead.translation.services import recover_abandoned_jobs, retry_due_jobs


class Command(BaseCommand):
    help = (
        "Queue again translation jobs abandoned by a stopped worker, and re-run failed jobs "
        "whose backoff has passed."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        recovered = recover_abandoned_jobs()
        count = retry_due_jobs()
        self.stdout.write(
            f"Queued again {len(recovered)} abandoned translation job(s). "
            f"Re-ran {count} translation job(s)."
        )
