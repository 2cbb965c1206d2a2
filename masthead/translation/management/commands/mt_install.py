"""Install machine-translation model packages (see docs/explanation/translation-engine.md)."""

from __future__ import annotations

import re
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from masthead.translation.packages import (
    PackageError,
    install_package,
    installed_packages,
    packages_dir,
)


class Command(BaseCommand):
    help = (
        "Install Argos .argosmodel translation packages from http(s) URLs or local files, "
        "checking their sha256, or list the installed ones."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("sources", nargs="*", metavar="SOURCE", help="URL or file path.")
        parser.add_argument(
            "--sha256",
            action="append",
            default=[],
            metavar="HEX",
            help="Expected sha256, once per SOURCE in the same order (required for URLs "
            "unless pinned in KNOWN_PACKAGES).",
        )
        parser.add_argument(
            "--force", action="store_true", help="Replace an installed package of the same pair."
        )
        parser.add_argument(
            "--list", action="store_true", help="List installed packages and their licences."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        sources: list[str] = options["sources"]
        checksums: list[str] = options["sha256"]
        if options["list"]:
            self._list()
            if not sources:
                return
        if not sources:
            raise CommandError("Give at least one package URL or file, or --list.")
        if checksums and len(checksums) != len(sources):
            raise CommandError(
                f"Got {len(checksums)} --sha256 value(s) for {len(sources)} source(s); "
                "give one per source, in the same order."
            )
        for index, source in enumerate(sources):
            sha256 = checksums[index] if checksums else None
            try:
                result = install_package(source, sha256=sha256, force=options["force"])
            except PackageError as exc:
                raise CommandError(f"Not installed: {exc}") from exc
            package = result.package
            pair = f"{package.from_code}→{package.to_code} {package.package_version}".strip()
            licence = result.licence_name or "no licence found in README.md: check it"
            verb = {"installed": "Installed", "replaced": "Replaced", "unchanged": "Already had"}
            self.stdout.write(
                self.style.SUCCESS(
                    f"{verb[result.action]} {pair} ({licence}) in {package.directory}"
                )
            )
            if re.search(r"\bNC\b", result.licence_name, re.I):
                self.stdout.write(
                    self.style.WARNING(
                        f"{pair}: licence {result.licence_name} forbids commercial use."
                    )
                )

    def _list(self) -> None:
        from masthead.translation.models import InstalledModelPackage

        records = {
            (r.source_language, r.target_language): r for r in InstalledModelPackage.objects.all()
        }
        packages = installed_packages()
        if not packages:
            self.stdout.write(f"No translation packages installed in {packages_dir()}.")
        for package in packages:
            record = records.pop(package.pair, None)
            licence = (record.licence_name if record else package.licence_name) or "unknown"
            self.stdout.write(
                f"{package.from_code}→{package.to_code}  {package.package_version or '-'}  "
                f"licence: {licence}  {package.directory.name}"
            )
        for source, target in sorted(records):
            self.stdout.write(
                self.style.WARNING(f"{source}→{target}: recorded but missing from {packages_dir()}")
            )
