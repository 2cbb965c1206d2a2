"""Membership operations: every change of a member's status happens here, in one transaction.

Statuses change on two kinds of proof only: a verified Stripe event (``apply_stripe_event``,
called after the signature was checked) or an editor confirming that a pledged payment
arrived (``confirm_pledge``). A reader returning from Stripe's page changes nothing.
"""

from __future__ import annotations

import datetime
import logging
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Count, QuerySet, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from wagtail.models import Site

from masthead.membership.models import (
    Interval,
    Membership,
    MembershipSettings,
    Payment,
    Pledge,
    ProcessedEvent,
    Provider,
    SentEmail,
)
from masthead.membership.providers.base import Checkout, PaymentProvider

logger = logging.getLogger(__name__)


# --- settings and providers -------------------------------------------------------------------


def site_settings(site: Site | None = None) -> MembershipSettings:
    site = site or Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return MembershipSettings.for_site(site)


def providers(settings_row: MembershipSettings) -> dict[str, PaymentProvider]:
    """The providers readers are offered now, by key (Stripe first)."""
    from masthead.membership.providers.pledge import PledgeProvider
    from masthead.membership.providers.stripe import StripeProvider

    found: list[PaymentProvider] = [StripeProvider(), PledgeProvider(settings_row)]
    return {provider.key: provider for provider in found if provider.available()}


def provider_for(membership: Membership) -> PaymentProvider:
    from masthead.membership.providers.pledge import PledgeProvider
    from masthead.membership.providers.stripe import StripeProvider

    if membership.provider == Provider.STRIPE:
        return StripeProvider()
    return PledgeProvider(site_settings())


def add_period(start: datetime.datetime, interval: str) -> datetime.datetime:
    """One billing period later: the same day next month (clamped) or next year."""
    if interval == Interval.YEAR:
        try:
            return start.replace(year=start.year + 1)
        except ValueError:  # 29 February
            return start.replace(year=start.year + 1, day=28)
    month = start.month % 12 + 1
    year = start.year + (start.month == 12)
    for day in (start.day, 30, 29, 28):
        try:
            return start.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise ValueError(start)


# --- readers ----------------------------------------------------------------------------------


def current_memberships(user: Any) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user, status__in=Membership.CURRENT)


def is_member(user: Any) -> bool:
    return bool(user.is_authenticated) and current_memberships(user).exists()


def stripe_customer_of(user: Any) -> str:
    found = (
        Membership.objects.filter(user=user)
        .exclude(stripe_customer_id="")
        .values_list("stripe_customer_id", flat=True)
        .first()
    )
    return found or ""


def pending_membership(checkout: Checkout, *, provider: str) -> Membership | None:
    """The row a recurring checkout will activate once paid; none for a one-time gift."""
    if not checkout.recurring:
        return None
    return Membership.objects.create(
        user=checkout.user,
        plan=checkout.plan,
        amount=checkout.amount,
        currency=checkout.currency,
        interval=checkout.interval or Interval.MONTH,
        provider=provider,
        language=checkout.language,
    )


def remember_checkout(membership: Membership, session_id: str) -> None:
    Membership.objects.filter(pk=membership.pk).update(checkout_session_id=session_id)


# --- pledges ----------------------------------------------------------------------------------


def create_pledge(checkout: Checkout, membership: Membership | None = None) -> Pledge:
    with transaction.atomic():
        pledge = Pledge.objects.create(
            user=checkout.user,
            plan=checkout.plan,
            membership=membership,
            amount=checkout.amount,
            currency=checkout.currency,
            method=checkout.method,
            language=checkout.language,
        )
        queue_email(
            SentEmail.Kind.PLEDGE,
            f"pledge:{pledge.pk}",
            checkout.user,
            pledge.language,
            pledge=pledge,
        )
    return pledge


def renewal_checkout(membership: Membership, method: str, language: str) -> Checkout:
    return Checkout(
        user=membership.user,
        amount=membership.amount,
        currency=membership.currency,
        interval=membership.interval,
        plan=membership.plan,
        language=language,
        success_url="",
        cancel_url="",
        method=method,
    )


