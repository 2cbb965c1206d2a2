"""The image library: generated pictures, and the rights line an editor gives each image."""

import io

from django.test import TestCase
from PIL import Image

from masthead.accounts.services import ensure_editor
from masthead.core.blocks import CaptionedImageBlock
from masthead.images.drawing import MOTIFS, draw_motif, draw_portrait, image_file
from masthead.images.factories import CustomImageFactory
from masthead.images.models import CustomImage


def opened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


class DrawingTests(TestCase):
    def test_each_motif_is_a_jpeg_of_the_asked_size(self) -> None:
        pictures = {motif: draw_motif(motif, hue=200, size=(320, 180), seed=1) for motif in MOTIFS}
        for motif, data in pictures.items():
            with self.subTest(motif=motif):
                picture = opened(data)
                self.assertEqual((picture.format, picture.size), ("JPEG", (320, 180)))
        self.assertEqual(len(set(pictures.values())), len(MOTIFS), "motifs look alike")

    def test_same_seed_same_picture_so_the_demo_looks_the_same_every_time(self) -> None:
        self.assertEqual(
            draw_motif("dots", 10, (200, 100), 7), draw_motif("dots", 10, (200, 100), 7)
        )
        self.assertNotEqual(
            draw_motif("dots", 10, (200, 100), 7), draw_motif("dots", 10, (200, 100), 8)
        )

    def test_portrait_is_square(self) -> None:
        picture = opened(draw_portrait("Ines Alvarado", hue=30, size=120))
        self.assertEqual((picture.format, picture.size), ("JPEG", (120, 120)))

    def test_generated_file_is_accepted_by_the_library(self) -> None:
        image = CustomImage.objects.create(
            title="Harbour", file=image_file(draw_motif("waves", 190, (640, 360)), "harbour.jpg")
        )
        self.assertEqual((image.width, image.height), (640, 360))
        rendition = image.get_rendition("fill-160x90")
        self.assertEqual((rendition.width, rendition.height), (160, 90))
        self.assertEqual(list(image.renditions.all()), [rendition])


class CreditTests(TestCase):
    def test_editor_sees_and_edits_credit_source_and_licence(self) -> None:
        image = CustomImageFactory(
            credit="Port Authority archive",
            source_url="https://port.example/photos/1",
            licence="CC BY 4.0",
        )
        ensure_editor("editor", "editor@courier.example", "pw-123456")
        self.client.login(username="editor", password="pw-123456")
        url = f"/admin/images/{image.pk}/"
        form = self.client.get(url)
        self.assertContains(form, 'value="Port Authority archive"')
        self.assertContains(form, 'value="https://port.example/photos/1"')
        self.assertContains(form, 'value="CC BY 4.0"')
        response = self.client.post(
            url,
            {
                "title": image.title,
                "collection": image.collection_id,
                "credit": "Harbour Ledger / M. Ortiz",
                "source_url": "",
                "licence": "used with permission",
                "tags": "",
                "focal_point_x": "",
                "focal_point_y": "",
                "focal_point_width": "",
                "focal_point_height": "",
            },
        )
        self.assertEqual(response.status_code, 302)
        image.refresh_from_db()
        self.assertEqual(
            (image.credit, image.licence), ("Harbour Ledger / M. Ortiz", "used with permission")
        )

    def test_captioned_image_block_prints_the_library_credit_unless_overridden(self) -> None:
        image = CustomImageFactory(credit="Port Authority archive")
        block = CaptionedImageBlock()
        plain = block.render(block.to_python({"image": image.pk, "caption": "Queue at dawn"}))
        self.assertIn('<span class="credit">Port Authority archive</span>', plain)
        overridden = block.render(
            block.to_python({"image": image.pk, "caption": "", "credit": "Our photographer"})
        )
        self.assertIn('<span class="credit">Our photographer</span>', overridden)
