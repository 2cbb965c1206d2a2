"""Build the demo outlet (idempotent) and print the editor's login."""

import os
from typing import Any

from django.core.management.base import BaseCommand

from masthead.demo.builder import load_demo_site

DEFAULT_PASSWORD = "masthead-demo"  # noqa: S105 — a local demo login, printed on purpose


class Command(BaseCommand):
    help = "Create the demo outlet (articles, authors, partners, terms) and an editor login."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--password",
            default=os.environ.get("MASTHEAD_DEMO_PASSWORD", DEFAULT_PASSWORD),
            help="Password for the 'editor' account (default: $MASTHEAD_DEMO_PASSWORD or "
            f"'{DEFAULT_PASSWORD}').",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        login = load_demo_site(options["password"], log=self.stdout.write)
        if login.created_site:
            self.stdout.write(self.style.SUCCESS("Demo outlet created."))
        else:
            self.stdout.write("Demo outlet already present; left as it is.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Editor login: username '{login.username}', password '{login.password}' "
                "(admin at /admin/)"
            )
        )
