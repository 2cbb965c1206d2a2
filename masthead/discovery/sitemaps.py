"""XML sitemaps: every language in one index, each URL listing its translations (hreflang).

Sections are Django sitemaps (https://docs.djangoproject.com/en/5.2/ref/contrib/sitemaps/)
built per request, because the Wagtail site, its language trees and page URLs all come from
the request. Translations are found by ``translation_key`` (pages and snippets in other
locales made from the same source), with ``x-default`` on the version in the site's default
language. Only URLs that are their own canonical are listed: a republished piece whose
canonical is the partner's original is left to the partner's sitemap.
"""

from __future__ import annotations

import datetime
from abc import ABC, abstractmethod
from collections import defaultdict
from typing import Any

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Page
from wagtail.query import PageQuerySet

from masthead.articles.models import (
    ArticlePage,
    ArticlePageQuerySet,
    AuthorIndexPage,
    TermIndexPage,
)
from masthead.core.models import OutletSettings
from masthead.discovery.feeds import site_scope
from masthead.discovery.structured_data import absolute_url, iso_datetime, published_at
from masthead.people.models import Author
from masthead.taxonomy.models import TERM_MODELS

NEWS_WINDOW = datetime.timedelta(days=2)
NEWS_MAX_URLS = 1000  # Google News reads at most 1,000 URLs per news sitemap
# Google News takes ISO 639 codes, except Chinese, which it names by script's usual region.
NEWS_LANGUAGES = {"zh-hans": "zh-cn", "zh-hant": "zh-tw"}


def canonical_here() -> Q:
    """Articles whose canonical URL is ours (see syndication/provenance.py)."""
    return ~(Q(partner__canonical_to_original=True) & ~Q(original_url=""))


def listed_articles(request: HttpRequest) -> ArticlePageQuerySet:
    return ArticlePage.objects.live().public().filter(site_scope(request)).filter(canonical_here())


class SectionSitemap(Sitemap, ABC):
    """One section of the index, for the request's site, all languages at once."""

    def __init__(self, request: HttpRequest) -> None:
        self.request = request
        self.limit = settings.SITEMAP_PAGE_SIZE

    @abstractmethod
    def base_queryset(self) -> QuerySet:
        """The section's objects, before ordering."""

    def items(self) -> QuerySet:
        # Ordered by id so that pages of the section only ever grow at the end.
        return self.base_queryset().order_by("pk")

    @abstractmethod
    def location_of(self, obj: Any) -> str:
        """The absolute URL of one object."""

    def lastmod_of(self, obj: Any) -> datetime.datetime | None:
        return None

    def _translations(self, objects: list[Any]) -> dict[Any, list[tuple[str, str]]]:
        """translation_key → [(language code, absolute URL)], in one query for the page."""
        keys = {obj.translation_key for obj in objects}
        rows = self.base_queryset().filter(translation_key__in=keys).select_related("locale")
        groups: dict[Any, list[tuple[str, str]]] = defaultdict(list)
        for row in rows:
            url = self.location_of(row)
            if url:
                groups[row.translation_key].append((row.locale.language_code, url))
        return groups

    def get_urls(
        self, page: int | str = 1, site: Any = None, protocol: str | None = None
    ) -> list[dict[str, Any]]:
        objects = list(self.paginator.page(page).object_list)
        groups = self._translations(objects)
        urls = []
        for obj in objects:
            location = self.location_of(obj)
            if not location:
                continue
            versions = sorted(groups.get(obj.translation_key, []))
            alternates = [{"lang_code": code, "location": url} for code, url in versions]
            default = [url for code, url in versions if code == settings.LANGUAGE_CODE]
            if default:
                alternates.append({"lang_code": "x-default", "location": default[0]})
            urls.append(
                {
                    "item": obj,
                    "location": location,
                    "lastmod": self.lastmod_of(obj),
                    "changefreq": None,
                    "priority": "",
                    "alternates": alternates,
                }
            )
        stamps = [url["lastmod"] for url in urls]
        if stamps and all(stamps):
            self.latest_lastmod = max(stamps)
        return urls


