"""Background tasks (django-tasks): arguments are ids, each run is idempotent."""

from django_tasks import task

from masthead.translation import services


@task()
def translate_article(job_id: int) -> str:
    """Translate one article into one language (see services.run_job)."""
    return services.run_job(job_id).status


@task()
def request_article_translations(page_id: int) -> int:
    """Queue one job per target language for a newly published article."""
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    if page is None or not page.live:
        return 0
    return len(services.request_translations(page))
