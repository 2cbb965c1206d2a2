"""Pictures as browsers fetch them: sizes to choose from, WebP, and long cache lifetimes."""

from __future__ import annotations

import io
import re

from django.template import Context, Template, TemplateSyntaxError
from django.test import TestCase
from PIL import Image
from wagtail.images import get_image_model

from masthead.core.templatetags.responsive_images import scaled_specs
from masthead.images.drawing import draw_motif, draw_portrait, image_file
from masthead.images.factories import CustomImageFactory
from masthead.people.factories import AuthorFactory
from masthead.testing import build_outlet, publish_article


def srcset_urls(html: str, type_: str | None = None) -> list[tuple[str, int]]:
    """(url, width) pairs of the <source> of that type, or of the <img> when type_ is None."""
    if type_:
        tag = re.search(rf'<source type="{re.escape(type_)}" srcset="([^"]+)"', html)
    else:
        tag = re.search(r'<img[^>]* srcset="([^"]+)"', html)
    assert tag is not None, html
    pairs = [item.strip().rsplit(" ", 1) for item in tag.group(1).split(",")]
    return [(url, int(width.rstrip("w"))) for url, width in pairs]


class ArticlePictureTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        # Renditions are cached by image id, and ids come back after an earlier test's rollback.
        get_image_model().get_rendition_model().cache_backend.clear()
        cls.outlet = build_outlet()
        picture = image_file(draw_motif("waves", 200, (1600, 900), 3), "harbour-wide.jpg")
        cls.image = CustomImageFactory(title="Harbour at dawn", file=picture)
        cls.writer = AuthorFactory(
            name="Ines Alvarado",
            bio="<p>Ines covers ports.</p>",
            photo=CustomImageFactory(file=image_file(draw_portrait("Ines", 30, 400), "ines.jpg")),
        )
        cls.article = publish_article(
            cls.outlet,
            title="Grain ships wait at the harbour",
            slug="grain-ships",
            featured_image=cls.image,
            authors=[(cls.writer, "author")],
        )

    def article_html(self) -> str:
        response = self.client.get("/articles/grain-ships/")
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_featured_image_offers_widths_and_webp(self) -> None:
        html = self.article_html()
        figure = html[html.index('<figure class="article__featured">') :]
        figure = figure[: figure.index("</figure>")]
        self.assertEqual([w for _, w in srcset_urls(figure)], [600, 1200])
        webp = srcset_urls(figure, "image/webp")
        self.assertEqual([w for _, w in webp], [600, 1200])
        self.assertTrue(all(url.endswith(".webp") for url, _ in webp), webp)
        # The largest picture is the src, and its size keeps the layout from jumping.
        img = re.search(r"<img[^>]*>", figure).group(0)  # type: ignore[union-attr]
        self.assertIn('src="/media/images/harbour-wide.width-1200.jpg"', img)
        self.assertIn('width="1200"', img)
        self.assertIn('height="675"', img)
        self.assertIn('sizes="(max-width: 42rem) 100vw, 40rem"', img)
        self.assertIn('alt="Harbour at dawn"', img)

    def test_webp_rendition_is_served_with_a_year_long_immutable_lifetime(self) -> None:
        url, width = srcset_urls(self.article_html(), "image/webp")[-1]
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "image/webp")
        body = b"".join(response.streaming_content)  # type: ignore[attr-defined]
        with Image.open(io.BytesIO(body)) as picture:
            self.assertEqual((picture.format, picture.width), ("WEBP", width))
        self.assertEqual(
            sorted(response["Cache-Control"].split(", ")),
            ["immutable", "max-age=31536000", "public"],
        )

    def test_original_uploads_are_kept_a_day_only(self) -> None:
        response = self.client.get(self.image.file.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(sorted(response["Cache-Control"].split(", ")), ["max-age=86400", "public"])

    def test_missing_media_is_a_404(self) -> None:
        self.assertEqual(self.client.get("/media/images/nothing.webp").status_code, 404)

    def test_author_photo_has_a_sharp_copy_for_high_density_screens(self) -> None:
        html = self.article_html()
        bio = html[html.index('class="bio"') :]
        self.assertEqual([w for _, w in srcset_urls(bio)][:2], [96, 192])
        self.assertIn('sizes="72px"', bio)

    def test_teaser_offers_widths_and_webp(self) -> None:
        html = self.client.get("/articles/").content.decode()
        teaser = html[html.index('class="teaser__image"') :]
        self.assertEqual([w for _, w in srcset_urls(teaser)][:2], [320, 640])
        self.assertEqual([w for _, w in srcset_urls(teaser, "image/webp")][:2], [320, 640])


class TagTests(TestCase):
    def test_specs_are_scaled_largest_last(self) -> None:
        self.assertEqual(scaled_specs("fill-640x360", [1, 0.5]), ["fill-320x180", "fill-640x360"])
        self.assertEqual(scaled_specs("width-1200", [0.5, 1]), ["width-600", "width-1200"])
        self.assertEqual(scaled_specs("fill-96x96", [1, 2]), ["fill-96x96", "fill-192x192"])

    def test_unscalable_spec_is_a_template_error(self) -> None:
        with self.assertRaises(TemplateSyntaxError):
            scaled_specs("original", [1])

    def test_no_image_renders_nothing(self) -> None:
        template = Template('{% load responsive_images %}{% responsive_image None "width-800" %}')
        self.assertEqual(template.render(Context()), "")

    def test_a_picture_smaller_than_the_spec_names_its_width_once(self) -> None:
        # Renditions never scale up: a 320 px upload gives 320 px at width-600 and width-1200,
        # and a srcset that names one width twice is invalid HTML.
        get_image_model().get_rendition_model().cache_backend.clear()
        small = CustomImageFactory(file=image_file(draw_motif("waves", 30, (320, 180), 1), "s.jpg"))
        html = Template(
            '{% load responsive_images %}{% responsive_image image "width-1200" alt="" %}'
        ).render(Context({"image": small}))
        self.assertEqual([w for _, w in srcset_urls(html)], [320])
        self.assertEqual([w for _, w in srcset_urls(html, "image/webp")], [320])
        self.assertIn('width="320"', html)
