"""From publishing an article to its translated pages: jobs, retries, human work, licences."""

import datetime
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape as html_escape
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail_localize.models import StringTranslation

from masthead.articles.models import ArticlePage
from masthead.people.factories import AuthorFactory
from masthead.syndication.factories import LicenceFactory, PartnerPublicationFactory
from masthead.taxonomy.factories import RegionFactory
from masthead.testing import build_outlet, publish_article
from masthead.translation import services
from masthead.translation.models import TranslationJob

LANGUAGES = [("en", "English"), ("fr", "Français"), ("de", "Deutsch"), ("ar", "العربية")]


def committed() -> AbstractContextManager[list[Callable[[], Any]]]:
    """Work done inside this block is committed when it ends: its on-commit callbacks run then.

    Each test runs inside a transaction that never commits; Django's own capture stands in for
    the commit of a request or a worker's unit of work, so the order (write, commit, enqueue)
    is the one production has.
    """
    return TestCase.captureOnCommitCallbacks(execute=True)


@pytest.fixture
def languages(settings: Any) -> None:
    settings.LANGUAGES = LANGUAGES
    settings.WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
    settings.MASTHEAD_AUTO_TRANSLATE = True


@pytest.fixture
def outlet(db: None, languages: None):
    with committed():
        outlet = build_outlet()
        for code, _name in LANGUAGES[1:]:
            locale = Locale.objects.get(language_code=code)
            home = outlet.home.copy_for_translation(locale)
            home.save_revision().publish()
            for section in outlet.home.get_children().specific():
                section.copy_for_translation(locale).save_revision().publish()
    return outlet


def publish(outlet, **fields: Any) -> ArticlePage:
    """Publish an article and commit, as the admin's Publish button does."""
    with committed():
        return publish_uncommitted(outlet, **fields)


def republish(article: ArticlePage) -> None:
    with committed():
        article.save_revision().publish()


def publish_uncommitted(outlet, **fields: Any) -> ArticlePage:
    writer = fields.pop("writer", None) or AuthorFactory(name="Ines Alvarado")
    defaults = {
        "title": "Why the grain ships wait",
        "slug": "grain-ships",
        "lead": "<p>Queues at the harbour mouth tell a longer story.</p>",
        "authors": [(writer, "author")],
        "regions": [RegionFactory(name="Sahel")],
        "date": datetime.date(2024, 3, 5),
    }
    return publish_article(outlet, **{**defaults, **fields})


def french_ui(message: str) -> str:
    """The interface string as French readers see it (the catalogs are translated)."""
    with translation.override("fr"):
        text = translation.gettext(message)
    assert text != message, "the French catalog should translate this"
    return html_escape(text)


def job(page: Page, code: str) -> TranslationJob:
    return TranslationJob.objects.get(source_page=page, target_locale__language_code=code)


def test_publishing_translates_into_every_language_as_real_pages(
    outlet, fake_engine, client
) -> None:
    article = publish(outlet)
    assert {j.target_locale.language_code for j in TranslationJob.objects.all()} == {
        "fr",
        "de",
        "ar",
    }
    assert job(article, "fr").status == TranslationJob.Status.SUCCEEDED
    french = client.get("/fr/articles/grain-ships/")
    assert french.status_code == 200
    html = french.content.decode()
    assert "[fr] Why the grain ships wait" in html
    assert "[fr] Queues at the harbour mouth tell a longer story." in html
    assert '<html lang="fr" dir="ltr">' in html
    # The translated page credits the same people and keeps attribution in its language.
    assert "Ines Alvarado" in html
    assert "Copyright © Ines Alvarado" in html
    assert french_ui("This is a machine translation from English, made on our own server.") in html
    # Terms and bylines point at the French snippets and pages.
    assert 'href="/fr/regions/sahel/"' in html
    assert 'href="/fr/authors/ines-alvarado/"' in html
    arabic = client.get("/ar/articles/grain-ships/").content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic


def test_translations_are_queued_only_once_the_publication_commits(
    outlet, fake_engine, client
) -> None:
    with committed() as callbacks:
        article = publish_uncommitted(outlet)
        # Until the commit nothing is queued: a worker could not yet read the article.
        assert not TranslationJob.objects.exists()
        assert fake_engine.calls == []
    assert callbacks, "publishing should leave the queueing to the commit"
    assert job(article, "fr").status == TranslationJob.Status.SUCCEEDED
    assert client.get("/fr/articles/grain-ships/").status_code == 200


