"""Authors: the people whose names stand in bylines, staff or not.

An Author is not a user account: outside writers, translators and photographers are
first-class records with a bio, photo and links, and a public "Articles by" page.
"""

from __future__ import annotations

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index

from masthead.core.listing import cached_on_request, paginate


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock()
    url = blocks.URLBlock()


class Author(TranslatableMixin, index.Indexed, models.Model):
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

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(self.name)[:200]
        super().save(*args, **kwargs)

    def get_url(self, request: HttpRequest | None = None) -> str | None:
        """The public "Articles by" page, under the live author index of this locale."""
        base = cached_on_request(
            request, ("author-index", self.locale_id), lambda: _author_index_url(self.locale_id)
        )
        return f"{base}{self.slug}/" if base else None

    @property
    def url(self) -> str | None:
        return self.get_url()

    def article_pages(self) -> models.QuerySet:
        """Live articles this person is credited on, newest first.

        The article model belongs to a higher app, so it is reached through the byline
        relation instead of an import (see docs/explanation/architecture.md).
        """
        article_model = self.bylines.model._meta.get_field("page").related_model
        return (
            article_model.objects.live()
            .public()
            .filter(article_authors__author=self)
            .distinct()
            .for_listing()
            .newest_first()
        )


def _author_index_url(locale_id: int) -> str | None:
    page = AuthorIndexPage.objects.live().filter(locale_id=locale_id).first()
    if page is None:
        page = AuthorIndexPage.objects.live().filter(locale=Locale.get_default()).first()
    return page.url if page else None


class AuthorIndexPage(RoutablePageMixin, Page):
    """Lists the outlet's authors; each author's "Articles by" page is a sub-route."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["articles.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "people/author_index_page.html"

    @path("")
    def author_list(self, request: HttpRequest) -> HttpResponse:
        authors = Author.objects.filter(locale=self.locale).select_related("photo")
        return self.render(
            request, context_overrides={"authors": paginate(request, authors, per_page=48)}
        )

    def subject_path(self, author: Author) -> str:
        """Where ``author`` lives below this index (the language menu builds each version's URL)."""
        return self.reverse_subpage("author_detail", kwargs={"slug": author.slug})

    @path("<slug:slug>/")
    def author_detail(self, request: HttpRequest, slug: str) -> HttpResponse:
        author = get_object_or_404(
            Author.objects.select_related("photo"), locale=self.locale, slug=slug
        )
        articles = author.article_pages()
        return self.render(
            request,
            context_overrides={
                "author": author,
                "articles": paginate(request, articles),
                # The language menu links only the languages this author has a page in.
                "route_subject": author,
            },
            template="people/author_page.html",
        )
