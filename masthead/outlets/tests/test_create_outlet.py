"""`manage.py create_outlet`: an empty database becomes an outlet that takes articles."""

from io import StringIO
from pathlib import Path

from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import Page, Site

from masthead.articles.models import ArticlePage, HomePage
from masthead.core.models import OutletSettings
from masthead.outlets.services import point_site_at

IMPORTER_FILES = Path(__file__).resolve().parents[2] / "importers" / "tests" / "files"


def create_outlet(*args: str) -> str:
    out = StringIO()
    call_command("create_outlet", "--noinput", *args, stdout=out)
    return out.getvalue()


OUTLET = (
    "--name=The Harbour Gazette",
    "--url=https://news.harbour.example:8443",
    "--languages=fr,de",
    "--tagline=Notes from the waterfront",
    "--editor=maria",
    "--editor-email=maria@harbour.example",
    "--editor-password=tide-tables-42",
)


class CreateOutletTests(TestCase):
    def test_empty_database_becomes_a_browsable_outlet(self) -> None:
        output = create_outlet(*OUTLET)

        home = HomePage.objects.get(locale__language_code="en")
        self.assertEqual(home.title, "The Harbour Gazette")
        site = Site.objects.get(is_default_site=True)
        self.assertEqual(
            (site.hostname, site.port, site.root_page_id), ("news.harbour.example", 8443, home.pk)
        )
        self.assertEqual(OutletSettings.for_site(site).outlet_name, "The Harbour Gazette")
        # Wagtail's placeholder "Welcome to your new Wagtail site!" page is gone.
        self.assertFalse(Page.objects.filter(depth=2).not_type(HomePage).exists())
        self.assertIsNotNone(authenticate(username="maria", password="tide-tables-42"))
        self.assertIn("Created editor account “maria”", output)
        self.assertIn("https://news.harbour.example:8443/admin/", output)

        for url in ("/", "/articles/", "/regions/", "/themes/", "/reports/", "/authors/"):
            with self.subTest(url):
                self.assertEqual(self.client.get(url).status_code, 200)
        response = self.client.get("/fr/articles/")
        self.assertContains(response, "<h1>Articles</h1>", html=False, status_code=200)
        self.assertContains(self.client.get("/de/authors/"), "Autorinnen und Autoren")
        self.assertContains(self.client.get("/de/reports/"), "Hintergrundberichte")
        # Only the languages asked for.
        self.assertEqual(
            sorted(HomePage.objects.values_list("locale__language_code", flat=True)),
            ["de", "en", "fr"],
        )

    def test_running_it_again_changes_nothing(self) -> None:
        create_outlet(*OUTLET)
        pages = list(Page.objects.values_list("pk", "title", "live", "latest_revision_id"))
        settings_row = OutletSettings.objects.values().get()

        again = create_outlet(*OUTLET[:-1], "--editor-password=another-password")

        self.assertIn("already set up; nothing changed", again)
        self.assertIn("“maria” already exists; left as it is", again)
        self.assertEqual(
            list(Page.objects.values_list("pk", "title", "live", "latest_revision_id")), pages
        )
        self.assertEqual(OutletSettings.objects.values().get(), settings_row)
        self.assertIsNotNone(authenticate(username="maria", password="tide-tables-42"))

    def test_adds_a_language_later_without_touching_the_rest(self) -> None:
        create_outlet(*OUTLET)
        home = HomePage.objects.get(locale__language_code="en")
        home.title = "The Harbour Gazette (edited)"
        home.save_revision().publish()

        output = create_outlet(
            "--name=Ignored on a second run", "--url=https://x.example", "--languages=fr,de,es"
        )

        self.assertIn("Created es: front page, /articles/", output)
        self.assertEqual(self.client.get("/es/articles/").status_code, 200)
        home.refresh_from_db()
        self.assertEqual(home.title, "The Harbour Gazette (edited)")

    def test_then_import_article_publishes(self) -> None:
        create_outlet(*OUTLET)
        out = StringIO()
        call_command(
            "import_article", str(IMPORTER_FILES / "original_markdown.md"), "--publish", stdout=out
        )
        article = ArticlePage.objects.get()
        self.assertTrue(article.live)
        self.assertEqual(self.client.get(article.url).status_code, 200)

    def test_refuses_what_it_cannot_set_up(self) -> None:
        cases = {
            "MASTHEAD_LANGUAGES": ("--name=X", "--url=https://x.example", "--languages=fr,tlh"),
            "must look like https://": ("--name=X", "--url=news.example"),
            "Outlet name is required": ("--url=https://x.example",),
            "--editor-password": ("--name=X", "--url=https://x.example", "--editor=sam"),
        }
        for message, args in cases.items():
            with self.subTest(message), self.assertRaisesMessage(CommandError, message):
                create_outlet(*args)
        # A refusal writes nothing.
        self.assertFalse(HomePage.objects.exists())


class PointSiteAtTests(TestCase):
    def test_the_site_follows_the_address_it_is_served_on(self) -> None:
        create_outlet(*OUTLET)
        self.assertTrue(point_site_at("http://127.0.0.1:9123"))
        site = Site.objects.get(is_default_site=True)
        self.assertEqual((site.hostname, site.port), ("127.0.0.1", 9123))
        self.assertFalse(point_site_at("http://127.0.0.1:9123"))
