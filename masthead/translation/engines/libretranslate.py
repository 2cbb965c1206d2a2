"""A thin client for a LibreTranslate server (self-hosted; the same Argos models, remote).

``POST {URL}/translate`` with JSON ``{q: [...], source, target, format, api_key}`` returns
``{translatedText: [...]}``; ``GET {URL}/languages`` lists ``[{code, name, targets}]``.
Newer servers name pt-BR, zh-Hans and zh-Hant that way, older ones ``pb``, ``zh``, ``zt``:
the code the server lists is used.

Options (``MASTHEAD_TRANSLATION["LIBRETRANSLATE"]``): ``URL`` (required), ``API_KEY``,
``TIMEOUT`` (30 s), ``BATCH_LIMIT`` (texts per request, 0 = all; match the server's
``--batch-limit``), ``HTML`` (send inline HTML with ``format=html``), ``MODEL_VERSION``
(bump it when the server's models change, so the translation memory is not reused).
"""

from __future__ import annotations

from typing import Any

from masthead.translation.engines import engine_language
from masthead.translation.engines.base import EngineError
from masthead.translation.engines.http import HTTPEngine

# Django code → LibreTranslate codes, newest spelling first.
_CODES = {
    "zh-hans": ["zh-Hans", "zh"],
    "zh-hant": ["zh-Hant", "zt"],
    "pt-br": ["pt-BR", "pb"],
    "no": ["nb"],
    "nb": ["nb"],
}


class LibreTranslateEngine(HTTPEngine):
    """Translates through a LibreTranslate server's HTTP API."""

    engine_id = "libretranslate"
    service_name = "LibreTranslate"
    not_configured = "LibreTranslate is not configured (MASTHEAD_LIBRETRANSLATE_URL)."
    error_keys = ("error", "message")
    attribution = "Machine translation: LibreTranslate (Argos Translate models)."
    status_messages = {
        403: "LibreTranslate refused the request (API key?): {message}",
        429: "LibreTranslate rate limit: {message}",
    }

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.url = str(self.options.get("URL") or "").rstrip("/")
        self.api_key = str(self.options.get("API_KEY") or "")
        self.batch_limit = int(self.options.get("BATCH_LIMIT") or 0)
        self.batch_size = self.batch_limit

    @property
    def configured(self) -> bool:
        return bool(self.url)

    # --- Languages ---------------------------------------------------------------------------

    def languages(self) -> dict[str, set[str]] | None:
        """Source code → target codes the server offers; None when it cannot be asked."""
        return super().languages()

    def fetch_languages(self) -> dict[str, set[str]]:
        response = self.get(f"{self.url}/languages")
        response.raise_for_status()
        return {item["code"]: set(item.get("targets", [])) for item in response.json()}

    def code(self, django_code: str, offered: set[str] | None = None) -> str:
        """The server's code for a Django language code."""
        candidates = _CODES.get(django_code.lower(), [engine_language(django_code)])
        if offered:
            for candidate in candidates:
                if candidate in offered:
                    return candidate
        return candidates[0]

    def codes(self, source: str, target: str) -> tuple[str, str]:
        """The codes the server lists for the pair (its newest spelling otherwise)."""
        listed = self.languages() or {}
        src = self.code(source, set(listed))
        tgt = self.code(target, listed.get(src))
        return src, tgt

    def supports(self, source: str, target: str) -> bool:
        """Whether the server lists the pair (True when it cannot be asked: translate decides)."""
        listed = self.languages()
        if listed is None:
            return bool(self.url)
        src, tgt = self.codes(source, target)
        return src in listed and tgt in listed[src]

    def model_version(self, source: str, target: str) -> str:
        """``MODEL_VERSION`` from the options (the server does not report one)."""
        return str(self.options.get("MODEL_VERSION", "1"))

    # --- Translating -------------------------------------------------------------------------

    def send(self, source: str, target: str, texts: list[str]) -> list[str]:
        """POST one chunk (``BATCH_LIMIT`` texts at most) with the server's language codes."""
        payload: dict[str, Any] = {
            "q": texts,
            "source": source,
            "target": target,
            "format": "html" if self.handles_markup else "text",
        }
        if self.api_key:
            payload["api_key"] = self.api_key
        response = self.post_json(f"{self.url}/translate", payload)
        try:
            translated = response.json()["translatedText"]
        except (ValueError, KeyError, TypeError) as exc:
            raise EngineError("LibreTranslate sent an answer without translatedText.") from exc
        if isinstance(translated, str):
            translated = [translated]
        self.check_count(translated, texts)
        return [str(text) for text in translated]
