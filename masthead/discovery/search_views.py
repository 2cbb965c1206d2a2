"""The reader search page, /search/ and /<language>/search/."""

from __future__ import annotations

from django.core.paginator import InvalidPage
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from masthead.core.ratelimit import rate_limit
from masthead.discovery.search import (
    MAX_QUERY_LENGTH,
    SearchQuery,
    Sort,
    active_locale,
    run_search,
)


@rate_limit("search")
def search(request: HttpRequest) -> HttpResponse:
    """Results for ``?q=`` in the active language; a page number beyond the results is a 404.

    Everything else the reader sends is read leniently: malformed filters are ignored and the
    page says so, so a mangled link still shows a useful page.
    """
    query = SearchQuery.from_params(request.GET)
    try:
        outcome = run_search(query, active_locale(), page=request.GET.get("page", "1"))
    except InvalidPage as exc:
        raise Http404("No such page of results") from exc
    return TemplateResponse(
        request,
        "discovery/search.html",
        {
            "query": query,
            "outcome": outcome,
            "results": outcome.page,
            "active_filters": outcome.active_filters(),
            "sort_choices": Sort.CHOICES,
            "max_query_length": MAX_QUERY_LENGTH,
            "clear_filters_url": query.url(**dict.fromkeys(query.filters)),
        },
    )
