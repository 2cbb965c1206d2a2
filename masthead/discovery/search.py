"""Reader search: cleaning what readers type, the search itself, facet counts, snippets.

Search runs through Wagtail's search API (``queryset.search()``) on whichever backend
``WAGTAILSEARCH_BACKENDS["default"]`` names. The default is this module's ``SearchBackend``
factory: SQLite FTS5 on the embedded path, PostgreSQL full-text search (stemmed in each
article's language) when the database is PostgreSQL. OpenSearch/Elasticsearch are Wagtail's own
backends, selected in settings (see docs/how-to/search-backends.md).

Only words reach the backend: every operator, quote, bracket and SQL character a reader types is
dropped, so no input can change the shape of the query (docs/decisions/0004-search.md).
https://docs.wagtail.org/en/stable/topics/search/searching.html
"""

from __future__ import annotations

import copy
import datetime
import functools
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import CharField, F, OuterRef, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Substr
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search.backends import get_search_backend

from masthead.articles.models import ArticleAuthor, ArticlePage

# --- Reading the request -------------------------------------------------------------------------
MAX_QUERY_LENGTH = 200  # characters kept from what the reader typed
MAX_TERMS = 8  # words sent to the backend; more only slow the query down
FACET_SIZE = 10  # values shown per facet
EXCERPT_WORDS = 36
# Words only: letters and digits in any script. Underscores split words as FTS5 does.
_WORD = re.compile(r"[^\W_]+")
# Query-language words of FTS5, PostgreSQL and Lucene; readers type them as prose or by habit.
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,200}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class Sort:
    RELEVANCE = "relevance"
    DATE = "date"
    CHOICES = ((RELEVANCE, _("Relevance")), (DATE, _("Newest first")))


# The facets a reader can narrow by, in the order the page shows them.
TERM_FACETS: tuple[tuple[str, Any], ...] = (
    ("region", _("Region")),
    ("theme", _("Theme")),
    ("report", _("In-depth Report")),
    ("author", _("Author")),
)


def clean_terms(raw: str) -> list[str]:
    """The distinct words of ``raw`` (lower-cased, at most ``MAX_TERMS``), operators dropped."""
    terms: list[str] = []
    for word in _WORD.findall(raw):
        if word in _OPERATORS:
            continue
        term = word.casefold()
        if term not in terms:
            terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    return terms


