"""Import a WordPress site from its export file (see docs/how-to/import-from-wordpress.md)."""

from __future__ import annotations

import datetime
import sys
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from masthead.importers.wordpress.importer import (
    ImportOptions,
    Progress,
    Survey,
    WxrImportError,
    import_wxr,
    survey,
)
from masthead.importers.wordpress.mapping import SECTIONS, MappingError, TermMapping, skeleton


class Command(BaseCommand):
    help = (
        "Import posts, authors, categories and tags, media and old URLs from a WordPress "
        "export (Tools → Export → All content). Safe to run again: posts are matched by GUID."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="The WXR file WordPress exported.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file, print counts and a mapping-file skeleton; write nothing.",
        )
        parser.add_argument(
            "--since",
            type=datetime.date.fromisoformat,
            help="Only posts changed on or after this date (YYYY-MM-DD).",
        )
        media = parser.add_mutually_exclusive_group()
        media.add_argument(
            "--media-dir", type=Path, help="A copy of the site's wp-content/uploads folder."
        )
        media.add_argument(
            "--fetch-media",
            action="store_true",
            help="Download images from the old site (through the safe fetcher).",
        )
        parser.add_argument(
            "--mapping", type=Path, help="TOML file mapping categories and tags to terms."
        )
        parser.add_argument("--outlet", default="", help="The site's hostname or name.")
        parser.add_argument(
            "--progress",
            action="store_true",
            help="Show the progress bar even when stderr is not a terminal.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        mapping_text = ""
        if options["mapping"]:
            try:
                mapping_text = options["mapping"].read_text(encoding="utf-8")
            except OSError as error:
                raise CommandError(f"{options['mapping']}: {error.strerror}") from None
        run_options = ImportOptions(
            dry_run=options["dry_run"],
            since=options["since"],
            media_dir=options["media_dir"],
            fetch_media=options["fetch_media"],
            mapping=mapping_text,
            outlet=options["outlet"],
        )
        try:
            found = survey(path, run_options)
            if run_options.dry_run:
                self._dry_run(found, run_options)
                return
            bar = _Bar(sys.stderr) if options["progress"] or sys.stderr.isatty() else None
            result = import_wxr(path, run_options, checked=found, progress=bar, every=100)
        except (WxrImportError, MappingError) as error:
            raise CommandError(f"{path}: {error}") from None
        if bar:
            bar.close()
        self._report(result)

    def _dry_run(self, found: Survey, options: ImportOptions) -> None:
        out = self.stdout.write
        out(f"Site: {found.site.title or '—'} ({found.site.link or 'no address'})")
        out(f"WXR version: {found.site.wxr_version}")
        out(f"Posts to import: {found.posts}")
        out(f"  already imported (would be updated): {found.already_imported}")
        out(f"  new (would be created): {found.posts - found.already_imported}")
        for status, count in sorted(found.statuses.items()):
            out(f"  status {status}: {count}")
        out(f"  sticky: {found.sticky}")
        out(f"Authors declared: {found.authors}")
        out(f"Attachments (images): {found.attachments}")
        left_out = {k: v for k, v in found.items.items() if k not in ("post", "attachment")}
        for post_type, count in sorted(left_out.items()):
            out(f"Not imported: {count} item(s) of type '{post_type}'")
        if options.mapping:
            mapping = TermMapping.from_toml(options.mapping)
            out("Filing with the mapping file:")
            for key, name in sorted(found.term_names.items()):
                target = mapping.target(*key)
                section = SECTIONS[key[0]]
                if target:
                    shown = f"{target.vocabulary}: {target.name or name}"
                elif mapping.names(*key):
                    shown = "skip"
                else:
                    shown = "not in the mapping file (left out)"
                count = found.term_counts.get(key, 0)
                out(f"  {section} {key[1]} ({name}, {count} posts) -> {shown}")
        else:
            out("Mapping file skeleton (save it, edit, pass it with --mapping):")
            out("")
            out(skeleton(found.term_names, found.term_counts))
        out("Dry run: nothing was written.")

    def _report(self, result: Progress) -> None:
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {result.total} posts: {result.created} created, "
                f"{result.updated} updated, {result.unchanged} unchanged, "
                f"{result.skipped} skipped; {result.images} images."
            )
        )
        for problem in result.problems:
            self.stdout.write(self.style.WARNING(problem))
        if result.more_problems:
            self.stdout.write(self.style.WARNING(f"… and {result.more_problems} more problems."))


class _Bar:
    """A one-line progress bar on stderr: count, rate and a bar; redrawn at most 5 times/s."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.drawn = 0.0

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        if now - self.drawn < 0.2 and progress.done < progress.total:
            return
        self.drawn = now
        total = max(progress.total, 1)
        filled = int(30 * progress.done / total)
        rate = progress.done / max(now - self.started, 1e-6)
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (30 - filled)}] {progress.done}/{progress.total} posts"
            f"  {rate:.0f}/s "
        )
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n")
        self.stream.flush()