def confirm_pledge(pledge: Pledge, editor: Any, *, now: datetime.datetime | None = None) -> bool:
    """The money arrived: record the payment, start or extend the membership, send the receipt.

    Returns False (and changes nothing) when the pledge was already confirmed or cancelled, so
    a double click or two editors at once record one payment.
    """
    now = now or timezone.now()
    with transaction.atomic():
        claimed = Pledge.objects.filter(pk=pledge.pk, status=Pledge.Status.WAITING).update(
            status=Pledge.Status.CONFIRMED, confirmed_at=now, confirmed_by=editor
        )
        if not claimed:
            return False
        pledge.refresh_from_db()
        membership = pledge.membership
        if pledge.plan is not None and membership is None:
            # Pledging again for a plan already held pays its next period.
            membership = Membership.objects.filter(
                user=pledge.user,
                plan=pledge.plan,
                provider=Provider.PLEDGE,
                status__in=Membership.CURRENT,
            ).first()
        if pledge.plan is not None and membership is None:
            membership = Membership.objects.create(
                user=pledge.user,
                plan=pledge.plan,
                amount=pledge.amount,
                currency=pledge.currency,
                interval=pledge.plan.interval,
                provider=Provider.PLEDGE,
                language=pledge.language,
            )
            Pledge.objects.filter(pk=pledge.pk).update(membership=membership)
        if membership is not None:
            start = max(now, membership.current_period_end or now)
            membership.current_period_end = add_period(start, membership.interval)
            membership.status = Membership.Status.ACTIVE
            membership.started_at = membership.started_at or now
            membership.ended_at = None
            membership.cancel_at_period_end = False
            membership.save()
        payment = Payment.objects.create(
            user=pledge.user,
            membership=membership,
            kind=Payment.Kind.MEMBERSHIP if membership else Payment.Kind.DONATION,
            provider=Provider.PLEDGE,
            amount=pledge.amount,
            currency=pledge.currency,
            reference=pledge.reference,
            paid_at=now,
        )
        queue_email(
            SentEmail.Kind.RECEIPT,
            f"receipt:{payment.reference}",
            pledge.user,
            pledge.language,
            payment=payment,
            membership=membership,
        )
    return True


def cancel_pledge(pledge: Pledge) -> bool:
    return bool(
        Pledge.objects.filter(pk=pledge.pk, status=Pledge.Status.WAITING).update(
            status=Pledge.Status.CANCELLED
        )
    )


def stop_pledge_renewal(membership: Membership) -> None:
    """A pledged membership is not renewed: no reminder, and it ends with its paid period."""
    Membership.objects.filter(pk=membership.pk).update(cancel_at_period_end=True)


# --- Stripe events ----------------------------------------------------------------------------

STRIPE_STATUS = {
    "active": Membership.Status.ACTIVE,
    "trialing": Membership.Status.ACTIVE,
    "past_due": Membership.Status.PAST_DUE,
    "unpaid": Membership.Status.PAST_DUE,
    "canceled": Membership.Status.CANCELLED,
    "incomplete_expired": Membership.Status.CANCELLED,
    "incomplete": Membership.Status.PENDING,
}


def _stamp(value: Any) -> datetime.datetime | None:
    if isinstance(value, int | float) and value > 0:
        return datetime.datetime.fromtimestamp(value, tz=datetime.UTC)
    return None


def _metadata(obj: dict[str, Any]) -> dict[str, Any]:
    """Our metadata on a session, subscription or invoice (wherever this API version puts it)."""
    parent = (obj.get("parent") or {}).get("subscription_details") or {}
    for candidate in (
        obj.get("metadata"),
        parent.get("metadata"),
        (obj.get("subscription_details") or {}).get("metadata"),
    ):
        if candidate and candidate.get("masthead_user"):
            return dict(candidate)
    return {}


def _subscription_id(obj: dict[str, Any]) -> str:
    parent = (obj.get("parent") or {}).get("subscription_details") or {}
    value = obj.get("subscription") or parent.get("subscription") or ""
    return value if isinstance(value, str) else str(value.get("id", ""))


def _membership_for(obj: dict[str, Any], subscription_id: str = "") -> Membership | None:
    rows = Membership.objects.select_for_update()
    if subscription_id:
        found = rows.filter(stripe_subscription_id=subscription_id).first()
        if found:
            return found
    meta = _metadata(obj)
    if str(meta.get("masthead_membership", "")).isdigit():
        return rows.filter(pk=int(meta["masthead_membership"])).first()
    return None


def _user_for(meta: dict[str, Any], fallback: str = "") -> Any:
    key = str(meta.get("masthead_user") or fallback)
    if not key.isdigit():
        return None
    return get_user_model().objects.filter(pk=int(key)).first()