def _parse_date(raw: str | None) -> datetime.date | None:
    if not raw:
        return None
    try:
        return datetime.date.fromisoformat(raw.strip()[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class SearchQuery:
    """What the reader asked for, cleaned: safe to print back and to hand to the backend."""

    text: str = ""
    terms: tuple[str, ...] = ()
    sort: str = Sort.RELEVANCE
    region: str = ""
    theme: str = ""
    report: str = ""
    author: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    shortened: bool = False  # the reader typed more than we use
    ignored: tuple[str, ...] = ()  # parameters we could not read, by name

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> SearchQuery:
        """Read ``request.GET``; anything malformed is dropped, never an error."""
        # Servers cap URLs at a few KB anyway; this bounds the work on anything longer.
        raw = " ".join(_CONTROL.sub(" ", str(params.get("q", "")))[:10_000].split())
        text = raw[:MAX_QUERY_LENGTH]
        if len(raw) > MAX_QUERY_LENGTH and not raw[MAX_QUERY_LENGTH].isspace() and " " in text:
            text = text.rsplit(" ", 1)[0]  # no half word at the cut
        text = text.strip()
        terms = clean_terms(text)
        every_word = {w.casefold() for w in _WORD.findall(raw) if w not in _OPERATORS}
        shortened = len(raw) > MAX_QUERY_LENGTH or len(every_word) > len(terms)
        ignored: list[str] = []
        slugs: dict[str, str] = {}
        for key, _label in TERM_FACETS:
            value = str(params.get(key, "")).strip()
            if value and not _SLUG.match(value):
                ignored.append(key)
                value = ""
            slugs[key] = value
        dates: dict[str, datetime.date | None] = {}
        for key in ("from", "to"):
            value = str(params.get(key, "")).strip()
            dates[key] = _parse_date(value)
            if value and dates[key] is None:
                ignored.append(key)
        date_from, date_to = dates["from"], dates["to"]
        if date_from and date_to and date_from > date_to:
            date_from, date_to = date_to, date_from
        sort = Sort.DATE if params.get("sort") == Sort.DATE else Sort.RELEVANCE
        return cls(
            text=text,
            terms=tuple(terms),
            sort=sort,
            date_from=date_from,
            date_to=date_to,
            shortened=shortened,
            ignored=tuple(ignored),
            **slugs,
        )

    @property
    def term_filters(self) -> dict[str, str]:
        """The Region/Theme/Report/author slugs in force."""
        return {key: getattr(self, key) for key, _label in TERM_FACETS if getattr(self, key)}

    @property
    def filters(self) -> dict[str, str]:
        """The narrowing parameters in force, as they appear in the URL."""
        values = self.term_filters
        values["from"] = self.date_from.isoformat() if self.date_from else ""
        values["to"] = self.date_to.isoformat() if self.date_to else ""
        return {key: value for key, value in values.items() if value}

    def params(self, **changes: str | None) -> dict[str, str]:
        """URL parameters for this query with ``changes`` applied (``None`` removes one)."""
        values: dict[str, str] = {"q": self.text, **self.filters}
        if self.sort != Sort.RELEVANCE:
            values["sort"] = self.sort
        for key, value in changes.items():
            key = key.rstrip("_")  # from_ is how a caller spells "from"
            if value is None or value == "":
                values.pop(key, None)
            else:
                values[key] = str(value)
        return values

    def url(self, **changes: str | None) -> str:
        """A query string (``?q=…``) for links on the results page; escaped by the template."""
        return "?" + urlencode(self.params(**changes))


# --- Backends ------------------------------------------------------------------------------------
# PostgreSQL's built-in text search configurations for our languages; the rest use 'simple'
# (lower-casing, no stemming): PostgreSQL ships no stemmer for them.
POSTGRES_CONFIGS = {
    "ar": "arabic",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hi": "hindi",
    "hu": "hungarian",
    "id": "indonesian",
    "it": "italian",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}


def postgres_config(language_code: str) -> str:
    """The PostgreSQL text search configuration for a language: its stemmer, else 'simple'."""
    return POSTGRES_CONFIGS.get(language_code.split("-")[0].lower(), "simple")


def SearchBackend(params: dict[str, Any]) -> Any:
    """Wagtail's database backend for the connection in use, stemmed per language on PostgreSQL.

    Named in ``WAGTAILSEARCH_BACKENDS`` as ``"masthead.discovery.search"``; Wagtail looks for a
    ``SearchBackend`` callable in the module, as ``wagtail.search.backends.database`` provides.
    """
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend
    from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

    backend = DatabaseSearchBackend(params)
    if isinstance(backend, SQLiteSearchBackend):  # FTS5 is available
        return _sqlite_backend_class()(params)
    return backend


@functools.cache
def _sqlite_backend_class() -> type:
    """Wagtail's SQLite FTS5 backend, with queries the SQLite planner runs in time.

    Wagtail's own backend ranks with a correlated sub-query that re-runs the full-text match
    for every matching row, so a page of results costs time quadratic in the number of
    matches (3 s for 2,000 matches, measured with bench/search.py), and its filters let SQLite
    start from the index table instead of the full-text index. Here:

    - matches are always read from the FTS5 table first (the content type test is written so
      no index can serve it, which settles the planner's choice);
    - relevance order comes from FTS5's own ``ORDER BY rank`` with BM25 weights (title twice
      the body, as Wagtail's title boost of 2), and the queryset's filters are checked with a
      correlated EXISTS only on rows in rank order until the page is full;
    - the objects of one page are then fetched by primary key with the queryset's
      select/prefetch_related.

    Anything else (negated queries, autocomplete) is left to Wagtail's implementation, except
    that ``fields=`` no longer fails (see ``AllColumns``).
    """
    from django.db.models import Exists, FloatField
    from django.db.models.lookups import Lookup
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteFTSIndexEntry,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
        SQLiteSearchResults,
    )
    from modelsearch.query import And, Or, Phrase, PlainText
    from modelsearch.utils import get_descendants_content_types_pks

    fts_table = SQLiteFTSIndexEntry._meta.db_table
    # Columns of the FTS5 table, in order: autocomplete, body, title.
    rank_function = "bm25(0.0, 1.0, 2.0)"

    class RankFunction(Lookup):
        """``rank MATCH 'bm25(…)'``: FTS5's way to choose the ranking of one query."""

        lookup_name = "masthead_rank_function"

        def __init__(self) -> None:
            super().__init__(None, None)

        def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list[str]]:
            return f'"{fts_table}"."rank" MATCH %s', [rank_function]

    class AllColumns:
        """Searches every column when a caller names fields other than the title.

        The FTS5 table has one title, body and autocomplete column for all of a model's
        fields, so Wagtail's backend turns a field name into a column filter SQLite rejects
        ("no such column: name"): every admin listing whose viewset sets ``search_fields``
        answered a search with a 500. The names are still checked against the model's
        search fields; ``fields=["title"]`` searches the title column (related articles
        do), anything else the model's whole indexed text.
        """

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.fields = ["title"] if self.fields == ["title"] else None

    class AllColumnsAutocompleteQueryCompiler(AllColumns, SQLiteAutocompleteQueryCompiler):
        pass

    class RankedSQLiteSearchQueryCompiler(AllColumns, SQLiteSearchQueryCompiler):
        def _entries(self) -> QuerySet | None:
            """FTS rows matching the query for this model; None where Wagtail's path is kept."""
            query = normalize(self.query)
            if not isinstance(query, (PlainText, Phrase, And, Or)):
                return None
            match = MatchExpression(
                self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query)
            )
            content_types = get_descendants_content_types_pks(self.queryset.model)
            # "+ 0" keeps SQLite from starting at the index on content_type_id.
            return (
                SQLiteFTSIndexEntry.objects.filter(match)
                .alias(content_type_plus_zero=F("index_entry__content_type_id") + 0)
                .filter(content_type_plus_zero__in=content_types)
            )

        def _wanted(self, entries: QuerySet) -> QuerySet:
            """``entries`` whose object the search's queryset contains (checked per row)."""
            wanted = self.queryset.order_by().filter(pk=OuterRef("index_entry__object_id"))
            return entries.filter(Exists(wanted))

        def fts_match(self, backend: Any) -> tuple[str, list[Any], list[int]] | None:
            """(``… MATCH %s`` SQL, its parameters, index content type ids) of this search."""
            query = normalize(self.query)
            if not isinstance(query, (PlainText, Phrase, And, Or)):
                return None
            match = MatchExpression(
                self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query)
            )
            compiler = SQLiteFTSIndexEntry.objects.all().query.get_compiler(connection=connection)
            sql, params = match.as_sql(compiler, connection)
            content_types = list(get_descendants_content_types_pks(self.queryset.model))
            return sql, list(params), content_types

        def count_hits(self) -> int | None:
            entries = self._entries()
            return None if entries is None else self._wanted(entries).count()

        def ranked(self, start: int, stop: int | None) -> list[tuple[Any, float]] | None:
            """(primary key, rank) of the matches from ``start`` to ``stop`` by relevance."""
            entries = self._entries()
            if entries is None:
                return None
            # The table name is the model's; nothing from the request reaches this SQL.
            rank = RawSQL(f'"{fts_table}"."rank"', (), output_field=FloatField())  # noqa: S611
            rows = (
                self._wanted(entries.filter(RankFunction()))
                .order_by(rank)
                .values_list("index_entry__object_id", rank)
            )
            rows = rows[start:stop] if stop is not None else rows[start:]
            to_python = self.queryset.model._meta.pk.to_python
            return [(to_python(object_id), score) for object_id, score in rows]

        def search(
            self, config: Any, start: int, stop: int | None, score_field: Any = None
        ) -> QuerySet:
            entries = self._entries()
            if entries is None or self.order_by_relevance:
                return super().search(config, start, stop, score_field=score_field)
            # Ordered by the queryset's own fields (e.g. newest first): filter by the matches.
            ids = entries.values("index_entry__object_id")
            queryset = self.queryset.filter(pk__in=ids)
            if not queryset.query.order_by:
                queryset = queryset.order_by("-pk")
            return queryset[start:stop]

    class RankedSQLiteSearchResults(SQLiteSearchResults):
        def _do_search(self) -> list[Any]:
            compiler = self.query_compiler
            ranked = None
            if compiler.order_by_relevance and hasattr(compiler, "ranked"):
                ranked = compiler.ranked(self.start, self.stop)
            if ranked is None:
                return super()._do_search()
            return _in_rank_order(compiler.queryset, ranked, self._score_field)

        def _do_count(self) -> int:
            count_hits = getattr(self.query_compiler, "count_hits", None)
            count = count_hits() if count_hits else None
            return super()._do_count() if count is None else count

    class RankedSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = RankedSQLiteSearchQueryCompiler
        autocomplete_query_compiler_class = AllColumnsAutocompleteQueryCompiler
        results_class = RankedSQLiteSearchResults

    return RankedSQLiteSearchBackend


