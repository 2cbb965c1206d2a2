"""Polling partners' feeds against a local server: drafts, permission, duplicates, errors."""

from __future__ import annotations

import datetime
from http.server import BaseHTTPRequestHandler

from django.test import TestCase

from masthead.articles.models import ArticlePage
from masthead.ingest.models import IngestedItem, ItemStatus
from masthead.ingest.services import poll_feed
from masthead.ingest.tasks import queue_due_feeds
from masthead.ingest.tests.server import LocalSite, Reply, local_site
from masthead.ingest.tests.support import article_page, atom, body_html, rss
from masthead.syndication.factories import PartnerFeedFactory, PartnerPublicationFactory
from masthead.syndication.models import PartnerFeed, Permission
from masthead.testing import build_outlet

FERRIES = {
    "title": "Ferries return",
    "link": "https://courier.example/ferries",
    "content": body_html("Ferries"),
}
BRIDGE = {
    "title": "Bridge repairs",
    "link": "https://courier.example/bridge",
    "author": "Jon Kell",
    "content": body_html("Bridge"),
}
RSS_TYPE = "application/rss+xml"


class FeedTestCase(TestCase):
    def setUp(self) -> None:
        self.outlet = build_outlet()
        self.partner = PartnerPublicationFactory(name="Coastline Courier")

    def feed_at(self, site: LocalSite, path: str = "/feed.xml") -> PartnerFeed:
        return PartnerFeedFactory(partner=self.partner, url=site.url(path))


class PollTests(FeedTestCase):
    def test_new_items_become_drafts_with_their_provenance(self) -> None:
        items = [FERRIES, BRIDGE]
        with local_site() as site:
            site.serve("/feed.xml", rss(items), "application/rss+xml", ETag='"a1"')
            feed = self.feed_at(site)
            outcome = poll_feed(feed)
        self.assertEqual(outcome.error, "")
        self.assertEqual(len(outcome.new_items), 2)
        article = ArticlePage.objects.get(title="Bridge repairs")
        self.assertFalse(article.live)
        self.assertEqual(article.partner, self.partner)
        self.assertEqual(article.original_url, "https://courier.example/bridge")
        self.assertEqual(article.original_date, datetime.date(2026, 11, 20))
        self.assertEqual(article.author_names(), ["Jon Kell"])
        self.assertIn("Work on the old stone bridge at Marren", article.lead)
        self.assertEqual(len(article.body), 2)
        item = IngestedItem.objects.get(article=article)
        self.assertEqual(item.status, ItemStatus.READY)
        feed.refresh_from_db()
        self.assertEqual(
            (feed.title, feed.etag, feed.last_error), ("Coastline Courier", '"a1"', "")
        )
        self.assertIsNotNone(feed.last_success_at)
        self.assertEqual(feed.last_new_items, 2)

    def test_an_atom_feed_is_read_too(self) -> None:
        items = [
            {
                "title": "Delta flooding",
                "guid": "urn:delta:1",
                "link": "https://delta.example/1",
                "content": body_html("Delta"),
            }
        ]
        with local_site() as site:
            site.serve("/atom.xml", atom(items), "application/atom+xml")
            outcome = poll_feed(self.feed_at(site, "/atom.xml"))
        article = ArticlePage.objects.get(title="Delta flooding")
        self.assertEqual(outcome.new_items[0].key, "urn:delta:1")
        self.assertEqual(article.author_names(), ["Ines Marr"])
        self.assertEqual(article.original_date, datetime.date(2026, 11, 21))

    def test_items_are_taken_in_once_across_polls_and_304_changes_nothing(self) -> None:
        versions = {'"v1"': rss([FERRIES]), '"v2"': rss([BRIDGE, FERRIES])}
        current = ['"v1"']

        def conditional(request: BaseHTTPRequestHandler) -> Reply:
            etag = current[0]
            if request.headers.get("If-None-Match") == etag:
                return Reply(b"", 304, {"ETag": etag})
            headers = {"Content-Type": RSS_TYPE, "ETag": etag}
            return Reply(versions[etag].encode(), 200, headers)

        with local_site() as site:
            site.routes["/feed.xml"] = conditional
            feed = self.feed_at(site)
            self.assertEqual(len(poll_feed(feed).new_items), 1)
            unchanged = poll_feed(feed)
            current[0] = '"v2"'
            changed = poll_feed(feed)
            again = poll_feed(feed)
        self.assertTrue(unchanged.not_modified)
        self.assertEqual([i.title for i in changed.new_items], ["Bridge repairs"])
        self.assertTrue(again.not_modified)
        self.assertEqual(ArticlePage.objects.filter(title="Ferries return").count(), 1)
        self.assertEqual(IngestedItem.objects.count(), 2)
        self.assertEqual(site.requests[1][1]["if-none-match"], '"v1"')

    def test_a_teaser_item_is_read_from_its_article_page(self) -> None:
        with local_site() as site:
            page_url = site.url("/news/ferries")
            site.serve("/news/ferries", article_page("Ferries return"), "text/html; charset=utf-8")
            site.serve("/feed.xml", rss([{"title": "Ferries return", "link": page_url}]), RSS_TYPE)
            outcome = poll_feed(self.feed_at(site))
        item = outcome.new_items[0]
        self.assertEqual(item.status, ItemStatus.READY)
        self.assertEqual(item.article.original_url, page_url)
        lead = "<p>Boats run again on the lower river after the water rose.</p>"
        self.assertEqual(item.article.lead, lead)
        self.assertIn("Subscribe to our newsletter", item.boilerplate)

    def test_a_teaser_whose_page_fails_is_a_failed_item_with_the_error(self) -> None:
        with local_site() as site:
            site.serve("/feed.xml", rss([{"title": "Gone", "link": site.url("/gone")}]), RSS_TYPE)
            outcome = poll_feed(self.feed_at(site))
        item = outcome.new_items[0]
        self.assertEqual((item.status, item.error_code), (ItemStatus.FAILED, "bad-status"))
        self.assertIn("404", item.reason)
        self.assertFalse(ArticlePage.objects.filter(title="Gone").exists())


