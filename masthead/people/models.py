"""Authors: the people whose names stand in bylines, staff or not.

An Author is not a user account: outside writers, translators and photographers are
first-class records with a bio, photo and links. Their public "Articles by" page is an article
listing, so it lives with the articles (``masthead/articles/listings.py``), which also tells
``Author.get_url`` where that page is.
"""

from __future__ import annotations

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from masthead.core.mixins import SlugURLMixin


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock()
    url = blocks.URLBlock()


# django-stubs cannot type a reverse relation from a model with an untyped (Wagtail) base.
class Author(SlugURLMixin, TranslatableMixin, index.Indexed, models.Model):  # type: ignore[django-manager-missing]
    """A person credited on articles; their bio is translatable."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, allow_unicode=False)
    photo = models.ForeignKey(
        "images.CustomImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    short_bio = models.CharField(max_length=300, blank=True, help_text="One line, for listings.")
    bio = RichTextField(blank=True, features=["bold", "italic", "link"])
    links = StreamField([("link", LinkBlock())], blank=True, use_json_field=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("photo"),
        FieldPanel("short_bio"),
        FieldPanel("bio"),
        FieldPanel("links"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("bio"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_author_slug_per_locale")
        ]

    def __str__(self) -> str:
        return self.name
