"""RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site and for each author, Region, Theme and
In-depth Report, in the language of the URL.

One ``FeedSubject`` says which articles a feed follows; one ``FeedItem`` per article carries
everything the three formats print, so they cannot disagree. RSS and Atom are written by
Django's syndication framework (https://docs.djangoproject.com/en/5.2/ref/contrib/syndication/)
with generators extended for full content, several authors and the self link; JSON Feed
(https://www.jsonfeed.org/version/1.1/) is written here.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, rfc2822_date, rfc3339_date
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Locale, Site
from wagtail.rich_text import expand_db_html

from masthead.articles.models import ArticleAuthor, ArticlePage
from masthead.core.models import OutletSettings
from masthead.discovery.structured_data import (
    SHARE_RENDITION,
    absolute_url,
    active_locale,
    filed_under,
    iso_datetime,
    modified_at,
    plain_description,
    published_at,
)
from masthead.people.models import Author
from masthead.taxonomy.models import InDepthReport, Region, Term, Theme

FORMATS = ("rss", "atom", "json")
SUBJECT_MODELS: dict[str, type[Author] | type[Term]] = {
    "author": Author,
    "region": Region,
    "theme": Theme,
    "report": InDepthReport,
}
CONTENT_TYPES = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "json": "application/feed+json",
}
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
# Bump when the feed markup changes, so conditional GETs fetch the new shape once.
FEED_MARKUP_VERSION = "1"


# --- What a feed follows ----------------------------------------------------------------------
def site_scope(request: HttpRequest) -> Q:
    """Pages under this site's home page, in any of its language trees.

    Site root paths are cached by Wagtail, so this costs no query.
    """
    site = Site.find_for_request(request)
    if site is None:
        return Q(pk__in=[])
    roots = Site.get_site_root_paths()
    if all(root.site_id == site.pk for root in roots):
        # One outlet on this install (the usual case): every served page is its own, and 27
        # prefix tests on url_path would cost a scan of the archive (50 ms at 10,000 articles).
        return Q()
    scope = Q(pk__in=[])
    for root in roots:
        if root.site_id == site.pk:
            scope |= Q(url_path__startswith=root.root_path)
    return scope


@dataclass
class FeedSubject:
    """The page a feed follows (site, author or term) and its articles, newest first."""

    kind: str
    slug: str
    title: str
    description: str
    link: str
    articles: QuerySet
    locale: Locale | None
    extra_key: str = ""

    def window(self) -> QuerySet:
        return self.articles[: settings.FEED_ITEM_LIMIT]

    def validators(self, fmt: str) -> tuple[str, int | None]:
        """ETag and Last-Modified (a timestamp) of the feed, from one small query.

        The ETag hashes the ids and last publication times of the items in the window, so
        a correction, a new piece or an unpublished one all change it.
        """
        rows = list(self.window().values_list("pk", "last_published_at"))
        digest = hashlib.sha256()
        language = self.locale.language_code if self.locale else "-"
        digest.update(f"{FEED_MARKUP_VERSION}|{fmt}|{language}|{self.extra_key}".encode())
        for pk, stamp in rows:
            digest.update(f"|{pk}:{stamp.isoformat() if stamp else ''}".encode())
        stamps = [stamp for _pk, stamp in rows if stamp]
        last_modified = int(max(stamps).timestamp()) if stamps else None
        return f'"{digest.hexdigest()[:32]}"', last_modified


def _find_subject(model: type[Author] | type[Term], slug: str, locale: Locale | None) -> Any:
    """The author or term in this language, else its record in the default language.

    Bios and term names may not be translated yet while articles already are; the feed then
    still works, named as the untranslated record is.
    """
    candidates = model.objects.filter(slug=slug)
    found = candidates.filter(locale=locale).first() if locale else None
    if found is None:
        found = candidates.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if found is None:
        raise Http404(f"No {model._meta.verbose_name} with this slug")
    return found


def get_subject(request: HttpRequest, kind: str | None = None, slug: str = "") -> FeedSubject:
    """Resolve a feed URL to what it follows; unknown authors and terms are a 404."""
    locale = active_locale()
    outlet = OutletSettings.for_request(request)
    articles = ArticlePage.objects.live().public().filter(site_scope(request))
    articles = articles.filter(locale=locale) if locale else articles.none()
    if kind is None:
        return FeedSubject(
            kind="site",
            slug="",
            title=outlet.outlet_name,
            description=outlet.tagline
            or _("The latest articles from %(outlet)s") % {"outlet": outlet.outlet_name},
            link=absolute_url(request, reverse("wagtail_serve", args=[""])),
            articles=articles.newest_first(),
            locale=locale,
        )
    if kind not in SUBJECT_MODELS:
        raise Http404("No such feed")
    obj = _find_subject(SUBJECT_MODELS[kind], slug, locale)
    # Match by translation key: a translated article may still credit the untranslated
    # author record (and file under untranslated terms) until the snippets are translated.
    if kind == "author":
        bylines = ArticleAuthor.objects.filter(author__translation_key=obj.translation_key)
        articles = articles.filter(pk__in=bylines.values("page_id"))
        title = _("Articles by %(name)s") % {"name": obj.name}
        description = obj.short_bio or title
    else:
        articles = articles.filter(**{f"{kind}s__translation_key": obj.translation_key})
        title = obj.name
        description = obj.description or obj.name
    return FeedSubject(
        kind=kind,
        slug=slug,
        title=f"{outlet.outlet_name}: {title}",
        description=description,
        link=absolute_url(request, obj.get_url(request)) or absolute_url(request, "/"),
        articles=articles.newest_first(),
        locale=locale,
        extra_key=f"{kind}:{obj.pk}",
    )


# --- One article as every format sees it ------------------------------------------------------
@dataclass
class Person:
    name: str
    url: str = ""
    role: str = ""


@dataclass
class Image:
    url: str
    length: int
    mime_type: str
    width: int
    height: int
    alt: str


@dataclass
class FeedItem:
    id: str
    url: str
    title: str
    summary_html: str
    summary_text: str
    content_html: str
    published: Any
    updated: Any
    language: str
    copyright: str
    authors: list[Person] = field(default_factory=list)
    contributors: list[Person] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    image: Image | None = None


_URL_ATTRIBUTE = re.compile(r"""(\s(?:href|src|poster)=)(["'])(.*?)\2""", re.IGNORECASE)
_SRCSET_ATTRIBUTE = re.compile(r"""(\ssrcset=)(["'])(.*?)\2""", re.IGNORECASE)


def absolutize_html(fragment: str, base_url: str) -> str:
    """Make every link and image address in rendered HTML absolute against ``base_url``.

    Feed readers show content away from our site, where "/media/…" or "/regions/…" lead
    nowhere. Our templates always quote attributes, so a pattern is enough here.
    """

    def one(match: re.Match[str]) -> str:
        prefix, quote, value = match.groups()
        return f"{prefix}{quote}{urljoin(base_url, value.strip())}{quote}"

    def srcset(match: re.Match[str]) -> str:
        prefix, quote, value = match.groups()
        candidates = []
        for candidate in value.split(","):
            parts = candidate.strip().split(maxsplit=1)
            if parts:
                parts[0] = urljoin(base_url, parts[0])
                candidates.append(" ".join(parts))
        return f"{prefix}{quote}{', '.join(candidates)}{quote}"

    return _SRCSET_ATTRIBUTE.sub(srcset, _URL_ATTRIBUTE.sub(one, fragment))


def _guid(request: HttpRequest, page: ArticlePage) -> str:
    """A tag: URI (RFC 4151) from the page id: stable when the slug or title changes."""
    site = Site.find_for_request(request)
    host = site.hostname if site else request.get_host().split(":")[0]
    first = page.first_published_at
    day = timezone.localdate(first) if first else page.publication_date
    return f"tag:{host},{day.isoformat()}:article/{page.pk}"


def _image(request: HttpRequest, page: ArticlePage) -> Image | None:
    if page.featured_image is None:
        return None
    rendition = page.featured_image.get_rendition(SHARE_RENDITION)
    try:
        length = rendition.file.size
    # A missing file, or a storage backend that cannot report sizes (Django's base Storage
    # raises NotImplementedError from size()): the feed is still valid without one.
    except (OSError, ValueError, NotImplementedError):
        length = 0  # the RSS Advisory Board's advice when the size is unknown
    mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
    return Image(
        url=absolute_url(request, rendition.url),
        length=length,
        mime_type=mime_type,
        width=rendition.width,
        height=rendition.height,
        alt=page.featured_image.default_alt_text,
    )


def feed_articles(subject: FeedSubject) -> list[ArticlePage]:
    """The window of articles with everything an item prints, in a fixed number of queries."""
    images = get_image_model().objects.prefetch_renditions(SHARE_RENDITION)
    bylines = ArticleAuthor.objects.select_related("author").order_by("sort_order")
    return list(
        subject.window()
        .select_related("partner__default_licence", "licence", "locale")
        .prefetch_related(
            Prefetch("featured_image", queryset=images),
            Prefetch("article_authors", queryset=bylines),
            "regions",
            "themes",
            "reports",
        )
    )


def feed_items(request: HttpRequest, subject: FeedSubject) -> list[FeedItem]:
    outlet_name = OutletSettings.for_request(request).outlet_name
    items = []
    for page in feed_articles(subject):
        provenance = page.provenance(outlet_name)
        url = page.get_full_url(request) or ""
        image = _image(request, page)
        content = render_to_string(
            "discovery/feed_item_content.html",
            {"page": page, "provenance": provenance, "image": image, "article_url": url},
            request=request,
        )
        authors: list[Person] = []
        contributors: list[Person] = []
        for row in page.bylines():
            person = Person(
                name=row.author.name,
                url=absolute_url(request, row.author.get_url(request)),
                role=row.get_role_display(),
            )
            (authors if row.role == "author" else contributors).append(person)
        if not authors:
            # Atom needs an author; an unsigned piece is by its publisher.
            authors = [Person(name=provenance.publisher_name)]
        items.append(
            FeedItem(
                id=_guid(request, page),
                url=url,
                title=page.title,
                summary_html=absolutize_html(expand_db_html(page.lead), url),
                summary_text=plain_description(page),
                content_html=absolutize_html(content, url),
                published=published_at(page),
                updated=modified_at(page),
                language=page.locale.language_code,
                copyright=provenance.copyright_line(),
                authors=authors,
                contributors=contributors,
                categories=[term.name for terms in filed_under(page) for term in terms],
                image=image,
            )
        )
    return items


# --- RSS and Atom through Django's syndication framework --------------------------------------
class MastheadRssFeed(Rss201rev2Feed):
    """RSS 2.0 with full content (content:encoded), every author (dc:creator) and a typed
    self link, as the W3C feed validator recommends."""

    content_type = "application/rss+xml; charset=utf-8"

    def rss_attributes(self) -> dict[str, str]:
        return {
            **super().rss_attributes(),
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        }

    def add_root_elements(self, handler: Any) -> None:
        handler.addQuickElement("title", self.feed["title"])
        handler.addQuickElement("link", self.feed["link"])
        handler.addQuickElement("description", self.feed["description"])
        handler.addQuickElement(
            "atom:link",
            None,
            {"href": self.feed["feed_url"], "rel": "self", "type": CONTENT_TYPES["rss"]},
        )
        if self.feed["language"] is not None:
            handler.addQuickElement("language", self.feed["language"])
        handler.addQuickElement("lastBuildDate", rfc2822_date(self.latest_post_date()))
        handler.addQuickElement("generator", "Masthead")

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        entry: FeedItem = item["entry"]
        handler.addQuickElement("title", item["title"])
        handler.addQuickElement("link", item["link"])
        handler.addQuickElement("description", entry.summary_html)
        handler.addQuickElement("content:encoded", entry.content_html)
        # RSS's own <author> must be an e-mail address; dc:creator takes names.
        for person in entry.authors:
            handler.addQuickElement("dc:creator", person.name)
        for person in entry.contributors:
            handler.addQuickElement("dc:contributor", f"{person.name} ({person.role.lower()})")
        handler.addQuickElement("pubDate", rfc2822_date(item["pubdate"]))
        handler.addQuickElement("guid", item["unique_id"], {"isPermaLink": "false"})
        if entry.image is not None:
            handler.addQuickElement(
                "enclosure",
                "",
                {
                    "url": entry.image.url,
                    "length": str(entry.image.length),
                    "type": entry.image.mime_type,
                },
            )
        for category in item["categories"]:
            handler.addQuickElement("category", category)


class MastheadAtomFeed(Atom1Feed):
    """Atom 1.0 with full content, every author and contributor, typed links and rights."""

    def add_root_elements(self, handler: Any) -> None:
        handler.addQuickElement("title", self.feed["title"])
        handler.addQuickElement(
            "link", "", {"rel": "alternate", "type": "text/html", "href": self.feed["link"]}
        )
        handler.addQuickElement(
            "link",
            "",
            {"rel": "self", "type": CONTENT_TYPES["atom"], "href": self.feed["feed_url"]},
        )
        handler.addQuickElement("id", self.feed["id"])
        handler.addQuickElement("updated", rfc3339_date(self.latest_post_date()))
        handler.startElement("author", {})
        handler.addQuickElement("name", self.feed["author_name"])
        handler.addQuickElement("uri", self.feed["author_link"])
        handler.endElement("author")
        if self.feed["subtitle"]:
            handler.addQuickElement("subtitle", self.feed["subtitle"])
        handler.addQuickElement("generator", "Masthead")

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        entry: FeedItem = item["entry"]
        handler.addQuickElement("title", item["title"])
        handler.addQuickElement(
            "link", "", {"rel": "alternate", "type": "text/html", "href": item["link"]}
        )
        handler.addQuickElement("id", item["unique_id"])
        handler.addQuickElement("published", rfc3339_date(item["pubdate"]))
        handler.addQuickElement("updated", rfc3339_date(item["updateddate"]))
        for tag, people in (("author", entry.authors), ("contributor", entry.contributors)):
            for person in people:
                handler.startElement(tag, {})
                handler.addQuickElement("name", person.name)
                if person.url:
                    handler.addQuickElement("uri", person.url)
                handler.endElement(tag)
        handler.addQuickElement("summary", entry.summary_html, {"type": "html"})
        handler.addQuickElement("content", entry.content_html, {"type": "html"})
        if entry.image is not None:
            handler.addQuickElement(
                "link",
                "",
                {
                    "rel": "enclosure",
                    "href": entry.image.url,
                    "length": str(entry.image.length),
                    "type": entry.image.mime_type,
                },
            )
        for category in item["categories"]:
            handler.addQuickElement("category", "", {"term": category})
        handler.addQuickElement("rights", entry.copyright)


class ArticleFeed(Feed):
    """Django's feed view, fed with a resolved subject and prepared items."""

    feed_type: type = MastheadRssFeed

    def __init__(self, feed_type: type, items: list[FeedItem], self_url: str) -> None:
        super().__init__()
        self.feed_type = feed_type
        self._items = items
        self._self_url = self_url

    def get_object(self, request: HttpRequest, subject: FeedSubject) -> FeedSubject:
        # Django falls back to get_language(); the locale's code is the content's language.
        self.language = subject.locale.language_code if subject.locale else None
        return subject

    def title(self, subject: FeedSubject) -> str:
        return subject.title

    def link(self, subject: FeedSubject) -> str:
        return subject.link

    def description(self, subject: FeedSubject) -> str:
        return subject.description

    def subtitle(self, subject: FeedSubject) -> str:
        return subject.description

    def feed_url(self, subject: FeedSubject) -> str:
        return self._self_url

    def feed_guid(self, subject: FeedSubject) -> str:
        return self._self_url

    def author_name(self, subject: FeedSubject) -> str:
        return OutletSettings.for_request(self._request).outlet_name

    def author_link(self, subject: FeedSubject) -> str:
        return absolute_url(self._request, "/")

    def items(self, subject: FeedSubject) -> list[FeedItem]:
        return self._items

    def item_title(self, item: FeedItem) -> str:
        return item.title  # plain text; the XML writer escapes it once

    def item_link(self, item: FeedItem) -> str:
        return item.url

    def item_description(self, item: FeedItem) -> str:
        return item.summary_html

    def item_guid(self, item: FeedItem) -> str:
        return item.id

    def item_guid_is_permalink(self, item: FeedItem) -> bool:
        return False

    def item_pubdate(self, item: FeedItem) -> Any:
        return item.published

    def item_updateddate(self, item: FeedItem) -> Any:
        return item.updated

    def item_categories(self, item: FeedItem) -> list[str]:
        return item.categories

    def item_copyright(self, item: FeedItem) -> str:
        return item.copyright

    def item_extra_kwargs(self, item: FeedItem) -> dict[str, Any]:
        return {"entry": item}

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self._request = request
        return super().__call__(request, *args, **kwargs)


# --- JSON Feed --------------------------------------------------------------------------------
def _person_json(person: Person) -> dict[str, str]:
    data = {"name": person.name}
    if person.url:
        data["url"] = person.url
    return data


def json_feed(
    request: HttpRequest, subject: FeedSubject, items: list[FeedItem], self_url: str
) -> HttpResponse:
    outlet = OutletSettings.for_request(request)
    data: dict[str, Any] = {
        "version": JSON_FEED_VERSION,
        "title": subject.title,
        "home_page_url": subject.link,
        "feed_url": self_url,
        "description": subject.description,
        "authors": [{"name": outlet.outlet_name, "url": absolute_url(request, "/")}],
        "items": [],
    }
    if subject.locale is not None:
        data["language"] = subject.locale.language_code
    for item in items:
        entry: dict[str, Any] = {
            "id": item.id,
            "url": item.url,
            "title": item.title,
            "content_html": item.content_html,
            "summary": item.summary_text,
            "date_published": iso_datetime(item.published),
            "date_modified": iso_datetime(item.updated),
            "authors": [_person_json(p) for p in item.authors],
            "tags": item.categories,
            "language": item.language,
        }
        if item.image is not None:
            entry["image"] = item.image.url
            entry["attachments"] = [
                {
                    "url": item.image.url,
                    "mime_type": item.image.mime_type,
                    "size_in_bytes": item.image.length,
                }
            ]
        data["items"].append(entry)
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
    return HttpResponse(body, content_type=f"{CONTENT_TYPES['json']}; charset=utf-8")


def render_feed(request: HttpRequest, subject: FeedSubject, fmt: str) -> HttpResponse:
    """The feed in ``fmt`` ("rss", "atom" or "json") for a resolved subject."""
    self_url = absolute_url(request, request.path)
    items = feed_items(request, subject)
    if fmt == "json":
        return json_feed(request, subject, items, self_url)
    feed_type = MastheadAtomFeed if fmt == "atom" else MastheadRssFeed
    return ArticleFeed(feed_type, items, self_url)(request, subject=subject)
