"""Articles, their bylines and provenance, the article archive and the front page.

The front page lives here rather than in ``core`` because what it shows (latest articles,
sections by Region and Theme) is a newsroom rule; ``core`` stays free of those.
"""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import strip_tags
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from masthead.core.blocks import StoryBlock
from masthead.core.listing import paginate
from masthead.core.models import OutletSettings
from masthead.people.models import Author
from masthead.syndication.provenance import Provenance
from masthead.taxonomy.models import InDepthReport, Region, Term, Theme, Vocabulary

if TYPE_CHECKING:
    from masthead.images.models import CustomImage
    from masthead.syndication.models import Licence, PartnerPublication

TEASER_RENDITION = "fill-640x360"
WORDS_PER_MINUTE = 230

# The ArticlePage field that files an article under each vocabulary's terms.
FILED_UNDER_FIELDS = {
    Vocabulary.REGION: "regions",
    Vocabulary.THEME: "themes",
    Vocabulary.REPORT: "reports",
}


class ArticlePageQuerySet(PageQuerySet):
    def for_listing(self) -> ArticlePageQuerySet:
        """Fetch everything an article teaser prints in a fixed number of queries."""
        return self.select_related("partner").prefetch_related(
            Prefetch(
                "featured_image",
                queryset=get_image_model().objects.prefetch_renditions(TEASER_RENDITION),
            ),
            Prefetch(
                "article_authors",
                queryset=ArticleAuthor.objects.select_related("author").order_by("sort_order"),
            ),
        )

    def newest_first(self) -> ArticlePageQuerySet:
        return self.order_by("-publication_date", "-first_published_at", "-pk")

    def by_author(self, author: Author) -> ArticlePageQuerySet:
        """Articles with ``author`` anywhere in the byline, whatever their role, once each."""
        return self.filter(article_authors__author=author).distinct()

    def filed_under(self, term: Term) -> ArticlePageQuerySet:
        """Articles filed under a Region, Theme or In-depth Report."""
        return self.filter(**{FILED_UNDER_FIELDS[term.vocabulary]: term})


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


class BylineRole(models.TextChoices):
    AUTHOR = "author", "Author"
    TRANSLATOR = "translator", "Translator"
    PHOTOGRAPHER = "photographer", "Photographer"
    EDITOR = "editor", "Editor"
    CONTRIBUTOR = "contributor", "Contributor"


class ArticleAuthor(Orderable):
    """One name in an article's byline, in the editor's order, with its role."""

    page = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="article_authors"
    )
    # Field types spelled out: django-stubs cannot infer them on a model with an untyped base.
    author: models.ForeignKey[Author, Author] = models.ForeignKey(
        "people.Author", on_delete=models.PROTECT, related_name="bylines"
    )
    role: models.CharField[str, str] = models.CharField(
        max_length=20, choices=BylineRole.choices, default=BylineRole.AUTHOR
    )

    panels = [FieldPanel("author"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["page", "author", "role"], name="unique_byline_role")
        ]

    def __str__(self) -> str:
        return f"{self.author} ({self.get_role_display()})"


