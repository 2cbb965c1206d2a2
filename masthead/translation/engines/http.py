"""What the engines behind an HTTP API share: session, timeout, errors, language cache.

DeepL and LibreTranslate differ in their payloads and language codes; how they are called,
how a failure becomes a retryable ``EngineError`` or an ``EngineUnavailable``, and how long
their language list is trusted are the same and live here.
"""

from __future__ import annotations

import threading
import time
from abc import abstractmethod
from typing import Any, ClassVar

import requests

from masthead.translation.engines.base import EngineError, EngineUnavailable, TranslationEngine

LANGUAGES_TTL = 3600  # seconds a language listing is trusted
DEFAULT_TIMEOUT = 30.0


class HTTPEngine(TranslationEngine):
    """A translation engine reached over HTTP (options ``TIMEOUT`` and ``HTML`` are common)."""

    #: The service's name as editors see it in job errors ("DeepL").
    service_name: ClassVar[str] = ""
    #: Keys of a JSON error body that hold the message, in the order the service uses them.
    error_keys: ClassVar[tuple[str, ...]] = ("message", "error")
    #: Extra explanations per HTTP status ("{message}" is the service's own words).
    status_messages: ClassVar[dict[int, str]] = {}
    #: What an editor reads when the options name no server or key.
    not_configured: ClassVar[str] = ""
    #: Texts per request (0: all in one).
    batch_size: int = 0
    #: The line readers see with translations made by this service.
    attribution: ClassVar[str] = ""

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.timeout = float(self.options.get("TIMEOUT") or DEFAULT_TIMEOUT)
        self.handles_markup = bool(self.options.get("HTML", False))
        # One session per engine: articles are sent in several requests, and a kept-alive
        # connection saves a TLS handshake on each.
        self.session = requests.Session()
        self._languages: Any = None
        self._languages_at = 0.0
        self._lock = threading.Lock()

    def licence_notice(self, source: str, target: str) -> str:
        """Attribution line for translations made by this service (the same for every pair)."""
        return self.attribution

    @property
    @abstractmethod
    def configured(self) -> bool:
        """Whether the options name a server/key at all (else nothing is asked)."""

    @abstractmethod
    def fetch_languages(self) -> Any:
        """Ask the service which languages it offers; may raise on any malformed answer."""

    @abstractmethod
    def codes(self, source: str, target: str) -> tuple[str, str]:
        """The service's codes for a pair of Django language codes (asked once per article)."""

    @abstractmethod
    def send(self, source: str, target: str, texts: list[str]) -> list[str]:
        """One request in the service's codes: translations of ``texts`` in order."""

    def translate(self, source: str, target: str, texts: list[str]) -> list[str]:
        """Send the texts in ``batch_size`` chunks and return the translations in order."""
        if not texts:
            return []
        if not self.configured:
            raise EngineUnavailable(self.not_configured)
        src, tgt = self.codes(source, target)
        size = self.batch_size or len(texts)
        out: list[str] = []
        for start in range(0, len(texts), size):
            out.extend(self.send(src, tgt, texts[start : start + size]))
        return out

    def languages(self) -> Any:
        """The service's language listing, cached for an hour; None when it cannot be asked."""
        with self._lock:
            if (
                self._languages is not None
                and time.monotonic() - self._languages_at < LANGUAGES_TTL
            ):
                return self._languages
        if not self.configured:
            return None
        try:
            listed = self.fetch_languages()
        except (requests.RequestException, ValueError, KeyError, TypeError, AttributeError):
            return None
        with self._lock:
            self._languages, self._languages_at = listed, time.monotonic()
        return listed

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        """GET with the engine's timeout (errors are the caller's to handle)."""
        return self.session.get(url, timeout=self.timeout, **kwargs)

    def post_json(self, url: str, payload: dict[str, Any], **kwargs: Any) -> requests.Response:
        """POST ``payload`` as JSON and return the response, which is a 200.

        Timeouts, refused connections and error statuses raise :class:`EngineError` (the job
        retries); a language the service does not offer raises :class:`EngineUnavailable`.
        """
        name = self.service_name
        try:
            response = self.session.post(url, json=payload, timeout=self.timeout, **kwargs)
        except requests.Timeout as exc:
            raise EngineError(f"{name} did not answer within {self.timeout:g} s.") from exc
        except requests.RequestException as exc:
            raise EngineError(f"{name} could not be reached: {exc}") from exc
        status = response.status_code
        message = self.error_message(response)
        if status == 400 and "not supported" in message.lower():
            raise EngineUnavailable(f"{name}: {message}")
        if status in self.status_messages:
            raise EngineError(self.status_messages[status].format(message=message))
        if status != 200:
            raise EngineError(f"{name} answered HTTP {status}: {message}")
        return response

    def error_message(self, response: requests.Response) -> str:
        """The service's own explanation of a failed request, shortened for the jobs list."""
        try:
            data = response.json()
        except ValueError:
            return response.text[:200]
        if isinstance(data, dict):
            for key in self.error_keys:
                if data.get(key):
                    return str(data[key])[:200]
        return str(data)[:200]

    def check_count(self, translated: list[Any], texts: list[str]) -> None:
        """One translation per text, or the batch is not trusted (the job retries)."""
        if len(translated) != len(texts):
            raise EngineError(
                f"{self.service_name} returned {len(translated)} translations "
                f"for {len(texts)} texts."
            )
