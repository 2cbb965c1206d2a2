"""New posts are added a batch at a time (``bulk_pages``): they must be the same Wagtail pages
that ``add_child`` and ``save_revision`` make, findable, and editable afterwards."""

from __future__ import annotations

import datetime
import tempfile
from io import StringIO
from pathlib import Path
from typing import Any
from unittest import mock

from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Page, PageLogEntry, ReferenceIndex

from masthead.articles.models import ArticleIndexPage, ArticlePage
from masthead.importers import bulk_pages
from masthead.importers.models import WordPressPost
from masthead.importers.tests.test_wordpress_import import MAPPING, SITE
from masthead.stories.models import StorySignature
from masthead.testing import build_outlet


class BulkAddedPostsTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet("The Estuary Courier")

    def setUp(self) -> None:
        self.mapping = Path(tempfile.mkdtemp(prefix="wxr-bulk-")) / "mapping.toml"
        self.mapping.write_text(MAPPING, encoding="utf-8")

    def run_import(self) -> str:
        out = StringIO()
        with self.captureOnCommitCallbacks(execute=True):
            call_command("import_wordpress", str(SITE), "--mapping", str(self.mapping), stdout=out)
        return out.getvalue()

    def article(self, wp_id: int) -> ArticlePage:
        return WordPressPost.objects.get(wp_id=wp_id).page.specific

    def test_the_tree_is_whole_and_each_page_has_its_place(self) -> None:
        self.run_import()
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        index = ArticleIndexPage.objects.get()
        self.assertEqual(index.numchild, 5)
        self.assertEqual(
            [page.pk for page in index.get_children()],
            list(WordPressPost.objects.order_by("pk").values_list("page_id", flat=True)),
        )
        birds = self.article(11)
        self.assertEqual(birds.url_path, f"{index.url_path}saltmarsh-birds-return/")
        self.assertEqual(birds.get_parent().pk, index.pk)
        self.assertGreater(birds.reading_time or 0, 0)

    def test_revisions_and_history_are_what_wagtail_would_write(self) -> None:
        self.run_import()
        birds, scheduled, draft = self.article(11), self.article(13), self.article(14)
        self.assertEqual(birds.live_revision, birds.latest_revision)
        self.assertFalse(birds.has_unpublished_changes)
        restored = birds.latest_revision.as_object()
        self.assertEqual(restored.title, birds.title)
        self.assertEqual(
            [link.author_id for link in restored.article_authors.all()],
            [link.author_id for link in birds.article_authors.all()],
        )
        self.assertEqual(
            {term.pk for term in restored.regions.all()}, {term.pk for term in birds.regions.all()}
        )
        self.assertIsNone(draft.live_revision)
        self.assertTrue(draft.has_unpublished_changes)
        self.assertEqual(
            scheduled.latest_revision.approved_go_live_at,
            datetime.datetime(2031, 7, 1, 7, 0, tzinfo=datetime.UTC),
        )
        created = PageLogEntry.objects.filter(action="wagtail.create", page=birds)
        self.assertEqual(created.count(), 1)

    def test_an_imported_article_can_be_edited_published_and_read(self) -> None:
        self.run_import()
        birds = self.article(11)
        birds.title = "Saltmarsh birds stay for the winter"
        with self.captureOnCommitCallbacks(execute=True):
            birds.save_revision().publish()
        response = self.client.get(birds.url)
        self.assertContains(response, "Saltmarsh birds stay for the winter")
        # An editor's new page goes after the imported ones.
        index = ArticleIndexPage.objects.get()
        added = index.add_child(
            instance=ArticlePage(title="A page added by hand", slug="by-hand", live=False)
        )
        self.assertEqual(added.get_parent().pk, index.pk)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))

    def test_the_batch_is_searchable_referenced_and_known_as_a_story(self) -> None:
        self.run_import()
        birds = self.article(11)
        response = self.client.get("/search/", {"q": "avocets"})
        self.assertContains(response, "Saltmarsh birds return to the old harbour")
        author = birds.article_authors.first().author
        self.assertTrue(ReferenceIndex.get_references_to(author).exists())
        self.assertTrue(StorySignature.objects.filter(page_id=birds.pk).exists())

    def test_a_clash_in_the_tree_falls_back_to_one_page_at_a_time(self) -> None:
        taken = ArticleIndexPage.objects.get().path  # a path already used: the insert fails

        def clashing(parent: Page, count: int) -> list[str]:
            return [taken] * count

        real_add_child = ArticleIndexPage.add_child
        calls: list[Any] = []

        def counted(self: Page, **kwargs: Any) -> Page:
            calls.append(kwargs["instance"].title)
            return real_add_child(self, **kwargs)

        with (
            mock.patch.object(bulk_pages, "_next_paths", clashing),
            mock.patch.object(ArticleIndexPage, "add_child", counted),
        ):
            output = self.run_import()
        self.assertIn("5 created", output)
        self.assertEqual(len(calls), 5)
        self.assertEqual(ArticlePage.objects.count(), 5)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
