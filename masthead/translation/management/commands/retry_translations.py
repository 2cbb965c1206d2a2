"""Re-run translation jobs whose retry time has come (cron, for task backends that cannot defer)."""

from typing import Any

from django.core.management.base import BaseCommand

from masthead.translation.services import retry_due_jobs


class Command(BaseCommand):
    help = "Re-run failed translation jobs whose backoff has passed."

    def handle(self, *args: Any, **options: Any) -> None:
        count = retry_due_jobs()
        self.stdout.write(f"Re-ran {count} translation job(s).")
