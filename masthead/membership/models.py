"""Plans, members, payments, offline pledges and the rows that make webhooks and emails once-only.

A reader's status changes in ``services`` only: on a verified Stripe event or an editor's
confirmation of a pledge, never on a page a browser returns to.
"""

from __future__ import annotations

import datetime
import secrets
from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

CURRENCIES = [("EUR", "EUR"), ("USD", "USD"), ("GBP", "GBP"), ("CHF", "CHF")]


class Interval(models.TextChoices):
    MONTH = "month", _("month")
    YEAR = "year", _("year")


class Plan(models.Model):
    """A membership plan editors offer on the "Become a member" page (Snippets → Plans)."""

    name: models.CharField[str, str] = models.CharField(max_length=120)
    amount: models.DecimalField[Decimal, Decimal] = models.DecimalField(
        max_digits=9, decimal_places=2, validators=[MinValueValidator(Decimal("1.00"))]
    )
    currency: models.CharField[str, str] = models.CharField(
        max_length=3, choices=CURRENCIES, default="EUR"
    )
    interval: models.CharField[str, str] = models.CharField(
        "billed every", max_length=5, choices=Interval.choices, default=Interval.MONTH
    )
    benefits: models.TextField[str, str] = models.TextField(
        blank=True, help_text="One benefit a line; shown as a list on the plans page."
    )
    active: models.BooleanField[bool, bool] = models.BooleanField(
        default=True, help_text="Only active plans are offered. Members keep an inactive plan."
    )
    sort_order: models.PositiveSmallIntegerField[int, int] = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers come first."
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("amount"), FieldPanel("currency"), FieldPanel("interval")], "Price"
        ),
        FieldPanel("benefits"),
        FieldPanel("active"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "amount", "pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.amount} {self.currency}/{self.interval})"

    @property
    def benefit_lines(self) -> list[str]:
        return [line.strip() for line in self.benefits.splitlines() if line.strip()]


class Provider(models.TextChoices):
    STRIPE = "stripe", _("card (Stripe)")
    PLEDGE = "pledge", _("bank transfer or cheque")


class Membership(models.Model):
    """One reader's recurring support: a plan, or a monthly donation (``plan`` empty).

    A reader may hold several (a plan and a recurring gift); a reader is a member while one is
    active or past due (a failed card gets Stripe's retries before it ends).
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for payment")
        ACTIVE = "active", _("active")
        PAST_DUE = "past_due", _("payment failed, retrying")
        CANCELLED = "cancelled", _("cancelled")
        LAPSED = "lapsed", _("lapsed")

    CURRENT = (Status.ACTIVE, Status.PAST_DUE)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    plan = models.ForeignKey(
        Plan, null=True, blank=True, on_delete=models.PROTECT, related_name="memberships"
    )
    amount: models.DecimalField[Decimal, Decimal] = models.DecimalField(
        max_digits=9, decimal_places=2
    )
    currency: models.CharField[str, str] = models.CharField(max_length=3, default="EUR")
    interval: models.CharField[str, str] = models.CharField(
        max_length=5, choices=Interval.choices, default=Interval.MONTH
    )
    provider: models.CharField[str, str] = models.CharField(max_length=10, choices=Provider.choices)
    status: models.CharField[str, str] = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    current_period_end: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True)
    )
    cancel_at_period_end: models.BooleanField[bool, bool] = models.BooleanField(default=False)
    stripe_customer_id: models.CharField[str, str] = models.CharField(max_length=80, blank=True)
    stripe_subscription_id: models.CharField[str, str] = models.CharField(
        max_length=80, blank=True, db_index=True
    )
    checkout_session_id: models.CharField[str, str] = models.CharField(
        max_length=120, blank=True, db_index=True
    )
    language: models.CharField[str, str] = models.CharField(max_length=12, blank=True)
    created_at: models.DateTimeField[datetime.datetime, datetime.datetime] = models.DateTimeField(
        default=timezone.now
    )
    started_at: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True)
    )
    ended_at: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True)
    )

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.user} · {self.label} · {self.status}"

    @property
    def label(self) -> str:
        return self.plan.name if self.plan else str(_("Monthly donation"))

    @property
    def is_current(self) -> bool:
        return self.status in self.CURRENT


class Payment(models.Model):
    """Money received (or a payment that failed): a plan's period, or a donation."""

    class Kind(models.TextChoices):
        MEMBERSHIP = "membership", _("membership")
        DONATION = "donation", _("donation")

    class Status(models.TextChoices):
        PAID = "paid", _("paid")
        FAILED = "failed", _("failed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership_payments"
    )
    membership = models.ForeignKey(
        Membership, null=True, blank=True, on_delete=models.CASCADE, related_name="payments"
    )
    kind: models.CharField[str, str] = models.CharField(max_length=12, choices=Kind.choices)
    provider: models.CharField[str, str] = models.CharField(max_length=10, choices=Provider.choices)
    status: models.CharField[str, str] = models.CharField(
        max_length=8, choices=Status.choices, default=Status.PAID
    )
    amount: models.DecimalField[Decimal, Decimal] = models.DecimalField(
        max_digits=9, decimal_places=2
    )
    currency: models.CharField[str, str] = models.CharField(max_length=3, default="EUR")
    # The provider's id (a Stripe invoice or checkout session, a pledge's reference): unique,
    # so a payment is never recorded twice whatever repeats.
    reference: models.CharField[str, str] = models.CharField(max_length=120, unique=True)
    paid_at: models.DateTimeField[datetime.datetime, datetime.datetime] = models.DateTimeField(
        default=timezone.now, db_index=True
    )

    class Meta:
        ordering = ["-paid_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.receipt_number} · {self.amount} {self.currency}"

    @property
    def receipt_number(self) -> str:
        return f"R-{self.paid_at:%Y}-{self.pk:06d}"


def _pledge_reference() -> str:
    # Short enough to type into a bank transfer's reference field; no 0/O or 1/I mix-ups.
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "M-" + "".join(secrets.choice(alphabet) for _ in range(8))


class Pledge(models.Model):
    """A promise to pay by bank transfer or cheque; an editor confirms the money arrived."""

    class Method(models.TextChoices):
        BANK = "bank", _("bank transfer")
        CHEQUE = "cheque", _("cheque")

    class Status(models.TextChoices):
        WAITING = "waiting", _("waiting for payment")
        CONFIRMED = "confirmed", _("confirmed")
        CANCELLED = "cancelled", _("cancelled")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pledges"
    )
    plan = models.ForeignKey(
        Plan, null=True, blank=True, on_delete=models.PROTECT, related_name="pledges"
    )
    # A renewal pledge continues this membership instead of starting another.
    membership = models.ForeignKey(
        Membership, null=True, blank=True, on_delete=models.SET_NULL, related_name="pledges"
    )
    amount: models.DecimalField[Decimal, Decimal] = models.DecimalField(
        max_digits=9, decimal_places=2
    )
    currency: models.CharField[str, str] = models.CharField(max_length=3, default="EUR")
    method: models.CharField[str, str] = models.CharField(
        max_length=8, choices=Method.choices, default=Method.BANK
    )
    reference: models.CharField[str, str] = models.CharField(
        max_length=16, unique=True, default=_pledge_reference
    )
    status: models.CharField[str, str] = models.CharField(
        max_length=10, choices=Status.choices, default=Status.WAITING, db_index=True
    )
    language: models.CharField[str, str] = models.CharField(max_length=12, blank=True)
    created_at: models.DateTimeField[datetime.datetime, datetime.datetime] = models.DateTimeField(
        default=timezone.now
    )
    confirmed_at: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True)
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.reference} · {self.amount} {self.currency} · {self.status}"

    @property
    def label(self) -> str:
        return self.plan.name if self.plan else str(_("One-time donation"))


