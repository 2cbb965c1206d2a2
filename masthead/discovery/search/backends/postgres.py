"""PostgreSQL: the full-text backend, stemmed per language, and every hand-written PostgreSQL
statement.

Imported only when the database is PostgreSQL (``backends.SearchBackend``,
``backends.statements``): django.contrib.postgres needs psycopg, which the SQLite path does not
install. Measured with bench/search.py
(docs/decisions/0059-postgresql-gin-index-and-ranking.md).
"""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any, ClassVar

from django.conf import settings
from django.db import connection, transaction
from django.db.models import BigIntegerField, Exists, F, OuterRef, QuerySet
from django.db.models import IntegerField as IntegerFieldType
from django.db.models.functions import Cast
from django.db.models.sql import InsertQuery
from modelsearch.backends.database.postgres.postgres import (
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import And, Or, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks
from wagtail.models import Locale
from wagtail.search.models import IndexEntry

from masthead.discovery.search.backends import postgres_config
from masthead.discovery.search.backends.bulk import PreparedOnce, TitleNorms
from masthead.discovery.search.backends.ranking import concrete_pk, in_rank_order
from masthead.discovery.search.backends.sql import Statements


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

    # The bounded candidate set in force, as SQLite's rowids (``window``): only entries from
    # ``min_rowid`` up are read (the newest matches), or only those below ``max_rowid`` (the
    # older ones, for the pages after them). None: no bound.
    min_rowid: int | None = None
    max_rowid: int | None = None
    # The candidates themselves, newest first, when ``window`` read them (the newest ``size``
    # matches, or every match when there are no more): the statements after it look them up
    # by primary key instead of matching the words again (decision 0217). Not used for the
    # older matches (``max_rowid``).
    candidate_ids: list[int] | None = None

    def _by_ids(self) -> bool:
        return self.candidate_ids is not None and self.max_rowid is None

    def reads_id_range(self) -> bool:
        """Whether statements read the matches within a range of entry ids (bitmap scans)."""
        bounded = self.min_rowid is not None or self.max_rowid is not None
        return bounded and not self._by_ids()

    def _bounds(self) -> tuple[str, list[int]]:
        """SQL ``AND …`` on ``e.id`` for the bounds in force, and its parameters."""
        sql, params = "", []
        if self.min_rowid is not None:
            sql, params = " AND e.id >= %s", [self.min_rowid]
        if self.max_rowid is not None:
            sql, params = f"{sql} AND e.id < %s", [*params, self.max_rowid]
        return sql, params

    def window(self, size: int, backend: Any = None) -> tuple[int, int] | None:
        """(first entry id, number of matches) when the query matches more than ``size`` entries.

        The same bounded candidates as SQLite's (docs/decisions/0080), newest by entry id
        (ids grow as entries are written; an edit keeps its row), found without reading
        every match (docs/decisions/0210-postgresql-ranks-the-newest-matches.md): the
        ``size``-th newest match is looked for among the newest ids only, a span sized from
        the planner's estimate of the match and widened fourfold until it holds ``size``
        matches or the whole index (then there are ``size`` matches or fewer, and every
        count is exact). Each try is a bitmap scan of the GIN index ANDed with a range of
        the primary key, so only matches inside the span are read.
        """
        match = self._text_match(backend)
        if match is None:
            return None
        match_sql, params, content_types = match
        table = connection.ops.quote_name(IndexEntry._meta.db_table)
        types = ", ".join(["%s"] * len(content_types))
        where = f"{match_sql} AND e.content_type_id IN ({types})"
        params = [*params, *content_types]
        with connection.cursor() as cursor:
            # The id range of this model's entries, and whether the GIN index has statistics
            # (ANALYZE has run since the archive was loaded).
            # Each end read from the primary key, stopping at the first entry of these types.
            ends = f"SELECT id FROM {table} WHERE content_type_id IN ({types}) ORDER BY id"  # noqa: S608
            cursor.execute(
                f"SELECT ({ends} LIMIT 1), ({ends} DESC LIMIT 1), "  # noqa: S608
                "EXISTS (SELECT 1 FROM pg_stats WHERE tablename = %s)",
                [*content_types, *content_types, GIN_INDEX],
            )
            low, high, analysed = cursor.fetchone()
        if high is None:
            return None
        with bitmap_scans(), connection.cursor() as cursor:
            probe = f"SELECT 1 FROM {table} e WHERE {where}"  # noqa: S608
            planned = _planned_rows(cursor, probe, params)
            share = min(1.0, max(planned, 1.0) / max(high - low + 1, 1))
            span = max(4 * size, int(2 * size / share))
            while True:
                floor = high - span
                # The newest size matches, and whether there is one more.
                cursor.execute(
                    f"SELECT e.id FROM {table} e WHERE {where} AND e.id > %s "  # noqa: S608
                    "ORDER BY e.id DESC LIMIT %s",
                    [*params, floor, size + 1],
                )
                found = [int(entry_id) for (entry_id,) in cursor.fetchall()]
                if len(found) > size:
                    break
                if floor < low:
                    # ``size`` matches or fewer: these are all, and every count is exact.
                    self.candidate_ids = found
                    return None
                span *= 4
        first = found[size - 1]
        self.candidate_ids = found[:size]
        # More than ``size`` match. Counting them exactly reads every match's row (33 ms for
        # 6,188 matches of 10,000 entries, growing with them), so the total is the planner's
        # estimate from the GIN index's statistics; without statistics, the density of the
        # newest ``size`` matches carried over the whole id range. Never below ``size + 1``.
        total = planned if analysed else size * (high - low + 1) / (high - first + 1)
        return first, max(round(total), size + 1)

    def get_search_vectors(self, search_query: Any) -> list[tuple[Any, Any]]:
        if self.fields == ["title"]:
            return [(F("index_entries__title"), 1.0)]
        return super().get_search_vectors(search_query)

    def ranked_entries(self, backend: Any) -> QuerySet | None:
        """Index entries of the matches in the queryset, with their rank as ``_rank_``."""
        if not isinstance(self.query, (PlainText, Phrase, And, Or)):
            return None
        if not isinstance(concrete_pk(self.queryset.model), IntegerFieldType):
            return None
        config = self.get_config(backend)
        search_query = self.build_tsquery(self.query, config=config)
        if search_query is None:
            return None
        if self.fields == ["title"]:
            vectors: list[tuple[F, F | float]] = [(F("title"), 1.0)]
            combined = F("title")
        else:
            vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]
            # Combinable._combine is private, so django-stubs leaves it out.
            combined = F("title")._combine(F("body"), "||", False)  # type: ignore[attr-defined]
        object_pk = Cast(OuterRef("object_id"), output_field=BigIntegerField())
        wanted = self.queryset.order_by().filter(pk=object_pk)
        content_types = get_descendants_content_types_pks(self.queryset.model)
        entries = IndexEntry.objects.filter(content_type_id__in=content_types)
        if self._by_ids():
            entries = entries.filter(id__in=self.candidate_ids)
        else:
            if self.min_rowid is not None:
                entries = entries.filter(id__gte=self.min_rowid)
            if self.max_rowid is not None:
                entries = entries.filter(id__lt=self.max_rowid)
            entries = entries.annotate(_vector_=combined).filter(_vector_=search_query)
        return entries.filter(Exists(wanted)).annotate(
            _rank_=self._build_rank_expression(vectors, config)
        )

    def fts_match(self, backend: Any) -> tuple[str, list[Any], list[int]] | None:
        """(SQL condition on ``e``, its parameters, index content type ids) of the matches.

        The candidates by id when ``window`` read them, else the words matched and bounded.
        """
        match = self._text_match(backend)
        if match is None or not self._by_ids():
            return match
        return "e.id = ANY(%s)", [self.candidate_ids], match[2]

    def _text_match(self, backend: Any) -> tuple[str, list[Any], list[int]] | None:
        """(``e.… @@ tsquery`` SQL and the bounds, its parameters, index content type ids).

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
        bounds, bound_params = self._bounds()
        return f"{vector} @@ {sql}{bounds}", [*params, *bound_params], content_types

    def search(
        self,
        config: Any,
        start: int,
        stop: int | None,
        score_field: Any = None,
        backend: Any = None,
    ) -> QuerySet:
        bounded = self.min_rowid is not None or self.max_rowid is not None
        entries = self.ranked_entries(backend) if bounded and backend is not None else None
        if entries is None or self.order_by_relevance:
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        # Ordered by the queryset's own fields (newest first) among the bounded matches.
        ids = entries.values(_id_=Cast("object_id", output_field=BigIntegerField()))
        queryset = self.queryset.filter(pk__in=ids)
        if not queryset.query.order_by:
            queryset = queryset.order_by("-pk")
        return queryset[start:stop]


@contextmanager
def bitmap_scans(bounded: bool = True) -> Iterator[None]:
    """Within it (when ``bounded``), statements read matches through bitmaps only.

    For a match bounded to the newest entry ids the planner prefers walking the primary key
    backwards and testing each entry's ``title || body``, which decompresses both vectors of
    every row in the range: 30–320 ms for the 500th newest match of words in 7–60% of 10,000
    entries, against 1.7–2.0 ms for a bitmap of the GIN index ANDed with the id range
    (EXPLAIN ANALYZE, docs/decisions/0210-postgresql-ranks-the-newest-matches.md). Index-only
    scans and joins through other indexes are left alone; ``SET LOCAL`` ends with the
    transaction.
    """
    if not bounded or connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off")
        try:
            yield
        finally:
            # Inside an outer transaction (a request's, a test's) SET LOCAL would outlive
            # this block.
            cursor.execute("RESET enable_indexscan; RESET enable_seqscan")


# The GIN index on ``title || body`` (migration 0001); its statistics are the match estimates.
GIN_INDEX = "masthead_search_title_body_gin"


def _planned_rows(cursor: Any, sql: str, params: list[Any]) -> float:
    """The planner's estimate of the rows ``sql`` returns (from the GIN index's statistics)."""
    cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
    plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return float(plan[0]["Plan"]["Plan Rows"])


class LanguagePostgresIndex(PostgresIndex):
    """Indexes each object with the configuration of its locale's language.

    Wagtail's backend has one configuration for everything; a French article stemmed as
    English would not match 'économies' for 'économie'. An object named twice in one batch
    is written once (the last copy): PostgreSQL refuses an ``ON CONFLICT DO UPDATE`` that
    would change one row twice, which failed the whole batch.
    """

    # Set while ``bulk.bulk_indexing`` runs: title norms are then written with each entry.
    title_norms: TitleNorms | None = None

    def add_items(self, model: type, objs: Iterable[Any]) -> None:
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        groups: dict[str, list[Any]] = defaultdict(list)
        for obj in {obj.pk: obj for obj in objs}.values():
            code = languages.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE)
            groups[postgres_config(code)].append(obj)
        for config, group in groups.items():
            index = PostgresIndex(self.backend.with_config(config))
            if self.title_norms is None:
                index.add_items(model, group)
            else:
                _insert_with_norms(index, model, group, self.title_norms)


class PostgresObjectIndexer(PreparedOnce, ObjectIndexer):
    pass


def _insert_with_norms(
    index: PostgresIndex, model: type, objs: list[Any], norms: TitleNorms
) -> None:
    """Wagtail's ``PostgresIndex.add_items`` statement, with ``title_norm`` computed in it.

    Wagtail inserts 1.0 and then reads the whole table twice per batch to correct it
    (``bulk.py``). Here the statement computes the norms from the running sum and count of
    title lengths (lexemes, as Wagtail's refresh counts them) plus the batch's own, and
    returns the batch's lengths for the next one.
    """
    if not model.get_search_fields():  # type: ignore[attr-defined]  # an Indexed model
        return
    indexers = [PostgresObjectIndexer(obj, index.backend) for obj in objs]
    if not indexers:
        return
    content_type_pk = get_content_type_pk(model)
    connection_ = index.write_connection
    compiler = InsertQuery(IndexEntry).get_compiler(connection=connection_)
    rows, params = [], []
    for indexer in indexers:
        values = []
        row_params: list[Any] = [content_type_pk, indexer.id]
        for name, text in (
            ("title", indexer.title),
            ("autocomplete", indexer.autocomplete),
            ("body", indexer.body),
        ):
            prepared = compiler.prepare_value(IndexEntry._meta.get_field(name), text)
            sql, value_params = prepared.as_sql(compiler, connection_)
            values.append(sql)
            row_params.extend(value_params)
        rows.append(f"(%s::integer, %s::text, {values[0]}, {values[1]}, {values[2]}, %s, %s)")
        params.extend([*row_params, indexer.title_text, indexer.body_text])
    table = IndexEntry._meta.db_table
    # The average title length the norms divide is the index's with this batch in it, as
    # Wagtail's refresh computes it: the running sum and count plus the batch's own.
    sql = (
        "WITH v(ct, oid, ti, au, bo, tt, bt) AS MATERIALIZED "  # noqa: S608
        f"(VALUES {', '.join(rows)}), "
        "s(total, n) AS (SELECT %s + COALESCE(SUM(length(ti)), 0), %s + COUNT(*) "
        "FROM v WHERE length(ti) > 0) "
        f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, "
        "title_norm, title_text, body_text) "
        "SELECT ct, oid, ti, au, bo, CASE WHEN length(ti) > 0 "
        "THEN (s.total::float / s.n) / length(ti) ELSE 1.0 END, tt, bt FROM v, s "
        "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
        "title_norm = EXCLUDED.title_norm, autocomplete = EXCLUDED.autocomplete, "
        "body = EXCLUDED.body, title_text = EXCLUDED.title_text, "
        "body_text = EXCLUDED.body_text RETURNING length(title)"
    )
    with connection_.cursor() as cursor:
        cursor.execute(sql, [*params, norms.total, norms.count])
        norms.add(int(length) for (length,) in cursor.fetchall())


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
        with bitmap_scans(_bounded(compiler)):
            ranked = [(to_python(object_id), score) for object_id, score in rows]
        return in_rank_order(compiler.queryset, ranked, self._score_field)

    def _do_count(self) -> int:
        ranked_entries = getattr(self.query_compiler, "ranked_entries", None)
        entries = ranked_entries(self.backend) if ranked_entries else None
        if entries is None:
            return super()._do_count()
        with bitmap_scans(_bounded(self.query_compiler)):
            return entries.count()


def _bounded(compiler: Any) -> bool:
    reads_id_range = getattr(compiler, "reads_id_range", None)
    return bool(reads_id_range and reads_id_range())


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


class PostgresStatements(Statements):
    """The PostgreSQL variants of the hand-written statements (``sql.Statements``).

    The matches are read from the index entries' GIN-indexed ``title || body`` (migration
    0001: 1.3–1.7 s per search at 100,000 articles without it, ~30 ms at 20,000 with it) and
    joined to their pages on ``p.id = e.object_id::integer`` through the primary key, where
    Wagtail's ``object_id = pk::varchar`` read every page: 86 → 57 ms for the facet statement
    of a 4,500-match word at 100,000 articles. A plain JOIN to the relation tables is planned
    well (read the hits, seek their relation rows).
    """

    vendor: ClassVar[str] = "postgresql"

    def match_source(self, entries: str) -> str:
        return f"{entries} e"

    def year(self) -> str:
        return "TO_CHAR(a.publication_date, 'YYYY')"

    def scans(self, bounded: bool) -> AbstractContextManager[None]:
        return bitmap_scans(bounded)
