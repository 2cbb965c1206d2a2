"""What the republication counter keeps: an article, where it was read, which UTC day, how often.

Nothing here names a reader: no address, no user agent, no cookie, no kit id. The daily
de-duplication happens in the cache (``counter.py``) and is forgotten within a day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models

if TYPE_CHECKING:
    from masthead.articles.models import ArticlePage


class RepublicationCount(models.Model):
    """Reads of one republished copy of an article on one UTC day."""

    article: models.ForeignKey[ArticlePage, ArticlePage] = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="republication_counts"
    )
    origin: models.CharField[str, str] = models.CharField(
        max_length=255,
        blank=True,
        help_text="scheme://host of the page showing the copy; empty when no Referer was sent.",
    )
    path: models.CharField[str, str] = models.CharField(
        max_length=500, blank=True, help_text="Its path, without the query string."
    )
    day: models.DateField = models.DateField(help_text="The UTC day of the reads.")
    count: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "republication count"
        ordering = ["-day", "origin", "path"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "origin", "path", "day"], name="one_count_per_copy_and_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.origin}{self.path} {self.day}: {self.count}"

    @property
    def where(self) -> str:
        return f"{self.origin}{self.path}" if self.origin else ""
