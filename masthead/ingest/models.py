"""What ingest took in: one row per feed item or pasted URL, with what became of it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ItemStatus(models.TextChoices):
    READY = "ready", _("Draft ready: may be published")
    HELD = "held", _("Draft held: no permission")
    MATCHED = "matched", _("Matches an article we carry")
    FAILED = "failed", _("Failed")


class IngestedItem(models.Model):
    """A partner's article as it arrived, its provenance, and the draft or match it led to."""

    feed = models.ForeignKey(
        "syndication.PartnerFeed",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="items",
    )
    partner = models.ForeignKey(
        "syndication.PartnerPublication",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ingested_items",
    )
    # The feed's GUID, else its link; for a pasted URL the URL. Unique per feed.
    key = models.CharField(max_length=500)
    url = models.URLField("original URL", max_length=500, blank=True)
    title = models.CharField(max_length=500, blank=True)
    original_authors = models.CharField(max_length=500, blank=True)
    original_published = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=ItemStatus.choices)
    reason = models.TextField(
        blank=True, help_text="Why it is held, what it matched, or what went wrong."
    )
    error_code = models.CharField(max_length=40, blank=True)
    article = models.ForeignKey(
        "articles.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="draft",
    )
    matched_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="article we carry",
    )
    boilerplate = models.TextField(blank=True, help_text="Page text left out, one per line.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "ingested item"
        constraints = [
            models.UniqueConstraint(
                fields=["feed", "key"],
                condition=models.Q(feed__isnull=False),
                name="unique_item_per_feed",
            )
        ]
        indexes = [models.Index(fields=["article"], name="ingest_item_article")]

    def __str__(self) -> str:
        return self.title or self.url or self.key
