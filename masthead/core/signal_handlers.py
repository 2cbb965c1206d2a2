"""Keep Wagtail's Locale rows in step with the LANGUAGES setting."""

from typing import Any

from django.conf import settings
from django.db.models.signals import post_migrate


def ensure_locales(**kwargs: Any) -> None:
    """Create a Locale for every configured language (after migrations, so it never races)."""
    from wagtail.models import Locale

    existing = set(Locale.objects.values_list("language_code", flat=True))
    Locale.objects.bulk_create(
        Locale(language_code=code) for code, _name in settings.LANGUAGES if code not in existing
    )


def register_signal_handlers() -> None:
    post_migrate.connect(ensure_locales, dispatch_uid="masthead-ensure-locales")
