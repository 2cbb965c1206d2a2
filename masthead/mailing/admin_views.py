"""The deliverability page in the Wagtail admin (Settings → Email deliverability).

What the operator must set up for bulk mail to reach inboxes, the settings in force, recent
campaigns with what became of their recipients, and, on request, a DNS check of the domain.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from masthead.mailing import conf, deliverability
from masthead.mailing.models import Campaign, Delivery, Suppression

PERMISSION = "mailing.view_campaign"


def current_settings() -> list[tuple[str, str]]:
    """The settings that decide how bulk mail goes out (never a password)."""
    relay = f"{settings.EMAIL_HOST}:{settings.EMAIL_PORT}"
    if settings.EMAIL_USE_SSL:
        relay += " (TLS)"
    elif settings.EMAIL_USE_TLS:
        relay += " (STARTTLS)"
    else:
        relay += " " + _("(no TLS: use a relay on this machine, or turn TLS on)")
    bounce_host = conf.get("MAILING_BOUNCE_IMAP_HOST")
    return [
        (_("Mail domain (Message-ID, List-Id)"), conf.domain()),
        (_("From"), conf.from_email()),
        (
            _("Bounce address (Return-Path)"),
            str(conf.get("MAILING_RETURN_PATH") or _("the From address"))
            + (" " + _("with VERP") if conf.get("MAILING_VERP") else ""),
        ),
        (_("Email backend"), str(conf.get("MAILING_EMAIL_BACKEND") or settings.EMAIL_BACKEND)),
        (_("SMTP relay"), relay),
        (_("Relay login"), settings.EMAIL_HOST_USER or _("none")),
        (
            _("Bounce mailbox"),
            f"{conf.get('MAILING_BOUNCE_IMAP_USER')}@{bounce_host}:"
            f"{conf.get('MAILING_BOUNCE_IMAP_PORT')}/{conf.get('MAILING_BOUNCE_IMAP_FOLDER')}"
            if bounce_host
            else _("not configured"),
        ),
        (_("DKIM selector"), str(conf.get("MAILING_DKIM_SELECTOR") or _("not set"))),
        (_("Messages per batch, one connection each"), str(conf.get("MAILING_BATCH_SIZE"))),
        (
            _("Hard bounces (5xx) before an address is dropped"),
            str(conf.get("MAILING_MAX_ATTEMPTS")),
        ),
        (
            _("Temporary failures (4xx) before giving up"),
            str(conf.get("MAILING_MAX_TEMPORARY_ATTEMPTS")),
        ),
    ]


def warnings() -> list[str]:
    found = []
    from_domain = conf.address_domain(conf.from_email())
    if from_domain != conf.domain() and not from_domain.endswith("." + conf.domain()):
        found.append(
            _(
                "The From domain (%(from)s) is not the mail domain (%(domain)s): DMARC "
                "alignment needs them to match."
            )
            % {"from": from_domain, "domain": conf.domain()}
        )
    if not settings.SITE_BASE_URL.startswith("https://"):
        found.append(
            _("The site's address is not https: one-click unsubscribe (RFC 8058) needs https.")
        )
    return found


def deliverability_page(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    checks: list[deliverability.Check] = []
    dns_error = ""
    checked = request.GET.get("check") == "1"
    if checked:
        try:
            nameservers = list(conf.get("MAILING_DNS_NAMESERVERS")) or None
            resolver = deliverability.make_resolver(
                nameservers, port=int(conf.get("MAILING_DNS_PORT"))
            )
            checks = deliverability.check_domain(
                conf.domain(),
                dkim_selector=str(conf.get("MAILING_DKIM_SELECTOR")),
                resolver=resolver,
            )
        except deliverability.DNSUnreachable as error:
            dns_error = str(error)
    campaigns = Campaign.objects.all()[:10]
    context: dict[str, Any] = {
        "page_title": _("Email deliverability"),
        "header_icon": "mail",
        "domain": conf.domain(),
        "settings_rows": current_settings(),
        "warnings": warnings(),
        "checked": checked,
        "checks": checks,
        "dns_error": dns_error,
        "campaigns": campaigns,
        "suppressions": {
            label: Suppression.objects.filter(reason=value).count()
            for value, label in Suppression.Reason.choices
        },
        "unknown_total": Delivery.objects.filter(status=Delivery.Status.UNKNOWN).count(),
    }
    return render(request, "mailing/admin/deliverability.html", context)
