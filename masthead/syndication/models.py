"""Partner publications and the licences under which their articles are republished."""

from django.db import models
from wagtail.admin.panels import FieldPanel
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

    panels = [
        FieldPanel("name"),
        FieldPanel("homepage"),
        FieldPanel("default_licence"),
        FieldPanel("canonical_to_original"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
