"""Test builders shared by the apps' suites: the newsroom set-ups several suites write out.

The outlet itself comes from ``masthead.testing``; this module adds the people, terms, partner
and articles that the reader-facing suites (feeds, structured data, print, pages, search) build
on top of it. Each builder takes only what the suites vary, so a test keeps its exact data.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, NamedTuple

from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from masthead.articles.factories import ArticlePageFactory
from masthead.articles.models import ArticlePage
from masthead.images.factories import CustomImageFactory
from masthead.images.models import CustomImage
from masthead.people.factories import AuthorFactory
from masthead.people.models import Author
from masthead.syndication.factories import LicenceFactory, PartnerPublicationFactory
from masthead.syndication.models import PartnerPublication
from masthead.taxonomy.factories import InDepthReportFactory, RegionFactory, ThemeFactory
from masthead.taxonomy.models import InDepthReport, Region, Theme
from masthead.testing import Outlet, build_outlet, publish_article

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


def paragraph(text: str) -> list:
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
