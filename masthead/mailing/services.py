"""The bulk-mail engine's interface: campaigns, suppressions and the headers every message gets.

Other apps (newsletters) create a campaign with its recipients, register a composer for its kind
(registry.py) and start it; the sending task (sending.py) does the rest. Unsubscribes, hard
bounces and complaints all end up as :class:`Suppression` rows, checked when each batch is sent.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterable
from email.utils import parseaddr

from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone

from masthead.mailing import conf
from masthead.mailing.models import Campaign, Delivery, Suppression, normalise_address
from masthead.mailing.registry import ComposedMessage

REASONS = {choice.value for choice in Suppression.Reason}
_INSERT_CHUNK = 2000
_LABEL_JUNK = re.compile(r"[^a-z0-9-]+")


def create_campaign(
    *,
    key: str,
    kind: str,
    list_id: str,
    subject: str,
    recipients: Iterable[tuple[str, str]],
    from_email: str | None = None,
) -> Campaign:
    """The campaign ``key`` with one pending delivery per distinct address.

    Idempotent by ``key``: a second call returns the existing campaign and adds nobody. The
    recipients are read once, in chunks, so a list of any length is never held in memory.
    """
    existing = Campaign.objects.filter(key=key).first()
    if existing is not None:
        return existing
    try:
        # One transaction: a campaign never exists with half its recipients.
        with transaction.atomic():
            campaign = Campaign.objects.create(
                key=key, kind=kind, list_id=list_id, subject=subject, from_email=from_email or ""
            )
            rows = (
                Delivery(
                    campaign=campaign, address=normalise_address(address), recipient_ref=str(ref)
                )
                for address, ref in recipients
                if "@" in address
            )
            while chunk := list(itertools.islice(rows, _INSERT_CHUNK)):
                # A repeated address in the list is one delivery (the unique constraint).
                Delivery.objects.bulk_create(chunk, ignore_conflicts=True)
            campaign.recipient_count = campaign.deliveries.count()
            campaign.save(update_fields=["recipient_count"])
    except IntegrityError:  # the same key created by a concurrent call a moment ago
        return Campaign.objects.get(key=key)
    return campaign


def start_campaign(campaign: Campaign) -> None:
    """Queue the send. Starting a campaign that is already queued, sending or done does nothing."""
    now = timezone.now()
    queued = Campaign.objects.filter(pk=campaign.pk, status=Campaign.Status.DRAFT).update(
        status=Campaign.Status.QUEUED, heartbeat_at=now
    )
    if not queued:
        return
    campaign.status = Campaign.Status.QUEUED
    _enqueue_after_commit(campaign.pk)


def cancel_campaign(campaign: Campaign) -> int:
    """Stop a queued or sending campaign; returns how many of its readers will not get it.

    The worker finishes the batch it holds (``MAILING_BATCH_SIZE`` messages at most: those are
    already with the mail server or about to be) and claims no other; nothing resumes a
    cancelled campaign. A draft or finished campaign is left as it is (0).
    """
    active = [Campaign.Status.QUEUED, Campaign.Status.SENDING]
    stopped = Campaign.objects.filter(pk=campaign.pk, status__in=active).update(
        status=Campaign.Status.CANCELLED, finished_at=timezone.now()
    )
    if not stopped:
        return 0
    campaign.status = Campaign.Status.CANCELLED
    unsent = [Delivery.Status.PENDING, Delivery.Status.DEFERRED]
    return campaign.deliveries.filter(status__in=unsent).count()


def _enqueue_after_commit(campaign_id: int) -> None:
    from masthead.mailing.tasks import send_campaign

    transaction.on_commit(lambda: send_campaign.enqueue(campaign_id))


def suppress(address: str, *, reason: str, list_id: str = "", source: str = "") -> None:
    """Never mail ``address`` again on ``list_id`` ("" = on any list). Idempotent."""
    if reason not in REASONS:
        raise ValueError(f"Unknown suppression reason {reason!r}; use one of {sorted(REASONS)}.")
    Suppression.objects.get_or_create(
        address=normalise_address(address),
        list_id=list_id,
        defaults={"reason": reason, "source": source[:300]},
    )


def unsuppress(address: str, *, list_id: str = "") -> int:
    """Lift a suppression (a reader who subscribes again). Returns how many rows were removed."""
    deleted, _ = Suppression.objects.filter(
        address=normalise_address(address), list_id=list_id
    ).delete()
    return deleted


def is_suppressed(address: str, list_id: str) -> bool:
    return Suppression.objects.filter(
        Q(list_id="") | Q(list_id=list_id), address=normalise_address(address)
    ).exists()


def suppressed_among(addresses: Iterable[str], list_id: str) -> set[str]:
    """Which of ``addresses`` (already normalised) may not be mailed on ``list_id``."""
    return set(
        Suppression.objects.filter(
            Q(list_id="") | Q(list_id=list_id), address__in=list(addresses)
        ).values_list("address", flat=True)
    )


# --- Headers -------------------------------------------------------------------------------------


def message_id(campaign: Campaign, delivery: Delivery) -> str:
    """``<20261202.c12.d3456@news.example>``: unique per delivery, on the outlet's domain.

    The same delivery always gets the same Message-ID, so even a message a receiver got twice
    (which the ledger prevents) would be shown once by most mail programs.
    """
    stamp = campaign.created_at.strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.c{campaign.pk}.d{delivery.pk}@{conf.domain()}>"


def list_id_header(campaign: Campaign) -> str:
    """RFC 2919 List-Id: ``<label.news.example>`` with the list's id as the label."""
    label = _LABEL_JUNK.sub("-", (campaign.list_id or campaign.kind).lower()).strip("-")
    return f"<{label or 'list'}.{conf.domain()}>"


