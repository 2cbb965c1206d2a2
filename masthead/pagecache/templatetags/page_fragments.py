"""``{% storedfragment NAME [vary_on ...] %}…{% endstoredfragment %}`` (see fragments.py)."""

from __future__ import annotations

from django import template
from django.template.base import Parser, Token

from masthead.pagecache.fragments import StoredFragmentNode

register = template.Library()


@register.tag("storedfragment")
def storedfragment(parser: Parser, token: Token) -> StoredFragmentNode:
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'storedfragment' needs a fragment name")
    nodelist = parser.parse(("endstoredfragment",))
    parser.delete_first_token()
    name = bits[1].strip("\"'")
    return StoredFragmentNode(nodelist, name, [parser.compile_filter(bit) for bit in bits[2:]])
