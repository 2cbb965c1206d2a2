"""Turn a parsed article into an ArticlePage, matching or creating what it refers to.

Everything happens in one transaction: an import either lands whole or leaves no trace.
Re-importing the same article (same title, so the same slug) updates it with a new revision.

A piece is republished only when the file names another publication: a source line, "The
original source of this article is …", or a copyright line naming a publication that is not
this outlet. Anything else is original: no partner, so nothing blocks its translations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail.rich_text import RichText

from masthead.articles.models import ArticleAuthor, ArticleIndexPage, ArticlePage
from masthead.core.models import OutletSettings
from masthead.core.text import plain_text as html_plain_text
from masthead.importers.text.markup import inline_markdown_to_html, paragraph_html
from masthead.importers.text.parser import Block, ParsedArticle
from masthead.people.models import Author
from masthead.syndication.models import PartnerPublication
from masthead.taxonomy.models import InDepthReport, Region, Term, Theme


class ImportRefused(Exception):
    """The site cannot take the article (e.g. there is no article archive to put it in)."""


@dataclass
class ImportResult:
    article: ArticlePage
    created: bool
    published: bool
    created_records: list[str] = field(default_factory=list)


def plain_text(inline_markdown: str) -> str:
    """Inline Markdown reduced to text, for fields that hold no markup (subheads, quotes).

    Rendered and sanitised first, then read as text by the one HTML-to-text rule
    (``masthead.core.text.plain_text``).
    """
    return html_plain_text(inline_markdown_to_html(inline_markdown))


@transaction.atomic
def import_parsed_article(
    parsed: ParsedArticle,
    *,
    publish: bool = False,
    index: ArticleIndexPage | None = None,
    slug: str | None = None,
) -> ImportResult:
    """Create or update the article described by ``parsed``; see the module docstring.

    ``slug`` (ingest: a partner's item never overwrites another article of the same title)
    replaces the one made from the title.
    """
    locale = Locale.get_default()
    index = index or ArticleIndexPage.objects.filter(locale=locale).first()
    if index is None:
        raise ImportRefused("There is no article archive page to import into; create one first.")
    created_records: list[str] = []

    authors = [
        author_named(byline.name, byline.url, locale, created_records) for byline in parsed.authors
    ]
    # A byline that names someone twice ("By Ada Quill and ada quill") credits them once.
    authors = list({author.pk: author for author in authors}.values())
    _attach_bio(authors, parsed.bio)
    partner = partner_for(parsed, outlet_names(index), created_records)
    regions = [term_named(Region, name, locale, created_records) for name in parsed.regions]
    themes = [term_named(Theme, name, locale, created_records) for name in parsed.themes]
    reports = [term_named(InDepthReport, name, locale, created_records) for name in parsed.reports]

    slug = slug or slugify(parsed.title)[:255] or "article"
    existing = ArticlePage.objects.child_of(index).filter(slug=slug).first()
    article = existing.specific if existing else ArticlePage(slug=slug, locale=locale)

    article.title = parsed.title
    article.lead = paragraph_html(parsed.lead) if parsed.lead else ""
    article.publication_date = parsed.publication_date or timezone.localdate()
    article.body = [stream_block(block) for block in parsed.body]
    article.featured_image_credit = parsed.featured_image_credit
    article.partner = partner
    article.original_url = parsed.original_url if partner else ""
    author_names = {a.name.casefold() for a in authors}
    holders = [h for h in parsed.copyright_holders if h.casefold() not in author_names]
    # Holders other than the authors describe a partner's piece (the model refuses them on an
    # original); on our own piece the byline already says who holds the copyright.
    article.copyright_holders = ", ".join(holders) if partner else ""
    article.copyright_year = parsed.copyright_year
    article.regions = regions
    article.themes = themes
    article.reports = reports
    article.article_authors = [
        ArticleAuthor(author=author, role="author", sort_order=position)
        for position, author in enumerate(authors)
    ]

    try:
        if existing is None:
            article.live = False
            index.add_child(instance=article)
        revision = article.save_revision()
        if publish:
            revision.publish()
    except ValidationError as exc:
        # The page's own rules (e.g. a lead is required): the editor's error, not a crash;
        # raising out of the transaction rolls back the authors and terms made above.
        raise ImportRefused(f"The article cannot be saved: {explain_refusal(exc)}") from exc
    return ImportResult(article, existing is None, publish, created_records)


def explain_refusal(error: ValidationError) -> str:
    """``Lead: This field cannot be blank.`` for each field the page refused."""
    if not hasattr(error, "error_dict"):
        return " ".join(error.messages)
    parts = []
    for name, errors in error.message_dict.items():
        try:
            label = str(ArticlePage._meta.get_field(name).verbose_name).capitalize()
        except FieldDoesNotExist:
            label = name
        parts.append(f"{label}: {' '.join(errors)}")
    return "; ".join(parts)


def author_named(name: str, url: str, locale: Locale, created: list[str]) -> Author:
    author = Author.objects.filter(locale=locale, name__iexact=name).first()
    if author is None:
        author = Author(name=name, locale=locale, slug=_free_slug(Author, name, locale))
        if url:
            # The byline's link (e.g. their page at the partner), labelled with its site.
            author.links = [("link", {"label": urlsplit(url).netloc, "url": url})]
        author.save()
        created.append(f"author {name}")
    return author


def _attach_bio(authors: list[Author], paragraphs: list[str]) -> None:
    """Give the bio to the author it names, unless an editor already wrote one."""
    if not paragraphs or not authors:
        return
    subject = next(
        (a for a in authors if paragraphs[0].casefold().startswith(a.name.casefold())), authors[0]
    )
    if not subject.bio:
        subject.bio = "".join(paragraph_html(p) for p in paragraphs)
        subject.save(update_fields=["bio"])


def outlet_names(index: ArticleIndexPage) -> set[str]:
    """This outlet's names (settings and Site), case-folded: a source naming them is us."""
    site = index.get_site()
    if site is None:
        return set()
    names = {OutletSettings.for_site(site).outlet_name, site.site_name}
    return {name.casefold() for name in names if name}


def partner_for(
    parsed: ParsedArticle, own_names: set[str], created: list[str]
) -> PartnerPublication | None:
    candidates = (parsed.source_name, parsed.copyright_publication)
    name = next((n for n in candidates if n and n.casefold() not in own_names), "")
    if not name:
        return None
    partner = PartnerPublication.objects.filter(name__iexact=name).first()
    if partner is None:
        partner = PartnerPublication.objects.create(name=name, homepage=parsed.source_url)
        created.append(f"partner publication {name}")
    return partner


def term_named(model: type[Term], name: str, locale: Locale, created: list[str]) -> Term:
    term = model.objects.filter(locale=locale, name__iexact=name).first()
    if term is None:
        term = model.objects.create(name=name, locale=locale, slug=_free_slug(model, name, locale))
        created.append(f"{model._meta.verbose_name} {name}")
    return term


def _free_slug(model: type[Term], name: str, locale: Locale) -> str:
    base = slugify(name)[:190] or "item"
    slug, n = base, 2
    while model.objects.filter(locale=locale, slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def stream_block(block: Block) -> tuple[str, object]:
    """A parsed body block as a StreamField value, as the importer stores it."""
    if block.kind == "subheading":
        return ("subheading", plain_text(block.text))
    if block.kind == "quote":
        return ("quote", {"text": plain_text(block.text), "attribution": block.attribution})
    return ("paragraph", RichText(paragraph_html(block.text)))
