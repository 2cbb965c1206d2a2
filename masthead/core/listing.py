"""Shared helpers for listing pages: pagination and per-request lookup of index pages."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest


def paginate(
    request: HttpRequest, items: QuerySet[Any] | list[Any], per_page: int | None = None
) -> Page[Any]:
    """Return the requested page of ``items``; a page that does not exist is a 404."""
    paginator = Paginator(items, per_page or settings.LISTING_PAGE_SIZE)
    raw = request.GET.get("page", "1")
    try:
        return paginator.page(raw)
    except (EmptyPage, PageNotAnInteger) as exc:
        raise Http404("No such page of results") from exc


def cached_on_request(request: HttpRequest | None, key: Any, compute: Any) -> Any:
    """Memoise ``compute()`` for the rest of this request (e.g. an index page's URL).

    Bylines and term links on a listing all need the same index page's URL; looking it up once
    per request keeps a page's query count independent of how many links it prints.
    """
    if request is None:
        return compute()
    cache = request.__dict__.setdefault("_masthead_cache", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]
