"""Subscribing, confirming, changing preferences and unsubscribing: one function each.

Views and tests call these; every change of consent writes a ``ConsentRecord`` in the same
transaction as the change, and emails go out from the task worker after the commit.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from masthead.newsletters.models import ConsentRecord, Frequency, Subscriber
from masthead.taxonomy.models import InDepthReport, Region, Theme

logger = logging.getLogger(__name__)


@dataclass
class Choices:
    """What a reader asks for."""

    frequency: str = Frequency.WEEKLY
    everything: bool = True
    language: str = "en"
    regions: Iterable[Region] = field(default_factory=list)
    themes: Iterable[Theme] = field(default_factory=list)
    reports: Iterable[InDepthReport] = field(default_factory=list)

    def summary(self) -> str:
        """The choices in words for the consent record (kept in English for the record)."""
        topics = "everything"
        if not self.everything:
            names = [f"region:{t.slug}" for t in self.regions]
            names += [f"theme:{t.slug}" for t in self.themes]
            names += [f"report:{t.slug}" for t in self.reports]
            topics = ", ".join(names) or "nothing chosen"
        return f"{self.frequency}; {topics}; language {self.language}"


def _apply(subscriber: Subscriber, choices: Choices) -> None:
    subscriber.frequency = choices.frequency
    subscriber.everything = choices.everything
    subscriber.language = choices.language
    subscriber.save()
    subscriber.regions.set([] if choices.everything else list(choices.regions))
    subscriber.themes.set([] if choices.everything else list(choices.themes))
    subscriber.reports.set([] if choices.everything else list(choices.reports))


def _record(
    subscriber: Subscriber, action: str, form: str, wording: str, choices: str = ""
) -> ConsentRecord:
    return ConsentRecord.objects.create(
        subscriber=subscriber,
        action=action,
        form=form,
        wording=wording,
        choices=choices,
        language=subscriber.language,
    )


def _queue_email(subscriber: Subscriber, kind: str) -> None:
    from masthead.newsletters.tasks import send_subscriber_email

    pk = subscriber.pk
    transaction.on_commit(lambda: send_subscriber_email.enqueue(pk, kind))


@transaction.atomic
def subscribe(email: str, choices: Choices, *, form: str, wording: str) -> Subscriber:
    """Record the request and email a confirmation link; nothing is sent before it is used.

    An address that is already subscribed keeps its choices and is emailed its preferences
    link instead, so a stranger typing someone's address cannot change what they receive.
    """
    email = email.strip()
    subscriber = Subscriber.objects.filter(email__iexact=email).first()
    if subscriber is not None and subscriber.status == Subscriber.Status.CONFIRMED:
        _queue_email(subscriber, "already")
        return subscriber
    if subscriber is None:
        subscriber = Subscriber(email=email)
    subscriber.status = Subscriber.Status.PENDING
    _apply(subscriber, choices)
    _record(subscriber, ConsentRecord.Action.SUBSCRIBE, form, wording, choices.summary())
    _queue_email(subscriber, "confirm")
    return subscriber


def _lift_suppression(subscriber: Subscriber) -> None:
    """A reader who unsubscribed and now confirms again is taken off the list's suppressions."""
    from masthead.mailing import services as mailing

    mailing.unsuppress(subscriber.email, list_id=subscriber.list_id)


@transaction.atomic
def confirm(subscriber: Subscriber, *, wording: str) -> Subscriber:
    """The reader pressed the button in the confirmation email. Idempotent."""
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return subscriber
    subscriber.status = Subscriber.Status.CONFIRMED
    subscriber.confirmed_at = timezone.now()
    subscriber.unsubscribed_at = None
    subscriber.save(update_fields=["status", "confirmed_at", "unsubscribed_at"])
    _record(subscriber, ConsentRecord.Action.CONFIRM, "confirmation-email", wording)
    _lift_suppression(subscriber)
    return subscriber


@transaction.atomic
def change_preferences(subscriber: Subscriber, choices: Choices, *, wording: str) -> Subscriber:
    old_list = subscriber.list_id
    _apply(subscriber, choices)
    _record(subscriber, ConsentRecord.Action.CHANGE, "preferences", wording, choices.summary())
    if subscriber.status == Subscriber.Status.CONFIRMED and subscriber.list_id != old_list:
        _lift_suppression(subscriber)
    return subscriber


@transaction.atomic
def unsubscribe(subscriber: Subscriber, *, form: str, wording: str = "") -> bool:
    """Take the reader off at once. Returns False when they already were (idempotent).

    The mailing engine's suppression list is told too, so a send already under way skips them.
    """
    from masthead.mailing import services as mailing

    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    # Suppressed whatever the row says: a repeated click must still hold at send time.
    mailing.suppress(
        subscriber.email, reason="unsubscribe", list_id=subscriber.list_id, source="newsletters"
    )
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return False
    subscriber.status = Subscriber.Status.UNSUBSCRIBED
    subscriber.unsubscribed_at = timezone.now()
    subscriber.save(update_fields=["status", "unsubscribed_at"])
    _record(subscriber, ConsentRecord.Action.UNSUBSCRIBE, form, wording)
    return True
