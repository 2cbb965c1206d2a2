"""The republication counter: counts reads of republished copies, and nothing about readers."""

from __future__ import annotations

import datetime
import re
from typing import Any

from django.core.cache import cache
from django.test import TestCase, override_settings
from freezegun import freeze_time

from masthead.sharing.models import RepublicationCount
from masthead.testing import build_outlet, publish_article

GIF = b"GIF89a"
KIT = "a1B2c3D4e5F6g7H8"
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) AppleWebKit/605.1.15 Safari/604.1"


class CounterTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.article = publish_article(cls.outlet, title="Harbour queues", slug="harbour-queues")

    def setUp(self) -> None:
        cache.clear()
        self.url = f"/r/{self.article.pk}/{KIT}.gif"

    def hit(
        self,
        ip: str = "203.0.113.7",
        agent: str = FIREFOX,
        referer: str = "https://blog.example/2026/03/queues?utm_source=x#top",
        **headers: Any,
    ) -> Any:
        extra = {"REMOTE_ADDR": ip, "HTTP_USER_AGENT": agent, **headers}
        if referer:
            extra["HTTP_REFERER"] = referer
        return self.client.get(self.url, **extra)

    def counts(self) -> list[tuple[str, str, datetime.date, int]]:
        return list(
            RepublicationCount.objects.order_by("day", "origin", "path").values_list(
                "origin", "path", "day", "count"
            )
        )

    def test_answers_a_gif_that_is_never_stored_and_sets_no_cookie(self) -> None:
        response = self.hit()
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "image/gif")
        self.assertTrue(response.content.startswith(GIF))
        self.assertEqual(response["Cache-Control"], "no-store")
        self.assertEqual(response.cookies, {})
        self.assertNotIn("Set-Cookie", response)

    @freeze_time("2026-03-01 23:30:00+00:00")  # already 2 March in Tokyo, the test zone
    def test_same_reader_counts_once_a_day_another_reader_counts_again(self) -> None:
        self.hit()
        self.hit()
        self.hit(referer="https://blog.example/2026/03/queues?page=2")
        self.assertEqual(
            self.counts(),
            [("https://blog.example", "/2026/03/queues", datetime.date(2026, 3, 1), 1)],
        )
        self.hit(ip="198.51.100.20")  # another reader
        self.hit(agent=SAFARI)  # another device at the same address
        self.assertEqual(self.counts()[0][3], 3)

    def test_the_next_utc_day_counts_again(self) -> None:
        with freeze_time("2026-03-01 23:59:00+00:00"):
            self.hit()
        with freeze_time("2026-03-02 00:01:00+00:00"):
            self.hit()
            self.hit()
        self.assertEqual(
            self.counts(),
            [
                ("https://blog.example", "/2026/03/queues", datetime.date(2026, 3, 1), 1),
                ("https://blog.example", "/2026/03/queues", datetime.date(2026, 3, 2), 1),
            ],
        )

    def test_each_copy_is_counted_where_it_is_read(self) -> None:
        self.hit(referer="https://blog.example/a")
        self.hit(ip="198.51.100.10", referer="http://other.example:8080/b?x=1")
        self.hit(ip="198.51.100.20", referer="")  # the page sent no Referer
        where = {(origin, path) for origin, path, _day, _n in self.counts()}
        self.assertEqual(
            where,
            {("https://blog.example", "/a"), ("http://other.example:8080", "/b"), ("", "")},
        )

    def test_no_address_or_user_agent_is_stored(self) -> None:
        self.hit(ip="203.0.113.77", agent="UniqueAgent/9.9")
        rows = list(RepublicationCount.objects.values())
        self.assertEqual(len(rows), 1)
        stored = " ".join(str(value) for value in rows[0].values())
        self.assertNotIn("203.0.113.77", stored)
        self.assertNotIn("UniqueAgent", stored)
        self.assertNotIn(KIT, stored)
        self.assertEqual(
            set(rows[0]), {"id", "article_id", "origin", "path", "day", "count"}
        )  # nothing else to hold them
        # The cache holds a salted hash and the day's salt, never the address or agent.
        stored_in_cache = b" ".join(
            key.encode() + b" " + value
            for key, value in cache._cache.items()  # type: ignore[attr-defined]
        )
        self.assertIn(b"sharing:seen:", stored_in_cache)
        self.assertNotIn(b"203.0.113.77", stored_in_cache)
        self.assertNotIn(b"UniqueAgent", stored_in_cache)

    def test_global_privacy_control_records_nothing(self) -> None:
        response = self.hit(HTTP_SEC_GPC="1")
        self.assertTrue(response.content.startswith(GIF))
        self.assertEqual(self.counts(), [])

    def test_unknown_or_unpublished_article_gives_the_gif_and_no_row(self) -> None:
        self.url = f"/r/{self.article.pk + 999}/{KIT}.gif"
        self.assertTrue(self.hit().content.startswith(GIF))
        self.article.unpublish()
        self.url = f"/r/{self.article.pk}/{KIT}.gif"
        self.assertTrue(self.hit().content.startswith(GIF))
        self.assertEqual(self.counts(), [])

    def test_a_malformed_address_is_not_our_counter(self) -> None:
        for path in (
            f"/r/{self.article.pk}/short.gif",
            f"/r/{self.article.pk}/{KIT}!.gif",
            f"/r/abc/{KIT}.gif",
            f"/r/{self.article.pk}/{KIT}.png",
        ):
            self.assertEqual(self.client.get(path).status_code, 404, path)
        self.assertEqual(self.counts(), [])

    @override_settings(MASTHEAD_RATE_LIMITS={"republish_counter": "3/60"})
    def test_over_the_rate_limit_the_gif_is_served_and_nothing_counted(self) -> None:
        for n in range(6):
            response = self.hit(agent=f"Reader {n}")
            self.assertEqual(response.status_code, 200)
            self.assertTrue(response.content.startswith(GIF))
        self.assertEqual(self.counts()[0][3], 3)

    def test_a_hostile_referer_is_kept_short_and_as_text(self) -> None:
        self.hit(referer="javascript:alert(1)")
        self.hit(ip="198.51.100.3", referer="https://x.example/" + "p" * 2000)
        rows = self.counts()
        self.assertIn(("", "", rows[0][2], 1), rows)
        self.assertTrue(any(len(path) == 500 for _o, path, _d, _n in rows))


class ReportTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        from django.contrib.auth import get_user_model

        cls.outlet = build_outlet()
        cls.article = publish_article(cls.outlet, title="Harbour queues", slug="harbour-queues")
        cls.other = publish_article(cls.outlet, title="River tolls", slug="river-tolls")
        day = datetime.date(2026, 3, 1)
        RepublicationCount.objects.create(
            article=cls.article, origin="https://blog.example", path="/q", day=day, count=12
        )
        RepublicationCount.objects.create(
            article=cls.other, origin="https://news.example", path="/t", day=day, count=4
        )
        RepublicationCount.objects.create(article=cls.other, day=day, count=2)
        cls.editor = get_user_model().objects.create_superuser(
            "editor", "editor@courier.example", "pw"
        )
        cls.reader = get_user_model().objects.create_user("reader", "reader@example.org", "pw")

    def test_report_lists_what_was_republished_where_and_how_often(self) -> None:
        self.client.force_login(self.editor)
        response = self.client.get("/admin/reports/republications/")
        self.assertEqual(response.status_code, 200)
        text = response.content.decode()
        for expected in (
            "Harbour queues",
            "https://blog.example/q",
            "River tolls",
            "https://news.example/t",
            "(address not sent)",
            "March 1, 2026",
        ):
            self.assertIn(expected, text)
        reads = [int(n) for n in re.findall(r"<td >\s*(\d+)\s*</td>", text)]
        self.assertEqual(sorted(reads), [2, 4, 12])
        menu = self.client.get("/admin/")
        self.assertContains(menu, "/admin/reports/republications/")

    def test_report_exports_a_spreadsheet(self) -> None:
        self.client.force_login(self.editor)
        response = self.client.get("/admin/reports/republications/?export=csv")
        self.assertEqual(response.status_code, 200)
        body = b"".join(response.streaming_content).decode()
        self.assertIn("Harbour queues,https://blog.example,/q,2026-03-01,12", body)

    def test_readers_have_no_report(self) -> None:
        self.client.force_login(self.reader)
        response = self.client.get("/admin/reports/republications/")
        self.assertNotEqual(response.status_code, 200)
