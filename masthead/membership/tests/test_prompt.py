"""The membership prompt in cached pages, the per-reader status endpoint that swaps it, and
the plans page in the page cache.

Cached pages are driven as a WSGI server drives them (masthead/pagecache/tests/support.py).
"""

from __future__ import annotations

import json
import tempfile
from decimal import Decimal

from django.test import override_settings

from masthead.membership.models import Membership, MembershipSettings, Plan
from masthead.membership.tests.support import MembershipTestCase
from masthead.pagecache.conf import reset_store
from masthead.pagecache.tests.support import CountingDjango, wsgi_get
from masthead.pagecache.wsgi import PageCacheApp
from masthead.testing import publish_article

THANKS = "Thank you for being a member."


class StatusEndpointTests(MembershipTestCase):
    def test_a_stranger_gets_no_and_nothing_is_stored(self) -> None:
        response = self.client.get("/membership/status.json")
        self.assertEqual(json.loads(response.content), {"member": False, "thanks": ""})
        self.assertIn("no-store", response["Cache-Control"])
        self.assertIn("private", response["Cache-Control"])

    def test_a_member_gets_the_thanks_and_the_hint_cookie(self) -> None:
        rules = MembershipSettings.for_site(self.outlet.site)
        rules.thanks_text = THANKS
        rules.save()
        Membership.objects.create(
            user=self.reader,
            plan=self.monthly,
            amount=Decimal("6"),
            provider="pledge",
            status=Membership.Status.ACTIVE,
        )
        self.client.force_login(self.reader)
        response = self.client.get("/membership/status.json")
        self.assertEqual(json.loads(response.content), {"member": True, "thanks": THANKS})
        self.assertEqual(response.cookies["masthead_member"].value, "1")
        self.assertIn("no-store", response["Cache-Control"])

    def test_a_signed_in_reader_who_is_not_a_member_loses_a_stale_hint(self) -> None:
        Membership.objects.create(
            user=self.reader,
            plan=self.monthly,
            amount=Decimal("6"),
            provider="pledge",
            status=Membership.Status.LAPSED,
        )
        self.client.force_login(self.reader)
        self.client.cookies["masthead_member"] = "1"
        response = self.client.get("/membership/status.json")
        self.assertEqual(json.loads(response.content)["member"], False)
        self.assertEqual(response.cookies["masthead_member"].value, "")  # deleted


@override_settings(
    MASTHEAD_PAGE_CACHE=True, MASTHEAD_PAGE_CACHE_STORE="files", MASTHEAD_FRAGMENT_CACHE=True
)
class CachedPromptTests(MembershipTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.outlet.settings.membership_url = "/membership/"
        cls.outlet.settings.save()
        cls.article = publish_article(cls.outlet, title="Harbour queues", slug="harbour-queues")

    def setUp(self) -> None:
        super().setUp()
        folder = tempfile.mkdtemp(prefix="masthead-test-membership-cache-")
        override = override_settings(MASTHEAD_PAGE_CACHE_DIR=folder)
        override.enable()
        self.addCleanup(override.disable)
        reset_store()
        self.addCleanup(reset_store)
        self.django = CountingDjango()
        self.app = PageCacheApp(self.django)

    def served(self, url: str) -> str:
        calls = len(self.django.calls)
        reply = wsgi_get(self.app, url)
        self.assertEqual(reply.status, 200)
        self.assertEqual(len(self.django.calls), calls, "answered by Django, not the cache")
        return reply.text

    def test_the_cached_article_carries_the_prompt_and_nothing_per_reader(self) -> None:
        Membership.objects.create(
            user=self.reader,
            plan=self.monthly,
            amount=Decimal("6"),
            provider="pledge",
            status=Membership.Status.ACTIVE,
        )
        # A member's own visit renders the page (a session bypasses the cache)…
        self.client.force_login(self.reader)
        session = self.client.cookies["sessionid"].value
        as_member = wsgi_get(self.app, self.article.url, cookie=f"sessionid={session}")
        self.assertEqual(as_member.cache, "bypass")
        self.assertIn("Our reporting is paid for by readers like you.", as_member.text)
        self.assertNotIn("Thank you for being a member", as_member.text)
        # …and the stored copy every stranger gets has the prompt twice, the script once.
        self.assertEqual(wsgi_get(self.app, self.article.url).status, 200)
        cached = self.served(self.article.url)
        self.assertEqual(cached.count("data-membership-prompt"), 2)
        self.assertEqual(cached.count("membership/prompt.js"), 1)
        self.assertIn('data-status-url="/membership/status.json"', cached)
        self.assertIn('href="/membership/"', cached)
        for per_reader in ("csrfmiddlewaretoken", "Thank you for being a member", "Nadia"):
            self.assertNotIn(per_reader, cached)

    def test_editing_the_prompt_setting_changes_the_cached_pages(self) -> None:
        wsgi_get(self.app, self.article.url)
        self.assertIn("Our reporting is paid for", self.served(self.article.url))
        rules = MembershipSettings.for_site(self.outlet.site)
        with self.captureOnCommitCallbacks(execute=True):
            rules.prompt_text = "Keep the harbour desk open: join us."
            rules.save()
        wsgi_get(self.app, self.article.url)  # purged: rendered again and stored
        cached = self.served(self.article.url)
        self.assertIn("Keep the harbour desk open: join us.", cached)
        self.assertNotIn("Our reporting is paid for", cached)

    def test_the_plans_page_is_cached_and_a_new_plan_reaches_it(self) -> None:
        first = wsgi_get(self.app, "/membership/")
        self.assertEqual(first.status, 200)
        self.assertIn("Reader", self.served("/membership/"))
        with self.captureOnCommitCallbacks(execute=True):
            Plan.objects.create(name="Harbour circle", amount=Decimal("15"))
        wsgi_get(self.app, "/membership/")
        self.assertIn("Harbour circle", self.served("/membership/"))