class ProcessedEvent(models.Model):
    """A Stripe event already handled: Stripe retries and replays are ignored by its id."""

    event_id: models.CharField[str, str] = models.CharField(max_length=120, unique=True)
    type: models.CharField[str, str] = models.CharField(max_length=80)
    received_at: models.DateTimeField[datetime.datetime, datetime.datetime] = models.DateTimeField(
        default=timezone.now
    )

    def __str__(self) -> str:
        return f"{self.event_id} ({self.type})"


class SentEmail(models.Model):
    """One transactional email, by what caused it: a second cause of the same kind sends nothing."""

    class Kind(models.TextChoices):
        RECEIPT = "receipt", _("receipt")
        PLEDGE = "pledge", _("pledge instructions")
        RENEWAL = "renewal", _("renewal coming up")
        FAILED = "failed", _("payment failed")
        LAPSED = "lapsed", _("membership lapsed")

    key: models.CharField[str, str] = models.CharField(max_length=200, unique=True)
    kind: models.CharField[str, str] = models.CharField(max_length=10, choices=Kind.choices)
    address: models.EmailField[str, str] = models.EmailField()
    language: models.CharField[str, str] = models.CharField(max_length=12, blank=True)
    payment = models.ForeignKey(Payment, null=True, on_delete=models.CASCADE, related_name="+")
    membership = models.ForeignKey(
        Membership, null=True, on_delete=models.CASCADE, related_name="+"
    )
    pledge = models.ForeignKey(Pledge, null=True, on_delete=models.CASCADE, related_name="+")
    created_at: models.DateTimeField[datetime.datetime, datetime.datetime] = models.DateTimeField(
        default=timezone.now
    )
    claimed_at: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True)
    )
    error: models.CharField[str, str] = models.CharField(max_length=300, blank=True)
    sent_at: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True)
    )

    def __str__(self) -> str:
        return self.key


