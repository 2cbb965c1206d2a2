"""A cache of search outcomes, dropped whenever what search can find changes.

What is stored is the expensive part of a search: the total, the facet and language counts and
the ids of one page of results, in rank order. A hit fetches that page's articles again (one
query by primary key plus the teaser prefetches, so an article retired meanwhile is left out)
and cuts their snippets; it skips the full-text match, the ranking and the counting.

Entries are keyed by the token of ``SearchVersion``, which the discovery signal handlers
replace in the transaction that publishes, retires, deletes or restricts a page or renames a
term (``bump_version``). One primary-key read per search tells every process, whatever cache
backend it has (each process's own memory by default, Redis when scaled out), that its entries
are stale: a newly published article appears in the next search for its words
(docs/decisions/0082-search-cache-keyed-by-a-version-row.md). Entries also expire after
``MASTHEAD_SEARCH_CACHE_SECONDS`` (0 turns the cache off); the busiest queries are the ones
still cached, as the cache drops the rest first.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import connection

DEFAULT_SECONDS = 300


def cache_seconds() -> int:
    return int(getattr(settings, "MASTHEAD_SEARCH_CACHE_SECONDS", DEFAULT_SECONDS))


def current_version() -> str:
    """The token in force: one primary-key read ("" before anything was ever published)."""
    from masthead.discovery.models import SearchVersion

    return SearchVersion.objects.filter(pk=1).values_list("token", flat=True).first() or ""


def bump_version() -> None:
    """Make every cached search stale, in the caller's transaction (a rollback keeps the old)."""
    from masthead.discovery.models import SearchVersion

    token = uuid.uuid4().hex
    if not SearchVersion.objects.filter(pk=1).update(token=token):
        SearchVersion.objects.update_or_create(pk=1, defaults={"token": token})


@dataclass
class CachedSearch:
    """What a search computed, without the articles themselves."""

    total: int
    ids: list[int]  # the page's results, in rank order
    facets: list[Any] = field(default_factory=list)
    languages: list[Any] = field(default_factory=list)
    estimate: Any = None  # search.Estimate when counts were estimated


def cache_key(parts: Sequence[object], version: str) -> str:
    """A short key for ``parts`` (JSON-serialisable) under ``version``."""
    text = json.dumps([connection.vendor, version, *parts], sort_keys=True, default=str)
    return "masthead-search:" + hashlib.sha256(text.encode()).hexdigest()[:32]


def get(key: str) -> CachedSearch | None:
    if cache_seconds() <= 0:
        return None
    found = cache.get(key)
    return found if isinstance(found, CachedSearch) else None


def put(key: str, value: CachedSearch) -> None:
    seconds = cache_seconds()
    if seconds > 0:
        cache.set(key, value, seconds)
