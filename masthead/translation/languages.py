"""The language menu and hreflang alternates: which languages a page can be read in, and where.

Only versions that exist and are live are linked. A page's versions come from its live
translations in one query. A routable sub-page that shows one translatable object (an author's
"Articles by" page, a term's landing page) exists in a language only where both the index page
and that object exist; the view names the object as ``route_subject`` in its context and the
index page says where the object lives (``subject_path``), which costs one more query. The
result is kept for the rest of the request, so the menu and the hreflang links share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page

from masthead.articles.models import in_private_section
from masthead.core.listing import cached_on_request


@dataclass(frozen=True)
class LanguageOption:
    code: str
    name: str
    url: str  # empty when the page cannot be read in this language yet
    current: bool
    reason: str = ""  # why there is no URL, in words for readers
    bidi: bool = False


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


def _live_versions(page: Page) -> dict[str, Page]:
    """language code → the live, public version of ``page`` in that language (one query)."""
    versions = (
        Page.objects.live()
        .exclude(in_private_section())
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    )
    return {version.locale.language_code: version for version in versions}


def _subject_paths(page: Page, subject: Any) -> dict[str, str]:
    """language code → sub-path of ``subject`` under ``page``, where the subject exists.

    A translated author or term may carry its own slug, so each language's path is built from
    that language's record, not by reusing the current one.
    """
    subject_path = getattr(page, "subject_path", None)
    if subject_path is None or not getattr(subject, "translation_key", None):
        return {}
    model = type(subject)
    versions = model._default_manager.filter(translation_key=subject.translation_key)
    return {
        version.locale.language_code: subject_path(version).lstrip("/")
        for version in versions.select_related("locale")
    }


def _version_urls(page: Page, request: HttpRequest | None, subject: Any) -> dict[str, str]:
    versions = _live_versions(page)
    suffix = _sub_path(page, request)
    if subject is not None:
        sub_paths = _subject_paths(page, subject)
    elif suffix:
        # A sub-route whose object is not named: only the version being read is known to exist.
        current = page.locale.language_code
        sub_paths = {current: suffix} if current in versions else {}
    else:
        sub_paths = dict.fromkeys(versions, "")
    urls = {}
    for code, sub_path in sub_paths.items():
        version = versions.get(code)
        url = version.get_url(request) if version is not None else None
        if url:
            urls[code] = url + sub_path
    return urls


def page_translations(
    page: Page,
    request: HttpRequest | None = None,
    *,
    absolute: bool = True,
    subject: Any = None,
) -> dict[str, str]:
    """language code → URL for every live version of ``page`` (itself included).

    ``subject`` is the translatable object a routable sub-page shows (an author, a term); a
    language without that object has no version. hreflang needs absolute URLs: they use the
    scheme and host of the request being served (or the other site's root URL when a version
    lives on another Wagtail site), so they are right on whatever address the outlet answers.
    The menu uses relative ones.
    """
    key = ("language-versions", page.pk, type(subject).__name__, getattr(subject, "pk", None))
    urls: dict[str, str] = cached_on_request(
        request, key, lambda: _version_urls(page, request, subject)
    )
    if not absolute:
        return dict(urls)
    if request is None:
        return {code: _absolute_without_request(page, url) for code, url in urls.items()}
    return {code: request.build_absolute_uri(url) for code, url in urls.items()}


def _absolute_without_request(page: Page, url: str) -> str:
    if url.startswith(("http://", "https://")):
        return url
    site = page.get_site()
    return f"{site.root_url}{url}" if site is not None else url


def language_options(
    page: Page,
    request: HttpRequest | None,
    unavailable_reason: dict[str, str] | None = None,
    *,
    subject: Any = None,
) -> list[LanguageOption]:
    """Every configured language, linked where the page exists in it, explained where not."""
    urls = page_translations(page, request, absolute=False, subject=subject)
    current = page.locale.language_code
    reasons = unavailable_reason or {}
    not_yet = _("not available yet")
    options = []
    for code, name in settings.LANGUAGES:
        url = urls.get(code, "")
        reason = "" if url else reasons.get(code, not_yet)
        options.append(LanguageOption(code, name, url, code == current, reason, is_bidi(code)))
    return options