@functools.cache
def _postgres_backend_class() -> type:
    # Imported here: django.contrib.postgres needs psycopg, which the SQLite path does not install.
    from django.db.models import BigIntegerField, Exists
    from django.db.models import IntegerField as IntegerFieldType
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
        PostgresSearchResults,
    )
    from modelsearch.query import And, Or, Phrase, PlainText
    from modelsearch.utils import get_descendants_content_types_pks
    from wagtail.search.models import IndexEntry

    class TitleIndexQueryCompiler(PostgresSearchQueryCompiler):
        """Wagtail's compiler, plus a ranking that starts from the index entries.

        - Wagtail joins the searched model to its index entries on
          ``object_id = pk::varchar``, which no index serves: every search read and hashed
          the whole article table, then sorted the matches' full rows (body included) by
          rank. ``ranked_entries`` ranks index entries alone, checks the queryset with an
          ``EXISTS`` per entry, and the results fetch one page of objects by primary key
          (64 ms → about 30 ms for 4,500 matches at 100,000 articles).
        - ``fields=["title"]`` reads the indexed title vector: Wagtail's backend builds a
          vector from each named field on every row it reads, so a title search read the
          whole archive.
        """

        def get_search_vectors(self, search_query: Any) -> list[tuple[Any, Any]]:
            if self.fields == ["title"]:
                return [(F("index_entries__title"), 1.0)]
            return super().get_search_vectors(search_query)

        def ranked_entries(self, backend: Any) -> QuerySet | None:
            """Index entries of the matches in the queryset, with their rank as ``_rank_``."""
            if not isinstance(self.query, (PlainText, Phrase, And, Or)):
                return None
            if not isinstance(_concrete_pk(self.queryset.model), IntegerFieldType):
                return None
            config = self.get_config(backend)
            search_query = self.build_tsquery(self.query, config=config)
            if search_query is None:
                return None
            if self.fields == ["title"]:
                vectors = [(F("title"), 1.0)]
                combined = F("title")
            else:
                vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]
                combined = F("title")._combine(F("body"), "||", False)
            object_pk = Cast(OuterRef("object_id"), output_field=BigIntegerField())
            wanted = self.queryset.order_by().filter(pk=object_pk)
            content_types = get_descendants_content_types_pks(self.queryset.model)
            return (
                IndexEntry.objects.filter(content_type_id__in=content_types)
                .annotate(_vector_=combined)
                .filter(_vector_=search_query)
                .filter(Exists(wanted))
                .annotate(_rank_=self._build_rank_expression(vectors, config))
            )

        def fts_match(self, backend: Any) -> tuple[str, list[Any], list[int]] | None:
            """(``e.… @@ tsquery`` SQL, its parameters, index content type ids).

            The vector is the one Wagtail matches (``title || body``, GIN-indexed by
            migration 0001), the query parsed as Wagtail parses it in this language.
            """
            if not isinstance(self.query, (PlainText, Phrase, And, Or)):
                return None
            search_query = self.build_tsquery(self.query, config=self.get_config(backend))
            if search_query is None:
                return None
            query = IndexEntry.objects.all().query
            compiler = query.get_compiler(connection=connection)
            sql, params = compiler.compile(search_query.resolve_expression(query))
            vector = "e.title" if self.fields == ["title"] else "(e.title || e.body)"
            content_types = list(get_descendants_content_types_pks(self.queryset.model))
            return f"{vector} @@ {sql}", list(params), content_types

    class LanguagePostgresIndex(PostgresIndex):
        """Indexes each object with the configuration of its locale's language.

        Wagtail's backend has one configuration for everything; a French article stemmed as
        English would not match 'économies' for 'économie'.
        """

        def add_items(self, model: type, objs: Iterable[Any]) -> None:
            languages = dict(Locale.objects.values_list("pk", "language_code"))
            groups: dict[str, list[Any]] = defaultdict(list)
            for obj in objs:
                code = languages.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE)
                groups[postgres_config(code)].append(obj)
            for config, group in groups.items():
                PostgresIndex(self.backend.with_config(config)).add_items(model, group)

    class RankedPostgresSearchResults(PostgresSearchResults):
        def _do_search(self) -> list[Any]:
            compiler = self.query_compiler
            entries = None
            if compiler.order_by_relevance and hasattr(compiler, "ranked_entries"):
                entries = compiler.ranked_entries(self.backend)
            if entries is None:
                return super()._do_search()
            rows = entries.order_by(F("_rank_").desc(), "-id").values_list("object_id", "_rank_")
            rows = rows[self.start : self.stop] if self.stop is not None else rows[self.start :]
            to_python = compiler.queryset.model._meta.pk.to_python
            ranked = [(to_python(object_id), score) for object_id, score in rows]
            return _in_rank_order(compiler.queryset, ranked, self._score_field)

        def _do_count(self) -> int:
            ranked_entries = getattr(self.query_compiler, "ranked_entries", None)
            entries = ranked_entries(self.backend) if ranked_entries else None
            return super()._do_count() if entries is None else entries.count()

    class LanguagePostgresSearchBackend(PostgresSearchBackend):
        index_class = LanguagePostgresIndex
        query_compiler_class = TitleIndexQueryCompiler
        results_class = RankedPostgresSearchResults

        def __init__(self, params: dict[str, Any]) -> None:
            params = {"SEARCH_CONFIG": postgres_config(settings.LANGUAGE_CODE), **params}
            super().__init__(params)

        def with_config(self, config: str) -> LanguagePostgresSearchBackend:
            clone = copy.copy(self)
            clone.config = config
            return clone

        def for_language(self, language_code: str) -> LanguagePostgresSearchBackend:
            return self.with_config(postgres_config(language_code))

    return LanguagePostgresSearchBackend


