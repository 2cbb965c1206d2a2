"""The preferences page, reached from an email's link without signing in."""

from __future__ import annotations

from django.test import Client

from masthead.mailing.services import is_suppressed
from masthead.newsletters.factories import SubscriberFactory
from masthead.newsletters.models import Subscriber
from masthead.newsletters.tests.support import NewsletterTestCase
from masthead.newsletters.tokens import confirm_token, manage_token


class PreferencesTests(NewsletterTestCase):
    def test_a_reader_changes_frequency_topics_and_language_by_the_link(self) -> None:
        reader = SubscriberFactory.create(email="ines@inbox.example")
        url = f"/newsletters/preferences/{manage_token(reader)}/"
        client = Client(enforce_csrf_checks=True)
        page = client.get(url)
        self.assertContains(page, "ines@inbox.example")
        self.assertContains(page, "Sahel")
        self.assertIn("no-store", page["Cache-Control"])
        response = client.post(
            url,
            {
                "frequency": "daily",
                "everything": "0",
                "regions": [self.andes.pk],
                "themes": [self.water.pk],
                "language": "fr",
            },
        )
        self.assertContains(response, 'role="status"')
        reader.refresh_from_db()
        self.assertEqual(reader.frequency, "daily")
        self.assertFalse(reader.everything)
        self.assertEqual(reader.language, "fr")
        self.assertEqual(list(reader.regions.all()), [self.andes])
        self.assertEqual(list(reader.themes.all()), [self.water])
        record = reader.consents.get()
        self.assertEqual((record.action, record.form), ("change", "preferences"))
        self.assertIn("region:andes", record.choices)

    def test_only_topics_needs_a_topic(self) -> None:
        reader = SubscriberFactory.create(email="none@inbox.example")
        url = f"/newsletters/preferences/{manage_token(reader)}/"
        response = Client().post(url, {"frequency": "weekly", "everything": "0", "language": "en"})
        self.assertContains(response, "Choose at least one")
        reader.refresh_from_db()
        self.assertTrue(reader.everything)

    def test_a_forged_or_revoked_link_opens_nothing(self) -> None:
        reader = SubscriberFactory.create(email="rev@inbox.example")
        token = manage_token(reader)
        response = Client().get(f"/newsletters/preferences/{token[:-2]}xx/")
        self.assertContains(response, "not valid", status_code=404)
        Subscriber.objects.filter(pk=reader.pk).update(
            manage_key="00000000-0000-4000-8000-000000000000"
        )
        self.assertEqual(Client().get(f"/newsletters/preferences/{token}/").status_code, 404)
        self.assertEqual(Client().post(f"/newsletters/unsubscribe/{token}/").status_code, 404)

    def test_unsubscribing_then_confirming_again_lifts_the_suppression(self) -> None:
        reader = SubscriberFactory.create(email="back@inbox.example")
        Client().post(f"/newsletters/unsubscribe/{manage_token(reader)}/")
        self.assertTrue(is_suppressed("back@inbox.example", "newsletter-weekly"))
        self.subscribe(Client(), "back@inbox.example")
        reader.refresh_from_db()
        self.assertEqual(reader.status, Subscriber.Status.PENDING)
        self.assertTrue(is_suppressed("back@inbox.example", "newsletter-weekly"))
        Client().post(f"/newsletters/confirm/{confirm_token(reader)}/")
        self.assertFalse(is_suppressed("back@inbox.example", "newsletter-weekly"))
        actions = list(reader.consents.values_list("action", flat=True))
        self.assertEqual(actions, ["unsubscribe", "subscribe", "confirm"])