class _PageSitemap(SectionSitemap):
    def location_of(self, obj: Page) -> str:
        return obj.get_full_url(self.request) or ""

    def lastmod_of(self, obj: Page) -> datetime.datetime | None:
        return obj.last_published_at

    def get_latest_lastmod(self) -> datetime.datetime | None:
        return self.base_queryset().aggregate(newest=Max("last_published_at"))["newest"]


class ArticleSitemap(_PageSitemap):
    def base_queryset(self) -> QuerySet:
        return listed_articles(self.request)


class StaticPageSitemap(_PageSitemap):
    """The front pages, archives, author and term indexes, and any other page but articles."""

    def base_queryset(self) -> QuerySet:
        return Page.objects.live().public().filter(site_scope(self.request)).not_type(ArticlePage)

    def items(self) -> QuerySet:
        return self.base_queryset().order_by("path")


def _locales_with(index_pages: PageQuerySet, request: HttpRequest) -> QuerySet:
    """Locales in which this site has a live index page for the snippet's public pages."""
    return index_pages.live().public().filter(site_scope(request)).values("locale_id")


class AuthorSitemap(SectionSitemap):
    """The "Articles by" pages."""

    def base_queryset(self) -> QuerySet:
        return Author.objects.filter(
            locale_id__in=_locales_with(AuthorIndexPage.objects.all(), self.request)
        )

    def location_of(self, obj: Author) -> str:
        return absolute_url(self.request, obj.get_url(self.request))


class TermSitemap(SectionSitemap):
    """The landing pages of one axis: Regions, Themes or In-depth Reports."""

    def __init__(self, request: HttpRequest, vocabulary: str) -> None:
        super().__init__(request)
        self.vocabulary = vocabulary

    def base_queryset(self) -> QuerySet:
        index_pages = TermIndexPage.objects.filter(vocabulary=self.vocabulary)
        return TERM_MODELS[self.vocabulary].objects.filter(
            locale_id__in=_locales_with(index_pages, self.request)
        )

    def location_of(self, obj: Any) -> str:
        return absolute_url(self.request, obj.get_url(self.request))


def sitemap_sections(request: HttpRequest) -> dict[str, Sitemap[Any] | type[Sitemap[Any]]]:
    """The sections of /sitemap.xml, in the order the index lists them."""
    return {
        "pages": StaticPageSitemap(request),
        "articles": ArticleSitemap(request),
        "authors": AuthorSitemap(request),
        "regions": TermSitemap(request, "region"),
        "themes": TermSitemap(request, "theme"),
        "reports": TermSitemap(request, "report"),
    }


# --- Google News ------------------------------------------------------------------------------
def news_language(language_code: str) -> str:
    return NEWS_LANGUAGES.get(language_code, language_code.split("-")[0])


def news_entries(request: HttpRequest, now: datetime.datetime | None = None) -> list[dict]:
    """Articles published in the last two days, every language, newest first.

    "Published" is the date readers see (``structured_data.published_at``), so a piece
    imported today with last year's date stays out, as Google News asks.
    """
    now = now or timezone.now()
    cutoff = now - NEWS_WINDOW
    # The date filter narrows the rows in SQL; the exact cut is made on the full timestamp.
    recent = (
        listed_articles(request)
        .filter(publication_date__gte=timezone.localdate(cutoff))
        .select_related("locale")
        .newest_first()[: NEWS_MAX_URLS * 2]
    )
    outlet_name = OutletSettings.for_request(request).outlet_name
    entries = []
    for page in recent:
        when = published_at(page)
        if not cutoff <= when <= now:
            continue
        entries.append(
            {
                "location": page.get_full_url(request),
                "name": outlet_name,
                "language": news_language(page.locale.language_code),
                "publication_date": iso_datetime(when),
                "title": page.title,
            }
        )
    return entries[:NEWS_MAX_URLS]
