"""Builds the demo outlet from the data files in ``content/`` (see ``masthead/demo/content.py``).

Run through ``manage.py load_demo_site``. The skeleton (home page, sections, Site, outlet
settings, every language) comes from :func:`masthead.outlets.services.create_outlet`, exactly
as for an outlet started by hand; the English articles go through the text importer's service.
It is idempotent: when a front page exists it only makes sure the editor login works, so a
second start takes seconds. It needs runtime dependencies only (no factory-boy).
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from masthead.accounts.services import ensure_editor
from masthead.articles.models import (
    ArticleAuthor,
    ArticleIndexPage,
    ArticlePage,
    HomePage,
    PinnedArticle,
)
from masthead.core.models import OutletNoticeTranslation, OutletSettings
from masthead.demo.comments import load_demo_comments
from masthead.demo.content import DemoContent, DemoContentError, read_content
from masthead.demo.membership import load_demo_membership
from masthead.demo.newsletters import load_demo_newsletters
from masthead.demo.partners import load_demo_partners
from masthead.demo.stories import load_demo_stories
from masthead.demo.wordpress import load_demo_wordpress
from masthead.images.drawing import draw_motif, draw_portrait, image_file
from masthead.images.models import CustomImage
from masthead.importers.services import import_parsed_article, stream_block
from masthead.importers.text.markup import paragraph_html
from masthead.importers.text.parser import parse_article_file
from masthead.outlets.services import create_outlet, point_site_at
from masthead.people.models import Author
from masthead.syndication.models import Licence, PartnerPublication
from masthead.taxonomy.models import InDepthReport, Region, Term, Theme

# Fixes the pictures' variations, so every build of the demo looks the same.
SEED = 20260101

Log = Callable[[str], None]


@dataclass
class DemoLogin:
    username: str
    password: str
    created_site: bool


def load_demo_site(password: str, log: Log = lambda _msg: None) -> DemoLogin:
    """Create the demo outlet unless a site exists; always (re)set the editor's password."""
    content = read_content()
    created = False
    if not HomePage.objects.exists():
        with transaction.atomic():
            _build(content, log)
        created = True
        log("Updating the search index…")
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
    if point_site_at(settings.SITE_BASE_URL):
        log(f"The demo now answers at {settings.SITE_BASE_URL} (MASTHEAD_BASE_URL).")
    editor = content.editor
    ensure_editor(editor["username"], editor["email"], password, editor["display_name"])
    return DemoLogin(editor["username"], password, created)


def _html(markdown: str) -> str:
    """Prose in the data files is inline Markdown, rendered as the importer renders it."""
    return paragraph_html(markdown)


def _build(content: DemoContent, log: Log) -> None:
    log("Creating the front page and sections in every language…")
    outlet = content.outlet
    setup = create_outlet(
        name=outlet["name"], base_url=settings.SITE_BASE_URL, tagline=outlet["tagline"]
    )
    _fill_outlet_settings(OutletSettings.for_site(setup.site), content)

    log("Creating licences, partners, authors and terms…")
    licences = {item["code"]: Licence.objects.create(**item) for item in content.licences}
    for item in content.partners:
        PartnerPublication.objects.create(
            name=item["name"],
            homepage=item["homepage"],
            default_licence=licences[item["licence"]],
            canonical_to_original=item["canonical_to_original"],
        )
    locale = Locale.get_default()
    authors = {item["slug"]: _create_author(item, locale, outlet) for item in content.authors}
    regions = _create_terms(Region, content.regions, locale)
    themes = _create_terms(Theme, content.themes, locale)
    reports: dict[str, Term] = {
        item["slug"]: InDepthReport.objects.create(
            locale=locale,
            name=item["name"],
            slug=item["slug"],
            description=item["introduction"][0][:300],
            introduction="".join(_html(para) for para in item["introduction"]),
            featured=item["featured"],
        )
        for item in content.reports
    }

    log(f"Importing {len(content.articles)} articles…")
    articles = _import_articles(content, setup.articles, authors)
    for report in reports.values():
        newest = sorted(
            (a for a in articles.values() if report in a.reports.all()),
            key=lambda a: a.publication_date,
            reverse=True,
        )
        for position, article in enumerate(newest[:2]):
            PinnedArticle.objects.create(report=report, page=article, sort_order=position)

    log("Adding the human translations in fr, es, ru, ar…")
    terms = {"regions": regions, "themes": themes, "reports": reports}
    _translate(content, setup.home, authors, terms, articles)
    log(f"{len(settings.LANGUAGES)} languages ready.")
    load_demo_comments(log)
    load_demo_membership(log)
    load_demo_stories(log)
    load_demo_newsletters(log)
    load_demo_partners(log)
    load_demo_wordpress(log)


def _fill_outlet_settings(outlet_settings: OutletSettings, content: DemoContent) -> None:
    outlet = content.outlet
    outlet_settings.outlet_name = outlet["name"]
    outlet_settings.tagline = outlet["tagline"]
    outlet_settings.note_to_readers = _html(outlet["note_to_readers"])
    outlet_settings.membership_cta_text = outlet["membership_cta_text"]
    outlet_settings.membership_url = outlet["membership_url"]
    outlet_settings.disclaimer = _html(outlet["disclaimer"])
    outlet_settings.fair_use_notice = _html(outlet["fair_use_notice"])
    outlet_settings.media_contact_email = outlet["media_contact_email"]
    permission = outlet.get("republish_permission", "")
    outlet_settings.republish_permission = _html(permission) if permission else ""
    outlet_settings.notice_translations = [
        OutletNoticeTranslation(
            language_code=code,
            tagline=texts["tagline"],
            membership_cta_text=texts["membership_cta_text"],
            note_to_readers=_html(texts["note_to_readers"]),
            disclaimer=_html(texts["disclaimer"]),
            fair_use_notice=_html(texts["fair_use_notice"]),
        )
        for code, texts in _enabled(
            (code, language["outlet"])
            for code, language in content.translations.items()
            if "outlet" in language
        )
    ]
    outlet_settings.save()


