"""An admin area of its own: a menu item that opens the area's first view, shown only to
editors holding the area's permission (comments, membership, ingest, corrections use it)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from wagtail.admin.viewsets.base import ViewSet


class AdminAreaViewSet(ViewSet):
    add_to_admin_menu = True
    # The view the menu item opens ("app_admin:listing"), and who sees the item ("" = everyone
    # who may enter the admin; the views check their own permissions either way).
    index_url_name = ""
    permission = ""

    @property
    def menu_url(self) -> str:
        return reverse(self.index_url_name)

    def get_menu_item(self, order: int | None = None) -> Any:
        item = super().get_menu_item(order)
        if self.permission:
            permission = self.permission
            item.is_shown = lambda request: request.user.has_perm(permission)
        return item
