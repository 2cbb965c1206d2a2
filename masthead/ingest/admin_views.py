"""The ingest listing in the admin: partners' feeds with their last poll, and every item taken
in with what became of it (ready, held with the reason, matched, failed with the error)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from masthead.ingest.models import IngestedItem, ItemStatus
from masthead.ingest.services import poll_feed
from masthead.syndication.models import PartnerFeed

PERMISSION = "ingest.view_ingesteditem"
POLL_PERMISSION = "syndication.change_partnerfeed"


def _require(request: HttpRequest, permission: str = PERMISSION) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def listing(request: HttpRequest) -> HttpResponse:
    _require(request)
    status = request.GET.get("status", "")
    rows = IngestedItem.objects.select_related("partner", "feed", "article", "matched_page")
    if status in ItemStatus.values:
        rows = rows.filter(status=status)
    feed_id = request.GET.get("feed", "")
    if feed_id.isdigit():
        rows = rows.filter(feed_id=int(feed_id))
    items = Paginator(rows, 50).get_page(request.GET.get("p"))
    counts = {
        value: IngestedItem.objects.filter(status=value).count() for value in ItemStatus.values
    }
    tabs = [("", _("All"), sum(counts.values()), "?")] + [
        (value, label, counts[value], "?" + urlencode({"status": value}))
        for value, label in ItemStatus.choices
    ]
    context: dict[str, Any] = {
        "page_title": _("Partner ingest"),
        "header_icon": "download",
        "tabs": tabs,
        "status": status,
        "items": items,
        "feeds": PartnerFeed.objects.select_related("partner").order_by("partner__name", "url"),
        "can_poll": request.user.has_perm(POLL_PERMISSION),
    }
    return render(request, "ingest/admin/listing.html", context)


@require_POST
def poll_now(request: HttpRequest, pk: int) -> HttpResponse:
    """Poll one feed at once (an editor who just added it should not wait for the worker)."""
    _require(request, POLL_PERMISSION)
    feed = get_object_or_404(PartnerFeed.objects.select_related("partner"), pk=pk)
    outcome = poll_feed(feed)
    if outcome.error:
        messages.error(request, _("%(feed)s: %(error)s") % {"feed": feed, "error": outcome.error})
    elif outcome.not_modified:
        messages.info(request, _("%(feed)s has not changed since the last poll.") % {"feed": feed})
    else:
        messages.success(
            request,
            _("%(feed)s: %(count)d new item(s).") % {"feed": feed, "count": len(outcome.new_items)},
        )
    return HttpResponseRedirect(reverse("ingest_admin:listing") + f"?feed={feed.pk}")
