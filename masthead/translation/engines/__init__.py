"""Choosing the machine-translation engine from settings, and mapping language codes.

``settings.MASTHEAD_TRANSLATION["ENGINE"]`` names the engine ("argos", "libretranslate",
"deepl" or "fake"); its options are the sub-dict named after it in upper case
(``MASTHEAD_TRANSLATION["ARGOS"]``...). One instance is kept per process, because the Argos
engine holds loaded models; changing the setting (``override_settings``, pytest-django's
``settings`` fixture) drops it.
"""

from __future__ import annotations

import threading
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.module_loading import import_string

from masthead.translation.engines.base import EngineError, EngineUnavailable, TranslationEngine

__all__ = [
    "ENGINES",
    "EngineError",
    "EngineUnavailable",
    "TranslationEngine",
    "engine_language",
    "get_engine",
    "reset_engine",
    "translation_settings",
]

ENGINES = {
    "argos": "masthead.translation.engines.argos_ct2.ArgosCT2Engine",
    "libretranslate": "masthead.translation.engines.libretranslate.LibreTranslateEngine",
    "deepl": "masthead.translation.engines.deepl.DeepLEngine",
    "fake": "masthead.translation.engines.fake.FakeEngine",
}

# Django codes whose Argos code is not simply the base language.
_ARGOS_CODES = {"zh-hans": "zh", "zh-hant": "zt", "pt-br": "pb", "no": "nb", "nb": "nb"}

_lock = threading.Lock()
_engine: TranslationEngine | None = None


def engine_language(django_code: str) -> str:
    """The Argos/LibreTranslate code for a Django language code ("pt-br" → "pb")."""
    code = django_code.strip().lower().replace("_", "-")
    if code in _ARGOS_CODES:
        return _ARGOS_CODES[code]
    return code.split("-")[0]


def translation_settings(**changes: Any) -> dict[str, Any]:
    """A copy of ``MASTHEAD_TRANSLATION`` with top-level keys replaced, for override_settings."""
    merged = dict(getattr(settings, "MASTHEAD_TRANSLATION", {}))
    merged.update(changes)
    return merged


def _build_engine() -> TranslationEngine:
    config = getattr(settings, "MASTHEAD_TRANSLATION", {})
    name = str(config.get("ENGINE", "argos")).lower()
    path = ENGINES.get(name, name if "." in name else None)
    if path is None:
        raise ImproperlyConfigured(
            f"MASTHEAD_TRANSLATION['ENGINE'] is {name!r}; expected one of {', '.join(ENGINES)} "
            "or a dotted path to a TranslationEngine subclass."
        )
    engine_class = import_string(path)
    options = dict(config.get(name.rsplit(".", 1)[-1].upper(), {}) or {})
    if engine_class.__name__ == "ArgosCT2Engine":
        options.setdefault("PACKAGES_DIR", config.get("PACKAGES_DIR", "var/mt-packages"))
    return engine_class(options)


def get_engine() -> TranslationEngine:
    """The configured engine, built once per process (see module docstring)."""
    global _engine
    with _lock:
        if _engine is None:
            _engine = _build_engine()
        return _engine


def reset_engine() -> None:
    """Forget the cached engine (and its loaded models); the next get_engine() rebuilds it."""
    global _engine
    with _lock:
        _engine = None


@receiver(setting_changed)
def _reset_on_setting_change(*, setting: str, **kwargs: Any) -> None:
    if setting == "MASTHEAD_TRANSLATION":
        reset_engine()