def _period_end(subscription: dict[str, Any]) -> datetime.datetime | None:
    items = (subscription.get("items") or {}).get("data") or []
    if items and items[0].get("current_period_end"):
        return _stamp(items[0]["current_period_end"])
    return _stamp(subscription.get("current_period_end"))


def apply_stripe_event(event: dict[str, Any]) -> str:
    """Apply one verified event once; a replayed event id changes nothing.

    The event id is recorded in the same transaction as its effects: if applying fails, the
    id is not kept and Stripe's retry applies it.
    """
    handlers = {
        "checkout.session.completed": _checkout_completed,
        "invoice.paid": _invoice_paid,
        "invoice.payment_failed": _invoice_failed,
        "customer.subscription.updated": _subscription_updated,
        "customer.subscription.deleted": _subscription_deleted,
    }
    handler = handlers.get(str(event["type"]))
    try:
        with transaction.atomic():
            ProcessedEvent.objects.create(event_id=str(event["id"]), type=str(event["type"]))
            if handler is None:
                return "ignored"
            return handler(event["data"]["object"])
    except IntegrityError:
        return "duplicate"


def _checkout_completed(session: dict[str, Any]) -> str:
    meta = _metadata(session)
    if session.get("mode") == "payment":
        user = _user_for(meta, str(session.get("client_reference_id") or ""))
        if user is None or session.get("payment_status") != "paid":
            return "skipped"
        currency = str(session.get("currency") or "eur").upper()
        from masthead.membership.providers.stripe import major_units

        payment, created = Payment.objects.get_or_create(
            reference=str(session["id"]),
            defaults={
                "user": user,
                "kind": Payment.Kind.DONATION,
                "provider": Provider.STRIPE,
                "amount": major_units(int(session.get("amount_total") or 0), currency),
                "currency": currency,
            },
        )
        if created:
            language = str(meta.get("masthead_language") or "")
            queue_email(
                SentEmail.Kind.RECEIPT,
                f"receipt:{payment.reference}",
                user,
                language,
                payment=payment,
            )
        return "donation recorded"
    membership = _membership_for(session, _subscription_id(session))
    if membership is None:
        return "unknown membership"
    membership.stripe_customer_id = str(session.get("customer") or membership.stripe_customer_id)
    membership.stripe_subscription_id = _subscription_id(session) or (
        membership.stripe_subscription_id
    )
    if session.get("payment_status") in ("paid", "no_payment_required"):
        now = timezone.now()
        membership.status = Membership.Status.ACTIVE
        membership.started_at = membership.started_at or now
        membership.current_period_end = membership.current_period_end or add_period(
            now, membership.interval
        )
    membership.save()
    return "membership started"


def _invoice_paid(invoice: dict[str, Any]) -> str:
    membership = _membership_for(invoice, _subscription_id(invoice))
    if membership is None:
        return "unknown membership"
    from masthead.membership.providers.stripe import major_units

    currency = str(invoice.get("currency") or membership.currency).upper()
    lines = (invoice.get("lines") or {}).get("data") or []
    period_end = _stamp(((lines[0] if lines else {}).get("period") or {}).get("end"))
    now = timezone.now()
    membership.status = Membership.Status.ACTIVE
    membership.started_at = membership.started_at or now
    membership.stripe_subscription_id = membership.stripe_subscription_id or _subscription_id(
        invoice
    )
    membership.stripe_customer_id = membership.stripe_customer_id or str(
        invoice.get("customer") or ""
    )
    membership.current_period_end = period_end or add_period(now, membership.interval)
    membership.save()
    payment, created = Payment.objects.get_or_create(
        reference=str(invoice["id"]),
        defaults={
            "user": membership.user,
            "membership": membership,
            "kind": Payment.Kind.MEMBERSHIP if membership.plan else Payment.Kind.DONATION,
            "provider": Provider.STRIPE,
            "amount": major_units(int(invoice.get("amount_paid") or 0), currency),
            "currency": currency,
        },
    )
    if created:
        queue_email(
            SentEmail.Kind.RECEIPT,
            f"receipt:{payment.reference}",
            membership.user,
            membership.language,
            payment=payment,
            membership=membership,
        )
    return "payment recorded"


def _invoice_failed(invoice: dict[str, Any]) -> str:
    membership = _membership_for(invoice, _subscription_id(invoice))
    if membership is None:
        return "unknown membership"
    if membership.status == Membership.Status.ACTIVE:
        membership.status = Membership.Status.PAST_DUE
        membership.save(update_fields=["status"])
    queue_email(
        SentEmail.Kind.FAILED,
        f"failed:{invoice['id']}",
        membership.user,
        membership.language,
        membership=membership,
    )
    return "payment failed"


