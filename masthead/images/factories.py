"""Factories for the image library; the pictures come from ``images/drawing.py``."""

import factory

from masthead.images.drawing import MOTIFS, draw_motif, image_file
from masthead.images.models import CustomImage

__all__ = ["CustomImageFactory"]


class CustomImageFactory(factory.django.DjangoModelFactory[CustomImage]):
    """An image in the library with a generated picture and a credit line."""

    class Meta:
        model = CustomImage

    title = factory.Sequence(lambda n: f"Image {n}")
    credit = "Masthead graphics desk"
    file = factory.LazyAttributeSequence(
        lambda o, n: image_file(
            draw_motif(MOTIFS[n % len(MOTIFS)], (n * 47) % 360, (320, 180), n), f"image-{n}.jpg"
        )
    )
