"""The send loop: claim a batch of deliveries, send them over one SMTP connection, record each.

Order of writes for one recipient (decision 0160):

1. the row is claimed (``claimed_by``/``claimed_at``, a lease renewed while the batch runs);
2. ``MAIL FROM`` and ``RCPT TO`` are sent; a refusal here is recorded and nothing was delivered;
3. the row is marked ``sending`` (committed) only if this worker still holds its lease;
4. ``DATA`` is sent; as soon as the server answers 250 the row is marked ``sent``.

A worker killed before step 3 leaves the row claimed: the lease runs out and another run sends
it. A worker killed between 3 and 4 leaves ``sending``: the message may have arrived, so the
stale-lease sweep makes it ``unknown`` and it is never sent again. That window is one DATA
exchange, the smallest SMTP allows; no one gets a message twice.
"""

from __future__ import annotations

import datetime
import logging
import os
import smtplib
import socket
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from masthead.mailing import conf, services
from masthead.mailing.models import Campaign, Delivery
from masthead.mailing.registry import ComposedMessage, get_composer

logger = logging.getLogger(__name__)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True)
class Answer:
    code: int
    text: str


class TransportError(Exception):
    """The connection to the mail server failed; ``handed_over`` if DATA had been started."""

    def __init__(self, message: str, *, handed_over: bool) -> None:
        super().__init__(message)
        self.handed_over = handed_over


class Transport:
    """One connection, reused for every message of a batch.

    With Django's SMTP backend the SMTP transaction is driven step by step (so the ledger can be
    written between RCPT and DATA); any other backend (django-anymail, locmem) gets each message
    through ``send_messages`` after the row is marked ``sending``.
    """

    def __init__(self) -> None:
        self.backend: Any = get_connection(conf.get("MAILING_EMAIL_BACKEND") or None)
        self.is_smtp = isinstance(self.backend, SMTPBackend)
        self.opened = False

    def open(self) -> None:
        if not self.opened:
            self.backend.open()
            self.opened = True

    def close(self) -> None:
        if self.opened:
            try:
                self.backend.close()
            finally:
                self.opened = False

    def send(
        self, envelope_from: str, message: EmailMessage, before_data: Callable[[], bool]
    ) -> Answer | None:
        """Send one message. ``None`` when ``before_data`` said no (the lease was lost)."""
        try:
            self.open()
        except (smtplib.SMTPException, OSError) as error:
            raise TransportError(str(error), handed_over=False) from error
        if not self.is_smtp:
            if not before_data():
                return None
            try:
                sent = self.backend.send_messages([message])
            except Exception as error:
                raise TransportError(str(error), handed_over=True) from error
            return Answer(250, "accepted") if sent else Answer(451, "backend sent nothing")
        smtp: smtplib.SMTP = self.backend.connection
        recipient = message.to[0]
        handed_over = False
        try:
            smtp.ehlo_or_helo_if_needed()
            code, text = smtp.mail(envelope_from)
            if code != 250:
                # The sender is refused (misconfigured From or relay login): no reader's fault,
                # so no reader is charged a try. The run stops with the error on the campaign.
                smtp.rset()
                raise TransportError(f"MAIL FROM refused: {code} {_text(text)}", handed_over=False)
            code, text = smtp.rcpt(recipient)
            if code not in (250, 251):
                smtp.rset()
                return Answer(code, text.decode(errors="replace"))
            if not before_data():
                smtp.rset()
                return None
            handed_over = True
            try:
                code, text = smtp.data(as_bytes(message))
            except smtplib.SMTPDataError as refused:  # DATA itself refused: nothing delivered
                return Answer(refused.smtp_code, _text(refused.smtp_error))
            return Answer(code, _text(text))
        except (smtplib.SMTPException, OSError) as error:
            self.opened = False  # the connection is unusable; the next batch opens a new one
            raise TransportError(str(error), handed_over=handed_over) from error


def as_bytes(message: EmailMessage) -> bytes:
    """The message as sent. A random boundary is set beforehand: left to the email package, it
    compiles a new regular expression per message to check its own boundary (a third of the
    time it takes to write a message out)."""
    mime = message.message()
    if mime.is_multipart():
        mime.set_boundary(f"=_{uuid.uuid4().hex}")
    return mime.as_bytes(linesep="\r\n")


