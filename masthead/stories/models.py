"""The same story across outlets: what each article is (to find it again), and the originals we
re-check after republishing them, with the flags and the notes readers see when they change."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class StorySignature(models.Model):
    """An article's normalised original address and the MinHash signature of its text.

    One per story, on its source page (the default language's version, or the only one): the
    language versions made from it share its translation key and are the same story.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="story_signature"
    )
    translation_key = models.UUIDField(db_index=True)
    url_key = models.CharField(max_length=500, blank=True, db_index=True)
    minhash = models.BinaryField(blank=True, default=b"")
    version = models.PositiveSmallIntegerField(default=0)
    computed_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"signature of page {self.page_id}"


class StoryBand(models.Model):
    """One LSH band of a signature: a lookup reads these by key instead of every article."""

    signature = models.ForeignKey(StorySignature, on_delete=models.CASCADE, related_name="bands")
    key = models.BigIntegerField(db_index=True)

    def __str__(self) -> str:
        return f"band {self.key} of {self.signature_id}"


class OriginalWatch(models.Model):
    """The partner's original of one republished article, re-checked at growing intervals."""

    class Outcome(models.TextChoices):
        PENDING = "pending", _("Not checked yet")
        RECORDED = "recorded", _("Text recorded")
        UNCHANGED = "unchanged", _("Unchanged")
        NOT_MODIFIED = "not-modified", _("Not modified")
        CHANGED = "changed", _("Changed")
        FAILED = "failed", _("Could not check")

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="original_watch"
    )
    url = models.URLField(max_length=500)
    started_at = models.DateTimeField(default=timezone.now)
    next_check_at = models.DateTimeField(null=True, blank=True, db_index=True)
    checks = models.PositiveIntegerField(default=0)
    last_checked_at = models.DateTimeField(null=True, blank=True)
    last_outcome = models.CharField(max_length=20, choices=Outcome, default=Outcome.PENDING)
    last_error_code = models.CharField(max_length=40, blank=True)
    last_error = models.TextField(blank=True)
    failures = models.PositiveIntegerField(default=0)
    # Their text as first seen (or as the importer fetched it); moves on when a change is flagged.
    recorded_text = models.TextField(blank=True)
    recorded_at = models.DateTimeField(null=True, blank=True)
    etag = models.CharField(max_length=300, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return self.url

    @property
    def finished(self) -> bool:
        return self.next_check_at is None and self.checks > 0


class CorrectionFlag(models.Model):
    """The original changed after we republished it: an editor applies or dismisses it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an editor")
        APPLIED = "applied", _("Applied")
        DISMISSED = "dismissed", _("Dismissed")

    watch = models.ForeignKey(OriginalWatch, on_delete=models.CASCADE, related_name="flags")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="correction_flags"
    )
    status = models.CharField(max_length=20, choices=Status, default=Status.PENDING, db_index=True)
    detected_at = models.DateTimeField(default=timezone.now)
    previous_text = models.TextField(help_text="Their text before the change.")
    new_text = models.TextField(help_text="Their text now.")
    our_text = models.TextField(help_text="Our article's text when the change was found.")
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolution_note = models.TextField(blank=True)

    class Meta:
        ordering = ["-detected_at"]

    def __str__(self) -> str:
        return f"change in {self.watch.url}"


class CorrectionNote(models.Model):
    """A dated "Updated" or "Correction" note readers see on every language version."""

    class Kind(models.TextChoices):
        UPDATE = "update", _("Updated")
        CORRECTION = "correction", _("Correction")

    translation_key = models.UUIDField(db_index=True)
    # The version the note was written on; its language is the language of ``text``.
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="correction_notes"
    )
    kind = models.CharField(max_length=20, choices=Kind)
    text = models.TextField()
    date = models.DateField(default=timezone.localdate)
    flag = models.OneToOneField(
        CorrectionFlag, null=True, blank=True, on_delete=models.SET_NULL, related_name="note"
    )
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["date", "created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date:%Y-%m-%d}"

    @property
    def language_code(self) -> str:
        return self.page.locale.language_code
