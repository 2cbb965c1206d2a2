"""The demo's comments load into the queue and onto the articles they name."""

from __future__ import annotations

from django.test import TestCase

from masthead.comments.models import Comment
from masthead.demo.comments import load_demo_comments, read_comments
from masthead.testing import build_outlet, publish_article


class DemoCommentTests(TestCase):
    def test_threads_queue_and_reports(self) -> None:
        outlet = build_outlet()
        slugs = sorted({item["article"] for item in read_comments()})
        self.assertEqual(len(slugs), 3)
        pages = {slug: publish_article(outlet, title=slug, slug=slug) for slug in slugs}
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(load_demo_comments(), len(read_comments()))
        statuses = set(Comment.objects.values_list("status", flat=True))
        self.assertEqual(statuses, {"approved", "pending", "rejected", "spam"})
        self.assertTrue(Comment.objects.reported().exists())
        self.assertTrue(Comment.objects.filter(featured=True, parent=None).exists())
        baltic = self.client.get(pages["baltic-ferry-ports-winter-ice"].url).content.decode()
        self.assertIn("Kaisa from Turku", baltic)
        self.assertIn("3 comments", baltic)
        self.assertNotIn("Cheap ferry tickets", baltic)  # spam stays in the queue
        self.assertNotIn("summer timetable", baltic)  # pending too
