"""Background work of the page cache: rendering purged pages again after a publish."""

from __future__ import annotations

from django_tasks import task

from masthead.pagecache import services


@task()
def warm_pages(urls: list[str]) -> int:
    """Fill the store with ``urls`` (idempotent: a stored page is served, not rendered), then
    purge them from the CDN in front, if one is configured: it fetches them again from a warm
    store, never a half-updated one."""
    warmed = services.warm(urls)
    services.purge_cdn(urls)
    return warmed
