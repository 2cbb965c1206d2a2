"""Newsletter subscribers, the consent they gave, and the issues (digests) they receive.

A subscriber is one email address with its choices: how often (daily or weekly), what (all
articles, or chosen Regions, Themes and In-depth Reports) and in which language. Every change of
consent is a ``ConsentRecord`` row with the exact words the reader was shown, and no IP address.

An ``Issue`` holds the articles of one digest as their original pages; each reader's copy is
narrowed to their topics and language when it is composed (``masthead/newsletters/render.py``).
"""

from __future__ import annotations

import datetime
import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from masthead.taxonomy.models import InDepthReport, Region, Theme


class Frequency(models.TextChoices):
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")


class SubscriberQuerySet(models.QuerySet["Subscriber"]):
    def confirmed(self) -> SubscriberQuerySet:
        return self.filter(status=Subscriber.Status.CONFIRMED)


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(unique=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    frequency = models.CharField(max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY)
    everything = models.BooleanField(
        default=True, help_text="Every article; otherwise only the chosen topics."
    )
    regions = models.ManyToManyField(Region, blank=True, related_name="+")
    themes = models.ManyToManyField(Theme, blank=True, related_name="+")
    reports = models.ManyToManyField(InDepthReport, blank=True, related_name="+")
    language = models.CharField(max_length=12, default=settings.LANGUAGE_CODE)
    # Names the reader's preferences and unsubscribe links (signed); a new key revokes them.
    manage_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.email

    @property
    def list_id(self) -> str:
        """The mailing list this reader is on: one per frequency (suppressions are per list)."""
        return list_id_for(self.frequency)

    def topic_keys(self) -> set[tuple[str, str]]:
        """("region", translation_key) pairs: a topic matches its article in any language."""
        keys = {("region", str(term.translation_key)) for term in self.regions.all()}
        keys |= {("theme", str(term.translation_key)) for term in self.themes.all()}
        keys |= {("report", str(term.translation_key)) for term in self.reports.all()}
        return keys


def list_id_for(frequency: str) -> str:
    return f"newsletter-{frequency}"


class ConsentRecord(models.Model):
    """What a reader agreed to (or withdrew), when, on which form and in which words."""

    class Action(models.TextChoices):
        SUBSCRIBE = "subscribe", _("Asked to subscribe")
        CONFIRM = "confirm", _("Confirmed the address")
        CHANGE = "change", _("Changed preferences")
        UNSUBSCRIBE = "unsubscribe", _("Unsubscribed")

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="consents")
    action = models.CharField(max_length=20, choices=Action.choices)
    form = models.CharField(max_length=40, help_text="Which form or link it came from.")
    wording = models.TextField(blank=True, help_text="The exact words the reader was shown.")
    choices = models.TextField(blank=True, help_text="What was chosen: frequency, topics.")
    language = models.CharField(max_length=12, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.subscriber} {self.action} {self.created_at:%Y-%m-%d %H:%M}"


class IssueForm(WagtailAdminModelForm):
    """Editors hold (draft) or schedule an issue; "sent" is set only by sending it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "status" in self.fields and self.instance.status != Issue.Status.SENT:
            self.fields["status"].choices = [
                (Issue.Status.DRAFT, Issue.Status.DRAFT.label),
                (Issue.Status.SCHEDULED, Issue.Status.SCHEDULED.label),
            ]


class Issue(ClusterableModel):
    """One digest (or special issue): built automatically, edited by editors, then sent."""

    class Kind(models.TextChoices):
        DAILY = "daily", _("Daily digest")
        WEEKLY = "weekly", _("Weekly digest")
        SPECIAL = "special", _("Special issue")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft: not sent until an editor schedules it")
        SCHEDULED = "scheduled", _("Scheduled")
        SENT = "sent", _("Sent: handed to the mailing engine")

    # Field types spelled out: django-stubs cannot infer them on a model with an untyped base.
    kind: models.CharField[str, str] = models.CharField(max_length=10, choices=Kind.choices)
    subject: models.CharField[str, str] = models.CharField(max_length=200)
    intro: models.TextField[str, str] = models.TextField(
        blank=True, help_text="A few words from the editors, above the list."
    )
    status: models.CharField[str, str] = models.CharField(
        max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    send_at: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(
            null=True, blank=True, help_text="When a scheduled issue goes out. Empty: at once."
        )
    )
    covers_from: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True, editable=False)
    )
    covers_until: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True, editable=False)
    )
    created_at: models.DateTimeField[datetime.datetime, datetime.datetime] = models.DateTimeField(
        default=timezone.now, editable=False
    )
    sent_at: models.DateTimeField[datetime.datetime | None, datetime.datetime | None] = (
        models.DateTimeField(null=True, blank=True, editable=False)
    )
    recipients: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(
        default=0, editable=False
    )

    base_form_class = IssueForm
    panels = [
        FieldPanel("subject"),
        FieldPanel("intro"),
        InlinePanel("items", label="Articles"),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("send_at")], "Sending"),
    ]

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.subject

    @property
    def campaign_key(self) -> str:
        return f"newsletters-issue-{self.pk}"

    def articles(self) -> list[models.Model]:
        return [item.page for item in self.items.all() if item.page is not None]


class IssueItem(Orderable):
    issue = ParentalKey(Issue, on_delete=models.CASCADE, related_name="items")
    page: models.ForeignKey[Any, Any] = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="+", verbose_name="article"
    )

    panels = [FieldPanel("page")]

    def __str__(self) -> str:
        return str(self.page)