def _in_rank_order(
    queryset: QuerySet, ranked: list[tuple[Any, float]], score_field: str | None
) -> list[Any]:
    """The objects of ``ranked`` (primary key, score) from ``queryset``, in that order.

    One query by primary key, with the queryset's select/prefetch_related; an object the
    queryset no longer contains (unpublished meanwhile) is left out.
    """
    found = queryset.filter(pk__in=[pk for pk, _score in ranked]).in_bulk()
    results = []
    for pk, score in ranked:
        if pk in found:
            if score_field:
                setattr(found[pk], score_field, score)
            results.append(found[pk])
    return results


def _concrete_pk(model: type) -> Any:
    """The primary key field that holds the value (a page's ``page_ptr`` leads to ``id``)."""
    field = model._meta.pk
    while field.is_relation:
        field = field.target_field
    return field


def backend_for(language_code: str) -> Any:
    """The default search backend, set up to parse queries in ``language_code``."""
    backend = get_search_backend()
    for_language = getattr(backend, "for_language", None)
    return for_language(language_code) if for_language else backend


def active_locale() -> Locale | None:
    """The Locale of the language this request is in; None when it has no content yet."""
    code = translation.get_language() or settings.LANGUAGE_CODE
    return Locale.objects.filter(language_code__iexact=code).first()


