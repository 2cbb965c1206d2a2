"""Share links and the forward/republish addresses of the article being rendered."""

from __future__ import annotations

from typing import Any

from django import template

from masthead.sharing.links import ShareLink, share_links

register = template.Library()


@register.simple_tag(takes_context=True)
def article_share_links(context: dict[str, Any], page: Any) -> list[ShareLink]:
    """The share links of ``page``: its own address, title, lead and attribution lines.

    The same for every reader (they sit inside the page's stored content fragment), and
    computed once per page even though the links are printed above and below the article.
    """
    request = context.get("request")
    cache = getattr(request, "_masthead_share_links", None) if request is not None else None
    if cache is not None and cache[0] == page.pk:
        return list(cache[1])
    url = page.get_full_url(request) or ""
    links = share_links(page.title, page.lead, url, context.get("provenance"))
    if request is not None:
        request._masthead_share_links = (page.pk, links)
    return links


@register.simple_tag(takes_context=True)
def article_sub_url(context: dict[str, Any], page: Any, view: str) -> str:
    """An article's own address followed by "text/" or "republish/" (as "print/")."""
    url = page.get_url(context.get("request")) if page is not None else None
    return f"{url}{view}/" if url else ""


@register.simple_tag(takes_context=True)
def republish_allowed(context: dict[str, Any], page: Any) -> bool:
    """Whether the article's kit is offered (sharing/kit.py decides)."""
    from masthead.core.models import OutletSettings
    from masthead.sharing.kit import republication_rights

    request = context.get("request")
    provenance = context.get("provenance") or page.provenance()
    settings = OutletSettings.for_request(request) if request else None
    if settings is None:
        return False
    return republication_rights(page, provenance, settings).allowed
