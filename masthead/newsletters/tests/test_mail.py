"""A digest as it arrives at a real SMTP server, and the one-click unsubscribe in its header."""

from __future__ import annotations

import re
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit

from django.test import Client

from masthead.mailing import bounces
from masthead.mailing.models import Suppression
from masthead.newsletters import issues, sending
from masthead.newsletters.factories import SubscriberFactory
from masthead.newsletters.models import Subscriber
from masthead.newsletters.tests.support import MailServer, NewsletterTestCase, html_of, text_of
from masthead.newsletters.tokens import manage_token
from masthead.testing import publish_article


class DigestByMailTests(NewsletterTestCase):
    def send_digest(self, mail: MailServer) -> None:
        publish_article(self.outlet, title="Tidal power plans", slug="tidal-power")
        issue = issues.build_digest("weekly")
        assert issue is not None
        issue.intro = "A calm week on the coast."
        issue.save()
        with self.captureOnCommitCallbacks(execute=True):
            sending.send_issue(issue)

    def test_the_digest_arrives_with_both_parts_and_the_list_headers(self) -> None:
        reader = SubscriberFactory.create(email="lena@inbox.example")
        with MailServer() as mail:
            self.send_digest(mail)
            message = mail.wait_for("lena@inbox.example", 1)
        text, html = text_of(message), html_of(message)
        for part in (text, html):
            self.assertIn("Tidal power plans", part)
            self.assertIn("A calm week on the coast.", part)
            self.assertIn("http://localhost/articles/tidal-power/", part)
            self.assertIn("/newsletters/preferences/", part)
            self.assertIn("/newsletters/unsubscribe/", part)
        self.assertNotIn("<img", html)
        self.assertIn('style="', html)
        self.assertEqual(message["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click")
        self.assertIn("newsletter-weekly", message["List-Id"])
        self.assertTrue(message["Message-ID"])
        header = message["List-Unsubscribe"]
        self.assertIn("mailto:", header)
        https_url = re.search(r"<(https?://[^>]+)>", header)
        assert https_url is not None
        # The links in the message are the reader's own and open their pages.
        preferences = re.search(r"https?://\S+/newsletters/preferences/\S+/", text)
        assert preferences is not None
        page = Client().get(urlsplit(preferences.group(0)).path)
        self.assertContains(page, "lena@inbox.example")
        self.assertEqual(urlsplit(https_url.group(1)).path.split("/")[-2], manage_token(reader))

    def test_one_click_unsubscribe_from_the_header_without_cookies(self) -> None:
        reader = SubscriberFactory.create(email="omar@inbox.example")
        with MailServer() as mail:
            self.send_digest(mail)
            message = mail.wait_for("omar@inbox.example", 1)
        found = re.search(r"<(https?://[^>]+)>", message["List-Unsubscribe"])
        assert found is not None
        path = urlsplit(found.group(1)).path
        client = Client(enforce_csrf_checks=True)  # no cookie, no CSRF token: as a mail client

        page = client.get(path)  # a link scanner: nothing happens
        self.assertContains(page, "<button")
        reader.refresh_from_db()
        self.assertEqual(reader.status, Subscriber.Status.CONFIRMED)

        response = client.post(path, {"List-Unsubscribe": "One-Click"})
        self.assertEqual(response.status_code, 200)
        reader.refresh_from_db()
        self.assertEqual(reader.status, Subscriber.Status.UNSUBSCRIBED)
        self.assertTrue(
            Suppression.objects.filter(
                address="omar@inbox.example", list_id="newsletter-weekly", reason="unsubscribe"
            ).exists()
        )
        self.assertEqual(reader.consents.last().form, "one-click")
        # Twice is the same as once.
        again = client.post(path, {"List-Unsubscribe": "One-Click"})
        self.assertEqual(again.status_code, 200)
        self.assertEqual(reader.consents.filter(action="unsubscribe").count(), 1)

    def test_unsubscribe_by_mail_to_the_headers_mailto(self) -> None:
        """A mail client that uses the mailto writes to the bounce mailbox, which reads it."""
        reader = SubscriberFactory.create(email="ines@inbox.example")
        with MailServer() as mail:
            self.send_digest(mail)
            message = mail.wait_for("ines@inbox.example", 1)
        found = re.search(r"<mailto:([^?>]+)\?subject=([^>]+)>", message["List-Unsubscribe"])
        assert found is not None
        request = EmailMessage()
        request["From"] = "ines@inbox.example"
        request["To"] = found.group(1)
        request["Subject"] = unquote(found.group(2))
        request.set_content("Sent from my phone")

        with self.captureOnCommitCallbacks(execute=True):
            finding = bounces.process_bytes(request.as_bytes(), source="test mailbox")

        self.assertEqual(finding.kind, "request")
        reader.refresh_from_db()
        self.assertEqual(reader.status, Subscriber.Status.UNSUBSCRIBED)
        self.assertEqual(reader.consents.last().form, "mailto")
        self.assertTrue(
            Suppression.objects.filter(address="ines@inbox.example", reason="unsubscribe").exists()
        )
        # A made-up token does nothing, and is not taken for a bounce either.
        request.replace_header("Subject", "unsubscribe not-a-token")
        other = SubscriberFactory.create(email="rui@inbox.example")
        self.assertEqual(bounces.process_bytes(request.as_bytes(), source="test").kind, "")
        other.refresh_from_db()
        self.assertEqual(other.status, Subscriber.Status.CONFIRMED)

    def test_an_unsubscribed_reader_is_not_sent_the_next_issue(self) -> None:
        reader = SubscriberFactory.create(email="gone@inbox.example")
        SubscriberFactory.create(email="stays@inbox.example")
        client = Client()
        client.post(f"/newsletters/unsubscribe/{manage_token(reader)}/")
        with MailServer() as mail:
            self.send_digest(mail)
            mail.wait_for("stays@inbox.example", 1)
            self.assertEqual([m["To"] for m in mail.messages], ["stays@inbox.example"])
