"""The contract every machine-translation engine fulfils, and the errors it may raise.

Engines translate *plain-text sentences* in one batched call; splitting articles into
sentences, keeping inline markup, the glossary and the translation memory are done once, for
every engine, in ``masthead.translation.segments``. Modelled on wagtail-localize's
``machine_translators/base.py`` and Wagtail's ``frontend_cache/backends``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any


class EngineError(Exception):
    """A transient failure (timeout, overloaded server, rate limit): the job should retry."""


class EngineUnavailable(EngineError):
    """This engine cannot translate this language pair at all: retrying will not help."""


class TranslationEngine(ABC):
    """A machine-translation backend selected by ``MASTHEAD_TRANSLATION["ENGINE"]``.

    Language codes passed in are Django's (``en``, ``pt-br``, ``zh-hans``); each engine maps
    them to its own with :func:`masthead.translation.engines.engine_language` or its own table.
    """

    engine_id: str = ""
    #: True when ``translate`` receives inline-HTML fragments (text escaped) and returns HTML.
    handles_markup: bool = False

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        self.options: dict[str, Any] = dict(options or {})

    @abstractmethod
    def supports(self, source: str, target: str) -> bool:
        """Whether this engine can translate from ``source`` to ``target`` now."""

    @abstractmethod
    def model_version(self, source: str, target: str) -> str:
        """Identifies the model used for a pair; part of the translation-memory key."""

    @abstractmethod
    def translate(self, source: str, target: str, texts: list[str]) -> list[str]:
        """Translate ``texts`` in one batched call; returns one translation per text, in order.

        Raises :class:`EngineUnavailable` when the pair is not supported and
        :class:`EngineError` for failures worth retrying.
        """

    def licence_notice(self, source: str, target: str) -> str:
        """Licence or attribution text to show with translations from this pair ("" if none)."""
        return ""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.engine_id}>"
