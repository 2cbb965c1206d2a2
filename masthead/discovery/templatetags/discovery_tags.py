"""Template tags for the discovery includes: feed autodiscovery, article metadata, print link."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse

from masthead.core.models import OutletSettings
from masthead.discovery.feeds import CONTENT_TYPES
from masthead.discovery.structured_data import json_ld_script, news_article, social_tags
from masthead.people.models import Author
from masthead.taxonomy.models import Term

register = template.Library()

FORMAT_LABELS = {"rss": "RSS", "atom": "Atom", "json": "JSON Feed"}


@register.simple_tag(takes_context=True)
def feed_links(context: dict[str, Any]) -> list[dict[str, str]]:
    """Autodiscovery links: the site's feeds in the page's language, then the feeds of the
    author or term the page is about."""
    request = context.get("request")
    outlet = OutletSettings.for_request(request).outlet_name if request else ""
    links = [
        {
            "type": CONTENT_TYPES[fmt],
            "title": f"{outlet} ({label})",
            "href": reverse("discovery_feed", kwargs={"fmt": fmt}),
        }
        for fmt, label in FORMAT_LABELS.items()
    ]
    subject: tuple[str, Any] | None = None
    author, term = context.get("author"), context.get("term")
    # Check the type: other views may use "term" for something else (a search query).
    if isinstance(author, Author):
        subject = ("author", author)
    elif isinstance(term, Term):
        subject = (term.vocabulary, term)
    if subject is not None:
        kind, obj = subject
        for fmt, label in FORMAT_LABELS.items():
            links.append(
                {
                    "type": CONTENT_TYPES[fmt],
                    "title": f"{outlet}: {obj.name} ({label})",
                    "href": reverse(
                        "discovery_subject_feed",
                        kwargs={"kind": kind, "slug": obj.slug, "fmt": fmt},
                    ),
                }
            )
    return links


@register.simple_tag(takes_context=True)
def article_metadata(context: dict[str, Any]) -> dict[str, Any]:
    """JSON-LD and OpenGraph/Twitter tags for the article page in ``context``."""
    page, request = context.get("page"), context.get("request")
    if page is None or request is None:
        return {"json_ld": "", "tags": []}
    canonical_url = context.get("canonical_url") or page.get_full_url(request) or ""
    provenance = context.get("provenance")
    return {
        "json_ld": json_ld_script(news_article(page, request, provenance)),
        "tags": social_tags(page, request, canonical_url),
    }


@register.simple_tag(takes_context=True)
def print_url(context: dict[str, Any], page: Any) -> str:
    """The print view of an article: its own URL followed by "print/"."""
    url = page.get_url(context.get("request")) if page is not None else None
    return f"{url}print/" if url else ""


@register.simple_tag
def author_feed_url(author: Author, fmt: str = "rss") -> str:
    return reverse(
        "discovery_subject_feed", kwargs={"kind": "author", "slug": author.slug, "fmt": fmt}
    )
