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

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from masthead.articles.models import ArticleAuthor, ArticlePage, ArticlePageQuerySet
from masthead.discovery.search.backends import (
    POSTGRES_CONFIGS,
    SearchBackend,
    backend_for,
    postgres_config,
)
from masthead.discovery.search.facets import (
    Facet,
    FacetValue,
    LanguageCount,
    facet_counts,
    language_links,
    match_rows,
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
    "ActiveFilter",
    "Facet",
    "FacetValue",
    "LanguageCount",
    "SearchBackend",
    "SearchOutcome",
    "SearchQuery",
    "Sort",
    "active_locale",
    "backend_for",
    "clean_terms",
    "excerpt",
    "highlight",
    "live_articles",
    "narrowed",
    "plain_text",
    "postgres_config",
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


def run_search(
    query: SearchQuery,
    locale: Locale | None,
    *,
    page: str | int = 1,
    per_page: int | None = None,
    facets: bool = True,
) -> SearchOutcome:
    """Search the live articles of ``locale``; raises ``InvalidPage`` for a page beyond the end.

    A fixed number of queries whatever the archive's size: one statement for the total, the
    facet and the language counts (or a count alone without ``facets``), one for the page of
    results and the prefetches of what a teaser prints.
    """
    outcome = SearchOutcome(query=query)
    if not query.terms:
        return outcome
    text = " ".join(query.terms)
    backend = backend_for(locale.language_code if locale else settings.LANGUAGE_CODE)
    articles = live_articles().filter(locale=locale) if locale else ArticlePage.objects.none()
    articles = narrowed(articles, query).for_listing()
    if query.sort == Sort.DATE:
        newest_first = articles.order_by("-publication_date", "-id")
        results = backend.search(text, newest_first, operator="and", order_by_relevance=False)
    else:
        results = backend.search(text, articles, operator="and")
    paginator = Paginator(results, per_page or settings.LISTING_PAGE_SIZE)
    if facets:
        # Matches in every language (for the language counts); this locale's are among them.
        # Without dates to test, pages alone say which are live: one table fewer per match.
        if query.date_from or query.date_to:
            everywhere = narrowed(live_articles(), query, terms=False)
        else:
            everywhere = Page.objects.live().public().type(ArticlePage)
        rows = match_rows(backend.search(text, everywhere, operator="and"), query)
        if rows is not None:
            total, outcome.facets, per_language = facet_counts(rows, locale, query)
            paginator.count = total  # known now: spares the count query
            outcome.languages = language_links(per_language, locale, query)
    outcome.page = paginator.page(page)
    add_snippets(outcome.page.object_list, query.terms)
    return outcome
