"""Newsletters in the Wagtail admin: issues (edit, reorder, send), subscribers, actions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, Panel
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from masthead.mailing.models import Campaign
from masthead.newsletters import admin_views, sending
from masthead.newsletters.models import Issue, Subscriber


class SendColumn(Column):
    def get_value(self, instance: Issue) -> Any:
        if instance.status == Issue.Status.SENT:
            campaigns = list(sending.campaigns_of(instance))  # one query a sent issue
            statuses = {campaign.status for campaign in campaigns}
            if statuses & set(admin_views.ACTIVE):
                url = reverse("newsletters_admin_stop", args=[instance.pk])
                return format_html('Sending to {} <a href="{}">Stop…</a>', instance.recipients, url)
            if Campaign.Status.CANCELLED in statuses:
                return f"Stopped (sent to {sum(c.sent_count for c in campaigns)})"
            return f"Sent to {instance.recipients}"
        url = reverse("newsletters_admin_send", args=[instance.pk])
        return format_html('<a href="{}">Send now…</a>', url)


class IssueViewSet(SnippetViewSet):
    model = Issue
    icon = "mail"
    menu_label = "Issues"
    list_display = ["subject", "kind", "status", "send_at", SendColumn("send", label="Send")]
    list_filter = ["kind", "status"]


class ConsentHistoryPanel(Panel):
    """The reader's consent records, read-only, under their subscription."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "newsletters/admin/consent_panel.html"

        def get_context_data(self, parent_context: Any = None) -> Any:
            context = super().get_context_data(parent_context)
            instance = self.instance
            context["consents"] = instance.consents.all() if instance.pk else []
            return context


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "user"
    menu_label = "Subscribers"
    list_display = ["email", "status", "frequency", "language", "created_at"]
    list_filter = ["status", "frequency", "language"]
    search_fields = ["email"]
    panels = [
        FieldPanel("frequency"),
        FieldPanel("everything"),
        FieldPanel("language"),
        ConsentHistoryPanel(heading="Consent history"),
    ]


class NewslettersGroup(SnippetViewSetGroup):
    items = (IssueViewSet, SubscriberViewSet)
    menu_icon = "mail"
    menu_label = "Newsletters"
    menu_name = "newsletters"
    menu_order = 170


register_snippet(NewslettersGroup)


@hooks.register("register_admin_urls")
def admin_urls() -> list[Any]:
    return [
        path("newsletters/build/", admin_views.build, name="newsletters_admin_build"),
        path("newsletters/send/<int:pk>/", admin_views.send, name="newsletters_admin_send"),
        path("newsletters/stop/<int:pk>/", admin_views.stop, name="newsletters_admin_stop"),
        path(
            "newsletters/special/<int:page_id>/",
            admin_views.special,
            name="newsletters_admin_special",
        ),
    ]


@hooks.register("register_admin_menu_item")
def build_menu_item() -> MenuItem:
    item = MenuItem(
        "Build a digest", reverse("newsletters_admin_build"), icon_name="mail", order=171
    )
    item.is_shown = lambda request: request.user.has_perm(admin_views.PERMISSION)
    return item


@hooks.register("register_page_header_buttons")
def special_issue_button(
    page: Any, user: Any, view_name: str, next_url: str | None = None
) -> Iterator[Any]:
    if (
        page.specific_class.__name__ == "ArticlePage"
        and page.live
        and user.has_perm(admin_views.PERMISSION)
    ):
        yield PageMenuItem(
            "Send as a newsletter",
            reverse("newsletters_admin_special", args=[page.pk]),
            icon_name="mail",
            priority=65,
            page=page,
        )
