"""Thin receivers: publishing or retiring an article queues the refresh of stored lists."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from wagtail.signals import page_published, page_unpublished


def refresh_related_on_change(sender: Any, instance: Any, **kwargs: Any) -> None:
    """After the commit, so the task sees the published state (and nothing after a rollback)."""
    from masthead.discovery.tasks import refresh_related_articles

    page_id = instance.pk
    transaction.on_commit(lambda: refresh_related_articles.enqueue(page_id))


def register_signal_handlers() -> None:
    from masthead.articles.models import ArticlePage

    for signal, name in ((page_published, "publish"), (page_unpublished, "unpublish")):
        signal.connect(
            refresh_related_on_change,
            sender=ArticlePage,
            dispatch_uid=f"masthead-related-on-{name}",
        )
