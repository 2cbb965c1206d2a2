"""Three independent axes for filing articles: Region, Theme and In-depth Report (dossier).

Terms are translatable snippets. Each axis has one live ``TermIndexPage`` (e.g. /regions/)
whose sub-routes are the terms' landing pages with a paginated list of articles.
"""

from __future__ import annotations

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index

from masthead.core.listing import cached_on_request, paginate


class Vocabulary(models.TextChoices):
    REGION = "region", "Region"
    THEME = "theme", "Theme"
    REPORT = "report", "In-depth Report"


class Term(TranslatableMixin, index.Indexed, ClusterableModel):
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

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(self.name)[:200]
        super().save(*args, **kwargs)

    def get_url(self, request: HttpRequest | None = None) -> str | None:
        base = cached_on_request(
            request,
            ("term-index", self.vocabulary, self.locale_id),
            lambda: TermIndexPage.url_for(self.vocabulary, self.locale_id),
        )
        return f"{base}{self.slug}/" if base else None

    @property
    def url(self) -> str | None:
        return self.get_url()

    def article_pages(self) -> models.QuerySet:
        """Live articles filed under this term, newest first."""
        return self.articles.live().public().for_listing().newest_first()


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


class InDepthReport(Term):
    """A dossier: an editor-written introduction, pinned articles, then the rest newest first."""

    vocabulary = Vocabulary.REPORT

    introduction = RichTextField(blank=True, features=["bold", "italic", "link", "ul"])
    featured = models.BooleanField(default=False, help_text="Show on the home page.")

    panels = [
        *Term.panels,
        FieldPanel("introduction"),
        FieldPanel("featured"),
        InlinePanel("pinned_articles", label="Pinned articles", max_num=6),
    ]

    class Meta(Term.Meta):
        verbose_name = "in-depth report"
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_report_slug_per_locale")
        ]

    def pinned_pages(self) -> list[Page]:
        """Pinned live articles in the editor's order, fetched in a fixed number of queries."""
        ids = list(self.pinned_articles.values_list("page_id", flat=True))
        if not ids:
            return []
        article_model = self.articles.model
        found = {
            p.pk: p for p in article_model.objects.live().public().filter(pk__in=ids).for_listing()
        }
        return [found[pk] for pk in ids if pk in found]


class PinnedArticle(Orderable):
    """An article an editor keeps at the top of a dossier."""

    report = ParentalKey(InDepthReport, on_delete=models.CASCADE, related_name="pinned_articles")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page", "articles.ArticlePage")]


TERM_MODELS: dict[str, type[Term]] = {
    Vocabulary.REGION: Region,
    Vocabulary.THEME: Theme,
    Vocabulary.REPORT: InDepthReport,
}


class TermIndexPage(RoutablePageMixin, Page):
    """The landing pages of one axis: /regions/ lists regions, /regions/<slug>/ one region."""

    vocabulary = models.CharField(max_length=20, choices=Vocabulary.choices)
    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("vocabulary"), FieldPanel("introduction")]
    parent_page_types = ["articles.HomePage"]
    subpage_types: list[str] = []
    template = "taxonomy/term_index_page.html"

    @classmethod
    def url_for(cls, vocabulary: str, locale_id: int) -> str | None:
        pages = cls.objects.live().filter(vocabulary=vocabulary)
        page = (
            pages.filter(locale_id=locale_id).first()
            or pages.filter(locale=Locale.get_default()).first()
        )
        return page.url if page else None

    @property
    def term_model(self) -> type[Term]:
        return TERM_MODELS[self.vocabulary]

    @path("")
    def term_list(self, request: HttpRequest) -> HttpResponse:
        terms = self.term_model.objects.filter(locale=self.locale)
        return self.render(request, context_overrides={"terms": terms})

    def subject_path(self, term: Term) -> str:
        """Where ``term`` lives below this index (the language menu builds each version's URL)."""
        return self.reverse_subpage("term_detail", kwargs={"slug": term.slug})

    @path("<slug:slug>/")
    def term_detail(self, request: HttpRequest, slug: str) -> HttpResponse:
        term = get_object_or_404(self.term_model, locale=self.locale, slug=slug)
        articles = term.article_pages()
        pinned: list[Page] = []
        if isinstance(term, InDepthReport):
            pinned = term.pinned_pages()
            articles = articles.exclude(pk__in=[p.pk for p in pinned])
        return self.render(
            request,
            context_overrides={
                "term": term,
                "pinned": pinned,
                "articles": paginate(request, articles),
                # The language menu links only the languages this term has a page in.
                "route_subject": term,
            },
            template="taxonomy/term_page.html",
        )