def _text(value: bytes | str) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else str(value)


def claim_batch(campaign: Campaign, worker: str, size: int) -> list[Delivery]:
    """Lease up to ``size`` due deliveries to ``worker``.

    On PostgreSQL rows locked by another worker's claim are skipped (``SKIP LOCKED``); SQLite has
    one writer at a time, and the ``claimed_by=""`` condition on the UPDATE keeps two claims
    apart either way.
    """
    now = timezone.now()
    with transaction.atomic():
        ids = services.due_ids(campaign.pk, size, now)
        if ids and connection.features.has_select_for_update_skip_locked:
            # Rows another worker is claiming this instant are skipped, not waited for.
            ids = list(
                Delivery.objects.filter(id__in=ids)
                .select_for_update(skip_locked=True)
                .values_list("id", flat=True)
            )
        if not ids:
            return []
        Delivery.objects.filter(id__in=ids, claimed_by="").update(claimed_by=worker, claimed_at=now)
    return list(Delivery.objects.filter(id__in=ids, claimed_by=worker).order_by("id"))


def _backoff_seconds(attempts: int) -> int:
    base = int(conf.get("MAILING_RETRY_SECONDS"))
    return min(base * 2 ** max(attempts - 1, 0), int(conf.get("MAILING_RETRY_MAX_SECONDS")))


class BatchSender:
    """Sends the claimed deliveries of one campaign, recording each outcome at once."""

    def __init__(self, campaign: Campaign, worker: str, transport: Transport) -> None:
        self.campaign = campaign
        self.worker = worker
        self.transport = transport
        self.compose = get_composer(campaign.kind)
        self.tally: Counter[str] = Counter()
        self.claimed_at = time.monotonic()

    def _mine(self, delivery: Delivery) -> Any:
        return Delivery.objects.filter(pk=delivery.pk, claimed_by=self.worker)

    def _finish(self, delivery: Delivery, status: str, **fields: Any) -> None:
        updated = self._mine(delivery).update(
            status=status, claimed_by="", claimed_at=None, **fields
        )
        if updated:
            self.tally[status] += 1

    def _renew_lease(self) -> None:
        if time.monotonic() - self.claimed_at > services.lease().total_seconds() / 3:
            Delivery.objects.filter(claimed_by=self.worker).update(claimed_at=timezone.now())
            Campaign.objects.filter(pk=self.campaign.pk).update(heartbeat_at=timezone.now())
            self.claimed_at = time.monotonic()

    def send(self, batch: Sequence[Delivery]) -> None:
        self.claimed_at = time.monotonic()
        # Suppressions are read now, at send time: an unsubscribe after the campaign was created
        # still counts.
        blocked = services.suppressed_among((d.address for d in batch), self.campaign.list_id)
        for delivery in batch:
            if delivery.address in blocked:
                self._finish(delivery, Delivery.Status.SUPPRESSED, last_error="suppressed")
        allowed = [d for d in batch if d.address not in blocked]
        composed = (
            {m.delivery_id: m for m in self.compose(self.campaign, allowed)} if allowed else {}
        )
        try:
            for delivery in allowed:
                self._send_one(delivery, composed.get(delivery.pk))
                self._renew_lease()
        finally:
            # Whatever this run did not get to goes back to the queue at once.
            Delivery.objects.filter(
                claimed_by=self.worker,
                status__in=[Delivery.Status.PENDING, Delivery.Status.DEFERRED],
            ).update(claimed_by="", claimed_at=None)
            self._save_tally()

    def _send_one(self, delivery: Delivery, composed: ComposedMessage | None) -> None:
        if composed is None:
            self._finish(delivery, Delivery.Status.SKIPPED, last_error="no message composed")
            return
        try:
            message = services.build_email(self.campaign, delivery, composed)
        except ValueError as error:
            self._finish(delivery, Delivery.Status.FAILED, last_error=str(error)[:500])
            return
        message_id = str(message.extra_headers["Message-ID"])

        def mark_sending() -> bool:
            return bool(
                self._mine(delivery).update(status=Delivery.Status.SENDING, message_id=message_id)
            )

        envelope = services.envelope_sender(self.campaign, delivery.address)
        try:
            answer = self.transport.send(envelope, message, mark_sending)
        except TransportError as error:
            if error.handed_over:
                # The connection broke during DATA: it may have arrived. Never again.
                self._finish(delivery, Delivery.Status.UNKNOWN, last_error=str(error)[:500])
            raise
        if answer is None:
            return  # another worker took this row over after our lease ran out
        self.record(delivery, answer)

    def record(self, delivery: Delivery, answer: Answer) -> None:
        now = timezone.now()
        if 200 <= answer.code < 300:
            self._finish(delivery, Delivery.Status.SENT, sent_at=now, last_error="")
            return
        attempts = delivery.attempts + 1
        error = f"{answer.code} {answer.text}"[:500]
        permanent = answer.code >= 500
        limit = conf.get("MAILING_MAX_ATTEMPTS" if permanent else "MAILING_MAX_TEMPORARY_ATTEMPTS")
        if attempts >= int(limit):
            self._finish(delivery, Delivery.Status.FAILED, attempts=attempts, last_error=error)
            if permanent:
                services.suppress(
                    delivery.address,
                    reason="bounce",
                    source=f"SMTP {answer.code} for campaign {self.campaign.key}"[:300],
                )
            return
        self._finish(
            delivery,
            Delivery.Status.DEFERRED,
            attempts=attempts,
            last_error=error,
            next_attempt_at=now + datetime.timedelta(seconds=_backoff_seconds(attempts)),
        )

    def _save_tally(self) -> None:
        if not self.tally:
            return
        Campaign.objects.filter(pk=self.campaign.pk).update(
            sent_count=F("sent_count") + self.tally[Delivery.Status.SENT],
            failed_count=F("failed_count") + self.tally[Delivery.Status.FAILED],
            suppressed_count=F("suppressed_count")
            + self.tally[Delivery.Status.SUPPRESSED]
            + self.tally[Delivery.Status.SKIPPED],
            unknown_count=F("unknown_count") + self.tally[Delivery.Status.UNKNOWN],
            heartbeat_at=timezone.now(),
        )
        self.tally.clear()


