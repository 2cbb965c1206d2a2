"""Images with the rights information a newsroom must print: credit, source and licence."""

from __future__ import annotations

from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image in the library, carrying its credit line ("Featured image is from …")."""

    # Field types spelled out: django-stubs cannot infer them on a model with an untyped base.
    credit: models.CharField[str, str] = models.CharField(
        max_length=255, blank=True, help_text="Who made or supplied it, as printed under it."
    )
    source_url: models.URLField[str, str] = models.URLField(
        "source", blank=True, help_text="Where the image came from."
    )
    licence: models.CharField[str, str] = models.CharField(
        max_length=120, blank=True, help_text="e.g. CC BY 4.0, 'used with permission'."
    )

    admin_form_fields = (*Image.admin_form_fields, "credit", "source_url", "licence")


class CustomRendition(AbstractRendition):
    image: models.ForeignKey[CustomImage, CustomImage] = models.ForeignKey(
        CustomImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
