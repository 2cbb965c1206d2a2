"""Plans as snippets, the membership lists in the admin menu, and their permissions."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Permission
from django.db.models import Q
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.membership import admin_views
from masthead.membership.models import Plan


class PlanViewSet(SnippetViewSet):
    model = Plan
    icon = "pick"
    menu_label = "Membership plans"
    list_display = ["name", "amount", "currency", "interval", "active"]
    list_filter = ["active"]


register_snippet(PlanViewSet)


class MembershipAdminViewSet(ViewSet):
    name = "membership_admin"
    url_prefix = "membership"
    icon = "pick"
    menu_label = "Membership"
    menu_order = 170
    add_to_admin_menu = True

    @property
    def menu_url(self) -> str:
        return reverse("membership_admin:overview")

    def get_urlpatterns(self) -> list[Any]:
        return [
            path("", admin_views.overview, name="overview"),
            path("members.csv", admin_views.export_csv, name="export"),
            path("pledges/<int:pk>/confirm/", admin_views.confirm_pledge, name="confirm"),
        ]

    def get_menu_item(self, order: int | None = None) -> Any:
        item = super().get_menu_item(order)
        item.is_shown = lambda request: request.user.has_perm(admin_views.PERMISSION)
        return item


@hooks.register("register_admin_viewset")
def register_viewset() -> ViewSet:
    return MembershipAdminViewSet()


@hooks.register("register_permissions")
def register_permissions() -> Any:
    return Permission.objects.filter(
        Q(codename="change_membership") | Q(codename="change_pledge"),
        content_type__app_label="membership",
    )
