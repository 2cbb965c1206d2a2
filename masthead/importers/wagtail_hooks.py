"""The "Import article" item in the admin menu, and its URLs (see admin_views)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from masthead.importers import admin_views


class ImportArticleMenuItem(MenuItem):
    """Shown to those who may add articles to the archive."""

    def is_shown(self, request: HttpRequest) -> bool:
        return admin_views.can_import(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls() -> list[Any]:
    urls = [
        path("", admin_views.import_article, name="import_article"),
        path("runs/<int:pk>/", admin_views.import_run, name="run"),
    ]
    return [path("import-article/", include((urls, "importers_admin")))]


@hooks.register("register_admin_menu_item")
def register_menu_item() -> MenuItem:
    return ImportArticleMenuItem(
        _("Import article"),
        reverse("importers_admin:import_article"),
        name="import-article",
        icon_name="download",
        order=150,
    )
