"""Corrections in the admin menu, and a note in the page editor when a partner changed the
original of the article being edited."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.http import HttpRequest
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.viewsets.base import ViewSet

from masthead.core.admin_areas import AdminAreaViewSet
from masthead.stories import admin_views
from masthead.stories.models import CorrectionFlag


class CorrectionsViewSet(AdminAreaViewSet):
    name = "stories_admin"
    url_prefix = "corrections"
    icon = "warning"
    menu_label = "Corrections"
    menu_order = 170
    index_url_name = "stories_admin:listing"

    def get_urlpatterns(self) -> list[Any]:
        return [
            path("", admin_views.listing, name="listing"),
            path("<int:pk>/", admin_views.flag_detail, name="flag"),
            path("<int:pk>/apply/", admin_views.apply, name="apply"),
            path("<int:pk>/dismiss/", admin_views.dismiss, name="dismiss"),
        ]


@hooks.register("register_admin_viewset")
def register_viewset() -> ViewSet:
    return CorrectionsViewSet()


def _pending_flag(page: Any) -> CorrectionFlag | None:
    return (
        CorrectionFlag.objects.filter(page_id=page.pk, status=CorrectionFlag.Status.PENDING)
        .order_by("-detected_at")
        .first()
    )


@hooks.register("before_edit_page")
def note_pending_correction(request: HttpRequest, page: Any) -> None:
    """The editor opening the article is told, with a link to the diff."""
    if request.method != "GET":
        return
    flag = _pending_flag(page)
    if flag is not None:
        url = reverse("stories_admin:flag", args=[flag.pk])
        messages.warning(
            request,
            "The partner changed the original of this article since we published it.",
            buttons=[messages.button(url, "Compare, then apply or dismiss")],
        )


@hooks.register("register_page_header_buttons")
def correction_button(
    page: Any, user: Any, view_name: str, next_url: str | None = None
) -> Iterator[Any]:
    flag = _pending_flag(page) if page.specific_class.__name__ == "ArticlePage" else None
    if flag is not None:
        yield PageMenuItem(
            "Original changed",
            reverse("stories_admin:flag", args=[flag.pk]),
            icon_name="warning",
            priority=62,
            page=page,
        )
