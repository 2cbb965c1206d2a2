"""Template helpers shared by every page."""

import copy
import dataclasses
from typing import Any
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.http import Http404, HttpRequest
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.translation import get_language
from wagtail.models import Page, Site

from masthead.core.listing import cached_on_request
from masthead.core.models import OutletSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def url_of(context: dict[str, Any], obj: Any) -> str:
    """The public URL of a page, author or term, resolved once per request per index."""
    request = context.get("request")
    return obj.get_url(request) or ""


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context: dict[str, Any]) -> dict[str, Any]:
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items: list[Page] = []
    home = None
    if site is not None:
        home = site.root_page.localized
        items = list(home.get_children().live().in_menu())
    current = context.get("page")
    return {
        "request": request,
        "home": home,
        "items": items,
        "current": current,
        "outlet_name": OutletSettings.for_request(request).outlet_name if request else "",
    }


@register.simple_tag
def current_year() -> int:
    return timezone.localdate().year


@register.simple_tag(takes_context=True)
def outlet_notices(context: dict[str, Any]) -> Any:
    """The outlet's name and notices in the language being served.

    The membership link is left out (and with it the membership prompt) until it leads
    somewhere: editors may set it before the page exists, and readers should not meet a 404.
    """
    request = context.get("request")
    if request is None:
        return None
    notices = OutletSettings.for_request(request).localized(get_language())
    if notices.membership_url and not link_resolves(request, notices.membership_url):
        notices = dataclasses.replace(notices, membership_url="")
    return notices


def link_resolves(request: HttpRequest, url: str) -> bool:
    """Whether ``url`` leads somewhere a reader can go: an external address, or an internal
    path that routes to a live page or one of the site's own views.

    Checked once per request and URL (the footer and the article both ask): a few queries to
    walk the page tree, however many times the link is printed.
    """
    return cached_on_request(request, ("link-resolves", url), lambda: _resolves(request, url))


def _resolves(request: HttpRequest, url: str) -> bool:
    parts = urlsplit(url.strip())
    if parts.scheme == "mailto":
        return bool(parts.path)
    if parts.scheme in ("http", "https") or (not parts.scheme and parts.netloc):
        if parts.netloc != request.get_host():
            return bool(parts.netloc)  # another site's page: not ours to check
    elif parts.scheme or not parts.path.startswith("/"):
        return False  # a relative path would change meaning from page to page
    return _internal_path_is_live(request, parts.path)


def _internal_path_is_live(request: HttpRequest, path: str) -> bool:
    # Resolve as a fresh request for that path would: in the language its prefix names.
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return False
        if match.url_name != "wagtail_serve":
            return True  # one of the site's own views (search, feeds)
        site = Site.find_for_request(request)
        if site is None:
            return False
        tail = match.kwargs.get("path", match.args[0] if match.args else "")
        components = [component for component in tail.split("/") if component]
        root = site.root_page.localized
        # Most links name a page: one query finds it by its path in the tree.
        url_path = root.url_path + "".join(f"{component}/" for component in components)
        if Page.objects.live().filter(url_path=url_path).exists():
            return True
        # Otherwise let the pages route it (a routable sub-page such as an author's page).
        # Routing may annotate the request it is given; keep the page being served untouched.
        probe = copy.copy(request)
        try:
            page = root.specific.route(probe, components).page
        except Http404:
            return False
    return bool(page.live)
