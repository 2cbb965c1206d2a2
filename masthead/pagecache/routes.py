"""Wagtail's routing, remembered per process for one content version.

A reader page the page cache does not answer (and every request with a session) is routed by
Wagtail: the site for the host, the locale's root page, the page for the path, its view
restrictions. On a stored-fragment render that was four of the six queries and over half of
the request's time, mostly spent compiling ORM queries whose answer changes only when content
does. Content changes already bump the content version (``fragments.content_version``; every
publish, unpublish, move, slug change, deletion, view-restriction and Site edit — the list in
``signal_handlers.py``), so the answers are kept in this process under that version and dropped
the moment it grows: the route stays exactly as fresh as the stored fragments.

Kept: the ``Site`` per host and port; per (site, language, path) the routed page and its
view-restriction list. Each request gets its own shallow copy of the page (Django copies the
instance's state and related-object cache), so nothing one request sets on it reaches another.
Pages that are not found are not remembered (made-up paths cannot fill the memory); the rest
is bounded by ``MASTHEAD_ROUTE_MEMO_SIZE`` entries, least recently used out first.
"""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from masthead.pagecache import tags
from masthead.pagecache.fragments import content_version

_MISSING = object()
# The routed page, its route's arguments, and the page-cache tags of what routing loaded.
Remembered = tuple[Any, tuple[Any, ...], dict[str, Any], frozenset[str]]


class RouteMemo:
    """The routes of one content version, for one process."""

    def __init__(self, version: int, size: int) -> None:
        self.version = version
        self.size = size
        self.sites: dict[tuple[str, int], Any] = {}
        self.routes: OrderedDict[tuple[Any, ...], Remembered] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple[Any, ...]) -> Remembered | None:
        with self.lock:
            found = self.routes.get(key)
            if found is not None:
                self.routes.move_to_end(key)
            return found

    def put(self, key: tuple[Any, ...], value: Remembered) -> None:
        with self.lock:
            self.routes[key] = value
            self.routes.move_to_end(key)
            while len(self.routes) > self.size:
                self.routes.popitem(last=False)


_memo: RouteMemo | None = None
_memo_lock = threading.Lock()


def memo_for(version: int) -> RouteMemo:
    """This process's memo for ``version``; a new, empty one as soon as the version moves."""
    global _memo
    memo = _memo
    if memo is not None and memo.version == version:
        return memo
    with _memo_lock:
        if _memo is None or _memo.version != version:
            _memo = RouteMemo(version, int(getattr(settings, "MASTHEAD_ROUTE_MEMO_SIZE", 1000)))
        return _memo


def forget() -> None:
    """Drop this process's memo (tests: each starts a new database at content version 0)."""
    global _memo
    with _memo_lock:
        _memo = None


def enabled() -> bool:
    return bool(getattr(settings, "MASTHEAD_ROUTE_MEMO", True))


def remember_restrictions(page: Any) -> None:
    """Read ``page``'s view restrictions once and answer later calls on it (and on its
    copies: an instance attribute) from that list; Wagtail's ``before_serve_page`` hook still
    checks each restriction against each request."""
    restrictions = list(page.get_view_restrictions())
    page.get_view_restrictions = lambda: restrictions


class RouteMemoMiddleware:
    """Hands Wagtail's ``serve`` view a remembered site and route, where there is one.

    Wagtail keeps both on the request (``_wagtail_site``, ``_wagtail_route_for_request``) and
    reads them from there; this fills them before the view runs.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., Any],
        view_args: tuple[Any, ...],
        view_kwargs: dict[str, Any],
    ) -> None:
        if view_func is not wagtail_views.serve or request.method not in ("GET", "HEAD"):
            return
        if not enabled():
            return
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        memo = memo_for(content_version(request))
        raw_host = request._get_raw_host()  # type: ignore[attr-defined]  # as Wagtail reads it
        site_key = (split_domain_port(raw_host)[0], int(request.get_port()))
        site = memo.sites.get(site_key, _MISSING)
        if site is _MISSING:
            site = Site.find_for_request(request)
            memo.sites[site_key] = site
        else:
            request._wagtail_site = site  # type: ignore[attr-defined]
        if site is None:
            return
        key = (site.pk, get_language(), path)
        remembered = memo.get(key)
        if remembered is None:
            remembered = self.route(request, path)
            if remembered is None:
                return
            memo.put(key, remembered)
        page, args, kwargs, loaded = remembered
        # The page cache purges by what a page loaded: what routing loaded the first time
        # (the page, its partner, its locale) is named on every request it serves.
        outer = tags.collecting()
        if outer is not None:
            outer.update(loaded)
        request._wagtail_route_for_request = RouteResult(  # type: ignore[attr-defined]
            copy.copy(page), list(args), dict(kwargs)
        )

    @staticmethod
    def route(request: HttpRequest, path: str) -> Remembered | None:
        """Route as Wagtail does, noting the page-cache tags of what that loaded."""
        token = tags.start_collecting()
        try:
            found = Page.route_for_request(request, path)
            if found is None:
                return None
            page, args, kwargs = found
            stored = copy.copy(page)
            remember_restrictions(stored)
            loaded = frozenset(tags.collecting() or ())
        finally:
            tags.stop_collecting(token)
        return (stored, tuple(args), dict(kwargs), loaded)
