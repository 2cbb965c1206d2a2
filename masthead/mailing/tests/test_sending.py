"""Sending a campaign to a real SMTP server (aiosmtpd): what arrives, and what the ledger says."""

from __future__ import annotations

import datetime
from unittest import mock

from django.test import TestCase, override_settings
from django.utils import timezone

from masthead.mailing import services
from masthead.mailing.models import Campaign, Delivery, Suppression
from masthead.mailing.sending import BatchSender, run_campaign
from masthead.mailing.tests.support import (
    TEST_KIND,
    SMTPServer,
    free_port,
    register_test_composer,
)

READERS = [("ana@example.org", "1"), ("Ben@Example.org", "2"), ("cleo@example.net", "3")]


@override_settings(
    MAILING_DOMAIN="news.example",
    MAILING_FROM_EMAIL="The Daily <letters@news.example>",
    MAILING_RETRY_SECONDS=600,
)
class SendingTests(TestCase):
    def setUp(self) -> None:
        register_test_composer()

    def _campaign(self, recipients=READERS, key="digest-2026-12-02") -> Campaign:
        return services.create_campaign(
            key=key,
            kind=TEST_KIND,
            list_id="daily",
            subject="Morning digest",
            recipients=recipients,
        )

    def _start(self, campaign: Campaign) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            services.start_campaign(campaign)

    def test_every_reader_gets_one_message_with_list_headers_and_both_parts(self) -> None:
        campaign = self._campaign()
        with SMTPServer() as smtp:
            self._start(campaign)
        self.assertEqual(len(smtp.messages), 3)
        message = smtp.handler.to("ben@example.org")[0]
        self.assertEqual(message["Subject"], "Morning digest for 2")
        self.assertEqual(message["From"], "The Daily <letters@news.example>")
        self.assertEqual(
            message["List-Unsubscribe"],
            "<https://news.example/newsletters/u/2/>, <mailto:unsubscribe+2@news.example>",
        )
        self.assertEqual(message["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click")
        self.assertEqual(message["List-Id"], "<daily.news.example>")
        self.assertRegex(message["Message-ID"], r"^<[\w.]+@news\.example>$")
        text = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        self.assertIn("Hello reader 2.", text.get_content())
        self.assertIn("<b>2</b>", html.get_content())
        delivery = Delivery.objects.get(address="ben@example.org")
        self.assertEqual(delivery.status, Delivery.Status.SENT)
        self.assertEqual(delivery.message_id, message["Message-ID"])
        campaign.refresh_from_db()
        self.assertEqual(campaign.status, Campaign.Status.FINISHED)
        self.assertEqual((campaign.recipient_count, campaign.sent_count), (3, 3))
        # The envelope sender is the From address when no bounce address is set.
        self.assertEqual(smtp.handler.envelopes[0][0], "letters@news.example")

    @override_settings(MAILING_RETURN_PATH="bounces@news.example", MAILING_VERP=True)
    def test_verp_return_path_names_the_recipient(self) -> None:
        with SMTPServer() as smtp:
            self._start(self._campaign(recipients=[("ana@example.org", "1")]))
        self.assertEqual(smtp.handler.envelopes[0][0], "bounces+ana=example.org@news.example")

    def test_creating_twice_adds_nobody_twice_and_repeated_addresses_are_one_delivery(self) -> None:
        first = self._campaign(recipients=[*READERS, ("ANA@example.org", "9")])
        again = self._campaign()
        self.assertEqual(first.pk, again.pk)
        self.assertEqual(Delivery.objects.filter(campaign=first).count(), 3)
        with SMTPServer() as smtp:
            self._start(first)
            self._start(first)  # starting twice sends once
        self.assertEqual(len(smtp.handler.to("ana@example.org")), 1)

    def test_reader_suppressed_after_the_campaign_was_created_is_not_sent(self) -> None:
        campaign = self._campaign()
        services.suppress("ANA@example.org", reason="unsubscribe", list_id="daily", source="test")
        services.suppress("cleo@example.net", reason="unsubscribe", list_id="weekly")
        with SMTPServer() as smtp:
            self._start(campaign)
        self.assertEqual(
            sorted(str(m["To"]) for m in smtp.messages), ["ben@example.org", "cleo@example.net"]
        )
        self.assertEqual(
            Delivery.objects.get(address="ana@example.org").status, Delivery.Status.SUPPRESSED
        )
        campaign.refresh_from_db()
        self.assertEqual((campaign.sent_count, campaign.suppressed_count), (2, 1))
        self.assertTrue(services.is_suppressed("ana@example.org", "daily"))
        self.assertFalse(services.is_suppressed("ana@example.org", "weekly"))

    def test_a_bounce_suppression_covers_every_list(self) -> None:
        services.suppress("ben@example.org", reason="bounce")
        self.assertTrue(services.is_suppressed("BEN@example.org", "any-list"))
        with self.assertRaises(ValueError):
            services.suppress("ben@example.org", reason="angry")

    def test_4xx_answer_defers_with_growing_back_off(self) -> None:
        campaign = self._campaign()
        answers = {"ben@example.org": "451 4.7.1 Try again later"}
        with SMTPServer(answers) as smtp:
            before = timezone.now()
            self._start(campaign)
            ben = Delivery.objects.get(address="ben@example.org")
            self.assertEqual(ben.status, Delivery.Status.DEFERRED)
            self.assertEqual(ben.attempts, 1)
            self.assertIn("451", ben.last_error)
            self.assertGreaterEqual(ben.next_attempt_at, before + datetime.timedelta(seconds=600))
            campaign.refresh_from_db()
            self.assertEqual(campaign.status, Campaign.Status.SENDING)  # someone still waits
            # Not due yet: a second run sends nothing.
            run_campaign(campaign.pk)
            self.assertEqual(len(smtp.handler.rcpt_log), 3)
            # Due: tried again, deferred again for twice as long.
            Delivery.objects.filter(pk=ben.pk).update(next_attempt_at=timezone.now())
            before = timezone.now()
            run_campaign(campaign.pk)
            ben.refresh_from_db()
            self.assertEqual(ben.attempts, 2)
            self.assertGreaterEqual(ben.next_attempt_at, before + datetime.timedelta(seconds=1200))
            # The server takes it now.
            del smtp.handler.answers["ben@example.org"]
            Delivery.objects.filter(pk=ben.pk).update(next_attempt_at=timezone.now())
            run_campaign(campaign.pk)
        ben.refresh_from_db()
        self.assertEqual(ben.status, Delivery.Status.SENT)
        self.assertEqual(len(smtp.handler.to("ben@example.org")), 1)
        campaign.refresh_from_db()
        self.assertEqual((campaign.status, campaign.sent_count), (Campaign.Status.FINISHED, 3))
        self.assertFalse(Suppression.objects.exists())

    @override_settings(MAILING_MAX_ATTEMPTS=2, MAILING_RETRY_SECONDS=0)
    def test_5xx_answer_drops_and_suppresses_the_address_after_n_tries(self) -> None:
        campaign = self._campaign()
        answers = {"cleo@example.net": "550 5.1.1 No such mailbox"}
        with SMTPServer(answers) as smtp:
            self._start(campaign)
        self.assertEqual(smtp.handler.rcpt_log.count("cleo@example.net"), 2)
        cleo = Delivery.objects.get(address="cleo@example.net")
        self.assertEqual((cleo.status, cleo.attempts), (Delivery.Status.FAILED, 2))
        self.assertIn("550 5.1.1", cleo.last_error)
        suppression = Suppression.objects.get(address="cleo@example.net")
        self.assertEqual((suppression.reason, suppression.list_id), ("bounce", ""))
        campaign.refresh_from_db()
        self.assertEqual(
            (campaign.status, campaign.sent_count, campaign.failed_count),
            (Campaign.Status.FINISHED, 2, 1),
        )
        # The next campaign does not even try the address.
        later = self._campaign(key="digest-2026-12-03")
        with SMTPServer() as smtp:
            self._start(later)
        self.assertEqual(len(smtp.messages), 2)

    def test_a_refused_sender_stops_the_run_without_charging_any_reader(self) -> None:
        campaign = self._campaign()
        with SMTPServer() as smtp:
            smtp.handler.mail_answer = "550 5.7.1 Sender not allowed"
            self._start(campaign)
        self.assertEqual(smtp.handler.rcpt_log, [])
        self.assertEqual(set(Delivery.objects.values_list("status", "attempts")), {("pending", 0)})
        self.assertFalse(Suppression.objects.exists())
        campaign.refresh_from_db()
        self.assertIn("MAIL FROM refused: 550", campaign.last_error)

    def test_a_stale_sending_row_is_reported_and_never_sent_again(self) -> None:
        campaign = self._campaign()
        Campaign.objects.filter(pk=campaign.pk).update(status=Campaign.Status.SENDING)
        long_ago = timezone.now() - datetime.timedelta(hours=1)
        # A worker that died after handing Ana's message over, and one that died before Ben's.
        Delivery.objects.filter(address="ana@example.org").update(
            status=Delivery.Status.SENDING, claimed_by="dead:1", claimed_at=long_ago
        )
        Delivery.objects.filter(address="ben@example.org").update(
            claimed_by="dead:1", claimed_at=long_ago
        )
        with SMTPServer() as smtp:
            result = run_campaign(campaign.pk)
        self.assertEqual(
            sorted(str(m["To"]) for m in smtp.messages), ["ben@example.org", "cleo@example.net"]
        )
        self.assertEqual(
            Delivery.objects.get(address="ana@example.org").status, Delivery.Status.UNKNOWN
        )
        self.assertEqual((result["status"], result["sent"], result["unknown"]), ("finished", 2, 1))

    def test_a_live_lease_is_left_alone(self) -> None:
        campaign = self._campaign()
        Campaign.objects.filter(pk=campaign.pk).update(status=Campaign.Status.SENDING)
        Delivery.objects.filter(address="ana@example.org").update(
            claimed_by="alive:1", claimed_at=timezone.now()
        )
        with SMTPServer() as smtp:
            run_campaign(campaign.pk)
        self.assertEqual(len(smtp.messages), 2)
        campaign.refresh_from_db()
        self.assertEqual(campaign.status, Campaign.Status.SENDING)

    def test_resume_queues_a_campaign_whose_worker_died(self) -> None:
        campaign = self._campaign()
        long_ago = timezone.now() - datetime.timedelta(hours=1)
        Campaign.objects.filter(pk=campaign.pk).update(
            status=Campaign.Status.SENDING, heartbeat_at=long_ago
        )
        Delivery.objects.update(claimed_by="dead:1", claimed_at=long_ago)
        with SMTPServer() as smtp, self.captureOnCommitCallbacks(execute=True):
            queued = services.resume()
        self.assertEqual(queued, [campaign.pk])
        self.assertEqual(len(smtp.messages), 3)

    @override_settings(MAILING_BATCH_SIZE=1)
    def test_a_campaign_stopped_while_sending_sends_no_further_batch(self) -> None:
        campaign = self._campaign()
        Campaign.objects.filter(pk=campaign.pk).update(status=Campaign.Status.QUEUED)
        real_send = BatchSender.send
        stopped: list[int] = []

        def send_then_stop(sender: BatchSender, batch: list[Delivery]) -> None:
            real_send(sender, batch)
            if not stopped:  # an editor presses Stop while the first batch goes out
                stopped.append(services.cancel_campaign(campaign))

        with SMTPServer() as smtp, mock.patch.object(BatchSender, "send", send_then_stop):
            run_campaign(campaign.pk)
        self.assertEqual(len(smtp.messages), 1)
        self.assertEqual(stopped, [2])
        campaign.refresh_from_db()
        self.assertEqual(campaign.status, Campaign.Status.CANCELLED)
        self.assertEqual(Delivery.objects.filter(status=Delivery.Status.PENDING).count(), 2)
        self.assertFalse(Delivery.objects.exclude(claimed_by="").exists())  # nothing held
        with SMTPServer() as smtp, self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(services.resume(), [])  # nothing takes it up again
            run_campaign(campaign.pk)
        self.assertEqual(smtp.messages, [])
        self.assertEqual(services.cancel_campaign(campaign), 0)  # stopping twice: nothing

    def test_a_composer_without_unsubscribe_url_fails_the_delivery_not_the_send(self) -> None:
        from masthead.mailing.registry import ComposedMessage, register_composer

        def careless(campaign, deliveries):
            for d in deliveries:
                yield ComposedMessage(d.pk, "Hi", "text", "", "", "")

        register_composer("careless", careless)
        campaign = services.create_campaign(
            key="careless-1", kind="careless", list_id="x", subject="Hi", recipients=READERS[:1]
        )
        with SMTPServer() as smtp:
            self._start(campaign)
        self.assertEqual(smtp.messages, [])
        delivery = Delivery.objects.get()
        self.assertEqual(delivery.status, Delivery.Status.FAILED)
        self.assertIn("unsubscribe", delivery.last_error)

    def test_mail_server_down_leaves_everyone_pending(self) -> None:
        campaign = self._campaign()
        with (
            override_settings(
                EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
                EMAIL_HOST="127.0.0.1",
                EMAIL_PORT=free_port(),  # nothing listens there
                EMAIL_TIMEOUT=2,
            ),
            self.captureOnCommitCallbacks(execute=True),
        ):
            services.start_campaign(campaign)
        statuses = set(Delivery.objects.values_list("status", "claimed_by"))
        self.assertEqual(statuses, {(Delivery.Status.PENDING, "")})
        campaign.refresh_from_db()
        self.assertEqual(campaign.status, Campaign.Status.SENDING)
        self.assertTrue(campaign.last_error)


@override_settings(
    MAILING_DOMAIN="news.example", EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"
)
class OtherBackendTests(TestCase):
    """A backend other than SMTP (django-anymail, or locmem here) gets the same messages."""

    def test_locmem_backend_receives_each_message_with_the_engine_headers(self) -> None:
        from django.core import mail

        register_test_composer()
        campaign = services.create_campaign(
            key="locmem-1", kind=TEST_KIND, list_id="weekly", subject="Weekly", recipients=READERS
        )
        with self.captureOnCommitCallbacks(execute=True):
            services.start_campaign(campaign)
        self.assertEqual(len(mail.outbox), 3)
        message = mail.outbox[0].message()
        self.assertEqual(message["List-Id"], "<weekly.news.example>")
        self.assertEqual(message["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click")
        self.assertEqual(set(Delivery.objects.values_list("status", flat=True)), {"sent"})


class PeriodicJobTests(TestCase):
    def test_resume_and_bounce_jobs_are_registered_with_the_worker_clock(self) -> None:
        from masthead.core.periodic import registered_jobs

        names = {job.name: job for job in registered_jobs()}
        self.assertEqual(names["mailing.resume"].run, services.resume)
        self.assertIn("mailing.bounces", names)
