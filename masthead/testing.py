"""Test support shared by the apps' test suites: a small outlet built from the factories."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from django.db import DEFAULT_DB_ALIAS, connections
from django.test import Client
from wagtail.models import Collection, Locale, Page, Site
from wagtail.rich_text import RichText

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
from masthead.images.factories import CustomImageFactory
from masthead.images.models import CustomImage
from masthead.people.factories import AuthorFactory
from masthead.people.models import Author
from masthead.syndication.factories import LicenceFactory, PartnerPublicationFactory
from masthead.syndication.models import PartnerPublication
from masthead.taxonomy.factories import InDepthReportFactory, RegionFactory, ThemeFactory
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


# --- Builders for the reader-facing suites (feeds, structured data, print, pages, search) ---

ND_LICENCE_URL = "https://creativecommons.org/licenses/by-nd/4.0/"
GRAIN_SHIPS = "Why the grain ships wait"


def translate(page: Page, language_code: str, **changes: object) -> Page:
    """Publish a copy of ``page`` in another language tree, as the translation pipeline does."""
    locale = Locale.objects.get(language_code=language_code)
    copy = page.copy_for_translation(locale, copy_parents=True)
    for name, value in changes.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    for ancestor in copy.get_ancestors().filter(depth__gt=1, live=False):
        ancestor.specific.save_revision().publish()
    copy.refresh_from_db()
    return copy


def paragraph(text: str) -> list[tuple[str, RichText]]:
    """A stream body of one rich-text paragraph."""
    return [("paragraph", RichText(f"<p>{text}</p>"))]


def publish_in_french(outlet: Outlet, **fields: object) -> ArticlePage:
    """A French article in the French copy of the archive, as the translation pipeline makes."""
    french = Locale.objects.get(language_code="fr")
    index = outlet.articles.get_translation_or_none(french)
    if index is None:
        index = outlet.articles.copy_for_translation(french, copy_parents=True)
        index.save_revision().publish()
    article = ArticlePageFactory.build(locale=french, **fields)
    index.add_child(instance=article)
    article.save_revision().publish()
    return article


def titles(response: Any) -> list[str]:
    """The titles on a search results page (a test client response), in the order shown."""
    page = response.context["results"]
    return [article.title for article in page.object_list] if page else []


def harbour_ledger(**licence: Any) -> PartnerPublication:
    """The partner paper the republished pieces come from, under a no-derivatives licence."""
    return PartnerPublicationFactory.create(
        name="Harbour Ledger",
        default_licence=LicenceFactory.create(code="CC-BY-ND-4.0", name="CC BY-ND 4.0", **licence),
    )


def republish_grain_ships(
    outlet: Outlet, *, lead: str, first_published: datetime.date, **fields: Any
) -> ArticlePage:
    """The Harbour Ledger's grain-ships piece, republished on 5 March 2024."""
    return publish_article(
        outlet,
        title=GRAIN_SHIPS,
        slug="grain-ships",
        lead=lead,
        date=datetime.date(2024, 3, 5),
        original_url="https://harbourledger.example/grain",
        original_date=first_published,
        **fields,
    )


def publish_own_reporting(
    outlet: Outlet, writer: Author, date: datetime.date, **fields: Any
) -> ArticlePage:
    """An original piece by ``writer``: no partner, so the outlet holds the copyright."""
    return publish_article(
        outlet,
        title="Our own reporting",
        slug="own",
        authors=[(writer, "author")],
        date=date,
        **fields,
    )


@dataclass
class Desk:
    """A newsroom with a republished piece (three bylines, every term) and one of its own."""

    outlet: Outlet
    writer: Author
    cowriter: Author
    translator: Author
    region: Region
    theme: Theme
    report: InDepthReport
    partner: PartnerPublication
    image: CustomImage
    republished: ArticlePage
    original: ArticlePage

    def attach_to(self, test_class: type) -> None:
        """Set each part as a class attribute, so the tests read ``self.writer`` as before."""
        for name, value in vars(self).items():
            setattr(test_class, name, value)


