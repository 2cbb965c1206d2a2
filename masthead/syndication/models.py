"""Partner publications, the permission on file for each, their feeds, and licences."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.search import index


class Licence(models.Model):
    """A reuse licence or permission: what we (and others) may do with a text."""

    code = models.CharField(max_length=40, unique=True, help_text="e.g. CC-BY-4.0")
    name = models.CharField(max_length=120, help_text="As printed, e.g. 'CC BY-ND 4.0'.")
    url = models.URLField(blank=True)
    allows_derivatives = models.BooleanField(
        default=True, help_text="Translations and adaptations are allowed."
    )
    allows_commercial = models.BooleanField(default=True)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("allows_derivatives"),
        FieldPanel("allows_commercial"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Permission(models.TextChoices):
    """What the partner allows, as the register records it (decision 0180)."""

    CC_BY = "cc-by", _("CC BY: republish with credit; translations allowed")
    CC_BY_ND = "cc-by-nd", _("CC BY-ND: republish with credit, unchanged; no translations")
    LETTER = "letter", _("Permission letter on file")
    NONE = "none", _("No permission")


# django-stubs cannot type a reverse relation from a model with an untyped (Wagtail) base.
class PartnerPublication(index.Indexed, models.Model):  # type: ignore[django-manager-missing]
    """A publication whose articles the outlet republishes, with its standing terms."""

    name = models.CharField(max_length=200, unique=True)
    homepage = models.URLField(blank=True)
    default_licence = models.ForeignKey(
        Licence,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Applies to its articles unless an article records another.",
    )
    canonical_to_original = models.BooleanField(
        "canonical URL points at the original",
        default=True,
        help_text="Tell search engines the partner's page is the original (recommended).",
    )
    permission = models.CharField(
        max_length=20,
        choices=Permission.choices,
        default=Permission.NONE,
        help_text="Articles from this partner can be published only under a licence or a "
        "permission letter on file; otherwise ingested drafts are held.",
    )
    permission_date = models.DateField(
        "date of the letter", null=True, blank=True, help_text="When the permission was given."
    )
    permission_scope = models.TextField(
        "scope of the permission",
        blank=True,
        help_text="What the letter allows, e.g. 'all articles in the Environment section, "
        "with credit, from March 2026'.",
    )
    permission_letter = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="the letter",
        help_text="The signed letter or email, as a document.",
    )
    translation_allowed = models.BooleanField(
        "translations allowed",
        default=True,
        help_text="Untick when the partner does not want its articles translated. A licence "
        "without derivatives (CC BY-ND) rules translations out whatever this says.",
    )
    contact_name = models.CharField(max_length=200, blank=True)
    contact_email = models.EmailField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("homepage"),
        MultiFieldPanel(
            [
                FieldPanel("permission"),
                FieldPanel("default_licence"),
                FieldRowPanel([FieldPanel("permission_date"), FieldPanel("permission_letter")]),
                FieldPanel("permission_scope"),
                FieldPanel("translation_allowed"),
                FieldPanel("canonical_to_original"),
            ],
            "Permission",
        ),
        FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")], "Contact"),
        HelpPanel(content="Feeds from this partner are listed under Syndication → Partner feeds."),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        errors: dict[str, str] = {}
        if self.permission == Permission.LETTER and not self.permission_date:
            errors["permission_date"] = gettext("Give the date of the permission letter.")
        licence = self.default_licence
        if (
            licence is not None
            and self.permission == Permission.CC_BY
            and not (licence.allows_derivatives)
        ):
            errors["default_licence"] = gettext(
                "%(licence)s does not allow derivatives; the permission says CC BY."
            ) % {"licence": licence.name}
        if (
            licence is not None
            and self.permission == Permission.CC_BY_ND
            and (licence.allows_derivatives)
        ):
            errors["default_licence"] = gettext(
                "%(licence)s allows derivatives; the permission says CC BY-ND."
            ) % {"licence": licence.name}
        if errors:
            raise ValidationError(errors)

    def publication_refusal(self) -> str:
        """Why its articles may not be published, or "" when the permission on file allows it."""
        if self.permission in (Permission.CC_BY, Permission.CC_BY_ND):
            return ""
        if self.permission == Permission.LETTER:
            if self.permission_date is None:
                return gettext(
                    "%(partner)s: a permission letter is recorded without its date; add the "
                    "date in the partner register before publishing."
                ) % {"partner": self.name}
            return ""
        return gettext(
            "%(partner)s has no licence or permission on file: record one in the partner "
            "register (Syndication → Partner publications) before publishing."
        ) % {"partner": self.name}

    @property
    def may_publish(self) -> bool:
        return not self.publication_refusal()

    @property
    def permits_translation(self) -> bool:
        """The partner's own word on translations: never under BY-ND or without permission."""
        if self.permission in (Permission.CC_BY_ND, Permission.NONE):
            return False
        return self.translation_allowed


class PartnerFeed(models.Model):
    """An RSS or Atom feed of a partner, polled by the worker (masthead/ingest/)."""

    partner = models.ForeignKey(PartnerPublication, on_delete=models.CASCADE, related_name="feeds")
    url = models.URLField("feed URL", max_length=500)
    title = models.CharField(max_length=300, blank=True, help_text="Read from the feed.")
    active = models.BooleanField(default=True, help_text="Untick to stop polling it.")
    poll_minutes = models.PositiveIntegerField(
        "poll every (minutes)", default=60, validators=[MinValueValidator(5)]
    )
    etag = models.CharField(max_length=300, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_error = models.TextField(blank=True, editable=False)
    last_error_code = models.CharField(max_length=40, blank=True, editable=False)
    last_new_items = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    panels = [
        FieldPanel("partner"),
        FieldPanel("url"),
        FieldRowPanel([FieldPanel("active"), FieldPanel("poll_minutes")]),
    ]

    class Meta:
        ordering = ["partner__name", "url"]
        constraints = [
            models.UniqueConstraint(fields=["partner", "url"], name="unique_partner_feed_url")
        ]

    def __str__(self) -> str:
        return f"{self.partner.name}: {self.title or self.url}"

    def next_poll_at(self) -> datetime.datetime | None:
        if not self.active:
            return None
        if self.last_polled_at is None:
            return timezone.now()
        return self.last_polled_at + datetime.timedelta(minutes=self.poll_minutes)

    def is_due(self, now: datetime.datetime | None = None) -> bool:
        if not self.active:
            return False
        due = self.next_poll_at() if self.last_polled_at else None
        return due is None or due <= (now or timezone.now())

    @property
    def status(self) -> str:
        """One line for the listing: never polled, OK with the time, or the last error."""
        if not self.active:
            return gettext("Paused")
        if self.last_polled_at is None:
            return gettext("Not polled yet")
        if self.last_error:
            return gettext("Failed: %(error)s") % {"error": self.last_error}
        return gettext("OK")