def _subscription_updated(subscription: dict[str, Any]) -> str:
    membership = _membership_for(subscription, str(subscription.get("id", "")))
    if membership is None:
        return "unknown membership"
    status = STRIPE_STATUS.get(str(subscription.get("status")))
    if status is not None:
        membership.status = status
    membership.cancel_at_period_end = bool(subscription.get("cancel_at_period_end"))
    membership.current_period_end = _period_end(subscription) or membership.current_period_end
    membership.stripe_subscription_id = str(subscription.get("id") or "")
    membership.save()
    return "subscription updated"


def _subscription_deleted(subscription: dict[str, Any]) -> str:
    membership = _membership_for(subscription, str(subscription.get("id", "")))
    if membership is None:
        return "unknown membership"
    chosen = membership.cancel_at_period_end
    end_membership(membership, lapsed=not chosen)
    return "subscription ended"


def end_membership(membership: Membership, *, lapsed: bool) -> None:
    """Ended by the member's choice (cancelled) or because payment stopped (lapsed, emailed)."""
    membership.status = Membership.Status.LAPSED if lapsed else Membership.Status.CANCELLED
    membership.ended_at = timezone.now()
    membership.save(update_fields=["status", "ended_at"])
    if lapsed:
        period = (
            f"{membership.current_period_end:%Y-%m-%d}" if membership.current_period_end else ""
        )
        queue_email(
            SentEmail.Kind.LAPSED,
            f"lapsed:{membership.pk}:{period}",
            membership.user,
            membership.language,
            membership=membership,
        )


# --- the periodic sweep -----------------------------------------------------------------------


def sweep(now: datetime.datetime | None = None) -> dict[str, int]:
    """Renewal reminders N days ahead, and pledged memberships past their period and grace.

    Stripe memberships are reminded but never ended here: Stripe's own event ends them.
    """
    now = now or timezone.now()
    rules = site_settings()
    reminded = 0
    soon = Membership.objects.filter(
        status=Membership.Status.ACTIVE,
        cancel_at_period_end=False,
        current_period_end__gt=now,
        current_period_end__lte=now + datetime.timedelta(days=rules.renewal_notice_days),
    ).select_related("user")
    for membership in soon:
        key = f"renewal:{membership.pk}:{membership.current_period_end:%Y-%m-%d}"
        reminded += queue_email(
            SentEmail.Kind.RENEWAL,
            key,
            membership.user,
            membership.language,
            membership=membership,
        )
    ended = 0
    overdue = Membership.objects.filter(
        provider=Provider.PLEDGE,
        status__in=Membership.CURRENT,
        current_period_end__lt=now - datetime.timedelta(days=rules.grace_days),
    ).select_related("user")
    for membership in overdue:
        with transaction.atomic():
            end_membership(membership, lapsed=not membership.cancel_at_period_end)
        ended += 1
    return {"reminded": reminded, "ended": ended}


# --- emails -----------------------------------------------------------------------------------


def queue_email(
    kind: str,
    key: str,
    user: Any,
    language: str,
    *,
    payment: Payment | None = None,
    membership: Membership | None = None,
    pledge: Pledge | None = None,
) -> int:
    """Record an email by the key of its cause and send it after the commit; 0 if it existed."""
    if not user.email:
        return 0
    try:
        with transaction.atomic():
            row = SentEmail.objects.create(
                key=key[:200],
                kind=kind,
                address=user.email,
                language=language,
                payment=payment,
                membership=membership,
                pledge=pledge,
            )
    except IntegrityError:
        return 0
    from masthead.membership.tasks import send_membership_email

    transaction.on_commit(lambda: send_membership_email.enqueue(row.pk))
    return 1


# --- the admin's numbers ----------------------------------------------------------------------


def income_by_month(months: int = 24) -> list[dict[str, Any]]:
    """Paid income per month and currency, newest first: month, currency, total, count."""
    rows = (
        Payment.objects.filter(status=Payment.Status.PAID)
        .annotate(month=TruncMonth("paid_at"))
        .values("month", "currency")
        .annotate(total=Sum("amount"), count=Count("pk"))
        .order_by("-month", "currency")
    )
    return [{**row, "total": row["total"] or Decimal("0")} for row in list(rows)[: months * 4]]
