"""Feeds, sitemaps, robots.txt and the print view: fetch, check, render."""

from __future__ import annotations

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

from masthead.articles.models import ArticlePage
from masthead.discovery.feeds import CONTENT_TYPES, FORMATS, get_subject, render_feed
from masthead.discovery.sitemaps import news_entries, sitemap_sections

SITEMAP_SECTION_URL_NAME = "discovery_sitemap_section"
SEARCH_URL_NAME = "discovery_search"


# --- Feeds ------------------------------------------------------------------------------------
@require_safe
def feed(request: HttpRequest, fmt: str, kind: str | None = None, slug: str = "") -> HttpResponse:
    """/feeds/<fmt>/ and /feeds/<kind>/<slug>/<fmt>/, answering conditional GETs with 304."""
    if fmt not in FORMATS:
        raise Http404("No such feed format")
    subject = get_subject(request, kind, slug)
    etag, last_modified = subject.validators(fmt)
    headers = HttpResponse(content_type=CONTENT_TYPES[fmt])
    headers["ETag"] = etag
    if last_modified is not None:
        headers["Last-Modified"] = http_date(last_modified)
    answer = get_conditional_response(
        request, etag=etag, last_modified=last_modified, response=headers
    )
    # Never None here: given a response, Django returns it or a 304/412 (not so in its stubs).
    if answer is not headers and answer is not None:
        return answer
    response = render_feed(request, subject, fmt)
    for name in ("ETag", "Last-Modified"):
        if name in headers:
            response[name] = headers[name]
        elif name in response:
            del response[name]
    return response


# --- Sitemaps and robots.txt ------------------------------------------------------------------
@require_safe
def sitemap_index(request: HttpRequest) -> HttpResponse:
    return sitemap_views.index(
        request, sitemap_sections(request), sitemap_url_name=SITEMAP_SECTION_URL_NAME
    )


@require_safe
def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    # Our template gives lastmod to the second: a news site changes pages several times a day.
    return sitemap_views.sitemap(
        request, sitemap_sections(request), section=section, template_name="discovery/sitemap.xml"
    )


@require_safe
@sitemap_views.x_robots_tag
def news_sitemap(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "discovery/sitemap_news.xml",
        {"entries": news_entries(request)},
        content_type="application/xml",
    )


def _search_paths() -> list[str]:
    """The search page in every language: result pages are endless and thin for crawlers.

    Listed one by one, not as "/*/search/", which would also block an article slugged
    "search".
    """
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                paths.append(reverse(SEARCH_URL_NAME))
            except NoReverseMatch:
                return []
    return list(dict.fromkeys(paths))


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Everything may be crawled but the admin and search results; the sitemaps are named."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(f"Disallow: {path}" for path in _search_paths()),
        "Allow: /",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('discovery_sitemap_index'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('discovery_news_sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# --- Print view -------------------------------------------------------------------------------
@require_safe
def print_article(request: HttpRequest, page_path: str) -> HttpResponse:
    """<article URL>print/: the article alone, for paper, never indexed.

    Articles have no child pages, so "<article>/print/" can never be a real page. Any other
    path ending in "print/" (a page with that slug, an author called "print") is handed back
    to Wagtail untouched.
    """
    site = Site.find_for_request(request)
    page = None
    if site is not None:
        components = [part for part in page_path.split("/") if part]
        try:
            page = site.root_page.localized.specific.route(request, components)[0]
        except Http404:
            page = None
    if not isinstance(page, ArticlePage):
        return wagtail_serve(request, f"{page_path}print/")
    if not ArticlePage.objects.live().public().filter(pk=page.pk).exists():
        raise Http404("Not a public article")
    context = page.get_context(request)
    context["article_url"] = page.get_full_url(request)
    response = render(request, "discovery/print_article.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
