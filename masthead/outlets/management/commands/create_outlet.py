"""Start a new outlet on an empty database (docs/tutorial/start-your-own-outlet.md)."""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from masthead.accounts.models import User
from masthead.accounts.services import ensure_editor
from masthead.outlets.services import OutletSetupError, create_outlet


class Command(BaseCommand):
    help = (
        "Create an outlet's home page, article archive, author and term indexes, settings and "
        "first editor account. Creates only what is missing: safe to run again."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--name", help="The outlet's name, e.g. 'The Harbour Gazette'.")
        parser.add_argument("--url", help="Public address, e.g. https://news.example.org.")
        parser.add_argument(
            "--languages",
            help="Comma-separated language codes (default: every language in "
            "MASTHEAD_LANGUAGES). English, the source language, is always included.",
        )
        parser.add_argument("--tagline", default="", help="One line under the name.")
        parser.add_argument("--editor", help="Username of the first editor account.")
        parser.add_argument("--editor-email", default="", help="The editor's email address.")
        parser.add_argument(
            "--editor-password",
            help="The editor's password (default: $MASTHEAD_EDITOR_PASSWORD, else asked for).",
        )
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Never prompt; fail if something required is missing.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        interactive = options["interactive"] and sys.stdin.isatty()
        name = options["name"] or self._ask("Outlet name", interactive)
        url = options["url"] or self._ask("Public URL", interactive, settings.SITE_BASE_URL)
        languages = _codes(options["languages"]) if options["languages"] else None
        # Ask for everything before writing anything, so a refusal leaves the database as it was.
        editor = self._editor_login(options, interactive)
        try:
            setup = create_outlet(
                name=name, base_url=url, languages=languages, tagline=options["tagline"]
            )
        except OutletSetupError as exc:
            raise CommandError(str(exc)) from exc
        for item in setup.created:
            self.stdout.write(f"Created {item}")
        if not setup.created:
            self.stdout.write(
                f"The outlet “{setup.home.title}” is already set up; nothing changed."
            )
        if editor:
            ensure_editor(*editor)
            self.stdout.write(f"Created editor account “{editor[0]}”.")
        public = url.strip().rstrip("/")
        self.stdout.write(
            self.style.SUCCESS(
                f"Outlet ready at {public}/ — add articles in the admin ({public}/admin/) "
                "or with `manage.py import_article FILE`."
            )
        )

    def _editor_login(
        self, options: dict[str, Any], interactive: bool
    ) -> tuple[str, str, str] | None:
        """(username, email, password) of an editor account to create, or None."""
        username = options["editor"]
        if not username and interactive:
            username = self._ask("First editor's username", interactive, "editor")
        if not username:
            if not User.objects.filter(is_superuser=True).exists():
                self.stdout.write(
                    "No editor account yet: run again with --editor NAME, or "
                    "`manage.py createsuperuser`."
                )
            return None
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Editor account “{username}” already exists; left as it is.")
            return None
        password = options["editor_password"] or os.environ.get("MASTHEAD_EDITOR_PASSWORD", "")
        if not password and interactive:
            password = getpass.getpass(f"Password for {username}: ")
        if not password:
            raise CommandError(
                f"Give a password for “{username}” with --editor-password or "
                "MASTHEAD_EDITOR_PASSWORD."
            )
        return username, options["editor_email"], password

    def _ask(self, label: str, interactive: bool, default: str = "") -> str:
        if not interactive:
            if default:
                return default
            raise CommandError(f"{label} is required: pass it as an option (see --help).")
        suffix = f" [{default}]" if default else ""
        answer = input(f"{label}{suffix}: ").strip()
        return answer or default


def _codes(value: str) -> list[str]:
    return [code.strip().lower() for code in value.split(",") if code.strip()]
