"""Partner articles in: a pasted URL or a feed's items become drafts, with permission respected.

Each piece goes the same way (``_take_in``): if we already carry it (``stories.find_matches``:
same original URL or near-identical text) the item records the match and no draft is made;
otherwise the importer service writes a draft with its provenance (partner, original URL,
author and date), and the item says whether the partner's permission lets it be published
(ready) or not (held, with the reason). Fetch and format failures are recorded on the item or
the feed with a message for editors; nothing here raises them.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale

from masthead.articles.models import ArticleIndexPage, ArticlePage
from masthead.importers.services import ImportRefused, import_parsed_article
from masthead.importers.text.parser import Block, Byline, ParsedArticle
from masthead.ingest.feeds import FeedFormatError, FeedItem, html_blocks, parse_feed
from masthead.ingest.models import IngestedItem, ItemStatus
from masthead.ingest.pages import ExtractedArticle, ExtractionFailed, extract_article
from masthead.ingest.transport import FetchError, fetch
from masthead.stories.services import StoryMatch, find_matches
from masthead.syndication.models import PartnerFeed, PartnerPublication, Permission

logger = logging.getLogger(__name__)

# A feed item with fewer paragraphs and words than these is a teaser: the article is read
# from its page (decision 0184).
FULL_TEXT_BLOCKS = 3
FULL_TEXT_WORDS = 120
# The most new items taken from one poll (a first poll of a long feed); the rest come next time.
MAX_ITEMS_PER_POLL = 30


@dataclass
class IngestResult:
    """What became of one piece: the item row, and the draft or the matches."""

    item: IngestedItem
    article: ArticlePage | None = None
    matches: list[StoryMatch] = field(default_factory=list)
    extracted: ExtractedArticle | None = None

    @property
    def status(self) -> str:
        return self.item.status

    @property
    def reason(self) -> str:
        return self.item.reason

    @property
    def ok(self) -> bool:
        return self.item.status in (ItemStatus.READY, ItemStatus.HELD)


@dataclass
class PollOutcome:
    feed: PartnerFeed
    new_items: list[IngestedItem] = field(default_factory=list)
    not_modified: bool = False
    error: str = ""


# --- A pasted URL ------------------------------------------------------------------------------


def draft_from_url(url: str, *, partner: PartnerPublication | None, user: Any) -> IngestResult:
    """Fetch the article at ``url`` and make a draft of it (or record the match / the error).

    Without ``partner``, the partner is the one whose homepage or feed is on the same site, or
    a new entry in the register with no permission (so the draft is held until one is recorded).
    """
    user = user if getattr(user, "is_authenticated", False) else None
    try:
        fetched = fetch(url)
        extracted = extract_article(fetched.text(), fetched.url)
    except (FetchError, ExtractionFailed) as exc:
        item = IngestedItem.objects.create(
            partner=partner,
            key=url[:500],
            url=url[:500],
            status=ItemStatus.FAILED,
            reason=str(exc),
            error_code=exc.code,
            created_by=user,
        )
        return IngestResult(item)
    partner = partner or partner_for(extracted)
    item = IngestedItem(partner=partner, key=extracted.original_url[:500], created_by=user)
    return _take_in(item, extracted, partner)


def partner_for(extracted: ExtractedArticle) -> PartnerPublication:
    """The partner on the article's site, else a new register entry with no permission."""
    host = (urlsplit(extracted.original_url).hostname or "").removeprefix("www.")
    for partner in PartnerPublication.objects.all():
        hosts = [partner.homepage, *partner.feeds.values_list("url", flat=True)]
        if host and any(_host(h) == host for h in hosts if h):
            return partner
    name = extracted.site_name or host or extracted.original_url
    existing = PartnerPublication.objects.filter(name__iexact=name).first()
    if existing is not None:
        return existing
    parts = urlsplit(extracted.original_url)
    return PartnerPublication.objects.create(
        name=name[:200],
        homepage=f"{parts.scheme}://{parts.netloc}/",
        permission=Permission.NONE,
    )


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


# --- Feeds -------------------------------------------------------------------------------------


def due_feeds(now: datetime.datetime | None = None) -> list[PartnerFeed]:
    now = now or timezone.now()
    return [feed for feed in PartnerFeed.objects.filter(active=True) if feed.is_due(now)]


