"""The optional bounce mailbox, read over IMAP by a periodic job.

Permanent failures (delivery status notifications, parsed by flufl.bounce) and spam complaints
(ARF feedback reports, RFC 5965) become suppressions on every list; the delivery they answer is
found by the Message-ID the engine gave it (services.message_id) and marked failed. Each message
read is moved to ``MAILING_BOUNCE_IMAP_DONE_FOLDER`` or, without one, flagged as seen, so it is
read once. Temporary failures are left alone: the sender already backs off on 4xx answers.
Anything else is offered to the apps' reply handlers (registry.py): a reader's mail to the
List-Unsubscribe mailto, for one, which the same mailbox receives.
"""

from __future__ import annotations

import email
import email.header
import email.policy
import logging
from dataclasses import dataclass, field
from email.message import Message
from email.utils import parseaddr

from flufl.bounce import all_failures
from imap_tools import AND, MailBox, MailBoxUnencrypted, MailMessageFlags

from masthead.mailing import conf, services
from masthead.mailing.models import Delivery, normalise_address
from masthead.mailing.registry import reply_handlers

logger = logging.getLogger(__name__)


@dataclass
class Finding:
    """What one message in the bounce mailbox says."""

    kind: str  # "bounce", "complaint", "request" (a reply handler acted) or "" (nothing)
    addresses: set[str] = field(default_factory=set)
    message_ids: set[str] = field(default_factory=set)


def _enclosed_message_ids(message: Message) -> set[str]:
    """Message-IDs of the original message a report quotes (message/rfc822 or its headers)."""
    found: set[str] = set()
    for part in message.walk():
        content_type = part.get_content_type()
        if content_type in ("message/rfc822", "message/global"):
            payload = part.get_payload()
            for inner in payload if isinstance(payload, list) else [payload]:
                if isinstance(inner, Message) and inner.get("Message-ID"):
                    found.add(str(inner["Message-ID"]).strip())
        elif content_type in ("text/rfc822-headers", "text/global-headers"):
            raw = part.get_payload(decode=True)
            headers = email.message_from_bytes(
                raw if isinstance(raw, bytes) else b"", policy=email.policy.compat32
            )
            if headers.get("Message-ID"):
                found.add(str(headers["Message-ID"]).strip())
    return found


def _feedback_report(message: Message) -> Message | None:
    if message.get_content_type() != "multipart/report":
        return None
    if str(message.get_param("report-type") or "").lower() != "feedback-report":
        return None
    for part in message.walk():
        if part.get_content_type() == "message/feedback-report":
            payload = part.get_payload()
            if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                return payload[0]  # Python parses the report's fields as a message
            if isinstance(payload, str):
                return email.message_from_string(payload)
    return None


def classify(message: Message) -> Finding:
    """Say whether ``message`` is a complaint, a permanent bounce, or neither."""
    message_ids = _enclosed_message_ids(message)
    report = _feedback_report(message)
    if report is not None:
        addresses = {
            normalise_address(parseaddr(str(value))[1])
            for value in report.get_all("Original-Rcpt-To", [])
        }
        return Finding("complaint", {a for a in addresses if "@" in a}, message_ids)
    _temporary, permanent = all_failures(message)
    addresses = {normalise_address(address.decode(errors="replace")) for address in permanent}
    if not addresses:
        return Finding("", set(), message_ids)
    return Finding("bounce", addresses, message_ids)


def apply(finding: Finding, *, source: str) -> set[str]:
    """Suppress what ``finding`` names and mark the deliveries it answers. Returns addresses."""
    if not finding.kind:
        return set()
    deliveries = list(Delivery.objects.filter(message_id__in=finding.message_ids))
    addresses = set(finding.addresses)
    if finding.kind == "complaint" or not addresses:
        # A complaint often hides the recipient; our Message-ID still names the delivery.
        addresses |= {d.address for d in deliveries}
    for address in addresses:
        services.suppress(address, reason=finding.kind, source=source)
    for delivery in deliveries:
        if delivery.address in addresses and finding.kind == "bounce":
            Delivery.objects.filter(pk=delivery.pk).update(
                status=Delivery.Status.FAILED, last_error=f"bounced later ({source})"[:500]
            )
    return addresses


def process_bytes(raw: bytes, *, source: str) -> Finding:
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    finding = classify(message)
    if not finding.kind and _answered_by_a_handler(message):
        return Finding("request", set(), finding.message_ids)
    apply(finding, source=source)
    return finding


def _answered_by_a_handler(message: Message) -> bool:
    """A reader's mail to the List-Unsubscribe mailto (its subject carries their token)."""
    subject = str(email.header.make_header(email.header.decode_header(message.get("Subject", ""))))
    return any(handle(subject) for handle in reply_handlers())


def read_mailbox(limit: int = 200) -> dict[str, int]:
    """Read up to ``limit`` unseen messages from the bounce mailbox and act on them."""
    host = str(conf.get("MAILING_BOUNCE_IMAP_HOST"))
    port = int(conf.get("MAILING_BOUNCE_IMAP_PORT"))
    timeout = float(conf.get("MAILING_BOUNCE_IMAP_TIMEOUT"))
    box_class = MailBox if conf.get("MAILING_BOUNCE_IMAP_SSL") else MailBoxUnencrypted
    folder = str(conf.get("MAILING_BOUNCE_IMAP_FOLDER"))
    done_folder = str(conf.get("MAILING_BOUNCE_IMAP_DONE_FOLDER"))
    tally = {"read": 0, "bounce": 0, "complaint": 0, "request": 0}
    with box_class(host, port, timeout=timeout).login(
        str(conf.get("MAILING_BOUNCE_IMAP_USER")),
        str(conf.get("MAILING_BOUNCE_IMAP_PASSWORD")),
        initial_folder=folder,
    ) as mailbox:
        uids: list[str] = []
        for item in mailbox.fetch(AND(seen=False), limit=limit, mark_seen=False, bulk=True):
            finding = process_bytes(item.obj.as_bytes(), source=f"bounce mailbox uid {item.uid}")
            tally["read"] += 1
            if finding.kind:
                tally[finding.kind] += 1
            if item.uid:
                uids.append(item.uid)
        if uids:
            if done_folder:
                mailbox.move(uids, done_folder)
            else:
                mailbox.flag(uids, MailMessageFlags.SEEN, True)
    return tally


def read_if_configured() -> dict[str, int] | None:
    """The periodic job: nothing to do unless a bounce mailbox is configured."""
    if not conf.get("MAILING_BOUNCE_IMAP_HOST"):
        return None
    return read_mailbox()