# --- Searching -----------------------------------------------------------------------------------
@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    url: str


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


def live_articles() -> QuerySet:
    return ArticlePage.objects.live().public()


def narrowed(articles: QuerySet, query: SearchQuery, *, terms: bool = True) -> QuerySet:
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


def match_rows(results: Any, query: SearchQuery) -> tuple[str, list[Any]] | None:
    """SQL (and parameters) of (id, locale id, year) for every match of ``results``.

    ``results`` searched the live, public articles of every language, narrowed by the query's
    dates. Wagtail's database backends can give the matches as SQL; search-engine backends
    (OpenSearch, Elasticsearch) answer with documents instead, so there is none and the facets
    are left out (docs/how-to/search-backends.md).
    """
    compiler = getattr(results, "query_compiler", None)
    match = compiler.fts_match(results.backend) if hasattr(compiler, "fts_match") else None
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


# Covering indexes of the columns a match needs, created on SQLite by
# masthead/discovery/migrations/0002_search_covering_indexes_sqlite.py. Each match costs one
# look-up in the index entry, page and article tables; read through these small indexes
# instead of the wide rows (an index entry row holds the article's whole text), the facet
# counts take about half the time (docs/decisions/0004-search.md). SQLite's planner always
# prefers a rowid look-up to an index on the same key, so the statement names them.
SQLITE_SEARCH_INDEXES = {
    "entry": "masthead_search_entry_object",
    "page": "masthead_search_page_state",
    "article": "masthead_search_article_date",
}