def test_a_publication_that_rolls_back_queues_no_translation(outlet, fake_engine, client) -> None:
    with committed(), pytest.raises(RuntimeError), transaction.atomic():
        publish_uncommitted(outlet)
        raise RuntimeError("the request failed after the Publish step")
    assert not ArticlePage.objects.filter(slug="grain-ships").exists()
    assert not TranslationJob.objects.exists()
    assert fake_engine.calls == []
    assert client.get("/fr/articles/grain-ships/").status_code == 404


def test_language_menu_and_hreflang_on_every_version(outlet, fake_engine, client) -> None:
    publish(outlet)
    html = client.get("/articles/grain-ships/").content.decode()
    assert (
        '<link rel="alternate" hreflang="fr" href="http://testserver/fr/articles/grain-ships/">'
        in html
    )
    assert (
        '<link rel="alternate" hreflang="x-default" href="http://testserver/articles/grain-ships/">'
        in html
    )
    assert 'href="/ar/articles/grain-ships/" hreflang="ar"' in html
    assert "<summary>" in html and "Translate" in html
    french = client.get("/fr/articles/grain-ships/").content.decode()
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/articles/grain-ships/">'
        in french
    )


def test_language_without_a_model_says_so_instead_of_linking(outlet, settings, client) -> None:
    settings.MASTHEAD_TRANSLATION = {
        **settings.MASTHEAD_TRANSLATION,
        "ENGINE": "fake",
        "FAKE": {"UNSUPPORTED": ["de"]},
    }
    article = publish(outlet)
    assert job(article, "de").status == TranslationJob.Status.UNAVAILABLE
    assert client.get("/de/articles/grain-ships/").status_code == 404
    html = client.get("/articles/grain-ships/").content.decode()
    assert "Deutsch <small>— not available yet</small>" in html


def test_republishing_translates_only_changed_segments(outlet, fake_engine) -> None:
    article = publish(outlet)
    first = job(article, "fr")
    assert first.segments_translated >= 3
    article.lead = "<p>A different standfirst.</p>"
    republish(article)
    second = job(article, "fr")
    assert second.status == TranslationJob.Status.SUCCEEDED
    assert second.segments_translated == 1
    french = ArticlePage.objects.get(
        locale__language_code="fr", translation_key=article.translation_key
    )
    assert "[fr] A different standfirst." in french.lead


def test_a_human_correction_survives_a_later_sync(outlet, fake_engine, client) -> None:
    article = publish(outlet)
    correction = StringTranslation.objects.get(
        locale__language_code="fr", data="[fr] Why the grain ships wait"
    )
    correction.data = "Pourquoi les céréaliers attendent"
    correction.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
    correction.save()
    article.lead = "<p>Changed so a re-sync happens.</p>"
    republish(article)
    html = client.get("/fr/articles/grain-ships/").content.decode()
    assert "Pourquoi les céréaliers attendent" in html
    assert "[fr] Changed so a re-sync happens." in html
    assert french_ui("Our editors have corrected it.") in html


@pytest.mark.parametrize(
    "fake_engine_options", [{"FAIL_TIMES": 1, "ERROR_MESSAGE": "model crashed"}]
)
def test_failed_job_keeps_the_original_and_retries(outlet, fake_engine, client) -> None:
    article = publish(outlet)
    revisions = article.revisions.count()
    failed = [j for j in TranslationJob.objects.all() if j.attempts == 1 and j.status == "retrying"]
    assert len(failed) == 1
    retrying = failed[0]
    assert "model crashed" in retrying.last_error
    assert retrying.next_attempt_at is not None
    assert article.revisions.count() == revisions
    assert client.get("/articles/grain-ships/").status_code == 200
    # When its time comes the retry succeeds.
    with committed():
        assert services.retry_due_jobs(now=retrying.next_attempt_at) == 1
    retrying.refresh_from_db()
    assert retrying.status == TranslationJob.Status.SUCCEEDED
    assert retrying.attempts == 2


@pytest.mark.parametrize(
    "fake_engine_options", [{"FAIL_LANGUAGES": ["fr"], "ERROR_MESSAGE": "GPU lost"}]
)
def test_failure_after_a_good_translation_leaves_it_in_place(
    outlet, fake_engine, client, settings
) -> None:
    settings.MASTHEAD_TRANSLATION = {**settings.MASTHEAD_TRANSLATION, "FAKE": {}}
    article = publish(outlet)
    assert job(article, "fr").status == TranslationJob.Status.SUCCEEDED
    settings.MASTHEAD_TRANSLATION = {
        **settings.MASTHEAD_TRANSLATION,
        "FAKE": {"FAIL_LANGUAGES": ["fr"], "ERROR_MESSAGE": "GPU lost"},
    }
    article.lead = "<p>New lead that cannot be translated now.</p>"
    republish(article)
    fr_job = job(article, "fr")
    for _attempt in range(services.MAX_ATTEMPTS):
        if fr_job.status != TranslationJob.Status.RETRYING:
            break
        with committed():
            services.run_job(fr_job.pk)
        fr_job.refresh_from_db()
    assert fr_job.status == TranslationJob.Status.FAILED
    assert "GPU lost" in fr_job.last_error
    html = client.get("/fr/articles/grain-ships/").content.decode()
    assert "[fr] Queues at the harbour mouth tell a longer story." in html


