"""What search engines and social previews read from an article page, and feed discovery."""

import datetime
import json
import re
from html.parser import HTMLParser

from django.test import TestCase

from masthead.testing import build_desk, build_piece_by_ines, file_terms, publish_article, translate

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


class HeadReader(HTMLParser):
    """Collects <meta property|name> and <link rel=alternate> tags from a page."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.alternates: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        if tag == "meta":
            key = attributes.get("property") or attributes.get("name")
            if key:
                self.meta.setdefault(key, []).append(attributes.get("content", ""))
        elif tag == "link" and attributes.get("rel") == "alternate" and attributes.get("type"):
            self.alternates.append(attributes)


def read_head(response) -> HeadReader:
    reader = HeadReader()
    reader.feed(response.content.decode())
    return reader


def json_ld(response) -> dict:
    [payload] = JSON_LD.findall(response.content.decode())
    return json.loads(payload)


class ArticleMetadataTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        build_desk(
            lead="<p>Queues at the <b>harbour mouth</b> &amp; beyond tell a longer story.</p>",
            first_published=datetime.date(2023, 12, 30),
            own_date=datetime.date(2024, 7, 1),
            image_title="Grain ships",
        ).attach_to(cls)

    def get(self, url: str):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return response

    def test_json_ld_describes_a_republished_piece_with_its_provenance(self) -> None:
        data = json_ld(self.get("/articles/grain-ships/"))
        self.assertEqual(data["@context"], "https://schema.org")
        self.assertEqual(data["@type"], "NewsArticle")
        self.assertEqual(data["headline"], "Why the grain ships wait")
        self.assertEqual(
            data["description"], "Queues at the harbour mouth & beyond tell a longer story."
        )
        published = datetime.datetime.fromisoformat(data["datePublished"])
        self.assertEqual(published.date(), datetime.date(2024, 3, 5))
        self.assertIsNotNone(published.tzinfo)
        self.assertGreaterEqual(datetime.datetime.fromisoformat(data["dateModified"]), published)
        self.assertEqual(data["inLanguage"], "en")
        self.assertEqual(
            data["author"],
            [
                {
                    "@type": "Person",
                    "name": "Ines Alvarado",
                    "url": "http://localhost/authors/ines-alvarado/",
                },
                {
                    "@type": "Person",
                    "name": "Amara Osei",
                    "url": "http://localhost/authors/amara-osei/",
                },
            ],
        )
        self.assertEqual(data["translator"][0]["name"], "Tomasz Wren")
        self.assertEqual(
            data["publisher"],
            {"@type": "Organization", "name": "The Test Courier", "url": "http://localhost/"},
        )
        self.assertEqual(
            data["mainEntityOfPage"],
            {"@type": "WebPage", "@id": "http://localhost/articles/grain-ships/"},
        )
        self.assertEqual(data["isBasedOn"], "https://harbourledger.example/grain")
        self.assertEqual(data["sourceOrganization"]["name"], "Harbour Ledger")
        self.assertEqual(
            data["copyrightHolder"],
            [
                {"@type": "Person", "name": "Ines Alvarado"},
                {"@type": "Person", "name": "Amara Osei"},
            ],
        )
        self.assertEqual(data["copyrightYear"], 2023)  # the original's year, not ours
        self.assertEqual(data["license"], "https://creativecommons.org/licenses/by-nd/4.0/")
        self.assertEqual(
            data["copyrightNotice"], "Copyright © Ines Alvarado, Amara Osei, Harbour Ledger, 2023"
        )
        [image] = data["image"]
        self.assertRegex(image["url"], r"^http://localhost/media/images/.+\.jpg$")
        self.assertEqual(
            self.client.get(image["url"].removeprefix("http://localhost")).status_code, 200
        )
        self.assertGreater(image["width"], 0)
        self.assertEqual(image["creditText"], "Port Authority archive")
        self.assertEqual(data["keywords"], ["Sahel", "Water & Climate", "Harbour Cities"])

    def test_json_ld_of_an_original_piece_claims_it_for_the_outlet(self) -> None:
        data = json_ld(self.get("/articles/own/"))
        self.assertNotIn("isBasedOn", data)
        self.assertNotIn("sourceOrganization", data)
        self.assertNotIn("license", data)
        self.assertNotIn("image", data)
        self.assertEqual(data["copyrightHolder"], [{"@type": "Person", "name": "Ines Alvarado"}])
        self.assertEqual(data["copyrightYear"], 2024)
        self.assertEqual(
            data["copyrightNotice"], "Copyright © Ines Alvarado, The Test Courier, 2024"
        )
        self.assertEqual(data["mainEntityOfPage"]["@id"], "http://localhost/articles/own/")

    def test_unsigned_piece_is_credited_to_its_publisher(self) -> None:
        publish_article(self.outlet, title="Editorial", slug="editorial")
        data = json_ld(self.get("/articles/editorial/"))
        self.assertEqual(data["author"], [{"@type": "Organization", "name": "The Test Courier"}])

    def test_a_headline_cannot_break_out_of_the_json_ld(self) -> None:
        title = 'Ports </script><script>alert("x")</script> & "quotes"'
        publish_article(self.outlet, title=title, slug="hostile")
        response = self.get("/articles/hostile/")
        self.assertNotIn("<script>alert", response.content.decode())
        self.assertEqual(json_ld(response)["headline"], title)

    def test_open_graph_and_twitter_cards(self) -> None:
        meta = read_head(self.get("/articles/grain-ships/")).meta
        self.assertEqual(meta["og:type"], ["article"])
        self.assertEqual(meta["og:title"], ["Why the grain ships wait"])
        self.assertEqual(meta["og:site_name"], ["The Test Courier"])
        self.assertEqual(
            meta["og:description"], ["Queues at the harbour mouth & beyond tell a longer story."]
        )
        # The partner's page is canonical, so shares count for the original.
        self.assertEqual(meta["og:url"], ["https://harbourledger.example/grain"])
        self.assertEqual(meta["og:locale"], ["en_US"])
        [image] = meta["og:image"]
        self.assertRegex(image, r"^http://localhost/media/images/")
        self.assertTrue(int(meta["og:image:width"][0]) > 0)
        self.assertTrue(int(meta["og:image:height"][0]) > 0)
        self.assertEqual(meta["og:image:alt"], ["Grain ships"])
        self.assertTrue(meta["article:published_time"][0].startswith("2024-03-05T"))
        self.assertEqual(
            meta["article:author"],
            ["http://localhost/authors/ines-alvarado/", "http://localhost/authors/amara-osei/"],
        )
        self.assertEqual(meta["article:section"], ["Water & Climate"])
        self.assertEqual(meta["article:tag"], ["Sahel", "Water & Climate", "Harbour Cities"])
        self.assertEqual(meta["twitter:card"], ["summary_large_image"])
        self.assertEqual(meta["twitter:image"], [image])
        self.assertEqual(meta["twitter:title"], ["Why the grain ships wait"])

    def test_og_url_of_an_original_piece_is_our_canonical(self) -> None:
        response = self.get("/articles/own/")
        meta = read_head(response).meta
        self.assertEqual(meta["og:url"], ["http://localhost/articles/own/"])
        self.assertContains(
            response, '<link rel="canonical" href="http://localhost/articles/own/">'
        )
        self.assertEqual(meta["twitter:card"], ["summary"])  # no image to show large

    def test_translation_speaks_its_own_language(self) -> None:
        translate(self.original, "fr", title="Notre propre enquête")
        response = self.get("/fr/articles/own/")
        data = json_ld(response)
        self.assertEqual(data["inLanguage"], "fr")
        self.assertEqual(data["headline"], "Notre propre enquête")
        self.assertEqual(data["mainEntityOfPage"]["@id"], "http://localhost/fr/articles/own/")
        meta = read_head(response).meta
        self.assertEqual(meta["og:locale"], ["fr_FR"])
        self.assertEqual(meta["og:locale:alternate"], ["en_US"])
        self.assertEqual(
            read_head(self.get("/articles/own/")).meta["og:locale:alternate"], ["fr_FR"]
        )


class FeedAutodiscoveryTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.region, cls.theme, cls.report = file_terms()
        cls.outlet, cls.writer, cls.article = build_piece_by_ines(
            regions=[cls.region], themes=[cls.theme], reports=[cls.report]
        )

    def feeds(self, url: str) -> dict[str, str]:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return {link["href"]: link["type"] for link in read_head(response).alternates}

    def test_every_page_announces_the_site_feeds_in_its_language(self) -> None:
        expected = {
            "/feeds/rss/": "application/rss+xml",
            "/feeds/atom/": "application/atom+xml",
            "/feeds/json/": "application/feed+json",
        }
        for url in ("/", "/articles/", "/articles/grain-ships/", "/regions/"):
            with self.subTest(url=url):
                self.assertEqual(self.feeds(url), expected)
        translate(self.article, "fr")
        french = self.feeds("/fr/articles/grain-ships/")
        self.assertEqual(set(french), {"/fr/feeds/rss/", "/fr/feeds/atom/", "/fr/feeds/json/"})

    def test_author_and_term_pages_announce_their_own_feeds(self) -> None:
        for page, feed in (
            ("/authors/ines-alvarado/", "/feeds/author/ines-alvarado/"),
            ("/regions/sahel/", "/feeds/region/sahel/"),
            ("/themes/energy/", "/feeds/theme/energy/"),
            ("/reports/harbour-cities/", "/feeds/report/harbour-cities/"),
        ):
            with self.subTest(page=page):
                links = self.feeds(page)
                self.assertEqual(links[f"{feed}rss/"], "application/rss+xml")
                self.assertEqual(links[f"{feed}atom/"], "application/atom+xml")
                self.assertEqual(links[f"{feed}json/"], "application/feed+json")
                # The announced feed exists and holds the article.
                self.assertContains(self.client.get(f"{feed}rss/"), "Why the grain ships wait")

    def test_article_offers_its_authors_feeds(self) -> None:
        response = self.client.get("/articles/grain-ships/")
        self.assertContains(
            response,
            '<a href="/feeds/author/ines-alvarado/rss/" type="application/rss+xml">'
            "Follow Ines Alvarado by RSS</a>",
        )
