"""Articles, their bylines and provenance, the article archive and the front page.

The front page lives here rather than in ``core`` because what it shows (latest articles,
sections by Region and Theme) is a newsroom rule; ``core`` stays free of those.
"""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Prefetch, Q, Window, prefetch_related_objects
from django.db.models.functions import Length, RowNumber, Substr
from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
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
from wagtail.models import Orderable, Page, PageManager, PageViewRestriction
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


def in_private_section() -> Q:
    """Pages at or below a page with a view restriction, as a subquery.

    Wagtail's ``public()`` first reads every restriction in a query of its own; reader pages
    ask for public pages three or four times per request, so the test runs inside the SQL.
    """
    sections = PageViewRestriction.objects.annotate(section=F("page__path")).filter(
        section=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return Q(Exists(sections))


def view_restrictions_in_one_query(page: Page) -> Any:
    """Wagtail's ``get_view_restrictions`` as one query instead of two.

    The restrictions on this page and its ancestors, an aliased ancestor counting as its
    source page (Wagtail's rule); the ancestors are named by their paths, which are prefixes
    of this page's path, so they need no query of their own.
    """
    if page.alias_of_id is not None:
        return Page.get_view_restrictions(page)
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    sources = Page.objects.filter(path__in=paths, alias_of__isnull=False).values("alias_of_id")
    return PageViewRestriction.objects.filter(Q(page__path__in=paths) | Q(page_id__in=sources))


def prepare_request(request: HttpRequest | None, locale_id: int) -> OutletSettings | None:
    """Read once what every reader page prints many times: index URLs and site settings.

    The settings object is kept on the request by Wagtail; prefetching its notice
    translations there serves the footer and the article notices from one query.
    """
    if request is None:
        return None
    from masthead.articles.listings import prime_index_urls

    prime_index_urls(request, locale_id)
    settings = OutletSettings.for_request(request)
    prefetch_related_objects([settings], "notice_translations")
    return settings


class ArticlePageQuerySet(PageQuerySet):
    def readable(self) -> ArticlePageQuerySet:
        """Live and not in a private section: Wagtail's ``live().public()`` in one query.

        Not for querysets handed to the search backend, which cannot read the subquery.
        """
        return self.live().exclude(in_private_section())

    def for_listing(self) -> ArticlePageQuerySet:
        """Fetch everything an article teaser prints in a fixed number of queries."""
        renditions = get_image_model().get_rendition_model().objects
        # The image joins the page row; its renditions (the teaser's sizes and formats, a
        # handful per image) are prefetched where Wagtail's ``get_rendition(s)`` looks first.
        return self.select_related("partner", "featured_image").prefetch_related(
            Prefetch(
                "featured_image__renditions",
                queryset=renditions.all(),
                to_attr="prefetched_renditions",
            ),
            Prefetch(
                "article_authors",
                queryset=ArticleAuthor.objects.select_related("author").order_by("sort_order"),
            ),
        )

    def newest_first(self) -> ArticlePageQuerySet:
        return self.order_by("-publication_date", "-first_published_at", "-pk")

    def by_author(self, author: Author) -> ArticlePageQuerySet:
        """Articles with ``author`` anywhere in the byline, whatever their role, once each.

        A subquery rather than a join plus DISTINCT: the paginator's count then counts ids, not
        distinct whole page rows (20 ms for an author of thousands of articles).
        """
        bylines = ArticleAuthor.objects.filter(author=author).values("page_id")
        return self.filter(pk__in=bylines)

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
    # Derived from the lead and body each time the page is saved (every publish saves it), so
    # the reader's page does not count words; empty on rows saved before the field existed.
    reading_time: models.PositiveSmallIntegerField[int | None, int | None] = (
        models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    )

    objects = ArticlePageManager()
    get_view_restrictions = view_restrictions_in_one_query

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
        """The byline rows in order; uses the prefetch when a listing made one.

        The article page prints the byline five times (header, bios, tools, JSON-LD, social
        tags, copyright line): the rows and their authors are read once per page object.
        """
        cached = self.__dict__.get("_bylines")
        if cached is None:
            rows = self.article_authors.all()
            prefetched = "article_authors" in getattr(self, "_prefetched_objects_cache", {})
            if isinstance(rows, models.QuerySet) and not prefetched:
                rows = rows.select_related("author", "author__photo")
            cached = sorted(rows, key=lambda row: row.sort_order or 0)
            self.__dict__["_bylines"] = cached
        return cached

    def terms(self) -> tuple[list[Region], list[Theme], list[InDepthReport]]:
        """The Regions, Themes and Reports it is filed under, read once per page object."""
        cached = self.__dict__.get("_filed_terms")
        if cached is None:
            cached = (list(self.regions.all()), list(self.themes.all()), list(self.reports.all()))
            self.__dict__["_filed_terms"] = cached
        return cached

    def filed_regions(self) -> list[Region]:
        return self.terms()[0]

    def filed_themes(self) -> list[Theme]:
        return self.terms()[1]

    def filed_reports(self) -> list[InDepthReport]:
        return self.terms()[2]

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

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Only a save of the whole row writes the text (publishing does one). A partial save,
        # such as ``save_revision`` recording a draft on the live row, must keep the figure
        # of the live text.
        if kwargs.get("update_fields") is None:
            self.store_figures()
        super().save(*args, **kwargs)

    def store_figures(self) -> None:
        """Set the figures stored with the text (reading time): every write of the whole row
        runs this, ``save`` and bulk imports alike."""
        self.reading_time = self.count_reading_minutes()

    def serve_preview(self, request: HttpRequest, mode_name: str) -> Any:
        # A preview shows unsaved text: count its words rather than show the stored figure.
        self.reading_time = None
        self.__dict__["_previewing"] = True
        return super().serve_preview(request, mode_name)

    def reading_minutes(self) -> int:
        """Minutes to read at ``WORDS_PER_MINUTE``: stored at save, counted if not stored yet."""
        if self.reading_time:
            return self.reading_time
        minutes = self.count_reading_minutes()
        if self.pk is not None and self.live and not self.__dict__.get("_previewing"):
            # Saved before the figure was stored: store it now, once.
            ArticlePage.objects.filter(pk=self.pk).update(reading_time=minutes)
            self.reading_time = minutes
        return minutes

    def count_reading_minutes(self) -> int:
        words = len(strip_tags(self.lead).split())
        for block in self.body:
            if block.block_type == "paragraph":
                words += len(strip_tags(block.value.source).split())
            elif block.block_type == "quote":
                words += len(block.value["text"].split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def prepare_render(self, request: HttpRequest) -> None:
        """Reads done only when part of the page is rendered (stored fragments skip them)."""
        prepare_request(request, self.locale_id)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)

        # Lazy: a page served from stored fragments never reads its bylines or settings.
        def provenance() -> Provenance:
            return self.provenance(OutletSettings.for_request(request).outlet_name)

        lazy_provenance = cast(Provenance, SimpleLazyObject(provenance))
        context["provenance"] = lazy_provenance
        context["canonical_url"] = SimpleLazyObject(
            lambda: lazy_provenance.canonical_url(self.get_full_url(request))
        )
        return context


class ArticleIndexPage(Page):
    """The archive of all articles, newest first, paginated."""

    introduction: models.TextField[str, str] = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["articles.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    get_view_restrictions = view_restrictions_in_one_query

    def prepare_render(self, request: HttpRequest) -> None:
        prepare_request(request, self.locale_id)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.child_of(self).readable().for_listing().newest_first()
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
    get_view_restrictions = view_restrictions_in_one_query
    subpage_types = [
        "articles.ArticleIndexPage",
        "articles.AuthorIndexPage",
        "articles.TermIndexPage",
    ]

    def route(self, request: HttpRequest, path_components: list[str]) -> Any:
        """Find an article by its full path in one query, else route as Wagtail does.

        Wagtail walks the tree a level at a time, two queries per level; most requests below
        the front page are for an article, whose page has no sub-routes of its own.
        """
        if len(path_components) >= 2:
            url_path = self.url_path + "".join(f"{part}/" for part in path_components)
            article = (
                ArticlePage.objects.filter(url_path=url_path)
                .select_related("locale", "featured_image", "partner")
                .first()
            )
            if article is not None:
                return article.route(request, [])
        return super().route(request, path_components)

    def prepare_render(self, request: HttpRequest) -> None:
        prepare_request(request, self.locale_id)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)

        def live() -> ArticlePageQuerySet:
            return ArticlePage.objects.readable().filter(locale_id=self.locale_id)

        # Lazy, queries included: a page served from stored fragments never reads these, and
        # building the querysets alone cost half of its time.
        context["latest"] = SimpleLazyObject(
            lambda: list(live().for_listing().newest_first()[: self.latest_count])
        )
        context["featured_reports"] = SimpleLazyObject(
            lambda: list(InDepthReport.objects.filter(locale_id=self.locale_id, featured=True))
        )
        context["region_sections"] = SimpleLazyObject(lambda: self._sections(Region, live()))
        context["theme_sections"] = SimpleLazyObject(lambda: self._sections(Theme, live()))
        return context

    def _sections(
        self, term_model: type[Term], live: ArticlePageQuerySet
    ) -> list[tuple[Any, list[ArticlePage]]]:
        """One (term, newest articles) pair per term that has any, in one query for all terms.

        The filing rows are numbered newest first within each term and only the first
        ``section_count`` of each are read, joined to their term and article: the query
        returns at most terms × section_count rows however large the archive.
        """
        through = getattr(ArticlePage, FILED_UNDER_FIELDS[term_model.vocabulary]).through
        term_field = next(
            f.name
            for f in through._meta.concrete_fields
            if f.is_relation and f.name != "articlepage"
        )
        newest_first = [
            F("articlepage__publication_date").desc(),
            F("articlepage__first_published_at").desc(nulls_last=True),
            F("articlepage_id").desc(),
        ]
        rows = (
            through.objects.filter(articlepage__in=live.values("pk"))
            .filter(**{f"{term_field}__locale_id": self.locale_id})
            .annotate(
                place=Window(RowNumber(), partition_by=[F(term_field)], order_by=newest_first)
            )
            .filter(place__lte=self.section_count)
            .select_related(term_field, "articlepage")
            .order_by(f"{term_field}__name", term_field, "place")
        )
        sections: dict[int, tuple[Any, list[ArticlePage]]] = {}
        for row in rows:
            term = getattr(row, term_field)
            sections.setdefault(term.pk, (term, []))[1].append(row.articlepage)
        return list(sections.values())


# The listing pages (authors, terms) live in their own module; importing it here is what makes
# Django register them as models of this app.
from masthead.articles.listings import AuthorIndexPage, PinnedArticle, TermIndexPage  # noqa: E402, F401
