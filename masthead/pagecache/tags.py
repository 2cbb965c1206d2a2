"""Surrogate keys: what a stored page shows, so a change purges exactly the pages showing it.

Two sources, neither of which touches the apps' templates or views:

* every model instance a reader page *loads* while it renders names itself (a ``post_init``
  receiver, active only inside a request the page-cache middleware is watching): an article
  teaser adds ``page-<id>``, a byline ``author-<id>``, a region ``term-region-<id>``, the
  outlet settings ``settings``. An edit to one of them purges every page that loaded it.
* *membership* tags name lists a page is, rather than what it loaded, because a new article
  must reach lists that never loaded it: ``list-<lang>`` (front page, archive, feeds of a
  language), ``author-list-<key>`` and ``term-list-<key>`` (an author's or term's page, by
  translation key, since a translated article may credit the untranslated author), ``sitemap``,
  and ``tk-<key>`` on every version of a page for its language menu.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.db.models import Model
from django.db.models.signals import post_init
from django.utils import translation

_collector: ContextVar[set[str] | None] = ContextVar("masthead_page_cache_tags", default=None)


def collecting() -> set[str] | None:
    return _collector.get()


def start_collecting() -> Any:
    return _collector.set(set())


def stop_collecting(token: Any) -> None:
    _collector.reset(token)


def object_tag(instance: Model) -> str | None:
    """The tag naming ``instance`` on every page that shows it."""
    from wagtail.models import Page

    from masthead.core.models import OutletSettings
    from masthead.images.models import CustomImage
    from masthead.people.models import Author
    from masthead.syndication.models import Licence, PartnerPublication
    from masthead.taxonomy.models import Term

    if isinstance(instance, Page):
        return f"page-{instance.pk}"
    if isinstance(instance, Author):
        return f"author-{instance.pk}"
    if isinstance(instance, Term):
        return f"term-{instance._meta.model_name}-{instance.pk}"
    if isinstance(instance, OutletSettings):
        return "settings"
    if isinstance(instance, CustomImage):
        return f"image-{instance.pk}"
    if isinstance(instance, PartnerPublication):
        return f"partner-{instance.pk}"
    if isinstance(instance, Licence):
        return f"licence-{instance.pk}"
    return None


def _loaded(sender: type[Model], instance: Model, **kwargs: Any) -> None:
    tags = _collector.get()
    if tags is None or instance.pk is None:
        return
    tag = object_tag(instance)
    if tag:
        tags.add(tag)


def tracked_models() -> list[type[Model]]:
    from wagtail.models import Page, get_page_models

    from masthead.core.models import OutletSettings
    from masthead.images.models import CustomImage
    from masthead.people.models import Author
    from masthead.syndication.models import Licence, PartnerPublication
    from masthead.taxonomy.models import InDepthReport, Region, Theme

    return [
        Page,
        *get_page_models(),
        Author,
        Region,
        Theme,
        InDepthReport,
        OutletSettings,
        CustomImage,
        PartnerPublication,
        Licence,
    ]


def connect_loading_receivers() -> None:
    # Per model, not sender=None: other models' instantiation stays free of this receiver.
    for model in set(tracked_models()):
        post_init.connect(_loaded, sender=model, dispatch_uid=f"pagecache-{model._meta.label}")


def route_tags(request: Any, response: Any, loaded: set[str]) -> set[str]:
    """Membership tags of the page being served, from its route and template context."""
    from masthead.articles.listings import AuthorIndexPage, TermIndexPage
    from masthead.articles.models import ArticleIndexPage, ArticlePage, HomePage

    match = getattr(request, "resolver_match", None)
    name = (match.url_name if match else "") or ""
    # The language is the path's (unprefixed paths are the default language).
    lang = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    tags = {"settings"}
    if name in ("discovery_feed", "discovery_subject_feed"):
        tags.add(f"list-{lang}")
    elif name.startswith("discovery_sitemap") or name == "discovery_news_sitemap":
        tags.add("sitemap")
    context = getattr(response, "context_data", None) or {}
    page = context.get("page")
    if page is not None:
        page = getattr(page, "specific", page)
        tags.add(f"page-{page.pk}")
        tags.add(f"tk-{page.translation_key}")
        if isinstance(page, ArticlePage):
            tags.add(f"related-list-{page.pk}")
            tags.add(f"comments-{page.pk}")  # its approved comments (masthead/comments/)
            if stored_related_model() is None:
                # Related articles computed per request, by shared terms: a new article filed
                # under one of the terms this page shows may join its list.
                tags.update(f"related-{tag}" for tag in loaded if tag.startswith("term-"))
        if isinstance(page, HomePage | ArticleIndexPage):
            tags.add(f"list-{page.locale.language_code}")
        if isinstance(page, AuthorIndexPage):
            tags.add("authors")
        if isinstance(page, TermIndexPage):
            tags.add("terms")
    author = context.get("author")
    if author is not None and getattr(author, "translation_key", None):
        tags.update({f"author-list-{author.translation_key}", f"tk-{author.translation_key}"})
    term = context.get("term")
    if term is not None and getattr(term, "translation_key", None):
        tags.update({f"term-list-{term.translation_key}", f"tk-{term.translation_key}"})
    return tags


def stored_related_model() -> type[Model] | None:
    """Discovery's stored "Related articles" list, where that app keeps one.

    Its rows are rewritten when the list of one article is recomputed (at publish time), so
    a save of a row purges exactly that article's pages (``related-list-<id>``).
    """
    from django.apps import apps

    try:
        return apps.get_model("discovery", "RelatedArticleList")
    except LookupError:
        return None


def article_membership(article: Any) -> dict[str, Any]:
    """What decides which lists show ``article`` and where, whether or not it is live."""
    terms = [t for field in (article.regions, article.themes, article.reports) for t in field.all()]
    return {
        "lang": article.locale.language_code,
        "url": article.url_path,
        "date": str(article.publication_date),
        "authors": sorted(str(a.author.translation_key) for a in article.article_authors.all()),
        "terms": sorted(str(t.translation_key) for t in terms),
        "term_tags": sorted(str(object_tag(t)) for t in terms),
    }


def membership_tags(membership: dict[str, Any]) -> set[str]:
    if not membership:
        return set()
    tags = {f"list-{membership['lang']}", "sitemap"}
    tags.update(f"author-list-{key}" for key in membership["authors"])
    tags.update(f"term-list-{key}" for key in membership["terms"])
    tags.update(f"related-{tag}" for tag in membership.get("term_tags", []))
    return tags


def page_url_tags(pages: Iterable[Any]) -> set[str]:
    return {f"page-{page.pk}" for page in pages}
