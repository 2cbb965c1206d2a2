"""Purging and warming: what the signal handlers and the warm task call."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings

from masthead.pagecache import tags as tagging
from masthead.pagecache.conf import enabled, get_store

logger = logging.getLogger(__name__)


def purge(tags: Iterable[str]) -> list[str]:
    """Remove every stored page carrying one of ``tags``; the URLs that were stored."""
    wanted = sorted(set(tags))
    if not wanted or not enabled():
        return []
    urls = get_store().purge(wanted)
    logger.info("page cache: purged %d pages for %s", len(urls), " ".join(wanted))
    return urls


def purge_static(tags: Iterable[str]) -> list[str]:
    """The files of ``publish_static``'s folder showing ``tags`` (``MASTHEAD_STATIC_DIR``)."""
    folder = getattr(settings, "MASTHEAD_STATIC_DIR", "")
    if not folder or not enabled():
        return []
    from masthead.pagecache.static_site import purge_index

    return purge_index(folder, tags)


def purge_cdn(urls: Iterable[str]) -> int:
    """Ask the CDN in front (``WAGTAILFRONTENDCACHE``) to drop ``urls``; how many were sent.

    Wagtail's frontend-cache backends do the talking (Cloudflare, CloudFront, Azure, or an HTTP
    ``PURGE`` for Varnish or nginx). The URLs are the page cache's: every page that showed
    what changed, lists and feeds included, not only the page that was published.
    """
    every = list(dict.fromkeys(urls))
    if not every or not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return 0
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    try:
        purge_urls_from_cache(every)
    except Exception:
        logger.exception("page cache: CDN purge of %d URLs failed", len(every))
        return 0
    return len(every)


def page_changed(page: Any, *, gone: bool = False) -> tuple[set[str], list[str]]:
    """Tags to purge after ``page`` was published, unpublished, moved or deleted, and the
    URLs to render again (its versions in every language).

    An article's *membership* (language, URL, date, bylines, terms, live or not) is kept in the
    store; lists are purged only when it changes, so an edit to the text purges the article and
    the pages that show its teaser, and a new or withdrawn article reaches the lists it joins
    or leaves.
    """
    from wagtail.models import Page

    from masthead.articles.models import ArticlePage

    if gone:
        if type(page) is Page and page.specific_class not in (None, Page):
            return set(), []  # the specific page's own delete signal handles it
    else:
        page = page.specific
    # Sitemaps date every section by its latest publish: any publish changes one.
    tags = {f"page-{page.pk}", f"tk-{page.translation_key}", "sitemap"}
    if isinstance(page, ArticlePage):
        store = get_store()
        name = f"membership-{page.pk}"
        try:
            stored = store.get_meta(name)
        except Exception:
            logger.exception("page cache: membership of page %s unreadable", page.pk)
            stored = None
        old = json.loads(stored) if stored else None
        if gone:
            new: dict[str, Any] = {}
            if old is None:
                old = {"lang": page.locale.language_code, "authors": [], "terms": []}
                old["term_tags"] = []
        else:
            current = tagging.article_membership(page)
            new = current if page.live else {}
            if old is None:
                # Nothing recorded (first publish, or the store was emptied): every list it
                # would be in may need it added or removed.
                old = current
        if old != new or not stored:
            tags |= tagging.membership_tags(old) | tagging.membership_tags(new)
            try:
                store.set_meta(name, json.dumps(new))
            except Exception:
                logger.exception("page cache: membership of page %s not recorded", page.pk)
    urls = [] if gone else _version_urls(page)
    if not page.live or gone:
        # Its address answers 404 now: the static copy (if any) must lose it too.
        try:
            own = page.get_full_url()
        except Exception:  # noqa: BLE001 — a deleted page may no longer resolve its site
            own = None
        if own:
            urls.append(own)
    return tags, urls


def _version_urls(page: Any) -> list[str]:
    urls = []
    for version in page.get_translations(inclusive=True).live().specific():
        url = version.get_full_url()
        if url:
            urls.append(url)
    return urls


def warm(urls: Iterable[str]) -> int:
    """Render ``urls`` through the page cache so the next reader gets a stored copy."""
    from django.core.handlers.wsgi import WSGIHandler

    from masthead.pagecache.wsgi import PageCacheApp

    limit = getattr(settings, "MASTHEAD_PAGE_CACHE_WARM_LIMIT", 500)
    every = list(dict.fromkeys(urls))
    app = PageCacheApp(WSGIHandler())
    done = 0
    for url in every[:limit]:
        parts = urlsplit(url)
        environ = _environ(parts.scheme or "http", parts.netloc, parts.path or "/", parts.query)
        if app.key(environ) is None:
            continue
        body = app(environ, _ignore_start)
        for _chunk in body:
            pass
        close = getattr(body, "close", None)
        if close is not None:
            close()
        done += 1
    folder = getattr(settings, "MASTHEAD_STATIC_DIR", "")
    if folder:
        from masthead.pagecache.static_site import StaticSite

        # Every one: nginx would serve a file left stale, where the store would just miss.
        StaticSite(folder, store=get_store()).refresh(every)
    return done


def _ignore_start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
    return None


def _environ(scheme: str, host: str, path: str, query: str) -> dict[str, Any]:
    import io
    import sys

    server, _, port = host.partition(":")
    return {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": server or "localhost",
        "SERVER_PORT": port or ("443" if scheme == "https" else "80"),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host,
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scheme,
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
