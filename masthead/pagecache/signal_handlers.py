"""Thin: model and publishing events become purges (after the commit) and a warm task.

This is the one list of what reader pages show: each event also retires the stored page
fragments (``bump_content_version``), with or without the page cache.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from masthead.pagecache import services
from masthead.pagecache.conf import enabled
from masthead.pagecache.fragments import bump_content_version

logger = logging.getLogger(__name__)


def _after_commit(tags: set[str], urls: list[str]) -> None:
    def run() -> None:
        try:
            purged = services.purge(tags) + services.purge_static(tags)
        except Exception:
            logger.exception("page cache: purge of %s failed", " ".join(sorted(tags)))
            return
        from masthead.pagecache.tasks import warm_pages

        # The page itself first (every language), then the lists and pages that showed it.
        to_warm = list(dict.fromkeys([*urls, *purged]))
        if to_warm:
            warm_pages.enqueue(to_warm)

    transaction.on_commit(run)


def on_page_event(sender: Any, instance: Any, **kwargs: Any) -> None:
    bump_content_version()  # stored fragments, whether or not pages are cached
    if not enabled():
        return
    tags, urls = services.page_changed(instance)
    _after_commit(tags, urls)


def on_page_moved(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A moved or renamed page takes its descendants along: all their addresses changed."""
    bump_content_version()  # stored fragments, whether or not pages are cached
    if not enabled():
        return
    tags, urls = services.page_changed(instance)
    descendants = instance.get_descendants().values_list("pk", flat=True)
    tags |= {f"page-{pk}" for pk in descendants}
    _after_commit(tags, urls)


def on_page_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    bump_content_version()  # stored fragments, whether or not pages are cached
    if not enabled():
        return
    tags, urls = services.page_changed(instance, gone=True)
    if tags:
        _after_commit(tags, urls)


def on_snippet_saved(sender: Any, instance: Any, **kwargs: Any) -> None:
    """An author, term, image or the outlet settings changed: every page showing it."""
    bump_content_version()  # stored fragments, whether or not pages are cached
    if not enabled():
        return
    from masthead.pagecache.tags import object_tag
    from masthead.people.models import Author
    from masthead.taxonomy.models import Term

    tags = {tag for tag in [object_tag(instance)] if tag}
    key = getattr(instance, "translation_key", None)
    if key is not None:
        # Its language menu and its listing pages (a new author or term appears there).
        tags |= {f"tk-{key}", "sitemap"}
    if isinstance(instance, Author):
        tags.add("authors")
    if isinstance(instance, Term):
        tags.add("terms")
    _after_commit(tags, [])


def on_settings_child_saved(sender: Any, instance: Any, **kwargs: Any) -> None:
    bump_content_version()  # stored fragments, whether or not pages are cached
    if enabled():
        _after_commit({"settings"}, [])


def on_translation_job_saved(sender: Any, instance: Any, **kwargs: Any) -> None:
    """The language menu says "translation in progress" while a job is queued or running."""
    bump_content_version()  # stored fragments, whether or not pages are cached
    if not enabled():
        return
    from wagtail.models import Page

    # By id: when the page itself is being deleted, its row may already be gone.
    key = Page.objects.filter(pk=instance.source_page_id).values_list("translation_key")
    found = key.first()
    if found is not None:
        _after_commit({f"tk-{found[0]}"}, [])


