"""The admin's first-run screen: an editor signed in to an empty site sets up the outlet."""

from django.contrib.auth.models import Permission
from django.test import TestCase

from masthead.accounts.models import User
from masthead.articles.models import ArticleIndexPage, HomePage

SETUP_URL = "/admin/outlet-setup/"


class FirstRunScreenTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.admin = User.objects.create_superuser("owner", "owner@example.org", "x-password-1")

    def setUp(self) -> None:
        self.client.force_login(self.admin)

    def test_dashboard_offers_setup_until_the_outlet_exists(self) -> None:
        self.assertContains(self.client.get("/admin/"), f'href="{SETUP_URL}"')

        response = self.client.post(
            SETUP_URL,
            {
                "name": "Valley Ledger",
                "public_url": "https://ledger.example.org",
                "tagline": "Small towns, closely read",
                "languages": ["en", "es"],
            },
        )

        home = HomePage.objects.get(locale__language_code="en")
        self.assertEqual(home.title, "Valley Ledger")
        archive = ArticleIndexPage.objects.get(locale__language_code="en")
        self.assertRedirects(response, f"/admin/pages/{archive.pk}/")
        self.assertEqual(self.client.get("/es/articles/").status_code, 200)
        self.assertNotContains(self.client.get("/admin/"), f'href="{SETUP_URL}"')
        # A second visit does not offer to set it up again.
        self.assertRedirects(self.client.get(SETUP_URL), "/admin/")

    def test_a_bad_address_is_explained_and_nothing_is_created(self) -> None:
        response = self.client.post(
            SETUP_URL, {"name": "Valley Ledger", "public_url": "not a url", "languages": ["en"]}
        )
        self.assertContains(response, "Enter a valid URL")
        self.assertFalse(HomePage.objects.exists())

    def test_only_administrators_may_set_up_the_outlet(self) -> None:
        editor = User.objects.create_user("ed", "ed@example.org", "x-password-2", is_staff=True)
        editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
        self.client.force_login(editor)
        self.assertNotContains(self.client.get("/admin/"), f'href="{SETUP_URL}"')
        response = self.client.post(
            SETUP_URL, {"name": "Mine", "public_url": "https://x.example", "languages": ["en"]}
        )
        # Wagtail's admin answers a refused page by sending the user back to the dashboard.
        self.assertRedirects(response, "/admin/")
        self.assertFalse(HomePage.objects.exists())
