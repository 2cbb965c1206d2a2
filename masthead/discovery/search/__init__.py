"""Reader search: the search page's one service, ``run_search``.

Search runs through Wagtail's search API (``queryset.search()``) on whichever backend
``WAGTAILSEARCH_BACKENDS["default"]`` names. The default is this package's ``SearchBackend``
factory (``backends``): SQLite FTS5 on the embedded path, PostgreSQL full-text search (stemmed
in each article's language) when the database is PostgreSQL. OpenSearch/Elasticsearch are
Wagtail's own backends, selected in settings (see docs/how-to/search-backends.md).

- ``query``: what the reader typed, cleaned (only words reach the backend);
- ``backends``: the backends, and each database's hand-written SQL (``backends/sqlite.py``,
  ``backends/postgres.py``, their common shape in ``backends/sql.py``);
- ``facets``: the counts beside the results;
- ``snippets``: the excerpt under each result.

https://docs.wagtail.org/en/stable/topics/search/searching.html
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.core.paginator import Page as PaginatorPage
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from masthead.articles.models import ArticleAuthor, ArticlePage, ArticlePageQuerySet
from masthead.discovery.search import cache as search_cache
from masthead.discovery.search.backends import (
    POSTGRES_CONFIGS,
    SearchBackend,
    backend_for,
    postgres_config,
)
from masthead.discovery.search.backends.ranking import in_rank_order
from masthead.discovery.search.estimate import CANDIDATES, Estimate, round_estimate
from masthead.discovery.search.facets import (
    Facet,
    FacetValue,
    LanguageCount,
    facet_counts,
    language_links,
    match_rows,
    reads_id_range,
)
from masthead.discovery.search.query import (
    MAX_QUERY_LENGTH,
    MAX_TERMS,
    TERM_FACETS,
    SearchQuery,
    Sort,
    clean_terms,
)
from masthead.discovery.search.snippets import (
    add_snippets,
    excerpt,
    highlight,
    plain_text,
    snippet_for,
)

__all__ = [
    "MAX_QUERY_LENGTH",
    "MAX_TERMS",
    "POSTGRES_CONFIGS",
    "TERM_FACETS",
    "CANDIDATES",
    "ActiveFilter",
    "Estimate",
    "Facet",
    "FacetValue",
    "LanguageCount",
    "SearchBackend",
    "SearchOutcome",
    "SearchQuery",
    "Sort",
    "active_locale",
    "backend_for",
    "candidates",
    "clean_terms",
    "excerpt",
    "highlight",
    "live_articles",
    "narrowed",
    "plain_text",
    "postgres_config",
    "round_estimate",
    "run_search",
    "snippet_for",
]


def active_locale() -> Locale | None:
    """The Locale of the language this request is in; None when it has no content yet."""
    code = translation.get_language() or settings.LANGUAGE_CODE
    return Locale.objects.filter(language_code__iexact=code).first()


@dataclass
class ActiveFilter:
    label: str
    value: str
    remove_url: str


@dataclass
class SearchOutcome:
    query: SearchQuery
    page: PaginatorPage | None = None
    facets: list[Facet] = field(default_factory=list)
    languages: list[LanguageCount] = field(default_factory=list)
    estimate: Estimate | None = None  # counts scaled from the newest matches

    @property
    def total(self) -> int:
        return self.page.paginator.count if self.page is not None else 0

    def active_filters(self) -> list[ActiveFilter]:
        """The narrowing in force, each with a link that removes it, labelled by name."""
        names = {f.key: {v.value: v.label for v in f.values} for f in self.facets}
        active = []
        for key, label in TERM_FACETS:
            slug = getattr(self.query, key)
            if slug:
                value = names.get(key, {}).get(slug, slug)
                active.append(ActiveFilter(str(label), value, self.query.url(**{key: None})))
        for key, label, value in (
            ("from", _("From"), self.query.date_from),
            ("to", _("To"), self.query.date_to),
        ):
            if value:
                active.append(
                    ActiveFilter(str(label), value.isoformat(), self.query.url(**{key: None}))
                )
        return active

    @property
    def previous_url(self) -> str:
        if self.page is None or not self.page.has_previous():
            return ""
        return self.query.url(page=str(self.page.previous_page_number()))

    @property
    def next_url(self) -> str:
        if self.page is None or not self.page.has_next():
            return ""
        return self.query.url(page=str(self.page.next_page_number()))


def live_articles() -> ArticlePageQuerySet:
    return ArticlePage.objects.live().public()


def narrowed(
    articles: ArticlePageQuerySet, query: SearchQuery, *, terms: bool = True
) -> ArticlePageQuerySet:
    """``articles`` narrowed by the query's date range and (``terms``) its Region/Theme/….

    Term filters are ``pk__in`` sub-queries: ``id`` is a FilterField of every page, so Wagtail's
    backends accept them without further ``search_fields``.
    """
    if query.date_from:
        articles = articles.filter(publication_date__gte=query.date_from)
    if query.date_to:
        articles = articles.filter(publication_date__lte=query.date_to)
    if not terms:
        return articles
    for key, relation, column in (
        ("region", ArticlePage.regions, "region"),
        ("theme", ArticlePage.themes, "theme"),
        ("report", ArticlePage.reports, "indepthreport"),
    ):
        slug = getattr(query, key)
        if slug:
            rows = relation.through.objects.filter(**{f"{column}__slug": slug})
            articles = articles.filter(pk__in=rows.values("articlepage_id"))
    if query.author:
        rows = ArticleAuthor.objects.filter(author__slug=query.author)
        articles = articles.filter(pk__in=rows.values("page_id"))
    return articles


def candidates() -> int:
    """How many of the newest full-text matches a search ranks and counts, at most."""
    return int(getattr(settings, "MASTHEAD_SEARCH_CANDIDATES", CANDIDATES))


def _page_number(page: str | int) -> int:
    try:
        return max(1, int(page))
    except (TypeError, ValueError):
        return 1  # the paginator answers it as the page does now


def run_search(
    query: SearchQuery,
    locale: Locale | None,
    *,
    page: str | int = 1,
    per_page: int | None = None,
    facets: bool = True,
    use_cache: bool = True,
) -> SearchOutcome:
    """Search the live articles of ``locale``; raises ``InvalidPage`` for a page beyond the end.

    A fixed number of queries whatever the archive's size: the version of the search cache,
    the size of the match, one statement for the total, the facet and the language counts (or
    a count alone without ``facets``), one for the page of results and the prefetches of what
    a teaser prints. A query matching more than ``candidates()`` full-text rows is ranked and
    counted among its newest ones only, its counts scaled up and marked as estimates
    (``outcome.estimate``); its pages after those continue with the older matches
    (docs/decisions/0080-search-ranks-the-newest-matches.md). With ``use_cache``, an outcome
    computed since the last publish is reused (``search/cache.py``).
    """
    outcome = SearchOutcome(query=query)
    if not query.terms:
        return outcome
    per_page = per_page or settings.LISTING_PAGE_SIZE
    number = _page_number(page)
    key = None
    if use_cache and search_cache.cache_seconds() > 0:
        parts = [locale.pk if locale else None, query.terms, query.params(q=None), number]
        key = search_cache.cache_key([*parts, per_page, facets], search_cache.current_version())
        hit = search_cache.get(key)
        if hit is not None:
            return _cached_outcome(outcome, hit, locale, page, per_page)
    text = " ".join(query.terms)
    backend = backend_for(locale.language_code if locale else settings.LANGUAGE_CODE)
    articles = live_articles().filter(locale=locale) if locale else ArticlePage.objects.none()
    articles = narrowed(articles, query).for_listing()
    if facets:
        # Matches in every language (for the language counts); this locale's are among them.
        # Without dates to test, pages alone say which are live: one table fewer per match.
        if query.date_from or query.date_to:
            everywhere = narrowed(live_articles(), query, terms=False)
        else:
            everywhere = Page.objects.live().public().type(ArticlePage)

    def matching() -> Any:
        if query.sort == Sort.DATE:
            newest_first = articles.order_by("-publication_date", "-id")
            return backend.search(text, newest_first, operator="and", order_by_relevance=False)
        return backend.search(text, articles, operator="and")

    results = matching()
    compiler: Any = getattr(results, "query_compiler", None)
    window = compiler.window(candidates(), results.backend) if hasattr(compiler, "window") else None
    if window is not None:
        compiler.min_rowid = window[0]
    hits: int | None = None
    counted = False
    per_language: dict[str, int] = {}
    if facets:
        searched = backend.search(text, everywhere, operator="and")
        if window is not None:
            searched.query_compiler.min_rowid = window[0]
        if getattr(compiler, "candidate_ids", None) is not None:
            # The window read the candidates themselves (PostgreSQL): the facets count them.
            searched.query_compiler.candidate_ids = compiler.candidate_ids
        rows = match_rows(searched, query)
        if rows is not None:
            hits, outcome.facets, per_language = facet_counts(
                rows, locale, query, bounded=reads_id_range(searched)
            )
            counted = True
    listed: Any = results
    if window is not None:
        if hits is None:
            hits = results.count()
        outcome.estimate = Estimate(candidates(), window[1])
        if hits < number * per_page:
            # The page asked for lies beyond the newest matches: it continues with the older
            # ones, ranked among themselves, so paging never repeats or skips a result.
            older = matching()
            older.query_compiler.max_rowid = window[0]
            listed = _Segments(results, hits, older, outcome.estimate.about(hits))
        hits = outcome.estimate.about(hits)
        for facet in outcome.facets:
            for value in facet.values:
                value.count, value.estimated = outcome.estimate.about(value.count), True
        per_language = {code: outcome.estimate.about(n) for code, n in per_language.items()}
    paginator = Paginator(listed, per_page)
    if hits is not None:
        paginator.count = hits  # known now: spares the count query
    if counted:
        outcome.languages = language_links(per_language, locale, query, outcome.estimate)
    outcome.page = paginator.page(page)
    if isinstance(listed, _Segments) and not outcome.page.object_list:
        # An estimated total promised more pages than there are matches.
        raise InvalidPage(_("That page contains no results"))
    add_snippets(outcome.page.object_list, query.terms)
    if key is not None:
        search_cache.put(
            key,
            search_cache.CachedSearch(
                total=outcome.total,
                ids=[article.pk for article in outcome.page.object_list],
                facets=outcome.facets,
                languages=outcome.languages,
                estimate=outcome.estimate,
            ),
        )
    return outcome


class _Segments(Sequence[ArticlePage]):
    """The results of a search ranked among its newest matches: the ``count`` of those first,
    then the older matches in their own order, ``total`` long in all (an estimate)."""

    def __init__(self, newest: Any, count: int, older: Any, total: int) -> None:
        self.newest, self.count_newest, self.older, self.total = newest, count, older, total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index: Any) -> Any:
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, split = index.start or 0, index.stop, self.count_newest
        found = list(self.newest[start : min(stop, split)]) if start < split else []
        if stop > split:
            found += list(self.older[max(0, start - split) : stop - split])
        return found


class _CachedPage(Sequence[ArticlePage]):
    """Stands in for the search results of a cached outcome: ``total`` long, and holding the
    articles of one page at its offset (the paginator asks for no other slice)."""

    def __init__(self, total: int, offset: int, found: list[ArticlePage]) -> None:
        self.total, self.offset, self.found = total, offset, found

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            start = (index.start or 0) - self.offset
            stop = None if index.stop is None else index.stop - self.offset
            return self.found[max(0, start) : stop]
        return self.found[index - self.offset]


def _cached_outcome(
    outcome: SearchOutcome,
    hit: search_cache.CachedSearch,
    locale: Locale | None,
    page: str | int,
    per_page: int,
) -> SearchOutcome:
    """``outcome`` filled from the cache: the page's articles are read again, still live."""
    if locale is None or not hit.ids:
        found: list[ArticlePage] = []
    else:
        readable = live_articles().filter(locale=locale).for_listing()
        found = in_rank_order(readable, [(pk, 0.0) for pk in hit.ids], None)
    offset = (_page_number(page) - 1) * per_page
    paginator = Paginator(_CachedPage(hit.total, offset, found), per_page)
    outcome.page = paginator.page(page)
    outcome.facets, outcome.languages, outcome.estimate = hit.facets, hit.languages, hit.estimate
    add_snippets(outcome.page.object_list, outcome.query.terms)
    return outcome