@register_setting(icon="pick")
class MembershipSettings(BaseSiteSetting):
    """What the membership prompt says and how offline pledges are paid (Settings → Membership)."""

    prompt_text: models.CharField[str, str] = models.CharField(
        "membership prompt",
        max_length=300,
        default="Our reporting is paid for by readers like you.",
        blank=True,
        help_text="Shown in the site footer and under every article, above the button that "
        "leads to the membership link set under Settings → Outlet settings.",
    )
    thanks_text: models.CharField[str, str] = models.CharField(
        "thanks to members",
        max_length=300,
        default="Thank you for being a member. You make this reporting possible.",
        help_text="Shown to signed-in members instead of the prompt.",
    )
    donation_amounts: models.CharField[str, str] = models.CharField(
        "preset donation amounts",
        max_length=100,
        default="5, 10, 25, 50",
        help_text="Whole amounts separated by commas.",
    )
    donation_currency: models.CharField[str, str] = models.CharField(
        max_length=3, choices=CURRENCIES, default="EUR"
    )
    bank_details: models.TextField[str, str] = models.TextField(
        "bank details for transfers",
        blank=True,
        help_text="Account holder, IBAN and BIC as readers should copy them. Without them "
        "bank transfer is not offered.",
    )
    cheque_address: models.TextField[str, str] = models.TextField(
        "address for cheques", blank=True, help_text="Without it cheques are not offered."
    )
    receipt_footer: models.TextField[str, str] = models.TextField(
        blank=True, help_text="The publisher's legal name and address, printed on receipts."
    )
    renewal_notice_days: models.PositiveSmallIntegerField[int, int] = (
        models.PositiveSmallIntegerField("days before renewal to remind", default=7)
    )
    grace_days: models.PositiveSmallIntegerField[int, int] = models.PositiveSmallIntegerField(
        "days after the period before a membership lapses",
        default=14,
        help_text="Time for a transfer to arrive before a pledged membership lapses.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("prompt_text"), FieldPanel("thanks_text")],
            "Prompt",
        ),
        MultiFieldPanel(
            [FieldPanel("donation_amounts"), FieldPanel("donation_currency")], "Donations"
        ),
        MultiFieldPanel(
            [
                FieldPanel("bank_details"),
                FieldPanel("cheque_address"),
                FieldPanel("receipt_footer"),
            ],
            "Offline payments and receipts",
        ),
        MultiFieldPanel([FieldPanel("renewal_notice_days"), FieldPanel("grace_days")], "Renewals"),
    ]

    class Meta:
        verbose_name = "membership"

    def preset_amounts(self) -> list[int]:
        found = []
        for part in self.donation_amounts.split(","):
            part = part.strip()
            if part.isdigit() and int(part) > 0:
                found.append(int(part))
        return found or [5, 10, 25]