def on_live_page_saved(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A live page's row written outside publishing (a script, a data fix): its fragments.

    Publishing signals ``page_published`` too; drafts of a page never live are not shown.
    """
    if getattr(instance, "live", False):
        bump_content_version()


def on_view_restriction_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A section was made private or public again: its pages, and every list and related
    list that showed (or should now show) one of its articles."""
    bump_content_version()
    if not enabled():
        return
    from masthead.articles.models import ArticlePage
    from masthead.pagecache import tags as tagging

    section = instance.page
    pages = section.get_descendants(inclusive=True)
    tags = {f"page-{pk}" for pk in pages.values_list("pk", flat=True)}
    articles = ArticlePage.objects.descendant_of(section, inclusive=True).prefetch_related(
        "regions", "themes", "reports", "article_authors__author"
    )
    for article in articles.select_related("locale"):
        tags |= tagging.membership_tags(tagging.article_membership(article))
    _after_commit(tags, [])


def on_related_list_saved(sender: Any, instance: Any, **kwargs: Any) -> None:
    """Discovery stored a new "Related articles" list for one article (at publish time)."""
    bump_content_version()  # stored fragments, whether or not pages are cached
    if enabled():
        _after_commit({f"related-list-{instance.pk}"}, [])


def on_comment_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A reader comment readers see (or saw) changed, or an article's comments were closed or
    reopened: that article's own page (``comments-<page id>``; comments belong to one language
    version). Pending, spam and rejected comments never shown change no page."""
    if not getattr(instance, "shows_on_page", True):
        return
    bump_content_version()
    if enabled():
        _after_commit({f"comments-{instance.page_id}"}, [])


def on_commenter_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A commenter's shown name changed: the articles where their approved comments stand."""
    from masthead.comments.models import Comment

    pages = set(
        Comment.objects.filter(commenter_id=instance.pk, status=Comment.Status.APPROVED)
        .values_list("page_id", flat=True)
        .distinct()
    )
    if not pages:
        return
    bump_content_version()
    if enabled():
        _after_commit({f"comments-{pk}" for pk in pages}, [])


def on_correction_note_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    """An "Updated" or "Correction" note (masthead/stories/) shows on every language version
    of its article: all of them (``tk-<key>``)."""
    bump_content_version()
    if enabled():
        _after_commit({f"tk-{instance.translation_key}"}, [])


def register_signal_handlers() -> None:
    from wagtail.models import Page, PageViewRestriction, Site, get_page_models

    from masthead.comments.models import Comment, Commenter, CommentSettings, Discussion
    from masthead.core.models import OutletNoticeTranslation, OutletSettings
    from masthead.images.models import CustomImage
    from masthead.membership.models import MembershipSettings, Plan
    from masthead.pagecache.tags import connect_loading_receivers, stored_related_model
    from masthead.people.models import Author
    from masthead.stories.models import CorrectionNote
    from masthead.syndication.models import Licence, PartnerPublication
    from masthead.taxonomy.models import InDepthReport, Region, Theme
    from masthead.translation.models import TranslationJob

    connect_loading_receivers()
    page_published.connect(on_page_event, dispatch_uid="pagecache-published")
    page_unpublished.connect(on_page_event, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="pagecache-moved")
    page_slug_changed.connect(on_page_moved, dispatch_uid="pagecache-slug-changed")
    for model in {Page, *get_page_models()}:
        post_save.connect(
            on_live_page_saved, sender=model, dispatch_uid=f"pagecache-save-{model._meta.label}"
        )
        post_delete.connect(
            on_page_deleted, sender=model, dispatch_uid=f"pagecache-del-{model._meta.label}"
        )
    snippets = (Author, Region, Theme, InDepthReport, OutletSettings, CustomImage)
    for model in (*snippets, PartnerPublication, Licence, Site):
        for signal in (post_save, post_delete):
            signal.connect(
                on_snippet_saved,
                sender=model,
                dispatch_uid=f"pagecache-{signal is post_save}-{model._meta.label}",
            )
    related_list = stored_related_model()
    for signal in (post_save, post_delete):
        signal.connect(
            on_view_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"pagecache-restriction-{signal is post_save}",
        )
        if related_list is not None:
            signal.connect(
                on_related_list_saved,
                sender=related_list,
                dispatch_uid=f"pagecache-related-{signal is post_save}",
            )
        # The membership prompt (every page) and the plans page.
        for settings_model in (OutletNoticeTranslation, CommentSettings, MembershipSettings, Plan):
            signal.connect(
                on_settings_child_saved,
                sender=settings_model,
                dispatch_uid=f"pagecache-{settings_model._meta.label}-{signal is post_save}",
            )
        for comment_model in (Comment, Discussion):
            signal.connect(
                on_comment_changed,
                sender=comment_model,
                dispatch_uid=f"pagecache-{comment_model._meta.label}-{signal is post_save}",
            )
        signal.connect(
            on_commenter_changed,
            sender=Commenter,
            dispatch_uid=f"pagecache-commenter-{signal is post_save}",
        )
        signal.connect(
            on_correction_note_changed,
            sender=CorrectionNote,
            dispatch_uid=f"pagecache-correction-note-{signal is post_save}",
        )
        signal.connect(
            on_translation_job_saved,
            sender=TranslationJob,
            dispatch_uid=f"pagecache-job-{signal is post_save}",
        )
