"""PostgreSQL: the full-text backend, stemmed per language, and every hand-written PostgreSQL
statement.

Imported only when the database is PostgreSQL (``backends.SearchBackend``,
``backends.statements``): django.contrib.postgres needs psycopg, which the SQLite path does not
install. Measured with bench/search.py
(docs/decisions/0059-postgresql-gin-index-and-ranking.md).
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, ClassVar

from django.conf import settings
from django.db import connection
from django.db.models import BigIntegerField, Exists, F, OuterRef, QuerySet
from django.db.models import IntegerField as IntegerFieldType
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import And, Or, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Locale
from wagtail.search.models import IndexEntry

from masthead.discovery.search.backends import postgres_config
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
    English would not match 'économies' for 'économie'. An object named twice in one batch
    is written once (the last copy): PostgreSQL refuses an ``ON CONFLICT DO UPDATE`` that
    would change one row twice, which failed the whole batch.
    """

    def add_items(self, model: type, objs: Iterable[Any]) -> None:
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        groups: dict[str, list[Any]] = defaultdict(list)
        for obj in {obj.pk: obj for obj in objs}.values():
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
        return in_rank_order(compiler.queryset, ranked, self._score_field)

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
