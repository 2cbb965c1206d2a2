"""Guests who confirm their address by a link and a button, and guests who never do."""

from __future__ import annotations

import datetime
import re
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from masthead.comments import services
from masthead.comments.models import Comment
from masthead.comments.tests.support import CommentTestCase

Status = Comment.Status


class GuestTests(CommentTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.rules.allow_guests = True
        self.rules.save()

    def post_as_guest(self, body: str, email: str = "lina@guests.example") -> Comment:
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(self.new_url(), self.form_data(body, email=email))
        self.assertEqual(response.status_code, 302)
        return Comment.objects.latest("pk")

    def confirm_link(self) -> str:
        found = re.search(r"https?://\S+/comments/confirm/\S+/", mail.outbox[-1].body)
        assert found is not None
        return found.group(0).split("://", 1)[1].split("/", 1)[1].join(["/", ""])

    def test_guests_are_offered_the_form_only_when_the_setting_allows(self) -> None:
        self.assertContains(self.client.get(self.new_url()), 'name="email"')
        self.rules.allow_guests = False
        self.rules.save()
        self.assertContains(self.client.get(self.new_url()), "Sign in to comment.")

    def test_a_guest_confirms_by_pressing_the_button_then_a_moderator_approves(self) -> None:
        comment = self.post_as_guest("Guest view on the queues.")
        self.assertEqual(comment.status, Status.UNCONFIRMED)
        self.assertEqual(mail.outbox[-1].to, ["lina@guests.example"])
        self.assertIn("Confirm your comment", mail.outbox[-1].subject)
        link = self.confirm_link()
        # Opening the link (as a mail scanner would) confirms nothing.
        self.assertContains(self.client.get(link), "Confirm my comment")
        comment.refresh_from_db()
        self.assertEqual(comment.status, Status.UNCONFIRMED)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(link)
        self.assertContains(response, "confirmed and awaiting moderation")
        comment.refresh_from_db()
        self.assertEqual(comment.status, Status.PENDING)
        with self.captureOnCommitCallbacks(execute=True):
            services.moderate([comment], "approve")
        self.assertContains(self.client.get(self.article.url), "Guest view on the queues.")
        # The address is never shown to readers.
        self.assertNotContains(self.client.get(self.article.url), "lina@guests.example")

    def test_a_guest_who_never_confirms_is_never_shown_and_is_purged(self) -> None:
        comment = self.post_as_guest("Never confirmed words.")
        self.assertNotContains(self.client.get(self.article.url), "Never confirmed words.")
        # Not even a moderator's approval shows it before the guest confirms.
        self.assertEqual(services.moderate([comment], "approve"), 0)
        self.assertFalse(Comment.objects.public().filter(pk=comment.pk).exists())
        Comment.objects.filter(pk=comment.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=8)
        )
        out = StringIO()
        call_command("purge_unconfirmed_comments", stdout=out)
        self.assertIn("Deleted 1 unconfirmed guest comments.", out.getvalue())
        self.assertFalse(Comment.objects.filter(pk=comment.pk).exists())

    def test_an_unconfirmed_comment_younger_than_the_limit_is_kept(self) -> None:
        comment = self.post_as_guest("Still time to confirm.")
        self.assertEqual(services.purge_unconfirmed(), 0)
        self.assertTrue(Comment.objects.filter(pk=comment.pk).exists())

    def test_a_forged_or_expired_link_confirms_nothing(self) -> None:
        comment = self.post_as_guest("Forged link test.")
        response = self.client.post("/comments/confirm/forged-token/")
        self.assertEqual(response.status_code, 404)
        self.rules.guest_confirmation_days = 0
        self.rules.save()
        response = self.client.post(self.confirm_link())
        self.assertEqual(response.status_code, 404)
        comment.refresh_from_db()
        self.assertEqual(comment.status, Status.UNCONFIRMED)

    def test_spam_from_a_guest_sends_no_email(self) -> None:
        mail.outbox.clear()
        comment = self.post_as_guest("Spam", email="bot@guests.example")
        self.assertEqual(comment.status, Status.UNCONFIRMED)
        mail.outbox.clear()
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(
                self.new_url(),
                self.form_data("Buy now", email="victim@guests.example", website="x"),
            )
        self.assertEqual(Comment.objects.latest("pk").status, Status.SPAM)
        self.assertEqual(mail.outbox, [])
