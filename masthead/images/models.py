"""Images with the rights information a newsroom must print: credit, source and licence."""

from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image in the library, carrying its credit line ("Featured image is from …")."""

    credit = models.CharField(
        max_length=255, blank=True, help_text="Who made or supplied it, as printed under it."
    )
    source_url = models.URLField("source", blank=True, help_text="Where the image came from.")
    licence = models.CharField(
        max_length=120, blank=True, help_text="e.g. CC BY 4.0, 'used with permission'."
    )

    admin_form_fields = (*Image.admin_form_fields, "credit", "source_url", "licence")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
