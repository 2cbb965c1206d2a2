from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """The page cache in front of Django (docs/explanation/page-cache.md)."""

    name = "masthead.pagecache"
    label = "pagecache"
    verbose_name = "Page cache"

    def ready(self) -> None:
        from masthead.pagecache.signal_handlers import register_signal_handlers

        register_signal_handlers()
