"""Back up the database, media and translation models into a new folder (docs/how-to/backups.md)."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from masthead.core.backup import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Write a backup of the database (SQLite online backup or pg_dump), the media files and "
        "the translation models into DIR, which must be new or empty, with a manifest of "
        "checksums. The site may keep running."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("directory", type=Path)

    def handle(self, *args: Any, directory: Path, **options: Any) -> None:
        self.verbosity = int(options["verbosity"])
        try:
            manifest = create_backup(directory, progress=self._say)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        size = sum(p.stat().st_size for p in directory.rglob("*") if p.is_file())
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up to {directory}: {len(manifest['files'])} files, "
                f"{size / 1024 / 1024:.1f} MB, {len(manifest['migrations'])} migrations applied."
            )
        )
        if not manifest["media"]["copied"]:
            self.stdout.write(
                self.style.WARNING(
                    "Media are in a bucket and were not copied: keep the bucket versioned."
                )
            )

    def _say(self, message: str) -> None:
        if self.verbosity >= 1:
            self.stdout.write(f"  {message}")
