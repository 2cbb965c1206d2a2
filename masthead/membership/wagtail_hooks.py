"""Plans as snippets, the membership lists in the admin menu, and their permissions."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Permission
from django.db.models import Q
from django.urls import path
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.core.admin_areas import AdminAreaViewSet
from masthead.membership import admin_views
from masthead.membership.models import Plan


class PlanViewSet(SnippetViewSet):
    model = Plan
    icon = "pick"
    menu_label = "Membership plans"
    list_display = ["name", "amount", "currency", "interval", "active"]
    list_filter = ["active"]


register_snippet(PlanViewSet)


class MembershipAdminViewSet(AdminAreaViewSet):
    name = "membership_admin"
    url_prefix = "membership"
    icon = "pick"
    menu_label = "Membership"
    menu_order = 170
    index_url_name = "membership_admin:overview"
    permission = admin_views.PERMISSION

    def get_urlpatterns(self) -> list[Any]:
        return [
            path("", admin_views.overview, name="overview"),
            path("members.csv", admin_views.export_csv, name="export"),
            path("pledges/<int:pk>/confirm/", admin_views.confirm_pledge, name="confirm"),
        ]


@hooks.register("register_admin_viewset")
def register_viewset() -> ViewSet:
    return MembershipAdminViewSet()


@hooks.register("register_permissions")
def register_permissions() -> Any:
    return Permission.objects.filter(
        Q(codename="change_membership") | Q(codename="change_pledge"),
        content_type__app_label="membership",
    )
