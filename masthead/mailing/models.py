"""The bulk-mail ledger: a campaign, one delivery row per recipient, and the suppression list.

A ``Delivery`` row is the single record of what happened to one recipient of one campaign; the
sender claims rows, marks each one ``sending`` just before it hands the message to the mail
server and ``sent`` as soon as the server accepts it (docs/how-to/email-deliverability.md).
Addresses are stored lower-cased, so a suppression matches however a reader typed the address.
"""

from __future__ import annotations

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def normalise_address(address: str) -> str:
    """One spelling per mailbox: no surrounding space, lower-cased (as mail providers match)."""
    return address.strip().lower()


class Campaign(models.Model):
    """One bulk send (a digest issue, a special issue) to a list of recipients."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        FINISHED = "finished", _("Finished")
        CANCELLED = "cancelled", _("Cancelled")

    key: models.CharField[str, str] = models.CharField(max_length=200, unique=True)
    kind: models.CharField[str, str] = models.CharField(max_length=60)
    list_id: models.CharField[str, str] = models.CharField(max_length=200, blank=True)
    subject: models.CharField[str, str] = models.CharField(max_length=300)
    from_email: models.CharField[str, str] = models.CharField(max_length=254, blank=True)
    status: models.CharField[str, str] = models.CharField(
        max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    recipient_count: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(default=0)
    sent_count: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(default=0)
    failed_count: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(default=0)
    suppressed_count: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(default=0)
    unknown_count: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(default=0)
    last_error: models.TextField[str, str] = models.TextField(blank=True)
    created_at: models.DateTimeField[datetime.datetime, datetime.datetime] = models.DateTimeField(
        default=timezone.now
    )
    started_at: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True)
    )
    finished_at: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True)
    )
    # Last sign of life of a worker sending it: the resume job leaves a live send alone.
    heartbeat_at: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True)
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.subject} ({self.key})"


class Delivery(models.Model):
    """What happened to one recipient of one campaign."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        DEFERRED = "deferred", _("Deferred")
        FAILED = "failed", _("Failed")
        SUPPRESSED = "suppressed", _("Suppressed")
        SKIPPED = "skipped", _("Skipped")
        # A worker died after handing the message over and before it recorded the answer: it may
        # have arrived, so it is never sent again (no one twice) and is reported instead.
        UNKNOWN = "unknown", _("Sent, not confirmed")

    campaign: models.ForeignKey[Campaign, Campaign] = models.ForeignKey(
        Campaign, on_delete=models.CASCADE, related_name="deliveries"
    )
    address: models.CharField[str, str] = models.CharField(max_length=254)
    recipient_ref: models.CharField[str, str] = models.CharField(max_length=100, blank=True)
    status: models.CharField[str, str] = models.CharField(
        max_length=20, choices=Status.choices, default=Status.PENDING
    )
    attempts: models.PositiveSmallIntegerField[int, int] = models.PositiveSmallIntegerField(
        default=0
    )
    next_attempt_at: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True)
    )
    claimed_by: models.CharField[str, str] = models.CharField(max_length=100, blank=True)
    claimed_at: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True)
    )
    message_id: models.CharField[str, str] = models.CharField(max_length=300, blank=True)
    sent_at: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True)
    )
    last_error: models.CharField[str, str] = models.CharField(max_length=500, blank=True)

    class Meta:
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "address"], name="mailing_delivery_once_per_address"
            )
        ]
        indexes = [
            models.Index(fields=["campaign", "status", "id"], name="mailing_delivery_due"),
            models.Index(fields=["claimed_by", "claimed_at"], name="mailing_delivery_lease"),
        ]

    def __str__(self) -> str:
        return f"{self.address} ({self.status})"


class Suppression(models.Model):
    """An address that must not be mailed: on one list, or on every list when ``list_id`` is ""."""

    class Reason(models.TextChoices):
        UNSUBSCRIBE = "unsubscribe", _("Unsubscribed")
        BOUNCE = "bounce", _("Hard bounce")
        COMPLAINT = "complaint", _("Spam complaint")
        MANUAL = "manual", _("Added by an editor")

    address: models.CharField[str, str] = models.CharField(max_length=254)
    list_id: models.CharField[str, str] = models.CharField(max_length=200, blank=True)
    reason: models.CharField[str, str] = models.CharField(max_length=20, choices=Reason.choices)
    source: models.CharField[str, str] = models.CharField(max_length=300, blank=True)
    created_at: models.DateTimeField[datetime.datetime, datetime.datetime] = models.DateTimeField(
        default=timezone.now
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["address", "list_id"], name="mailing_suppression_once_per_list"
            )
        ]

    def __str__(self) -> str:
        return f"{self.address} ({self.reason}, {self.list_id or 'all lists'})"
