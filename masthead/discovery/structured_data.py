"""What machines read about an article: dates, absolute URLs, schema.org JSON-LD, OpenGraph.

Feeds, sitemaps and the article head all describe the same piece; the rules for its dates,
its absolute URLs and its provenance live here once, so every consumer says the same thing.
The JSON-LD follows https://schema.org/NewsArticle and Google's article guidelines
(https://developers.google.com/search/docs/appearance/structured-data/article).
"""

from __future__ import annotations

import datetime
import html
import json
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from wagtail.models import Locale, Site

from masthead.core.models import OutletSettings
from masthead.translation.languages import page_translations

if TYPE_CHECKING:
    from masthead.articles.models import ArticlePage
    from masthead.syndication.provenance import Provenance

# The rendition the article page already shows: sharing it avoids generating another file.
SHARE_RENDITION = "width-1200"
DESCRIPTION_WORDS = 40
# OpenGraph wants language_TERRITORY; these are the territories Facebook lists for each of
# our languages. Any other language falls back to Django's own locale name.
OG_LOCALES = {
    "en": "en_US",
    "ar": "ar_AR",
    "bn": "bn_IN",
    "cs": "cs_CZ",
    "da": "da_DK",
    "de": "de_DE",
    "el": "el_GR",
    "es": "es_ES",
    "fa": "fa_IR",
    "fi": "fi_FI",
    "fr": "fr_FR",
    "he": "he_IL",
    "hi": "hi_IN",
    "hu": "hu_HU",
    "id": "id_ID",
    "it": "it_IT",
    "ja": "ja_JP",
    "ko": "ko_KR",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "pt": "pt_PT",
    "ro": "ro_RO",
    "ru": "ru_RU",
    "sv": "sv_SE",
    "tr": "tr_TR",
    "uk": "uk_UA",
    "zh-hans": "zh_CN",
}
# Inside <script>, "</script>" or "<!--" in a headline would end or break the element.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


# --- Shared helpers ---------------------------------------------------------------------------
def active_locale() -> Locale | None:
    """The Locale of the language in the URL, or None if no content exists in it.

    ``Locale.get_active()`` falls back to the default locale, which would fill a French feed
    with English articles; a language without content must give an empty listing instead.
    """
    code = translation.get_language() or settings.LANGUAGE_CODE
    try:
        return Locale.objects.get_for_language(code)
    except (Locale.DoesNotExist, LookupError):
        return None


def site_root_url(request: HttpRequest) -> str:
    """Scheme and host of the Wagtail site serving this request, as page URLs use it."""
    site = Site.find_for_request(request)
    if site is not None:
        return site.root_url
    return f"{request.scheme}://{request.get_host()}"


def absolute_url(request: HttpRequest, url: str | None) -> str:
    """``url`` made absolute on this site; URLs that already carry a host pass through."""
    if not url:
        return ""
    if url.startswith(("http://", "https://")):
        return url
    if url.startswith("//"):
        return f"{request.scheme}:{url}"
    return site_root_url(request) + ("" if url.startswith("/") else "/") + url


def published_at(page: ArticlePage) -> datetime.datetime:
    """When the piece was published, as readers see it.

    The editor's ``publication_date`` is what the page prints (an imported piece keeps its
    original day); the time of day comes from the first publication when that happened on
    the same day, else the day starts at midnight in the site's time zone.
    """
    first = page.first_published_at
    if first is not None and timezone.localdate(first) == page.publication_date:
        return first
    day = page.publication_date or timezone.localdate()
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def modified_at(page: ArticlePage) -> datetime.datetime:
    """The last publication of a change, never earlier than the publication itself."""
    published = published_at(page)
    last = page.last_published_at
    return max(last, published) if last else published


def plain_description(page: ArticlePage) -> str:
    """The search description, else the lead's first words, as plain text (no entities)."""
    if page.search_description:
        return page.search_description
    text = html.unescape(strip_tags(page.lead or ""))
    return Truncator(" ".join(text.split())).words(DESCRIPTION_WORDS, truncate=" …")


def share_rendition(page: ArticlePage) -> Any:
    """The featured image's rendition that previews and feeds show, or None."""
    if page.featured_image is None:
        return None
    return page.featured_image.get_rendition(SHARE_RENDITION)


def filed_under(page: ArticlePage) -> tuple[list[Any], list[Any], list[Any]]:
    """The article's Regions, Themes and Reports, fetched once per page object."""
    return page.terms()


def iso_datetime(value: datetime.datetime) -> str:
    """ISO 8601 / RFC 3339 in the site's time zone, to the second."""
    return timezone.localtime(value).isoformat(timespec="seconds")


def og_locale(language_code: str) -> str:
    return OG_LOCALES.get(language_code, translation.to_locale(language_code))


