"""Template helpers shared by every page."""

from typing import Any

from django import template
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page, Site

from masthead.core.models import OutletSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def url_of(context: dict[str, Any], obj: Any) -> str:
    """The public URL of a page, author or term, resolved once per request per index."""
    request = context.get("request")
    return obj.get_url(request) or ""


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context: dict[str, Any]) -> dict[str, Any]:
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items: list[Page] = []
    home = None
    if site is not None:
        home = site.root_page.localized
        items = list(home.get_children().live().in_menu())
    current = context.get("page")
    return {
        "request": request,
        "home": home,
        "items": items,
        "current": current,
        "outlet_name": OutletSettings.for_request(request).outlet_name if request else "",
    }


@register.filter
def date_iso(value: Any) -> str:
    return value.isoformat() if value else ""


@register.simple_tag
def current_year() -> int:
    return timezone.localdate().year


@register.simple_tag(takes_context=True)
def outlet_notices(context: dict[str, Any]) -> Any:
    """The outlet's name and notices in the language being served."""
    request = context.get("request")
    if request is None:
        return None
    return OutletSettings.for_request(request).localized(get_language())
