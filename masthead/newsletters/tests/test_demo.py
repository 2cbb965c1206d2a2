"""The demo's sample digest: in the admin's list, and readable in the public archive."""

from __future__ import annotations

from django.test import Client

from masthead.demo.newsletters import load_demo_newsletters
from masthead.newsletters.models import Issue, Subscriber
from masthead.newsletters.tests.support import NewsletterTestCase
from masthead.testing import publish_article


class DemoNewsletterTests(NewsletterTestCase):
    def test_the_sample_digest_is_built_from_the_articles_and_shown_in_the_archive(self) -> None:
        publish_article(self.outlet, title="Ferry timetables return", slug="ferries")
        publish_article(self.outlet, title="A new fish market", slug="fish-market")
        issue = load_demo_newsletters()
        assert issue is not None
        self.assertEqual(issue.status, Issue.Status.SENT)
        self.assertEqual(Subscriber.objects.confirmed().count(), 3)
        self.assertTrue(all(s.consents.count() == 2 for s in Subscriber.objects.all()))
        archive = Client().get("/newsletters/archive/")
        self.assertContains(archive, f"/newsletters/archive/{issue.pk}/")
        page = Client().get(f"/newsletters/archive/{issue.pk}/")
        self.assertContains(page, "Ferry timetables return")
        self.assertContains(page, 'href="http://localhost/articles/fish-market/"')
