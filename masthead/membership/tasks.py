"""Membership emails, sent by the task worker once per cause, and the periodic sweep.

Each email is a ``SentEmail`` row keyed by its cause (``receipt:<payment>``,
``renewal:<membership>:<period end>``…). ``send_membership_email`` claims the row before it
talks to the mail server, so a task run twice sends once.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks import task

from masthead.membership.models import SentEmail

logger = logging.getLogger(__name__)


def absolute(path: str) -> str:
    return str(settings.SITE_BASE_URL).rstrip("/") + path


def _subject(kind: str, outlet: str) -> str:
    subjects: dict[str, str] = {
        SentEmail.Kind.RECEIPT: gettext("Your receipt from %(outlet)s"),
        SentEmail.Kind.PLEDGE: gettext("How to complete your pledge to %(outlet)s"),
        SentEmail.Kind.RENEWAL: gettext("Your %(outlet)s membership renews soon"),
        SentEmail.Kind.FAILED: gettext("Your payment to %(outlet)s did not go through"),
        SentEmail.Kind.LAPSED: gettext("Your %(outlet)s membership has ended"),
    }
    return subjects[kind] % {"outlet": outlet}


def build_message(row: SentEmail) -> EmailMultiAlternatives:
    from masthead.core.models import OutletSettings
    from masthead.membership import services

    rules = services.site_settings()
    outlet = OutletSettings.for_site(rules.site).outlet_name or "Masthead"
    language = row.language or settings.LANGUAGE_CODE
    with translation.override(language):
        context: dict[str, Any] = {
            "row": row,
            "payment": row.payment,
            "membership": row.membership,
            "pledge": row.pledge,
            "rules": rules,
            "outlet": outlet,
            "area_url": absolute(reverse("membership_account:area")),
            "join_url": absolute(reverse("membership_become")),
        }
        if row.payment is not None:
            context["receipt_url"] = absolute(
                reverse("membership_account:receipt", args=[row.payment.pk])
            )
        if row.pledge is not None:
            context["pledge_url"] = absolute(
                reverse("membership:pledge", args=[row.pledge.reference])
            )
        text = render_to_string(f"membership/email/{row.kind}.txt", context)
        html = render_to_string(f"membership/email/{row.kind}.html", context)
        subject = _subject(row.kind, outlet)
    message = EmailMultiAlternatives(
        subject=subject, body=text, from_email=settings.DEFAULT_FROM_EMAIL, to=[row.address]
    )
    message.attach_alternative(html, "text/html")
    return message


@task()
def send_membership_email(row_id: int) -> str:
    """Send one membership email, once. Returns what happened."""
    claimed = SentEmail.objects.filter(pk=row_id, claimed_at=None).update(claimed_at=timezone.now())
    if not claimed:
        return "already claimed"
    row = SentEmail.objects.select_related("payment", "membership__plan", "pledge__plan").get(
        pk=row_id
    )
    try:
        build_message(row).send()
    except Exception as error:
        # Nothing went out: release the claim so a later run may try again.
        logger.exception("membership email %s failed", row.key)
        SentEmail.objects.filter(pk=row_id).update(claimed_at=None, error=str(error)[:300])
        raise
    SentEmail.objects.filter(pk=row_id).update(sent_at=timezone.now(), error="")
    return "sent"


def daily_sweep() -> dict[str, int]:
    """The periodic job: renewal reminders and pledged memberships that lapsed."""
    from masthead.membership import services

    return services.sweep()
