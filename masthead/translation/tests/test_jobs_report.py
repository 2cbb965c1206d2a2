"""Jobs run by the database task backend leave no failed tasks; the report shows those that fail."""

import datetime

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import ReferenceIndex
from wagtail.tasks import update_reference_index_task

from masthead.articles.models import ArticlePage
from masthead.people.models import Author
from masthead.translation import leases, services
from masthead.translation.models import TranslationJob
from masthead.translation.tasks import translate_article
from masthead.translation.tests import test_pipeline
from masthead.translation.tests.test_pipeline import committed, job, publish, republish

languages = test_pipeline.languages
outlet = test_pipeline.outlet
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker() -> None:
    """Run the worker until the queue is empty, committing after each pass as a worker does.

    A task queues follow-up work on commit (jobs after the request, index updates after a
    job), so a pass that committed new work is followed by another.
    """
    for _ in range(5):
        with committed() as callbacks:
            call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)
        if not callbacks:
            return


def test_translating_twice_leaves_no_failed_task_and_usage_follows_the_byline(
    outlet, fake_engine, settings
) -> None:
    settings.TASKS = DATABASE_TASKS
    article = publish(outlet)
    run_worker()
    article.lead = "<p>The harbour reopened on Monday.</p>"
    republish(article)
    run_worker()
    assert job(article, "fr").status == TranslationJob.Status.SUCCEEDED
    assert list(DBTaskResult.objects.failed().values_list("task_path", flat=True)) == []
    french = ArticlePage.objects.get(
        locale__language_code="fr", translation_key=article.translation_key
    )
    french_author = Author.objects.get(locale__language_code="fr", name="Ines Alvarado")
    english_author = Author.objects.get(locale__language_code="en", name="Ines Alvarado")
    # Wagtail's "usage" of the French author lists the French article, and the English
    # author's lists only the English one.
    assert ReferenceIndex.get_references_to(french_author).filter(object_id=str(french.pk)).exists()
    assert set(
        ReferenceIndex.get_references_to(english_author).values_list("object_id", flat=True)
    ) == {str(article.pk)}


def test_the_jobs_report_lists_failed_background_tasks_with_their_errors(
    outlet, fake_engine, settings, client, django_user_model
) -> None:
    settings.TASKS = DATABASE_TASKS
    article = publish(outlet)
    run_worker()
    # A Wagtail task whose row vanished before it ran...
    update_reference_index_task.enqueue("articles", "articleauthor", "987654")
    run_worker()
    # ...and one of ours whose worker was killed while it ran.
    fr_job = job(article, "fr")
    row = translate_article.enqueue(fr_job.pk)
    DBTaskResult.objects.filter(pk=row.id).update(status="RUNNING")
    TranslationJob.objects.filter(pk=fr_job.pk).update(
        status=TranslationJob.Status.RUNNING,
        lease_token="dead",
        lease_expires_at=timezone.now() - datetime.timedelta(seconds=1),
        task_result_id=row.id,
    )
    assert leases.reclaim_expired() == [fr_job.pk]
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.org", "pw"))
    report = client.get(reverse("masthead_translation:jobs")).content.decode()
    assert "ended in an error: 2." in report
    assert "<code>update_reference_index_task</code>" in report
    assert "ArticleAuthor matching query does not exist." in report
    assert "<code>translate_article</code>" in report
    assert "the worker running this task stopped before it finished" in report


def test_a_task_for_a_deleted_article_has_nothing_to_do(outlet, fake_engine, settings) -> None:
    settings.TASKS = DATABASE_TASKS
    article = publish(outlet)
    with committed():
        job_id = services.request_translations(article)[0].pk  # tasks queued, not run yet
    article.delete()
    assert not TranslationJob.objects.filter(pk=job_id).exists()
    run_worker()
    # (Wagtail's own index tasks for the deleted page do fail; the report shows them.)
    ours = DBTaskResult.objects.filter(task_path__startswith="masthead.translation.")
    assert ours.count() == 4  # the request and one job per language
    assert ours.failed().count() == 0
