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

import threading
import time
from typing import Any

import requests

from masthead.translation.engines import engine_language
from masthead.translation.engines.base import EngineError, EngineUnavailable, TranslationEngine

LANGUAGES_TTL = 3600  # seconds the /languages answer is trusted

# Django code → LibreTranslate codes, newest spelling first.
_CODES = {
    "zh-hans": ["zh-Hans", "zh"],
    "zh-hant": ["zh-Hant", "zt"],
    "pt-br": ["pt-BR", "pb"],
    "no": ["nb"],
    "nb": ["nb"],
}


class LibreTranslateEngine(TranslationEngine):
    """Translates through a LibreTranslate server's HTTP API."""

    engine_id = "libretranslate"

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.url = str(self.options.get("URL") or "").rstrip("/")
        self.api_key = str(self.options.get("API_KEY") or "")
        self.timeout = float(self.options.get("TIMEOUT") or 30)
        self.batch_limit = int(self.options.get("BATCH_LIMIT") or 0)
        self.handles_markup = bool(self.options.get("HTML", False))
        self._languages: dict[str, set[str]] | None = None
        self._languages_at = 0.0
        self._lock = threading.Lock()

    # --- Languages ---------------------------------------------------------------------------

    def languages(self) -> dict[str, set[str]] | None:
        """Source code → target codes the server offers; None when it cannot be asked."""
        with self._lock:
            if (
                self._languages is not None
                and time.monotonic() - self._languages_at < LANGUAGES_TTL
            ):
                return self._languages
        if not self.url:
            return None
        try:
            response = requests.get(f"{self.url}/languages", timeout=self.timeout)
            response.raise_for_status()
            listed = {item["code"]: set(item.get("targets", [])) for item in response.json()}
        except (requests.RequestException, ValueError, KeyError, TypeError):
            return None
        with self._lock:
            self._languages, self._languages_at = listed, time.monotonic()
        return listed

    def code(self, django_code: str, offered: set[str] | None = None) -> str:
        """The server's code for a Django language code."""
        candidates = _CODES.get(django_code.lower(), [engine_language(django_code)])
        if offered:
            for candidate in candidates:
                if candidate in offered:
                    return candidate
        return candidates[0]

    def _pair(self, source: str, target: str) -> tuple[str, str]:
        listed = self.languages() or {}
        src = self.code(source, set(listed))
        tgt = self.code(target, listed.get(src))
        return src, tgt

    def supports(self, source: str, target: str) -> bool:
        """Whether the server lists the pair (True when it cannot be asked: translate decides)."""
        listed = self.languages()
        if listed is None:
            return bool(self.url)
        src, tgt = self._pair(source, target)
        return src in listed and tgt in listed[src]

    def model_version(self, source: str, target: str) -> str:
        """``MODEL_VERSION`` from the options (the server does not report one)."""
        return str(self.options.get("MODEL_VERSION", "1"))

    def licence_notice(self, source: str, target: str) -> str:
        """Attribution line for translations made by this server."""
        return "Machine translation: LibreTranslate (Argos Translate models)."

    # --- Translating -------------------------------------------------------------------------

    def translate(self, source: str, target: str, texts: list[str]) -> list[str]:
        """POST the texts (in ``BATCH_LIMIT`` chunks) and return the translations in order."""
        if not texts:
            return []
        if not self.url:
            raise EngineUnavailable(
                "LibreTranslate is not configured (MASTHEAD_LIBRETRANSLATE_URL)."
            )
        src, tgt = self._pair(source, target)
        size = self.batch_limit or len(texts)
        out: list[str] = []
        for start in range(0, len(texts), size):
            out.extend(self._post(src, tgt, texts[start : start + size]))
        return out

    def _post(self, source: str, target: str, texts: list[str]) -> list[str]:
        payload: dict[str, Any] = {
            "q": texts,
            "source": source,
            "target": target,
            "format": "html" if self.handles_markup else "text",
        }
        if self.api_key:
            payload["api_key"] = self.api_key
        try:
            response = requests.post(f"{self.url}/translate", json=payload, timeout=self.timeout)
        except requests.Timeout as exc:
            raise EngineError(f"LibreTranslate did not answer within {self.timeout:g} s.") from exc
        except requests.RequestException as exc:
            raise EngineError(f"LibreTranslate could not be reached: {exc}") from exc
        message = _error_message(response)
        if response.status_code == 400 and "not supported" in message.lower():
            raise EngineUnavailable(f"LibreTranslate: {message}")
        if response.status_code == 403:
            raise EngineError(f"LibreTranslate refused the request (API key?): {message}")
        if response.status_code == 429:
            raise EngineError(f"LibreTranslate rate limit: {message}")
        if response.status_code != 200:
            raise EngineError(f"LibreTranslate answered HTTP {response.status_code}: {message}")
        try:
            translated = response.json()["translatedText"]
        except (ValueError, KeyError, TypeError) as exc:
            raise EngineError("LibreTranslate sent an answer without translatedText.") from exc
        if isinstance(translated, str):
            translated = [translated]
        if len(translated) != len(texts):
            raise EngineError(
                f"LibreTranslate returned {len(translated)} translations for {len(texts)} texts."
            )
        return [str(text) for text in translated]


def _error_message(response: requests.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(data, dict):
        return str(data.get("error") or data.get("message") or data)[:200]
    return str(data)[:200]
