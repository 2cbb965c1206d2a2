"""Facet counts of a search: Region, Theme, In-depth Report, author, year and language.

All counts and the total come from one statement (``backends.sql.Statements.facet_counts``,
with the database's own variants in ``backends/sqlite.py`` and ``backends/postgres.py``).
"""

from __future__ import annotations

import datetime
import functools
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import CharField
from django.db.models.functions import Cast, Substr
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from masthead.articles.models import ArticleAuthor, ArticlePage
from masthead.discovery.search.backends import statements
from masthead.discovery.search.backends.sql import FacetSource
from masthead.discovery.search.estimate import Estimate
from masthead.discovery.search.query import TERM_FACETS, SearchQuery

FACET_SIZE = 10  # values shown per facet


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    url: str
    estimated: bool = False  # scaled from the newest matches (estimate.py)


@dataclass
class Facet:
    key: str
    label: str
    values: list[FacetValue]


@dataclass
class LanguageCount:
    code: str
    name: str
    count: int
    url: str
    current: bool
    estimated: bool = False


def match_rows(results: Any, query: SearchQuery) -> tuple[str, list[Any]] | None:
    """SQL (and parameters) of (id, locale id, year) for every match of ``results``.

    ``results`` searched the live, public articles of every language, narrowed by the query's
    dates. Wagtail's database backends can give the matches as SQL; search-engine backends
    (OpenSearch, Elasticsearch) answer with documents instead, so there is none and the facets
    are left out (docs/how-to/search-backends.md).
    """
    # Any: only the database backends' compilers have fts_match (checked below).
    compiler: Any = getattr(results, "query_compiler", None)
    match: tuple[str, list[Any], list[int]] | None = (
        compiler.fts_match(results.backend) if hasattr(compiler, "fts_match") else None
    )
    if match is not None:
        return _indexed_match_rows(*match, query)
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is None:
        return None
    matches = get_queryset().order_by()
    if matches.model is not ArticlePage:  # searched as pages: the year is an article field
        matches = ArticlePage.objects.filter(pk__in=matches.values("pk")).order_by()
    # The first four characters of the ISO date: SQLite's ExtractYear is a Python function
    # called once per row.
    year = Substr(Cast("publication_date", output_field=CharField()), 1, 4)
    sql, params = matches.values_list("pk", "locale_id", year).query.sql_with_params()
    return sql, list(params)


def reads_id_range(results: Any) -> bool:
    """Whether ``results`` reads its matches within a range of the newest entry ids (which
    the database may need telling how to read: ``Statements.scans``)."""
    compiler = getattr(results, "query_compiler", None)
    reads = getattr(compiler, "reads_id_range", None)
    if reads is not None:
        return bool(reads())
    return getattr(compiler, "min_rowid", None) is not None or (
        getattr(compiler, "max_rowid", None) is not None
    )


def _indexed_match_rows(
    match_sql: str, match_params: list[Any], content_types: list[int], query: SearchQuery
) -> tuple[str, list[Any]]:
    """The statement of :func:`match_rows` for our database backends: live, public articles
    only, as ``live().public().type(ArticlePage)`` would select them."""
    from modelsearch.utils import get_descendants_content_types_pks
    from wagtail.models import PageViewRestriction

    # Wagtail's public(): nothing at or below a page with a view restriction.
    # Page ids first: a join from the restrictions makes SQLite read every page.
    restricted = Page.objects.filter(pk__in=PageViewRestriction.objects.values("page_id"))
    return statements().match_rows(
        (match_sql, match_params),
        content_types,
        list(get_descendants_content_types_pks(ArticlePage)),
        (query.date_from, query.date_to),
        list(restricted.values_list("path", flat=True)),
    )


def _term_sources() -> dict[str, tuple[Any, str, str]]:
    """Per facet: the table recording which article carries which term, and its two fields."""
    return {
        "region": (ArticlePage.regions.through, "articlepage_id", "region"),
        "theme": (ArticlePage.themes.through, "articlepage_id", "theme"),
        "report": (ArticlePage.reports.through, "articlepage_id", "indepthreport"),
        "author": (ArticleAuthor, "page_id", "author"),
    }


