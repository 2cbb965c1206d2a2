"""Builds the demo outlet from ``content.py``: the one place that wires every app together.

Run through ``manage.py load_demo_site``. It is idempotent: when the demo front page exists it
only makes sure the editor login works, so a second start takes seconds.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from masthead.accounts.models import User
from masthead.articles.models import ArticleAuthor, ArticleIndexPage, ArticlePage, HomePage
from masthead.core.demo import content, translations
from masthead.core.models import OutletNoticeTranslation, OutletSettings
from masthead.images.factories import draw_motif, draw_portrait, image_file
from masthead.images.models import CustomImage
from masthead.people.models import Author, AuthorIndexPage
from masthead.syndication.models import Licence, PartnerPublication
from masthead.taxonomy.models import InDepthReport, PinnedArticle, Region, TermIndexPage, Theme

SEED = 20260101
EDITOR_USERNAME = "editor"


@dataclass
class DemoLogin:
    username: str
    password: str
    created_site: bool


def load_demo_site(password: str, log: Callable[[str], None] = lambda _msg: None) -> DemoLogin:
    """Create the demo outlet unless it exists; always (re)set the editor's password."""
    created = False
    if not HomePage.objects.exists():
        with transaction.atomic():
            _build(log)
        created = True
        log("Updating the search index…")
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
    _ensure_editor(password)
    return DemoLogin(EDITOR_USERNAME, password, created)


def _ensure_editor(password: str) -> None:
    user, _ = User.objects.get_or_create(
        username=EDITOR_USERNAME,
        defaults={"email": "editor@meridianreview.example", "display_name": "Demo Editor"},
    )
    user.is_staff = True
    user.is_superuser = True
    user.set_password(password)
    user.save()


