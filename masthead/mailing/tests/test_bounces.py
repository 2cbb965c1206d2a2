"""The bounce mailbox read over IMAP (a local IMAP server): a delivery status notification and a
spam complaint become suppressions, other mail is left alone, and nothing is read twice."""

from __future__ import annotations

from django.test import TestCase, override_settings

from masthead.mailing import bounces, services
from masthead.mailing.models import Delivery, Suppression
from masthead.mailing.tests.imapserver import IMAPServer
from masthead.mailing.tests.support import TEST_KIND, register_test_composer

ORIGINAL_HEADERS = (
    "From: The Daily <letters@news.example>\r\n"
    "To: {to}\r\n"
    "Subject: Morning digest\r\n"
    "Message-ID: {message_id}\r\n"
)


def dsn(recipient: str, message_id: str, status: str = "5.1.1") -> bytes:
    """A delivery status notification (RFC 3464) as a receiving server would send it."""
    action = "failed" if status.startswith("5") else "delayed"
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n"
        "To: bounces@news.example\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUND"\r\n'
        "\r\n--BOUND\r\n"
        "Content-Type: text/plain\r\n\r\n"
        "Your message could not be delivered to one or more recipients.\r\n"
        "\r\n--BOUND\r\n"
        "Content-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.org\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\n"
        f"Original-Recipient: rfc822; {recipient}\r\n"
        f"Action: {action}\r\n"
        f"Status: {status}\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable\r\n"
        "\r\n--BOUND\r\n"
        "Content-Type: text/rfc822-headers\r\n\r\n"
        + ORIGINAL_HEADERS.format(to=recipient, message_id=message_id)
        + "\r\n--BOUND--\r\n"
    ).encode()


def arf(message_id: str, recipient: str = "") -> bytes:
    """A spam complaint from a feedback loop (RFC 5965); providers often hide the recipient."""
    rcpt = f"Original-Rcpt-To: {recipient}\r\n" if recipient else ""
    return (
        "From: Feedback Loop <fbl@provider.example>\r\n"
        "To: bounces@news.example\r\n"
        "Subject: Complaint\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=feedback-report; boundary="FB"\r\n'
        "\r\n--FB\r\n"
        "Content-Type: text/plain\r\n\r\n"
        "This is an abuse report for a message you sent.\r\n"
        "\r\n--FB\r\n"
        "Content-Type: message/feedback-report\r\n\r\n"
        "Feedback-Type: abuse\r\n"
        "User-Agent: ProviderFBL/1.0\r\n"
        "Version: 1\r\n" + rcpt + "\r\n--FB\r\n"
        "Content-Type: message/rfc822\r\n\r\n"
        + ORIGINAL_HEADERS.format(to="redacted@provider.example", message_id=message_id)
        + "\r\nToday's stories.\r\n"
        "\r\n--FB--\r\n"
    ).encode()


OUT_OF_OFFICE = (
    b"From: Ana <ana@example.org>\r\nTo: bounces@news.example\r\nSubject: Out of office\r\n"
    b"\r\nI am away until Monday.\r\n"
)


class BounceMailboxTests(TestCase):
    def setUp(self) -> None:
        register_test_composer()
        campaign = services.create_campaign(
            key="digest-1",
            kind=TEST_KIND,
            list_id="daily",
            subject="Morning digest",
            recipients=[
                ("gone@example.org", "1"),
                ("angry@example.net", "2"),
                ("ana@example.org", "3"),
            ],
        )
        for delivery in campaign.deliveries.all():
            delivery.status = Delivery.Status.SENT
            delivery.message_id = services.message_id(campaign, delivery)
            delivery.save()
        self.ids = dict(Delivery.objects.values_list("address", "message_id"))

    def _settings(self, imap: IMAPServer, done_folder: str = "") -> override_settings:
        return override_settings(
            MAILING_BOUNCE_IMAP_HOST="127.0.0.1",
            MAILING_BOUNCE_IMAP_PORT=imap.port,
            MAILING_BOUNCE_IMAP_SSL=False,
            MAILING_BOUNCE_IMAP_USER="bounces",
            MAILING_BOUNCE_IMAP_PASSWORD="secret",
            MAILING_BOUNCE_IMAP_DONE_FOLDER=done_folder,
            MAILING_BOUNCE_IMAP_TIMEOUT=10,
        )

    def test_bounce_and_complaint_suppress_and_are_moved_out_of_the_inbox(self) -> None:
        with IMAPServer("bounces", "secret") as imap, self._settings(imap, "Processed"):
            imap.deliver(dsn("gone@example.org", self.ids["gone@example.org"]))
            imap.deliver(arf(self.ids["angry@example.net"]))
            imap.deliver(OUT_OF_OFFICE)
            tally = bounces.read_if_configured()
            self.assertEqual(tally, {"read": 3, "bounce": 1, "complaint": 1, "request": 0})
            self.assertEqual(imap.folders["INBOX"], [])
            self.assertEqual(len(imap.folders["Processed"]), 3)
            self.assertEqual(
                bounces.read_if_configured(), {"read": 0, "bounce": 0, "complaint": 0, "request": 0}
            )
        self.assertEqual(
            set(Suppression.objects.values_list("address", "reason", "list_id")),
            {("gone@example.org", "bounce", ""), ("angry@example.net", "complaint", "")},
        )
        self.assertEqual(Delivery.objects.get(address="gone@example.org").status, "failed")
        self.assertEqual(Delivery.objects.get(address="ana@example.org").status, "sent")
        self.assertTrue(services.is_suppressed("angry@example.net", "weekly"))

    def test_without_a_done_folder_messages_are_flagged_seen_and_read_once(self) -> None:
        with IMAPServer("bounces", "secret") as imap, self._settings(imap):
            imap.deliver(arf(self.ids["ana@example.org"], recipient="ana@example.org"))
            imap.deliver(dsn("angry@example.net", "<unknown@elsewhere>", status="4.2.2"))
            self.assertEqual(bounces.read_if_configured()["read"], 2)
            self.assertEqual([m.flags for m in imap.folders["INBOX"]], [{"\\Seen"}, {"\\Seen"}])
            self.assertEqual(bounces.read_if_configured()["read"], 0)
        # The complaint suppresses; a temporary failure (4.2.2, mailbox full) does not.
        self.assertEqual(
            list(Suppression.objects.values_list("address", "reason")),
            [("ana@example.org", "complaint")],
        )

    def test_nothing_happens_without_a_mailbox(self) -> None:
        self.assertIsNone(bounces.read_if_configured())
