"""`manage.py import_wordpress` on a small invented site: every case an outlet's export has."""

from __future__ import annotations

import datetime
import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import CommandError, call_command
from django.test import TestCase
from PIL import Image as PillowImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model

from masthead.articles.models import ArticlePage
from masthead.importers.models import WordPressAuthor, WordPressMedia, WordPressPost
from masthead.people.models import Author
from masthead.syndication.factories import LicenceFactory
from masthead.syndication.models import PartnerPublication
from masthead.taxonomy.models import InDepthReport, Region, Theme
from masthead.testing import build_outlet

FILES = Path(__file__).parent / "files" / "wordpress"
SITE = FILES / "estuary-courier.xml"
MAPPING = """
[categories]
lower-valley = "region"
news = "skip"

[tags]
tides = "theme: Tides and Weather"
dredging-files = "report"
"""


def make_uploads(folder: Path) -> Path:
    """A copy of wp-content/uploads with the two images the export names."""
    month = folder / "2021" / "03"
    month.mkdir(parents=True)
    PillowImage.new("RGB", (64, 40), "teal").save(month / "avocets.jpg")
    PillowImage.new("RGB", (80, 50), "navy").save(month / "ferry.png")
    return folder


def counts() -> dict[str, int]:
    models = (ArticlePage, Author, Region, Theme, InDepthReport, PartnerPublication, Redirect)
    found = {model.__name__: model.objects.count() for model in models}
    found["images"] = get_image_model().objects.count()
    found["revisions"] = sum(page.revisions.count() for page in ArticlePage.objects.all())
    return found


class WordPressImportTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet("The Estuary Courier")
        LicenceFactory(code="CC-BY-4.0", name="CC BY 4.0")

    def setUp(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="wxr-test-"))
        self.uploads = make_uploads(self.tmp / "uploads")
        self.mapping = self.tmp / "mapping.toml"
        self.mapping.write_text(MAPPING, encoding="utf-8")

    def run_import(self, path: Path = SITE, *extra: str) -> str:
        out = StringIO()
        with self.captureOnCommitCallbacks(execute=True):
            call_command(
                "import_wordpress",
                str(path),
                "--media-dir",
                str(self.uploads),
                "--mapping",
                str(self.mapping),
                *extra,
                stdout=out,
            )
        return out.getvalue()

    def article(self, wp_id: int) -> ArticlePage:
        return WordPressPost.objects.get(wp_id=wp_id).page.specific

    def test_posts_arrive_with_title_lead_dates_and_story_blocks(self) -> None:
        output = self.run_import()
        self.assertIn("Imported 5 posts: 5 created, 0 updated", output)
        # The page, the trashed post and the menu item are not articles.
        self.assertEqual(ArticlePage.objects.count(), 5)
        birds = self.article(11)
        self.assertEqual(birds.title, "Saltmarsh birds return to the old harbour")
        self.assertEqual(birds.slug, "saltmarsh-birds-return")
        self.assertIn("Forty-two avocets are back", birds.lead)
        self.assertEqual(birds.publication_date, datetime.date(2021, 3, 14))
        self.assertEqual(
            birds.first_published_at, datetime.datetime(2021, 3, 14, 8, 30, tzinfo=datetime.UTC)
        )
        kinds = [block.block_type for block in birds.body]
        self.assertEqual(
            kinds, ["paragraph", "subheading", "image", "quote", "media_link", "paragraph"]
        )
        self.assertIn("<strong>forty-two avocets</strong>", birds.body[0].value.source)
        self.assertEqual(birds.body[1].value, "A quiet return")
        quote = birds.body[3].value
        self.assertEqual(quote["text"], "We stopped dredging and the birds simply came back.")
        self.assertEqual(quote["attribution"], "Ilse Marren, harbour warden")
        card = birds.body[4].value
        self.assertEqual(card["url"], "https://www.youtube.com/watch?v=estuary01")
        self.assertEqual(card["title"], "The count, filmed from the sea wall")
        self.assertEqual(card["provider"], "Youtube")

    def test_classic_post_reads_captions_bare_urls_lists_and_takes_a_lead(self) -> None:
        self.run_import()
        ferry = self.article(12)
        # No excerpt: the opening paragraph is the lead, not printed twice.
        self.assertIn("half an hour earlier", ferry.lead)
        kinds = [block.block_type for block in ferry.body]
        self.assertEqual(kinds, ["image", "paragraph", "media_link", "subheading", "paragraph"])
        image = ferry.body[0].value
        self.assertEqual(image["caption"], "The ferry at the north quay.")
        self.assertEqual(image["credit"], "Estuary Courier")
        self.assertEqual(ferry.body[2].value["url"], "https://vimeo.com/estuary-ferry")
        self.assertIn("<li>Bicycles still travel free.</li>", ferry.body[4].value.source)

    def test_authors_include_outside_writers_and_are_matched_on_rerun(self) -> None:
        self.run_import()
        self.assertEqual(
            [row.author.name for row in self.article(11).bylines()], ["Mara Lindqvist"]
        )
        # Co-Authors Plus: the staff writer and a guest writer who has no WordPress login.
        self.assertEqual(
            [row.author.name for row in self.article(12).bylines()],
            ["Tobias Grell", "Nadia Okafor"],
        )
        mara = Author.objects.get(name="Mara Lindqvist")
        # Renamed in WordPress and given another login: the same e-mail is the same person.
        renamed = self.tmp / "renamed.xml"
        renamed.write_text(
            SITE.read_text(encoding="utf-8")
            .replace("<![CDATA[mara]]>", "<![CDATA[mara.l]]>")
            .replace("Mara Lindqvist", "Mara Lindqvist-Berg"),
            encoding="utf-8",
        )
        self.run_import(renamed)
        self.assertEqual([row.author for row in self.article(11).bylines()], [mara])
        self.assertEqual(Author.objects.filter(name__startswith="Mara").count(), 1)
        self.assertEqual(WordPressAuthor.objects.get(login="mara.l").author, mara)

    def test_categories_and_tags_are_filed_by_the_mapping_file(self) -> None:
        output = self.run_import()
        birds, ferry = self.article(11), self.article(12)
        self.assertEqual([r.name for r in birds.regions.all()], ["Lower Valley"])
        self.assertEqual([t.name for t in birds.themes.all()], ["Tides and Weather"])
        self.assertEqual([r.name for r in ferry.reports.all()], ["Dredging files"])
        # "news" is skipped on purpose: no term, no warning.
        self.assertFalse(Region.objects.filter(name="News").exists())
        self.assertFalse(Theme.objects.filter(name="News").exists())
        self.assertNotIn("Not filed", output)

    def test_unmapped_terms_are_left_out_and_reported(self) -> None:
        self.mapping.write_text('[categories]\nnews = "skip"\n', encoding="utf-8")
        output = self.run_import()
        self.assertIn("Not filed (not in the mapping file): category 'Lower Valley'", output)
        self.assertIn("Not filed (not in the mapping file): tag 'Tides'", output)
        self.assertEqual(Region.objects.count() + Theme.objects.count(), 0)

    def test_old_permalinks_answer_301_to_the_new_page(self) -> None:
        self.run_import()
        birds = self.article(11)
        response = self.client.get("/2021/03/saltmarsh-birds-return/")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], birds.url)
        self.assertEqual(self.client.get(birds.url).status_code, 200)
        # A draft had no public address: nothing to redirect.
        self.assertEqual(
            set(Redirect.objects.values_list("old_path", flat=True)),
            {
                "/2021/03/saltmarsh-birds-return",
                "/2021/03/ferry-timetable-april",
                "/2021/05/river-survey-cleaner-water",
            },
        )

    def test_the_front_page_shows_imported_articles_at_once(self) -> None:
        # Rendered (and its fragments stored) before the import: the import must retire them.
        self.assertNotIn("Saltmarsh birds", self.client.get("/").content.decode())
        self.run_import()
        front = self.client.get("/").content.decode()
        self.assertIn("Saltmarsh birds return to the old harbour", front)
        self.assertNotIn("Notes for a piece on eel passes", front)  # the draft

    def test_status_scheduled_draft_published_and_sticky(self) -> None:
        self.run_import()
        scheduled, draft, birds = self.article(13), self.article(14), self.article(11)
        self.assertFalse(scheduled.live)
        self.assertEqual(
            scheduled.go_live_at, datetime.datetime(2031, 7, 1, 7, 0, tzinfo=datetime.UTC)
        )
        self.assertEqual(scheduled.get_latest_revision().approved_go_live_at, scheduled.go_live_at)
        self.assertFalse(draft.live)
        self.assertIsNone(draft.go_live_at)
        self.assertTrue(draft.slug.startswith("notes-for-a-piece-on-eel-passes"))
        # The draft's local time (no GMT date in the file) is read in the site's zone.
        self.assertEqual(draft.publication_date, datetime.date(2021, 4, 2))
        self.assertTrue(birds.live)
        self.assertTrue(WordPressPost.objects.get(wp_id=11).sticky)
        self.assertFalse(WordPressPost.objects.get(wp_id=12).sticky)

    def test_republished_post_arrives_with_partner_licence_and_no_boilerplate(self) -> None:
        self.run_import()
        survey = self.article(15)
        self.assertEqual(survey.partner.name, "Upland Tribune")
        self.assertEqual(survey.partner.homepage, "https://upland-tribune.example")
        self.assertEqual(
            survey.original_url, "https://upland-tribune.example/2021/05/river-survey/"
        )
        self.assertEqual(survey.original_date, datetime.date(2021, 5, 10))
        self.assertEqual(survey.licence.code, "CC-BY-4.0")
        self.assertEqual(survey.copyright_year, 2021)
        text = " ".join(str(block.value) for block in survey.body)
        self.assertNotIn("original source", text)
        self.assertNotIn("Copyright", text)
        self.assertNotIn("Become a member", text)
        self.assertEqual(len(survey.body), 2)
        # An original piece stays original.
        self.assertIsNone(self.article(11).partner)

    def test_featured_and_inline_images_come_from_the_media_folder(self) -> None:
        output = self.run_import()
        self.assertIn("2 images", output)
        birds = self.article(11)
        self.assertEqual(birds.featured_image.title, "Avocets on the mud")
        self.assertEqual(birds.featured_image.credit, "Jonas Ferreira")
        inline = birds.body[2].value
        # The resized copy in the text (-1024x683) is the same attachment.
        self.assertEqual(inline["image"], birds.featured_image)
        self.assertEqual(inline["caption"], "Avocets feeding at low tide.")
        self.assertEqual(inline["credit"], "Jonas Ferreira")
        self.assertEqual(WordPressMedia.objects.count(), 2)

    def test_images_arrive_on_a_later_run_with_media(self) -> None:
        out = StringIO()
        with self.captureOnCommitCallbacks(execute=True):
            call_command("import_wordpress", str(SITE), "--mapping", str(self.mapping), stdout=out)
        self.assertIn("uploads/2021/03/avocets-1024x683.jpg left out", out.getvalue())
        self.assertIsNone(self.article(11).featured_image)
        self.assertEqual(len(self.article(11).body), 5)
        self.assertIn("0 created, 5 updated", self.run_import())
        birds = self.article(11)
        self.assertEqual(birds.featured_image.title, "Avocets on the mud")
        self.assertEqual(birds.body[2].block_type, "image")

    def test_rerun_is_idempotent_and_updates_edited_posts(self) -> None:
        self.run_import()
        before = counts()
        output = self.run_import()
        self.assertIn("0 created, 0 updated, 5 unchanged", output)
        self.assertEqual(counts(), before)
        edited = self.tmp / "edited.xml"
        edited.write_text(
            SITE.read_text(encoding="utf-8").replace(
                "The next count is planned for the spring equinox.",
                "The next count is planned for the autumn equinox.",
            ),
            encoding="utf-8",
        )
        output = self.run_import(edited)
        self.assertIn("0 created, 1 updated, 4 unchanged", output)
        after = counts()
        self.assertEqual(after["revisions"], before["revisions"] + 1)
        after.pop("revisions"), before.pop("revisions")
        self.assertEqual(after, before)
        birds = self.article(11)
        self.assertIn("autumn equinox", birds.body[-1].value.source)
        self.assertTrue(birds.live)

    def test_since_imports_only_recent_posts(self) -> None:
        output = self.run_import(SITE, "--since", "2021-04-01")
        self.assertIn("Imported 2 posts", output)
        self.assertEqual(sorted(WordPressPost.objects.values_list("wp_id", flat=True)), [14, 15])

    def test_dry_run_prints_counts_and_a_mapping_skeleton_and_writes_nothing(self) -> None:
        out = StringIO()
        call_command("import_wordpress", str(SITE), "--dry-run", stdout=out)
        output = out.getvalue()
        self.assertIn("Posts to import: 5", output)
        self.assertIn("status future: 1", output)
        self.assertIn("sticky: 1", output)
        self.assertIn("Not imported: 1 item(s) of type 'page'", output)
        self.assertIn('lower-valley = "skip"  # Lower Valley — 2 posts', output)
        self.assertIn('tides = "skip"  # Tides — 1 post', output)
        self.assertIn("Dry run: nothing was written.", output)
        self.assertEqual(ArticlePage.objects.count(), 0)
        self.assertEqual(Author.objects.count(), 0)

    def test_dry_run_with_a_mapping_shows_where_each_term_goes(self) -> None:
        out = StringIO()
        call_command(
            "import_wordpress", str(SITE), "--dry-run", "--mapping", str(self.mapping), stdout=out
        )
        self.assertIn("categories lower-valley (Lower Valley, 2 posts) -> region", out.getvalue())
        self.assertIn("tags tides (Tides, 1 posts) -> theme: Tides and Weather", out.getvalue())


class BrokenExportTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        build_outlet("The Estuary Courier")

    def assert_refused(self, path: Path, *expected: str) -> None:
        with self.assertRaises(CommandError) as raised:
            call_command("import_wordpress", str(path), stdout=StringIO())
        for text in expected:
            self.assertIn(text, str(raised.exception))
        self.assertIn("nothing was written", str(raised.exception))
        self.assertEqual(ArticlePage.objects.count(), 0)
        self.assertEqual(Author.objects.count(), 0)
        self.assertEqual(WordPressPost.objects.count(), 0)

    def test_an_impossible_date_in_a_later_post_names_line_and_element(self) -> None:
        self.assert_refused(
            FILES / "broken-date.xml",
            "line 105, <wp:post_date_gmt>",
            "'2021-02-30 09:00:00' is not a date",
        )

    def test_broken_xml_names_the_line_and_element(self) -> None:
        self.assert_refused(FILES / "broken-xml.xml", "line 28, <title>", "the XML is broken")

    def test_an_rss_feed_is_not_an_export(self) -> None:
        feed = Path(tempfile.mkdtemp()) / "feed.xml"
        feed.write_text(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
            "<item><title>a</title><guid>g</guid></item></channel></rss>",
            encoding="utf-8",
        )
        self.assert_refused(feed, "<channel>", "not a WordPress export")

    def test_entities_are_not_expanded(self) -> None:
        bomb = Path(tempfile.mkdtemp()) / "entities.xml"
        bomb.write_text(
            '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
            '<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
            "<wp:wxr_version>1.2</wp:wxr_version><item><title>&secret;</title>"
            "<guid>g1</guid><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>"
            "<content:encoded xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
            "<![CDATA[<p>Body.</p>]]></content:encoded>"
            "<excerpt:encoded xmlns:excerpt='http://wordpress.org/export/1.2/excerpt/'>"
            "Lead.</excerpt:encoded></item></channel></rss>",
            encoding="utf-8",
        )
        call_command("import_wordpress", str(bomb), stdout=StringIO())
        self.assertNotIn("root:", ArticlePage.objects.get().title)
