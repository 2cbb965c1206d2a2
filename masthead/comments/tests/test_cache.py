"""Approved comments reach the cached article page and its stored fragments; others do not.

The page cache is driven as a WSGI server drives it (masthead/pagecache/tests/support.py).
"""

from __future__ import annotations

import tempfile

from django.test import override_settings

from masthead.comments import services
from masthead.comments.factories import CommenterFactory, CommentFactory, ReaderFactory
from masthead.comments.models import Comment
from masthead.comments.tests.support import CommentTestCase
from masthead.pagecache.conf import reset_store
from masthead.pagecache.tests.support import CountingDjango, wsgi_get
from masthead.pagecache.wsgi import PageCacheApp
from masthead.testing import count_queries

Status = Comment.Status


@override_settings(
    MASTHEAD_PAGE_CACHE=True, MASTHEAD_PAGE_CACHE_STORE="files", MASTHEAD_FRAGMENT_CACHE=True
)
class PageCacheTests(CommentTestCase):
    def setUp(self) -> None:
        super().setUp()
        folder = tempfile.mkdtemp(prefix="masthead-test-comments-cache-")
        override = override_settings(MASTHEAD_PAGE_CACHE_DIR=folder)
        override.enable()
        self.addCleanup(override.disable)
        reset_store()
        self.addCleanup(reset_store)
        self.django = CountingDjango()
        self.app = PageCacheApp(self.django)
        self.url = self.article.url
        self.assertEqual(wsgi_get(self.app, self.url).status, 200)  # stored now

    def served(self) -> str:
        calls = len(self.django.calls)
        reply = wsgi_get(self.app, self.url)
        self.assertEqual(reply.status, 200)
        self.assertEqual(len(self.django.calls), calls, "answered by Django, not the cache")
        return reply.text

    def test_approving_a_comment_puts_it_in_the_cached_page(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            comment = CommentFactory(
                page=self.article, status=Status.PENDING, body="Berths are booked for weeks."
            )
        cached = self.served()
        self.assertNotIn("Berths are booked", cached)  # pending: the stored page is untouched
        self.assertIn("0 comments", cached)
        with self.captureOnCommitCallbacks(execute=True):
            services.moderate([Comment.objects.get(pk=comment.pk)], "approve")
        cached = self.served()  # purged and warmed again at approval
        self.assertIn("Berths are booked for weeks.", cached)
        self.assertIn("1 comment", cached)
        self.assertIn(f'id="comment-{comment.pk}"', cached)

    def test_rejecting_or_deleting_an_approved_comment_takes_it_out(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            comment = CommentFactory(page=self.article, body="Wrong about the tides.")
        self.assertIn("Wrong about the tides.", self.served())
        with self.captureOnCommitCallbacks(execute=True):
            services.moderate([Comment.objects.get(pk=comment.pk)], "reject")
        self.assertNotIn("Wrong about the tides.", self.served())
        with self.captureOnCommitCallbacks(execute=True):
            again = CommentFactory(page=self.article, body="Right about the tides.")
        self.assertIn("Right about the tides.", self.served())
        with self.captureOnCommitCallbacks(execute=True):
            Comment.objects.get(pk=again.pk).delete()
        self.assertNotIn("Right about the tides.", self.served())

    def test_editing_a_comment_and_closing_the_article(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            comment = CommentFactory(page=self.article, body="Teh harbour.")
        with self.captureOnCommitCallbacks(execute=True):
            services.edit_comment(Comment.objects.get(pk=comment.pk), "The harbour.")
        self.assertIn("The harbour.", self.served())
        self.assertIn("Join the discussion", self.served())
        with self.captureOnCommitCallbacks(execute=True):
            services.set_closed(self.article, True)
        cached = self.served()
        self.assertIn("Comments on this article are closed.", cached)
        self.assertIn("The harbour.", cached)

    def test_the_cached_page_holds_nothing_per_reader(self) -> None:
        cached = self.served()
        self.assertNotIn("csrfmiddlewaretoken", cached)
        self.assertIn(f'href="/comments/{self.article.pk}/new/"', cached)


@override_settings(MASTHEAD_PAGE_CACHE=False, MASTHEAD_FRAGMENT_CACHE=True)
class FragmentTests(CommentTestCase):
    def read(self) -> str:
        response = self.client.get(self.article.url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_approval_retires_the_stored_fragment(self) -> None:
        reader = CommenterFactory(user=ReaderFactory(username="ana"), display_name="Ana")
        with self.captureOnCommitCallbacks(execute=True):
            comment = CommentFactory(
                page=self.article, commenter=reader, status=Status.PENDING, body="Tides matter."
            )
        self.assertNotIn("Tides matter.", self.read())
        self.assertNotIn("Tides matter.", self.read())  # from the stored fragment
        with self.captureOnCommitCallbacks(execute=True):
            services.moderate([Comment.objects.get(pk=comment.pk)], "approve")
        html = self.read()
        self.assertIn("Tides matter.", html)
        self.assertIn("Ana", html)
        with self.captureOnCommitCallbacks(execute=True):
            services.commenter_for_user(reader.user, "Ana Souza")
        self.assertIn("Ana Souza", self.read())


@override_settings(MASTHEAD_PAGE_CACHE=False, MASTHEAD_FRAGMENT_CACHE=False)
class QueryCountTests(CommentTestCase):
    def test_a_long_discussion_costs_no_more_queries_than_a_short_one(self) -> None:
        def queries() -> int:
            with count_queries() as log:
                self.assertEqual(self.client.get(self.article.url).status_code, 200)
            return len(log)

        top = CommentFactory(page=self.article, featured=True)
        CommentFactory(page=self.article, parent=top, in_reply_to=top)
        queries()  # the first request fills per-process caches (content types, site root paths)
        few = queries()
        for _ in range(15):
            parent = CommentFactory(page=self.article)
            CommentFactory(page=self.article, parent=parent, in_reply_to=parent)
        self.assertEqual(queries(), few)


@override_settings(MASTHEAD_PAGE_CACHE=False, MASTHEAD_FRAGMENT_CACHE=True)
class DeletedAccountTests(CommentTestCase):
    def test_a_deleted_account_takes_its_comments_and_leaves_others_replies(self) -> None:
        leaving = CommenterFactory(user=ReaderFactory(username="leaving"), display_name="Leaver")
        staying = CommenterFactory(user=ReaderFactory(username="staying"), display_name="Stayer")
        top = CommentFactory(page=self.article, commenter=leaving, body="My own words.")
        CommentFactory(
            page=self.article, commenter=staying, parent=top, in_reply_to=top, body="An answer."
        )
        self.assertIn("My own words.", self.client.get(self.article.url).content.decode())
        with self.captureOnCommitCallbacks(execute=True):
            leaving.user.delete()
        html = self.client.get(self.article.url).content.decode()
        self.assertNotIn("My own words.", html)
        self.assertNotIn("Leaver", html)
        self.assertIn("An answer.", html)
        self.assertIn("1 comment", html)
