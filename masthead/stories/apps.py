from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "masthead.stories"
    label = "stories"
    verbose_name = "Stories across outlets"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from masthead.stories import signal_handlers

        signal_handlers.register_signal_handlers()
