"""Language menu and hreflang links for every page (no JavaScript, nothing per user)."""

from typing import Any

from django import template
from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant

from masthead.translation.languages import language_options, page_translations
from masthead.translation.status import Origin, translation_origins, unavailable_reasons

register = template.Library()


def _page(context: dict[str, Any]) -> Any:
    page = context.get("page")
    return getattr(page, "specific", page) if page is not None else None


@register.inclusion_tag("translation/includes/language_menu_items.html", takes_context=True)
def language_menu(context: dict[str, Any]) -> dict[str, Any]:
    page = _page(context)
    request = context.get("request")
    if page is None or not getattr(page, "translation_key", None):
        return {"options": []}
    subject = context.get("route_subject")
    # An author's or term's page has no translation jobs of its own: the page-level reasons
    # (licence, translation in progress) would describe the index page, not the subject.
    reasons = unavailable_reasons(page) if subject is None else None
    options = language_options(page, request, reasons, subject=subject)
    available = sum(1 for option in options if option.url)
    return {
        "options": options,
        "available": available,
        "total": len(settings.LANGUAGES),
        "summary": _("Translate"),
    }


@register.inclusion_tag("translation/includes/hreflang_links.html", takes_context=True)
def hreflang_links(context: dict[str, Any]) -> dict[str, Any]:
    page = _page(context)
    request = context.get("request")
    if page is None or not getattr(page, "translation_key", None):
        return {"alternates": [], "x_default": ""}
    urls = page_translations(page, request, subject=context.get("route_subject"))
    if len(urls) < 2:
        return {"alternates": [], "x_default": ""}
    return {
        "alternates": sorted(urls.items()),
        "x_default": urls.get(settings.LANGUAGE_CODE, ""),
    }


@register.inclusion_tag(
    "translation/includes/article_translation_notice_body.html", takes_context=True
)
def translation_notice(context: dict[str, Any]) -> dict[str, Any]:
    """Tell readers how this version came to be: original, human or machine translation."""
    from wagtail.models import Locale

    from masthead.translation.engines import get_engine
    from masthead.translation.policy import translation_refusal

    page = _page(context)
    request = context.get("request")
    if page is None:
        return {}
    # The page's locale is loaded with it; comparing codes spares a query for the original.
    if page.locale.language_code == get_supported_content_language_variant(settings.LANGUAGE_CODE):
        return {"refusal": translation_refusal(page)}
    default = Locale.get_default()
    original = page.get_translation_or_none(default)
    code = page.locale.language_code
    origin = translation_origins(page.translation_key, [code])[code]
    managed = origin != Origin.HUMAN
    corrected = origin == Origin.CORRECTED
    model_notice = ""
    if managed:
        try:
            model_notice = get_engine().licence_notice(default.language_code, code)
        except Exception:  # noqa: BLE001 — the notice is optional; the page must render
            model_notice = ""
    return {
        "translated": True,
        "machine": managed,
        "corrected": corrected,
        "original_url": original.get_url(request) if original and original.live else "",
        "model_notice": model_notice,
    }
