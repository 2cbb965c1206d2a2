"""Wagtail's routing remembered per process (pagecache/routes.py): as fresh as the content.

Each test reads pages the way a reader does; a second read is routed from the memo. Every
change that can move, retire or restrict a page must show on the next read.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.test import TestCase, override_settings
from wagtail.models import PageViewRestriction

from masthead.pagecache import routes
from masthead.testing import build_outlet, count_queries, publish_article, translate


@override_settings(MASTHEAD_ROUTE_MEMO=True, MASTHEAD_FRAGMENT_CACHE=True)
class RouteMemoTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.article = publish_article(
            cls.outlet,
            title="Why the grain ships wait",
            slug="grain-ships",
            date=datetime.date(2024, 3, 5),
        )

    def commit(self, action: Any) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            action()

    def test_a_second_read_is_routed_without_asking_the_database(self) -> None:
        self.client.get("/articles/grain-ships/")
        with count_queries() as again:
            response = self.client.get("/articles/grain-ships/")
        self.assertContains(response, "Why the grain ships wait")
        # Only the content version is read: site, locale, page and restrictions are remembered.
        self.assertEqual(len(again), 1, again.report())

    def test_an_edit_is_read_at_once(self) -> None:
        self.client.get("/articles/grain-ships/")

        def edit() -> None:
            self.article.title = "Why the grain ships still wait"
            self.article.save_revision().publish()

        self.commit(edit)
        self.assertContains(self.client.get("/articles/grain-ships/"), "ships still wait")

    def test_an_unpublished_page_is_gone_at_once(self) -> None:
        self.client.get("/articles/grain-ships/")
        self.commit(lambda: self.article.unpublish())
        self.assertEqual(self.client.get("/articles/grain-ships/").status_code, 404)

    def test_a_new_slug_moves_the_page(self) -> None:
        self.client.get("/articles/grain-ships/")

        def rename() -> None:
            self.article.slug = "grain-ships-wait"
            self.article.save_revision().publish()

        self.commit(rename)
        self.assertContains(self.client.get("/articles/grain-ships-wait/"), "grain ships wait")
        self.assertNotEqual(self.client.get("/articles/grain-ships/").status_code, 200)

    def test_a_new_password_is_asked_for_at_once(self) -> None:
        self.client.get("/articles/grain-ships/")
        self.commit(
            lambda: PageViewRestriction.objects.create(
                page=self.article, restriction_type=PageViewRestriction.PASSWORD, password="x"
            )
        )
        response = self.client.get("/articles/grain-ships/")
        self.assertNotContains(response, "Why the grain ships wait")
        self.assertContains(response, 'type="password"')

    def test_each_language_keeps_its_own_route(self) -> None:
        french = translate(self.article, "fr", title="Pourquoi les céréaliers attendent")
        self.commit(lambda: french.save_revision().publish())
        english = self.client.get("/articles/grain-ships/")
        self.assertContains(english, "Why the grain ships wait")
        for _ in range(2):
            response = self.client.get("/fr/articles/grain-ships/")
            self.assertContains(response, "Pourquoi les céréaliers attendent")
            self.assertNotContains(response, "Why the grain ships wait")

    def test_what_one_request_sets_on_its_page_does_not_reach_the_next(self) -> None:
        self.client.get("/articles/grain-ships/")
        memo = routes.memo_for(routes.content_version())
        (stored, _args, _kwargs, _tags) = next(iter(memo.routes.values()))
        response = self.client.get("/articles/grain-ships/")
        served = response.context["page"]
        self.assertIsNot(served, stored)
        served.title = "Set by one request"
        self.assertContains(self.client.get("/articles/grain-ships/"), "Why the grain ships wait")

    def test_pages_not_found_are_not_remembered(self) -> None:
        for n in range(5):
            self.client.get(f"/articles/made-up-{n}/")
        memo = routes.memo_for(routes.content_version())
        self.assertEqual(len(memo.routes), 0)

    @override_settings(MASTHEAD_ROUTE_MEMO_SIZE=2)
    def test_the_memo_keeps_only_the_most_recently_read_routes(self) -> None:
        routes.forget()
        for url in ("/", "/articles/", "/articles/grain-ships/"):
            self.client.get(url)
        memo = routes.memo_for(routes.content_version())
        self.assertEqual([key[2] for key in memo.routes], ["articles/", "articles/grain-ships/"])
