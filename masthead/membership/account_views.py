"""The members' area under /account/membership/: plans, payments, receipts, cancelling.

Per reader, so never stored (``private, no-store``); every form posts with a CSRF token and
is rate-limited.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponseBase, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from masthead.accounts.views import signed_in_user
from masthead.core import ratelimit
from masthead.membership import services
from masthead.membership.models import Membership, MembershipSettings, Payment, Pledge, Provider
from masthead.membership.providers.base import ProviderError
from masthead.membership.views import HINT_COOKIE, private


@login_required
@require_GET
def area(request: HttpRequest) -> HttpResponseBase:
    rules = MembershipSettings.for_request(request)
    memberships = (
        Membership.objects.filter(user=signed_in_user(request))
        .exclude(status=Membership.Status.PENDING)
        .select_related("plan")
    )
    offered = services.providers(rules)
    context = {
        "memberships": memberships,
        "payments": Payment.objects.filter(
            user=signed_in_user(request), status=Payment.Status.PAID
        ),
        "pledges": Pledge.objects.filter(
            user=signed_in_user(request), status=Pledge.Status.WAITING
        ),
        "renewal_methods": offered["pledge"].methods() if "pledge" in offered else [],  # type: ignore[attr-defined]
        "is_member": any(m.is_current for m in memberships),
    }
    response = private(render(request, "membership/area.html", context))
    if context["is_member"]:
        response.set_cookie(HINT_COOKIE, "1", max_age=365 * 24 * 3600, samesite="Lax")
    return response


def _mine(request: HttpRequest, membership_id: int) -> Membership:
    return get_object_or_404(Membership, pk=membership_id, user=signed_in_user(request))


@login_required
@require_POST
def cancel(request: HttpRequest, membership_id: int) -> HttpResponseBase:
    refused = ratelimit.check(request, "membership")
    if refused is not None:
        return refused
    membership = _mine(request, membership_id)
    if not membership.is_current or membership.cancel_at_period_end:
        return redirect("membership_account:area")
    try:
        services.provider_for(membership).cancel(membership)
    except ProviderError as error:
        messages.error(request, str(error))
        return redirect("membership_account:area")
    if membership.provider == Provider.STRIPE:
        messages.success(
            request,
            _(
                "Your cancellation was sent. It shows here as soon as the payment service "
                "confirms it."
            ),
        )
    else:
        messages.success(
            request, _("Your membership will not be renewed. It stays active until it ends.")
        )
    return redirect("membership_account:area")


@login_required
@require_POST
def portal(request: HttpRequest, membership_id: int) -> HttpResponseBase:
    refused = ratelimit.check(request, "membership")
    if refused is not None:
        return refused
    membership = _mine(request, membership_id)
    back = request.build_absolute_uri(reverse("membership_account:area"))
    try:
        url = services.provider_for(membership).open_portal(membership, back)
    except ProviderError as error:
        messages.error(request, str(error))
        return redirect("membership_account:area")
    return private(HttpResponseRedirect(url, status=303))


@login_required
@require_POST
def renew(request: HttpRequest, membership_id: int) -> HttpResponseBase:
    """A pledged membership renews by a new pledge that continues it."""
    refused = ratelimit.check(request, "membership")
    if refused is not None:
        return refused
    membership = _mine(request, membership_id)
    rules = MembershipSettings.for_request(request)
    offered = services.providers(rules)
    method = request.POST.get("method", "")
    if membership.provider != Provider.PLEDGE or "pledge" not in offered:
        return redirect("membership_account:area")
    if method not in offered["pledge"].methods():  # type: ignore[attr-defined]
        messages.error(request, _("Please choose how you will pay."))
        return redirect("membership_account:area")
    checkout = services.renewal_checkout(membership, method, get_language() or "")
    pledge = services.create_pledge(checkout, membership=membership)
    return redirect("membership:pledge", reference=pledge.reference)


@login_required
@require_GET
def receipt(request: HttpRequest, payment_id: int) -> HttpResponseBase:
    payment = get_object_or_404(
        Payment.objects.select_related("membership__plan"),
        pk=payment_id,
        user=signed_in_user(request),
        status=Payment.Status.PAID,
    )
    rules = MembershipSettings.for_request(request)
    return private(render(request, "membership/receipt.html", {"payment": payment, "rules": rules}))