def poll_feed(feed: PartnerFeed) -> PollOutcome:
    """Fetch the feed (conditionally), take in its new items, record the outcome on the feed."""
    now = timezone.now()
    feed.last_polled_at = now
    outcome = PollOutcome(feed)
    try:
        fetched = fetch(feed.url, etag=feed.etag or None, last_modified=feed.last_modified or None)
        if fetched.not_modified:
            outcome.not_modified = True
            parsed = None
        else:
            parsed = parse_feed(
                fetched.content, content_type=fetched.content_type, charset=fetched.charset
            )
    except (FetchError, FeedFormatError) as exc:
        feed.last_error, feed.last_error_code = str(exc), exc.code
        feed.save(update_fields=["last_polled_at", "last_error", "last_error_code"])
        outcome.error = str(exc)
        return outcome
    if parsed is not None:
        feed.etag = (fetched.etag or "")[:300]
        feed.last_modified = (fetched.last_modified or "")[:100]
        feed.title = parsed.title[:300] or feed.title
        for entry in parsed.items:
            if len(outcome.new_items) >= MAX_ITEMS_PER_POLL:
                break
            if _seen(feed, entry):
                continue
            result = take_in_feed_item(feed, entry)
            if result.item.pk is not None:
                outcome.new_items.append(result.item)
    feed.last_success_at = now
    feed.last_error = feed.last_error_code = ""
    feed.last_new_items = len(outcome.new_items)
    feed.save()
    return outcome


def _seen(feed: PartnerFeed, entry: FeedItem) -> bool:
    """Taken in before: the same GUID from this feed, or the same link from this partner."""
    if IngestedItem.objects.filter(feed=feed, key=entry.key).exists():
        return True
    return (
        bool(entry.link)
        and IngestedItem.objects.filter(partner=feed.partner, url=entry.link[:500]).exists()
    )


def take_in_feed_item(feed: PartnerFeed, entry: FeedItem) -> IngestResult:
    """One new feed item (its row unsaved when another worker took it in just now)."""
    item = IngestedItem(
        feed=feed,
        partner=feed.partner,
        key=entry.key,
        url=entry.link[:500],
        title=entry.title[:500],
        original_authors=", ".join(entry.authors)[:500],
        original_published=entry.published,
    )
    try:
        extracted = _article_from_item(entry)
    except (FetchError, ExtractionFailed) as exc:
        item.status, item.reason, item.error_code = ItemStatus.FAILED, str(exc), exc.code
        return _save_new(item)
    return _take_in(item, extracted, feed.partner)


def _article_from_item(entry: FeedItem) -> ExtractedArticle:
    """The item's own full text when the feed carries it; else the article page it links to."""
    blocks = html_blocks(entry.content_html)
    words = sum(len(b.text.split()) for b in blocks)
    if len(blocks) < FULL_TEXT_BLOCKS and words < FULL_TEXT_WORDS and entry.link:
        fetched = fetch(entry.link)
        page = extract_article(fetched.text(), fetched.url)
        # The feed's own metadata wins where it has it: it is what the partner published.
        page.title = entry.title or page.title
        page.authors = entry.authors or page.authors
        page.published = entry.published or page.published
        page.original_url = entry.link or page.original_url
        return page
    if not blocks:
        blocks = [Block("paragraph", entry.summary, 1)] if entry.summary else []
    if not blocks:
        raise ExtractionFailed(_("The feed item has no text and no link to read it from."))
    lead_block = blocks[0] if blocks[0].kind == "paragraph" else None
    return ExtractedArticle(
        title=entry.title,
        original_url=entry.link,
        authors=entry.authors,
        published=entry.published,
        lead=lead_block.text if lead_block else entry.summary,
        blocks=[b for b in blocks if b is not lead_block],
    )


# --- One piece, whatever its source ----------------------------------------------------------


