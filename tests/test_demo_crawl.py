"""Every internal link of the demo answers, in every language.

Loads the demo once, then follows every internal link from each language's home page: links and
alternates in HTML pages (a[href], link[href]) and the item and channel links of every feed
(RSS, Atom, JSON Feed) and sitemap. Any 4xx or 5xx fails the test, listing each broken URL with
a page that linked to it. Runs through Django's test client; no server needed.
"""

from __future__ import annotations

import json
import time
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from io import StringIO
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from wagtail.models import Site

# Where a reader never goes, or where the crawl would only repeat itself.
SKIPPED_PREFIXES = ("/admin/", "/django-admin/")
# Paginated listings: every page number is followed (a "next" link past the end is a broken
# link too), but other query strings (search sorting, date filters) are collapsed to a few
# variants per path so that combinations of filters cannot blow up the crawl.
MAX_QUERY_VARIANTS_PER_PATH = 4
PAGINATION_PARAMS = {"page"}


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("a", "link"):
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)


def html_links(body: str) -> list[str]:
    parser = _LinkParser()
    parser.feed(body)
    return parser.links


def xml_links(body: bytes) -> list[str]:
    """Links in an RSS or Atom feed or a sitemap: <link>, <link href>, <loc>, <enclosure url>."""
    links = []
    for element in ElementTree.fromstring(body).iter():  # noqa: S314 — our own output
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "link":
            links.append(element.get("href") or (element.text or "").strip())
        elif tag == "loc":
            links.append((element.text or "").strip())
        elif tag == "enclosure":
            links.append(element.get("url", ""))
    return [link for link in links if link]


def json_feed_links(body: bytes) -> list[str]:
    feed = json.loads(body)
    links = [feed.get("home_page_url"), feed.get("feed_url")]
    for item in feed.get("items", []):
        links.append(item.get("url"))
        links.extend(attachment.get("url") for attachment in item.get("attachments", []))
    return [link for link in links if link]


@dataclass
class Crawl:
    internal_hosts: set[str]
    seen: set[str] = field(default_factory=set)
    variants: dict[str, int] = field(default_factory=dict)
    queue: deque[tuple[str, str]] = field(default_factory=deque)
    broken: list[tuple[int, str, str]] = field(default_factory=list)
    fetched: int = 0

    def normalise(self, href: str, base: str) -> str | None:
        """The internal URL to fetch for ``href`` on page ``base``; None to leave it alone."""
        absolute = urljoin(f"http://testserver{base}", href.strip())
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or parts.netloc not in self.internal_hosts:
            return None
        path = parts.path or "/"
        if path.startswith(SKIPPED_PREFIXES):
            return None
        params = parse_qsl(parts.query, keep_blank_values=True)
        # "?page=1" is the listing itself; fetching it twice would prove nothing new.
        query = urlencode(sorted(p for p in params if p not in (("page", "1"),)))
        return f"{path}?{query}" if query else path

    def add(self, url: str | None, linked_from: str) -> None:
        if url is None or url in self.seen:
            return
        path, _sep, query = url.partition("?")
        params = {key for key, _value in parse_qsl(query)}
        if query and not params <= PAGINATION_PARAMS:
            count = self.variants.get(path, 0)
            if count >= MAX_QUERY_VARIANTS_PER_PATH:
                return
            self.variants[path] = count + 1
        self.seen.add(url)
        self.queue.append((url, linked_from))

    def run(self, client: Client) -> None:
        while self.queue:
            url, linked_from = self.queue.popleft()
            response = client.get(url)
            self.fetched += 1
            if response.status_code >= 400:
                self.broken.append((response.status_code, url, linked_from))
                continue
            if 300 <= response.status_code < 400:
                self.add(self.normalise(response["Location"], url), url)
                continue
            for link in self.links_in(response, url):
                self.add(self.normalise(link, url), url)

    def links_in(self, response, url: str) -> list[str]:
        content_type = response.get("Content-Type", "").split(";")[0].strip()
        if getattr(response, "streaming", False):
            return []  # static and media files
        if content_type == "text/html":
            return html_links(response.content.decode(response.charset or "utf-8"))
        if content_type.endswith("json"):
            return json_feed_links(response.content)
        if content_type.endswith("xml"):
            return xml_links(response.content)
        return []


@pytest.mark.django_db
def test_every_internal_link_in_every_language_answers(client: Client) -> None:
    started = time.monotonic()
    call_command("load_demo_site", password="crawl-demo-1", stdout=StringIO())
    loaded = time.monotonic()
    hosts = {"testserver"}
    for site in Site.objects.all():
        hosts.add(site.hostname)
        hosts.add(f"{site.hostname}:{site.port}")
    crawl = Crawl(internal_hosts=hosts)
    crawl.add("/", "(start)")
    crawl.add("/sitemap.xml", "(start)")  # what search engines follow, with its alternates
    for code, _name in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE:
            crawl.add(f"/{code}/", "(start)")
    crawl.run(client)
    finished = time.monotonic()
    print(  # noqa: T201 — the run time is reported in CI's log (pytest -s or -rP)
        f"crawl: demo loaded in {loaded - started:.1f}s, {crawl.fetched} URLs fetched in "
        f"{finished - loaded:.1f}s, {len(crawl.broken)} broken"
    )
    assert crawl.fetched > 27, "the crawl should reach far beyond the start pages"
    report = "\n".join(
        f"{status} {url}  (linked from {linked_from})"
        for status, url, linked_from in sorted(crawl.broken, key=lambda row: row[1])
    )
    assert not crawl.broken, f"{len(crawl.broken)} broken internal links:\n{report}"
