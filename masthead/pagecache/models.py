"""The published-content version: one number that grows whenever a reader page may change."""

from __future__ import annotations

from django.db import models


class ContentVersion(models.Model):
    """A single row. Stored page fragments are keyed on its number, so one ``UPDATE`` after any
    change a reader could see retires every fragment rendered before it (masthead/pagecache/
    fragments.py). The events that bump it are the page cache's purge events
    (masthead/pagecache/signal_handlers.py): the list of what reader pages show lives there once.
    """

    number = models.BigIntegerField(default=0)
    # The release that last moved it (pagecache/release.py): a new deploy retires the old one's
    # fragments and cached pages.
    release = models.CharField(max_length=64, blank=True, default="")

    class Meta:
        verbose_name = "content version"

    def __str__(self) -> str:
        return f"content version {self.number}"
