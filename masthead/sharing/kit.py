"""The republish kit: who may republish an article, and the HTML they copy.

Rules (docs/how-to/republishing.md):

* A partner's piece may be republished by others only under a public licence that allows
  derivatives. A republisher's copy is edited (headline, length, layout), and permission that
  a partner gave *us* (``permission_note``) does not extend to anyone else. No licence on
  record means no derivatives (decisions 0016, 0026), so no kit.
* The outlet's own piece follows its own licence if it records one; without one it may be
  republished under the outlet's blanket permission, and only once that text is written in
  the settings.
* An image travels with the text only when its own rights allow: it has a credit and either a
  Creative Commons or public-domain licence, or a credit naming the outlet itself (its own
  photo, covered by the blanket permission). Anything else ("used with permission", no
  licence) is left out; the text says an image was left out.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

import nh3
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext

from masthead.core.models import OutletSettings
from masthead.syndication.provenance import Provenance

if TYPE_CHECKING:
    from django.http import HttpRequest

    from masthead.articles.models import ArticlePage
    from masthead.images.models import CustomImage

KIT_TAGS = frozenset(
    {
        "article", "h1", "h2", "p", "em", "strong", "i", "b", "a", "br", "ul", "ol", "li",
        "blockquote", "footer", "figure", "figcaption", "img", "cite", "small", "code",
    }
)  # fmt: skip
KIT_ATTRIBUTES = {
    "a": {"href", "rel"},
    "img": {"src", "alt", "width", "height", "referrerpolicy"},
}
URL_ATTRIBUTES = {("a", "href"), ("img", "src")}
OPEN_LICENCE = re.compile(r"\bcc\b|\bcc0\b|\bcc-|creative commons|public domain", re.IGNORECASE)
KIT_ID_BYTES = 12  # 16 URL-safe characters


@dataclass(frozen=True)
class Contact:
    """Someone to ask for permission: a name and a link (mailto: or a web address)."""

    name: str
    href: str


@dataclass(frozen=True)
class Rights:
    """Whether anyone may republish the article, and if not, whom to ask."""

    allowed: bool
    explanation: str
    ask: tuple[Contact, ...] = ()


def republication_rights(
    article: ArticlePage, provenance: Provenance, settings: OutletSettings
) -> Rights:
    licence = provenance.effective_licence
    ask = list(_contacts(article, provenance, settings))
    if provenance.is_republished:
        if licence is not None and licence.allows_derivatives:
            return Rights(True, gettext("This article is published under %s.") % licence.name)
        if licence is None:
            why = gettext(
                "We republished this article with the permission of %(partner)s. That "
                "permission is ours alone: please ask them before republishing it."
            ) % {"partner": provenance.publisher_name}
        else:
            why = gettext(
                "This article's licence, %(licence)s, does not allow it to be republished in "
                "an edited form. Please ask before republishing it."
            ) % {"licence": licence.name}
        return Rights(False, why, tuple(ask))
    if licence is not None:
        if licence.allows_derivatives:
            return Rights(True, gettext("This article is published under %s.") % licence.name)
        why = gettext(
            "This article's licence, %(licence)s, does not allow it to be republished in an "
            "edited form. Please ask before republishing it."
        ) % {"licence": licence.name}
        return Rights(False, why, tuple(ask))
    if has_permission_text(settings):
        return Rights(True, "")
    why = gettext("This article may not be republished without permission. Please ask us.")
    return Rights(False, why, tuple(ask))


def has_permission_text(settings: OutletSettings) -> bool:
    """Whether the blanket permission says anything (an emptied editor leaves "<p></p>")."""
    return bool(strip_tags(settings.republish_permission or "").strip())


def _contacts(
    article: ArticlePage, provenance: Provenance, settings: OutletSettings
) -> list[Contact]:
    found = []
    partner = provenance.partner
    if partner is not None:
        href = partner.homepage or article.original_url
        found.append(Contact(partner.name, href))
    if settings.media_contact_email:
        found.append(
            Contact(settings.media_contact_email, f"mailto:{settings.media_contact_email}")
        )
    return found


def image_may_travel(image: CustomImage | None, credit: str, outlet_name: str) -> bool:
    """Whether an image may go into the kit under its own rights (see the module doc)."""
    if image is None or not credit.strip():
        return False
    if OPEN_LICENCE.search(image.licence or ""):
        return True
    return bool(outlet_name) and outlet_name.casefold() in credit.casefold()


def new_kit_id() -> str:
    return secrets.token_urlsafe(KIT_ID_BYTES)


def counter_url(article_url: str, article_id: int, kit_id: str) -> str:
    """The counter on the article's own host (the site's, as every link in the kit)."""
    path = reverse("sharing_counter", kwargs={"article_id": article_id, "kit_id": kit_id})
    return urljoin(article_url, path)


def sanitise_kit(html: str, base_url: str) -> str:
    """The kit as nh3 leaves it: our tag list, absolute addresses, no script of any kind."""

    def absolute(element: str, attribute: str, value: str) -> str | None:
        if (element, attribute) in URL_ATTRIBUTES:
            return urljoin(base_url, value)
        return value

    cleaned = nh3.clean(
        html,
        tags=set(KIT_TAGS),
        attributes={tag: set(names) for tag, names in KIT_ATTRIBUTES.items()},
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
        attribute_filter=absolute,
        strip_comments=True,
    )
    # Blank lines left where template tags stood.
    return re.sub(r"\n\s*\n+", "\n", cleaned).strip()


def build_kit(
    request: HttpRequest,
    article: ArticlePage,
    provenance: Provenance,
    settings: OutletSettings,
    *,
    kit_id: str,
    article_url: str,
) -> dict[str, Any]:
    """The HTML to copy, the canonical tag for the republisher's head, and what was left out."""
    images: list[dict[str, Any]] = []
    left_out = 0
    featured = article.featured_image
    if featured is not None:
        credit = article.image_credit
        if image_may_travel(featured, credit, settings.outlet_name):
            images.append({"image": featured, "credit": credit, "caption": ""})
        else:
            left_out += 1
    blocks = []
    for block in article.body:
        if block.block_type == "image":
            value = block.value
            credit = value.get("credit") or getattr(value.get("image"), "credit", "")
            if not image_may_travel(value.get("image"), credit, settings.outlet_name):
                left_out += 1
                continue
            blocks.append({"type": "image", "image": value["image"], "credit": credit,
                           "caption": value.get("caption", "")})  # fmt: skip
        else:
            blocks.append({"type": block.block_type, "value": block.value})
    canonical = provenance.canonical_url(article_url)
    html = render_to_string(
        "sharing/kit.html",
        {
            "page": article,
            "provenance": provenance,
            "outlet_name": settings.outlet_name,
            "featured": images[0] if images else None,
            "blocks": blocks,
            "article_url": article_url,
            "canonical_url": canonical,
            "counter_url": counter_url(article_url, article.pk, kit_id),
            # The outlet's own terms, for a piece without a licence of its own.
            "permission_url": f"{article_url}republish/",
        },
        request=request,
    )
    return {
        "html": sanitise_kit(html, article_url),
        "canonical_tag": f'<link rel="canonical" href="{escape(canonical)}">',
        "images_left_out": left_out,
        "kit_id": kit_id,
    }
