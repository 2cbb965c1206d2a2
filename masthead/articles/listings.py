"""Article listings by person and by term: the "Articles by" pages and the term landing pages.

Authors and terms are snippets of the lower apps ``people`` and ``taxonomy``; the pages that list
their articles are article listings and live here. Registering each index page's URL finder
below is what gives ``Author.url`` and ``Region.url`` (``core.mixins.SlugURLMixin``) their value,
without the lower apps naming this one.

These page models were moved here from ``people`` and ``taxonomy`` (migration
``articles.0004_listing_pages_from_people_and_taxonomy``); their URLs did not change.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale, Orderable, Page

from masthead.articles.models import (
    ArticlePage,
    ArticlePageQuerySet,
    view_restrictions_in_one_query,
)
from masthead.core.listing import cached_on_request, paginate
from masthead.core.mixins import register_index_url
from masthead.people.models import Author
from masthead.taxonomy.models import TERM_MODELS, InDepthReport, Term, Vocabulary


def articles_by(author: Author) -> ArticlePageQuerySet:
    """Live articles this person is credited on, newest first."""
    return ArticlePage.objects.readable().by_author(author).for_listing().newest_first()


def articles_filed_under(term: Term) -> ArticlePageQuerySet:
    """Live articles filed under this term, newest first."""
    return ArticlePage.objects.readable().filed_under(term).for_listing().newest_first()


def pinned_articles(report: InDepthReport) -> list[ArticlePage]:
    """A report's pinned live articles in the editor's order, in a fixed number of queries."""
    ids = list(report.pinned_articles.values_list("page_id", flat=True))
    if not ids:
        return []
    found = {p.pk: p for p in ArticlePage.objects.readable().filter(pk__in=ids).for_listing()}
    return [found[pk] for pk in ids if pk in found]


def prime_index_urls(request: HttpRequest | None, locale_id: int) -> None:
    """Look up the author index and every term index of one language in one query.

    Bylines and term links ask for their index page's URL once per kind and language
    (``SlugURLMixin.get_url``); an article shows authors and three kinds of terms, so filling
    those answers together saves a query per kind. A language without its own index page
    falls back to the default language's, as ``url_for`` does.
    """
    if request is None:
        return
    pages = (
        Page.objects.live()
        .filter(Q(locale_id=locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE))
        .filter(Q(termindexpage__isnull=False) | Q(authorindexpage__isnull=False))
        .annotate(vocabulary=F("termindexpage__vocabulary"))
        .order_by("path")
    )
    found: dict[str | None, list[Page]] = {}
    for page in pages:
        found.setdefault(page.vocabulary, []).append(page)  # None: the author index

    def best(kind: str | None) -> str | None:
        candidates = found.get(kind, [])
        own = [page for page in candidates if page.locale_id == locale_id]
        chosen = (own or candidates)[:1]
        return chosen[0].url if chosen else None

    labels: dict[str | None, str] = {v: m._meta.label for v, m in TERM_MODELS.items()}
    labels[None] = Author._meta.label
    for kind, label in labels.items():
        url = best(kind)
        cached_on_request(request, ("index-url", label, locale_id), lambda url=url: url)


class PinnedArticle(Orderable):
    """An article an editor keeps at the top of a dossier (edited inline on the report)."""

    report = ParentalKey(
        "taxonomy.InDepthReport", on_delete=models.CASCADE, related_name="pinned_articles"
    )
    # Field types spelled out: django-stubs cannot infer them on a model with an untyped base.
    page: models.ForeignKey[Page, Page] = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page", "articles.ArticlePage")]


class AuthorIndexPage(RoutablePageMixin, Page):
    """Lists the outlet's authors; each author's "Articles by" page is a sub-route."""

    introduction: models.TextField[str, str] = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["articles.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "articles/author_index_page.html"
    get_view_restrictions = view_restrictions_in_one_query

    def prepare_render(self, request: HttpRequest) -> None:
        """Index URLs read once, when part of the page is rendered (not for stored fragments)."""
        prime_index_urls(request, self.locale_id)

    @classmethod
    def url_for(cls, locale_id: int) -> str | None:
        """The live author index of this locale, else of the default locale."""
        page = cls.objects.live().filter(locale_id=locale_id).first()
        if page is None:
            page = cls.objects.live().filter(locale=Locale.get_default()).first()
        return page.url if page else None

    @path("")
    def author_list(self, request: HttpRequest) -> HttpResponse:
        authors = Author.objects.filter(locale_id=self.locale_id).select_related("photo")
        return self.render(
            request, context_overrides={"authors": paginate(request, authors, per_page=48)}
        )

    def subject_path(self, author: Author) -> str:
        """Where ``author`` lives below this index (the language menu builds each version's URL)."""
        return self.reverse_subpage("author_detail", kwargs={"slug": author.slug})

    @path("<slug:slug>/")
    def author_detail(self, request: HttpRequest, slug: str) -> HttpResponse:
        author = get_object_or_404(
            Author.objects.select_related("photo"), locale_id=self.locale_id, slug=slug
        )
        return self.render(
            request,
            context_overrides={
                "author": author,
                "articles": paginate(request, articles_by(author)),
                # The language menu links only the languages this author has a page in.
                "route_subject": author,
            },
            template="articles/author_page.html",
        )


class TermIndexPage(RoutablePageMixin, Page):
    """The landing pages of one axis: /regions/ lists regions, /regions/<slug>/ one region."""

    vocabulary: models.CharField[str, str] = models.CharField(
        max_length=20, choices=Vocabulary.choices
    )
    introduction: models.TextField[str, str] = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("vocabulary"), FieldPanel("introduction")]
    parent_page_types = ["articles.HomePage"]
    subpage_types: list[str] = []
    template = "articles/term_index_page.html"
    get_view_restrictions = view_restrictions_in_one_query

    def prepare_render(self, request: HttpRequest) -> None:
        """Index URLs read once, when part of the page is rendered (not for stored fragments)."""
        prime_index_urls(request, self.locale_id)

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
        terms = self.term_model.objects.filter(locale_id=self.locale_id)
        return self.render(request, context_overrides={"terms": terms})

    def subject_path(self, term: Term) -> str:
        """Where ``term`` lives below this index (the language menu builds each version's URL)."""
        return self.reverse_subpage("term_detail", kwargs={"slug": term.slug})

    @path("<slug:slug>/")
    def term_detail(self, request: HttpRequest, slug: str) -> HttpResponse:
        term = get_object_or_404(self.term_model, locale_id=self.locale_id, slug=slug)
        articles = articles_filed_under(term)
        pinned: list[ArticlePage] = []
        if isinstance(term, InDepthReport):
            pinned = pinned_articles(term)
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
            template="articles/term_page.html",
        )


register_index_url(Author, lambda author: AuthorIndexPage.url_for(author.locale_id))
register_index_url(Term, lambda term: TermIndexPage.url_for(term.vocabulary, term.locale_id))
