"""RSS, Atom and JSON feeds as feed readers and the W3C validator see them."""

import datetime
import email.utils
import json
import re
import xml.etree.ElementTree as ET

import feedparser
from django.test import TestCase, override_settings

from masthead.syndication.factories import PartnerPublicationFactory
from masthead.taxonomy.factories import RegionFactory
from masthead.testing import (
    build_desk,
    build_outlet,
    build_piece_by_ines,
    get_counting_queries,
    grow_archive,
    publish_article,
    start_archive,
    translate,
)

RFC822 = re.compile(r"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"


def parse_xml(content: bytes) -> ET.Element:
    return ET.fromstring(content)  # noqa: S314 — our own response, not untrusted input


class FeedContentTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        build_desk(
            lead='<p>Queues at the <a href="/regions/sahel/">harbour mouth</a> tell a story.</p>',
            first_published=datetime.date(2024, 3, 1),
            own_date=datetime.date(2024, 3, 6),
            own_in_region=True,
        ).attach_to(cls)

    def feed_urls(self) -> list[str]:
        subjects = [
            "",
            f"author/{self.writer.slug}/",
            f"region/{self.region.slug}/",
            f"theme/{self.theme.slug}/",
            f"report/{self.report.slug}/",
        ]
        return [f"/feeds/{s}{fmt}/" for s in subjects for fmt in ("rss", "atom", "json")]

    def parsed(self, url: str):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return feedparser.parse(response.content)

    def entry(self, url: str, title: str):
        return next(e for e in self.parsed(url).entries if e.title == title)

    def test_every_feed_is_served_with_its_type_and_parses_cleanly(self) -> None:
        types = {
            "rss": "application/rss+xml",
            "atom": "application/atom+xml",
            "json": "application/feed+json",
        }
        for url in self.feed_urls():
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                fmt = url.rstrip("/").rsplit("/", 1)[1]
                self.assertTrue(response["Content-Type"].startswith(types[fmt]))
                if fmt == "json":
                    self.assertTrue(json.loads(response.content)["items"])
                    continue
                feed = feedparser.parse(response.content)
                self.assertEqual(feed.bozo, 0, feed.get("bozo_exception"))
                self.assertIn("Why the grain ships wait", [e.title for e in feed.entries])

    def test_site_feed_lists_newest_first_with_outlet_as_title(self) -> None:
        feed = self.parsed("/feeds/rss/")
        self.assertEqual(feed.feed.title, "The Test Courier")
        self.assertEqual(feed.feed.link, "http://localhost/")
        self.assertEqual(feed.feed.language, "en")
        self.assertEqual(
            [e.title for e in feed.entries], ["Our own reporting", "Why the grain ships wait"]
        )

    def test_subject_feeds_name_what_they_follow(self) -> None:
        author = self.parsed(f"/feeds/author/{self.writer.slug}/atom/").feed
        self.assertEqual(author.title, "The Test Courier: Articles by Ines Alvarado")
        self.assertEqual(author.link, "http://localhost/authors/ines-alvarado/")
        report = self.parsed(f"/feeds/report/{self.report.slug}/rss/")
        self.assertEqual(report.feed.title, "The Test Courier: Harbour Cities")
        self.assertEqual([e.title for e in report.entries], ["Why the grain ships wait"])
        theme = self.parsed(f"/feeds/theme/{self.theme.slug}/rss/")
        self.assertNotIn("Our own reporting", [e.title for e in theme.entries])

    def fetch(self, url: str) -> bytes:
        """An absolute URL of ours, fetched as a reader's client would."""
        response = self.client.get(url.removeprefix("http://localhost"))
        self.assertEqual(response.status_code, 200, url)
        return b"".join(response.streaming_content)

    def test_items_carry_authors_categories_and_image_enclosure(self) -> None:
        for fmt in ("rss", "atom"):
            with self.subTest(fmt=fmt):
                entry = self.entry(f"/feeds/{fmt}/", "Why the grain ships wait")
                self.assertEqual(
                    [a["name"] for a in entry.authors], ["Ines Alvarado", "Amara Osei"]
                )
                self.assertIn("Tomasz Wren", str(entry.get("contributors")))
                self.assertEqual(
                    sorted(t.term for t in entry.tags),
                    ["Harbour Cities", "Sahel", "Water & Climate"],
                )
                self.assertEqual(entry.link, "http://localhost/articles/grain-ships/")
                [enclosure] = entry.enclosures
                self.assertRegex(enclosure.href, r"^http://localhost/media/images/.+\.jpg$")
                self.assertEqual(int(enclosure.length), len(self.fetch(enclosure.href)))
                self.assertEqual(enclosure.type, "image/jpeg")

    def test_content_is_the_full_article_lead_first_with_provenance_last(self) -> None:
        for fmt in ("rss", "atom"):
            with self.subTest(fmt=fmt):
                entry = self.entry(f"/feeds/{fmt}/", "Why the grain ships wait")
                content = entry.content[0].value
                lead = content.index("Queues at the")
                body = content.index("The first paragraph sets out the facts.")
                source = content.index("The original source of this article is Harbour Ledger")
                copyright_line = content.index(
                    "Copyright © Ines Alvarado, Amara Osei, Harbour Ledger, 2024"
                )
                self.assertLess(lead, body)
                self.assertLess(body, source)
                self.assertLess(source, copyright_line)
                self.assertIn("https://harbourledger.example/grain", content)
                self.assertIn("Featured image is from Port Authority archive", content)
                self.assertIn('href="http://localhost/regions/sahel/"', content)
                # Every address works away from our site.
                self.assertNotRegex(content, r'(href|src)="/')

    def test_original_piece_has_copyright_but_no_source_line(self) -> None:
        entry = self.entry("/feeds/atom/", "Our own reporting")
        content = entry.content[0].value
        self.assertIn("Copyright © Ines Alvarado, The Test Courier, 2024", content)
        self.assertNotIn("The original source of this article is", content)
        self.assertEqual(entry.enclosures, [])

    def test_rss_follows_the_validator_rules(self) -> None:
        root = parse_xml(self.client.get("/feeds/rss/").content)
        self.assertEqual(root.get("version"), "2.0")
        channel = root.find("channel")
        for name in ("title", "link", "description", "lastBuildDate"):
            self.assertTrue(channel.findtext(name), name)
        self.assertRegex(channel.findtext("lastBuildDate"), RFC822)
        self_link = channel.find(f"{ATOM}link")
        self.assertEqual(self_link.get("rel"), "self")
        self.assertEqual(self_link.get("type"), "application/rss+xml")
        self.assertEqual(self_link.get("href"), "http://localhost/feeds/rss/")
        for item in channel.findall("item"):
            guid = item.find("guid")
            self.assertEqual(guid.get("isPermaLink"), "false")
            self.assertTrue(guid.text.startswith("tag:localhost,"))
            self.assertRegex(item.findtext("pubDate"), RFC822)
            email.utils.parsedate_to_datetime(item.findtext("pubDate"))
            self.assertTrue(item.findtext(f"{CONTENT}encoded"))
            # RSS's <author> must be an e-mail address; names go in dc:creator.
            self.assertIsNone(item.find("author"))
            self.assertTrue(item.findall(f"{DC}creator"))
        self.assertEqual(
            email.utils.parsedate_to_datetime(channel.find("item").findtext("pubDate")).date(),
            datetime.date(2024, 3, 6),
        )

    def test_guid_survives_a_change_of_slug(self) -> None:
        before = self.entry("/feeds/rss/", "Our own reporting").id
        self.original.slug = "own-reporting"
        self.original.save_revision().publish()
        after = self.entry("/feeds/rss/", "Our own reporting")
        self.assertEqual(after.id, before)
        self.assertEqual(after.link, "http://localhost/articles/own-reporting/")

    def test_atom_follows_the_validator_rules(self) -> None:
        root = parse_xml(self.client.get(f"/feeds/region/{self.region.slug}/atom/").content)
        self.assertEqual(root.tag, f"{ATOM}feed")
        self.assertTrue(root.findtext(f"{ATOM}title"))
        self.assertEqual(root.findtext(f"{ATOM}id"), "http://localhost/feeds/region/sahel/atom/")
        self.assertRegex(root.findtext(f"{ATOM}updated"), RFC3339)
        links = {link.get("rel"): link for link in root.findall(f"{ATOM}link")}
        self.assertEqual(links["self"].get("type"), "application/atom+xml")
        self.assertEqual(links["alternate"].get("href"), "http://localhost/regions/sahel/")
        entries = root.findall(f"{ATOM}entry")
        self.assertEqual(len(entries), 2)
        for entry in entries:
            self.assertTrue(entry.findtext(f"{ATOM}id").startswith("tag:"))
            self.assertRegex(entry.findtext(f"{ATOM}updated"), RFC3339)
            self.assertRegex(entry.findtext(f"{ATOM}published"), RFC3339)
            self.assertTrue(entry.findtext(f"{ATOM}author/{ATOM}name"))
            alternate = entry.find(f"{ATOM}link[@rel='alternate']")
            self.assertTrue(alternate.get("href").startswith("http://localhost/articles/"))
            self.assertEqual(entry.find(f"{ATOM}content").get("type"), "html")
            self.assertTrue(entry.findtext(f"{ATOM}rights").startswith("Copyright ©"))

    def test_json_feed_follows_version_1_1(self) -> None:
        data = json.loads(self.client.get(f"/feeds/author/{self.writer.slug}/json/").content)
        self.assertEqual(data["version"], "https://jsonfeed.org/version/1.1")
        self.assertEqual(data["title"], "The Test Courier: Articles by Ines Alvarado")
        self.assertEqual(
            data["feed_url"], f"http://localhost/feeds/author/{self.writer.slug}/json/"
        )
        self.assertEqual(data["home_page_url"], "http://localhost/authors/ines-alvarado/")
        self.assertEqual(data["language"], "en")
        republished = next(i for i in data["items"] if i["title"] == "Why the grain ships wait")
        for item in data["items"]:
            self.assertIsInstance(item["id"], str)
            self.assertTrue(item["content_html"])
            self.assertRegex(item["date_published"], RFC3339)
            self.assertIsNotNone(datetime.datetime.fromisoformat(item["date_published"]).tzinfo)
        self.assertEqual(
            [a["name"] for a in republished["authors"]], ["Ines Alvarado", "Amara Osei"]
        )
        self.assertIn("Copyright © Ines Alvarado", republished["content_html"])
        [attachment] = republished["attachments"]
        self.assertEqual(attachment["mime_type"], "image/jpeg")
        self.assertEqual(attachment["url"], republished["image"])
        self.assertTrue(attachment["url"].startswith("http://localhost/media/"))
        self.assertIsInstance(attachment["size_in_bytes"], int)

    def test_unknown_author_term_kind_or_format_is_404(self) -> None:
        for url in (
            "/feeds/author/nobody/rss/",
            "/feeds/region/atlantis/atom/",
            f"/feeds/region/{self.theme.slug}/json/",
            f"/feeds/planet/{self.region.slug}/rss/",
            "/feeds/rdf/",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)

    def test_unpublished_articles_leave_the_feed(self) -> None:
        self.original.unpublish()
        titles = [e.title for e in self.parsed("/feeds/rss/").entries]
        self.assertEqual(titles, ["Why the grain ships wait"])

    @override_settings(FEED_ITEM_LIMIT=1)
    def test_feed_holds_at_most_the_item_limit(self) -> None:
        self.assertEqual(len(self.parsed("/feeds/atom/").entries), 1)
        self.assertEqual(len(json.loads(self.client.get("/feeds/json/").content)["items"]), 1)


class ConditionalGetTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.article = publish_article(cls.outlet, title="First", slug="first")

    def test_unchanged_feed_answers_304_to_etag_and_date(self) -> None:
        self.article.refresh_from_db()
        for fmt in ("rss", "atom", "json"):
            with self.subTest(fmt=fmt):
                first = self.client.get(f"/feeds/{fmt}/")
                self.assertTrue(first["ETag"])
                self.assertEqual(
                    email.utils.parsedate_to_datetime(first["Last-Modified"]),
                    self.article.last_published_at.replace(microsecond=0),
                )
                again = self.client.get(f"/feeds/{fmt}/", HTTP_IF_NONE_MATCH=first["ETag"])
                self.assertEqual(again.status_code, 304)
                self.assertEqual(again.content, b"")
                self.assertEqual(again["ETag"], first["ETag"])
                since = self.client.get(
                    f"/feeds/{fmt}/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
                )
                self.assertEqual(since.status_code, 304)

    def test_new_correction_or_removal_changes_the_etag(self) -> None:
        etag = self.client.get("/feeds/rss/")["ETag"]
        publish_article(self.outlet, title="Second", slug="second")
        fresh = self.client.get("/feeds/rss/", HTTP_IF_NONE_MATCH=etag)
        self.assertEqual(fresh.status_code, 200)
        self.assertIn(b"Second", fresh.content)

        etag = fresh["ETag"]
        self.article.unpublish()
        after_removal = self.client.get("/feeds/rss/", HTTP_IF_NONE_MATCH=etag)
        self.assertEqual(after_removal.status_code, 200)
        self.assertNotIn(b"<title>First</title>", after_removal.content)

    def test_feeds_differ_in_etag_by_format(self) -> None:
        etags = {self.client.get(f"/feeds/{fmt}/")["ETag"] for fmt in ("rss", "atom", "json")}
        self.assertEqual(len(etags), 3)


class LanguageTests(TestCase):
    """Each language has its own feeds, holding only articles in that language."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.region = RegionFactory(name="Sahel")
        cls.outlet, cls.writer, cls.english = build_piece_by_ines(regions=[cls.region])
        cls.english_only = publish_article(
            cls.outlet, title="Only in English", slug="english-only", authors=[]
        )
        cls.french = translate(cls.english, "fr", title="Pourquoi les céréaliers attendent")

    def test_french_feed_holds_only_french_articles(self) -> None:
        for fmt in ("rss", "atom"):
            with self.subTest(fmt=fmt):
                feed = feedparser.parse(self.client.get(f"/fr/feeds/{fmt}/").content)
                self.assertEqual(feed.bozo, 0)
                self.assertEqual(
                    [e.title for e in feed.entries], ["Pourquoi les céréaliers attendent"]
                )
                self.assertEqual(feed.entries[0].link, "http://localhost/fr/articles/grain-ships/")
                self.assertEqual(feed.feed.language, "fr")
        data = json.loads(self.client.get("/fr/feeds/json/").content)
        self.assertEqual(data["language"], "fr")
        self.assertEqual(data["feed_url"], "http://localhost/fr/feeds/json/")
        self.assertEqual([i["language"] for i in data["items"]], ["fr"])

    def test_english_feed_holds_no_translation(self) -> None:
        titles = [e.title for e in feedparser.parse(self.client.get("/feeds/rss/").content).entries]
        self.assertEqual(sorted(titles), ["Only in English", "Why the grain ships wait"])

    def test_author_and_term_feeds_follow_the_language_too(self) -> None:
        # The French copy still credits the English author record and region: the feed
        # follows the person and the term, not the record.
        for url in (
            f"/fr/feeds/author/{self.writer.slug}/rss/",
            f"/fr/feeds/region/{self.region.slug}/atom/",
        ):
            with self.subTest(url=url):
                feed = feedparser.parse(self.client.get(url).content)
                self.assertEqual(
                    [e.title for e in feed.entries], ["Pourquoi les céréaliers attendent"]
                )

    def test_language_without_content_has_an_empty_valid_feed(self) -> None:
        feed = feedparser.parse(self.client.get("/de/feeds/rss/").content)
        self.assertEqual(feed.bozo, 0)
        self.assertEqual(feed.entries, [])
        self.assertEqual(feed.feed.language, "de")


@override_settings(FEED_ITEM_LIMIT=3)
class FeedQueryCountTests(TestCase):
    """A feed's query count must not grow with the archive beyond the item limit."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet, cls.writers, cls.region = start_archive()
        cls.partner = PartnerPublicationFactory()

    def add_articles(self, count: int) -> None:
        grow_archive(
            self.outlet,
            count,
            self.writers,
            regions=[self.region],
            partner=lambda n: self.partner if n % 2 else None,
        )

    def count(self, url: str) -> int:
        return get_counting_queries(self.client, url)[1]

    def test_feeds_do_not_query_per_archived_article(self) -> None:
        urls = [
            "/feeds/rss/",
            "/feeds/atom/",
            "/feeds/json/",
            f"/feeds/author/{self.writers[0].slug}/rss/",
            "/feeds/region/sahel/json/",
        ]
        self.add_articles(4)
        small = {url: self.count(url) for url in urls}
        self.add_articles(6)
        large = {url: self.count(url) for url in urls}
        self.assertEqual(small, large)
