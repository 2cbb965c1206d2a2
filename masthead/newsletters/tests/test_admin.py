"""Editors in the Wagtail admin: edit an issue (intro, order, removal), send it, special issue."""

from __future__ import annotations

from django.contrib.auth import get_user_model

from masthead.mailing.models import Campaign
from masthead.mailing.sending import run_campaign
from masthead.mailing.tests.support import SMTPServer
from masthead.newsletters import issues
from masthead.newsletters.factories import SubscriberFactory
from masthead.newsletters.models import Issue, Subscriber
from masthead.newsletters.tests.support import NewsletterTestCase
from masthead.testing import publish_article


class IssueAdminTests(NewsletterTestCase):
    def setUp(self) -> None:
        super().setUp()
        editor = get_user_model().objects.create_superuser("ed", "ed@courier.example", "pw")
        self.client.force_login(editor)

    def test_an_editor_rewrites_reorders_and_removes_before_sending(self) -> None:
        first = publish_article(self.outlet, title="Bridge reopens", slug="bridge")
        second = publish_article(self.outlet, title="Port fees rise", slug="fees")
        third = publish_article(self.outlet, title="Night market", slug="night-market")
        issue = issues.build_digest("weekly")
        assert issue is not None
        items = {item.page_id: item for item in issue.items.all()}
        url = f"/admin/snippets/newsletters/issue/edit/{issue.pk}/"
        self.assertContains(self.client.get(url), "Port fees rise")
        data = {
            "subject": "Our week",
            "intro": "Three things, then two.",
            "status": "draft",
            "send_at": "",
            "items-TOTAL_FORMS": "3",
            "items-INITIAL_FORMS": "3",
            "items-MIN_NUM_FORMS": "0",
            "items-MAX_NUM_FORMS": "1000",
        }
        # New order: the market first, then the bridge; the fees story removed.
        for index, (page, order, delete) in enumerate(
            [(third, 0, ""), (first, 1, ""), (second, 2, "1")]
        ):
            data |= {
                f"items-{index}-id": str(items[page.pk].pk),
                f"items-{index}-page": str(page.pk),
                f"items-{index}-ORDER": str(order),
                f"items-{index}-DELETE": delete,
            }
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content[:3000])
        issue.refresh_from_db()
        self.assertEqual(issue.intro, "Three things, then two.")
        self.assertEqual([p.title for p in issue.articles()], ["Night market", "Bridge reopens"])

        SubscriberFactory.create(email="one@inbox.example")
        send_url = f"/admin/newsletters/send/{issue.pk}/"
        self.assertContains(self.client.get(send_url), "1 confirmed readers")
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(send_url)
        self.assertEqual(response.status_code, 302)
        issue.refresh_from_db()
        self.assertEqual(issue.status, Issue.Status.SENT)
        campaign = Campaign.objects.get(key=issue.campaign_key)
        self.assertEqual(campaign.list_id, "newsletter-weekly")
        # Sending again changes nothing.
        self.client.post(send_url)
        self.assertEqual(Campaign.objects.filter(key__startswith=issue.campaign_key).count(), 1)

    def test_an_editor_stops_an_issue_that_is_going_out(self) -> None:
        publish_article(self.outlet, title="Bridge reopens", slug="bridge")
        issue = issues.build_digest("weekly")
        assert issue is not None
        for n in range(3):
            SubscriberFactory.create(email=f"reader{n}@inbox.example")
        # Sent and queued, but the worker has not reached it yet: its task waits in the queue.
        queue = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
        with self.settings(TASKS=queue), self.captureOnCommitCallbacks(execute=True):
            self.client.post(f"/admin/newsletters/send/{issue.pk}/")
        campaign = Campaign.objects.get(key=issue.campaign_key)
        self.assertEqual(campaign.status, Campaign.Status.QUEUED)
        listing = self.client.get("/admin/snippets/newsletters/issue/")
        stop_url = f"/admin/newsletters/stop/{issue.pk}/"
        self.assertContains(listing, f'Sending to 3 <a href="{stop_url}">Stop…</a>', html=True)
        self.assertContains(self.client.get(stop_url), "Stop sending")

        response = self.client.post(stop_url, follow=True)
        self.assertContains(response, "3 readers will not receive it")
        campaign.refresh_from_db()
        self.assertEqual(campaign.status, Campaign.Status.CANCELLED)
        with SMTPServer() as smtp:
            run_campaign(campaign.pk)  # the worker's task, arriving late
        self.assertEqual(smtp.messages, [])
        self.assertContains(self.client.get("/admin/snippets/newsletters/issue/"), "Stopped")
        self.assertContains(self.client.get(stop_url), "no longer being sent")

    def test_an_article_is_sent_as_a_special_issue_from_its_page(self) -> None:
        article = publish_article(self.outlet, title="Flood warning", slug="flood")
        header = self.client.get(f"/admin/pages/{article.pk}/edit/")
        self.assertContains(header, f"/admin/newsletters/special/{article.pk}/")
        response = self.client.post(
            f"/admin/newsletters/special/{article.pk}/", {"intro": "Read this today."}
        )
        issue = Issue.objects.get(kind="special")
        self.assertRedirects(response, f"/admin/snippets/newsletters/issue/edit/{issue.pk}/")
        self.assertEqual(issue.intro, "Read this today.")
        self.assertEqual([p.title for p in issue.articles()], ["Flood warning"])

    def test_build_a_digest_now(self) -> None:
        publish_article(self.outlet, title="Tram line", slug="tram")
        response = self.client.post("/admin/newsletters/build/", {"frequency": "daily"})
        issue = Issue.objects.get(kind="daily")
        self.assertRedirects(response, f"/admin/snippets/newsletters/issue/edit/{issue.pk}/")
        self.assertContains(self.client.get("/admin/snippets/newsletters/issue/"), "Send now")

    def test_the_subscriber_page_shows_the_consent_and_an_issue_cannot_be_marked_sent(
        self,
    ) -> None:
        self.subscribe(self.client_class(), "cons@inbox.example")
        reader = Subscriber.objects.get(email="cons@inbox.example")
        page = self.client.get(f"/admin/snippets/newsletters/subscriber/edit/{reader.pk}/")
        self.assertContains(page, "Consent history")
        self.assertContains(page, reader.consents.get().wording)
        publish_article(self.outlet, title="Ferry", slug="ferry")
        issue = issues.build_digest("weekly")
        assert issue is not None
        edit = self.client.get(f"/admin/snippets/newsletters/issue/edit/{issue.pk}/")
        self.assertContains(edit, 'value="scheduled"')
        self.assertNotContains(edit, 'value="sent"')
