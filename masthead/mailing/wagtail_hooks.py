"""Settings → Email deliverability in the Wagtail admin."""

from __future__ import annotations

from typing import Any

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from masthead.mailing import admin_views


@hooks.register("register_admin_urls")
def register_admin_urls() -> list[Any]:
    return [
        path(
            "mailing/deliverability/",
            admin_views.deliverability_page,
            name="mailing_deliverability",
        )
    ]


class DeliverabilityMenuItem(MenuItem):
    def is_shown(self, request: Any) -> bool:
        return bool(request.user.has_perm(admin_views.PERMISSION))


@hooks.register("register_settings_menu_item")
def register_menu_item() -> MenuItem:
    return DeliverabilityMenuItem(
        _("Email deliverability"), reverse("mailing_deliverability"), icon_name="mail", order=900
    )


@hooks.register("register_permissions")
def register_permissions() -> Any:
    """ "Can view campaign" is offered under Settings → Groups: it opens the deliverability page."""
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="mailing", codename="view_campaign")
