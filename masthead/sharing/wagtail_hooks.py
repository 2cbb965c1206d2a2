"""Reports → Republications: which articles were republished where, and how often read there."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from masthead.sharing.models import RepublicationCount

permission_policy = ModelPermissionPolicy(RepublicationCount)


class WhereColumn(Column):
    """The copy's address, or a plain note when the republisher's page sent no Referer."""

    def get_value(self, instance: RepublicationCount) -> str:
        return instance.where or str(_("(address not sent)"))


class RepublicationReportView(ReportView):
    """One row per article, republished copy (origin and path) and UTC day, newest first."""

    page_title = _("Republications")
    header_icon = "doc-full"
    index_url_name = "sharing_republications"
    index_results_url_name = "sharing_republications_results"
    permission_policy = permission_policy
    permission_required = "view"
    paginate_by = 100
    columns = [
        Column("article", label=_("Article"), accessor="article.title"),
        WhereColumn("where", label=_("Republished at")),
        Column("day", label=_("Day (UTC)")),
        Column("count", label=_("Reads")),
    ]
    list_export = ["article.title", "origin", "path", "day", "count"]
    export_headings = {
        "article.title": _("Article"),
        "origin": _("Origin"),
        "path": _("Path"),
        "day": _("Day (UTC)"),
        "count": _("Reads"),
    }

    def get_queryset(self) -> QuerySet[RepublicationCount]:
        return RepublicationCount.objects.select_related("article").order_by(
            "-day", "article__title", "origin", "path"
        )

    def get_filename(self) -> str:
        return "republications"


class RepublicationMenuItem(MenuItem):
    def is_shown(self, request: Any) -> bool:
        return permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_admin_urls")
def register_admin_urls() -> list[Any]:
    view = RepublicationReportView.as_view()
    results = RepublicationReportView.as_view(results_only=True)
    return [
        path("reports/republications/", view, name="sharing_republications"),
        path("reports/republications/results/", results, name="sharing_republications_results"),
    ]


@hooks.register("register_reports_menu_item")
def register_republications_menu_item() -> MenuItem:
    return RepublicationMenuItem(
        _("Republications"),
        reverse("sharing_republications"),
        name="republications",
        icon_name="doc-full",
        order=1300,
    )