def json_ld_script(data: dict[str, Any]) -> SafeString:
    """A ``<script type="application/ld+json">`` element that text in ``data`` cannot end."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=None)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(_SCRIPT_ESCAPES)),  # noqa: S308 — escaped just above
    )


# --- schema.org -------------------------------------------------------------------------------
def _person(request: HttpRequest, author: Any) -> dict[str, Any]:
    person: dict[str, Any] = {"@type": "Person", "name": author.name}
    url = absolute_url(request, author.get_url(request))
    if url:
        person["url"] = url
    return person


def _holder(name: str, provenance: Provenance) -> dict[str, str]:
    kind = "Person" if name in provenance.author_names else "Organization"
    return {"@type": kind, "name": name}


def news_article(
    page: ArticlePage, request: HttpRequest, provenance: Provenance | None = None
) -> dict[str, Any]:
    """schema.org NewsArticle for one article page, provenance included."""
    outlet = OutletSettings.for_request(request)
    provenance = provenance or page.provenance(outlet.outlet_name)
    own_url = page.get_full_url(request) or ""
    rows = page.bylines()
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "description": plain_description(page),
        "datePublished": iso_datetime(published_at(page)),
        "dateModified": iso_datetime(modified_at(page)),
        "inLanguage": page.locale.language_code,
        "url": own_url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": own_url},
        "author": [_person(request, row.author) for row in rows if row.role == "author"],
        "publisher": {
            "@type": "Organization",
            "name": outlet.outlet_name,
            "url": absolute_url(request, "/"),
        },
        "isAccessibleForFree": True,
        "copyrightHolder": [_holder(name, provenance) for name in provenance.holders],
        "copyrightNotice": provenance.copyright_line(),
    }
    # Bylines other than authors keep their role: schema.org has a property for each.
    for role, prop in (("translator", "translator"), ("editor", "editor")):
        people = [_person(request, row.author) for row in rows if row.role == role]
        if people:
            data[prop] = people
    others = [
        _person(request, row.author)
        for row in rows
        if row.role not in ("author", "translator", "editor")
    ]
    if others:
        data["contributor"] = others
    if not data["author"]:
        # Google asks for an author; an unsigned piece is by its publisher.
        data["author"] = [{"@type": "Organization", "name": provenance.publisher_name}]
    if provenance.year:
        data["copyrightYear"] = provenance.year
    licence = provenance.effective_licence
    if licence is not None and licence.url:
        data["license"] = licence.url
    if provenance.partner is not None:  # republished; spelled out so the type is narrowed
        partner = {"@type": "Organization", "name": provenance.partner.name}
        if provenance.partner.homepage:
            partner["url"] = provenance.partner.homepage
        data["sourceOrganization"] = partner
        if provenance.original_url:
            data["isBasedOn"] = provenance.original_url
    rendition = share_rendition(page)
    if rendition is not None:
        image: dict[str, Any] = {
            "@type": "ImageObject",
            "url": absolute_url(request, rendition.url),
            "width": rendition.width,
            "height": rendition.height,
        }
        if page.image_credit:
            image["creditText"] = page.image_credit
        data["image"] = [image]
    regions, themes, reports = filed_under(page)
    if regions or themes or reports:
        data["keywords"] = [term.name for term in [*regions, *themes, *reports]]
    if themes:
        data["articleSection"] = [term.name for term in themes]
    return data


# --- OpenGraph and Twitter cards --------------------------------------------------------------
def social_tags(
    page: ArticlePage, request: HttpRequest, canonical_url: str
) -> list[tuple[str, str, str]]:
    """(attribute, key, value) triples for OpenGraph ``property`` and Twitter ``name`` tags.

    ``og:url`` is the canonical URL, so shares of a republished piece count for the original
    when the partner asked for that (see syndication/provenance.py).
    """
    outlet = OutletSettings.for_request(request)
    title = page.title
    description = plain_description(page)
    language = page.locale.language_code
    tags: list[tuple[str, str, str]] = [
        ("property", "og:type", "article"),
        ("property", "og:site_name", outlet.outlet_name),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:url", canonical_url),
        ("property", "og:locale", og_locale(language)),
    ]
    # The live versions the language menu and hreflang also list (one query, shared).
    alternates = (
        [code for code in page_translations(page, request, absolute=False) if code != language]
        if page.pk
        else []
    )
    tags += [("property", "og:locale:alternate", og_locale(code)) for code in alternates]
    rendition = share_rendition(page)
    alt = page.featured_image.default_alt_text if page.featured_image else ""
    if rendition is not None:
        image_url = absolute_url(request, rendition.url)
        tags += [
            ("property", "og:image", image_url),
            ("property", "og:image:width", str(rendition.width)),
            ("property", "og:image:height", str(rendition.height)),
            ("property", "og:image:alt", alt),
        ]
    tags += [
        ("property", "article:published_time", iso_datetime(published_at(page))),
        ("property", "article:modified_time", iso_datetime(modified_at(page))),
    ]
    for row in page.bylines():
        if row.role == "author":
            url = absolute_url(request, row.author.get_url(request))
            tags.append(("property", "article:author", url or row.author.name))
    regions, themes, reports = filed_under(page)
    if themes:
        tags.append(("property", "article:section", themes[0].name))
    for term in [*regions, *themes, *reports]:
        tags.append(("property", "article:tag", term.name))
    tags += [
        ("name", "twitter:card", "summary_large_image" if rendition else "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
    ]
    if rendition is not None:
        tags += [
            ("name", "twitter:image", absolute_url(request, rendition.url)),
            ("name", "twitter:image:alt", alt),
        ]
    return tags
