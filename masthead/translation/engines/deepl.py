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

from typing import Any

from masthead.translation.engines.base import EngineError
from masthead.translation.engines.http import HTTPEngine

MAX_TEXTS = 50  # DeepL's limit per request

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


class DeepLEngine(HTTPEngine):
    """Translates through DeepL's v2 HTTP API."""

    engine_id = "deepl"
    service_name = "DeepL"
    not_configured = "DeepL is not configured (MASTHEAD_DEEPL_AUTH_KEY)."
    batch_size = MAX_TEXTS
    error_keys = ("message", "error")
    attribution = "Machine translation: DeepL."
    status_messages = {
        403: "DeepL refused the key (check MASTHEAD_DEEPL_AUTH_KEY): {message}",
        456: "DeepL quota exceeded: {message}",
        429: "DeepL rate limit (too many requests): {message}",
    }

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.auth_key = str(self.options.get("AUTH_KEY") or "")
        free = self.auth_key.endswith(":fx")
        default_url = "https://api-free.deepl.com" if free else "https://api.deepl.com"
        self.api_url = str(self.options.get("API_URL") or default_url).rstrip("/")
        self.session.headers["Authorization"] = f"DeepL-Auth-Key {self.auth_key}"

    @property
    def configured(self) -> bool:
        return bool(self.auth_key)

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

    def codes(self, source: str, target: str) -> tuple[str, str]:
        return self.source_code(source), self.target_code(target)

    def languages(self) -> dict[str, set[str]] | None:
        """{"source": {...}, "target": {...}} codes DeepL offers; None when it cannot be asked."""
        return super().languages()

    def fetch_languages(self) -> dict[str, set[str]]:
        listed: dict[str, set[str]] = {}
        for kind in ("source", "target"):
            response = self.get(f"{self.api_url}/v2/languages", params={"type": kind})
            response.raise_for_status()
            listed[kind] = {item["language"].upper() for item in response.json()}
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

    # --- Translating -------------------------------------------------------------------------

    def send(self, source: str, target: str, texts: list[str]) -> list[str]:
        """POST one chunk (at most 50 texts) to ``/v2/translate``."""
        payload: dict[str, Any] = {
            "text": texts,
            "source_lang": source,
            "target_lang": target,
        }
        if self.options.get("FORMALITY"):
            payload["formality"] = self.options["FORMALITY"]
        if self.handles_markup:
            payload["tag_handling"] = "html"
        response = self.post_json(f"{self.api_url}/v2/translate", payload)
        try:
            translated = [str(item["text"]) for item in response.json()["translations"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise EngineError("DeepL sent an answer without translations.") from exc
        self.check_count(translated, texts)
        return translated
