"""The comment moderation queue in the Wagtail admin, and a "Comments" button on articles."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.viewsets.base import ViewSet

from masthead.comments import admin_views
from masthead.core.admin_areas import AdminAreaViewSet


class CommentModerationViewSet(AdminAreaViewSet):
    """Pending, reported, approved, rejected and spam comments, with bulk actions."""

    name = "comments_admin"
    url_prefix = "comments"
    icon = "comment"
    menu_label = "Comments"
    menu_order = 160
    index_url_name = "comments_admin:queue"
    permission = admin_views.PERMISSION

    def get_urlpatterns(self) -> list[Any]:
        return [
            path("", admin_views.queue, name="queue"),
            path("bulk/", admin_views.bulk, name="bulk"),
            path("reader/<int:pk>/", admin_views.commenter, name="commenter"),
            path("<int:pk>/edit/", admin_views.edit, name="edit"),
            path("article/<int:page_id>/close/", admin_views.close, name="close"),
        ]


@hooks.register("register_admin_viewset")
def register_viewset() -> ViewSet:
    return CommentModerationViewSet()


@hooks.register("register_permissions")
def register_permissions() -> Any:
    return Permission.objects.filter(content_type__app_label="comments", codename="change_comment")


@hooks.register("register_page_header_buttons")
def comments_button(
    page: Any, user: Any, view_name: str, next_url: str | None = None
) -> Iterator[Any]:
    if page.specific_class.__name__ == "ArticlePage" and user.has_perm(admin_views.PERMISSION):
        yield PageMenuItem(
            "Comments",
            reverse("comments_admin:queue") + f"?tab=approved&page_id={page.pk}",
            icon_name="comment",
            priority=64,
            page=page,
        )
