"""Thin: publishing an article stores its story signature and starts watching its original."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save
from wagtail.signals import page_published


def on_article_published(sender: Any, instance: Any, **kwargs: Any) -> None:
    from masthead.stories import originals, services

    services.record_signature(instance)
    originals.watch_original(instance)


def on_article_saved(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A draft never published (an import, a partner's item) is a story we carry too."""
    if instance.live or kwargs.get("raw") or kwargs.get("update_fields") is not None:
        return
    if instance.first_published_at is not None:
        return  # the row holds the live text of a page published before: publish stores it
    from masthead.stories import services

    services.record_signature(instance)


def register_signal_handlers() -> None:
    from masthead.articles.models import ArticlePage

    page_published.connect(
        on_article_published, sender=ArticlePage, dispatch_uid="stories-published"
    )
    post_save.connect(on_article_saved, sender=ArticlePage, dispatch_uid="stories-draft-saved")
