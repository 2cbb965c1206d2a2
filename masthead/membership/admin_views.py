"""Membership in the Wagtail admin: members, lapsed members, pledges to confirm, income, CSV.

Lists and the export need "Can change membership"; confirming a pledge needs "Can change
pledge" (give them to a group under Settings → Groups; superusers have both).
"""

from __future__ import annotations

import csv
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Max, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from masthead.membership import services
from masthead.membership.models import Membership, Pledge
from masthead.membership.providers import stripe as stripe_provider

PERMISSION = "membership.change_membership"
PLEDGE_PERMISSION = "membership.change_pledge"
TABS = [
    ("members", "Members"),
    ("lapsed", "Lapsed"),
    ("cancelled", "Cancelled"),
    ("pledges", "Pledges to confirm"),
    ("income", "Income by month"),
]


def _require(request: HttpRequest, permission: str = PERMISSION) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def rows_for(tab: str) -> QuerySet[Membership]:
    rows = Membership.objects.select_related("user", "plan").annotate(
        last_paid=Max("payments__paid_at")
    )
    if tab == "lapsed":
        return rows.filter(status=Membership.Status.LAPSED).order_by("-ended_at", "-pk")
    if tab == "cancelled":
        return rows.filter(status=Membership.Status.CANCELLED).order_by("-ended_at", "-pk")
    return rows.filter(status__in=Membership.CURRENT).order_by("-started_at", "-pk")


def _notice() -> str:
    if stripe_provider.configured():
        return ""
    return (
        "Card payments are off: set MASTHEAD_STRIPE_SECRET_KEY and "
        "MASTHEAD_STRIPE_WEBHOOK_SECRET in the environment and point a Stripe webhook at "
        "/membership/stripe/webhook/ (docs/how-to/membership.md)."
    )


def overview(request: HttpRequest) -> HttpResponse:
    _require(request)
    tab = request.GET.get("tab", "members")
    if tab not in dict(TABS):
        tab = "members"
    context: dict[str, Any] = {
        "page_title": "Membership",
        "header_icon": "pick",
        "tab": tab,
        "tabs": [(name, label, f"?tab={name}") for name, label in TABS],
        "notice": _notice(),
        "can_confirm": request.user.has_perm(PLEDGE_PERMISSION),
        "counts": {
            "members": rows_for("members").count(),
            "lapsed": rows_for("lapsed").count(),
            "cancelled": rows_for("cancelled").count(),
            "pledges": Pledge.objects.filter(status=Pledge.Status.WAITING).count(),
        },
    }
    if tab == "pledges":
        context["pledges"] = Pledge.objects.filter(status=Pledge.Status.WAITING).select_related(
            "user", "plan"
        )
    elif tab == "income":
        context["income"] = services.income_by_month()
    else:
        context["listing"] = Paginator(rows_for(tab), 50).get_page(request.GET.get("p"))
    return render(request, "membership/admin/overview.html", context)


class _Echo:
    def write(self, value: str) -> str:
        return value


def export_csv(request: HttpRequest) -> StreamingHttpResponse:
    """Every membership that was ever paid for, one row each, for a spreadsheet."""
    _require(request)
    writer = csv.writer(_Echo())
    header = [
        "email",
        "name",
        "plan",
        "amount",
        "currency",
        "interval",
        "paid by",
        "status",
        "started",
        "paid until",
        "renews",
        "ended",
        "last payment",
    ]

    def lines() -> Any:
        yield writer.writerow(header)
        rows = (
            Membership.objects.exclude(status=Membership.Status.PENDING)
            .select_related("user", "plan")
            .annotate(last_paid=Max("payments__paid_at"))
            .order_by("pk")
        )
        for row in rows.iterator(chunk_size=500):
            yield writer.writerow(
                [
                    row.user.email,
                    str(row.user),
                    row.label,
                    row.amount,
                    row.currency,
                    row.interval,
                    row.provider,
                    row.status,
                    _day(row.started_at),
                    _day(row.current_period_end),
                    "no" if row.cancel_at_period_end else "yes",
                    _day(row.ended_at),
                    _day(row.last_paid),
                ]
            )

    stamp = timezone.now().strftime("%Y-%m-%d")
    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="members-{stamp}.csv"'
    return response


def _day(value: Any) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


@require_POST
def confirm_pledge(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, PLEDGE_PERMISSION)
    pledge = get_object_or_404(Pledge, pk=pk)
    if request.POST.get("action") == "cancel":
        if services.cancel_pledge(pledge):
            messages.success(request, f"Pledge {pledge.reference} cancelled.")
    elif services.confirm_pledge(pledge, request.user):
        messages.success(
            request, f"Payment for pledge {pledge.reference} confirmed; the receipt is on its way."
        )
    else:
        messages.warning(request, f"Pledge {pledge.reference} was already handled.")
    return HttpResponseRedirect(reverse("membership_admin:overview") + "?tab=pledges")
