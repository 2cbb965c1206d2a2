"""Images generated with Pillow: demo content and tests never download or commit pictures."""

import colorsys
import io
import math
import random

import factory
from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont

from masthead.images.models import CustomImage

MOTIFS = ("waves", "grid", "rings", "stripes", "dots")


def _rgb(hue: int, saturation: float, lightness: float) -> tuple[int, int, int]:
    r, g, b = colorsys.hls_to_rgb((hue % 360) / 360, lightness, saturation)
    return int(r * 255), int(g * 255), int(b * 255)


def draw_motif(motif: str, hue: int, size: tuple[int, int] = (1200, 675), seed: int = 0) -> bytes:
    """A JPEG of an abstract pattern: recognisable per article, cheap to make."""
    rng = random.Random(seed)  # noqa: S311 — a pattern, not a secret
    width, height = size
    image = Image.new("RGB", size, _rgb(hue, 0.35, 0.86))
    draw = ImageDraw.Draw(image)
    ink = _rgb(hue, 0.55, 0.35)
    accent = _rgb(hue + 40, 0.6, 0.55)
    if motif == "waves":
        for row in range(0, height + 40, 34):
            phase = rng.random() * math.tau
            points = [(x, row + 14 * math.sin(x / 70 + phase)) for x in range(0, width + 10, 10)]
            draw.line(points, fill=ink if row % 68 else accent, width=5)
    elif motif == "grid":
        for x in range(0, width, 60):
            for y in range(0, height, 60):
                if rng.random() < 0.35:
                    draw.rectangle(
                        [x + 6, y + 6, x + 54, y + 54], fill=accent if rng.random() < 0.3 else ink
                    )
    elif motif == "rings":
        cx, cy = width * rng.uniform(0.3, 0.7), height * rng.uniform(0.3, 0.7)
        for radius in range(900, 10, -45):
            colour = ink if (radius // 45) % 2 else _rgb(hue, 0.35, 0.86)
            draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=colour)
        draw.ellipse([cx - 40, cy - 40, cx + 40, cy + 40], fill=accent)
    elif motif == "stripes":
        for x in range(-height, width, 48):
            draw.polygon(
                [(x, height), (x + 24, height), (x + 24 + height, 0), (x + height, 0)],
                fill=ink if rng.random() < 0.7 else accent,
            )
    else:  # dots
        for _ in range(260):
            x, y, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(4, 30)
            draw.ellipse([x - r, y - r, x + r, y + r], fill=accent if rng.random() < 0.25 else ink)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def draw_portrait(name: str, hue: int, size: int = 400) -> bytes:
    """A portrait placeholder: initials on a coloured disc."""
    image = Image.new("RGB", (size, size), _rgb(hue, 0.45, 0.42))
    draw = ImageDraw.Draw(image)
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", size // 3)
    except OSError:
        font = ImageFont.load_default(size=size // 3)
    draw.text((size / 2, size / 2), initials, fill=(255, 255, 255), font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def image_file(data: bytes, name: str) -> ImageFile:
    return ImageFile(io.BytesIO(data), name=name)


class CustomImageFactory(factory.django.DjangoModelFactory):
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
