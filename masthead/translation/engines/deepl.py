"""A thin client for the DeepL API (SaaS), per https://developers.deepl.com/docs.

``POST /v2/translate`` with JSON ``{text: [...], source_lang: "EN", target_lang: "DE"}``
and the header ``Authorization: DeepL-Auth-Key <key>``; keys ending in ``:fx`` use the free
host ``api-free.deepl.com``. At most 50 texts per request, so long articles take several.

Options (``MASTHEAD_TRANSLATION["DEEPL"]``): ``AUTH_KEY`` (required), ``TIMEOUT`` (30 s),
``FORMALITY`` ("default", "prefer_more", "prefer_less"), ``ENGLISH`` (target variant for
"en", default "EN-GB"), ``PORTUGUESE`` (for "pt", default "PT-PT"), ``HTML`` (send inline
HTML with ``tag_handling=html``), ``API_URL`` (another host, e.g. a proxy), ``MODEL_VERSION``.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import requests

from masthead.translation.engines.base import EngineError, EngineUnavailable, TranslationEngine

MAX_TEXTS = 50  # DeepL's limit per request
LANGUAGES_TTL = 3600

_TARGETS = {
    "pt-br": "PT-BR",
    "pt-pt": "PT-PT",
    "en-gb": "EN-GB",
    "en-us": "EN-US",
    "zh-hans": "ZH-HANS",
    "zh-hant": "ZH-HANT",
    "no": "NB",
    "nb": "NB",
}


class DeepLEngine(TranslationEngine):
    """Translates through DeepL's v2 HTTP API."""

    engine_id = "deepl"

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.auth_key = str(self.options.get("AUTH_KEY") or "")
        self.timeout = float(self.options.get("TIMEOUT") or 30)
        self.handles_markup = bool(self.options.get("HTML", False))
        free = self.auth_key.endswith(":fx")
        default_url = "https://api-free.deepl.com" if free else "https://api.deepl.com"
        self.api_url = str(self.options.get("API_URL") or default_url).rstrip("/")
        self._languages: dict[str, set[str]] | None = None
        self._languages_at = 0.0
        self._lock = threading.Lock()

    # --- Codes and languages -----------------------------------------------------------------

    def source_code(self, django_code: str) -> str:
        """DeepL source codes are the base language in capitals ("EN")."""
        return django_code.split("-")[0].upper()

    def target_code(self, django_code: str) -> str:
        """DeepL target codes name variants: "PT-BR", "EN-GB", "ZH-HANS"."""
        code = django_code.lower()
        if code in _TARGETS:
            return _TARGETS[code]
        if code == "en":
            return str(self.options.get("ENGLISH") or "EN-GB").upper()
        if code == "pt":
            return str(self.options.get("PORTUGUESE") or "PT-PT").upper()
        return code.split("-")[0].upper()

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"DeepL-Auth-Key {self.auth_key}"}

    def languages(self) -> dict[str, set[str]] | None:
        """{"source": {...}, "target": {...}} codes DeepL offers; None when it cannot be asked."""
        with self._lock:
            if (
                self._languages is not None
                and time.monotonic() - self._languages_at < LANGUAGES_TTL
            ):
                return self._languages
        if not self.auth_key:
            return None
        listed: dict[str, set[str]] = {}
        try:
            for kind in ("source", "target"):
                response = requests.get(
                    f"{self.api_url}/v2/languages",
                    params={"type": kind},
                    headers=self._headers(),
                    timeout=self.timeout,
                )
                response.raise_for_status()
                listed[kind] = {item["language"].upper() for item in response.json()}
        except (requests.RequestException, ValueError, KeyError, TypeError, AttributeError):
            return None
        with self._lock:
            self._languages, self._languages_at = listed, time.monotonic()
        return listed

    def supports(self, source: str, target: str) -> bool:
        """Whether DeepL lists both languages (True when it cannot be asked: translate decides)."""
        listed = self.languages()
        if listed is None:
            return bool(self.auth_key)
        target_code = self.target_code(target)
        targets = listed.get("target", set())
        # Older listings name only the base ("ZH", "PT") for variant targets.
        target_ok = target_code in targets or target_code.split("-")[0] in targets
        return self.source_code(source) in listed.get("source", set()) and target_ok

    def model_version(self, source: str, target: str) -> str:
        """``MODEL_VERSION`` from the options plus the formality, which changes the output."""
        formality = self.options.get("FORMALITY") or "default"
        return f"{self.options.get('MODEL_VERSION', '1')}-{formality}"

    def licence_notice(self, source: str, target: str) -> str:
        """Attribution line for translations made by DeepL."""
        return "Machine translation: DeepL."

    # --- Translating -------------------------------------------------------------------------

    def translate(self, source: str, target: str, texts: list[str]) -> list[str]:
        """POST the texts in chunks of 50 and return the translations in order."""
        if not texts:
            return []
        if not self.auth_key:
            raise EngineUnavailable("DeepL is not configured (MASTHEAD_DEEPL_AUTH_KEY).")
        out: list[str] = []
        for start in range(0, len(texts), MAX_TEXTS):
            out.extend(self._post(source, target, texts[start : start + MAX_TEXTS]))
        return out

    def _post(self, source: str, target: str, texts: list[str]) -> list[str]:
        payload: dict[str, Any] = {
            "text": texts,
            "source_lang": self.source_code(source),
            "target_lang": self.target_code(target),
        }
        if self.options.get("FORMALITY"):
            payload["formality"] = self.options["FORMALITY"]
        if self.handles_markup:
            payload["tag_handling"] = "html"
        try:
            response = requests.post(
                f"{self.api_url}/v2/translate",
                json=payload,
                headers=self._headers(),
                timeout=self.timeout,
            )
        except requests.Timeout as exc:
            raise EngineError(f"DeepL did not answer within {self.timeout:g} s.") from exc
        except requests.RequestException as exc:
            raise EngineError(f"DeepL could not be reached: {exc}") from exc
        status = response.status_code
        message = _error_message(response)
        if status == 400 and "not supported" in message.lower():
            raise EngineUnavailable(f"DeepL: {message}")
        if status == 403:
            raise EngineError(f"DeepL refused the key (check MASTHEAD_DEEPL_AUTH_KEY): {message}")
        if status == 456:
            raise EngineError(f"DeepL quota exceeded: {message}")
        if status == 429:
            raise EngineError(f"DeepL rate limit (too many requests): {message}")
        if status != 200:
            raise EngineError(f"DeepL answered HTTP {status}: {message}")
        try:
            translated = [str(item["text"]) for item in response.json()["translations"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise EngineError("DeepL sent an answer without translations.") from exc
        if len(translated) != len(texts):
            raise EngineError(
                f"DeepL returned {len(translated)} translations for {len(texts)} texts."
            )
        return translated


def _error_message(response: requests.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(data, dict):
        return str(data.get("message") or data.get("error") or data)[:200]
    return str(data)[:200]
