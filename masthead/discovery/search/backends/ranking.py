"""What both database backends share once they have ranked their matches."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet


def in_rank_order(
    queryset: QuerySet, ranked: list[tuple[Any, float]], score_field: str | None
) -> list[Any]:
    """The objects of ``ranked`` (primary key, score) from ``queryset``, in that order.

    One query by primary key, with the queryset's select/prefetch_related; an object the
    queryset no longer contains (unpublished meanwhile) is left out.
    """
    found = queryset.filter(pk__in=[pk for pk, _score in ranked]).in_bulk()
    results = []
    for pk, score in ranked:
        if pk in found:
            if score_field:
                setattr(found[pk], score_field, score)
            results.append(found[pk])
    return results


def concrete_pk(model: type) -> Any:
    """The primary key field that holds the value (a page's ``page_ptr`` leads to ``id``)."""
    field = model._meta.pk
    while field.is_relation:
        field = field.target_field
    return field