def test_no_derivatives_licence_is_not_translated_and_says_why(outlet, fake_engine, client) -> None:
    partner = PartnerPublicationFactory(
        name="Harbour Ledger",
        default_licence=LicenceFactory(
            code="CC-BY-ND-4.0", name="CC BY-ND 4.0", allows_derivatives=False
        ),
    )
    article = publish(outlet, partner=partner)
    assert job(article, "fr").status == TranslationJob.Status.REFUSED
    assert client.get("/fr/articles/grain-ships/").status_code == 404
    html = client.get("/articles/grain-ships/").content.decode()
    assert "its licence (CC BY-ND 4.0) does not allow translations" in html


def test_a_hand_made_translation_is_never_overwritten(outlet, fake_engine, client) -> None:
    settings_locale = Locale.objects.get(language_code="fr")
    article = publish(outlet)
    ArticlePage.objects.filter(locale=settings_locale).delete()
    TranslationJob.objects.all().delete()
    human = article.copy_for_translation(settings_locale)
    human.title = "Pourquoi les navires attendent"
    with committed():
        human.save_revision().publish()
        services.request_translations(article)
    assert job(article, "fr").status == TranslationJob.Status.SUCCEEDED
    html = client.get("/fr/articles/grain-ships/").content.decode()
    assert "Pourquoi les navires attendent" in html
    assert french_ui("Translated from English by our translators.") in html


def test_real_engine_translates_with_the_generated_model(
    outlet, installed_tiny_model, client
) -> None:
    paragraph = RichText(
        '<p>The port opened at dawn. See <a href="https://example.org/report">the report</a>.</p>'
    )
    article = publish(outlet, body=[("paragraph", paragraph)])
    fr_job = job(article, "fr")
    assert fr_job.status == TranslationJob.Status.SUCCEEDED, fr_job.last_error
    assert fr_job.engine_id.startswith("argos")
    assert job(article, "de").status == TranslationJob.Status.UNAVAILABLE
    html = client.get("/fr/articles/grain-ships/").content.decode()
    assert 'href="https://example.org/report"' in html  # the link survives translation


def test_database_backend_and_worker_run_the_jobs(outlet, fake_engine, settings, client) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    publish(outlet)
    assert client.get("/fr/articles/grain-ships/").status_code == 404  # queued, not run yet
    # The worker commits each task; the jobs a task queues reach the queue with that commit,
    # so the first run queues the translations and the second runs them.
    with committed():
        call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    assert {j.status for j in TranslationJob.objects.all()} == {TranslationJob.Status.QUEUED}
    assert client.get("/fr/articles/grain-ships/").status_code == 404
    with committed():
        call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    assert client.get("/fr/articles/grain-ships/").status_code == 200


def test_editors_see_states_errors_and_can_rerun(
    outlet, settings, client, django_user_model
) -> None:
    settings.MASTHEAD_TRANSLATION = {
        **settings.MASTHEAD_TRANSLATION,
        "ENGINE": "fake",
        "FAKE": {
            "FAIL_LANGUAGES": ["de"],
            "ERROR_MESSAGE": "quota exceeded",
            "UNSUPPORTED": ["ar"],
        },
    }
    article = publish(outlet)
    editor = django_user_model.objects.create_superuser("ed", "ed@example.org", "pw")
    client.force_login(editor)
    page = client.get(reverse("masthead_translation:article", args=[article.pk])).content.decode()
    assert "up to date" in page
    assert "quota exceeded" in page
    assert "no model" in page
    TranslationJob.objects.update(status=TranslationJob.Status.FAILED)
    settings.MASTHEAD_TRANSLATION = {**settings.MASTHEAD_TRANSLATION, "FAKE": {}}
    with committed():
        response = client.post(
            reverse("masthead_translation:rerun", args=[article.pk]), {"language": "de"}
        )
    assert response.status_code == 302
    assert job(article, "de").status == TranslationJob.Status.SUCCEEDED
    report = client.get(reverse("masthead_translation:jobs") + "?status=succeeded").content.decode()
    assert "Why the grain ships wait" in report
