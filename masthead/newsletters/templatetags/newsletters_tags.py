"""``{% newsletter_consent_wording %}``: the consent sentence of the compact sign-up forms."""

from __future__ import annotations

from typing import Any

from django import template

from masthead.newsletters import forms, links

register = template.Library()


@register.simple_tag(takes_context=True)
def newsletter_consent_wording(context: dict[str, Any]) -> str:
    outlet = context.get("outlet")
    name = getattr(outlet, "outlet_name", "") or links.outlet_name()
    return forms.consent_wording(name)
