"""`manage.py load_demo_site`: an outlet from data files, idempotent, with a working login."""

import datetime
from io import StringIO

from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.models import Locale

from masthead.articles.models import ArticlePage
from masthead.demo.content import read_content
from masthead.images.models import CustomImage
from masthead.importers.models import ImportRun, WordPressPost
from masthead.ingest.models import IngestedItem
from masthead.people.models import Author
from masthead.syndication.models import PartnerFeed, PartnerPublication
from masthead.taxonomy.models import InDepthReport, Region, Theme


class DemoSiteTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.output = StringIO()
        call_command("load_demo_site", password="demo-pass-1", stdout=cls.output)

    def english(self, model):
        return model.objects.filter(locale=Locale.get_default())

    def test_outlet_has_the_promised_content(self) -> None:
        articles = self.english(ArticlePage).live()
        self.assertGreaterEqual(articles.count(), 40)
        self.assertEqual(self.english(Author).count(), 8)
        self.assertEqual(PartnerPublication.objects.count(), 5)
        self.assertEqual(len({p.default_licence_id for p in PartnerPublication.objects.all()}), 5)
        self.assertEqual(self.english(Region).count(), 6)
        self.assertEqual(self.english(Theme).count(), 8)
        self.assertEqual(self.english(InDepthReport).count(), 4)
        republished = articles.filter(partner__isnull=False).count()
        self.assertTrue(0 < republished < articles.count())
        # The old WordPress posts (masthead/demo/wordpress.py) came without pictures.
        written = articles.exclude(pk__in=WordPressPost.objects.values("page_id"))
        self.assertTrue(all(a.featured_image_id for a in written))
        self.assertGreaterEqual(CustomImage.objects.count(), articles.count())

    def test_pages_render_for_readers(self) -> None:
        article = self.english(ArticlePage).live().filter(partner__isnull=False).first()
        for url in ("/", "/articles/", "/regions/", "/authors/", "/reports/", article.url):
            with self.subTest(url):
                self.assertEqual(self.client.get(url).status_code, 200)
        self.assertContains(self.client.get(article.url), "The original source of this article is")

    def test_hand_translations_in_four_languages(self) -> None:
        for code in ("fr", "es", "ru", "ar"):
            with self.subTest(code):
                translated = ArticlePage.objects.live().filter(locale__language_code=code)
                self.assertGreaterEqual(translated.count(), 3)
                response = self.client.get(translated.first().url)
                self.assertContains(response, f'lang="{code}"')
                self.assertContains(response, 'class="translation-notice"')
        arabic = ArticlePage.objects.live().filter(locale__language_code="ar").first()
        self.assertContains(self.client.get(arabic.url), 'dir="rtl"')
        # The outlet's own notices are printed in the reader's language too.
        french = ArticlePage.objects.live().filter(locale__language_code="fr").first()
        self.assertContains(
            self.client.get(french.url), read_content().translations["fr"]["outlet"]["disclaimer"]
        )
        # Every language has a front page.
        self.assertEqual(self.client.get("/de/").status_code, 200)

    def test_editor_login_is_printed_and_works(self) -> None:
        self.assertIn("username 'editor', password 'demo-pass-1'", self.output.getvalue())
        self.assertIsNotNone(authenticate(username="editor", password="demo-pass-1"))

    def test_running_again_changes_nothing_but_the_password(self) -> None:
        before = ArticlePage.objects.count()
        out = StringIO()
        call_command("load_demo_site", password="demo-pass-2", stdout=out)
        self.assertIn("already present", out.getvalue())
        self.assertEqual(ArticlePage.objects.count(), before)
        self.assertIsNotNone(authenticate(username="editor", password="demo-pass-2"))

    def test_articles_keep_what_their_text_files_cannot_say(self) -> None:
        # demo.toml: a stable URL from the file name, a date relative to today, a byline role,
        # a generated picture credited as the file's "Featured image is from …" line says.
        content = read_content()
        newest = min(extras["days_ago"] for extras in content.articles.values())
        latest = self.english(ArticlePage).live().order_by("-publication_date").first()
        self.assertEqual(
            latest.publication_date, timezone.localdate() - datetime.timedelta(days=newest)
        )
        article = self.english(ArticlePage).get(slug="harbour-pilots-still-board-every-ship")
        response = self.client.get("/articles/harbour-pilots-still-board-every-ship/")
        self.assertContains(
            response, 'Tomas Lindqvist</a> <span class="byline__role">(photographer)'
        )
        self.assertContains(response, "Featured image is from Tomas Lindqvist")
        self.assertEqual(article.featured_image.credit, "Tomas Lindqvist")
        # Importing the demo's files through the importer left nothing half-made behind
        # (the partners' feed items are drafts on purpose: masthead/demo/partners.py, and so
        # is the old WordPress site's unfinished post: masthead/demo/wordpress.py).
        taken_in = IngestedItem.objects.exclude(article=None).values("article_id")
        drafts = (
            self.english(ArticlePage)
            .filter(live=False)
            .exclude(pk__in=taken_in)
            .exclude(pk__in=WordPressPost.objects.values("page_id"))
        )
        self.assertFalse(drafts.exists())

    def test_partner_feeds_have_ready_held_and_matched_items(self) -> None:
        statuses = {item.title: item.status for item in IngestedItem.objects.all()}
        self.assertEqual(
            statuses["Pilot boats stay in port as the winter swell arrives early"], "ready"
        )
        self.assertEqual(statuses["Solar pumps change the calendar of a market garden"], "held")
        self.assertIn("matched", statuses.values())
        self.assertEqual(PartnerFeed.objects.count(), 2)

    def test_the_old_wordpress_site_is_imported_and_its_links_redirect(self) -> None:
        run = ImportRun.objects.get()
        self.assertEqual(run.status, ImportRun.Status.DONE)
        self.assertEqual((run.total, run.created_count, run.skipped_count), (4, 4, 0))
        ferry = WordPressPost.objects.get(wp_id=412).page.specific
        self.assertTrue(ferry.live)
        self.assertEqual([a.author.name for a in ferry.article_authors.all()], ["Tomas Lindqvist"])
        self.assertEqual([r.name for r in ferry.regions.all()], ["Europe"])
        self.assertEqual([t.name for t in ferry.themes.all()], ["Trade"])
        self.assertEqual(ferry.first_published_at.date(), datetime.date(2019, 2, 18))
        old = self.client.get("/2019/02/ferry-timetables-after-the-winter-storms/")
        self.assertEqual(old.status_code, 301)
        self.assertEqual(old["Location"], ferry.url)
        self.assertContains(self.client.get(ferry.url), "Ferry timetables after the winter storms")
        self.assertFalse(WordPressPost.objects.get(wp_id=480).page.live)  # the draft
        self.assertEqual(self.english(Author).filter(name="Tomas Lindqvist").count(), 1)


@override_settings(
    LANGUAGES=[("en", "English"), ("fr", "Français")],
    WAGTAIL_CONTENT_LANGUAGES=[("en", "English"), ("fr", "Français")],
)
class DemoWithFewerLanguagesTests(TestCase):
    """MASTHEAD_LANGUAGES may narrow the site; the demo then skips the other translations."""

    def test_only_the_configured_languages_are_built(self) -> None:
        call_command("load_demo_site", password="demo-pass-3", stdout=StringIO())
        built = set(ArticlePage.objects.values_list("locale__language_code", flat=True))
        self.assertEqual(built, {"en", "fr"})
        self.assertEqual(self.client.get("/fr/").status_code, 200)
        self.assertFalse(Region.objects.filter(locale__language_code="es").exists())
