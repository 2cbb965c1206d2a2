"""Three independent axes for filing articles: Region, Theme and In-depth Report (dossier).

Terms are translatable snippets. Their landing pages (one ``TermIndexPage`` per axis, e.g.
/regions/, whose sub-routes list a term's articles) are article listings, so they live with the
articles (``masthead/articles/listings.py``), as do a report's pinned articles.
"""

from __future__ import annotations

from django.db import models
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from masthead.core.mixins import SlugURLMixin


class Vocabulary(models.TextChoices):
    REGION = "region", "Region"
    THEME = "theme", "Theme"
    REPORT = "report", "In-depth Report"


class Term(SlugURLMixin, TranslatableMixin, index.Indexed, ClusterableModel):
    """Fields and behaviour shared by the three axes."""

    vocabulary: Vocabulary

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    description = models.TextField(blank=True, help_text="One or two sentences for listings.")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Region(Term):
    """A part of the world an article is about."""

    vocabulary = Vocabulary.REGION

    class Meta(Term.Meta):
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_region_slug_per_locale")
        ]


class Theme(Term):
    """A subject an article is about."""

    vocabulary = Vocabulary.THEME

    class Meta(Term.Meta):
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale")
        ]


# django-stubs cannot type a reverse relation from a model with an untyped (Wagtail) base.
class InDepthReport(Term):  # type: ignore[django-manager-missing]
    """A dossier: an editor-written introduction, pinned articles, then the rest newest first."""

    vocabulary = Vocabulary.REPORT

    introduction = RichTextField(blank=True, features=["bold", "italic", "link", "ul"])
    featured = models.BooleanField(default=False, help_text="Show on the home page.")

    panels = [
        *Term.panels,
        FieldPanel("introduction"),
        FieldPanel("featured"),
        # The pinned articles are rows of ``PinnedArticle``, which the articles app attaches to
        # the report with a ParentalKey (related_name="pinned_articles").
        InlinePanel("pinned_articles", label="Pinned articles", max_num=6),
    ]

    class Meta(Term.Meta):
        verbose_name = "in-depth report"
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_report_slug_per_locale")
        ]


TERM_MODELS: dict[str, type[Term]] = {
    Vocabulary.REGION: Region,
    Vocabulary.THEME: Theme,
    Vocabulary.REPORT: InDepthReport,
}
