"""The shape of the hand-written statements; each vendor module fills in its own SQL.

``sqlite.SQLiteStatements`` and ``postgres.PostgresStatements`` subclass ``Statements`` and
hold every piece that differs by vendor, each documented there with the measurement that
justifies it. What is written here is standard SQL both run as it stands. Every name in these
statements is a model's table or column, or chosen here; every value is a parameter.
Measurements: ``bench/search.py``, docs/decisions/0061-how-search-speed-is-measured.md.
"""

from __future__ import annotations

import datetime
from abc import ABC, abstractmethod
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any, ClassVar

from django.db import connection

# One term facet: its key, the relation table, its article column, its term column and the
# term table (all unquoted), and whether to count distinct articles (an author can hold two
# roles on one article).
FacetSource = tuple[str, str, str, str, str, bool]


class Statements(ABC):
    """Hand-written SQL of search, facets and related articles for one database vendor."""

    vendor: ClassVar[str] = ""
    # How a term facet joins the hits to a relation table (see the vendor's ``facet_join``).
    facet_join: ClassVar[str] = "JOIN"

    # --- Hooks the vendor modules fill in ------------------------------------------------
    @abstractmethod
    def match_source(self, entries: str) -> str:
        """The FROM clause that gives index entries as ``e`` joined to their full-text match."""

    def page_table(self, pages: str) -> str:
        """The page table as ``p``, with any index the vendor must be told to use."""
        return f"{pages} p"

    def article_table(self, articles: str) -> str:
        """The article table as ``a``, with any index the vendor must be told to use."""
        return f"{articles} a"

    @abstractmethod
    def year(self) -> str:
        """The article's publication year as four characters."""

    def scans(self, bounded: bool) -> AbstractContextManager[None]:
        """Where a statement must run to read a match bounded to its newest entries well."""
        return nullcontext()

    # --- Statements ------------------------------------------------------------------------
    def match_rows(
        self,
        match: tuple[str, list[Any]],
        content_types: Sequence[int],
        article_types: Sequence[int],
        dates: tuple[datetime.date | None, datetime.date | None],
        restricted_paths: Sequence[str],
    ) -> tuple[str, list[Any]]:
        """(id, locale id, year) of the live, public articles matching ``match``.

        ``match`` is the vendor's full-text condition on ``e`` and its parameters;
        ``restricted_paths`` the tree paths of pages with a view restriction (Wagtail's
        ``public()``: nothing at or below them). Written out because the ORM's version
        joins on ``object_id = page.id::varchar``, which neither database can look up by
        index: PostgreSQL read all 100,000 pages for every search (70 ms), SQLite could not
        be told to use its covering indexes.
        """
        from wagtail.models import Page
        from wagtail.search.models import IndexEntry

        from masthead.articles.models import ArticlePage

        quote = connection.ops.quote_name
        match_sql, match_params = match
        params: list[Any] = [*match_params, *content_types, *article_types]
        where = [
            match_sql,
            # "+": on SQLite a test on each row read, not one index seek per content type;
            # PostgreSQL reads it as the same test.
            f"+e.content_type_id IN ({', '.join(['%s'] * len(content_types))})",
            "p.live",
            f"p.content_type_id IN ({', '.join(['%s'] * len(article_types))})",
        ]
        date_from, date_to = dates
        if date_from:
            where.append("a.publication_date >= %s")
            params.append(connection.ops.adapt_datefield_value(date_from))
        if date_to:
            where.append("a.publication_date <= %s")
            params.append(connection.ops.adapt_datefield_value(date_to))
        for path in restricted_paths:
            where.append("SUBSTR(p.path, 1, %s) <> %s")
            params.extend([len(path), path])
        # Index entries of pages hold the page id (the content types are all pages').
        sql = (
            f"SELECT p.id, p.locale_id, {self.year()} "  # noqa: S608
            f"FROM {self.match_source(quote(IndexEntry._meta.db_table))} "
            f"JOIN {self.page_table(quote(Page._meta.db_table))} "
            "ON p.id = CAST(e.object_id AS integer) "
            f"JOIN {self.article_table(quote(ArticlePage._meta.db_table))} "
            "ON a.page_ptr_id = p.id "
            f"WHERE {' AND '.join(where)}"
        )
        return sql, params

    def facet_member(self, index: int, source: FacetSource, size: int) -> str:
        """One term facet's ``size`` largest counts over ``masthead_search_hits``.

        For every hit it reads that article's relation rows (an index seek), groups by term
        and joins the names of the winners only: 3–5 ms per facet for a 4,500-match word at
        100,000 articles.
        """
        quote = connection.ops.quote_name
        key, relation, article_column, term_column, term_table, distinct = source
        article, term = quote(article_column), quote(term_column)
        counted = f"DISTINCT r.{article}" if distinct else "*"
        f, t = f"f{index}", f"t{index}"
        return (
            f"SELECT '{key}', {t}.{quote('slug')}, {t}.{quote('name')}, {f}.facet_count "  # noqa: S608
            f"FROM (SELECT r.{term} AS facet_value, COUNT({counted}) AS facet_count "
            f"FROM masthead_search_hits h {self.facet_join} {quote(relation)} r "
            f"ON r.{article} = h.id GROUP BY r.{term} "
            f"ORDER BY facet_count DESC, facet_value LIMIT {int(size)}) {f} "
            f"JOIN {quote(term_table)} {t} ON {t}.{quote('id')} = {f}.facet_value"
        )

    def facet_counts(
        self, rows_sql: str, carrying_terms: Sequence[str], members: Sequence[str]
    ) -> str:
        """Total, term facet, year and language counts in one statement.

        The matches are computed once in a WITH clause and grouped per facet: as seven
        separate queries the full-text match ran seven times
        (docs/decisions/0050-facets-count-the-result-set-in-one-statement.md).
        ``masthead_search_all`` holds ``rows_sql``'s matches in every language,
        ``masthead_search_hits`` this search's results: those of one locale (a parameter
        after ``rows_sql``'s) carried by each of ``carrying_terms`` (sub-queries of article
        ids, their parameters next).
        """
        hits_where = ["locale_id = %s", *(f"id IN ({terms})" for terms in carrying_terms)]
        from wagtail.models import Locale

        locale_table = connection.ops.quote_name(Locale._meta.db_table)
        parts = [
            f"WITH masthead_search_all(id, locale_id, year) AS ({rows_sql}), "  # noqa: S608
            "masthead_search_hits(id, year) AS (SELECT id, year FROM masthead_search_all "
            f"WHERE {' AND '.join(hits_where)}) "
            "SELECT 'total', '', '', COUNT(*) FROM masthead_search_hits",
            *members,
            "SELECT 'year', year, year, COUNT(*) FROM masthead_search_hits GROUP BY year",
            "SELECT 'language', l.language_code, '', COUNT(*) "  # noqa: S608
            f"FROM masthead_search_all a JOIN {locale_table} l ON l.id = a.locale_id "
            "GROUP BY l.language_code",
        ]
        return " UNION ALL ".join(parts)

    def shared_terms(self, parts: Sequence[tuple[str, str, str, int, int]]) -> str:
        """Related articles: the live articles of a locale sharing the most terms.

        ``parts`` are (relation table, article column, term column, weight, number of term
        ids) per axis; the parameters are the term ids of each part in order, then this
        article's id, the shortlist size, True, the locale id and the number to return.
        One grouped query over a UNION ALL of the three relation tables (the ORM cannot
        group over a union). Only the shortlist (ties: the most recently added) is then
        checked for live/language and ordered by date: a broad Region is shared by
        thousands of articles, and reading each one's page and date cost 50 ms at 100,000
        articles. With titles-only text matching this took related articles from
        p50 117 / p95 172 ms to 28 / 37 ms on SQLite and from 700–825 ms to 45 / 56 ms on
        PostgreSQL at 100,000 articles
        (docs/decisions/0055-related-articles-shared-filing-and-titles.md).
        """
        from wagtail.models import Page

        from masthead.articles.models import ArticlePage

        unions = [
            f"SELECT {article_column} AS page_id, {int(weight)} AS weight "  # noqa: S608
            f"FROM {table} WHERE {term_column} IN ({', '.join(['%s'] * count)})"
            for table, article_column, term_column, weight, count in parts
        ]
        return (
            "SELECT best.page_id, best.score, a.publication_date "  # noqa: S608
            "FROM (SELECT page_id, SUM(weight) AS score "
            f"FROM ({' UNION ALL '.join(unions)}) shared WHERE page_id <> %s "
            "GROUP BY page_id ORDER BY score DESC, page_id DESC LIMIT %s) best "
            f"JOIN {Page._meta.db_table} p ON p.id = best.page_id "
            f"JOIN {ArticlePage._meta.db_table} a ON a.page_ptr_id = best.page_id "
            "WHERE p.live = %s AND p.locale_id = %s "
            "ORDER BY best.score DESC, a.publication_date DESC, best.page_id DESC "
            "LIMIT %s"
        )
