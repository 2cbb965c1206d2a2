"""Import one article saved as plain text or Markdown (see docs/how-to/import-an-article.md)."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from masthead.importers.services import ImportRefused, ImportResult, import_parsed_article
from masthead.importers.text.parser import ArticleParseError, ParsedArticle, parse_article_file


class Command(BaseCommand):
    help = "Import an article from a text or Markdown file, creating or updating its page."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--publish", action="store_true", help="Publish it (default: draft).")
        parser.add_argument(
            "--dry-run", action="store_true", help="Print what was extracted; change nothing."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        try:
            parsed = parse_article_file(path)
        except ArticleParseError as exc:
            raise CommandError(f"{path}: {exc}") from exc

        if options["dry_run"]:
            self._print_fields(parsed)
            self.stdout.write("Dry run: nothing was written.")
            return
        try:
            result = import_parsed_article(parsed, publish=options["publish"])
        except ImportRefused as exc:
            raise CommandError(str(exc)) from exc
        for record in result.created_records:
            self.stdout.write(f"Created {record}")
        self.stdout.write(self.style.SUCCESS(_outcome(result)))
        edit_url = reverse("wagtailadmin_pages:edit", args=[result.article.pk])
        verb = "Edit" if result.published else "Review and publish"
        self.stdout.write(f"{verb} it in the admin: {edit_url}")
        if warning := _translation_warning(result):
            self.stdout.write(self.style.WARNING(warning))

    def _print_fields(self, parsed: ParsedArticle) -> None:
        def show(label: str, value: object) -> None:
            self.stdout.write(f"{label + ':':<23}{value if value not in ('', None, []) else '—'}")

        show("Title", parsed.title)
        show("Authors", ", ".join(b.name for b in parsed.authors))
        show("Publication date", parsed.publication_date)
        show("Outlet", parsed.outlet_name)
        show("Source", parsed.source_name)
        show("Source URL", parsed.source_url)
        show("Original URL", parsed.original_url)
        show("Regions", ", ".join(parsed.regions))
        show("Themes", ", ".join(parsed.themes))
        show("In-depth Reports", ", ".join(parsed.reports))
        show("Lead", parsed.lead)
        show("Featured image credit", parsed.featured_image_credit)
        show("Copyright holders", ", ".join(parsed.copyright_holders))
        show("Copyright publication", parsed.copyright_publication)
        show("Copyright year", parsed.copyright_year)
        self.stdout.write(f"Body ({len(parsed.body)} blocks):")
        for block in parsed.body:
            extra = f" — {block.attribution}" if block.attribution else ""
            text = block.text if len(block.text) <= 100 else block.text[:97] + "…"
            self.stdout.write(f"  [line {block.line}] {block.kind}: {text}{extra}")
        self.stdout.write(f"Bio ({len(parsed.bio)} paragraphs):")
        for paragraph in parsed.bio:
            self.stdout.write(f"  {paragraph[:100]}{'…' if len(paragraph) > 100 else ''}")
        self.stdout.write(f"Left out as the outlet's boilerplate ({len(parsed.skipped)} lines):")
        for line, reason in parsed.skipped:
            self.stdout.write(f"  line {line}: {reason}")


def _outcome(result: ImportResult) -> str:
    """What happened, with the address a reader opens (from the page's Site), not its tree path."""
    article = result.article
    action = "Created" if result.created else "Updated"
    url = article.get_full_url()
    if url is None:
        where = "it has no public address yet, as the article archive belongs to no site"
        state = "published" if result.published else "saved as a draft"
        return f"{action} article “{article.title}”, {state}; {where}"
    if result.published:
        return f"{action} article “{article.title}”, published: {url}"
    if article.live:
        # Re-imported without --publish: readers keep the published version.
        return (
            f"{action} article “{article.title}”: the changes are saved as a draft; "
            f"{url} shows the published version until you publish them"
        )
    return (
        f"{action} article “{article.title}”, saved as a draft (not live): "
        f"it will be at {url} once published"
    )


def _translation_warning(result: ImportResult) -> str:
    """Say so when the partner's terms will keep the piece from being translated."""
    article = result.article
    provenance = article.provenance(outlet_name="-")  # the name plays no part here
    if article.partner is None or provenance.allows_derivatives:
        return ""
    licence = provenance.effective_licence
    if licence is not None:
        return f"Note: its licence ({licence.name}) does not allow translations."
    return (
        f"Note: {article.partner.name} has no licence on file, so this article cannot be "
        "translated until an editor records one (Syndication → Partner publications, or the "
        "article's own licence)."
    )