def _create_author(item: dict[str, Any], locale: Locale, outlet: dict[str, Any]) -> Author:
    photo = CustomImage.objects.create(
        title=f"Portrait of {item['name']}",
        credit=outlet["portrait_credit"],
        file=image_file(draw_portrait(item["name"], item["photo_hue"]), f"{item['slug']}.jpg"),
    )
    return Author.objects.create(
        name=item["name"],
        slug=item["slug"],
        short_bio=item["short_bio"],
        bio=_html(item["bio"]),
        links=[("link", link) for link in item["links"]],
        photo=photo,
        locale=locale,
    )


def _create_terms(
    model: type[Term], items: list[dict[str, Any]], locale: Locale
) -> dict[str, Term]:
    return {item["slug"]: model.objects.create(locale=locale, **item) for item in items}


def _import_articles(
    content: DemoContent, index: ArticleIndexPage, authors: dict[str, Author]
) -> dict[str, ArticlePage]:
    """Each file goes through the importer; the demo then adds what the format cannot say."""
    rng = random.Random(SEED)  # noqa: S311 — picture variations, not a secret
    today = timezone.localdate()
    slug_of_author = {author.pk: slug for slug, author in authors.items()}
    articles: dict[str, ArticlePage] = {}
    for number, (slug, extras) in enumerate(content.articles_oldest_first()):
        path = content.article_file(slug)
        result = import_parsed_article(parse_article_file(path), index=index)
        if result.created_records:
            # Everything an article names is set up from demo.toml first; anything new is a typo.
            raise DemoContentError(
                f"{path}: names {', '.join(result.created_records)}, which demo.toml lacks"
            )
        article = result.article
        published = today - datetime.timedelta(days=extras["days_ago"])
        article.slug = slug
        article.publication_date = published
        article.original_date = (
            published - datetime.timedelta(days=extras.get("original_days_before", 0))
            if article.partner
            else None
        )
        # The year follows the demo's relative dates rather than the one written in the file.
        article.copyright_year = None
        # The page prints "Featured image is from …": the credit belongs to the picture.
        article.featured_image = CustomImage.objects.create(
            title=article.title,
            credit=article.featured_image_credit,
            file=image_file(
                draw_motif(extras["motif"], extras["hue"], seed=rng.randrange(10**6)),
                f"{slug}.jpg",
            ),
        )
        article.featured_image_credit = ""
        roles = extras.get("roles", {})
        article.article_authors = [
            ArticleAuthor(
                author=row.author,
                role=roles.get(slug_of_author[row.author_id], "author"),
                sort_order=row.sort_order,
            )
            for row in article.article_authors.all()
        ]
        article.save_revision().publish()
        # Spread publication times over the morning, in the order of the archive.
        moment = timezone.make_aware(
            datetime.datetime.combine(published, datetime.time(8, 0))
            + datetime.timedelta(minutes=number)
        )
        ArticlePage.objects.filter(pk=article.pk).update(
            first_published_at=moment, last_published_at=moment, latest_revision_created_at=moment
        )
        articles[slug] = article
    return articles


def _enabled(items: Iterable[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Only the languages this server is configured for (MASTHEAD_LANGUAGES may narrow them)."""
    codes = {code for code, _name in settings.LANGUAGES}
    return [(code, value) for code, value in items if code in codes]


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _translate(
    content: DemoContent,
    home: HomePage,
    authors: dict[str, Author],
    terms: dict[str, dict[str, Term]],
    articles: dict[str, ArticlePage],
) -> None:
    """The hand translations, as plain translated pages and snippets.

    They are not wagtail-localize sources, so the translation pipeline recognises them as human
    work and never overwrites them.
    """
    for code, intro in _enabled(content.home_intro.items()):
        localized_home = home.get_translation(Locale.objects.get(language_code=code))
        localized_home.introduction = intro
        _publish(localized_home)

    for code, language in _enabled(content.translations.items()):
        locale = Locale.objects.get(language_code=code)
        for kind in ("regions", "themes", "reports"):
            for slug, fields in language.get(kind, {}).items():
                copy = terms[kind][slug].copy_for_translation(locale)
                copy.name = fields["name"]
                copy.description = fields.get("description", copy.description)
                if "introduction" in fields:
                    copy.introduction = "".join(_html(p) for p in fields["introduction"])
                copy.save()
        for slug, fields in language.get("authors", {}).items():
            copy = authors[slug].copy_for_translation(locale)
            copy.short_bio = fields["short_bio"]
            copy.bio = _html(fields["bio"])
            copy.save()
        for slug, fields in language.get("articles", {}).items():
            _translate_article(content, articles[slug], locale, fields, authors)


def _translate_article(
    content: DemoContent,
    source: ArticlePage,
    locale: Locale,
    fields: dict[str, Any],
    authors: dict[str, Author],
) -> None:
    """A translated article file, read by the importer's parser, as the source's translation."""
    parsed = parse_article_file(content.translated_article_file(locale.language_code, source.slug))
    copy = source.copy_for_translation(locale)
    copy.title = parsed.title
    copy.slug = fields["slug"]
    copy.lead = _html(parsed.lead)
    copy.body = [stream_block(block) for block in parsed.body]
    if translator := fields.get("translator"):
        copy.article_authors.add(
            ArticleAuthor(
                author=authors[translator],
                role="translator",
                sort_order=len(copy.article_authors.all()),
            )
        )
    _publish(copy)
