"""HTML sanitising for anything that comes from outside the newsroom (imports, partner feeds).

nh3 (Ammonia) is the well-kept sanitiser; we only choose the allow-list: the inline and block
elements Wagtail's rich text produces, nothing that runs code or loads third-party resources.
"""

import nh3

INLINE_TAGS = {"a", "em", "strong", "i", "b", "code", "br", "sub", "sup"}
BLOCK_TAGS = INLINE_TAGS | {"p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote"}
ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}


def clean_html(html: str, *, inline_only: bool = False) -> str:
    """Return ``html`` with everything outside the allow-list removed."""
    return nh3.clean(
        html,
        tags=INLINE_TAGS if inline_only else BLOCK_TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
