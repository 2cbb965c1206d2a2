"""Install machine-translation model packages (see docs/explanation/translation-engine.md).

``mt_install --languages all`` (or ``de,fr,ja``) installs English↔language packages from the
public Argos index; ``mt_install SOURCE…`` installs given files or URLs.
"""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from masthead.translation.package_index import (
    PIVOT,
    PairPlan,
    download_links,
    index_url,
    install_from_index,
    newest_packages,
    plan_install,
    read_index,
)
from masthead.translation.packages import (
    InstallResult,
    PackageError,
    install_package,
    installed_packages,
    packages_dir,
)


class Command(BaseCommand):
    help = (
        "Install Argos .argosmodel translation packages: English↔language pairs from the "
        "public Argos index (--languages), or given URLs and local files (checking their "
        "sha256); or list the installed ones."
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
            "--languages",
            metavar="CODES",
            help="'all' (every language in settings.LANGUAGES) or a comma-separated list "
            "(de,fr,zh-hans): install the newest English→language and language→English "
            "packages from the package index (MASTHEAD_TRANSLATION['INDEX_URL']).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="With --languages: print what would be installed, change nothing.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace an installed package of the same pair (with --languages: reinstall "
            "even up-to-date pairs).",
        )
        parser.add_argument(
            "--list", action="store_true", help="List installed packages and their licences."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        sources: list[str] = options["sources"]
        checksums: list[str] = options["sha256"]
        if options["languages"] is not None:
            if sources or checksums:
                raise CommandError("Give either --languages or package sources, not both.")
            self._install_languages(options["languages"], options["force"], options["dry_run"])
            if options["list"]:
                self._list()
            return
        if options["dry_run"]:
            raise CommandError("--dry-run works with --languages only.")
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
            self._warn_non_commercial(result, pair)

    def _warn_non_commercial(self, result: InstallResult, pair: str) -> None:
        if re.search(r"\bNC\b", result.licence_name, re.I):
            self.stdout.write(
                self.style.WARNING(f"{pair}: licence {result.licence_name} forbids commercial use.")
            )

    # --- From the package index ------------------------------------------------------------

    def _languages(self, value: str) -> list[str]:
        enabled = [code for code, _name in settings.LANGUAGES]
        if value.strip().lower() == "all":
            return [code for code in enabled if code != PIVOT]
        wanted = [part.strip().lower() for part in value.split(",") if part.strip()]
        if not wanted:
            raise CommandError("--languages needs 'all' or a list of codes such as de,fr,ja.")
        unknown = [code for code in wanted if code not in {c.lower() for c in enabled}]
        if unknown:
            raise CommandError(
                f"Not a language of this site: {', '.join(unknown)}. "
                f"Enabled languages (settings.LANGUAGES): {', '.join(enabled)}."
            )
        if PIVOT in wanted:
            self.stdout.write("English is the source language: it needs no package of its own.")
        return [code for code in wanted if code != PIVOT]

    def _install_languages(self, value: str, force: bool, dry_run: bool) -> None:
        languages = self._languages(value)
        if not languages:
            raise CommandError("No language to install packages for.")
        url = index_url()
        self.stdout.write(f"Reading the package index {url}")
        try:
            index = newest_packages(read_index(url))
        except PackageError as exc:
            raise CommandError(f"Nothing installed: {exc}") from exc
        plans = plan_install(languages, index, force=force)
        counts = {"installed": 0, "up to date": 0, "missing": 0, "failed": 0}
        failed: list[str] = []
        for plan in plans:
            outcome = self._do_pair(plan, url, dry_run)
            counts[outcome] += 1
            if outcome == "failed":
                failed.append(plan.label)
        verb = "to install" if dry_run else "installed"
        self.stdout.write(
            f"Summary: {counts['installed']} {verb}, {counts['up to date']} up to date, "
            f"{counts['missing']} not in the index, {counts['failed']} failed."
        )
        if failed:
            raise CommandError(
                f"{len(failed)} package(s) failed: {', '.join(failed)}; "
                "nothing was changed for them (see above)."
            )
        if not counts["installed"] and not counts["up to date"]:
            raise CommandError("Nothing installed: the index has no package for these languages.")

    def _do_pair(self, plan: PairPlan, url: str, dry_run: bool) -> str:
        """Report (and unless ``dry_run`` carry out) one pair; returns the summary bucket."""
        entry, label = plan.entry, plan.label
        if entry is None:
            self.stdout.write(self.style.WARNING(f"{label}: {plan.missing_message()}"))
            return "missing"
        version = entry.package_version or "(no version)"
        if plan.action == "up to date":
            installed = plan.installed.package_version if plan.installed else ""
            self.stdout.write(f"{label}: up to date ({installed or version})")
            return "up to date"
        old = plan.installed.package_version if plan.installed else ""
        links = download_links(entry, url)
        link = links[0] if links else "(no usable link)"
        if dry_run:
            what = f"replace {old} with" if plan.action == "replace" else plan.action
            self.stdout.write(f"{label}: would {what} {version} from {link}")
            return "installed"
        self.stdout.write(f"{label}: downloading {version} …")
        try:
            result = install_from_index(entry, force=plan.action == "reinstall", index_location=url)
        except PackageError as exc:
            self.stdout.write(
                self.style.ERROR(f"{label}: FAILED, nothing changed for this pair: {exc}")
            )
            return "failed"
        licence = result.licence_name or "no licence found in README.md: check it"
        done = {"reinstall": "reinstalled", "replace": f"replaced {old} with"}.get(
            plan.action, "installed"
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"{label}: {done} {result.package.package_version} ({licence}), "
                f"sha256 {result.record.sha256[:12]}…"
            )
        )
        self._warn_non_commercial(result, label)
        return "installed"

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
            checksum = (record.sha256 if record else package.sha256) or "unknown"
            self.stdout.write(
                f"{package.from_code}→{package.to_code}  {package.package_version or '-'}  "
                f"licence: {licence}  {package.directory.name}  sha256: {checksum}"
            )
        for source, target in sorted(records):
            self.stdout.write(
                self.style.WARNING(f"{source}→{target}: recorded but missing from {packages_dir()}")
            )
