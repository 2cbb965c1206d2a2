"""Write the whole public site as files with .gz and .br beside each (for nginx or a CDN)."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from masthead.pagecache.static_site import StaticSite


class Command(BaseCommand):
    help = (
        "Write every reader page of every site (all languages, feeds, sitemaps, robots.txt) "
        "under DIR, with .gz and .br variants; set MASTHEAD_STATIC_DIR to keep it current."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("directory")
        parser.add_argument("--limit", type=int, default=100_000, help="most pages written")

    def handle(self, *args: Any, directory: str, limit: int, **options: Any) -> None:
        sites = list(Site.objects.select_related("root_page"))
        if not sites:
            raise CommandError("No site to publish: create an outlet first.")
        start = []
        for site in sites:
            base = site.root_url
            start += [f"{base}/robots.txt", f"{base}/sitemap.xml", f"{base}/"]
            start += [
                f"{base}/{code}/"
                for code, _name in settings.LANGUAGES
                if code != settings.LANGUAGE_CODE
            ]
        written = 0
        for url in StaticSite(directory).crawl(start, limit=limit):
            written += 1
            if options["verbosity"] > 1:
                self.stdout.write(url)
        self.stdout.write(self.style.SUCCESS(f"Wrote {written} pages to {directory}."))