def build_desk(
    *,
    lead: str,
    first_published: datetime.date,
    own_date: datetime.date,
    own_in_region: bool = False,
    image_title: str | None = None,
) -> Desk:
    """The outlet, its people and terms, the grain-ships piece and the outlet's own reporting."""
    outlet = build_outlet()
    writer = AuthorFactory.create(name="Ines Alvarado")
    cowriter = AuthorFactory.create(name="Amara Osei")
    translator = AuthorFactory.create(name="Tomasz Wren")
    region = RegionFactory.create(name="Sahel")
    theme = ThemeFactory.create(name="Water & Climate")
    report = InDepthReportFactory.create(name="Harbour Cities")
    partner = harbour_ledger(url=ND_LICENCE_URL, allows_derivatives=False)
    image_fields = {"title": image_title} if image_title else {}
    image = CustomImageFactory.create(credit="Port Authority archive", **image_fields)
    republished = republish_grain_ships(
        outlet,
        lead=lead,
        first_published=first_published,
        featured_image=image,
        authors=[(writer, "author"), (cowriter, "author"), (translator, "translator")],
        regions=[region],
        themes=[theme],
        reports=[report],
        partner=partner,
    )
    original = publish_own_reporting(
        outlet, writer, own_date, regions=[region] if own_in_region else []
    )
    people = (writer, cowriter, translator)
    return Desk(outlet, *people, region, theme, report, partner, image, republished, original)


class Terms(NamedTuple):
    """Unpacks as ``region, theme, report``."""

    region: Region
    theme: Theme
    report: InDepthReport


def file_terms(theme: str = "Energy", report: str = "Harbour Cities") -> Terms:
    """One region (Sahel), one theme and one in-depth report to file articles under."""
    return Terms(
        region=RegionFactory.create(name="Sahel"),
        theme=ThemeFactory.create(name=theme),
        report=InDepthReportFactory.create(name=report),
    )


class Piece(NamedTuple):
    """Unpacks as ``outlet, writer, article``."""

    outlet: Outlet
    writer: Author
    article: ArticlePage


def build_piece_by_ines(
    title: str = GRAIN_SHIPS, slug: str = "grain-ships", **fields: Any
) -> Piece:
    """A fresh outlet with one published article written by Ines Alvarado."""
    outlet = build_outlet()
    writer = AuthorFactory.create(name="Ines Alvarado")
    article = publish_article(
        outlet, title=title, slug=slug, authors=[(writer, "author")], **fields
    )
    return Piece(outlet, writer, article)


def grow_archive(
    outlet: Outlet,
    count: int,
    writers: list[Author],
    *,
    title: str = "Piece {n}",
    slug: str = "piece-{n}",
    first_date: datetime.date = datetime.date(2024, 1, 1),
    days_apart: int = 1,
    with_images: bool = True,
    **filing: Any,
) -> None:
    """Publish ``count`` more articles by ``writers``, numbered after those already published.

    The query-count suites call it twice and compare: a page must cost the same at 3 articles
    as at 12. ``filing`` is passed to every article (regions, themes, reports); a callable
    value is called with the article's number (e.g. a partner on every other piece).
    """
    start = len(outlet.published)
    for n in range(start, start + count):
        extra = {key: value(n) if callable(value) else value for key, value in filing.items()}
        if with_images:
            extra["featured_image"] = CustomImageFactory.create()
        publish_article(
            outlet,
            title=title.format(n=n),
            slug=slug.format(n=n),
            date=first_date + datetime.timedelta(days=days_apart * n),
            authors=[(writer, "author") for writer in writers],
            **extra,
        )


def start_archive() -> tuple[Outlet, list[Author], Region]:
    """An outlet, two writers and the Sahel region: what the query-count suites grow from."""
    writers = [AuthorFactory.create(), AuthorFactory.create()]
    return build_outlet(), writers, RegionFactory.create(name="Sahel")
