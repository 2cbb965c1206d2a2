"""Share and forward links as readers meet them on the article page."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, unquote, urlsplit

from django.test import TestCase
from django.utils import translation
from wagtail.models import Locale

from masthead.sharing.links import mastodon_instance
from masthead.syndication.factories import PartnerPublicationFactory
from masthead.testing import build_outlet, publish_article, translate

SERVICES = {
    "x": "https://x.com/intent/tweet",
    "facebook": "https://www.facebook.com/sharer/sharer.php",
    "telegram": "https://t.me/share/url",
    "whatsapp": "https://wa.me/",
    "reddit": "https://www.reddit.com/submit",
    "linkedin": "https://www.linkedin.com/sharing/share-offsite/",
    "bluesky": "https://bsky.app/intent/compose",
}


def hrefs(text: str, key: str) -> list[str]:
    found = re.findall(rf'class="share__link share__link--{key}" href="([^"]*)"', text)
    return [html.unescape(href) for href in found]


class ShareLinkTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.partner = PartnerPublicationFactory.create(name="Delta Weekly")
        cls.article = publish_article(
            cls.outlet,
            title="Grain & ships: who pays?",
            slug="grain-ships",
            lead="<p>Queues at the <b>harbour</b> grow.</p>",
            partner=cls.partner,
            original_url="https://deltaweekly.example/grain",
        )

    def setUp(self) -> None:
        self.response = self.client.get("/articles/grain-ships/")
        self.text = self.response.content.decode()
        self.url = "http://localhost/articles/grain-ships/"

    def test_links_above_and_below_the_article(self) -> None:
        self.assertEqual(self.response.status_code, 200)
        self.assertEqual(self.text.count('class="share share--'), 2)
        for key in [*SERVICES, "email", "mastodon", "copy"]:
            self.assertEqual(len(hrefs(self.text, key)), 2, key)
        top, bottom = self.text.index("share--top"), self.text.index("share--bottom")
        body = self.text.index("The first paragraph sets out the facts.")
        self.assertLess(top, body)
        self.assertLess(body, bottom)

    def test_each_service_gets_title_and_link_encoded(self) -> None:
        for key, base in SERVICES.items():
            href = hrefs(self.text, key)[0]
            self.assertTrue(href.startswith(base + "?"), href)
            values = " ".join(v for vs in parse_qs(urlsplit(href).query).values() for v in vs)
            self.assertIn(self.url, values, key)
            if key not in ("facebook", "linkedin"):  # they read the title from the page
                self.assertIn("Grain & ships: who pays?", values, key)
            # Nothing left unencoded that would cut the query short.
            self.assertNotIn("&ships", href)
            self.assertNotIn(" ", href)

    def test_email_carries_title_lead_link_and_attribution(self) -> None:
        href = hrefs(self.text, "email")[0]
        self.assertTrue(href.startswith("mailto:?subject="))
        query = parse_qs(urlsplit(href.replace("mailto:", "mailto://x", 1)).query)
        self.assertEqual(query["subject"], ["Grain & ships: who pays?"])
        body = query["body"][0]
        self.assertIn("Queues at the harbour grow.", body)
        self.assertIn(self.url, body)
        self.assertIn("The original source of this article is Delta Weekly", body)
        self.assertIn("Copyright ©", body)
        self.assertIn("\r\n", body)
        self.assertNotIn("+", href)  # spaces are %20: mail programs print "+" as it is

    def test_mastodon_asks_on_our_own_page_and_copy_link_is_the_address(self) -> None:
        href = hrefs(self.text, "mastodon")[0]
        self.assertTrue(href.startswith("/share/mastodon/?"), href)
        self.assertEqual(parse_qs(urlsplit(href).query)["url"], [self.url])
        self.assertEqual(hrefs(self.text, "copy")[0], self.url)

    def test_no_request_leaves_the_page_for_those_sites(self) -> None:
        # Plain links only: no script, image, frame or stylesheet from a share service.
        for tag in re.findall(r"<(?:script|img|iframe|link)\b[^>]*>", self.text):
            for host in ("x.com", "facebook", "t.me", "wa.me", "reddit", "linkedin", "bsky"):
                self.assertNotIn(host, tag)
        self.assertIn('<script src="/static/js/share.js" defer></script>', self.text)
        self.assertNotIn('style="', self.text.split('<main id="main"')[1])

    def test_forward_links_print_text_and_republish(self) -> None:
        self.assertIn('href="/articles/grain-ships/print/"', self.text)
        self.assertIn('href="/articles/grain-ships/text/"', self.text)
        self.assertIn('href="/articles/grain-ships/republish/"', self.text)
        self.assertIn("Republish this article", self.text)  # the partner's CC BY allows it


class NonLatinAndRtlTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        Locale.objects.get_or_create(language_code="ar")
        cls.title = "سفن الحبوب: من يدفع؟"
        article = publish_article(cls.outlet, title="Grain ships", slug="grain-ships")
        translate(article, "ar", title=cls.title, lead="<p>الطوابير تطول في الميناء.</p>")

    def test_arabic_page_is_rtl_and_links_carry_the_arabic_title(self) -> None:
        with translation.override("ar"):
            response = self.client.get("/ar/articles/grain-ships/")
        text = response.content.decode()
        self.assertEqual(response.status_code, 200)
        self.assertIn('dir="rtl"', text)
        telegram = hrefs(text, "telegram")[0]
        self.assertIn("%D8%B3%D9%81%D9%86", telegram)  # "سفن", UTF-8 percent-encoded
        self.assertEqual(parse_qs(urlsplit(telegram).query)["text"], [self.title])
        mail = hrefs(text, "email")[0]
        self.assertIn(self.title, unquote(mail))
        self.assertIn("الطوابير تطول في الميناء.", unquote(mail))
        self.assertIn("http://localhost/ar/articles/grain-ships/", unquote(mail))


class MastodonTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        publish_article(cls.outlet, title="Río & puerto", slug="rio")

    def ask(self, instance: str | None, url: str = "http://testserver/articles/rio/") -> object:
        data = {"url": url, "text": "Río & puerto"}
        if instance is not None:
            data["instance"] = instance
        return self.client.get("/share/mastodon/", data)

    def test_form_asks_for_the_server(self) -> None:
        response = self.ask(None)
        self.assertContains(response, 'name="instance"')
        self.assertContains(response, 'method="get" action="/share/mastodon/"')
        self.assertNotContains(response, "csrfmiddlewaretoken")
        self.assertEqual(response["Cache-Control"], "no-store")

    def test_goes_to_the_readers_server_share_page(self) -> None:
        for typed in ("mastodon.social", "https://mastodon.social/", "@me@Mastodon.Social"):
            response = self.ask(typed)
            self.assertEqual(response.status_code, 200, typed)
            self.assertEqual(response["Referrer-Policy"], "no-referrer")
            self.assertNotContains(response, 'name="instance"')
            onward = re.findall(
                r'<a class="button" href="([^"]+)"[^>]*data-follow-now', response.content.decode()
            )
            self.assertEqual(len(onward), 1, typed)
            target = urlsplit(html.unescape(onward[0]))
            self.assertEqual((target.scheme, target.netloc, target.path),
                             ("https", "mastodon.social", "/share"))  # fmt: skip
            self.assertEqual(
                parse_qs(target.query)["text"], ["Río & puerto http://testserver/articles/rio/"]
            )

    def test_refuses_anything_but_a_host_name(self) -> None:
        for typed in (
            "evil.example/phish?x=",
            "https://evil.example/path",
            "evil.example:8080",
            "user:pw@evil.example",
            "//evil.example",
            "127.0.0.1",
            "localhost",
            "javascript:alert(1)",
            "",
        ):
            response = self.ask(typed)
            # The form again, with the reason (as a Django form re-renders), and no redirect.
            self.assertEqual(response.status_code, 200, typed)
            self.assertContains(response, "not the name of a Mastodon server")
            self.assertContains(response, 'aria-invalid="true"')

    def test_only_this_sites_pages_are_relayed(self) -> None:
        response = self.ask("mastodon.social", url="https://spam.example/buy")
        self.assertEqual(response.status_code, 404)

    def test_host_names(self) -> None:
        self.assertEqual(mastodon_instance("социальная.сеть"), "xn--80aawnkcu5b5c6a.xn--e1axe4b")
        self.assertIsNone(mastodon_instance("-bad-.example"))
        self.assertIsNone(mastodon_instance("a" * 64 + ".example"))
