"""`manage.py import_article` end to end: pages created or updated, errors that lose nothing."""

import re
import subprocess
import sys
from datetime import date
from io import StringIO
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import TestCase

from masthead.articles.models import ArticleIndexPage, ArticlePage
from masthead.people.factories import AuthorFactory
from masthead.people.models import Author
from masthead.syndication.factories import LicenceFactory
from masthead.syndication.models import PartnerPublication
from masthead.taxonomy.factories import RegionFactory
from masthead.taxonomy.models import InDepthReport, Region, Theme
from masthead.testing import build_outlet

FILES = Path(__file__).parent / "files"
REPUBLISHED = FILES / "republished_plain.txt"
ORIGINAL = FILES / "original_no_source.txt"


def run(*args: object) -> str:
    out = StringIO()
    call_command("import_article", *[str(a) for a in args], stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (ArticlePage, Author, PartnerPublication, Region, Theme, InDepthReport)
    }


class ImportArticleTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet("Tidewater Review")

    def test_republished_article_becomes_a_published_page_with_provenance(self) -> None:
        output = run(REPUBLISHED, "--publish")
        self.assertIn(
            "Created article “The Quiet Contract Behind the Saltmere Dredging Deal”, published",
            output,
        )
        article = ArticlePage.objects.get()
        self.assertTrue(article.live)
        self.assertEqual([row.author.name for row in article.bylines()], ["Marisol Tenberg"])
        self.assertEqual(article.partner.name, "Harbour Ledger")
        self.assertEqual(
            sorted(r.name for r in article.regions.all()),
            ["Baltic & Nordic States", "Canada", "Central Asia and Caucasus"],
        )
        self.assertEqual(
            [b.block_type for b in article.body][:4],
            ["paragraph", "paragraph", "quote", "paragraph"],
        )
        self.assertIn("subheading", [b.block_type for b in article.body])

        page = self.client.get(article.url)
        self.assertContains(page, "The original source of this article is Harbour Ledger")
        self.assertContains(page, "Copyright © Marisol Tenberg, Harbour Ledger, 2022")
        self.assertContains(page, 'href="/regions/canada/"')
        self.assertContains(page, "<strong>Saltmere</strong>")
        # The republishing outlet's boilerplate stays out of our page.
        self.assertNotContains(page, "Translate Website")
        self.assertNotContains(page, "Tidewater Review article")
        author = Author.objects.get(name="Marisol Tenberg")
        self.assertTrue(author.bio.startswith("<p>Marisol Tenberg"))

    def test_existing_records_are_matched_ignoring_case(self) -> None:
        AuthorFactory(name="MARISOL TENBERG", slug="marisol", bio="<p>Written by our editors.</p>")
        RegionFactory(name="canada")
        PartnerPublication.objects.create(name="harbour ledger")
        run(REPUBLISHED)
        self.assertEqual(Author.objects.count(), 1)
        self.assertEqual(Region.objects.filter(name__iexact="canada").count(), 1)
        self.assertEqual(PartnerPublication.objects.count(), 1)
        # An editor's bio is never overwritten by an import.
        self.assertEqual(Author.objects.get().bio, "<p>Written by our editors.</p>")

    def test_reimport_updates_instead_of_duplicating(self) -> None:
        run(REPUBLISHED, "--publish")
        before = counts()
        article = ArticlePage.objects.get()
        revisions = article.revisions.count()
        output = run(REPUBLISHED, "--publish")
        self.assertIn("Updated article", output)
        self.assertEqual(counts(), before)
        self.assertEqual(article.revisions.count(), revisions + 1)

    def test_draft_import_leaves_the_page_unpublished(self) -> None:
        output = run(FILES / "original_markdown.md")
        self.assertIn("saved as a draft", output)
        article = ArticlePage.objects.get()
        self.assertFalse(article.live)
        self.assertIsNone(article.partner)
        self.assertEqual(self.client.get("/articles/" + article.slug + "/").status_code, 404)

    def test_dry_run_prints_fields_and_writes_nothing(self) -> None:
        before = counts()
        output = run(REPUBLISHED, "--dry-run")
        self.assertEqual(counts(), before)
        for expected in (
            "The Quiet Contract Behind the Saltmere Dredging Deal",
            "Marisol Tenberg",
            "Harbour Ledger",
            "Baltic & Nordic States, Central Asia and Caucasus, Canada",
            "quote:",
            "Left out as the outlet's boilerplate",
            "Dry run: nothing was written.",
        ):
            self.assertIn(expected, output)

    def test_broken_files_name_the_line_and_write_nothing(self) -> None:
        # The whole message, as the editor reads it: file, line, what is wrong and what to do.
        cases = {
            "broken_no_byline.txt": (
                "line 3: expected a byline like 'By NAME' or 'By NAME and NAME' after the title, "
                "found 'Harbour Ledger, June 2, 2022'"
            ),
            "broken_bad_date.txt": (
                "line 5: the date line 'Harbour Ledger, February 30, 2022' is not a real date; "
                "write it like 'March 14, 2022', '14 March 2022' or '2022-03-14'"
            ),
            "broken_copyright_year.txt": (
                "line 15: the copyright line should end with a four-digit year, like "
                "'Copyright © NAME, PUBLICATION, 2021'; found 'twenty twenty-two' instead"
            ),
            "broken_empty.txt": "line 1: the file is empty; expected the article title on line 1",
            "broken_no_body.txt": (
                "line 9: no article text found: expected body paragraphs after the header and "
                "lead, but the article ends here ('*')"
            ),
        }
        for name, message in cases.items():
            before = counts()
            out = StringIO()
            with self.subTest(name), self.assertRaises(CommandError) as caught:
                call_command("import_article", str(FILES / name), "--publish", stdout=out)
            self.assertEqual(str(caught.exception), f"{FILES / name}: {message}")
            # Nothing was written: no page, author, partner or term, and no "Created" line.
            self.assertEqual(counts(), before, name)
            self.assertEqual(out.getvalue(), "", name)

    def test_failure_midway_rolls_everything_back(self) -> None:
        before = counts()
        with (
            mock.patch.object(ArticleIndexPage, "add_child", side_effect=RuntimeError("disk full")),
            self.assertRaises(RuntimeError),
        ):
            run(REPUBLISHED, "--publish")
        # Authors, partner and terms created before the failure are gone too.
        self.assertEqual(counts(), before)

    def test_original_article_without_source_line_gets_no_partner(self) -> None:
        output = run(ORIGINAL)
        article = ArticlePage.objects.get()
        self.assertEqual(article.title, "Night Buses Return to the Old Town")
        self.assertEqual(article.publication_date, date(2021, 2, 1))
        self.assertEqual(article.author_names(), ["Ana Ruiz", "Li Wei"])
        self.assertEqual([r.name for r in article.regions.all()], ["Europe"])
        self.assertEqual([t.name for t in article.themes.all()], ["Transport"])
        self.assertEqual([r.name for r in article.reports.all()], ["After Dark"])
        # The copyright line names this outlet: still our own piece, nothing to attribute.
        self.assertIsNone(article.partner)
        self.assertEqual(article.copyright_holders, "")
        self.assertEqual(PartnerPublication.objects.count(), 0)
        self.assertTrue(article.provenance().allows_derivatives)
        self.assertEqual(
            re.findall(r"^Created (.+)$", output, re.MULTILINE)[:-1],
            [
                "author Ana Ruiz",
                "author Li Wei",
                "region Europe",
                "theme Transport",
                "in-depth report After Dark",
            ],
        )
        self.assertNotIn("partner", output)

    def test_success_message_gives_the_reader_url_and_the_admin_edit_url(self) -> None:
        output = run(ORIGINAL)
        article = ArticlePage.objects.get()
        edit = f"/admin/pages/{article.pk}/edit/"
        self.assertIn(
            "Created article “Night Buses Return to the Old Town”, saved as a draft (not live): "
            "it will be at http://localhost/articles/night-buses-return-to-the-old-town/ "
            "once published",
            output,
        )
        self.assertIn(f"Review and publish it in the admin: {edit}", output)
        self.assertNotIn("/home/", output)
        self.assertEqual(self.client.get(article.url).status_code, 404)

        output = run(ORIGINAL, "--publish")
        self.assertIn(
            "Updated article “Night Buses Return to the Old Town”, published: "
            "http://localhost/articles/night-buses-return-to-the-old-town/",
            output,
        )
        self.assertIn(f"Edit it in the admin: {edit}", output)
        self.assertEqual(self.client.get(article.url).status_code, 200)

        # Re-imported as a draft: readers keep the published version, and are told so.
        output = run(ORIGINAL)
        self.assertIn(
            "Updated article “Night Buses Return to the Old Town”: the changes are saved as a "
            "draft; http://localhost/articles/night-buses-return-to-the-old-town/ shows the "
            "published version until you publish them",
            output,
        )
        editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
        self.client.force_login(editor)
        self.assertEqual(self.client.get(edit).status_code, 200)

    def test_markdown_links_in_byline_and_taxonomy(self) -> None:
        output = run(FILES / "markdown_links.md", "--publish")
        article = ArticlePage.objects.get()
        self.assertEqual(article.author_names(), ["Ana Ruiz", "Li Wei", "Sam Okafor"])
        self.assertEqual(sorted(r.name for r in article.regions.all()), ["Asia", "Europe"])
        self.assertEqual([t.name for t in article.themes.all()], ["Transport"])
        self.assertIsNone(article.partner)
        self.assertEqual(article.publication_date, date(2021, 2, 1))
        # The byline's real link is kept on the new author's profile; "#" links are not.
        ana = Author.objects.get(name="Ana Ruiz")
        self.assertEqual(
            [(link.value["label"], link.value["url"]) for link in ana.links],
            [("harbourledger.example", "https://harbourledger.example/authors/ana-ruiz")],
        )
        self.assertEqual(len(Author.objects.get(name="Li Wei").links), 0)
        self.assertIn("published: http://localhost/articles/ferry-timetables-go-digital/", output)
        page = self.client.get("/articles/ferry-timetables-go-digital/")
        self.assertContains(page, 'href="/regions/asia/"')
        self.assertNotContains(page, "The original source of this article")

    def test_crlf_republished_article_keeps_its_source_and_region(self) -> None:
        output = run(FILES / "crlf_republished.txt")
        article = ArticlePage.objects.get()
        self.assertEqual(article.partner.name, "Harbour Ledger")
        self.assertEqual(article.partner.homepage, "https://harbourledger.example")
        self.assertEqual(article.original_url, "https://harbourledger.example/2021/02/lock-keepers")
        self.assertEqual([r.name for r in article.regions.all()], ["Europe"])
        self.assertEqual(article.publication_date, date(2021, 2, 1))
        self.assertEqual(
            [str(b.value) for b in article.body if b.block_type == "paragraph"],
            [
                "<p>The canal authority says the new rota was agreed in the autumn.</p>",
                "<p>The keepers say nobody asked them, and that the night shifts doubled.</p>",
            ],
        )
        self.assertIn("Created partner publication Harbour Ledger\n", output)

    def test_partner_without_licence_is_named_as_blocking_translations(self) -> None:
        output = run(REPUBLISHED)
        self.assertIn(
            "Note: Harbour Ledger has no licence on file, so this article cannot be translated",
            output,
        )
        self.assertNotIn("Note:", run(ORIGINAL))

    def test_partner_licence_decides_the_translation_note(self) -> None:
        partner = PartnerPublication.objects.create(name="Harbour Ledger")
        partner.default_licence = LicenceFactory(
            code="CC-BY-ND-4.0", name="CC BY-ND 4.0", allows_derivatives=False
        )
        partner.save()
        output = run(REPUBLISHED)
        self.assertIn("Note: its licence (CC BY-ND 4.0) does not allow translations.", output)
        partner.default_licence = LicenceFactory(code="CC-BY-4.0", name="CC BY 4.0")
        partner.save()
        self.assertNotIn("Note:", run(REPUBLISHED))

    def test_site_without_an_archive_is_refused_clearly(self) -> None:
        ArticleIndexPage.objects.all().delete()
        with self.assertRaisesMessage(CommandError, "There is no article archive page"):
            run(REPUBLISHED)


def test_exit_status_is_1_with_the_line_on_stderr() -> None:
    result = subprocess.run(  # noqa: S603 — our own manage.py with a fixture path
        [sys.executable, "manage.py", "import_article", str(FILES / "broken_no_byline.txt")],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        env={"DJANGO_SETTINGS_MODULE": "masthead.settings.test", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 1
    assert "line 3: expected a byline like 'By NAME'" in result.stderr
