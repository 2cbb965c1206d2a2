"""Ingest in the admin: the listing, and held drafts that cannot be published."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet

from masthead.core.admin_areas import AdminAreaViewSet
from masthead.ingest import admin_views
from masthead.ingest.services import publication_refusal


class IngestViewSet(AdminAreaViewSet):
    name = "ingest_admin"
    url_prefix = "ingest"
    icon = "download"
    menu_label = "Partner ingest"
    menu_order = 125
    index_url_name = "ingest_admin:listing"
    permission = admin_views.PERMISSION

    def get_urlpatterns(self) -> list[Any]:
        return [
            path("", admin_views.listing, name="listing"),
            path("feed/<int:pk>/poll/", admin_views.poll_now, name="poll"),
        ]


@hooks.register("register_admin_viewset")
def register_viewset() -> ViewSet:
    return IngestViewSet()


@hooks.register("register_permissions")
def register_permissions() -> Any:
    return Permission.objects.filter(content_type__app_label="ingest")


def _held_message(refusal: str) -> str:
    return _("Held: this partner article cannot be published yet. %(reason)s") % {"reason": refusal}


@hooks.register("before_edit_page")
def warn_held(request: HttpRequest, page: Any) -> None:
    """The editor of a held draft says why it is held, every time it is opened."""
    if request.method == "GET":
        refusal = publication_refusal(page)
        if refusal:
            messages.warning(request, _held_message(refusal))


@hooks.register("construct_page_action_menu")
def hide_publish(menu_items: list[Any], request: HttpRequest, context: dict[str, Any]) -> None:
    page = context.get("page")
    if page is not None and page.pk and publication_refusal(page):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_publish_page")
def refuse_held(request: HttpRequest, page: Any) -> HttpResponse | None:
    """A publish of a held draft (however it was sent) keeps the draft and says why not."""
    refusal = publication_refusal(page)
    if not refusal:
        return None
    messages.error(request, _held_message(refusal))
    return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


@hooks.register("before_bulk_action")
def refuse_held_in_bulk(
    request: HttpRequest, action_type: str, objects: list[Any], action_class_instance: Any
) -> HttpResponse | None:
    """A bulk publish from the page explorer that includes a held draft publishes nothing."""
    if action_type != "publish":
        return None
    held = [(page, refusal) for page in objects if (refusal := publication_refusal(page))]
    if not held:
        return None
    for page, refusal in held:
        messages.error(request, f"{page.title}: {_held_message(refusal)}")
    return HttpResponseRedirect(request.GET.get("next") or reverse("wagtailadmin_explore_root"))
