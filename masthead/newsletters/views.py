"""Readers' newsletter pages: subscribe, confirm, preferences, unsubscribe, and the archive.

None of these pages is stored by the page cache: they say ``private, no-store``. The forms carry
no CSRF token, so the compact form in cached pages can post to ``subscribe`` as it is:

- ``subscribe`` is csrf-exempt. A forged post can only make us email a confirmation link to an
  address, which anyone can do by typing it; double opt-in, the honeypot and the limits per
  client and per address cover that.
- ``confirm``, ``preferences`` and ``unsubscribe`` are authorised by the signed token in their
  URL, not by a cookie: mail clients' one-click unsubscribe (RFC 8058) posts with no cookies.
  GET never changes anything (link scanners fetch every link in an email).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from masthead.core import ratelimit
from masthead.newsletters import forms, links, services
from masthead.newsletters import render as rendering
from masthead.newsletters.models import Issue, Subscriber
from masthead.newsletters.tokens import (
    TokenExpired,
    subscriber_from_confirm_token,
    subscriber_from_manage_token,
)

HOUR = 3600
PER_ADDRESS_PER_HOUR = 3  # confirmation emails to one address
PER_CLIENT_PER_HOUR = 10  # subscriptions from one client address


def _private(response: HttpResponse) -> HttpResponse:
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    response["X-Robots-Tag"] = "noindex"
    return response


def _language(request: HttpRequest) -> str:
    wanted = request.POST.get("language") or request.GET.get("language") or get_language()
    codes = {code for code, _name in settings.LANGUAGES}
    return wanted if wanted in codes else settings.LANGUAGE_CODE


def _limited(request: HttpRequest, email: str) -> int | None:
    checks = [
        (f"ip:{ratelimit.client_key(request)}", PER_CLIENT_PER_HOUR),
        (f"address:{email.lower()}", PER_ADDRESS_PER_HOUR),
    ]
    for key, per_hour in checks:
        wait = ratelimit.hit("newsletter-subscribe", key, ratelimit.Rate(per_hour, HOUR))
        if wait is not None:
            return wait
    return None


@csrf_exempt
@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    language = _language(request)
    with override(language):
        wording = forms.consent_wording(links.outlet_name())
        form = forms.SubscribeForm(request.POST or None, language=language)
        status = 200
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            if data.get("website"):
                # A robot: it is told what a person is told, and nothing is stored or sent.
                return HttpResponseRedirect(reverse("newsletters:sent"))
            wait = _limited(request, data["email"])
            if wait is None:
                services.subscribe(
                    data["email"], form.choices(), form=data["form"], wording=wording
                )
                return HttpResponseRedirect(reverse("newsletters:sent"))
            form.add_error(
                None,
                _("Many subscriptions came from here in a short time.")
                + " "
                + ratelimit.retry_message(wait),
            )
            status = 429
        context = {"form": form, "wording": wording}
        response = render(request, "newsletters/subscribe.html", context, status=status)
        if status == 429:
            response["Retry-After"] = str(wait)
        return _private(response)


def sent(request: HttpRequest) -> HttpResponse:
    return _private(render(request, "newsletters/sent.html", {}))


def _invalid(request: HttpRequest, expired: bool) -> HttpResponse:
    context = {"expired": expired, "subscribe_url": reverse("newsletters:subscribe")}
    return _private(render(request, "newsletters/invalid.html", context, status=404))


@csrf_exempt
@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a button (mail scanners follow links); only the POST confirms."""
    try:
        subscriber = subscriber_from_confirm_token(token)
    except TokenExpired:
        return _invalid(request, expired=True)
    if subscriber is None or subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return _invalid(request, expired=False)
    with override(subscriber.language):
        if request.method == "POST":
            subscriber = services.confirm(subscriber, wording=forms.confirm_wording())
        context = {
            "subscriber": subscriber,
            "done": subscriber.status == Subscriber.Status.CONFIRMED,
            "wording": forms.confirm_wording(),
            "preferences_url": links.preferences_url(subscriber),
        }
        return _private(render(request, "newsletters/confirm.html", context))


def _initial(subscriber: Subscriber) -> dict[str, Any]:
    return {
        "frequency": subscriber.frequency,
        "everything": "1" if subscriber.everything else "0",
        "language": subscriber.language,
        "regions": list(subscriber.regions.all()),
        "themes": list(subscriber.themes.all()),
        "reports": list(subscriber.reports.all()),
    }


@csrf_exempt
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest, token: str) -> HttpResponse:
    subscriber = subscriber_from_manage_token(token)
    if subscriber is None:
        return _invalid(request, expired=False)
    with override(subscriber.language):
        form = forms.ChoicesForm(
            request.POST or None, initial=_initial(subscriber), language=subscriber.language
        )
        saved = False
        if request.method == "POST" and form.is_valid():
            services.change_preferences(
                subscriber, form.choices(), wording=forms.preferences_wording()
            )
            saved = True
    # The page is shown in the language the reader may just have chosen.
    with override(subscriber.language):
        context = {
            "form": form,
            "subscriber": subscriber,
            "saved": saved,
            "wording": forms.preferences_wording(),
            "unsubscribe_url": reverse("newsletters:unsubscribe", args=[token]),
        }
        return _private(render(request, "newsletters/preferences.html", context))


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """RFC 8058: the POST needs no cookie and no CSRF token, works twice, and acts at once."""
    subscriber = subscriber_from_manage_token(token)
    if subscriber is None:
        return _invalid(request, expired=False)
    one_click = request.POST.get("List-Unsubscribe") == "One-Click"
    with override(subscriber.language):
        if request.method == "POST":
            services.unsubscribe(
                subscriber,
                form="one-click" if one_click else "unsubscribe-page",
                wording=_("Unsubscribe me from the newsletter."),
            )
            subscriber.refresh_from_db()
        context = {
            "subscriber": subscriber,
            "done": subscriber.status == Subscriber.Status.UNSUBSCRIBED,
            "preferences_url": reverse("newsletters:preferences", args=[token]),
            "subscribe_url": reverse("newsletters:subscribe"),
        }
        return _private(render(request, "newsletters/unsubscribe.html", context))


def archive(request: HttpRequest) -> HttpResponse:
    issues = Issue.objects.filter(status=Issue.Status.SENT).exclude(kind=Issue.Kind.SPECIAL)
    return _private(render(request, "newsletters/archive.html", {"issues": issues[:100]}))


def issue_web_view(request: HttpRequest, issue_id: int) -> HttpResponse:
    """An issue as a web page: the digest for everything, in the reader's page language."""
    issue = get_object_or_404(Issue, pk=issue_id)
    if issue.status != Issue.Status.SENT and not request.user.has_perm("newsletters.change_issue"):
        raise Http404("Not sent yet.")
    html = rendering.web_view(issue, get_language() or settings.LANGUAGE_CODE)
    return _private(render(request, "newsletters/issue.html", {"issue": issue, "body": html}))
