"""The admin's "Import article" screen: paste or upload, check and correct, create or update."""

from __future__ import annotations

import io
from datetime import date

import docx
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from django.urls import reverse
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from wagtail.models import GroupPagePermission, Page, PageLogEntry

from masthead.accounts.models import User
from masthead.articles.models import ArticlePage
from masthead.ingest.models import IngestedItem, ItemStatus
from masthead.ingest.services import publication_refusal
from masthead.ingest.tests.server import local_site
from masthead.people.models import Author
from masthead.syndication.factories import LicenceFactory
from masthead.syndication.models import PartnerPublication
from masthead.taxonomy.models import Region
from masthead.testing import build_outlet

URL = reverse("importers_admin:import_article")

# Written for these tests.
REPUBLISHED = """\
# Ferry Timetables Rewritten After Winter Storms

By [Nadia Ostrova](#)

Tidewater Review, 3 March 2023

Coastline Weekly

Region: Nordics

Theme: Transport

Every Tidewater Review article can be read in 19 languages by using the Translate Website menu.

*The island ferries will sail an hour earlier from April, after three winters of cancellations.*

The harbour company said the new timetable moves the first departure to six in the morning.

Skippers had asked for the change since the pier at **Lannvik** was rebuilt.

The original source of this article is [Coastline Weekly](https://coastline.example/2023/ferries)

Copyright © Nadia Ostrova, Coastline Weekly, 2023
"""

PARTNER_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Tram Line Seven Reaches the Campus | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier">
<meta name="author" content="Maren Holt">
<meta property="article:published_time" content="2024-01-12T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Tram Line Seven Reaches the Campus</h1>
<p>The city council approved the last section of track on Tuesday night, ending a debate that
lasted most of the past two years.</p>
<p>Construction crews will close Weaver Street for six weeks from February while the rails are
laid between the hospital and the university library.</p>
<h2>Four stops, one timetable</h2>
<p>The extension adds four new stops and links the hospital to the campus, with a tram every
eight minutes at the busiest hours of the morning and evening.</p>
<blockquote><p>Students have waited a decade for this line, and now they will have it.</p>
</blockquote>
<p>Work on the depot at the end of the line starts in the summer.</p>
</article>
<aside>Subscribe to our morning briefing for the day's headlines.</aside>
<footer>Valley Courier, all rights reserved.</footer>
</body></html>
"""

NO_BYLINE = """\
# A Title Without Anyone Behind It

Tidewater Review, 3 March 2023

