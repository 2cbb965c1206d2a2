"""Store the story signature of every article published before the stories app existed."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from masthead.stories.services import index_all


class Command(BaseCommand):
    help = (
        "Store the original address and text signature of every article, so that incoming "
        "pieces we already carry are found (publishing stores them from then on)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--stale-only",
            action="store_true",
            help="Only articles without a signature of the current version.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        count = index_all(stale_only=options["stale_only"])
        self.stdout.write(f"Stored the signatures of {count} article(s).")
