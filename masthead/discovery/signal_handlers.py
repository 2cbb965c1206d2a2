"""Thin receivers: publishing or retiring an article queues the refresh of stored lists, and
any change to what search can find makes its cached results stale."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move


def refresh_related_on_change(sender: Any, instance: Any, **kwargs: Any) -> None:
    """After the commit, so the task sees the published state (and nothing after a rollback)."""
    from masthead.discovery.tasks import refresh_related_articles

    page_id = instance.pk
    transaction.on_commit(lambda: refresh_related_articles.enqueue(page_id))


def search_changed(sender: Any, **kwargs: Any) -> None:
    """In the same transaction: cached searches are stale from its commit, never before."""
    from masthead.discovery.search.cache import bump_version

    bump_version()


def register_signal_handlers() -> None:
    from wagtail.models import Page, PageViewRestriction

    from masthead.articles.models import ArticlePage
    from masthead.people.models import Author
    from masthead.taxonomy.models import InDepthReport, Region, Theme

    for signal, name in ((page_published, "publish"), (page_unpublished, "unpublish")):
        signal.connect(
            refresh_related_on_change,
            sender=ArticlePage,
            dispatch_uid=f"masthead-related-on-{name}",
        )
        # Any page: an article's section going private or public changes what is found too.
        signal.connect(search_changed, dispatch_uid=f"masthead-search-on-{name}")
    post_page_move.connect(search_changed, dispatch_uid="masthead-search-on-move")
    post_delete.connect(search_changed, sender=Page, dispatch_uid="masthead-search-on-delete")
    # Restrictions decide what is public; term and author names are the facets' labels.
    for model in (PageViewRestriction, Region, Theme, InDepthReport, Author):
        for signal, name in ((post_save, "save"), (post_delete, "delete")):
            signal.connect(
                search_changed,
                sender=model,
                dispatch_uid=f"masthead-search-on-{model.__name__}-{name}",
            )
