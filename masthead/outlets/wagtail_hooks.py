from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import include, path
from wagtail import hooks
from wagtail.admin.ui.components import Component

from masthead.outlets.views import OutletSetupView, outlet_is_set_up


@hooks.register("register_admin_urls")
def register_admin_urls() -> list:
    urls = [path("", OutletSetupView.as_view(), name="setup")]
    return [path("outlet-setup/", include((urls, "masthead_outlets")))]


class OutletSetupPanel(Component):
    """Shown on the admin's dashboard until the outlet exists (first run)."""

    name = "outlet_setup"
    order = 10
    template_name = "outlets/setup_panel.html"


@hooks.register("construct_homepage_panels")
def add_setup_panel(request: HttpRequest, panels: list[Any]) -> None:
    if request.user.is_superuser and not outlet_is_set_up():
        panels.insert(0, OutletSetupPanel())