def _indexed_match_rows(
    match_sql: str, match_params: list[Any], content_types: list[int], query: SearchQuery
) -> tuple[str, list[Any]]:
    """The statement of :func:`match_rows` for Wagtail's database backends: live, public
    articles only, as ``live().public().type(ArticlePage)`` would select them.

    Written out because the ORM's version joins on ``object_id = page.id::varchar``, which
    neither database can look up by index: PostgreSQL read all 100,000 pages for every
    search (70 ms), SQLite could not be told to use the covering indexes.
    """
    from modelsearch.utils import get_descendants_content_types_pks
    from wagtail.models import PageViewRestriction
    from wagtail.search.models import IndexEntry

    quote = connection.ops.quote_name
    entries = quote(IndexEntry._meta.db_table)
    pages = f"{quote(Page._meta.db_table)} p"
    articles = f"{quote(ArticlePage._meta.db_table)} a"
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry

        hint = {key: f" INDEXED BY {quote(name)}" for key, name in SQLITE_SEARCH_INDEXES.items()}
        fts = quote(SQLiteFTSIndexEntry._meta.db_table)
        source = f"{fts} JOIN {entries} e{hint['entry']} ON e.id = {fts}.rowid"
        pages += hint["page"]
        articles += hint["article"]
        year = "SUBSTR(a.publication_date, 1, 4)"
    else:
        source = f"{entries} e"
        year = "TO_CHAR(a.publication_date, 'YYYY')"
    article_types = list(get_descendants_content_types_pks(ArticlePage))
    params: list[Any] = [*match_params, *content_types, *article_types]
    where = [
        match_sql,
        # "+": on SQLite a test on each row read, not one index seek per content type.
        f"+e.content_type_id IN ({', '.join(['%s'] * len(content_types))})",
        "p.live",
        f"p.content_type_id IN ({', '.join(['%s'] * len(article_types))})",
    ]
    if query.date_from:
        where.append("a.publication_date >= %s")
        params.append(connection.ops.adapt_datefield_value(query.date_from))
    if query.date_to:
        where.append("a.publication_date <= %s")
        params.append(connection.ops.adapt_datefield_value(query.date_to))
    # Wagtail's public(): nothing at or below a page with a view restriction.
    # Page ids first: a join from the restrictions makes SQLite read every page.
    restricted = Page.objects.filter(pk__in=PageViewRestriction.objects.values("page_id"))
    for path in restricted.values_list("path", flat=True):
        where.append("SUBSTR(p.path, 1, %s) <> %s")
        params.extend([len(path), path])
    # Every name is a model's table or chosen here; every value is a parameter. Index
    # entries of pages hold the page id (the content types above are all pages').
    sql = (
        f"SELECT p.id, p.locale_id, {year} FROM {source} "  # noqa: S608
        f"JOIN {pages} ON p.id = CAST(e.object_id AS integer) "
        f"JOIN {articles} ON a.page_ptr_id = p.id "
        f"WHERE {' AND '.join(where)}"
    )
    return sql, params


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
    _add_snippets(outcome.page.object_list, query.terms)
    return outcome


def _add_snippets(results: Iterable[ArticlePage], terms: Sequence[str]) -> None:
    for article in results:
        article.snippet = snippet_for(article, terms)


