"""Stored page fragments: the parts of a reader page that depend only on published content.

An uncached request (the page cache missed, was purged, or is off) still renders its page, but
the expensive parts (the article with its bylines, terms, images and related list, the head's
structured data, the language menu, the footer's notices) come from Django's cache, rendered once
per *content version*. ``{% storedfragment NAME vary... %}`` (``page_fragments`` tag library)
is Wagtail's ``{% wagtailpagecache %}`` plus three things:

* the key also holds the content version (``ContentVersion``), which grows by one after every
  change a reader page can show, so a fragment is never served after its content changed: the
  same events that purge the page cache retire every stored fragment at once (coarse, but a
  publish is rare next to reads, and the page cache in front purges exactly);
* the request's host and full path, so routable sub-pages (an author under ``/authors/``) and
  pagination keep their own fragments and absolute links follow the host;
* the page cache's tags: what the fragment loaded while it rendered is stored with it and handed
  to the page cache on every hit, so a page served from fragments still carries ``author-7``
  and is purged when that author changes.

Previews and requests without a page are rendered, never stored. ``MASTHEAD_FRAGMENT_CACHE=0``
turns it off (the benchmark's "nothing stored" row).
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.db import connections, transaction
from django.db.models import F
from django.template import Context, Node, NodeList
from django.template.base import FilterExpression

from masthead.pagecache import tags as tagging
from masthead.pagecache.models import ContentVersion
from masthead.pagecache.wsgi import PAGE_QUERY

VERSION_ATTRIBUTE = "_masthead_content_version"
_VERSION_SQL = f"SELECT number FROM {ContentVersion._meta.db_table} WHERE id = 1"  # noqa: S608
PREPARED = "_masthead_page_prepared"


def fragments_enabled() -> bool:
    return bool(getattr(settings, "MASTHEAD_FRAGMENT_CACHE", True))


def content_version(request: Any = None) -> int:
    """The current content version, read once per request (one indexed query)."""
    cached = getattr(request, VERSION_ATTRIBUTE, None) if request is not None else None
    if cached is not None:
        return int(cached)
    # Plain SQL: read on every uncached request, where compiling the ORM query cost more than
    # running it (bench/pages.py).
    with connections[ContentVersion.objects.db].cursor() as cursor:
        cursor.execute(_VERSION_SQL)
        row = cursor.fetchone()
    number = int(row[0]) if row else 0
    if request is not None:
        setattr(request, VERSION_ATTRIBUTE, number)
    return number


def bump_content_version() -> None:
    """Retire every stored fragment, once the current transaction has committed.

    After the commit: readers rendering meanwhile read the old content under the old number,
    and a transaction holding this one row's lock would serialise every concurrent publish.
    """
    transaction.on_commit(_bump)


def _bump() -> None:
    if not ContentVersion.objects.filter(pk=1).update(number=F("number") + 1):
        ContentVersion.objects.get_or_create(pk=1, defaults={"number": 1})


class StoredFragmentNode(Node):
    def __init__(self, nodelist: NodeList, name: str, vary_on: list[FilterExpression]) -> None:
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context: Context) -> str:
        request = context.get("request")
        page = context.get("page")
        if (
            not fragments_enabled()
            or request is None
            or page is None
            or getattr(request, "is_preview", False)
            or not hasattr(page, "cache_key")
            or not self.storable_query(request.META.get("QUERY_STRING", ""))
        ):
            return self.render_now(context, request, page)
        key = self.key(context, request, page)
        cache = caches[getattr(settings, "MASTHEAD_FRAGMENT_CACHE_ALIAS", "default")]
        outer_tags = tagging.collecting()
        stored = cache.get(key)
        if stored is not None:
            html, loaded = stored
            if outer_tags is not None:
                outer_tags.update(loaded)
            return str(html)
        token = tagging.start_collecting()
        try:
            html = self.render_now(context, request, page)
            loaded = sorted(tagging.collecting() or ())
        finally:
            tagging.stop_collecting(token)
        if outer_tags is not None:
            outer_tags.update(loaded)
        timeout = getattr(settings, "MASTHEAD_FRAGMENT_CACHE_SECONDS", 86400)
        cache.set(key, (html, loaded), timeout)
        return html

    def render_now(self, context: Context, request: Any, page: Any) -> str:
        """Render the fragment, after the page's one-off preparation for this request.

        A page that defers its expensive reads (``prepare_render``: index URLs, settings) does
        them only when some fragment of it is actually rendered, never on a hit.
        """
        prepare = getattr(page, "prepare_render", None)
        if request is not None and prepare is not None and not hasattr(request, PREPARED):
            setattr(request, PREPARED, True)
            prepare(request)
        return self.nodelist.render(context)

    @staticmethod
    def storable_query(query: str) -> bool:
        """No query string, or pagination alone (the page cache's rule): anything else is
        rendered and not kept, so made-up query strings cannot fill the cache."""
        return not query or PAGE_QUERY.match(query) is not None

    def key(self, context: Context, request: Any, page: Any) -> str:
        parts = [
            self.name,
            page.cache_key,
            request.get_host(),
            request.get_full_path(),
            str(content_version(request)),
            *(str(expression.resolve(context)) for expression in self.vary_on),
        ]
        digest = hashlib.md5("\x1f".join(parts).encode(), usedforsecurity=False).hexdigest()
        return f"masthead:fragment:{self.name}:{digest}"
