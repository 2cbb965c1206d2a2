"""Background tasks (django-tasks): arguments are ids, each run is idempotent."""

from django_tasks import TaskContext, task

from masthead.translation import leases, services
from masthead.translation.models import TranslationJob


@task(takes_context=True)
def translate_article(context: TaskContext, job_id: int) -> str:
    """Translate one article into one language (see services.run_job).

    Each run first sweeps jobs whose worker died (leases.reclaim_expired), so a worker that
    keeps taking jobs also keeps recovering abandoned ones.
    """
    leases.reclaim_expired()
    if not TranslationJob.objects.filter(pk=job_id).exists():
        return "deleted"  # the article was deleted while the task waited: nothing to do
    task_result_id = str(context.task_result.id) if context.task_result else ""
    return services.run_job(job_id, task_result_id=task_result_id).status


@task()
def watch_translation_job(job_id: int, lease_token: str) -> str:
    """At a run's lease expiry: queue the job again if that run's worker died."""
    return leases.watch(job_id, lease_token)


@task()
def request_article_translations(page_id: int) -> int:
    """Queue one job per target language for a newly published article."""
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    if page is None or not page.live:
        return 0
    return len(services.request_translations(page))
