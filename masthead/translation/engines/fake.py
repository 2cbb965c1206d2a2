"""A deterministic engine for orchestration tests: ``"[fr] " + text``, with scripted failures.

Options (``MASTHEAD_TRANSLATION["FAKE"]``, or passed to ``FakeEngine(options)``):

``FAIL_TIMES`` (int, default 0)
    The first *n* calls to ``translate`` raise :class:`EngineError` (a transient failure);
    later calls succeed. The count is per engine instance, and ``get_engine()`` keeps one
    instance per process until ``MASTHEAD_TRANSLATION`` changes or ``reset_engine()`` runs.
``FAIL_LANGUAGES`` (list of Django codes)
    ``translate`` into these languages always raises :class:`EngineError` (retries run out).
``UNSUPPORTED`` (list of Django codes)
    ``supports()`` is False for these targets and ``translate`` raises
    :class:`EngineUnavailable` (the job must not retry).
``ERROR_MESSAGE`` (str)
    The message of the raised errors (default "Fake engine failure").
``MODEL_VERSION`` (str, default "1")
    Returned by ``model_version``; change it to see memory entries stop matching.
``LICENCE`` (str)
    Returned by ``licence_notice``.
``HANDLES_MARKUP`` (bool)
    Receive inline HTML instead of plain text, like the remote engines in HTML mode.

Every call is recorded in ``engine.calls`` as ``(source, target, texts)``.
"""

from __future__ import annotations

import threading
from typing import Any

from masthead.translation.engines.base import EngineError, EngineUnavailable, TranslationEngine


class FakeEngine(TranslationEngine):
    """Prefixes each text with the target code in brackets; fails when told to."""

    engine_id = "fake"

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.fail_times = int(self.options.get("FAIL_TIMES", 0))
        self.fail_languages = {code.lower() for code in self.options.get("FAIL_LANGUAGES", ())}
        self.unsupported = {code.lower() for code in self.options.get("UNSUPPORTED", ())}
        self.error_message = str(self.options.get("ERROR_MESSAGE", "Fake engine failure"))
        self.handles_markup = bool(self.options.get("HANDLES_MARKUP", False))
        self.calls: list[tuple[str, str, list[str]]] = []
        self._lock = threading.Lock()

    def supports(self, source: str, target: str) -> bool:
        """True unless the target is listed in ``UNSUPPORTED`` or equals the source."""
        return target.lower() not in self.unsupported and source.lower() != target.lower()

    def model_version(self, source: str, target: str) -> str:
        """``MODEL_VERSION`` from the options ("1" by default)."""
        return str(self.options.get("MODEL_VERSION", "1"))

    def licence_notice(self, source: str, target: str) -> str:
        """``LICENCE`` from the options ("" by default)."""
        return str(self.options.get("LICENCE", ""))

    def translate(self, source: str, target: str, texts: list[str]) -> list[str]:
        """``"[target] " + text`` for each text, after any scripted failure."""
        with self._lock:
            self.calls.append((source, target, list(texts)))
            if not self.supports(source, target):
                raise EngineUnavailable(f"Fake engine: {source}→{target} is not supported.")
            if target.lower() in self.fail_languages:
                raise EngineError(self.error_message)
            if self.fail_times > 0:
                self.fail_times -= 1
                raise EngineError(self.error_message)
        return [f"[{target}] {text}" for text in texts]
