"""Indexing many objects in a row (a rebuild, the benchmark's archive) without quadratic work.

Wagtail's database indexes write every new entry with ``title_norm`` 1.0, then after each
``add_items`` batch read the whole entry table twice (the average title length, and the rows
still at 1.0) and update the batch's rows: at a million articles that is a thousand batches each
reading up to a million rows of text, and on SQLite each update also rewrites the batch's
full-text rows through the table's update trigger. Inside ``bulk_indexing(index)`` our indexes
write each entry with its norm already set, from a running average that starts from the table's
(read once): the value Wagtail's refresh would have given it, with no update and no re-read
(docs/decisions/0212-bulk-indexing-writes-title-norms-on-insert.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from django.db.models import Count, Sum
from django.db.models.functions import Length


class TitleNorms:
    """The running (sum, count) of the title lengths above zero in the index."""

    def __init__(self, total: int, count: int) -> None:
        self.total, self.count = total, count

    @classmethod
    def of(cls, entries: Any) -> TitleNorms:
        """Read once from the entry table: what Wagtail's refresh averages over."""
        found = (
            entries.annotate(title_length=Length("title"))
            .filter(title_length__gt=0)
            .aggregate(total=Sum("title_length"), count=Count("pk"))
        )
        return cls(int(found["total"] or 0), int(found["count"] or 0))

    def add(self, lengths: Iterable[int]) -> None:
        for length in lengths:
            if length > 0:
                self.total += length
                self.count += 1

    def norm(self, length: int) -> float:
        """``lavg / length`` as Wagtail's refresh sets it; 1.0 for an empty title."""
        if length <= 0 or not self.count:
            return 1.0
        return (self.total / self.count) / length


@contextmanager
def bulk_indexing(index: Any) -> Iterator[Any]:
    """``index`` (one of our database indexes) writing title norms on insert until the end."""
    index.title_norms = TitleNorms.of(index.entries)
    try:
        yield index
    finally:
        index.title_norms = None


class PreparedOnce:
    """Mixed into Wagtail's ``ObjectIndexer``: each of the object's search fields read once.

    Wagtail's indexer reads every search field again for each column it fills (title, body,
    autocomplete; PostgreSQL's two plain-text columns too), so an article's body blocks were
    rendered to text and its authors, Regions and Themes read three to five times per entry.
    Only the object's own fields are kept: a related object's fields are read once per
    relation anyway.
    """

    obj: Any

    def prepare_field(self, obj: Any, field: Any) -> Iterator[Any]:
        if obj is not self.obj:
            return super().prepare_field(obj, field)  # type: ignore[misc]
        prepared = self.__dict__.setdefault("_prepared", {})
        if id(field) not in prepared:
            prepared[id(field)] = list(super().prepare_field(obj, field))  # type: ignore[misc]
        return iter(prepared[id(field)])
