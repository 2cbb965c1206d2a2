"""What both database backends share once they have ranked their matches."""

from __future__ import annotations

from typing import Any

from django.db.models import Model, QuerySet


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


def concrete_pk(model: type[Model]) -> Any:
    """The primary key field that holds the value (a page's ``page_ptr`` leads to ``id``)."""
    # Any: target_field exists only on relation fields, which is_relation checks below.
    field: Any = model._meta.pk
    while field.is_relation:
        field = field.target_field
    return field
