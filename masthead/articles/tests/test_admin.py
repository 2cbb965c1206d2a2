"""Editors can open and save every newsroom screen in Wagtail's admin."""

from django.test import TestCase
from django.urls import reverse
from django.utils.text import slugify
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from masthead.accounts.models import User
from masthead.articles.models import ArticlePage
from masthead.people.models import Author
from masthead.syndication.factories import PartnerPublicationFactory
from masthead.taxonomy.factories import InDepthReportFactory, RegionFactory, ThemeFactory
from masthead.testing import build_piece_by_ines, publish_article


class AdminScreensTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet, cls.author, cls.article = build_piece_by_ines(
            "Grain",
            "grain",
            regions=[RegionFactory()],
            themes=[ThemeFactory()],
            reports=[InDepthReportFactory()],
            partner=PartnerPublicationFactory(),
        )
        cls.editor = User.objects.create_superuser("editor", "editor@example.org", "pw")

    def setUp(self) -> None:
        self.client.force_login(self.editor)

    def test_article_editor_shows_byline_provenance_and_terms(self) -> None:
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.article.pk]))
        self.assertEqual(response.status_code, 200)
        for label in ("Byline", "Provenance", "Filed under", "Original URL", "Permission on file"):
            self.assertContains(response, label)

    def test_new_article_form_offers_every_field_an_editor_fills_in(self) -> None:
        url = reverse(
            "wagtailadmin_pages:add", args=["articles", "articlepage", self.outlet.articles.pk]
        )
        response = self.client.get(url)
        for label in ("Title", "Lead", "Byline", "Body", "Filed under", "Provenance"):
            self.assertContains(response, label)
        # The help text tells the editor how to mark a piece as original.
        self.assertContains(response, "Leave empty for an original piece.")
        self.assertContains(response, 'name="action-publish"')

    def test_snippet_listings_for_the_newsroom(self) -> None:
        for model in (
            "people/author",
            "taxonomy/region",
            "taxonomy/theme",
            "taxonomy/indepthreport",
            "syndication/partnerpublication",
            "syndication/licence",
        ):
            app, name = model.split("/")
            response = self.client.get(reverse(f"wagtailsnippets_{app}_{name}:list"))
            self.assertEqual(response.status_code, 200, model)
        self.assertContains(
            self.client.get(reverse("wagtailsnippets_people_author:list")), "Ines Alvarado"
        )

    def test_editor_can_create_an_author(self) -> None:
        response = self.client.post(
            reverse("wagtailsnippets_people_author:add"),
            nested_form_data(
                {
                    "name": "Amara Osei",
                    "slug": "amara-osei",
                    "short_bio": "Covers labour.",
                    "bio": rich_text("<p>Amara covers labour in West Africa.</p>"),
                    "links": streamfield([]),
                }
            ),
        )
        self.assertEqual(response.status_code, 302)
        self.assertIn("Amara covers labour", Author.objects.get(name="Amara Osei").bio)

    def test_outlet_settings_screen(self) -> None:
        url = reverse("wagtailsettings:edit", args=["core", "outletsettings", self.outlet.site.pk])
        response = self.client.get(url)
        self.assertContains(response, "Notices printed with every article")

    def test_editors_search_pages_snippets_and_images_with_the_site_backend(self) -> None:
        # The test settings name the production default (masthead.discovery.search), so this
        # is the ranked FTS5 backend answering Wagtail's own admin searches.
        publish_article(self.outlet, title="Harbour strike diary", slug="strike-diary")
        response = self.client.get(reverse("wagtailadmin_pages:search"), {"q": "harbour"})
        self.assertContains(response, "Harbour strike diary")
        self.assertNotContains(response, ">Grain<")
        response = self.client.get(
            reverse("wagtailadmin_pages:search"),
            {"q": "harbour", "ordering": "-latest_revision_created_at"},
        )
        self.assertContains(response, "Harbour strike diary")
        response = self.client.get(reverse("wagtailsnippets_people_author:list"), {"q": "alvarado"})
        self.assertContains(response, "Ines Alvarado")
        response = self.client.get(reverse("wagtailsnippets_people_author:list"), {"q": "nobody"})
        self.assertNotContains(response, "Ines Alvarado")
        response = self.client.get(reverse("wagtailimages:index"), {"q": "strike"})
        self.assertEqual(response.status_code, 200)
        for model in (
            "taxonomy/region",
            "syndication/partnerpublication",
            "translation/glossaryterm",
        ):
            app, name = model.split("/")
            response = self.client.get(reverse(f"wagtailsnippets_{app}_{name}:list"), {"q": "x"})
            self.assertEqual(response.status_code, 200, model)

    def test_opening_and_saving_the_edit_screen_changes_nothing_readers_see(self) -> None:
        url = reverse("wagtailadmin_pages:edit", args=[self.article.pk])
        before = self.client.get(self.article.url).content
        self.client.get(url)
        self.assertEqual(ArticlePage.objects.count(), 1)
        self.assertFalse(ArticlePage.objects.get(pk=self.article.pk).has_unpublished_changes)
        self.assertEqual(self.client.get(self.article.url).content, before)

    def test_article_added_and_published_in_the_admin_is_on_the_site(self) -> None:
        region = RegionFactory(name="Sahel")
        url = reverse(
            "wagtailadmin_pages:add", args=["articles", "articlepage", self.outlet.articles.pk]
        )
        form = self._article_form(title="Harbour pilots strike")
        form["regions"] = [region.pk]
        response = self.client.post(url, form)
        self.assertEqual(response.status_code, 302, response.content[:2000])
        article = ArticlePage.objects.get(slug="harbour-pilots-strike")
        self.assertTrue(article.live)
        self.assertEqual(article.author_names(), ["Ines Alvarado"])
        self.assertEqual(list(article.regions.all()), [region])
        page = self.client.get(article.url)
        self.assertContains(page, "Harbour pilots strike")
        self.assertContains(page, "Pilots stopped work at dawn")
        self.assertContains(page, "Ines Alvarado")
        self.assertContains(page, "Sahel")

    def test_republished_piece_without_its_partner_is_refused_with_the_reason(self) -> None:
        url = reverse(
            "wagtailadmin_pages:add", args=["articles", "articlepage", self.outlet.articles.pk]
        )
        form = self._article_form(title="Borrowed piece")
        form["original_url"] = "https://partner.example/borrowed"
        response = self.client.post(url, form)
        self.assertEqual(response.status_code, 200)
        self.assertContains(
            response, "An original URL, date or holder needs the partner publication."
        )
        self.assertFalse(ArticlePage.objects.filter(title="Borrowed piece").exists())

    def _article_form(self, *, title: str) -> dict[str, object]:
        """What the add form posts when an editor fills it in and presses Publish."""
        return nested_form_data(
            {
                "title": title,
                "slug": slugify(title),
                "lead": rich_text("<p>Pilots want a new rota.</p>"),
                "article_authors": inline_formset(
                    [{"author": self.author.pk, "role": "author"}], initial=0
                ),
                "publication_date": "2026-11-30",
                "body": streamfield(
                    [("paragraph", rich_text("<p>Pilots stopped work at dawn.</p>"))]
                ),
                "action-publish": "Publish",
            }
        )
