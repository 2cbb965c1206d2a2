import datetime

from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "masthead.stories"
    label = "stories"
    verbose_name = "Stories across outlets"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from masthead.core.periodic import register_periodic
        from masthead.stories import signal_handlers, tasks

        signal_handlers.register_signal_handlers()
        # The shortest gap between checks is an hour: every ten minutes is on time enough.
        register_periodic(
            "stories.recheck-originals",
            every=datetime.timedelta(minutes=10),
            run=tasks.queue_due_checks,
        )
