from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "masthead.core"
    label = "core"
    verbose_name = "Masthead core"

    def ready(self) -> None:
        import masthead.core.checks  # noqa: F401 — registers the system checks
        from masthead.core.security import limit_image_pixels

        limit_image_pixels()
        from masthead.core import signal_handlers

        signal_handlers.register_signal_handlers()
        # Scheduled publishing runs in the task worker (tasks.py), not from cron.
        from masthead.core.tasks import register_scheduled_publishing

        register_scheduled_publishing()
