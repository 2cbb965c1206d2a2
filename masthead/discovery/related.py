"""Related articles: the few live articles most like this one, for the end of an article page.

Two signals, added up per candidate:

- shared filing: each In-depth Report the two share counts 3, each Theme 2, each Region 1
  (a dossier is a narrow, deliberate grouping; a region is a broad one);
- text: a full-text search of other articles' titles (through the configured search backend)
  for the significant words of this title; the best match adds 2, like a shared Theme,
  falling linearly down the list.

Ties go to the newer article. The work is a fixed number of queries whatever the size of the
archive: this article's terms, one grouped query for articles sharing them, one search, and
the teaser data of the winners
(docs/decisions/0055-related-articles-shared-filing-and-titles.md).
"""

from __future__ import annotations

import datetime
import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.db.models import F, IntegerField, Value
from django.utils import timezone

from masthead.articles.models import ArticlePage
from masthead.discovery.search.backends import backend_for, statements

WEIGHTS = {"report": 3, "theme": 2, "region": 1}
TEXT_WEIGHT = 2.0
CANDIDATES = 30  # from each signal
# Articles sharing the most terms, most recently added first, before the live/language test
# and the date order: bounds the rows read however many articles share a broad Region.
SHARED_SHORTLIST = 200
TITLE_WORDS = 6  # the longest, usually the rarest
# Short function words add nothing to "what is this about"; words under four letters are
# skipped in every language, these longer ones in the languages we publish most.
_STOPWORDS = """
    about after again against also among amid because been before being between both could
    does doing down during each from further have having here into just more most much must
    only other over same should some such than that their them then there these they this
    those through under until very were what when where which while whom with would your
    avec dans depuis elle elles entre leur leurs mais nous pour sans selon sont sous tout
    tous une vers über eine einer nicht oder sich sind und wird como para pero sobre
"""
STOPWORDS = frozenset(_STOPWORDS.split())
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class _Candidate:
    score: float = 0.0
    date: datetime.date = datetime.date.min


def significant_words(title: str) -> list[str]:
    """The longest distinct words of ``title`` that are not function words."""
    words = []
    for word in _WORD.findall(title):
        folded = word.casefold()
        if len(folded) >= 4 and folded not in STOPWORDS and folded not in words:
            words.append(folded)
    return sorted(words, key=len, reverse=True)[:TITLE_WORDS]


@functools.cache
def _axes() -> dict[str, tuple[type[Any], str, str]]:
    """Per axis: the relation table, its article column and its term column."""
    axes = {}
    for axis, name in (("region", "regions"), ("theme", "themes"), ("report", "reports")):
        through = getattr(ArticlePage, name).through
        article_column = through._meta.get_field("articlepage").column
        term_field = next(
            f for f in through._meta.concrete_fields if f.is_relation and f.name != "articlepage"
        )
        axes[axis] = (through, article_column, term_field.column)
    return axes


def _own_terms(article: ArticlePage) -> dict[str, list[int]]:
    """This article's Region, Theme and Report ids, in one query."""
    queries = [
        through.objects.filter(**{article_column: article.pk})
        .annotate(axis=Value(index, output_field=IntegerField()))
        .values_list("axis", term_column)
        for index, (through, article_column, term_column) in enumerate(_axes().values())
    ]
    names = list(_axes())
    terms: dict[str, list[int]] = defaultdict(list)
    for axis_index, term_id in queries[0].union(*queries[1:], all=True):
        terms[names[axis_index]].append(term_id)
    return terms


def _shared_terms(
    article: ArticlePage, terms: dict[str, list[int]], found: dict[int, _Candidate]
) -> None:
    """Score live articles of the same locale by the terms they share with ``article``.

    One grouped query: a UNION ALL over the three relation tables (each read through its
    term-column index), summed per article. Only the ``SHARED_SHORTLIST`` best (ties: the
    most recently added) are then checked for live/language and ordered by date: a broad
    Region is shared by thousands of articles, and reading each one's page and date cost
    50 ms at 100,000 articles. Unpublished articles can take places on that list, which is
    why it is far longer than the 30 candidates kept. The ORM cannot group over a union,
    hence SQL (``Statements.shared_terms`` in ``search/backends/sql.py``).
    """
    axes = _axes()
    parts, params = [], []
    for axis, ids in terms.items():
        through, article_column, term_column = axes[axis]
        parts.append((through._meta.db_table, article_column, term_column, WEIGHTS[axis], len(ids)))
        params.extend(ids)
    if not parts:
        return
    sql = statements().shared_terms(parts)
    params.extend([article.pk, SHARED_SHORTLIST, True, article.locale_id, CANDIDATES])
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for page_id, score, date in cursor.fetchall():
            candidate = found[page_id]
            candidate.score += float(score)
            candidate.date = _as_date(date)