def list_unsubscribe_header(composed: ComposedMessage) -> str:
    mailto = composed.unsubscribe_mailto.strip()
    if mailto and not mailto.lower().startswith("mailto:"):
        mailto = f"mailto:{mailto}"
    return ", ".join(f"<{uri}>" for uri in (composed.unsubscribe_url.strip(), mailto) if uri)


def envelope_sender(campaign: Campaign, address: str) -> str:
    """The Return-Path: the bounce address (VERP-tagged with the recipient when turned on)."""
    return_path = str(conf.get("MAILING_RETURN_PATH") or "")
    if not return_path:
        return parseaddr(campaign_from(campaign))[1]
    if conf.get("MAILING_VERP"):
        local, _, domain = return_path.partition("@")
        return f"{local}+{address.replace('@', '=')}@{domain}"
    return return_path


def campaign_from(campaign: Campaign) -> str:
    return campaign.from_email or conf.from_email()


def build_email(
    campaign: Campaign, delivery: Delivery, composed: ComposedMessage
) -> EmailMultiAlternatives:
    """The message as it goes out: text and HTML parts, and the engine's list headers."""
    if not composed.unsubscribe_url.lower().startswith(("https://", "http://")):
        raise ValueError("the composer gave no one-click unsubscribe URL")
    headers = dict(composed.extra_headers)
    headers.update(
        {
            "Message-ID": message_id(campaign, delivery),
            "List-Unsubscribe": list_unsubscribe_header(composed),
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": list_id_header(campaign),
        }
    )
    message = EmailMultiAlternatives(
        subject=composed.subject or campaign.subject,
        body=composed.text,
        from_email=campaign_from(campaign),
        to=[delivery.address],
        headers=headers,
    )
    if composed.html:
        message.attach_alternative(composed.html, "text/html")
    return message


# --- Leases, resuming and counts ------------------------------------------------------------


def lease() -> datetime.timedelta:
    return datetime.timedelta(seconds=int(conf.get("MAILING_LEASE_SECONDS")))


