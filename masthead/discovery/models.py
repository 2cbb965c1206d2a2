"""What discovery stores at publish time so that reader pages never compute it.

An article's related articles cost about 50 ms to find (a grouped query over shared terms and a
title search). They depend only on published content, so ``tasks.refresh_related_articles``
computes them when an article is published or retired and stores the ranked list here; the
article page reads it with one query. Readers therefore see related articles as of the last
publish of any article concerned.
"""

from __future__ import annotations

import datetime

from django.db import models


class RelatedArticleList(models.Model):
    """The stored "Related articles" of one article: its presence says the list was computed."""

    page: models.OneToOneField[models.Model, models.Model] = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    computed_at: models.DateTimeField[datetime.datetime, datetime.datetime] = models.DateTimeField()

    def __str__(self) -> str:
        return f"Related articles of page {self.pk}"


class RelatedArticle(models.Model):
    """One entry of a stored list, in rank order (best first)."""

    listing: models.ForeignKey[RelatedArticleList, RelatedArticleList] = models.ForeignKey(
        RelatedArticleList, on_delete=models.CASCADE, related_name="entries"
    )
    # Indexed by the foreign key: "which lists show this article" finds the lists to recompute
    # when it is retired or edited.
    article: models.ForeignKey[models.Model, models.Model] = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="listed_as_related"
    )
    rank: models.PositiveSmallIntegerField[int, int] = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["rank"]
        constraints = [
            models.UniqueConstraint(fields=["listing", "article"], name="unique_related_entry")
        ]

    def __str__(self) -> str:
        return f"{self.listing_id} → {self.article_id} (#{self.rank})"


class SearchVersion(models.Model):
    """One row whose token changes whenever what search can find changes.

    Cached search results are stored under the token in force when they were computed
    (``search/cache.py``); publishing, retiring, deleting or restricting a page, or renaming a
    term or author, writes a new random token in the same transaction, so every process stops
    reading the old results at the commit, whatever cache it uses.
    """

    token: models.CharField[str, str] = models.CharField(max_length=32)
    changed_at: models.DateTimeField[datetime.datetime, datetime.datetime] = models.DateTimeField(
        auto_now=True
    )

    def __str__(self) -> str:
        return f"Search version {self.token}"
