"""Delete guest comments whose email address was never confirmed in time (cron-friendly)."""

from typing import Any

from django.core.management.base import BaseCommand

from masthead.comments.services import purge_unconfirmed


class Command(BaseCommand):
    help = "Delete guest comments never confirmed within the site's confirmation days."

    def handle(self, *args: Any, **options: Any) -> None:
        deleted = purge_unconfirmed()
        self.stdout.write(f"Deleted {deleted} unconfirmed guest comments.")