def _term_sources() -> dict[str, tuple[Any, str, str]]:
    """Per facet: the table recording which article carries which term, and its two fields."""
    return {
        "region": (ArticlePage.regions.through, "articlepage_id", "region"),
        "theme": (ArticlePage.themes.through, "articlepage_id", "theme"),
        "report": (ArticlePage.reports.through, "articlepage_id", "indepthreport"),
        "author": (ArticleAuthor, "page_id", "author"),
    }


@functools.cache
def _facet_members() -> tuple[str, ...]:
    """The SQL of each term facet's counts over ``masthead_search_hits``.

    Built once: nothing in them varies between searches. Each reads, for every hit, the
    relation rows of that article (an index seek), groups by term and joins the names of the
    ten winners only. On SQLite ``CROSS JOIN`` keeps that order (the planner would otherwise
    scan the whole relation table); PostgreSQL plans it well as a plain join. Every name is a
    model's table or column, or chosen here; there are no values.
    """
    quote = connection.ops.quote_name
    join = "CROSS JOIN" if connection.vendor == "sqlite" else "JOIN"
    members = []
    for index, (key, (relation, article_field, term_field)) in enumerate(_term_sources().items()):
        article_column = quote(relation._meta.get_field(article_field).column)
        term = relation._meta.get_field(term_field)
        term_column = quote(term.column)
        term_table = quote(term.related_model._meta.db_table)
        # An author can hold two roles on one article: count articles, not bylines.
        counted = f"DISTINCT r.{article_column}" if key == "author" else "*"
        f, t = f"f{index}", f"t{index}"
        members.append(
            f"SELECT '{key}', {t}.{quote('slug')}, {t}.{quote('name')}, {f}.facet_count "  # noqa: S608
            f"FROM (SELECT r.{term_column} AS facet_value, COUNT({counted}) AS facet_count "
            f"FROM masthead_search_hits h {join} {quote(relation._meta.db_table)} r "
            f"ON r.{article_column} = h.id GROUP BY r.{term_column} "
            f"ORDER BY facet_count DESC, facet_value LIMIT {FACET_SIZE}) {f} "
            f"JOIN {term_table} {t} ON {t}.{quote('id')} = {f}.facet_value"
        )
    return tuple(members)


def facet_counts(
    rows: tuple[str, list[Any]], locale: Locale | None, query: SearchQuery
) -> tuple[int, list[Facet], dict[str, int]]:
    """Total, per-Region/Theme/Report/author/year and per-language counts, in one statement.

    ``rows`` are the matches in every language; the ones of ``locale`` with the query's term
    filters are this search's results. Both are computed once in WITH clauses and grouped
    per facet: with one query per facet the full-text match would run seven times.
    """
    rows_sql, params = rows[0], list(rows[1])
    hits_where = ["locale_id = %s"]
    params.append(locale.pk if locale else None)
    for key, (relation, article_column, term_field) in _term_sources().items():
        slug = getattr(query, key)
        if slug:
            carrying = relation.objects.filter(**{f"{term_field}__slug": slug})
            term_sql, term_params = carrying.values(article_column).query.sql_with_params()
            hits_where.append(f"id IN ({term_sql})")
            params.extend(term_params)
    # Table and column names are the models' or chosen here; values are all parameters.
    locale_table = connection.ops.quote_name(Locale._meta.db_table)
    parts = [
        f"WITH masthead_search_all(id, locale_id, year) AS ({rows_sql}), "  # noqa: S608
        "masthead_search_hits(id, year) AS (SELECT id, year FROM masthead_search_all "
        f"WHERE {' AND '.join(hits_where)}) "
        "SELECT 'total', '', '', COUNT(*) FROM masthead_search_hits"
    ]
    parts.extend(_facet_members())
    parts.append("SELECT 'year', year, year, COUNT(*) FROM masthead_search_hits GROUP BY year")
    parts.append(
        "SELECT 'language', l.language_code, '', COUNT(*) FROM masthead_search_all a "  # noqa: S608
        f"JOIN {locale_table} l ON l.id = a.locale_id GROUP BY l.language_code"
    )
    sql = " UNION ALL ".join(parts)
    with connection.cursor() as cursor:
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
    per_language: dict[str, int], locale: Locale | None, query: SearchQuery
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
        languages.append(LanguageCount(code, name, count, url, code == current))
    return languages


