"""Moderators at work in the Wagtail admin, readers reporting, and the emails readers asked for."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from masthead.comments import services
from masthead.comments.factories import CommenterFactory, CommentFactory, ReaderFactory
from masthead.comments.models import Comment, Commenter, Notification
from masthead.comments.tasks import send_notification
from masthead.comments.tests.support import CommentTestCase

Status = Comment.Status
QUEUE = "/admin/comments/"


class QueueTests(CommentTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.moderator = get_user_model().objects.create_superuser(
            "moderator", "moderator@courier.example", "a moderator password"
        )
        self.client.force_login(self.moderator)

    def test_tabs_hold_each_status(self) -> None:
        for status, body in [
            (Status.PENDING, "Waiting one"),
            (Status.SPAM, "Cheap watches"),
            (Status.REJECTED, "Rude one"),
        ]:
            CommentFactory(page=self.article, status=status, body=body)
        pending = self.client.get(QUEUE)
        self.assertContains(pending, "Waiting one")
        self.assertNotContains(pending, "Cheap watches")
        self.assertContains(self.client.get(QUEUE + "?tab=spam"), "Cheap watches")
        self.assertContains(self.client.get(QUEUE + "?tab=rejected"), "Rude one")

    def test_bulk_approve_then_reject_with_reply_and_approval_emails(self) -> None:
        top = CommentFactory(page=self.article, notify=True, body="Top comment")
        waiting = [
            CommentFactory(
                page=self.article,
                status=Status.PENDING,
                parent=top,
                in_reply_to=top,
                notify=True,
                body=f"Reply {n}",
            )
            for n in range(3)
        ]
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                QUEUE + "bulk/",
                {"action": "approve", "comment": [c.pk for c in waiting[:2]], "next": QUEUE},
            )
        self.assertRedirects(response, QUEUE, fetch_redirect_response=False)
        statuses = list(
            Comment.objects.filter(pk__in=[c.pk for c in waiting]).values_list("status", flat=True)
        )
        self.assertEqual(sorted(statuses), ["approved", "approved", "pending"])
        subjects = sorted(message.subject for message in mail.outbox)
        self.assertEqual(
            subjects,
            ["A reply to your comment: Harbour queues"] * 2
            + ["Your comment is published: Harbour queues"] * 2,
        )
        self.assertIn(top.commenter.address, [m.to[0] for m in mail.outbox if "reply" in m.subject])
        mail.outbox.clear()
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(QUEUE + "bulk/", {"action": "reject", "comment": [waiting[2].pk]})
        self.assertEqual(
            [m.subject for m in mail.outbox], ["Your comment was not published: Harbour queues"]
        )

    def test_a_notification_is_sent_once_even_when_run_twice(self) -> None:
        comment = CommentFactory(page=self.article, status=Status.PENDING, notify=True)
        with self.captureOnCommitCallbacks(execute=True):
            services.moderate([comment], "approve")
        notification = Notification.objects.get()
        self.assertIsNotNone(notification.sent_at)
        self.assertEqual(send_notification.call(notification.pk), "already claimed")
        self.assertEqual(len(mail.outbox), 1)

    def test_a_worker_killed_after_claiming_never_sends_it_again(self) -> None:
        comment = CommentFactory(page=self.article, status=Status.PENDING, notify=True)
        notification = Notification.objects.create(
            comment=comment, kind="approved", address="a@readers.example", claimed_at=timezone.now()
        )
        self.assertEqual(send_notification.call(notification.pk), "already claimed")
        self.assertEqual(mail.outbox, [])

    def test_a_refused_send_releases_the_claim_for_a_later_run(self) -> None:
        comment = CommentFactory(page=self.article, status=Status.PENDING, notify=True)
        notification = Notification.objects.create(
            comment=comment, kind="approved", address="a@readers.example"
        )
        with (
            override_settings(
                EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
                EMAIL_HOST="127.0.0.1",
                EMAIL_PORT=9,
            ),
            self.assertRaises(OSError),
        ):
            send_notification.call(notification.pk)
        notification.refresh_from_db()
        self.assertIsNone(notification.claimed_at)
        self.assertTrue(notification.error)
        self.assertEqual(send_notification.call(notification.pk), "sent")
        self.assertEqual(len(mail.outbox), 1)

    def test_reported_comments_and_featured_ones(self) -> None:
        rude = CommentFactory(page=self.article, body="You all know nothing.")
        fine = CommentFactory(page=self.article, body="Thanks for the reporting.")
        self.client.logout()
        response = self.client.post(f"/comments/{rude.pk}/report/", {"reason": "Insulting"})
        self.assertContains(response, "The moderators will look at this comment.")
        self.client.force_login(self.moderator)
        reported = self.client.get(QUEUE + "?tab=reported")
        self.assertContains(reported, "You all know nothing.")
        self.assertContains(reported, "Insulting")
        self.client.post(QUEUE + "bulk/", {"action": "feature", "comment": [fine.pk]})
        self.client.post(QUEUE + "bulk/", {"action": "reject", "comment": [rude.pk]})
        self.assertNotContains(self.client.get(QUEUE + "?tab=reported"), "You all know nothing.")
        self.client.logout()
        html = self.client.get(self.article.url).content.decode()
        self.assertNotIn("You all know nothing.", html)
        self.assertIn("Editors’ pick", html)

    def test_reports_are_rate_limited(self) -> None:
        comment = CommentFactory(page=self.article)
        self.client.logout()
        for _ in range(10):
            self.client.post(f"/comments/{comment.pk}/report/", {"reason": "x"})
        response = self.client.post(f"/comments/{comment.pk}/report/", {"reason": "x"})
        self.assertEqual(response.status_code, 429)
        self.assertEqual(comment.reports.count(), 10)

    def test_reader_history_ban_and_always_premoderate(self) -> None:
        reader = CommenterFactory(display_name="Troll")
        CommentFactory(page=self.article, commenter=reader, body="Old approved one")
        waiting = CommentFactory(page=self.article, commenter=reader, status=Status.PENDING)
        page = self.client.get(f"{QUEUE}reader/{reader.pk}/")
        self.assertContains(page, "Old approved one")
        self.client.post(f"{QUEUE}reader/{reader.pk}/", {"standing": "banned"})
        reader.refresh_from_db()
        self.assertEqual(reader.standing, Commenter.Standing.BANNED)
        waiting.refresh_from_db()
        self.assertEqual(waiting.status, Status.REJECTED)

        other = ReaderFactory(username="watched")
        watched = CommenterFactory(user=other)
        CommentFactory(page=self.article, commenter=watched)  # no longer new
        self.client.post(f"{QUEUE}reader/{watched.pk}/", {"standing": "premoderate"})
        self.client.force_login(other)
        self.client.post(self.new_url(), self.form_data("Watched comment"))
        self.assertEqual(Comment.objects.latest("pk").status, Status.PENDING)

    def test_suspension_tells_the_reader_until_when(self) -> None:
        reader = ReaderFactory(username="hot")
        commenter = CommenterFactory(user=reader)
        self.client.post(f"{QUEUE}reader/{commenter.pk}/", {"standing": "suspended", "days": 3})
        self.client.force_login(reader)
        response = self.client.post(self.new_url(), self.form_data("Let me"))
        self.assertContains(response, "Your commenting is suspended until", status_code=403)

    def test_closing_an_article_from_the_admin(self) -> None:
        self.client.post(f"{QUEUE}article/{self.article.pk}/close/", {"closed": "1"})
        self.assertTrue(services.is_closed(self.article))
        self.client.logout()
        self.assertContains(
            self.client.get(self.article.url), "Comments on this article are closed."
        )

    def test_the_settings_page_and_the_article_button(self) -> None:
        response = self.client.get(
            f"/admin/settings/comments/commentsettings/{self.outlet.site.pk}/"
        )
        self.assertContains(response, "Pre-moderate new commenters")
        self.assertContains(response, "Blocked email domains")
        editor = self.client.get(f"/admin/pages/{self.article.pk}/edit/")
        self.assertContains(editor, f"{QUEUE}?tab=approved&amp;page_id={self.article.pk}")

    def test_a_moderators_group_with_the_comment_permission(self) -> None:
        group = Group.objects.create(name="Comment moderators")
        group.permissions.add(
            Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"),
            Permission.objects.get(codename="change_comment", content_type__app_label="comments"),
        )
        person = ReaderFactory(username="mod2")
        person.groups.add(group)
        self.client.force_login(person)
        self.assertEqual(self.client.get(QUEUE).status_code, 200)

    def test_readers_cannot_moderate(self) -> None:
        reader = ReaderFactory(username="curious")
        self.client.force_login(reader)
        self.assertNotEqual(self.client.get(QUEUE).status_code, 200)
        comment = CommentFactory(page=self.article, status=Status.PENDING)
        self.client.post(QUEUE + "bulk/", {"action": "approve", "comment": [comment.pk]})
        comment.refresh_from_db()
        self.assertEqual(comment.status, Status.PENDING)
