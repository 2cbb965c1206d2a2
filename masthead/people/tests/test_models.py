"""Authors as snippets: the slug an editor gets, and the address of their "Articles by" page."""

from django.db import IntegrityError
from django.test import RequestFactory, TestCase

from masthead.people.factories import AuthorFactory
from masthead.testing import assert_max_queries, build_outlet


class AuthorSlugTests(TestCase):
    def test_slug_is_made_from_the_name_unless_the_editor_gave_one(self) -> None:
        self.assertEqual(AuthorFactory(name="Inés Álvarado-Ruiz").slug, "ines-alvarado-ruiz")
        self.assertEqual(AuthorFactory(name="Tomasz Wren", slug="t-wren").slug, "t-wren")

    def test_two_authors_cannot_share_a_slug_in_one_language(self) -> None:
        AuthorFactory(name="Amara Osei")
        with self.assertRaises(IntegrityError):
            AuthorFactory(name="Amara  Osei")


class AuthorURLTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet()
        cls.writer = AuthorFactory(name="Ines Alvarado")
        cls.other = AuthorFactory(name="Amara Osei")

    def test_url_is_the_articles_by_page_under_the_author_index(self) -> None:
        self.assertEqual(self.writer.url, "/authors/ines-alvarado/")
        self.assertEqual(self.client.get(self.writer.url).status_code, 200)

    def test_no_url_when_the_outlet_has_no_live_author_index(self) -> None:
        self.outlet.authors.unpublish()
        self.assertIsNone(self.writer.url)

    def test_index_page_is_looked_up_once_per_request(self) -> None:
        # A listing prints many bylines; their links must not cost a query each.
        request = RequestFactory().get("/")
        self.writer.get_url(request)
        with assert_max_queries(0):
            self.assertEqual(self.other.get_url(request), "/authors/amara-osei/")