def _build(log: Callable[[str], None]) -> None:
    rng = random.Random(SEED)
    locale = Locale.get_default()
    today = timezone.localdate()

    log("Creating the front page and sections…")
    root = Page.get_first_root_node()
    for placeholder in root.get_children().exclude(content_type__model="homepage"):
        # Wagtail's "Welcome to your new Wagtail site!" page.
        placeholder.delete()
    home = root.add_child(
        instance=HomePage(
            title=content.OUTLET["name"],
            slug="home",
            introduction=content.OUTLET["tagline"],
            locale=locale,
        )
    )
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    # Absolute links (hreflang, feeds, sitemaps) use the address the demo is served on.
    base = urlsplit(settings.SITE_BASE_URL)
    site.hostname, site.port, site.root_page = base.hostname or "localhost", base.port or 80, home
    site.site_name = content.OUTLET["name"]
    site.save()

    outlet_settings = OutletSettings.for_site(site)
    outlet_settings.outlet_name = content.OUTLET["name"]
    outlet_settings.tagline = content.OUTLET["tagline"]
    outlet_settings.note_to_readers = f"<p>{content.OUTLET['note_to_readers']}</p>"
    outlet_settings.membership_cta_text = content.OUTLET["membership_cta_text"]
    outlet_settings.membership_url = content.OUTLET["membership_url"]
    outlet_settings.disclaimer = f"<p>{content.OUTLET['disclaimer']}</p>"
    outlet_settings.fair_use_notice = f"<p>{content.OUTLET['fair_use_notice']}</p>"
    outlet_settings.media_contact_email = content.OUTLET["media_contact_email"]
    outlet_settings.notice_translations = [
        OutletNoticeTranslation(
            language_code=code,
            tagline=texts["tagline"],
            membership_cta_text=texts["membership_cta_text"],
            note_to_readers=f"<p>{texts['note_to_readers']}</p>",
            disclaimer=f"<p>{texts['disclaimer']}</p>",
            fair_use_notice=f"<p>{texts['fair_use_notice']}</p>",
        )
        for code, texts in translations.TRANSLATED_OUTLET.items()
    ]
    outlet_settings.save()

    articles_index = home.add_child(
        instance=ArticleIndexPage(title="Articles", slug="articles", show_in_menus=True)
    )
    for vocabulary, title, slug in (
        ("region", "Regions", "regions"),
        ("theme", "Themes", "themes"),
        ("report", "In-depth Reports", "reports"),
    ):
        home.add_child(
            instance=TermIndexPage(
                title=title, slug=slug, vocabulary=vocabulary, show_in_menus=True
            )
        )
    home.add_child(instance=AuthorIndexPage(title="Authors", slug="authors", show_in_menus=True))

    log("Creating licences, partners, authors and terms…")
    licences = {item["code"]: Licence.objects.create(**item) for item in content.LICENCES}
    partners = {
        item["slug"]: PartnerPublication.objects.create(
            name=item["name"],
            homepage=item["homepage"],
            default_licence=licences[item["licence"]],
            canonical_to_original=item["canonical_to_original"],
        )
        for item in content.PARTNERS
    }
    authors = {}
    for item in content.AUTHORS:
        photo = CustomImage.objects.create(
            title=f"Portrait of {item['name']}",
            credit="Illustration: Meridian Review graphics desk",
            file=image_file(draw_portrait(item["name"], item["photo_hue"]), f"{item['slug']}.jpg"),
        )
        authors[item["slug"]] = Author.objects.create(
            name=item["name"],
            slug=item["slug"],
            short_bio=item["short_bio"],
            bio=f"<p>{item['bio']}</p>",
            links=[("link", link) for link in item["links"]],
            photo=photo,
            locale=locale,
        )
    regions = {
        item["slug"]: Region.objects.create(locale=locale, **item) for item in content.REGIONS
    }
    themes = {item["slug"]: Theme.objects.create(locale=locale, **item) for item in content.THEMES}
    reports = {
        item["slug"]: InDepthReport.objects.create(
            locale=locale,
            name=item["name"],
            slug=item["slug"],
            description=item["introduction"][0][:300],
            introduction="".join(f"<p>{para}</p>" for para in item["introduction"]),
            featured=item["featured"],
        )
        for item in content.REPORTS
    }

    log(f"Writing {len(content.ARTICLES)} articles…")
    by_report: dict[str, list[ArticlePage]] = {}
    # Oldest first, so the page tree's order matches the archive's.
    for number, item in enumerate(sorted(content.ARTICLES, key=lambda a: -a["days_ago"])):
        published = today - datetime.timedelta(days=item["days_ago"])
        picture = item["image"]
        image = CustomImage.objects.create(
            title=item["title"],
            # The page prints "Featured image is from …", so store the source, not a sentence.
            credit=picture["credit"].removeprefix("Photo by ").removeprefix("Photo: "),
            file=image_file(
                draw_motif(picture["motif"], picture["hue"], seed=rng.randrange(10**6)),
                f"{item['slug']}.jpg",
            ),
        )
        partner = partners.get(item["partner"]) if item["partner"] else None
        original_date = (
            published - datetime.timedelta(days=item.get("original_days_before", 0))
            if partner
            else None
        )
        article = ArticlePage(
            title=item["title"],
            slug=item["slug"],
            lead=f"<p>{item['lead']}</p>",
            publication_date=published,
            featured_image=image,
            body=[_block(kind, value) for kind, value in item["body"]],
            partner=partner,
            original_url=item.get("original_url", "") if partner else "",
            original_date=original_date,
            copyright_holders=", ".join(item.get("copyright_holders", [])),
        )
        article.regions = [regions[s] for s in item["regions"]]
        article.themes = [themes[s] for s in item["themes"]]
        article.reports = [reports[s] for s in item["reports"]]
        article.article_authors = [
            ArticleAuthor(author=authors[slug], role=role, sort_order=position)
            for position, (slug, role) in enumerate(item["authors"])
        ]
        articles_index.add_child(instance=article)
        moment = timezone.make_aware(
            datetime.datetime.combine(published, datetime.time(8, 0))
            + datetime.timedelta(minutes=number)
        )
        article.save_revision().publish()
        ArticlePage.objects.filter(pk=article.pk).update(
            first_published_at=moment, last_published_at=moment, latest_revision_created_at=moment
        )
        for slug in item["reports"]:
            by_report.setdefault(slug, []).append(article)

    for slug, report in reports.items():
        newest = sorted(by_report.get(slug, []), key=lambda a: a.publication_date, reverse=True)
        for position, article in enumerate(newest[:2]):
            PinnedArticle.objects.create(report=report, page=article, sort_order=position)

    log("Creating the site in every language, with human translations in fr, es, ru, ar…")
    _build_translations(home, authors, regions, themes, reports, log)


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _build_translations(home, authors, regions, themes, reports, log) -> None:
    """Every language gets a front page and section pages; four get hand-made translations.

    The hand translations are plain translated pages (not wagtail-localize sources), so the
    translation pipeline recognises them as human work and never overwrites them.
    """
    sections = list(home.get_children().specific())
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        locale = Locale.objects.get(language_code=code)
        localized_home = home.copy_for_translation(locale)
        localized_home.title = home.title
        localized_home.introduction = translations.HOME_INTRO.get(code, home.introduction)
        _publish(localized_home)
        for section in sections:
            copy = section.copy_for_translation(locale)
            copy.title = translations.SECTION_TITLES.get(section.slug, {}).get(code, section.title)
            _publish(copy)

    for kind, models in (("region", regions), ("theme", themes), ("report", reports)):
        for slug, term in models.items():
            for code, fields in translations.TRANSLATED_TERMS[kind].get(slug, {}).items():
                copy = term.copy_for_translation(Locale.objects.get(language_code=code))
                copy.name = fields["name"]
                copy.description = fields.get("description", copy.description)
                if "introduction" in fields:
                    copy.introduction = "".join(f"<p>{p}</p>" for p in fields["introduction"])
                copy.save()
    for slug, by_language in translations.TRANSLATED_AUTHORS.items():
        for code, fields in by_language.items():
            copy = authors[slug].copy_for_translation(Locale.objects.get(language_code=code))
            copy.short_bio = fields["short_bio"]
            copy.bio = f"<p>{fields['bio']}</p>"
            copy.save()

    for english_slug, by_language in translations.TRANSLATED_ARTICLES.items():
        source = ArticlePage.objects.get(slug=english_slug, locale=Locale.get_default())
        for code, fields in by_language.items():
            copy = source.copy_for_translation(Locale.objects.get(language_code=code))
            copy.title = fields["title"]
            copy.slug = fields["slug"]
            copy.lead = f"<p>{fields['lead']}</p>"
            copy.body = [_block(kind, value) for kind, value in fields["body"]]
            if fields.get("translator"):
                copy.article_authors.add(
                    ArticleAuthor(
                        author=authors[fields["translator"]],
                        role="translator",
                        sort_order=len(copy.article_authors.all()),
                    )
                )
            _publish(copy)
    log(f"{len(settings.LANGUAGES)} languages ready.")


def _block(kind: str, value: object) -> tuple[str, object]:
    if kind == "paragraph":
        return ("paragraph", RichText(f"<p>{value}</p>"))
    return (kind, value)