class ArticlePage(Page):
    """One published piece: original, or republished from a partner with its provenance."""

    lead = RichTextField(
        features=["bold", "italic", "link"],
        help_text="The standfirst, printed in italics under the title.",
    )
    publication_date: models.DateField[date, date] = models.DateField(
        default=timezone.localdate, help_text="The date readers see on our copy."
    )
    featured_image: models.ForeignKey[CustomImage | None, CustomImage | None] = models.ForeignKey(
        "images.CustomImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    featured_image_credit: models.CharField[str, str] = models.CharField(
        max_length=255,
        blank=True,
        help_text="Overrides the image's own credit, for this article only.",
    )
    body = StreamField(StoryBlock(), use_json_field=True)

    regions = ParentalManyToManyField(Region, blank=True, related_name="articles")
    themes = ParentalManyToManyField(Theme, blank=True, related_name="articles")
    reports = ParentalManyToManyField(
        InDepthReport, blank=True, related_name="articles", verbose_name="in-depth reports"
    )

    # Provenance: one structured record; the lines readers see are derived from it.
    partner: models.ForeignKey[PartnerPublication | None, PartnerPublication | None] = (
        models.ForeignKey(
            "syndication.PartnerPublication",
            null=True,
            blank=True,
            on_delete=models.PROTECT,
            related_name="articles",
            help_text="Leave empty for an original piece.",
        )
    )
    original_url: models.URLField[str, str] = models.URLField(
        "original URL", max_length=500, blank=True
    )
    original_date: models.DateField[date | None, date | None] = models.DateField(
        null=True, blank=True
    )
    copyright_holders: models.CharField[str, str] = models.CharField(
        max_length=300,
        blank=True,
        help_text="Comma-separated; leave empty when the credited authors hold it.",
    )
    copyright_year: models.PositiveSmallIntegerField[int | None, int | None] = (
        models.PositiveSmallIntegerField(
            null=True, blank=True, help_text="Defaults to the year of the original (or our) date."
        )
    )
    licence: models.ForeignKey[Licence | None, Licence | None] = models.ForeignKey(
        "syndication.Licence",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Leave empty to use the partner's default licence.",
    )
    permission_note: models.TextField[str, str] = models.TextField(
        "permission on file",
        blank=True,
        help_text="Where permission is not a public licence: who granted it, when, how.",
    )

    objects = ArticlePageManager()

    # Machine translations keep the English slug: every language has the same path under its
    # prefix (/fr/articles/grain-ships/), and no script needs transliterating into a URL.
    override_translatable_fields = [SynchronizedField("slug")]

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        MultipleChooserPanel("article_authors", chooser_field_name="author", label="Byline"),
        FieldPanel("publication_date"),
        FieldRowPanel([FieldPanel("featured_image"), FieldPanel("featured_image_credit")]),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("regions"), FieldPanel("themes"), FieldPanel("reports")], "Filed under"
        ),
        MultiFieldPanel(
            [
                FieldPanel("partner"),
                FieldRowPanel([FieldPanel("original_url"), FieldPanel("original_date")]),
                FieldRowPanel([FieldPanel("copyright_holders"), FieldPanel("copyright_year")]),
                FieldPanel("licence"),
                FieldPanel("permission_note"),
            ],
            "Provenance",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.RelatedFields(
            "article_authors", [index.RelatedFields("author", [index.SearchField("name")])]
        ),
        index.RelatedFields("regions", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("reports", [index.SearchField("name")]),
        index.FilterField("publication_date"),
    ]
    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "article"

    def clean(self) -> None:
        super().clean()
        errors: dict[str, str] = {}
        republication_fields = ("original_url", "original_date", "copyright_holders")
        if self.partner_id is None and any(getattr(self, f) for f in republication_fields):
            errors["partner"] = "An original URL, date or holder needs the partner publication."
        if (
            self.original_date
            and self.publication_date
            and self.original_date > self.publication_date
        ):
            errors["original_date"] = "The original cannot be newer than our copy."
        if errors:
            raise ValidationError(errors)

    # --- Byline ---------------------------------------------------------------------------------
    def bylines(self) -> list[ArticleAuthor]:
        """The byline rows in order; uses the prefetch when a listing made one."""
        return sorted(self.article_authors.all(), key=lambda row: row.sort_order or 0)

    def author_names(self) -> list[str]:
        return [row.author.name for row in self.bylines() if row.role == BylineRole.AUTHOR]

    # --- Provenance -----------------------------------------------------------------------------
    def provenance(self, outlet_name: str = "") -> Provenance:
        holders = [h.strip() for h in self.copyright_holders.split(",") if h.strip()]
        return Provenance(
            outlet_name=outlet_name or self._outlet_name(),
            author_names=self.author_names(),
            publication_date=self.publication_date,
            partner=self.partner,
            original_url=self.original_url,
            original_date=self.original_date,
            copyright_holders=holders,
            copyright_year=self.copyright_year,
            licence=self.licence,
            permission_note=self.permission_note,
        )

    def _outlet_name(self) -> str:
        site = self.get_site()
        return OutletSettings.for_site(site).outlet_name if site else ""

    # --- Presentation helpers -------------------------------------------------------------------
    @property
    def image_credit(self) -> str:
        if self.featured_image_credit:
            return self.featured_image_credit
        return self.featured_image.credit if self.featured_image else ""

    def reading_minutes(self) -> int:
        words = len(strip_tags(self.lead).split())
        for block in self.body:
            if block.block_type == "paragraph":
                words += len(strip_tags(block.value.source).split())
            elif block.block_type == "quote":
                words += len(block.value["text"].split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        settings = OutletSettings.for_request(request)
        provenance = self.provenance(settings.outlet_name)
        context["provenance"] = provenance
        context["canonical_url"] = provenance.canonical_url(self.get_full_url(request))
        return context


class ArticleIndexPage(Page):
    """The archive of all articles, newest first, paginated."""

    introduction: models.TextField[str, str] = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["articles.HomePage"]
    subpage_types = ["articles.ArticlePage"]

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.child_of(self).live().public().for_listing().newest_first()
        context["articles"] = paginate(request, articles)
        return context


class HomePage(Page):
    """The front page: latest articles, featured In-depth Reports, sections by Region and Theme."""

    introduction: models.TextField[str, str] = models.TextField(blank=True)
    latest_count: models.PositiveSmallIntegerField[int, int] = models.PositiveSmallIntegerField(
        default=7
    )
    section_count: models.PositiveSmallIntegerField[int, int] = models.PositiveSmallIntegerField(
        default=3, help_text="Articles shown per Region and per Theme section."
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldRowPanel([FieldPanel("latest_count"), FieldPanel("section_count")]),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "articles.ArticleIndexPage",
        "articles.AuthorIndexPage",
        "articles.TermIndexPage",
    ]

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        live = ArticlePage.objects.live().public().filter(locale=self.locale)
        context["latest"] = list(live.for_listing().newest_first()[: self.latest_count])
        context["featured_reports"] = InDepthReport.objects.filter(
            locale=self.locale, featured=True
        )
        context["region_sections"] = self._sections(Region, live)
        context["theme_sections"] = self._sections(Theme, live)
        return context

    def _sections(
        self, term_model: type[Term], live: ArticlePageQuerySet
    ) -> list[tuple[Any, list[ArticlePage]]]:
        """One (term, newest articles) pair per term that has any; one query per term."""
        sections = []
        for term in term_model.objects.filter(locale=self.locale):
            articles = list(
                live.filed_under(term).for_listing().newest_first()[: self.section_count]
            )
            if articles:
                sections.append((term, articles))
        return sections


# The listing pages (authors, terms) live in their own module; importing it here is what makes
# Django register them as models of this app.
from masthead.articles.listings import AuthorIndexPage, PinnedArticle, TermIndexPage  # noqa: E402, F401
