"""The language menu and hreflang alternates: which languages a page can be read in, and where.

Computed from the page's live translations in one query, so it can be rendered into every
cached page. Routable sub-pages (an author's or a term's page) keep their sub-path: the French
version of /authors/ines/ is /fr/authors/ines/.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page


@dataclass(frozen=True)
class LanguageOption:
    code: str
    name: str
    url: str  # empty when the page cannot be read in this language yet
    current: bool
    reason: str = ""  # why there is no URL, in words for readers
    bidi: bool = False


def language_name(code: str) -> str:
    return dict(settings.LANGUAGES).get(code, code)


def is_bidi(code: str) -> bool:
    try:
        return bool(get_language_info(code)["bidi"])
    except KeyError:
        return False


def _sub_path(page: Page, request: HttpRequest | None) -> str:
    """The part of the request path below the page's own URL (routable sub-pages)."""
    if request is None:
        return ""
    own = page.get_url(request) or ""
    path = request.path
    if own and path.startswith(own) and len(path) > len(own):
        return path[len(own) :]
    return ""


def page_translations(
    page: Page, request: HttpRequest | None = None, *, absolute: bool = True
) -> dict[str, str]:
    """language code → URL for every live version of ``page`` (itself included).

    hreflang needs absolute URLs; the menu uses relative ones so it works on any host name.
    """
    suffix = _sub_path(page, request)
    versions = (
        Page.objects.live()
        .public()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    )
    return {
        version.locale.language_code: (
            (version.get_full_url(request) if absolute else version.get_url(request)) or ""
        )
        + suffix
        for version in versions
    }


def language_options(
    page: Page, request: HttpRequest | None, unavailable_reason: dict[str, str] | None = None
) -> list[LanguageOption]:
    """Every configured language, linked where the page exists in it, explained where not."""
    urls = page_translations(page, request, absolute=False)
    current = page.locale.language_code
    reasons = unavailable_reason or {}
    options = []
    for code, name in settings.LANGUAGES:
        url = urls.get(code, "")
        reason = "" if url else reasons.get(code, "")
        options.append(
            LanguageOption(code, name, url, code == current, reason or "", is_bidi(code))
        )
    return options


def default_locale() -> Locale:
    return Locale.get_default()
