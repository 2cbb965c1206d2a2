"""The page cache's settings and the store this process uses."""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings

from masthead.pagecache.stores import FileStore, LayeredStore, MemoryStore, RedisStore, Store


def enabled() -> bool:
    return bool(getattr(settings, "MASTHEAD_PAGE_CACHE", False))


@lru_cache(maxsize=1)
def get_store() -> Store:
    """Memory alone, memory in front of files (one machine), or memory in front of Redis."""
    kind = getattr(settings, "MASTHEAD_PAGE_CACHE_STORE", "files")
    memory = MemoryStore(getattr(settings, "MASTHEAD_PAGE_CACHE_MEMORY_MB", 64) * 1024 * 1024)
    if kind == "memory":
        return memory
    shared: Store
    if kind == "redis":
        shared = RedisStore(
            settings.MASTHEAD_PAGE_CACHE_REDIS_URL,
            prefix=getattr(settings, "MASTHEAD_PAGE_CACHE_REDIS_PREFIX", "masthead:pc:"),
        )
    else:
        shared = FileStore(
            settings.MASTHEAD_PAGE_CACHE_DIR,
            max_bytes=getattr(settings, "MASTHEAD_PAGE_CACHE_MAX_MB", 1024) * 1024 * 1024,
        )
    return LayeredStore(memory, shared)


def reset_store() -> None:
    """Forget this process's store (tests change the settings it was built from)."""
    get_store.cache_clear()