def run_campaign(campaign_id: int, *, worker: str | None = None) -> dict[str, Any]:
    """Send every due delivery of the campaign; returns the campaign's counts afterwards."""
    worker = worker or worker_name()
    services.sweep_stale()
    campaign = Campaign.objects.get(pk=campaign_id)
    if campaign.status not in (Campaign.Status.QUEUED, Campaign.Status.SENDING):
        return _summary(campaign)  # a draft, a finished or a cancelled campaign: nothing to do
    now = timezone.now()
    Campaign.objects.filter(pk=campaign.pk).update(
        status=Campaign.Status.SENDING, heartbeat_at=now, started_at=campaign.started_at or now
    )
    campaign.status = Campaign.Status.SENDING
    transport = Transport()
    sender = BatchSender(campaign, worker, transport)
    size = int(conf.get("MAILING_BATCH_SIZE"))
    try:
        while batch := claim_batch(campaign, worker, size):
            if Campaign.objects.filter(pk=campaign.pk, status=Campaign.Status.CANCELLED).exists():
                break
            sender.send(batch)
    except TransportError as error:
        logger.warning("campaign %s: mail server connection failed: %s", campaign.key, error)
        Campaign.objects.filter(pk=campaign.pk).update(last_error=str(error)[:1000])
    finally:
        transport.close()
        Delivery.objects.filter(
            claimed_by=worker, status__in=[Delivery.Status.PENDING, Delivery.Status.DEFERRED]
        ).update(claimed_by="", claimed_at=None)
    services.finish_if_done(campaign)
    campaign.refresh_from_db()
    return _summary(campaign)


def _summary(campaign: Campaign) -> dict[str, Any]:
    return {
        "status": campaign.status,
        "sent": campaign.sent_count,
        "failed": campaign.failed_count,
        "suppressed": campaign.suppressed_count,
        "unknown": campaign.unknown_count,
    }
