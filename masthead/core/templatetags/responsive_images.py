"""``{% responsive_image %}``: one picture in the sizes and formats a reader's browser can choose.

    {% load responsive_images %}
    {% responsive_image page.featured_image "width-1200" sizes="(max-width: 42rem) 100vw, 40rem" %}
    {% responsive_image author.photo "fill-96x96" scales="1,2" sizes="96px" alt="" %}

renders a ``<picture>`` with a WebP ``<source>`` and an ``<img>`` in the original format (JPEG
for photos), both with a ``srcset`` of the spec scaled by ``scales`` (default: half and full
size) and the given ``sizes``. The ``<img>`` names the largest rendition in ``src``, ``width``
and ``height``, so browsers without ``srcset`` get the full picture and the layout keeps its
aspect ratio. Every rendition is looked up in one query (``Image.get_renditions``).
"""

from __future__ import annotations

import re
from typing import Any

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

register = template.Library()

# WebP: every current browser shows it, and Pillow encodes it fast enough to make renditions on
# the first request (AVIF takes several times longer per picture).
SOURCE_FORMATS = (("webp", "image/webp"),)
SPEC = re.compile(r"^(?P<op>width|fill|max)-(?P<w>\d+)(?:x(?P<h>\d+))?(?P<rest>(?:\|.+)?)$")


def scaled_specs(spec: str, scales: list[float]) -> list[str]:
    """``fill-640x360`` at (0.5, 1) gives ``fill-320x180`` and ``fill-640x360``, largest last."""
    match = SPEC.match(spec)
    if match is None:
        raise template.TemplateSyntaxError(f"responsive_image cannot scale {spec!r}")
    specs = []
    for scale in sorted(set(scales)):
        size = str(round(int(match["w"]) * scale))
        if match["h"]:
            size += f"x{round(int(match['h']) * scale)}"
        specs.append(f"{match['op']}-{size}{match['rest']}")
    return specs


@register.simple_tag
def responsive_image(
    image: Any, spec: str, sizes: str = "100vw", scales: str = "0.5,1", **attrs: Any
) -> SafeString:
    """The ``<picture>`` for ``image`` (empty when there is none); ``attrs`` go on the ``<img>``."""
    if not image:
        return SafeString("")
    fallback = scaled_specs(spec, [float(s) for s in scales.split(",")])
    by_format = {fmt: [f"{s}|format-{fmt}" for s in fallback] for fmt, _ in SOURCE_FORMATS}
    extra = [s for specs in by_format.values() for s in specs]
    renditions = image.get_renditions(*fallback, *extra)

    def srcset(specs: list[str]) -> str:
        # A picture smaller than the largest spec is never scaled up, so two specs can give the
        # same width; a srcset may name each width once (HTML), so the smaller spec's is kept.
        widths: dict[int, str] = {}
        for s in specs:
            widths.setdefault(renditions[s].width, renditions[s].url)
        return ", ".join(f"{url} {width}w" for width, url in widths.items())

    sources = format_html_join(
        "",
        '<source type="{}" srcset="{}" sizes="{}">',
        ((mime, srcset(by_format[fmt]), sizes) for fmt, mime in SOURCE_FORMATS),
    )
    img = renditions[fallback[-1]].img_tag({"srcset": srcset(fallback), "sizes": sizes, **attrs})
    return format_html("<picture>{}{}</picture>", sources, img)
