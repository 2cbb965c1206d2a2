"""Test support shared by the apps' test suites: a small outlet built from the factories."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import DEFAULT_DB_ALIAS, connections
from django.test import Client
from wagtail.models import Collection, Locale, Page, Site

from masthead.articles.factories import ArticlePageFactory
from masthead.articles.models import (
    ArticleAuthor,
    ArticleIndexPage,
    ArticlePage,
    AuthorIndexPage,
    HomePage,
    TermIndexPage,
)
from masthead.core.models import OutletSettings
from masthead.people.models import Author
from masthead.taxonomy.models import InDepthReport, Region, Theme

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as TestResponse


@dataclass
class Outlet:
    home: HomePage
    articles: ArticleIndexPage
    authors: AuthorIndexPage
    regions: TermIndexPage
    themes: TermIndexPage
    reports: TermIndexPage
    site: Site
    settings: OutletSettings
    published: list[ArticlePage] = field(default_factory=list)


def build_outlet(name: str = "The Test Courier") -> Outlet:
    """A site with its front page, archive, author and term index pages."""
    # A transactional test flushes the rows Wagtail's migrations made; put them back.
    locale = Locale.objects.get_or_create(language_code="en")[0]
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    for child in root.get_children():
        child.delete()
    home = root.add_child(instance=HomePage(title=name, slug="home", locale=locale))
    Site.objects.all().delete()
    site = Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=name
    )
    articles = home.add_child(
        instance=ArticleIndexPage(title="Articles", slug="articles", show_in_menus=True)
    )
    authors = home.add_child(
        instance=AuthorIndexPage(title="Authors", slug="authors", show_in_menus=True)
    )
    indexes = {
        vocabulary: home.add_child(
            instance=TermIndexPage(
                title=title, slug=slug, vocabulary=vocabulary, show_in_menus=True
            )
        )
        for vocabulary, title, slug in (
            ("region", "Regions", "regions"),
            ("theme", "Themes", "themes"),
            ("report", "In-depth Reports", "reports"),
        )
    }
    settings = OutletSettings.for_site(site)
    settings.outlet_name = name
    settings.note_to_readers = "<p>Share this piece with your colleagues.</p>"
    settings.disclaimer = "<p>Authors answer for their own words.</p>"
    settings.fair_use_notice = "<p>Quoted material is used for commentary.</p>"
    settings.membership_cta_text = "Join the Courier"
    settings.membership_url = "https://courier.example/join/"
    settings.media_contact_email = "press@courier.example"
    settings.save()
    return Outlet(
        home=home,
        articles=articles,
        authors=authors,
        regions=indexes["region"],
        themes=indexes["theme"],
        reports=indexes["report"],
        site=site,
        settings=settings,
    )


def publish_article(
    outlet: Outlet,
    *,
    authors: Sequence[tuple[Author, str]] = (),
    regions: Sequence[Region] = (),
    themes: Sequence[Theme] = (),
    reports: Sequence[InDepthReport] = (),
    date: datetime.date | None = None,
    **fields: object,
) -> ArticlePage:
    """Create and publish one article under the outlet's archive."""
    article = ArticlePageFactory.build(**fields)
    if date is not None:
        article.publication_date = date
    article.regions = list(regions)
    article.themes = list(themes)
    article.reports = list(reports)
    article.article_authors = [
        ArticleAuthor(author=author, role=role, sort_order=i)
        for i, (author, role) in enumerate(authors)
    ]
    outlet.articles.add_child(instance=article)
    article.save_revision().publish()
    outlet.published.append(article)
    return article


# --- Counting queries ----------------------------------------------------------------------------
# One harness for every test that counts SQL: pages must stay within their budgets and must not
# cost more as the archive grows. It counts through an execute wrapper rather than slicing
# ``connection.queries``: that log is emptied at the start of each request and capped at 9,000
# entries, so a slice taken across a request can silently read as zero.


@dataclass
class QueryLog:
    """The SQL statements run inside ``count_queries``, in order."""

    statements: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.statements)

    def report(self) -> str:
        return "\n".join(f"{n}. {sql}" for n, sql in enumerate(self.statements, 1))


@contextmanager
def count_queries(using: str = DEFAULT_DB_ALIAS) -> Iterator[QueryLog]:
    """Record every statement run on the ``using`` database inside the ``with`` block."""
    log = QueryLog()

    def record(execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any) -> Any:
        log.statements.append(sql)
        return execute(sql, params, many, context)

    with connections[using].execute_wrapper(record):
        yield log


@contextmanager
def assert_max_queries(limit: int, using: str = DEFAULT_DB_ALIAS) -> Iterator[QueryLog]:
    """Fail, listing the statements, if the block runs more than ``limit`` queries."""
    with count_queries(using) as log:
        yield log
    if len(log) > limit:
        raise AssertionError(f"{len(log)} queries, more than {limit}:\n{log.report()}")


def get_counting_queries(
    client: Client, url: str, *, warm: bool = True, status: int = 200, **extra: Any
) -> tuple[TestResponse, int]:
    """GET ``url`` and return the response with the number of queries it cost.

    ``warm`` makes one request first, so what is counted is a reader's request on a running
    server (Wagtail's site-root and rendition caches filled), not the first after a start.
    """
    if warm:
        client.get(url, **extra)
    with count_queries() as log:
        response = client.get(url, **extra)
    if response.status_code != status:
        raise AssertionError(f"GET {url} answered {response.status_code}, expected {status}")
    return response, len(log)
