"""SQLite: the FTS5 search backend and every hand-written SQLite statement.

Imported only when the database is SQLite (``backends.SearchBackend``, ``backends.statements``):
modelsearch's SQLite module looks up its FTS5 model when imported.

Wagtail's own backend ranks with a correlated sub-query that re-runs the full-text match for
every matching row, so a page of results costs time quadratic in the number of matches (3 s for
2,000 matches, measured with bench/search.py), and its filters let SQLite start from the index
table instead of the full-text index. Here:

- matches are always read from the FTS5 table first (the content type test is written so no
  index can serve it, which settles the planner's choice);
- relevance order is FTS5's ``bm25()`` with weights (title twice the body, as Wagtail's title
  boost of 2), sorted by SQLite, the queryset's filters checked with a correlated EXISTS;
- a query matching more than 500 rows is ranked and counted among its newest 500
  (``window``, docs/decisions/0080-search-ranks-the-newest-matches.md);
- the objects of one page are then fetched by primary key with the queryset's
  select/prefetch_related.

Anything else (negated queries, autocomplete) is left to Wagtail's implementation, except that
``fields=`` no longer fails (see ``AllColumns``).
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import connection
from django.db.models import Exists, F, FloatField, OuterRef, QuerySet
from django.db.models.expressions import RawSQL
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import And, Or, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from masthead.discovery.search.backends.bulk import PreparedOnce, TitleNorms
from masthead.discovery.search.backends.ranking import in_rank_order
from masthead.discovery.search.backends.sql import Statements

FTS_TABLE = SQLiteFTSIndexEntry._meta.db_table
# Columns of the FTS5 table, in order: autocomplete, body, title.
BM25_WEIGHTS = "0.0, 1.0, 2.0"


class AllColumns:
    """Searches every column when a caller names fields other than the title.

    The FTS5 table has one title, body and autocomplete column for all of a model's
    fields, so Wagtail's backend turns a field name into a column filter SQLite rejects
    ("no such column: name"): every admin listing whose viewset sets ``search_fields``
    answered a search with a 500. The names are still checked against the model's
    search fields; ``fields=["title"]`` searches the title column (related articles
    do), anything else the model's whole indexed text.
    """

    fields: list[str] | None  # set by the query compiler this is mixed into

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields = ["title"] if self.fields == ["title"] else None


class AllColumnsAutocompleteQueryCompiler(AllColumns, SQLiteAutocompleteQueryCompiler):
    pass


class RankedSQLiteSearchQueryCompiler(AllColumns, SQLiteSearchQueryCompiler):
    # The bounded candidate set in force: only FTS rows from ``min_rowid`` up are read (the
    # newest matches; see ``window``), or only those below ``max_rowid`` (the older ones, for
    # the pages after them). None: no bound.
    min_rowid: int | None = None
    max_rowid: int | None = None

    def _match(self) -> MatchExpression | None:
        query = normalize(self.query)
        if not isinstance(query, (PlainText, Phrase, And, Or)):
            return None
        return MatchExpression(self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query))

    def _entries(self) -> QuerySet | None:
        """FTS rows matching the query for this model; None where Wagtail's path is kept."""
        match = self._match()
        if match is None:
            return None
        content_types = get_descendants_content_types_pks(self.queryset.model)
        entries = SQLiteFTSIndexEntry.objects.filter(match)
        if self.min_rowid is not None:
            # A rowid range FTS5 seeks to in each term's list: the rows before it are skipped.
            entries = entries.filter(pk__gte=self.min_rowid)
        if self.max_rowid is not None:
            entries = entries.filter(pk__lt=self.max_rowid)
        # "+ 0" keeps SQLite from starting at the index on content_type_id.
        return entries.alias(content_type_plus_zero=F("index_entry__content_type_id") + 0).filter(
            content_type_plus_zero__in=content_types
        )

    def window(self, size: int, backend: Any = None) -> tuple[int, int] | None:
        """(first rowid, number of matches) when the query matches more than ``size`` FTS rows.

        One statement: the rowid of the ``size``-th newest match (FTS5 walks its lists in
        descending rowid order and stops there) and the count of every match (a walk of the
        same lists, no row read). None when there are ``size`` matches or fewer: then every
        count is exact. Rowids grow as entries are added, so the newest rows are the articles
        indexed last, which is to say published last (docs/decisions/0080).
        """
        match = self._match()
        if match is None:
            return None
        compiler = SQLiteFTSIndexEntry.objects.all().query.get_compiler(connection=connection)
        match_sql, params = match.as_sql(compiler, connection)
        fts = connection.ops.quote_name(FTS_TABLE)
        # The count runs only when there is a size-th match: a query with fewer matches
        # walks its lists once, and every count after this one is exact.
        sql = (
            f"SELECT first, CASE WHEN first IS NULL THEN 0 ELSE "  # noqa: S608
            f"(SELECT COUNT(*) FROM {fts} WHERE {match_sql}) END "
            f"FROM (SELECT (SELECT rowid FROM {fts} WHERE {match_sql} "
            "ORDER BY rowid DESC LIMIT 1 OFFSET %s) AS first)"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *params, size - 1])
            first, count = cursor.fetchone()
        return None if first is None or count <= size else (int(first), int(count))

    def _wanted(self, entries: QuerySet) -> QuerySet:
        """``entries`` whose object the search's queryset contains (checked per row)."""
        wanted = self.queryset.order_by().filter(pk=OuterRef("index_entry__object_id"))
        return entries.filter(Exists(wanted))

    def fts_match(self, backend: Any) -> tuple[str, list[Any], list[int]] | None:
        """(``… MATCH %s`` SQL, its parameters, index content type ids) of this search."""
        match = self._match()
        if match is None:
            return None
        compiler = SQLiteFTSIndexEntry.objects.all().query.get_compiler(connection=connection)
        sql, params = match.as_sql(compiler, connection)
        params = list(params)
        fts = connection.ops.quote_name(FTS_TABLE)
        if self.min_rowid is not None:
            sql = f"{sql} AND {fts}.rowid >= %s"
            params.append(self.min_rowid)
        if self.max_rowid is not None:
            sql = f"{sql} AND {fts}.rowid < %s"
            params.append(self.max_rowid)
        content_types = list(get_descendants_content_types_pks(self.queryset.model))
        return sql, params, content_types

    def count_hits(self) -> int | None:
        entries = self._entries()
        return None if entries is None else self._wanted(entries).count()

    def ranked(self, start: int, stop: int | None) -> list[tuple[Any, float]] | None:
        """(primary key, rank) of the matches from ``start`` to ``stop`` by relevance."""
        entries = self._entries()
        if entries is None:
            return None
        # SQLite sorts the bm25 scores itself: FTS5's own ORDER BY rank took twice as long
        # on the same rows (10 against 5 ms for a word in 76% of 100,000 articles, nearly all
        # of it bm25 counting each word's rows once, whatever the number ranked). Ties go to
        # the newer entry. The table name is the model's; nothing from the request is in it.
        rank = RawSQL(f'bm25("{FTS_TABLE}", {BM25_WEIGHTS})', (), output_field=FloatField())  # noqa: S611
        rows = (
            self._wanted(entries)
            .order_by(rank, "-index_entry_id")
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
        return in_rank_order(compiler.queryset, ranked, self._score_field)

    def _do_count(self) -> int:
        count_hits = getattr(self.query_compiler, "count_hits", None)
        count = count_hits() if count_hits else None
        return super()._do_count() if count is None else count


class SQLiteObjectIndexer(PreparedOnce, ObjectIndexer):
    pass


class UpsertSQLiteIndex(SQLiteIndex):
    """Wagtail's SQLite index, writing each entry with one insert-or-update statement.

    Wagtail's index first looks up which objects already have an entry, then updates those and
    inserts the rest: two workers indexing the same newly published page both found none, and
    the second insert failed on the (content type, object id) unique constraint. An upsert
    (``INSERT … ON CONFLICT DO UPDATE``, which fires the FTS table's update trigger) leaves
    the entry with the text of whichever write came last.
    """

    # Set while ``bulk.bulk_indexing`` runs: title norms are then written with each entry.
    title_norms: TitleNorms | None = None

    def add_items(self, model: type[Any], objs: Any) -> None:
        if not model.get_search_fields():
            return
        indexers = [SQLiteObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        # One entry per object even when ``objs`` names one twice: the last one wins.
        entries = {
            indexer.id: self.entries.model(
                content_type_id=content_type_pk,
                object_id=indexer.id,
                title=indexer.title,
                autocomplete=indexer.autocomplete,
                body=indexer.body,
            )
            for indexer in indexers
        }
        norms = self.title_norms
        update_fields = ["title", "autocomplete", "body"]
        if norms is not None:
            # Bulk indexing (bulk.py): the norm is written with the entry, as Wagtail's
            # refresh would set it (LENGTH of the title, in characters, as Python's len).
            norms.add(len(entry.title) for entry in entries.values())
            for entry in entries.values():
                entry.title_norm = norms.norm(len(entry.title))
            update_fields.append("title_norm")
        self.entries.bulk_create(
            list(entries.values()),
            update_conflicts=True,
            unique_fields=["content_type", "object_id"],
            update_fields=update_fields,
        )
        if norms is None:
            self._refresh_title_norms()


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = UpsertSQLiteIndex
    query_compiler_class = RankedSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = AllColumnsAutocompleteQueryCompiler
    results_class = RankedSQLiteSearchResults


class SQLiteStatements(Statements):
    """The SQLite variants of the hand-written statements (``sql.Statements``).

    Measured at 100,000 articles with bench/search.py
    (docs/decisions/0058-sqlite-facet-counts-through-covering-indexes.md).
    """

    vendor: ClassVar[str] = "sqlite"
    # CROSS JOIN keeps SQLite reading the hits first and seeking each one's relation rows
    # (3–5 ms per facet for a 4,500-match word); as a plain join the planner scans the whole
    # relation table instead.
    facet_join: ClassVar[str] = "CROSS JOIN"

    # Covering indexes of the columns a match needs, created by
    # masthead/discovery/migrations/0002_search_covering_indexes_sqlite.py. Each match costs
    # one look-up in the index entry, page and article tables; read through these small
    # indexes instead of the wide rows (an index entry row holds the article's whole text),
    # the one-word search+facets p95 went from 52 ms to 42 ms. SQLite's planner always
    # prefers a rowid look-up to an index on the same key, so the statement names them.
    INDEXES: ClassVar[dict[str, str]] = {
        "entry": "masthead_search_entry_object",
        "page": "masthead_search_page_state",
        "article": "masthead_search_article_date",
    }

    def _hint(self, key: str) -> str:
        return f" INDEXED BY {connection.ops.quote_name(self.INDEXES[key])}"

    def match_source(self, entries: str) -> str:
        """The FTS5 table first, then each match's entry through its covering index."""
        fts = connection.ops.quote_name(FTS_TABLE)
        return f"{fts} JOIN {entries} e{self._hint('entry')} ON e.id = {fts}.rowid"

    def page_table(self, pages: str) -> str:
        return f"{pages} p{self._hint('page')}"

    def article_table(self, articles: str) -> str:
        return f"{articles} a{self._hint('article')}"

    def year(self) -> str:
        # The first four characters of the ISO date: SQLite's ExtractYear is a Python
        # function called once per row.
        return "SUBSTR(a.publication_date, 1, 4)"
