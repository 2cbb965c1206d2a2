"""Start an outlet on an empty database: the page tree, the Site and the outlet's settings.

``create_outlet`` is what ``manage.py create_outlet``, the admin's first-run screen and the demo
all call, so an outlet started by hand and the demo have the same skeleton. It creates only what
is missing: running it again on a complete outlet changes nothing, and on a half-built one it
adds the missing parts without touching what editors have changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import pgettext
from wagtail.models import Locale, Page, Site

from masthead.articles.models import (
    ArticleIndexPage,
    AuthorIndexPage,
    HomePage,
    TermIndexPage,
)
from masthead.core.models import OutletSettings


class OutletSetupError(Exception):
    """The outlet cannot be set up as asked; the message says what to change."""


# (key, slug, English title, page model, extra fields). The titles are translated through the
# catalogs' "section title" context, so every language gets its own section names.
SECTIONS: tuple[tuple[str, str, str, type[Page], dict[str, str]], ...] = (
    ("articles", "articles", "Articles", ArticleIndexPage, {}),
    ("regions", "regions", "Regions", TermIndexPage, {"vocabulary": "region"}),
    ("themes", "themes", "Themes", TermIndexPage, {"vocabulary": "theme"}),
    ("reports", "reports", "In-depth Reports", TermIndexPage, {"vocabulary": "report"}),
    ("authors", "authors", "Authors", AuthorIndexPage, {}),
)


@dataclass
class OutletSetup:
    site: Site
    home: HomePage
    articles: ArticleIndexPage
    sections: dict[str, Page]
    created: list[str] = field(default_factory=list)


def parse_public_url(base_url: str) -> tuple[str, int]:
    """Host name and port of the outlet's public address, e.g. https://news.example.org."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise OutletSetupError(
            f"The public URL must look like https://news.example.org, got {base_url!r}."
        )
    default_port = 443 if parts.scheme == "https" else 80
    return parts.hostname, parts.port or default_port


def check_languages(languages: Sequence[str] | None) -> list[str]:
    """The outlet's languages, default language first; each must be enabled in settings."""
    enabled = [code for code, _name in settings.LANGUAGES]
    chosen = list(dict.fromkeys(languages)) if languages else enabled
    unknown = [code for code in chosen if code not in enabled]
    if unknown:
        raise OutletSetupError(
            f"Language(s) {', '.join(unknown)} are not enabled on this server. Enabled: "
            f"{', '.join(enabled)}. Add them to MASTHEAD_LANGUAGES and restart."
        )
    default = settings.LANGUAGE_CODE
    return [default, *(code for code in chosen if code != default)]


def section_title(english: str, language_code: str) -> str:
    with translation.override(language_code):
        return pgettext("section title", english)


@transaction.atomic
def create_outlet(
    *,
    name: str,
    base_url: str,
    languages: Sequence[str] | None = None,
    tagline: str = "",
) -> OutletSetup:
    """Create what is missing of the outlet's skeleton; see the module docstring."""
    name = name.strip()
    if not name:
        raise OutletSetupError("The outlet needs a name.")
    hostname, port = parse_public_url(base_url)
    codes = check_languages(languages)
    created: list[str] = []
    locales = {code: _locale(code) for code in codes}
    default_locale = locales[settings.LANGUAGE_CODE]

    home = HomePage.objects.filter(locale=default_locale).first()
    if home is None:
        root = Page.get_first_root_node()
        for placeholder in root.get_children().not_type(HomePage):
            # Wagtail's "Welcome to your new Wagtail site!" page, made by its first migration.
            if placeholder.get_children_count() == 0:
                placeholder.delete()
        home = root.add_child(
            instance=HomePage(title=name, slug="home", introduction=tagline, locale=default_locale)
        )
        created.append(f"home page “{name}”")

    site = Site.objects.filter(is_default_site=True).first()
    if site is None or site.root_page_id != home.pk:
        site = site or Site(is_default_site=True)
        site.hostname, site.port, site.root_page, site.site_name = hostname, port, home, name
        site.save()
        created.append(f"site {hostname}:{port}")

    sections: dict[str, Page] = {}
    for key, slug, english, model, extra in SECTIONS:
        page = model.objects.child_of(home).filter(slug=slug).first()
        if page is None:
            page = home.add_child(
                instance=model(title=english, slug=slug, show_in_menus=True, **extra)
            )
            created.append(f"section /{slug}/")
        sections[key] = page.specific

    outlet_settings, settings_created = OutletSettings.objects.get_or_create(
        site=site, defaults={"outlet_name": name, "tagline": tagline}
    )
    if settings_created:
        created.append("outlet settings")

    for code in codes[1:]:
        created.extend(_translate_skeleton(home, sections, locales[code]))
    return OutletSetup(site, home, sections["articles"], sections, created)


def point_site_at(base_url: str) -> bool:
    """Move the default Site to ``base_url``'s host and port; True when it changed.

    Canonical links, feeds and sitemaps are built from the Site, so a demo served on another
    port than the one it was built for must follow it.
    """
    hostname, port = parse_public_url(base_url)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return True


def _locale(code: str) -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


def _translate_skeleton(home: HomePage, sections: dict[str, Page], locale: Locale) -> list[str]:
    """A live front page and section pages in ``locale``, so /fr/ and /fr/articles/ work."""
    made = []
    if home.get_translation_or_none(locale) is None:
        home.copy_for_translation(locale).save_revision().publish()
        made.append("front page")
    for key, _slug, english, _model, _extra in SECTIONS:
        section = sections[key]
        if section.get_translation_or_none(locale) is None:
            copy = section.copy_for_translation(locale)
            copy.title = section_title(english, locale.language_code)
            copy.save_revision().publish()
            made.append(f"/{section.slug}/")
    return [f"{locale.language_code}: {', '.join(made)}"] if made else []
