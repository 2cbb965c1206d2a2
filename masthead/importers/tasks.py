"""Imports run by the worker, so an editor's upload of a whole site does not hold a request."""

from __future__ import annotations

import logging

from django.utils import timezone
from django_tasks import task

from masthead.importers.models import ImportRun

logger = logging.getLogger(__name__)


@task()
def run_wordpress_import(run_id: int) -> None:
    """Import the WXR file of ``ImportRun`` ``run_id``, writing progress onto the row.

    ``total`` is known after the checking pass; ``done`` and the counts then move as posts land
    (saved every few posts, so the admin's progress bar moves without a write per post). A file
    that fails the check leaves ``status = failed`` with the error naming line and element, and
    nothing imported.
    """
    from masthead.importers.wordpress.importer import (
        ImportOptions,
        Progress,
        WxrImportError,
        import_wxr,
    )

    run = ImportRun.objects.get(pk=run_id)
    if run.status in (ImportRun.Status.RUNNING, ImportRun.Status.DONE):
        return  # a second enqueue of the same run (double click, retry) does nothing
    run.status = ImportRun.Status.RUNNING
    run.started_at = timezone.now()
    run.save(update_fields=["status", "started_at", "updated_at"])

    def report(progress: Progress) -> None:
        run.total = progress.total
        run.done = progress.done
        run.created_count = progress.created
        run.updated_count = progress.updated
        run.skipped_count = progress.skipped + progress.unchanged
        run.errors = "\n".join(progress.problems)
        run.save(
            update_fields=[
                "total",
                "done",
                "created_count",
                "updated_count",
                "skipped_count",
                "errors",
                "updated_at",
            ]
        )

    try:
        options = ImportOptions.from_dict(run.options)
        with run.file.open("rb") as handle:
            import_wxr(handle, options, progress=report)
    except WxrImportError as error:
        run.status = ImportRun.Status.FAILED
        run.errors = str(error)
    except Exception as error:  # the editor sees a failed run, the operator the traceback
        logger.exception("WordPress import run %s failed", run_id)
        run.status = ImportRun.Status.FAILED
        run.errors = "\n".join(filter(None, [run.errors, f"The import stopped: {error}"]))
    else:
        run.status = ImportRun.Status.DONE
    run.finished_at = timezone.now()
    fields = ["status", "errors", "finished_at", "updated_at"]
    if run.status == ImportRun.Status.DONE or "nothing was written" in run.errors:
        # An export holds drafts and authors' e-mail addresses, and media storage is public:
        # once imported, or refused as malformed, it goes. A run that crashed keeps its file so
        # the operator can start it again.
        run.file.delete(save=False)
        fields.append("file")
    run.save(update_fields=fields)


@task()
def index_imported_articles(page_ids: list[int]) -> int:
    """What saving and publishing do for each page, once for a batch of imported articles.

    A WordPress import adds new articles in bulk (``bulk_pages``), without the save signals
    that would queue about eight tasks a page: this puts the batch (drafts too) in the
    search index and Wagtail's reference index ("Usage" of images, authors and terms) and
    stores its story signatures (so a partner's copy of an old post is recognised), then
    makes cached searches stale. Idempotent: each step replaces what it stored before.
    Returns the number of articles handled.
    """
    from modelsearch.backends import get_search_backends
    from wagtail.models import ReferenceIndex

    from masthead.articles.models import ArticlePage
    from masthead.discovery.search.cache import bump_version
    from masthead.stories.services import record_signature

    articles = list(
        ArticlePage.objects.filter(pk__in=page_ids).prefetch_related(
            "article_authors__author", "regions", "themes", "reports"
        )
    )
    if not articles:
        return 0
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(ArticlePage, articles)
    for article in articles:
        ReferenceIndex.create_or_update_for_object(article)
        record_signature(article)
    bump_version()
    return len(articles)
