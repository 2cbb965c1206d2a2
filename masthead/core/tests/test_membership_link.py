"""The membership prompt appears only once its link leads somewhere."""

from __future__ import annotations

from django.test import TestCase
from wagtail.models import Locale

from masthead.testing import build_piece_by_ines, count_queries, publish_article

PROMPT = "Join the Courier"


class MembershipPromptTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet, cls.writer, cls.article = build_piece_by_ines(
            "Harbour queues", "harbour-queues"
        )
        french = Locale.objects.get(language_code="fr")
        cls.outlet.home.copy_for_translation(french).save_revision().publish()

    def set_link(self, url: str) -> None:
        # Committed, as the admin saves it: pages rendered before are retired.
        with self.captureOnCommitCallbacks(execute=True):
            self.outlet.settings.membership_url = url
            self.outlet.settings.save()

    def prompts(self, url: str) -> int:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode().count(PROMPT)

    def test_a_link_to_a_page_not_yet_made_is_left_out_everywhere(self) -> None:
        self.set_link("/join-us/")
        for url in ("/", self.article.url, "/fr/"):
            with self.subTest(url):
                self.assertEqual(self.prompts(url), 0)
                self.assertNotContains(self.client.get(url), 'href="/join-us/"')

    def test_the_prompt_appears_once_the_page_is_published(self) -> None:
        join = publish_article(self.outlet, title="Become a member", slug="join-us")
        self.set_link("/articles/join-us/")
        # The footer and the article's own notice.
        self.assertEqual(self.prompts(self.article.url), 2)
        self.assertEqual(self.prompts("/"), 1)
        # French readers are sent to the same address; it exists.
        self.assertEqual(self.prompts("/fr/"), 1)
        self.assertEqual(self.client.get("/articles/join-us/").status_code, 200)

        with self.captureOnCommitCallbacks(execute=True):
            join.unpublish()
        self.assertEqual(self.prompts(self.article.url), 0)

    def test_external_addresses_and_the_sites_own_views_are_trusted(self) -> None:
        for url in ("https://members.courier.example/join", "mailto:join@courier.example"):
            with self.subTest(url):
                self.set_link(url)
                self.assertEqual(self.prompts("/"), 1)
        self.set_link("/search/")
        self.assertEqual(self.prompts("/"), 1)

    def test_an_address_on_this_host_is_checked_like_a_path(self) -> None:
        self.set_link("http://testserver/join-us/")
        self.assertEqual(self.prompts("/"), 0)
        self.set_link("http://testserver/articles/harbour-queues/")
        self.assertEqual(self.prompts("/"), 1)

    def test_a_relative_link_is_left_out(self) -> None:
        self.set_link("membership/")
        self.assertEqual(self.prompts(self.article.url), 0)

    def test_checking_the_link_costs_a_few_queries_however_often_it_is_printed(self) -> None:
        def queries() -> int:
            self.client.get(self.article.url)  # warm caches shared by every request
            with count_queries() as captured:
                self.client.get(self.article.url)
            return len(captured)

        self.set_link("")
        without = queries()
        self.set_link("/articles/harbour-queues/")
        with_link = queries()
        self.assertEqual(self.prompts(self.article.url), 2)
        self.assertLessEqual(with_link - without, 4)