Some text that would be the body.
"""


def add_editor_group(index: Page, *, can_add: bool = True, name: str = "") -> Group:
    group = Group.objects.create(name=name or f"Importers {can_add}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    codenames = ["add_page", "change_page"] if can_add else ["change_page"]
    for codename in codenames:
        GroupPagePermission.objects.create(
            group=group,
            page=index,
            permission=Permission.objects.get(
                codename=codename, content_type__app_label="wagtailcore"
            ),
        )
    return group


class AdminImportTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet("Tidewater Review")
        cls.editor = User.objects.create_user("editor", "editor@example.org", "pw")
        cls.editor.groups.add(add_editor_group(cls.outlet.articles))

    def setUp(self) -> None:
        self.client.force_login(self.editor)

    def read(self, text: str = REPUBLISHED) -> object:
        return self.client.post(URL, {"step": "read", "text": text})

    def fields(self, response: object, **changes: object) -> dict[str, object]:
        """The correction form as shown, with the editor's changes: what the browser posts."""
        form = response.context["form"]
        data = {name: form[name].value() for name in form.fields}
        data = {k: ("" if v is None else v) for k, v in data.items() if v is not False}
        data["update_target"] = response.context["target"].pk if response.context["target"] else ""
        data.update(changes)
        data["step"] = "create"
        return data

    def test_paste_shows_fields_beside_source_and_boilerplate(self) -> None:
        response = self.read()
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'value="Ferry Timetables Rewritten After Winter Storms"')
        self.assertContains(response, 'value="Nadia Ostrova"')
        self.assertContains(response, 'value="2023-03-03"')
        self.assertContains(response, 'value="Coastline Weekly"')
        self.assertContains(response, 'value="https://coastline.example/2023/ferries"')
        # The source is shown line by line; the translation prompt is left out and struck.
        self.assertContains(response, 'id="source-line-13" value="13" class="is-skipped"')
        self.assertContains(response, "Left out as boilerplate (1 line)")
        self.assertContains(response, "This will create a new draft article")
        self.assertContains(response, "is not in the partner register yet")
        self.assertEqual(ArticlePage.objects.count(), 0)  # reading writes nothing

    def test_corrected_title_creates_a_draft_with_provenance(self) -> None:
        shown = self.read()
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                URL, self.fields(shown, title="Island Ferries Sail an Hour Earlier")
            )
        article = ArticlePage.objects.get()
        self.assertRedirects(
            response,
            reverse("wagtailadmin_pages:edit", args=[article.pk]),
            fetch_redirect_response=False,
        )
        self.assertEqual(article.title, "Island Ferries Sail an Hour Earlier")
        self.assertEqual(article.slug, "island-ferries-sail-an-hour-earlier")
        self.assertFalse(article.live)
        self.assertEqual(article.partner.name, "Coastline Weekly")
        self.assertEqual(article.original_url, "https://coastline.example/2023/ferries")
        self.assertEqual(article.copyright_year, 2023)
        self.assertEqual(article.publication_date, date(2023, 3, 3))
        self.assertEqual([a.author.name for a in article.bylines()], ["Nadia Ostrova"])
        self.assertEqual([r.name for r in article.regions.all()], ["Nordics"])
        self.assertEqual(article.latest_revision.user, self.editor)
        history = PageLogEntry.objects.for_instance(article).get()
        self.assertEqual((history.action, history.user), ("wagtail.create", self.editor))
        self.assertEqual(article.owner, self.editor)
        self.assertIn("<strong>Lannvik</strong>", str(article.body))

    def test_corrections_reach_authors_terms_and_partner(self) -> None:
        shown = self.read()
        self.client.post(
            URL,
            self.fields(
                shown,
                authors="Nadia Ostrova, Piet Lund",
                regions="Baltics, Nordics",
                partner="",
                original_url="",
                copyright_holders="",
            ),
        )
        article = ArticlePage.objects.get()
        self.assertEqual([a.author.name for a in article.bylines()], ["Nadia Ostrova", "Piet Lund"])
        self.assertEqual(sorted(r.name for r in article.regions.all()), ["Baltics", "Nordics"])
        self.assertIsNone(article.partner)  # cleared: our own piece
        self.assertFalse(PartnerPublication.objects.exists())

    def test_registered_partner_shows_its_licence(self) -> None:
        PartnerPublication.objects.create(
            name="Coastline Weekly", default_licence=LicenceFactory(name="CC BY 4.0")
        )
        response = self.read()
        self.assertContains(response, "Coastline Weekly is in the partner register; licence: CC BY")
        # No permission recorded: the editor is told before importing, as ingest would hold it.
        self.assertContains(response, "has no licence or permission on file")
        PartnerPublication.objects.update(permission="cc-by")
        self.assertNotContains(self.read(), "has no licence or permission on file")

    def test_invalid_correction_is_refused_on_the_server_and_nothing_is_created(self) -> None:
        shown = self.read()
        response = self.client.post(
            URL, self.fields(shown, title="", copyright_year="2999", original_url="ftp://x")
        )
        self.assertEqual(response.status_code, 422)
        self.assertContains(response, "Nothing was imported", status_code=422)
        form = response.context["form"]
        self.assertEqual(set(form.errors), {"title", "copyright_year", "original_url"})
        self.assertEqual(ArticlePage.objects.count(), 0)
        self.assertEqual(Author.objects.count(), 0)

    def test_page_rules_refusal_is_shown_and_leaves_no_trace(self) -> None:
        shown = self.read()
        response = self.client.post(URL, self.fields(shown, lead="", regions="Atlantis"))
        self.assertEqual(response.status_code, 422)
        self.assertContains(response, "The article cannot be saved: Lead", status_code=422)
        self.assertEqual(ArticlePage.objects.count(), 0)
        self.assertFalse(Region.objects.filter(name="Atlantis").exists())

    def test_reimport_says_it_will_update_and_updates(self) -> None:
        self.client.post(URL, self.fields(self.read()))
        article = ArticlePage.objects.get()
        article.save_revision().publish()

        changed = REPUBLISHED.replace("six in the morning", "half past five")
        shown = self.read(changed)
        self.assertContains(
            shown, "This will update the article “Ferry Timetables Rewritten After Winter Storms”"
        )
        self.assertContains(shown, reverse("wagtailadmin_pages:edit", args=[article.pk]))
        self.assertContains(shown, "Update the article")
        response = self.client.post(URL, self.fields(shown))
        self.assertRedirects(
            response,
            reverse("wagtailadmin_pages:edit", args=[article.pk]),
            fetch_redirect_response=False,
        )
        self.assertEqual(ArticlePage.objects.count(), 1)
        article.refresh_from_db()
        draft = article.get_latest_revision_as_object()
        self.assertIn("half past five", str(draft.body))
        self.assertNotIn("half past five", str(article.body))  # readers keep the live text
        edits = PageLogEntry.objects.for_instance(article).filter(action="wagtail.edit")
        self.assertEqual([entry.user for entry in edits], [self.editor])

    def test_title_corrected_onto_another_article_is_checked_again(self) -> None:
        self.client.post(URL, self.fields(self.read(), title="Harbour Pier Reopens"))
        shown = self.read()  # a new draft, by its own title
        self.assertContains(shown, "This will create a new draft article")
        response = self.client.post(URL, self.fields(shown, title="Harbour pier reopens"))
        self.assertEqual(response.status_code, 422)
        self.assertContains(response, "a different article", status_code=422)
        self.assertContains(response, "This will update the article", status_code=422)
        self.assertEqual(ArticlePage.objects.count(), 1)

    def test_article_we_already_carry_is_shown_before_creating(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(URL, self.fields(self.read(), title="Earlier Ferry Story"))
        carried = ArticlePage.objects.get()
        shown = self.read()  # another title, the same original URL
        self.assertContains(shown, "We already carry this")
        self.assertContains(shown, reverse("wagtailadmin_pages:edit", args=[carried.pk]))
        self.assertContains(shown, "same original URL")

        response = self.client.post(URL, self.fields(shown))
        self.assertEqual(response.status_code, 422)
        self.assertContains(response, "We may already carry this article", status_code=422)
        self.assertEqual(ArticlePage.objects.count(), 1)

        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(URL, self.fields(shown, go_on="on"))
        self.assertEqual(ArticlePage.objects.count(), 2)

    def test_same_text_without_the_url_is_a_near_duplicate(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(URL, self.fields(self.read(), title="Earlier Ferry Story"))
        shown = self.read()
        response = self.client.post(URL, self.fields(shown, original_url="", go_on=""))
        self.assertEqual(response.status_code, 422)
        self.assertContains(response, "similar text", status_code=422)

    def test_parse_error_names_the_line_and_highlights_it(self) -> None:
        response = self.read(NO_BYLINE)
        self.assertEqual(response.status_code, 422)
        self.assertContains(response, "Line 3:", status_code=422)
        self.assertContains(
            response,
            'id="source-line-3" value="3" class="is-error" aria-current="true"',
            status_code=422,
        )
        self.assertContains(response, "Nothing was imported", status_code=422)
        self.assertEqual(ArticlePage.objects.count(), 0)

    def test_create_with_a_source_edited_into_an_error_creates_nothing(self) -> None:
        data = self.fields(self.read(), source_text=NO_BYLINE)
        response = self.client.post(URL, data)
        self.assertEqual(response.status_code, 422)
        self.assertContains(response, "Line 3:", status_code=422)
        self.assertEqual(ArticlePage.objects.count(), 0)

    def test_read_again_uses_the_edited_source(self) -> None:
        data = self.fields(self.read(), source_text=REPUBLISHED.replace("Nordics", "Baltics"))
        data["step"] = "reread"
        response = self.client.post(URL, data)
        self.assertContains(response, 'value="Baltics"')

    def test_url_import_reads_a_partner_page_through_the_safe_transport(self) -> None:
        with local_site() as site:
            site.serve("/2024/tram", PARTNER_PAGE, "text/html; charset=utf-8")
            response = self.client.post(URL, {"step": "read", "url": site.url("/2024/tram")})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'value="Tram Line Seven Reaches the Campus"')
        self.assertContains(response, 'value="Maren Holt"')
        self.assertContains(response, 'value="2024-01-12"')
        self.assertContains(response, 'value="Valley Courier"')
        self.assertContains(response, "Left out of the page")
        self.assertContains(response, "Subscribe to our morning briefing")
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(URL, self.fields(response))
        article = ArticlePage.objects.get()
        self.assertEqual(article.partner.name, "Valley Courier")
        self.assertEqual(article.original_url, site.url("/2024/tram"))
        self.assertIn("four new stops", str(article.body))
        self.assertNotIn("morning briefing", str(article.body))
        # A partner with nothing on file: the draft waits for a permission, as ingest's do.
        self.assertIn("no licence or permission on file", publication_refusal(article))
        self.assertEqual(IngestedItem.objects.get(article=article).status, ItemStatus.HELD)

    def test_url_on_a_private_address_is_refused(self) -> None:
        with local_site(allow=False) as site:
            site.serve("/2024/tram", PARTNER_PAGE, "text/html; charset=utf-8")
            response = self.client.post(URL, {"step": "read", "url": site.url("/2024/tram")})
        self.assertContains(response, "could not be read", status_code=422)
        self.assertEqual(len(site.requests), 0)
        self.assertEqual(ArticlePage.objects.count(), 0)

    def test_upload_markdown(self) -> None:
        upload = SimpleUploadedFile("ferries.md", REPUBLISHED.encode(), "text/markdown")
        response = self.client.post(URL, {"step": "read", "file": upload})
        self.assertContains(response, 'value="Ferry Timetables Rewritten After Winter Storms"')
        self.assertContains(response, "(ferries.md)")
        self.client.post(URL, self.fields(response))
        self.assertEqual(ArticlePage.objects.get().partner.name, "Coastline Weekly")

    def test_upload_not_utf8_names_the_line(self) -> None:
        data = "# Title\n\nBy Ana\n\nCaf\xe9 society\n".encode("latin-1")
        response = self.client.post(
            URL, {"step": "read", "file": SimpleUploadedFile("a.txt", data)}
        )
        self.assertContains(response, "Line 5:", status_code=422)
        self.assertContains(response, "not UTF-8", status_code=422)

    def test_upload_docx_keeps_headings_quotes_emphasis_and_links(self) -> None:
        response = self.client.post(
            URL, {"step": "read", "file": SimpleUploadedFile("ferries.docx", word_file())}
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'value="Ferry Timetables Rewritten After Winter Storms"')
        self.assertContains(response, 'value="Nadia Ostrova"')
        self.assertContains(response, "Left out as boilerplate (1 line)")
        self.client.post(URL, self.fields(response))
        article = ArticlePage.objects.get()
        body = str(article.body)
        self.assertIn("<strong>Lannvik</strong>", body)
        self.assertIn("<em>first</em>", body)
        self.assertIn('<a href="https://harbour.example/timetable">new timetable</a>', body)
        kinds = [block.block_type for block in article.body]
        self.assertIn("subheading", kinds)
        self.assertIn("quote", kinds)
        self.assertEqual(article.partner.name, "Coastline Weekly")

    def test_upload_that_is_not_word_is_refused(self) -> None:
        response = self.client.post(
            URL, {"step": "read", "file": SimpleUploadedFile("x.docx", b"not a zip")}
        )
        self.assertContains(response, "not a Word document", status_code=422)
        response = self.client.post(
            URL, {"step": "read", "file": SimpleUploadedFile("x.pdf", b"%PDF-1.4")}
        )
        self.assertContains(response, "Upload a .txt, .md or .docx file", status_code=422)

    @override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1024)
    def test_upload_over_the_limit_is_refused(self) -> None:
        upload = SimpleUploadedFile("big.md", REPUBLISHED.encode() * 2)
        response = self.client.post(URL, {"step": "read", "file": upload})
        self.assertContains(response, "an article file may be at most", status_code=422)
        self.assertEqual(ArticlePage.objects.count(), 0)

    def test_user_without_add_permission_is_refused(self) -> None:
        reader = User.objects.create_user("viewer", "viewer@example.org", "pw")
        reader.groups.add(add_editor_group(self.outlet.articles, can_add=False))
        self.client.force_login(reader)
        # Wagtail's admin answers a refused view by sending the user home with a message.
        home = reverse("wagtailadmin_home")
        self.assertRedirects(self.client.get(URL), home, fetch_redirect_response=False)
        response = self.client.post(URL, self.fields(self.client_as_editor_read()))
        self.assertRedirects(response, home, fetch_redirect_response=False)
        self.assertEqual(ArticlePage.objects.count(), 0)
        self.assertContains(self.client.get(home), "you do not have permission")
        menu = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotContains(menu, "Import article")

    def client_as_editor_read(self) -> object:
        self.client.force_login(self.editor)
        shown = self.read()
        self.client.force_login(User.objects.get(username="viewer"))
        return shown

    def test_menu_item_for_editors(self) -> None:
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "Import article")
        self.assertContains(response, URL)

    def test_csrf_is_checked(self) -> None:
        from django.test import Client

        client = Client(enforce_csrf_checks=True)
        client.force_login(self.editor)
        self.assertEqual(client.post(URL, {"step": "read", "text": REPUBLISHED}).status_code, 403)

    def test_script_in_the_text_does_not_reach_the_page(self) -> None:
        text = REPUBLISHED.replace(
            "Skippers had asked", "Skippers <script>alert(1)</script> had <b onclick=x()>asked"
        )
        shown = self.read(text)
        self.assertNotContains(shown, "<script>alert(1)")
        self.client.post(URL, self.fields(shown))
        body = str(ArticlePage.objects.get().body)
        self.assertNotIn("script", body)
        self.assertNotIn("onclick", body)