# --- Snippets ------------------------------------------------------------------------------------
# Combining marks (accents) left over once a text is decomposed (NFKD).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _fold(text: str) -> str:
    """Case- and accent-insensitive form, as FTS5's unicode61 tokenizer compares words."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


def _term_pattern(terms: Sequence[str]) -> re.Pattern[str]:
    """A whole word equal to a term, or starting with one of three letters or more, in folded
    text: a prefix match also marks the stemmed forms PostgreSQL finds ("run" → "running")."""
    alternatives = [
        re.escape(term) + (r"[^\W_]*" if len(term) >= 3 else "")
        for term in sorted({_fold(t) for t in terms}, key=len, reverse=True)
    ]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + r")(?![^\W_])")


def highlight(text: str, terms: Sequence[str]) -> SafeString:
    """``text`` escaped, with each word that matches a term wrapped in ``<mark>``.

    The text is cut at word boundaries first and every piece escaped on its own, so a mark
    can never split an entity or a tag.
    """
    pattern = _term_pattern(terms)
    pieces: list[SafeString] = []
    last = 0
    for match in _WORD.finditer(text):
        if pattern.fullmatch(_fold(match.group())):
            pieces.append(format_html("{}", text[last : match.start()]))
            pieces.append(format_html("<mark>{}</mark>", match.group()))
            last = match.end()
    pieces.append(format_html("{}", text[last:]))
    return format_html_join("", "{}", ((piece,) for piece in pieces))


BLOCK_SEPARATOR = "·"
_SENTENCE_ENDS = (".", "!", "?", ":", ";", "…", '"', "”", "»", "。", "！", "？", "।", "؟")


def plain_text(article: ArticlePage, until: re.Pattern[str] | None = None) -> str:
    """The lead and body of an article as plain text, for snippets.

    Read from the body's stored JSON rather than its blocks: building blocks for twelve
    results costs more than the search itself. With ``until`` (a pattern of folded text),
    reading stops once the text holds a match and more than an excerpt's worth of words
    after it: the rest of a long article would not be shown.
    """
    texts = itertools.chain(
        [get_text_for_indexing(article.lead)],
        *(_texts(item.get("value")) for item in article.body.raw_data),
    )
    words: list[str] = []
    first: int | None = None
    for text in texts:
        text_words = text.split()
        if until is not None and first is None:
            match = until.search(_fold(" ".join(text_words)))
            if match:
                first = len(words) + match.string.count(" ", 0, match.start())
        words.extend(text_words)
        if text_words and not text_words[-1].endswith(_SENTENCE_ENDS):
            # A subheading or caption runs into the next text: "Next steps · We will …".
            words.append(BLOCK_SEPARATOR)
        if first is not None and len(words) > first + EXCERPT_WORDS:
            break
    if words and words[-1] == BLOCK_SEPARATOR:
        words.pop()  # nothing follows it
    return " ".join(words)


def _texts(value: Any) -> Iterator[str]:
    """The human-readable strings in one block's stored value (captions, quotes, paragraphs)."""
    if isinstance(value, str):
        if value and not value.startswith(("http://", "https://")):
            yield get_text_for_indexing(value) if "<" in value else value
    elif isinstance(value, dict):
        for child in value.values():
            yield from _texts(child)
    elif isinstance(value, list):
        for child in value:
            yield from _texts(child)


def excerpt(text: str, terms: Sequence[str], length: int = EXCERPT_WORDS) -> SafeString:
    """About ``length`` words of ``text`` around the first match, highlighted."""
    words = text.split()
    folded = _fold(" ".join(words))
    match = _term_pattern(terms).search(folded)
    # Folding keeps word boundaries, so the match's word number is its count of spaces.
    first = folded.count(" ", 0, match.start()) if match else 0
    start = max(0, min(first - length // 4, len(words) - length))
    window = words[start : start + length]
    while window and window[0] == BLOCK_SEPARATOR:
        window.pop(0)
    while window and window[-1] == BLOCK_SEPARATOR:
        window.pop()
    body = highlight(" ".join(window), terms)
    before = "… " if start > 0 else ""
    after = " …" if start + length < len(words) else ""
    return format_html("{}{}{}", before, body, after)


def snippet_for(article: ArticlePage, terms: Sequence[str]) -> SafeString:
    return excerpt(plain_text(article, until=_term_pattern(terms)), terms)
