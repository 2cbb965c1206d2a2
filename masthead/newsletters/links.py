"""Absolute URLs put into emails: the outlet's base URL, never the request's host."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from wagtail.models import Site

from masthead.core.models import OutletSettings
from masthead.newsletters.models import Subscriber
from masthead.newsletters.tokens import manage_token


def base_url() -> str:
    return str(settings.SITE_BASE_URL).rstrip("/")


def absolute(name: str, *args: object) -> str:
    return base_url() + reverse(name, args=args)


def preferences_url(subscriber: Subscriber) -> str:
    return absolute("newsletters:preferences", manage_token(subscriber))


def unsubscribe_url(subscriber: Subscriber) -> str:
    return absolute("newsletters:unsubscribe", manage_token(subscriber))


def outlet_name() -> str:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return str(getattr(settings, "WAGTAIL_SITE_NAME", ""))
    return OutletSettings.for_site(site).outlet_name or site.site_name
