"""Finding the same story again: signatures stored at publish, looked up by address or by text.

``find_matches`` is what ingest and the admin's "Import article" call before they create a
draft, so an editor sees the article we already carry instead of making a duplicate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from django.db import transaction
from django.urls import reverse
from wagtail.models import Locale, Page

from masthead.articles.models import ArticlePage
from masthead.stories import minhash
from masthead.stories.addresses import normalise_url
from masthead.stories.models import StoryBand, StorySignature
from masthead.stories.text import article_text

# Signatures compared per lookup at most: the band table names the candidates, and a text
# that shares bands with more stories than this is boilerplate, not one story.
MAX_CANDIDATES = 200


@dataclass(frozen=True)
class StoryMatch:
    page_id: int
    title: str
    url: str
    reason: Literal["same-url", "near-duplicate"]
    similarity: float


def is_story_source(page: Page) -> bool:
    """The version a story is indexed by: the default language's, else the only one there is.

    Machine translations are made from the default language's version; indexing only it keeps
    the band table one row set per story, not one per language (decision 0192).
    """
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return True
    siblings = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    return not siblings.filter(locale=default).exists()


@transaction.atomic
def record_signature(page: Any) -> StorySignature | None:
    """Store (or refresh) the address and text signature of an article's source version."""
    page = page.specific
    if not isinstance(page, ArticlePage) or not is_story_source(page):
        return None
    values = minhash.signature(article_text(page))
    signature, _created = StorySignature.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "translation_key": page.translation_key,
            "url_key": normalise_url(getattr(page, "original_url", "") or ""),
            "minhash": minhash.to_bytes(values) if values is not None else b"",
            "version": minhash.SIGNATURE_VERSION,
        },
    )
    signature.bands.all().delete()
    if values is not None:
        StoryBand.objects.bulk_create(
            StoryBand(signature=signature, key=key) for key in minhash.band_keys(values)
        )
    return signature


def _match_url(page: Page) -> str:
    """Readers' address of a published article; the editor's page for a draft."""
    if page.live:
        url = page.get_full_url()
        if url:
            return url
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def _shown_version(signature: StorySignature) -> Page:
    """The page to show for a story: its default-language version where one exists."""
    versions = Page.objects.filter(translation_key=signature.translation_key)
    return (
        versions.filter(locale=Locale.get_default()).first() or versions.first() or signature.page
    )


def find_matches(*, original_url: str | None, text: str, limit: int = 5) -> list[StoryMatch]:
    """Articles we already carry that are this one: the same original address first, then
    near-identical text (estimated Jaccard similarity of 5-word shingles at least
    ``minhash.THRESHOLD``), most similar first. One match per story, whatever its languages."""
    found: dict[Any, tuple[StorySignature, str, float]] = {}
    key = normalise_url(original_url or "")
    if key:
        for signature in StorySignature.objects.filter(url_key=key).order_by("pk")[:limit]:
            found.setdefault(signature.translation_key, (signature, "same-url", 1.0))
    values = minhash.signature(text or "")
    if values is not None:
        candidates = (
            StoryBand.objects.filter(key__in=minhash.band_keys(values))
            .values_list("signature_id", flat=True)
            .distinct()[:MAX_CANDIDATES]
        )
        for signature in StorySignature.objects.filter(pk__in=list(candidates)):
            if signature.translation_key in found or not signature.minhash:
                continue
            score = minhash.similarity(values, minhash.from_bytes(signature.minhash))
            if score >= minhash.THRESHOLD:
                found[signature.translation_key] = (signature, "near-duplicate", score)
    ranked = sorted(found.values(), key=lambda row: (row[1] != "same-url", -row[2]))
    matches = []
    for signature, reason, score in ranked[:limit]:
        page = _shown_version(signature)
        matches.append(
            StoryMatch(
                page_id=page.pk,
                title=page.title,
                url=_match_url(page),
                reason=reason,  # type: ignore[arg-type]
                similarity=round(score, 3),
            )
        )
    return matches


def index_all(*, stale_only: bool = False) -> int:
    """Store the signature of every article's source version (the backfill command)."""
    pages = ArticlePage.objects.all().order_by("pk")
    if stale_only:
        current = StorySignature.objects.filter(version=minhash.SIGNATURE_VERSION)
        pages = pages.exclude(pk__in=current.values("page_id"))
    count = 0
    for page in pages.iterator(chunk_size=200):
        if record_signature(page) is not None:
            count += 1
    return count