def _hyperlink(paragraph: object, text: str, url: str) -> None:
    """python-docx reads hyperlinks but has no call to write one: build the XML."""
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def word_file() -> bytes:
    """A Word version of REPUBLISHED, with a subheading, a quote and a link (made here)."""
    document = docx.Document()
    document.add_heading("Ferry Timetables Rewritten After Winter Storms", level=1)
    document.add_paragraph("By Nadia Ostrova")
    document.add_paragraph("Tidewater Review, 3 March 2023")
    document.add_paragraph("Coastline Weekly")
    document.add_paragraph(
        "Every Tidewater Review article can be read in 19 languages by using the Translate "
        "Website menu."
    )
    lead = document.add_paragraph()
    lead.add_run(
        "The island ferries will sail an hour earlier from April, after three winters of "
        "cancelled crossings."
    ).italic = True
    body = document.add_paragraph("The harbour company said the ")
    _hyperlink(body, "new timetable", "https://harbour.example/timetable")
    body.add_run(" moves the ")
    body.add_run("first").italic = True
    body.add_run(" departure to six in the morning.")
    document.add_heading("Why the pier matters", level=2)
    pier = document.add_paragraph("Skippers had asked for the change since the pier at ")
    pier.add_run("Lannvik").bold = True
    pier.add_run(" was rebuilt.")
    document.add_paragraph(
        "We lost eleven crossings in February alone, and every one of them left people stranded.",
        style="Quote",
    )
    document.add_paragraph("The company will review the timetable again in the autumn.")
    document.add_paragraph("The original source of this article is Coastline Weekly")
    document.add_paragraph("Copyright © Nadia Ostrova, Coastline Weekly, 2023")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
