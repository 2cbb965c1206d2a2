"""Site-wide settings editors change in the Wagtail admin (Settings → Outlet)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable


@register_setting(icon="site")
class OutletSettings(ClusterableModel, BaseSiteSetting):
    """The outlet's identity and the standing notices printed around every article."""

    # Field types spelled out: django-stubs cannot infer them on a model with an untyped base.
    outlet_name: models.CharField[str, str] = models.CharField(max_length=120, default="Masthead")
    tagline: models.CharField[str, str] = models.CharField(max_length=200, blank=True)
    note_to_readers = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Printed after every article, e.g. an invitation to share or crosspost.",
    )
    membership_cta_text: models.CharField[str, str] = models.CharField(
        "membership call-to-action", max_length=200, blank=True
    )
    membership_url: models.CharField[str, str] = models.CharField(
        "membership link", max_length=300, blank=True
    )
    disclaimer = RichTextField(blank=True, features=["bold", "italic", "link"])
    fair_use_notice = RichTextField(blank=True, features=["bold", "italic", "link"])
    media_contact_email: models.EmailField[str, str] = models.EmailField(blank=True)
    republish_permission = RichTextField(
        "blanket permission to republish",
        blank=True,
        features=["bold", "italic", "link"],
        help_text=(
            "Printed on each article's 'Republish this article' page, where the article's "
            "licence allows it: the terms on which others may republish the outlet's pieces."
        ),
    )

    panels = [
        MultiFieldPanel([FieldPanel("outlet_name"), FieldPanel("tagline")], "Identity"),
        MultiFieldPanel(
            [FieldPanel("membership_cta_text"), FieldPanel("membership_url")], "Membership"
        ),
        MultiFieldPanel(
            [
                FieldPanel("note_to_readers"),
                FieldPanel("disclaimer"),
                FieldPanel("fair_use_notice"),
                FieldPanel("media_contact_email"),
            ],
            "Notices printed with every article",
        ),
        FieldPanel("republish_permission"),
        InlinePanel("notice_translations", label="Notices in other languages"),
    ]

    class Meta:
        verbose_name = "outlet settings"

    def localized(self, language_code: str) -> OutletNotices:
        """The settings as readers of ``language_code`` see them (translated where given)."""
        notices = OutletNotices(**{name: getattr(self, name) for name in OutletNotices.FIELDS})
        for translation in self.notice_translations.all():
            if translation.language_code == language_code:
                for name in OutletNoticeTranslation.TRANSLATED:
                    value = getattr(translation, name)
                    if value:
                        setattr(notices, name, value)
        return notices


@dataclass
class OutletNotices:
    """What templates print: the outlet settings, in the reader's language."""

    FIELDS = (
        "outlet_name",
        "tagline",
        "note_to_readers",
        "membership_cta_text",
        "membership_url",
        "disclaimer",
        "fair_use_notice",
        "media_contact_email",
    )

    outlet_name: str
    tagline: str
    note_to_readers: str
    membership_cta_text: str
    membership_url: str
    disclaimer: str
    fair_use_notice: str
    media_contact_email: str


class OutletNoticeTranslation(Orderable):
    """The outlet's standing notices in one other language."""

    TRANSLATED = (
        "tagline",
        "note_to_readers",
        "membership_cta_text",
        "disclaimer",
        "fair_use_notice",
    )

    outlet = ParentalKey(
        OutletSettings, on_delete=models.CASCADE, related_name="notice_translations"
    )
    language_code: models.CharField[str, str] = models.CharField(
        max_length=16, help_text="e.g. fr, ar, zh-hans"
    )
    tagline: models.CharField[str, str] = models.CharField(max_length=200, blank=True)
    note_to_readers = RichTextField(blank=True, features=["bold", "italic", "link"])
    membership_cta_text: models.CharField[str, str] = models.CharField(
        "membership call-to-action", max_length=200, blank=True
    )
    disclaimer = RichTextField(blank=True, features=["bold", "italic", "link"])
    fair_use_notice = RichTextField(blank=True, features=["bold", "italic", "link"])

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["outlet", "language_code"], name="one_notice_translation_per_language"
            )
        ]


class PeriodicJobState(models.Model):
    """When each periodic job (core/periodic.py) last ran, so that all workers agree on the next."""

    name: models.CharField[str, str] = models.CharField(max_length=100, unique=True)
    last_started_at = models.DateTimeField(null=True, blank=True)
    running_since = models.DateTimeField(null=True, blank=True)
    last_finished_at = models.DateTimeField(null=True, blank=True)
    last_error: models.TextField[str, str] = models.TextField(blank=True)

    class Meta:
        verbose_name = "periodic job"

    def __str__(self) -> str:
        return self.name