def _take_in(
    item: IngestedItem, extracted: ExtractedArticle, partner: PartnerPublication
) -> IngestResult:
    """Match, or draft with its permission; the item is unsaved (no pk) only when another
    worker took the same feed item in at the same moment."""
    item.url = (extracted.original_url or item.url)[:500]
    item.title = (extracted.title or item.title)[:500]
    item.original_authors = (", ".join(extracted.authors) or item.original_authors)[:500]
    item.original_published = extracted.published or item.original_published
    item.boilerplate = "\n".join(extracted.boilerplate)
    item.partner = partner
    earlier = (
        IngestedItem.objects.filter(url=item.url, article__isnull=False)
        .select_related("article")
        .first()
        if item.url
        else None
    )
    if earlier is not None and earlier.article is not None:
        item.status = ItemStatus.MATCHED
        item.matched_page_id = earlier.article.pk
        item.reason = _("Already taken in as the draft “%(title)s”.") % {
            "title": earlier.article.title
        }
        _save_new(item)
        return IngestResult(item, extracted=extracted)
    matches = find_matches(original_url=item.url or None, text=extracted.plain_text())
    if matches:
        best = matches[0]
        item.status = ItemStatus.MATCHED
        item.matched_page_id = best.page_id
        item.reason = _("We already carry this article: “%(title)s” (%(how)s).") % {
            "title": best.title,
            "how": _("same original address")
            if best.reason == "same-url"
            else _("%(percent)d%% the same text") % {"percent": round(best.similarity * 100)},
        }
        _save_new(item)
        return IngestResult(item, matches=matches, extracted=extracted)
    try:
        with transaction.atomic():
            article = _write_draft(extracted, partner)
            refusal = partner.publication_refusal()
            item.article = article
            item.status = ItemStatus.HELD if refusal else ItemStatus.READY
            item.reason = refusal
            item.save()
    except ImportRefused as exc:
        item.status, item.reason, item.error_code = ItemStatus.FAILED, str(exc), "refused"
        item.article = None
        _save_new(item)
        return IngestResult(item, extracted=extracted)
    except IntegrityError:
        item.pk = None  # the same item, taken in by another worker just now
        return IngestResult(item, extracted=extracted)
    return IngestResult(item, article=article, extracted=extracted)


def _save_new(item: IngestedItem) -> IngestResult:
    try:
        with transaction.atomic():
            item.save()
    except IntegrityError:
        item.pk = None  # the same item, taken in by another worker just now
    return IngestResult(item)


def _write_draft(extracted: ExtractedArticle, partner: PartnerPublication) -> ArticlePage:
    """The draft, through the importer service (the one place articles are written)."""
    index = ArticleIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None:
        raise ImportRefused(_("There is no article archive page to import into; create one first."))
    parsed = ParsedArticle(
        title=extracted.title,
        authors=[Byline(name) for name in extracted.authors],
        publication_date=timezone.localdate(),
        source_name=partner.name,
        source_url=partner.homepage,
        original_url=extracted.original_url,
        lead=extracted.lead,
        body=extracted.blocks,
    )
    result = import_parsed_article(parsed, index=index, slug=_free_slug(index, extracted.title))
    article = result.article
    if article.partner_id != partner.pk:
        # The importer does not take a partner whose name is this outlet's own; ours does.
        article.partner = partner
        article.original_url = extracted.original_url
    if extracted.published:
        article.original_date = min(
            timezone.localtime(extracted.published).date(), article.publication_date
        )
    if partner.permission == Permission.LETTER and partner.permission_date:
        article.permission_note = _("Permission letter of %(date)s. %(scope)s") % {
            "date": partner.permission_date.isoformat(),
            "scope": partner.permission_scope,
        }
    # A draft's row holds its text as well as its revision (Wagtail saves only the revision).
    article.full_clean()
    article.save()
    article.save_revision()
    return article


def _free_slug(index: ArticleIndexPage, title: str) -> str:
    base = slugify(title)[:240] or "article"
    taken = set(
        ArticlePage.objects.child_of(index)
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


# --- Permission changes ------------------------------------------------------------------------


def refresh_held_items(partner: PartnerPublication) -> int:
    """After the register changes: held drafts become ready (or ready ones held); returns count."""
    refusal = partner.publication_refusal()
    items = IngestedItem.objects.filter(
        partner=partner, status__in=(ItemStatus.HELD, ItemStatus.READY)
    )
    if refusal:
        return items.update(status=ItemStatus.HELD, reason=refusal)
    return items.update(status=ItemStatus.READY, reason="")


def hold_imported_from_url(article: ArticlePage, *, url: str, user: Any) -> IngestedItem | None:
    """Put a partner's article an editor imported from its address (the admin's Import article)
    under the register's permission, as a pasted address taken in here is: held with the reason
    until the partner's licence or letter is on file. Own articles (no partner) are not held."""
    partner = getattr(article, "partner", None)
    if partner is None:
        return None
    refusal = partner.publication_refusal()
    return IngestedItem.objects.create(
        partner=partner,
        key=url[:500],
        url=url[:500],
        title=article.title[:500],
        status=ItemStatus.HELD if refusal else ItemStatus.READY,
        reason=refusal,
        article=article,
        created_by=user if getattr(user, "is_authenticated", False) else None,
    )


def publication_refusal(page: Any) -> str:
    """Why an ingested draft may not be published now, or ""; pages not from ingest: ""."""
    item = IngestedItem.objects.filter(article_id=page.pk).select_related("partner").first()
    if item is None:
        return ""
    # The partner on the page, if an editor corrected it; else the one it came from.
    partner = getattr(page, "partner", None) or item.partner
    return partner.publication_refusal() if partner is not None else ""
