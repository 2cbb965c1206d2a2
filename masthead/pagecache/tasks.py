"""Background work of the page cache: rendering purged pages again after a publish."""

from __future__ import annotations

from django_tasks import task

from masthead.pagecache import services


@task()
def warm_pages(urls: list[str]) -> int:
    """Fill the store with ``urls`` (idempotent: a stored page is served, not rendered)."""
    return services.warm(urls)
