"""A job held by a worker that died is taken up again; two runs of one job never both write."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail_localize.models import StringTranslation

from masthead.translation import leases, services
from masthead.translation.models import TranslationJob
from masthead.translation.tests import test_pipeline
from masthead.translation.tests.test_pipeline import committed, job, publish, republish

# The pipeline tests' outlet (English, French, German and Arabic trees) and languages.
languages = test_pipeline.languages
outlet = test_pipeline.outlet


def abandon(job_row: TranslationJob, *, expired: bool = True, attempts: int = 1) -> None:
    """Leave the job as a killed worker leaves it: running, with a lease nobody renews."""
    moment = datetime.timedelta(seconds=5)
    TranslationJob.objects.filter(pk=job_row.pk).update(
        status=TranslationJob.Status.RUNNING,
        lease_token="dead-worker",
        lease_expires_at=timezone.now() + (-moment if expired else moment),
        attempts=attempts,
        source_revision_id=None,
    )


def test_retry_translations_takes_up_a_job_whose_worker_died(outlet, fake_engine, client) -> None:
    article = publish(outlet)
    abandon(job(article, "fr"))
    html = client.get("/articles/grain-ships/").content.decode()
    assert "translation in progress" not in html  # the page exists; the menu links it
    out = StringIO()
    with committed():
        call_command("retry_translations", stdout=out)
    assert "Queued again 1 abandoned translation job(s)." in out.getvalue()
    fr_job = job(article, "fr")
    assert fr_job.status == TranslationJob.Status.SUCCEEDED
    assert fr_job.attempts == 2
    assert fr_job.lease_token == ""
    assert client.get("/fr/articles/grain-ships/").status_code == 200


def test_a_lease_still_being_renewed_is_left_to_its_worker(outlet, fake_engine) -> None:
    article = publish(outlet)
    abandon(job(article, "fr"), expired=False)
    calls = len(fake_engine.calls)
    assert services.recover_abandoned_jobs() == []
    # A second task for the same job (a duplicate, or a retry) does not run it again.
    assert services.run_job(job(article, "fr").pk).status == TranslationJob.Status.RUNNING
    assert len(fake_engine.calls) == calls
    assert leases.watch(job(article, "fr").pk, "dead-worker") == "renewed"


def test_a_job_whose_worker_keeps_dying_fails_with_a_reason(outlet, fake_engine) -> None:
    article = publish(outlet)
    abandon(job(article, "de"), attempts=services.MAX_ATTEMPTS)
    assert leases.watch(job(article, "de").pk, "dead-worker") == "done"
    de_job = job(article, "de")
    assert de_job.status == TranslationJob.Status.FAILED
    assert f"stopped {services.MAX_ATTEMPTS} times" in de_job.last_error
    assert "too large for the server's memory" in de_job.last_error


def test_a_run_that_lost_its_job_writes_nothing(outlet, fake_engine, monkeypatch) -> None:
    article = publish(outlet)
    fr_job = job(article, "fr")
    translate = fake_engine.translate

    def stalled(source: str, target: str, texts: list[str]) -> list[str]:
        # The French run stalls in the engine until its lease is taken over by a new run.
        if target == "fr":
            TranslationJob.objects.filter(pk=fr_job.pk).update(lease_token="the-new-run")
        return translate(source, target, texts)

    monkeypatch.setattr(fake_engine, "translate", stalled)
    article.lead = "<p>A lead the stalled run never publishes.</p>"
    republish(article)
    fr_job.refresh_from_db()
    assert fr_job.status == TranslationJob.Status.RUNNING
    assert fr_job.lease_token == "the-new-run"  # the new run's claim stands
    french = StringTranslation.objects.filter(locale__language_code="fr")
    assert not french.filter(data__contains="stalled run").exists()
    assert job(article, "de").status == TranslationJob.Status.SUCCEEDED


@pytest.mark.parametrize("fake_engine_options", [{"FAIL_TIMES": 1}])
def test_the_lease_is_released_when_a_run_ends(outlet, fake_engine) -> None:
    article = publish(outlet)
    rows = TranslationJob.objects.filter(source_page=article)
    assert {row.lease_token for row in rows} == {""}
    assert {row.lease_expires_at for row in rows} == {None}
    assert sorted(row.status for row in rows) == ["retrying", "succeeded", "succeeded"]
