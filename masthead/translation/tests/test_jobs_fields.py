"""Over-long machine translations are fitted to their fields; unfixable errors fail at once."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from masthead.articles.models import ArticlePage
from masthead.translation.limits import ELLIPSIS, fit_text, shorten_at_word
from masthead.translation.models import TranslationJob
from masthead.translation.status import article_language_states
from masthead.translation.tests import test_pipeline
from masthead.translation.tests.test_pipeline import job, publish

languages = test_pipeline.languages
outlet = test_pipeline.outlet

GERMAN_TITLE = (
    "Warum die Getreideschiffe vor der Hafeneinfahrt warten und was die Schlangen über die "
    "Versorgung, die Preise und die Verträge der regionalen Händler erzählen"
)


def test_a_long_title_is_cut_at_a_word_with_an_ellipsis() -> None:
    fitted = fit_text(GERMAN_TITLE, "Why the grain ships wait", 80)
    assert fitted.action == "shortened"
    assert (
        fitted.text
        == "Warum die Getreideschiffe vor der Hafeneinfahrt warten und was die Schlangen…"
    )
    assert len(fitted.text) <= 80
    assert fitted.length == len(GERMAN_TITLE)


def test_a_text_that_fits_is_left_alone() -> None:
    fitted = fit_text("Pourquoi les céréaliers attendent", "Why the grain ships wait", 255)
    assert (fitted.text, fitted.action) == ("Pourquoi les céréaliers attendent", "")


def test_one_endless_word_keeps_the_original_text() -> None:
    fitted = fit_text("Donaudampfschifffahrtsgesellschaft" * 10, "Danube shipping", 60)
    assert (fitted.text, fitted.action) == ("Danube shipping", "kept source")


def test_text_without_spaces_is_cut_between_characters() -> None:
    text = "为什么运粮船在港口外等待" * 5
    shortened = shorten_at_word(text, 20)
    assert shortened == text[:19] + ELLIPSIS


def test_a_slug_is_cut_between_words_without_an_ellipsis() -> None:
    fitted = fit_text("warum-die-getreideschiffe-warten", "grain-ships", 20, is_slug=True)
    assert fitted.text == "warum-die"


def test_argos_output_longer_than_every_limit_publishes_a_valid_page(
    outlet, install_tiny_model, settings, client, django_user_model
) -> None:
    install_tiny_model("en", "fr")
    config = settings.MASTHEAD_TRANSLATION
    # Decoding capped at 8× the input plus 300 pieces: the random model fills it every time.
    config = {**config, "ARGOS": {**config["ARGOS"], "LENGTH_RATIO": 8, "LENGTH_EXTRA": 300}}
    settings.MASTHEAD_TRANSLATION = config
    article = publish(
        outlet,
        seo_title="Council splits over the harbour: who pays for the new quay",
        featured_image_credit="Photograph by the harbour master's office",
    )
    fr_job = job(article, "fr")
    assert fr_job.status == TranslationJob.Status.SUCCEEDED, fr_job.last_error
    assert fr_job.attempts == 1
    french = ArticlePage.objects.get(
        locale__language_code="fr", translation_key=article.translation_key
    )
    french.full_clean()  # the page is valid
    for value in (french.title, french.seo_title, french.featured_image_credit):
        assert len(value) <= 255 and value.endswith(ELLIPSIS)
    assert client.get("/fr/articles/grain-ships/").status_code == 200
    # The translation editor shows the mark under each shortened segment.
    marked = StringTranslation.objects.filter(locale__language_code="fr").exclude(tool_name="")
    notes = {t.context.path: t.get_comment() for t in marked if "please review" in t.tool_name}
    assert set(notes) == {"title", "seo_title", "featured_image_credit"}
    assert (
        "Title shortened to fit its limit of 255 characters (the translation had"
        in (notes["title"])
    )
    # The article's Translations screen and the jobs report say what was shortened and why.
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.org", "pw"))
    screen = client.get(reverse("masthead_translation:article", args=[article.pk])).content
    screen = screen.decode()
    assert "Needs review:" in screen
    assert "Title tag shortened to fit its limit of 255 characters" in screen
    report = client.get(reverse("masthead_translation:jobs")).content.decode()
    assert "Featured image credit shortened to fit its limit" in report


def test_an_editor_correcting_the_segment_clears_the_mark(outlet, fake_engine, settings) -> None:
    article = publish(outlet)
    title = StringTranslation.objects.get(locale__language_code="fr", context__path="title")
    title.tool_name = "fake — Title shortened to fit its limit of 255 characters; please review"
    title.save()
    states = {row.code: row for row in article_language_states(article)}
    assert states["fr"].reviews == [
        "Title shortened to fit its limit of 255 characters; please review"
    ]
    title.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
    title.tool_name = ""
    title.save()
    assert {row.code: row for row in article_language_states(article)}["fr"].reviews == []


def test_an_invalid_page_fails_at_once_with_an_editors_message(outlet, fake_engine, client) -> None:
    article = publish(outlet)
    french = Page.objects.get(locale__language_code="fr", translation_key=article.translation_key)
    french.unpublish()  # a draft is checked with Wagtail's minimal_clean, which raises a
    # ValidationError without error_dict; wagtail-localize's handler used to crash on it.
    title = StringTranslation.objects.get(locale__language_code="fr", context__path="title")
    title.data = "Pourquoi " * 40
    title.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
    title.save()
    article.lead = "<p>A change so the translation is made again.</p>"
    test_pipeline.republish(article)
    fr_job = job(article, "fr")
    assert fr_job.status == TranslationJob.Status.FAILED
    assert fr_job.attempts == 1  # not retried: a retry would fail the same way
    assert fr_job.next_attempt_at is None
    assert "AttributeError" not in fr_job.last_error
    assert fr_job.last_error == (
        "The translated page could not be saved: Ensure this value has at most 255 "
        "characters (it has 360). Correct the translation in the editor, then re-run."
    )
    assert job(article, "de").status == TranslationJob.Status.SUCCEEDED


@pytest.mark.parametrize("fake_engine_options", [{"FAIL_TIMES": 1, "ERROR_MESSAGE": "timeout"}])
def test_an_engine_hiccup_is_still_retried(outlet, fake_engine) -> None:
    article = publish(outlet)
    retrying = TranslationJob.objects.filter(source_page=article, status="retrying")
    assert [j.last_error for j in retrying] == ["EngineError: timeout"]
