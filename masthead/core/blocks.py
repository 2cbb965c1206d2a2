"""StreamField blocks shared by every long-form page type.

Video and other embeds are rendered as a link card, not as a third-party iframe: readers get no
trackers or scripts from elsewhere, and pre-rendered pages stay self-contained.
"""

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(help_text="The words quoted, without quotation marks.")
    attribution = blocks.CharBlock(required=False, help_text="Who said or wrote it.")

    class Meta:
        icon = "openquote"
        template = "core/blocks/quote.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False)
    credit = blocks.CharBlock(
        required=False, help_text="Overrides the credit stored on the image, for this use only."
    )

    class Meta:
        icon = "image"
        template = "core/blocks/captioned_image.html"


class MediaLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(help_text="Link to the video, audio or document.")
    title = blocks.CharBlock()
    provider = blocks.CharBlock(required=False, help_text="e.g. the channel or archive.")

    class Meta:
        icon = "media"
        template = "core/blocks/media_link.html"


class StoryBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, template="core/blocks/paragraph.html"
    )
    subheading = blocks.CharBlock(icon="title", template="core/blocks/subheading.html")
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    media_link = MediaLinkBlock()

    class Meta:
        block_counts: dict[str, dict[str, int]] = {}
