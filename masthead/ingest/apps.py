import datetime

from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "masthead.ingest"
    label = "ingest"
    verbose_name = "Partner ingest"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from masthead.core.periodic import register_periodic
        from masthead.ingest import signal_handlers, tasks

        signal_handlers.connect()
        # Every five minutes: each feed is polled on its own interval (at least 5 minutes).
        register_periodic(
            "ingest.poll-feeds", every=datetime.timedelta(minutes=5), run=tasks.queue_due_feeds
        )
