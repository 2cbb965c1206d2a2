"""Subscribing with double opt-in: the email from a real SMTP server, the POST, the consent."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.test import Client
from freezegun import freeze_time

from masthead.newsletters.models import ConsentRecord, Subscriber
from masthead.newsletters.tests.support import MailServer, NewsletterTestCase, link, text_of
from masthead.newsletters.tokens import confirm_token, manage_token


class DoubleOptInTests(NewsletterTestCase):
    def test_subscribe_confirm_by_post_and_the_consent_kept(self) -> None:
        client = Client(enforce_csrf_checks=True)
        with MailServer() as mail:
            response = self.subscribe(
                client,
                "amina@inbox.example",
                frequency="daily",
                everything="0",
                regions=[self.sahel.pk],
                language="fr",
            )
            self.assertRedirects(response, "/newsletters/subscribe/sent/")
            message = mail.wait_for("amina@inbox.example", 1)
        subscriber = Subscriber.objects.get(email="amina@inbox.example")
        self.assertEqual(subscriber.status, Subscriber.Status.PENDING)
        self.assertIn("newsletter", message["Subject"].lower() + text_of(message).lower())
        confirm_url = link(message, "/newsletters/confirm/")
        path = urlsplit(confirm_url).path

        # A link scanner's GET shows the button and changes nothing.
        page = client.get(path)
        self.assertContains(page, "<button")
        self.assertIn("no-store", page["Cache-Control"])
        subscriber.refresh_from_db()
        self.assertEqual(subscriber.status, Subscriber.Status.PENDING)

        page = client.post(path)
        self.assertContains(page, 'role="status"')
        subscriber.refresh_from_db()
        self.assertEqual(subscriber.status, Subscriber.Status.CONFIRMED)
        self.assertEqual(subscriber.frequency, "daily")
        self.assertEqual(subscriber.language, "fr")
        self.assertEqual(list(subscriber.regions.all()), [self.sahel])
        records = list(subscriber.consents.all())
        self.assertEqual([r.action for r in records], ["subscribe", "confirm"])
        self.assertEqual(records[0].form, "page")
        # The exact words the page showed, in the reader's language, and no address of theirs.
        shown = client.get("/newsletters/subscribe/?language=fr").content.decode()
        self.assertIn(records[0].wording, shown)
        self.assertIn("sahel", records[0].choices)
        field_names = {f.name for f in ConsentRecord._meta.get_fields()}
        self.assertFalse({"ip", "ip_address", "user_agent"} & field_names)

    def test_the_compact_form_posts_from_a_cached_page_without_a_token(self) -> None:
        client = Client(enforce_csrf_checks=True)
        response = self.subscribe(client, "noor@inbox.example", form="footer", language="en")
        self.assertEqual(response.status_code, 302)
        subscriber = Subscriber.objects.get(email="noor@inbox.example")
        self.assertEqual(subscriber.frequency, "weekly")
        self.assertTrue(subscriber.everything)
        self.assertEqual(subscriber.consents.get().form, "footer")

    def test_the_cached_footer_carries_the_form_and_no_token(self) -> None:
        page = Client().get("/")
        html = page.content.decode()
        self.assertIn('action="/newsletters/subscribe/"', html)
        self.assertNotIn("csrfmiddlewaretoken", html)
        self.assertNotIn("csrftoken", page.cookies)

    def test_an_expired_link_is_refused_with_a_page_that_says_so(self) -> None:
        with freeze_time("2026-01-01 10:00"):
            self.subscribe(Client(), "late@inbox.example")
            token = confirm_token(Subscriber.objects.get(email="late@inbox.example"))
        with freeze_time("2026-01-09 10:00"):
            response = Client().post(f"/newsletters/confirm/{token}/")
        self.assertContains(response, "expired", status_code=404)
        self.assertEqual(
            Subscriber.objects.get(email="late@inbox.example").status, Subscriber.Status.PENDING
        )

    def test_forged_links_are_refused(self) -> None:
        self.subscribe(Client(), "mo@inbox.example")
        subscriber = Subscriber.objects.get(email="mo@inbox.example")
        forged = confirm_token(subscriber)[:-3] + "abc"
        response = Client().post(f"/newsletters/confirm/{forged}/")
        self.assertContains(response, "not valid", status_code=404)
        # A preferences token is not a confirmation token.
        response = Client().post(f"/newsletters/confirm/{manage_token(subscriber)}/")
        self.assertEqual(response.status_code, 404)
        subscriber.refresh_from_db()
        self.assertEqual(subscriber.status, Subscriber.Status.PENDING)

    def test_the_honeypot_stores_and_sends_nothing(self) -> None:
        with MailServer() as mail:
            response = self.subscribe(Client(), "bot@spam.example", website="http://x")
            self.assertEqual(response.status_code, 302)
            self.assertFalse(Subscriber.objects.filter(email="bot@spam.example").exists())
            self.assertEqual(mail.messages, [])

    def test_repeated_requests_for_one_address_are_limited(self) -> None:
        client = Client()
        for _ in range(3):
            self.assertEqual(self.subscribe(client, "twin@inbox.example").status_code, 302)
        response = self.subscribe(client, "twin@inbox.example")
        self.assertContains(response, "short time", status_code=429)
        self.assertIn("Retry-After", response)

    def test_a_subscribed_address_keeps_its_choices_and_is_sent_its_preferences(self) -> None:
        with MailServer() as mail:
            self.subscribe(Client(), "kept@inbox.example", frequency="daily")
            subscriber = Subscriber.objects.get(email="kept@inbox.example")
            Client().post(f"/newsletters/confirm/{confirm_token(subscriber)}/")
            self.subscribe(Client(), "kept@inbox.example", frequency="weekly")
            second = mail.wait_for("kept@inbox.example", 2)
        subscriber.refresh_from_db()
        self.assertEqual(subscriber.frequency, "daily")
        self.assertIn("/newsletters/preferences/", text_of(second))

    def test_confirmation_days_come_from_settings(self) -> None:
        with self.settings(MASTHEAD_NEWSLETTER_CONFIRM_DAYS=30):
            with freeze_time("2026-01-01 10:00"):
                self.subscribe(Client(), "slow@inbox.example")
                token = confirm_token(Subscriber.objects.get(email="slow@inbox.example"))
            with freeze_time("2026-01-20 10:00"):
                Client().post(f"/newsletters/confirm/{token}/")
        self.assertEqual(
            Subscriber.objects.get(email="slow@inbox.example").status,
            Subscriber.Status.CONFIRMED,
        )
