"""The WordPress export upload on the "Import article" screen: a run, the worker, its progress."""

from __future__ import annotations

from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.models import GroupPagePermission

from masthead.accounts.models import User
from masthead.articles.models import ArticlePage
from masthead.importers.models import ImportRun
from masthead.importers.tests.test_admin_import import add_editor_group
from masthead.importers.tests.test_wordpress_import import MAPPING, SITE
from masthead.testing import build_outlet

URL = reverse("importers_admin:import_article")
BROKEN = SITE.parent / "broken-xml.xml"


class WordPressUploadTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.outlet = build_outlet("The Estuary Courier")
        group = add_editor_group(cls.outlet.articles)
        GroupPagePermission.objects.create(
            group=group,
            page=cls.outlet.articles,
            permission=Permission.objects.get(
                codename="publish_page", content_type__app_label="wagtailcore"
            ),
        )
        cls.chief = User.objects.create_user("chief", "chief@example.org", "pw")
        cls.chief.groups.add(group)

    def setUp(self) -> None:
        self.client.force_login(self.chief)

    def upload(self, path=SITE, name: str = "", mapping: str = MAPPING) -> object:
        data = {
            "step": "wordpress",
            "export": SimpleUploadedFile(name or path.name, path.read_bytes(), "text/xml"),
        }
        if mapping:
            data["mapping"] = SimpleUploadedFile("mapping.toml", mapping.encode())
        return self.client.post(URL, data)

    def test_upload_runs_in_the_worker_and_the_progress_page_shows_the_counts(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):  # the immediate task backend runs it
            response = self.upload()
        run = ImportRun.objects.get()
        self.assertRedirects(
            response, reverse("importers_admin:run", args=[run.pk]), fetch_redirect_response=False
        )
        self.assertEqual(run.created_by, self.chief)
        self.assertNotIn("estuary", run.file.name)  # a random name, not the site's
        page = self.client.get(response.url)
        self.assertContains(page, "<strong>Done</strong>", html=False)
        self.assertContains(page, "5 of 5 posts (100%)")
        self.assertContains(page, '<progress max="5" value="5">')
        self.assertContains(page, "<dt>Created</dt><dd>5</dd>")
        self.assertNotContains(page, 'http-equiv="refresh"')  # finished: no more reloading
        self.assertEqual(ArticlePage.objects.count(), 5)
        self.assertContains(self.client.get(URL), f"#{run.pk}</a> — Done")

    def test_a_queued_run_page_refreshes_itself(self) -> None:
        response = self.upload()  # on_commit never runs here: the worker has not started
        page = self.client.get(response.url)
        self.assertContains(page, "<strong>Queued</strong>", html=False)
        self.assertContains(page, '<meta http-equiv="refresh" content="2">')
        self.assertEqual(ArticlePage.objects.count(), 0)

    def test_a_malformed_export_fails_with_the_line_and_imports_nothing(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            response = self.upload(BROKEN)
        page = self.client.get(response.url)
        self.assertContains(page, "The import failed")
        self.assertContains(page, "line ")
        self.assertEqual(ImportRun.objects.get().status, ImportRun.Status.FAILED)
        self.assertEqual(ArticlePage.objects.count(), 0)

    def test_not_an_xml_file_or_a_bad_mapping_is_refused_before_any_run(self) -> None:
        response = self.upload(name="site.zip")
        self.assertContains(response, "Upload the .xml file", status_code=422)
        response = self.upload(mapping="[categories\nnews = ")
        self.assertContains(response, "not valid TOML", status_code=422)
        self.assertFalse(ImportRun.objects.exists())

    @override_settings(MASTHEAD_MAX_WXR_UPLOAD_MB=0)
    def test_an_export_over_the_limit_is_refused(self) -> None:
        response = self.upload()
        self.assertContains(response, "an export may be at most", status_code=422)
        self.assertFalse(ImportRun.objects.exists())

    def test_an_editor_who_cannot_publish_gets_no_site_import(self) -> None:
        editor = User.objects.create_user("writer", "writer@example.org", "pw")
        editor.groups.add(add_editor_group(self.outlet.articles, can_add=True, name="Writers"))
        self.client.force_login(editor)
        self.assertNotContains(self.client.get(URL), "A whole WordPress site")
        response = self.upload()
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.assertFalse(ImportRun.objects.exists())
