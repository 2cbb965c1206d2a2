"""Restore a backup made by ``manage.py backup`` into this site (docs/how-to/backups.md)."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from masthead.core.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore the database, media and translation models from a backup folder. Every "
        "file's checksum is checked first; a site that already has content is refused unless "
        "--force is given. Stop the web server and the worker before restoring."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("directory", type=Path)
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the database, media and models this site already has.",
        )

    def handle(self, *args: Any, directory: Path, force: bool, **options: Any) -> None:
        self.verbosity = int(options["verbosity"])
        try:
            report = restore_backup(directory, force=force, progress=self._say)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {directory}: {report.vendor} database, media {report.media}, "
                f"{report.files} files checked."
            )
        )
        if report.pending_migrations:
            self.stdout.write(
                self.style.WARNING(
                    f"This code has {len(report.pending_migrations)} migrations the backup "
                    "predates: run `manage.py migrate` before starting the site."
                )
            )
        self.stdout.write(
            "Start the site again; if it has a page cache, clear it first (docs/how-to/backups.md)."
        )

    def _say(self, message: str) -> None:
        if self.verbosity >= 1:
            self.stdout.write(f"  {message}")
