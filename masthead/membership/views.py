"""Readers' membership pages.

``become`` is a reader page: the same for everyone, stored by the page cache (in its
READER_ROUTES) and purged with the settings. Its forms send by GET to the uncached pages
here, which carry the CSRF token and post; those and everything per reader say
``Cache-Control: private, no-store``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseBase,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from masthead.core import ratelimit
from masthead.membership import services
from masthead.membership.forms import DonationForm, PledgeForm
from masthead.membership.models import Interval, MembershipSettings, Plan, Pledge
from masthead.membership.providers.base import Checkout, ProviderError, WebhookError
from masthead.membership.providers.stripe import StripeProvider

HINT_COOKIE = "masthead_member"


def private(response: HttpResponseBase) -> HttpResponseBase:
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    response["X-Robots-Tag"] = "noindex"
    return response


def _rules(request: HttpRequest) -> MembershipSettings:
    return MembershipSettings.for_request(request)


def _absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


@require_GET
def become(request: HttpRequest) -> HttpResponse:
    """Plans and the donation form: nothing here differs between readers."""
    rules = _rules(request)
    form = DonationForm(presets=rules.preset_amounts(), currency=rules.donation_currency)
    context = {
        "plans": Plan.objects.filter(active=True),
        "rules": rules,
        "form": form,
        "pledge_offered": bool(services.providers(rules).get("pledge")),
        "cards_offered": bool(services.providers(rules).get("stripe")),
    }
    return render(request, "membership/become.html", context)


def _start(request: HttpRequest, checkout: Checkout, provider_key: str) -> HttpResponseBase:
    provider = services.providers(_rules(request)).get(provider_key)
    if provider is None:
        raise Http404("This way of paying is not offered.")
    try:
        started = provider.start_checkout(checkout)
    except ProviderError as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(request.get_full_path())
    return private(HttpResponseRedirect(started.redirect_url, status=303))


def _checkout(
    request: HttpRequest,
    *,
    amount: Decimal,
    currency: str,
    interval: str | None,
    plan: Plan | None,
    method: str = "",
) -> Checkout:
    return Checkout(
        user=request.user,
        amount=amount,
        currency=currency,
        interval=interval,
        plan=plan,
        language=get_language() or settings.LANGUAGE_CODE,
        success_url=_absolute(request, reverse("membership:thanks")),
        cancel_url=_absolute(request, reverse("membership_become")),
        method=method,
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def join(request: HttpRequest, plan_id: int) -> HttpResponseBase:
    """One plan and the ways to pay for it; posting starts the payment."""
    plan = get_object_or_404(Plan, pk=plan_id, active=True)
    rules = _rules(request)
    offered = services.providers(rules)
    methods = offered["pledge"].methods() if "pledge" in offered else []  # type: ignore[attr-defined]
    pledge_form = PledgeForm(request.POST or None, methods=methods)
    if request.method == "POST":
        refused = ratelimit.check(request, "membership")
        if refused is not None:
            return refused
        provider = request.POST.get("provider", "")
        method = ""
        if provider == "pledge":
            if not pledge_form.is_valid():
                return private(_join_page(request, plan, offered, pledge_form, status=400))
            method = pledge_form.cleaned_data["method"]
        checkout = _checkout(
            request,
            amount=plan.amount,
            currency=plan.currency,
            interval=plan.interval,
            plan=plan,
            method=method,
        )
        return _start(request, checkout, provider)
    return private(_join_page(request, plan, offered, pledge_form))


def _join_page(
    request: HttpRequest, plan: Plan, offered: dict[str, Any], form: PledgeForm, status: int = 200
) -> HttpResponse:
    context = {
        "plan": plan,
        "cards": "stripe" in offered,
        "pledge_form": form if "pledge" in offered else None,
        "already": services.current_memberships(request.user).filter(plan=plan).first(),
    }
    return render(request, "membership/join.html", context, status=status)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def donate(request: HttpRequest) -> HttpResponseBase:
    """The donation the plans page sent (GET): checked, then paid by card or pledged (POST)."""
    rules = _rules(request)
    offered = services.providers(rules)
    data = request.POST if request.method == "POST" else request.GET
    form = DonationForm(
        data or None, presets=rules.preset_amounts(), currency=rules.donation_currency
    )
    methods = offered["pledge"].methods() if "pledge" in offered else []  # type: ignore[attr-defined]
    pledge_form = PledgeForm(request.POST or None, methods=methods)
    valid = form.is_valid()
    if request.method == "POST" and valid:
        refused = ratelimit.check(request, "membership")
        if refused is not None:
            return refused
        monthly = form.cleaned_data["frequency"] == "monthly"
        provider = request.POST.get("provider", "")
        method = ""
        if provider == "pledge" and not monthly and pledge_form.is_valid():
            method = pledge_form.cleaned_data["method"]
        elif provider != "stripe":
            provider = ""
        if provider:
            checkout = _checkout(
                request,
                amount=form.cleaned_data["value"],
                currency=rules.donation_currency,
                interval=Interval.MONTH if monthly else None,
                plan=None,
                method=method,
            )
            return _start(request, checkout, provider)
    context = {
        "form": form,
        "valid": valid,
        "rules": rules,
        "cards": "stripe" in offered,
        "pledge_form": pledge_form if methods else None,
        "monthly": valid and form.cleaned_data["frequency"] == "monthly",
        "value": form.cleaned_data.get("value") if valid else None,
    }
    status = 200 if valid or not data else 400
    return private(render(request, "membership/donate.html", context, status=status))


@login_required
@require_GET
def pledge(request: HttpRequest, reference: str) -> HttpResponseBase:
    """How to pay a pledge: the bank details or cheque address and the reference to quote."""
    found = get_object_or_404(Pledge, reference=reference, user=request.user)
    context = {"pledge": found, "rules": _rules(request)}
    return private(render(request, "membership/pledge.html", context))


@login_required
@require_GET
def thanks(request: HttpRequest) -> HttpResponseBase:
    """Back from Stripe: thanks, and a word that the membership starts when Stripe confirms."""
    return private(render(request, "membership/thanks.html", {}))


@require_GET
def status(request: HttpRequest) -> HttpResponseBase:
    """Whether the reader is a member, for prompt.js: never stored anywhere.

    Without a session it answers at once, without touching the database; it also keeps the
    small hint cookie that tells prompt.js to ask (it holds no secret: only "ask me").
    """
    member = False
    thanks_text = ""
    if settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated:
        member = services.is_member(request.user)
        if member:
            thanks_text = _rules(request).thanks_text
    response = JsonResponse({"member": member, "thanks": thanks_text})
    private(response)
    if member:
        response.set_cookie(HINT_COOKIE, "1", max_age=365 * 24 * 3600, samesite="Lax")
    elif HINT_COOKIE in request.COOKIES:
        response.delete_cookie(HINT_COOKIE, samesite="Lax")
    return response


@csrf_exempt
@require_POST
def stripe_webhook(request: HttpRequest) -> HttpResponse:
    """Stripe's events: applied only with a valid signature, each event id once."""
    refused = ratelimit.check(request, "membership_webhook")
    if refused is not None:
        return refused
    headers = {"Stripe-Signature": request.headers.get("Stripe-Signature", "")}
    try:
        outcome = StripeProvider().handle_webhook(request.body, headers)
    except WebhookError as error:
        return HttpResponseBadRequest(f"Webhook refused: {error}", content_type="text/plain")
    return HttpResponse(outcome, content_type="text/plain")
