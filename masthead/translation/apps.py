from django.apps import AppConfig


class TranslationConfig(AppConfig):
    name = "masthead.translation"
    label = "translation"
    verbose_name = "Translation"

    def ready(self) -> None:
        from masthead.translation import signal_handlers

        signal_handlers.register_signal_handlers()