def sweep_stale(now: datetime.datetime | None = None) -> dict[str, int]:
    """Give back the rows of workers that stopped renewing their lease (they died).

    Claimed rows go back to the queue. A row left ``sending`` may have reached the recipient, so
    it becomes ``unknown`` and is never sent again: at most once, and reported.
    """
    cutoff = (now or timezone.now()) - lease()
    stale = Delivery.objects.exclude(claimed_by="").filter(claimed_at__lt=cutoff)
    campaign_ids = set(stale.values_list("campaign_id", flat=True).distinct())
    unknown = stale.filter(status=Delivery.Status.SENDING).update(
        status=Delivery.Status.UNKNOWN,
        claimed_by="",
        claimed_at=None,
        last_error="The worker stopped after handing the message over; not sent again.",
    )
    released = stale.update(claimed_by="", claimed_at=None)
    for campaign in Campaign.objects.filter(pk__in=campaign_ids):
        refresh_counts(campaign)
    return {"unknown": unknown, "released": released}


def due_ids(campaign_id: int, limit: int, now: datetime.datetime | None = None) -> list[int]:
    """Ids of up to ``limit`` deliveries of the campaign that may be claimed now, oldest first.

    Pending and due deferred rows are asked for apart: each query then walks the
    (campaign, status, id) index from its start instead of every row already sent.
    """
    now = now or timezone.now()
    free = Delivery.objects.filter(campaign_id=campaign_id, claimed_by="")
    ids = list(
        free.filter(status=Delivery.Status.PENDING)
        .order_by("id")
        .values_list("id", flat=True)[:limit]
    )
    if len(ids) < limit:
        ids += list(
            free.filter(status=Delivery.Status.DEFERRED, next_attempt_at__lte=now)
            .order_by("id")
            .values_list("id", flat=True)[: limit - len(ids)]
        )
    return ids


def refresh_counts(campaign: Campaign) -> Campaign:
    counts = dict(
        campaign.deliveries.values_list("status").annotate(n=Count("id")).values_list("status", "n")
    )
    campaign.recipient_count = sum(counts.values())
    campaign.sent_count = counts.get(Delivery.Status.SENT, 0)
    campaign.failed_count = counts.get(Delivery.Status.FAILED, 0)
    campaign.suppressed_count = counts.get(Delivery.Status.SUPPRESSED, 0) + counts.get(
        Delivery.Status.SKIPPED, 0
    )
    campaign.unknown_count = counts.get(Delivery.Status.UNKNOWN, 0)
    campaign.save(
        update_fields=[
            "recipient_count",
            "sent_count",
            "failed_count",
            "suppressed_count",
            "unknown_count",
        ]
    )
    return campaign


def finish_if_done(campaign: Campaign) -> bool:
    """Mark the campaign finished once no recipient is waiting or being sent to."""
    waiting = campaign.deliveries.filter(
        status__in=[Delivery.Status.PENDING, Delivery.Status.DEFERRED, Delivery.Status.SENDING]
    ).exists()
    if waiting:
        return False
    refresh_counts(campaign)
    Campaign.objects.filter(pk=campaign.pk, status=Campaign.Status.SENDING).update(
        status=Campaign.Status.FINISHED, finished_at=timezone.now()
    )
    return True


def resume(now: datetime.datetime | None = None) -> list[int]:
    """The periodic job: sweep dead workers' leases and queue every campaign with work due.

    A campaign whose worker is alive (a heartbeat within the lease) is left to it.
    """
    now = now or timezone.now()
    sweep_stale(now)
    queued: list[int] = []
    active = Campaign.objects.filter(
        status__in=[Campaign.Status.QUEUED, Campaign.Status.SENDING]
    ).filter(Q(heartbeat_at__isnull=True) | Q(heartbeat_at__lt=now - lease()))
    for campaign in active:
        if campaign.status == Campaign.Status.SENDING and finish_if_done(campaign):
            continue
        if not due_ids(campaign.pk, 1, now):
            continue
        # The heartbeat doubles as "queued at": no second task while this one waits its turn.
        Campaign.objects.filter(pk=campaign.pk).update(heartbeat_at=now)
        _enqueue_after_commit(campaign.pk)
        queued.append(campaign.pk)
    return queued
