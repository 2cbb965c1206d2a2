"""Marks the responses the page cache may store, with the tags naming what they show."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from masthead.pagecache import tags
from masthead.pagecache.conf import enabled
from masthead.pagecache.wsgi import TAGS_HEADER

# Reader routes: Wagtail's pages (articles, home, archives, author and term pages), feeds,
# sitemaps, robots.txt, the print, plain-text and republish views. Search and everything else
# is never stored.
READER_ROUTES = {
    "wagtail_serve",
    "discovery_feed",
    "discovery_subject_feed",
    "discovery_print",
    "sharing_text",
    "sharing_republish",
    "membership_become",  # the plans page: the same for every reader
    "discovery_robots",
    "discovery_sitemap_index",
    "discovery_news_sitemap",
    "discovery_sitemap_section",
}


class PageCacheTagMiddleware:
    """Outermost middleware: collects the tags of what a reader page loads while it renders.

    Only a tagged response is ever stored by ``PageCacheApp``; the header is removed before
    the response leaves the wrapper.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in ("GET", "HEAD") or not enabled():
            return self.get_response(request)
        token = tags.start_collecting()
        try:
            response = self.get_response(request)
            loaded = tags.collecting() or set()
        finally:
            tags.stop_collecting(token)
        match = request.resolver_match
        if response.status_code == 200 and match is not None and match.url_name in READER_ROUTES:
            found = loaded | tags.route_tags(request, response, loaded)
            response[TAGS_HEADER] = " ".join(sorted(found))
        return response