@functools.cache
def _facet_members(vendor: str) -> tuple[str, ...]:
    """The SQL of each term facet's counts: built once, nothing in them varies by search."""
    sql = statements()
    members = []
    for index, (key, (relation, article_field, term_field)) in enumerate(_term_sources().items()):
        term = relation._meta.get_field(term_field)
        source: FacetSource = (
            key,
            relation._meta.db_table,
            relation._meta.get_field(article_field).column,
            term.column,
            term.related_model._meta.db_table,
            key == "author",  # an author can hold two roles on one article
        )
        members.append(sql.facet_member(index, source, FACET_SIZE))
    return tuple(members)


def facet_counts(
    rows: tuple[str, list[Any]],
    locale: Locale | None,
    query: SearchQuery,
    *,
    bounded: bool = False,
) -> tuple[int, list[Facet], dict[str, int]]:
    """Total, per-Region/Theme/Report/author/year and per-language counts, in one statement.

    ``rows`` are the matches in every language; the ones of ``locale`` with the query's term
    filters are this search's results. ``bounded``: ``rows`` reads only the newest matches
    (the database may need telling how to read them: ``Statements.scans``). Both are
    computed once in WITH clauses and grouped per facet: with one query per facet the
    full-text match would run seven times.
    """
    rows_sql, params = rows[0], list(rows[1])
    params.append(locale.pk if locale else None)
    carrying_terms = []
    for key, (relation, article_column, term_field) in _term_sources().items():
        slug = getattr(query, key)
        if slug:
            carrying = relation.objects.filter(**{f"{term_field}__slug": slug})
            term_sql, term_params = carrying.values(article_column).query.sql_with_params()
            carrying_terms.append(term_sql)
            params.extend(term_params)
    members = _facet_members(connection.vendor)
    vendor = statements()
    sql = vendor.facet_counts(rows_sql, carrying_terms, members)
    with vendor.scans(bounded), connection.cursor() as cursor:
        cursor.execute(sql, params)
        results = cursor.fetchall()

    total = 0
    grouped: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for name, slug, label, count in results:
        if name == "total":
            total = int(count)
        else:
            grouped[name].append((str(slug), str(label), int(count)))
    facets = []
    for key, label in TERM_FACETS:
        selected = getattr(query, key)
        values = [
            FacetValue(
                value=slug,
                label=name,
                count=count,
                selected=slug == selected,
                url=query.url(**{key: None if slug == selected else slug}),
            )
            for slug, name, count in sorted(grouped[key], key=lambda row: (-row[2], row[1]))
        ]
        facets.append(Facet(key=key, label=str(label), values=values))
    years = sorted(grouped["year"], reverse=True)
    facets.append(Facet(key="year", label=str(_("Year")), values=_year_values(years, query)))
    per_language = {slug: count for slug, _label, count in grouped["language"]}
    return total, facets, per_language


def _year_values(rows: list[tuple[str, str, int]], query: SearchQuery) -> list[FacetValue]:
    values = []
    for slug, _label, count in rows:
        if not slug.isdigit():
            continue
        start = datetime.date(int(slug), 1, 1)
        end = datetime.date(int(slug), 12, 31)
        selected = query.date_from == start and query.date_to == end
        if selected:
            url = query.url(from_=None, to=None)
        else:
            url = query.url(from_=start.isoformat(), to=end.isoformat())
        values.append(FacetValue(slug, slug, count, selected, url))
    return values


def language_links(
    per_language: dict[str, int],
    locale: Locale | None,
    query: SearchQuery,
    estimate: Estimate | None = None,
) -> list[LanguageCount]:
    """The languages with matches (and the current one), each linking to its own search page.

    Counted with the current language's parsing (stemming on PostgreSQL); the linked page
    searches with its own.
    """
    current = locale.language_code if locale else translation.get_language()
    languages = []
    for code, name in settings.LANGUAGES:
        count = per_language.get(code, 0)
        if not count and code != current:
            continue
        with translation.override(code):
            url = reverse("discovery_search") + "?" + urlencode({"q": query.text})
        languages.append(
            LanguageCount(code, name, count, url, code == current, estimate is not None)
        )
    return languages
