"""HTML sanitising for anything that comes from outside the newsroom (imports, partner pages).

nh3 (Ammonia) is the well-kept sanitiser; we only choose the allow-list. There is one policy
per kind of markup we accept, all of them here, so that what survives an import is decided in
one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import nh3

URL_SCHEMES = frozenset({"http", "https", "mailto"})


@dataclass(frozen=True)
class Policy:
    """What nh3 keeps: tags, attributes per tag, link schemes, and the rel it adds to links."""

    tags: frozenset[str]
    attributes: dict[str, set[str]] = field(default_factory=dict)
    url_schemes: frozenset[str] = URL_SCHEMES
    link_rel: str | None = None


# A paragraph of Wagtail rich text: inline emphasis, code, line breaks and links. Wagtail's
# rich-text converter keeps only href on links, so no title and no rel are added here.
INLINE_RICH_TEXT = Policy(
    tags=frozenset({"a", "em", "strong", "i", "b", "code", "br"}),
    attributes={"a": {"href"}},
)


def sanitize(html: str, policy: Policy = INLINE_RICH_TEXT) -> str:
    """Return ``html`` with everything outside ``policy`` removed (nothing that runs code)."""
    return nh3.clean(
        html,
        tags=set(policy.tags),
        attributes=policy.attributes,
        url_schemes=set(policy.url_schemes),
        link_rel=policy.link_rel,
    )
