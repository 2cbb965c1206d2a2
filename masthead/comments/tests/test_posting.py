"""A reader posting through the form page: what is published, held, refused, and why."""

from __future__ import annotations

from masthead.comments.factories import CommenterFactory, CommentFactory, ReaderFactory
from masthead.comments.models import Comment, Commenter
from masthead.comments.services import set_closed
from masthead.comments.tests.support import CommentTestCase

Status = Comment.Status


class PostingTests(CommentTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.reader = ReaderFactory(username="marta")
        self.client.force_login(self.reader)

    def post(self, body: str, **kwargs: object) -> object:
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(self.new_url(), self.form_data(body, **kwargs))

    def test_form_page_is_private_and_never_cached(self) -> None:
        response = self.client.get(self.new_url())
        self.assertContains(response, "Join the discussion")
        self.assertContains(response, 'name="csrfmiddlewaretoken"')
        self.assertIn("no-store", response["Cache-Control"])
        self.assertIn("private", response["Cache-Control"])

    def test_a_new_commenter_waits_for_a_moderator_and_sees_it_pending(self) -> None:
        response = self.post("The queues were *longer* last winter.")
        self.assertRedirects(
            response, self.new_url() + "#your-comments", fetch_redirect_response=False
        )
        comment = Comment.objects.get()
        self.assertEqual(comment.status, Status.PENDING)
        self.assertEqual(comment.hold_reason, "New commenter.")
        self.assertEqual(comment.commenter.display_name, "Marta from the docks")
        page = self.client.get(self.new_url())
        self.assertContains(page, "Your comment is awaiting moderation.")
        self.assertContains(page, "Awaiting moderation")
        self.assertContains(page, "<em>longer</em>")
        # Not on the article until a moderator approves it.
        self.assertNotContains(self.client.get(self.article.url), "longer")

    def test_a_known_commenter_is_published_at_once(self) -> None:
        commenter = CommenterFactory(user=self.reader)
        CommentFactory(page=self.article, commenter=commenter)
        self.post("Second thoughts on the harbour.")
        comment = Comment.objects.latest("pk")
        self.assertEqual(comment.status, Status.APPROVED)
        self.client.logout()
        self.assertContains(self.client.get(self.article.url), "Second thoughts on the harbour.")

    def test_a_reply_joins_the_thread_one_level_deep(self) -> None:
        top = CommentFactory(page=self.article)
        first = CommentFactory(page=self.article, parent=top, in_reply_to=top)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(f"/comments/{first.pk}/reply/", self.form_data("I agree with you."))
        reply = Comment.objects.latest("pk")
        self.assertEqual(reply.parent, top)
        self.assertEqual(reply.in_reply_to, first)

    def test_not_signed_in_and_no_guests_offers_sign_in(self) -> None:
        self.client.logout()
        response = self.client.get(self.new_url())
        self.assertContains(response, "Sign in to comment.")
        self.assertNotContains(response, "<textarea")
        self.assertContains(response, "next=")

    def test_a_closed_article_takes_no_comments(self) -> None:
        set_closed(self.article, True)
        response = self.post("Too late?")
        self.assertContains(response, "Comments on this article are closed.")
        self.assertFalse(Comment.objects.exists())


class HeldSpamTests(CommentTestCase):
    """Spam is held for moderators, never dropped: each kind lands in the Spam queue."""

    def setUp(self) -> None:
        super().setUp()
        self.reader = ReaderFactory(username="sam")
        self.client.force_login(self.reader)

    def post(self, body: str, **kwargs: object) -> Comment:
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(self.new_url(), self.form_data(body, **kwargs))
        self.assertEqual(response.status_code, 302)
        return Comment.objects.latest("pk")

    def test_honeypot(self) -> None:
        comment = self.post("Cheap watches", website="https://spam.example")
        self.assertEqual(comment.status, Status.SPAM)
        self.assertIn("hidden form field", comment.hold_reason)

    def test_too_fast(self) -> None:
        comment = self.post("First!", seconds_ago=1)
        self.assertEqual(comment.status, Status.SPAM)
        self.assertIn("after the form opened", comment.hold_reason)

    def test_forged_timestamp(self) -> None:
        comment = self.post("Forged", stamp="not-a-signed-stamp")
        self.assertEqual(comment.status, Status.SPAM)

    def test_banned_word_is_rejected_and_kept(self) -> None:
        self.rules.banned_words = "Scoundrel\nfraud"
        self.rules.save()
        comment = self.post("The mayor is a scoundrel.")
        self.assertEqual(comment.status, Status.REJECTED)
        self.assertIn("scoundrel", comment.hold_reason)

    def test_suspect_word_waits(self) -> None:
        commenter = CommenterFactory(user=self.reader)
        CommentFactory(page=self.article, commenter=commenter)
        self.rules.suspect_words = "lawsuit"
        self.rules.save()
        comment = self.post("There will be a lawsuit.")
        self.assertEqual(comment.status, Status.PENDING)

    def test_too_many_links(self) -> None:
        body = " ".join(f"[shop {n}](https://shop{n}.example)" for n in range(5))
        comment = self.post(body)
        self.assertEqual(comment.status, Status.SPAM)
        self.assertIn("5 links", comment.hold_reason)

    def test_blocked_email_domain(self) -> None:
        self.rules.blocked_email_domains = "readers.example"
        self.rules.save()
        self.assertEqual(self.post("Hello").status, Status.SPAM)

    def test_rate_limit_per_reader_keeps_the_text(self) -> None:
        self.rules.per_reader_per_hour = 2
        self.rules.save()
        for n in range(2):
            self.post(f"Comment {n}")
        response = self.client.post(self.new_url(), self.form_data("One too many"))
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "You have posted many comments", status_code=429)
        self.assertContains(response, "One too many", status_code=429)
        self.assertEqual(Comment.objects.count(), 2)

    def test_rate_limit_per_address_counts_every_reader_there(self) -> None:
        self.rules.per_address_per_hour = 3
        self.rules.save()
        for n in range(3):
            self.client.force_login(ReaderFactory(username=f"office{n}"))
            self.post(f"From the office {n}")
        self.client.force_login(ReaderFactory(username="office-late"))
        response = self.client.post(self.new_url(), self.form_data("Same address"))
        self.assertEqual(response.status_code, 429)
        self.assertEqual(Comment.objects.count(), 3)

    def test_banned_and_suspended_readers_are_told(self) -> None:
        commenter = CommenterFactory(user=self.reader, standing=Commenter.Standing.BANNED)
        response = self.client.post(self.new_url(), self.form_data("Let me in"))
        self.assertContains(response, "You can no longer comment", status_code=403)
        self.assertFalse(Comment.objects.exists())
        commenter.delete()