class PermissionTests(FeedTestCase):
    def test_without_permission_drafts_are_held_until_a_letter_is_on_file(self) -> None:
        self.partner.permission = Permission.NONE
        self.partner.save()
        with local_site() as site:
            site.serve("/feed.xml", rss([FERRIES]), RSS_TYPE)
            outcome = poll_feed(self.feed_at(site))
        held = outcome.new_items[0]
        self.assertEqual(held.status, ItemStatus.HELD)
        self.assertIn("Coastline Courier has no licence or permission on file", held.reason)
        self.partner.permission = Permission.LETTER
        self.partner.permission_date = datetime.date(2026, 3, 1)
        self.partner.save()
        held.refresh_from_db()
        self.assertEqual((held.status, held.reason), (ItemStatus.READY, ""))


class FeedErrorTests(FeedTestCase):
    def poll_error(self, site: LocalSite, path: str = "/feed.xml") -> PartnerFeed:
        feed = self.feed_at(site, path)
        poll_feed(feed)
        feed.refresh_from_db()
        return feed

    def test_a_malformed_feed_is_a_declared_error_on_the_feed(self) -> None:
        with local_site() as site:
            site.serve("/feed.xml", "<rss><channel><title>Broken<item></rss", "application/rss+xml")
            feed = self.poll_error(site)
        self.assertEqual(feed.last_error_code, "not-a-feed")
        self.assertIn("could not be read as RSS or Atom", feed.last_error)
        self.assertIsNone(feed.last_success_at)
        self.assertEqual(IngestedItem.objects.count(), 0)

    def test_an_html_page_is_not_a_feed(self) -> None:
        with local_site() as site:
            site.serve("/feed.xml", "<html><body><p>Welcome</p></body></html>", "text/html")
            feed = self.poll_error(site)
        self.assertEqual(feed.last_error_code, "not-a-feed")

    def test_a_redirect_to_a_private_address_is_refused(self) -> None:
        with local_site() as site:
            site.redirect("/feed.xml", "http://192.168.0.10/feed.xml")
            feed = self.poll_error(site)
        self.assertEqual(feed.last_error_code, "blocked-address")
        self.assertIn("private or reserved network address (192.168.0.10)", feed.last_error)

    def test_a_huge_feed_is_refused(self) -> None:
        item = {
            "title": "Big",
            "link": "https://courier.example/big",
            "content": "<p>word </p>" * 200_000,
        }
        with local_site() as site, self.settings(MASTHEAD_INGEST_MAX_BYTES=500_000):
            site.serve("/feed.xml", rss([item]), "application/rss+xml")
            feed = self.poll_error(site)
        self.assertEqual(feed.last_error_code, "too-large")


class EncodingTests(FeedTestCase):
    title = "Café crème on the São Francisco"

    def titles_from(self, body: bytes, content_type: str) -> list[str]:
        with local_site() as site:
            site.serve("/feed.xml", body, content_type)
            poll_feed(self.feed_at(site))
        return list(IngestedItem.objects.values_list("title", flat=True))

    def feed_bytes(self, encoding: str, declared: str) -> bytes:
        item = {
            "title": self.title,
            "link": "https://courier.example/cafe",
            "content": body_html("Café"),
        }
        text = rss([item], encoding=declared)
        if declared == "":
            text = text.replace(' encoding=""', "")
        return text.encode(encoding)

    def test_latin1_declared_in_the_document(self) -> None:
        body = self.feed_bytes("latin-1", "iso-8859-1")
        self.assertEqual(self.titles_from(body, "application/rss+xml"), [self.title])

    def test_latin1_declared_in_the_header_only(self) -> None:
        body = self.feed_bytes("latin-1", "")
        titles = self.titles_from(body, "application/rss+xml; charset=ISO-8859-1")
        self.assertEqual(titles, [self.title])

    def test_latin1_declared_nowhere(self) -> None:
        body = self.feed_bytes("latin-1", "")
        self.assertEqual(self.titles_from(body, "application/rss+xml"), [self.title])

    def test_latin1_mislabelled_as_utf8(self) -> None:
        body = self.feed_bytes("latin-1", "utf-8")
        titles = self.titles_from(body, "application/rss+xml; charset=utf-8")
        self.assertEqual(titles, [self.title])


class PeriodicTests(FeedTestCase):
    def test_the_worker_job_polls_due_feeds_once_per_interval(self) -> None:
        with local_site() as site:
            site.serve("/feed.xml", rss([FERRIES]), RSS_TYPE)
            feed = self.feed_at(site)
            PartnerFeedFactory(partner=self.partner, url=site.url("/paused.xml"), active=False)
            with self.captureOnCommitCallbacks(execute=True):
                self.assertEqual(queue_due_feeds(), 1)
            with self.captureOnCommitCallbacks(execute=True):
                self.assertEqual(queue_due_feeds(), 0)
        self.assertEqual([path for path, _headers in site.requests], ["/feed.xml"])
        self.assertTrue(ArticlePage.objects.filter(title="Ferries return").exists())
        feed.refresh_from_db()
        self.assertFalse(feed.is_due())
        self.assertTrue(feed.is_due(feed.last_polled_at + datetime.timedelta(minutes=60)))