def _as_date(value: object) -> datetime.date:
    # SQLite hands back a string from a raw query; PostgreSQL a date.
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def _similar_text(article: ArticlePage, found: dict[int, _Candidate]) -> None:
    """Score by a search of titles for this title's significant words (any of them).

    Titles only: they say what a piece is about, and a title match is cheap to rank (short
    vectors, their own index), where matching any of six words in every body finds and
    ranks half the archive (120 ms on SQLite, 800 ms on PostgreSQL at 100,000 articles).
    """
    words = significant_words(article.title)
    if not words:
        return
    candidates = (
        ArticlePage.objects.live()
        .public()
        .filter(locale_id=article.locale_id)
        .exclude(id=article.pk)
        .only("publication_date")
    )
    backend = backend_for(article.locale.language_code)
    results = backend.search(" ".join(words), candidates, fields=["title"], operator="or")
    results = results[:CANDIDATES]
    for rank, match in enumerate(results):
        candidate = found[match.pk]
        candidate.score += TEXT_WEIGHT * (1 - rank / CANDIDATES)
        candidate.date = match.publication_date


def related_articles(article: ArticlePage, limit: int = 4) -> list[ArticlePage]:
    """Up to ``limit`` live articles in ``article``'s locale, most related first."""
    if article.pk is None:  # a preview of a page never saved has no filing to compare
        return []
    found: dict[int, _Candidate] = defaultdict(_Candidate)
    terms = _own_terms(article)
    if terms:
        _shared_terms(article, terms, found)
    _similar_text(article, found)
    found.pop(article.pk, None)
    ranking = sorted(found, key=lambda pk: (found[pk].score, found[pk].date, pk), reverse=True)
    # A few spares: the final query re-checks live/public and may drop one.
    shortlist = ranking[: limit * 2]
    pages = {
        page.pk: page
        for page in ArticlePage.objects.live()
        .public()
        .filter(pk__in=shortlist, locale_id=article.locale_id)
        .for_listing()
    }
    return [pages[pk] for pk in shortlist if pk in pages][:limit]


# --- Stored at publish time -------------------------------------------------------------------
# Finding related articles costs a grouped query and a search; the article page only reads the
# list that ``tasks.refresh_related_articles`` stored when the articles concerned were published.
STORED = 4  # what the article page shows


def store_related_articles(article: ArticlePage) -> list[ArticlePage]:
    """Compute ``article``'s related articles now and store them; returns them in order.

    Idempotent: the stored list is replaced whole, so running it twice stores the same list.
    """
    from masthead.discovery.models import RelatedArticle, RelatedArticleList

    found = related_articles(article, limit=STORED)
    with transaction.atomic():
        listing, _ = RelatedArticleList.objects.update_or_create(
            page_id=article.pk, defaults={"computed_at": timezone.now()}
        )
        listing.entries.all().delete()
        RelatedArticle.objects.bulk_create(
            RelatedArticle(listing=listing, article_id=page.pk, rank=rank)
            for rank, page in enumerate(found)
        )
    return found


def stored_related_articles(article: ArticlePage, limit: int = STORED) -> list[ArticlePage]:
    """The stored list, still live, with teaser data: one query plus the teaser prefetches.

    An article published before lists were stored (or whose list was lost) gets its list
    computed and stored on this first view, so the page never fails for want of one; a
    preview of a draft shows what would be related and stores nothing.
    """
    from masthead.discovery.models import RelatedArticleList

    if article.pk is None:  # a preview of a page never saved has no filing to compare
        return []
    # "locale_id + 0": a test on each of the four rows, not an index. SQLite, with no
    # statistics, started from the language's index and read every page in it (24–120 ms at
    # 100,000 articles) instead of starting from the list's own rows (under 1 ms).
    pages = list(
        ArticlePage.objects.readable()
        .filter(listed_as_related__listing_id=article.pk)
        .alias(locale_plus_zero=F("locale_id") + 0)
        .filter(locale_plus_zero=article.locale_id)
        .order_by("listed_as_related__rank")
        .for_listing()[:limit]
    )
    if pages or RelatedArticleList.objects.filter(page_id=article.pk).exists():
        return pages
    if not article.live:
        return related_articles(article, limit=limit)
    return store_related_articles(article)[:limit]


def lists_showing(page_id: int) -> list[int]:
    """The articles whose stored list includes ``page_id``."""
    from masthead.discovery.models import RelatedArticle

    return list(
        RelatedArticle.objects.filter(article_id=page_id).values_list("listing_id", flat=True)
    )
