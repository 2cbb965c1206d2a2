"""Sending an issue through the mailing engine (``masthead/mailing``), and its composer.

The engine owns the ledger, suppressions, retries and the list headers; this module only says
who gets an issue (``send_issue``) and what each of them receives (``compose``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from masthead.newsletters import links
from masthead.newsletters.models import Frequency, Issue, Subscriber, list_id_for
from masthead.newsletters.render import IssueContent
from masthead.newsletters.tokens import manage_token, subscriber_from_manage_token

if TYPE_CHECKING:
    from masthead.mailing.models import Campaign, Delivery
    from masthead.mailing.registry import ComposedMessage

KIND = "newsletter-issue"


def register() -> None:
    from masthead.mailing.registry import register_composer, register_reply_handler

    register_composer(KIND, compose)
    register_reply_handler(unsubscribe_by_mail)


MAILTO_SUBJECT = re.compile(r"\bunsubscribe\s+(\S+)", re.IGNORECASE)


def unsubscribe_by_mail(subject: str) -> bool:
    """A reader's mail to the List-Unsubscribe mailto, read from the bounce mailbox: its
    subject, "unsubscribe TOKEN", is their one-click link's token, and works as the link does."""
    from masthead.newsletters.services import unsubscribe  # services imports this module

    found = MAILTO_SUBJECT.search(subject)
    subscriber = subscriber_from_manage_token(found.group(1)) if found else None
    if subscriber is None:
        return False
    with transaction.atomic():
        unsubscribe(subscriber, form="mailto", wording=subject[:200])
    return True


def unsubscribe_mailto(token: str) -> str:
    """The List-Unsubscribe mailto: an address the operator's bounce mailbox reads."""
    address = getattr(settings, "MASTHEAD_NEWSLETTER_UNSUBSCRIBE_EMAIL", "") or (
        "unsubscribe@" + str(settings.DEFAULT_FROM_EMAIL).rpartition("@")[2]
    )
    return f"mailto:{address}?subject=unsubscribe%20{token}"


def _issue_for(campaign: Campaign) -> Issue:
    # The campaign key is "newsletters-issue-<pk>" or "newsletters-issue-<pk>-<list>".
    pk = int(campaign.key.split("-")[2])
    return Issue.objects.get(pk=pk)


# The issue of the campaign being sent, with its rendered variants: the engine calls the composer
# once per batch (100 readers), and loading and rendering again for each would cost more than
# the sending. One entry: a worker sends one campaign at a time.
_last_content: dict[tuple[object, ...], IssueContent] = {}


def _content_for(campaign: Campaign) -> IssueContent:
    # Keyed on more than the id: a test database hands the same id to another campaign.
    key = (campaign.pk, campaign.key, campaign.created_at)
    content = _last_content.get(key)
    if content is None:
        content = IssueContent.load(_issue_for(campaign))
        _last_content.clear()
        _last_content[key] = content
    return content


def compose(campaign: Campaign, deliveries: Sequence[Delivery]) -> Iterator[ComposedMessage]:
    """Each reader's copy; a reader no longer subscribed, or whose topics no longer match, is
    left out (the engine then does not send to them)."""
    from masthead.mailing.registry import ComposedMessage

    content = _content_for(campaign)
    ids = [int(d.recipient_ref) for d in deliveries if d.recipient_ref.isdigit()]
    subscribers = {
        s.pk: s
        for s in Subscriber.objects.confirmed()
        .filter(pk__in=ids)
        .prefetch_related("regions", "themes", "reports")
    }
    for delivery in deliveries:
        subscriber = subscribers.get(int(delivery.recipient_ref or 0))
        if subscriber is None:
            continue
        topics = None if subscriber.everything else subscriber.topic_keys()
        chosen = content.matching(subscriber, topics)
        if not chosen:
            continue
        token = manage_token(subscriber)
        message = content.render(subscriber.language, chosen).for_token(token)
        yield ComposedMessage(
            delivery_id=delivery.pk,
            subject=message.subject,
            text=message.text,
            html=message.html,
            unsubscribe_url=links.unsubscribe_url(subscriber),
            unsubscribe_mailto=unsubscribe_mailto(token),
        )


def recipients(issue: Issue, frequency: str) -> QuerySet[Subscriber]:
    """Confirmed readers of ``frequency`` who asked for at least one of the issue's articles."""
    readers = Subscriber.objects.confirmed().filter(frequency=frequency)
    if issue.kind == Issue.Kind.SPECIAL:
        return readers
    content = IssueContent.load(issue)
    keys: dict[str, set[str]] = {"region": set(), "theme": set(), "report": set()}
    for topic_keys in content.topics.values():
        for vocabulary, key in topic_keys:
            keys[vocabulary].add(key)
    wanted = (
        Q(everything=True)
        | Q(regions__translation_key__in=keys["region"])
        | Q(themes__translation_key__in=keys["theme"])
        | Q(reports__translation_key__in=keys["report"])
    )
    return readers.filter(wanted).distinct()


def _pairs(readers: QuerySet[Subscriber]) -> Iterable[tuple[str, str]]:
    for email, pk in readers.values_list("email", "pk").iterator(chunk_size=2000):
        yield email, str(pk)


def send_issue(issue: Issue) -> int:
    """Hand the issue to the engine now: one campaign per list. Safe to call twice.

    Returns the number of recipients. The engine's key makes a second call add nobody.
    """
    from masthead.mailing import services as mailing

    if not issue.items.exists():
        raise ValueError("An issue without articles cannot be sent.")
    frequencies = Frequency.values if issue.kind == Issue.Kind.SPECIAL else [issue.kind]
    total = 0
    campaigns = []
    with transaction.atomic():
        locked = Issue.objects.select_for_update().get(pk=issue.pk)
        if locked.status == Issue.Status.SENT:
            return locked.recipients
        for frequency in frequencies:
            key = issue.campaign_key
            if issue.kind == Issue.Kind.SPECIAL:
                key = f"{key}-{frequency}"
            campaign = mailing.create_campaign(
                key=key,
                kind=KIND,
                list_id=list_id_for(frequency),
                subject=issue.subject,
                recipients=_pairs(recipients(issue, frequency)),
            )
            campaigns.append(campaign)
            total += campaign.recipient_count
        Issue.objects.filter(pk=issue.pk).update(
            status=Issue.Status.SENT, sent_at=timezone.now(), recipients=total
        )
    for campaign in campaigns:
        transaction.on_commit(partial(mailing.start_campaign, campaign))
    issue.refresh_from_db()
    return total


def campaigns_of(issue: Issue) -> QuerySet[Campaign]:
    """The engine's campaigns for ``issue`` (one per list: a special issue goes to every list)."""
    from masthead.mailing.models import Campaign

    key = issue.campaign_key
    return Campaign.objects.filter(Q(key=key) | Q(key__startswith=f"{key}-"))


def stop_issue(issue: Issue) -> int:
    """Stop the issue's campaigns still queued or sending; returns the readers it will not reach."""
    from masthead.mailing import services as mailing

    return sum(mailing.cancel_campaign(campaign) for campaign in campaigns_of(issue))