class BadInputTests(CommentTestCase):
    """HTML, scripts, huge bodies and unicode tricks: sanitised or refused, never breaking."""

    def setUp(self) -> None:
        super().setUp()
        self.reader = ReaderFactory(username="eve")
        CommentFactory(page=self.article, commenter=CommenterFactory(user=self.reader))
        self.client.force_login(self.reader)

    def publish(self, body: str) -> Comment:
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(self.new_url(), self.form_data(body))
        comment = Comment.objects.latest("pk")
        self.assertEqual(comment.status, Status.APPROVED)
        return comment

    def article_html(self) -> str:
        self.client.logout()
        response = self.client.get(self.article.url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_html_and_script_are_shown_as_text(self) -> None:
        self.publish('<script>alert("x")</script><img src=x onerror=alert(1)> <b>bold</b>')
        html = self.article_html()
        self.assertNotIn("<script>alert", html)
        self.assertNotIn("<img src=x", html)
        self.assertIn("&lt;script&gt;alert(", html)
        self.assertIn("&lt;b&gt;bold&lt;/b&gt;", html)

    def test_markdown_links_are_nofollow_ugc_and_javascript_is_not_a_link(self) -> None:
        self.rules.premoderate_links = False
        self.rules.save()
        self.publish("[the port](https://port.example/queues) and [x](javascript:alert(1))")
        html = self.article_html()
        self.assertIn('<a href="https://port.example/queues" rel="nofollow ugc">the port</a>', html)
        self.assertNotIn('href="javascript:', html)

    def test_a_100_kb_body_is_refused_with_a_clear_message(self) -> None:
        response = self.client.post(self.new_url(), self.form_data("x" * 100_000))
        self.assertContains(response, "Your comment is 100000 characters long; the most is 5000.")
        self.assertEqual(Comment.objects.count(), 1)

    def test_bidi_overrides_and_zero_width_characters_are_removed(self) -> None:
        comment = self.publish("price \u202e001$\u202c to\u200b\u200dday\ufeff")
        self.assertEqual(comment.body, "price 001$ today")
        self.assertNotIn("\u202e", self.article_html())

    def test_a_homoglyph_link_shows_its_real_host(self) -> None:
        self.rules.premoderate_links = False
        self.rules.save()
        self.publish(
            "[pay here](https://p\u0430ypal.example/login) and [bank.example](https://evil.example)"
        )
        html = self.article_html()
        self.assertIn('href="https://xn--pypal-4ve.example/login"', html)
        self.assertIn("[xn--pypal-4ve.example]", html)
        self.assertIn("[evil.example]", html)

    def test_a_name_cannot_break_the_page(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(
                self.new_url(),
                self.form_data("Fine.", display_name="</bdi><script>x</script>\u202eevil"),
            )
        html = self.article_html()
        self.assertIn("&lt;/bdi&gt;&lt;script&gt;x&lt;/script&gt;evil", html)
