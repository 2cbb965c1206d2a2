"""Thin receivers: model events become service calls (see services.py)."""

from typing import Any

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale
from wagtail.signals import page_published


def queue_translations_on_publish(sender: Any, instance: Any, **kwargs: Any) -> None:
    """Publishing a source-language article queues its translations (after the commit)."""
    if not settings.MASTHEAD_AUTO_TRANSLATE:
        return
    if instance.locale_id != Locale.get_default().pk:
        # A translated page was published: make its terms and byline point at its language.
        from masthead.translation.services import localize_references

        localize_references(instance)
        return
    from masthead.translation.tasks import request_article_translations

    page_id = instance.pk
    transaction.on_commit(lambda: request_article_translations.enqueue(page_id))


def register_signal_handlers() -> None:
    from masthead.articles.models import ArticlePage
    from masthead.translation import signals, tasks

    page_published.connect(
        queue_translations_on_publish,
        sender=ArticlePage,
        dispatch_uid="masthead-translate-on-publish",
    )
    # The services announce work; tasks.py queues it (services never import tasks).
    signals.jobs_queued.connect(tasks.on_jobs_queued, dispatch_uid="masthead-translation-jobs")
    signals.lease_taken.connect(tasks.on_lease_taken, dispatch_uid="masthead-translation-lease")
    signals.objects_written.connect(
        tasks.on_objects_written, dispatch_uid="masthead-translation-reference-index"
    )
