"""manage.py ingest_url URL [--partner NAME]: a partner's article page as a draft."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from masthead.ingest.models import ItemStatus
from masthead.ingest.services import draft_from_url
from masthead.syndication.models import PartnerPublication


class Command(BaseCommand):
    help = "Fetch an article page and create a draft with its provenance (or show the match)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("url")
        parser.add_argument("--partner", help="Partner publication name, as in the register.")

    def handle(self, *args: Any, **options: Any) -> None:
        partner = None
        if options["partner"]:
            partner = PartnerPublication.objects.filter(name__iexact=options["partner"]).first()
            if partner is None:
                raise CommandError(f"No partner publication is called {options['partner']!r}.")
        result = draft_from_url(options["url"], partner=partner, user=None)
        item = result.item
        if item.status == ItemStatus.FAILED:
            raise CommandError(f"{item.reason} [{item.error_code}]")
        if item.status == ItemStatus.MATCHED:
            self.stdout.write(item.reason)
            return
        if result.article is None:
            raise CommandError(item.reason or "No draft was created.")
        self.stdout.write(
            f"Draft created: {result.article.title} (page {result.article.pk}), "
            f"partner {item.partner}."
        )
        if item.status == ItemStatus.HELD:
            self.stdout.write(f"Held: {item.reason}")
        else:
            self.stdout.write("May be published: the partner's permission is on file.")
        if result.extracted and result.extracted.boilerplate:
            self.stdout.write("Left out as boilerplate:")
            for line in result.extracted.boilerplate:
                self.stdout.write(f"  - {line}")
