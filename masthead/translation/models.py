"""Machine translation records: jobs, translation memory, glossary and installed models."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Locale, Orderable, Page


class TranslationJob(models.Model):
    """The machine translation of one article into one language, and how it went.

    One row per (source page, target locale), updated by every run, so editors see the
    current state of each language. The source article is never modified by a job.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Up to date"
        FAILED = "failed", "Failed"
        RETRYING = "retrying", "Waiting to retry"
        REFUSED = "refused", "Not translated (licence)"
        UNAVAILABLE = "unavailable", "No model for this language"

    source_page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    target_locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    source_revision_id = models.PositiveBigIntegerField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    engine_id = models.CharField(max_length=80, blank=True)
    segments_translated = models.PositiveIntegerField(default=0)
    sentences_from_memory = models.PositiveIntegerField(default=0)
    sentences_translated = models.PositiveIntegerField(default=0)
    seconds = models.FloatField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # The run that holds the job: a worker renews the lease while it works; a lease that
    # ran out means the worker died and the job is queued again (see leases.py).
    lease_token = models.CharField(max_length=32, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    task_result_id = models.CharField(
        max_length=64, blank=True, help_text="The background task row of the current run."
    )
    notes = models.TextField(
        blank=True, help_text="What the last run changed to make the page valid, for editors."
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source_page", "target_locale"], name="one_job_per_page_and_locale"
            )
        ]
        indexes = [models.Index(fields=["status", "lease_expires_at"], name="job_status_lease")]
        ordering = ["target_locale__language_code"]

    def __str__(self) -> str:
        return f"{self.source_page_id} → {self.target_locale.language_code}: {self.status}"


class TranslationMemoryEntry(models.Model):
    """A sentence translated once by one engine and model version, reused everywhere after."""

    engine_id = models.CharField(max_length=80)
    model_version = models.CharField(max_length=120)
    source_language = models.CharField(max_length=16)
    target_language = models.CharField(max_length=16)
    source_hash = models.CharField(max_length=64, help_text="sha256 of the normalised sentence")
    source_text = models.TextField()
    target_text = models.TextField()
    hits = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=[
                    "engine_id",
                    "model_version",
                    "source_language",
                    "target_language",
                    "source_hash",
                ],
                name="unique_memory_sentence",
            )
        ]
        verbose_name_plural = "translation memory entries"

    def __str__(self) -> str:
        return f"{self.source_language}→{self.target_language}: {self.source_text[:60]}"


class GlossaryTerm(ClusterableModel):
    """A name or term that must not be translated, or must read a fixed way per language."""

    # Field types spelled out: django-stubs cannot infer them on a model with an untyped base.
    source_text: models.CharField[str, str] = models.CharField(
        max_length=200, unique=True, help_text="As written in English."
    )
    case_sensitive: models.BooleanField[bool, bool] = models.BooleanField(default=True)
    note: models.CharField[str, str] = models.CharField(max_length=300, blank=True)

    panels = [
        FieldPanel("source_text"),
        FieldPanel("case_sensitive"),
        FieldPanel("note"),
        InlinePanel("renderings", label="Fixed renderings (leave empty to keep it untranslated)"),
    ]

    class Meta:
        ordering = ["source_text"]

    def __str__(self) -> str:
        return self.source_text


class GlossaryRendering(Orderable):
    term = ParentalKey(GlossaryTerm, on_delete=models.CASCADE, related_name="renderings")
    language_code: models.CharField[str, str] = models.CharField(max_length=16)
    text: models.CharField[str, str] = models.CharField(max_length=200)

    panels = [FieldPanel("language_code"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["term", "language_code"], name="one_rendering_per_language"
            )
        ]


class InstalledModelPackage(models.Model):
    """A translation model installed by `mt_install`, with where it came from and its licence."""

    source_language = models.CharField(max_length=16)
    target_language = models.CharField(max_length=16)
    package_version = models.CharField(max_length=40, blank=True)
    directory = models.CharField(max_length=500)
    sha256 = models.CharField(max_length=64)
    source = models.CharField(max_length=500, help_text="URL or file it was installed from")
    licence_name = models.CharField(max_length=200, blank=True)
    licence_text = models.TextField(blank=True)
    installed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source_language", "target_language"], name="one_package_per_pair"
            )
        ]

    def __str__(self) -> str:
        return f"{self.source_language}→{self.target_language} {self.package_version}"
