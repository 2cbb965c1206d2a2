"""New pages added under one parent in a handful of statements, for an archive import.

Wagtail adds a page with treebeard's ``add_child`` and then ``save_revision``: about 60
statements a page (reading the parent's last child, two full ``Page.save`` calls with their
checks, one commit per child relation and per many-to-many field, the revision, the log entry)
and some 8 background tasks from the save signals (search index, reference index). For a
migration of 20,000 posts that was 35–50 ms of CPU a post
(docs/decisions/0215-wordpress-import-adds-new-posts-in-bulk.md).

:func:`add_children` writes what those calls write, for a batch of pages at once:

- tree paths after the parent's last child, computed the way treebeard's ``add_child`` does,
  and the parent's ``numchild`` raised once;
- the page rows (one multi-row ``INSERT`` per table of the model's inheritance chain);
- the rows of their ``ParentalKey`` children and ``ParentalManyToManyField`` links;
- one revision a page, with the same serialised content ``save_revision`` stores (the live
  revision of a live page; for a scheduled one, approved to go live at its ``go_live_at``, and
  the scheduled-publishing clock started), and one "Created" entry in the page's history.

It sends no save signals: the caller indexes the pages (search, references) afterwards in one
background task per batch. Each page must already be valid (``Page.full_clean`` run by the
caller) and carry a slug free among its siblings; the primary key, path and unique
constraints of the database still refuse a clash, and the caller then falls back to
Wagtail's own ``add_child`` page by page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from wagtail.models import Page, PageLogEntry, Revision

from masthead.core.tasks import ensure_scheduled_publishing


def _next_paths(parent: Page, count: int) -> list[str]:
    """The tree paths of ``count`` new last children of ``parent``, as ``add_child`` makes."""
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    paths: list[str] = []
    current = last
    for _ in range(count):
        if current is None:
            current = Page._get_path(parent.path, parent.depth + 1, 1)
        else:
            current = Page(path=current)._inc_path()
        paths.append(current)
    return paths


def _insert_rows(pages: Sequence[Page]) -> None:
    """One multi-row INSERT per table of the pages' model, base table first."""
    model = type(pages[0])
    # The base table through the public API: it returns the new ids (RETURNING on PostgreSQL
    # and SQLite 3.35+) and sets them on the pages.
    Page.objects.bulk_create(pages)
    chain = [*reversed(model._meta.get_parent_list()), model]
    for table_model in chain[1:]:
        for page in pages:
            for link in table_model._meta.parents.values():
                if link is not None:  # page_ptr_id: the id of the row just inserted above
                    setattr(page, link.attname, getattr(page, link.target_field.attname))
        # Django's bulk_create refuses multi-table models ("Can't bulk create a multi-table
        # inherited model"); its own comment names the way round, which is this: insert each
        # child table's local columns with the parent's id, through the queryset's insert.
        fields = [field for field in table_model._meta.local_concrete_fields if not field.generated]
        table_model._base_manager.get_queryset()._batched_insert(pages, fields, batch_size=None)


def _insert_children(pages: Sequence[Page]) -> None:
    """The pages' in-memory ``ParentalKey`` children and ``ParentalManyToManyField`` links."""
    model = type(pages[0])
    for relation in get_all_child_relations(model):
        children: list[models.Model] = []
        for page in pages:
            for position, child in enumerate(getattr(page, relation.get_accessor_name()).all()):
                setattr(child, relation.field.attname, page.pk)
                if hasattr(child, "sort_order") and child.sort_order is None:
                    child.sort_order = position
                children.append(child)
        if children:
            relation.related_model.objects.bulk_create(children)
    for field in get_all_child_m2m_relations(model):
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        links = [
            through(**{source: page.pk, target: linked.pk})
            for page in pages
            for linked in getattr(page, field.name).all()
        ]
        if links:
            through.objects.bulk_create(links)


@transaction.atomic
def add_children(parent: Page, pages: Sequence[Page], *, user: Any = None) -> None:
    """Add ``pages`` (new, valid, of one model) as the last children of ``parent``.

    A page with ``live`` set is published (its revision is the live one); one without is a
    draft, scheduled when it has ``go_live_at``. Sets on each page what ``add_child`` and
    ``save_revision`` would: path, depth, url_path, draft_title, its id, its revisions.
    """
    if not pages:
        return
    model = type(pages[0])
    if any(type(page) is not model or page.pk is not None for page in pages):
        raise ValueError("add_children takes new pages of one model")
    # The parent as stored now: its path and url_path are what the children extend.
    parent = Page.objects.get(pk=parent.pk)
    now = timezone.now()
    page_type = ContentType.objects.get_for_model(model)
    base_type = ContentType.objects.get_for_model(Page)
    for page, path in zip(pages, _next_paths(parent, len(pages)), strict=True):
        page.path, page.depth, page.numchild = path, parent.depth + 1, 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.content_type = page_type
        page.has_unpublished_changes = not page.live
        page.latest_revision_created_at = now
        page._cached_parent_obj = parent
    _insert_rows(pages)
    _insert_children(pages)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    revisions = Revision.objects.bulk_create(
        Revision(
            content_type=page_type,
            base_content_type=base_type,
            object_id=str(page.pk),
            user=user,
            created_at=now,
            approved_go_live_at=None if page.live else page.go_live_at,
            content=page.serializable_data(),
            object_str=str(page),
        )
        for page in pages
    )
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = revision
        page.live_revision = revision if page.live else None
    Page.objects.bulk_update(pages, ["latest_revision", "live_revision"])
    PageLogEntry.objects.bulk_create(
        PageLogEntry(
            content_type=page_type,
            label=page.get_admin_display_title(),
            action="wagtail.create",
            timestamp=now,
            user=user,
            page_id=page.pk,
            content_changed=True,
            data={},
        )
        for page in pages
    )
    if any(revision.approved_go_live_at for revision in revisions):
        # What saving a revision with a go-live time does (core.tasks' post_save receiver).
        transaction.on_commit(ensure_scheduled_publishing)
