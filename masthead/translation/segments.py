"""Translate the segments of one article into one language: the code every caller shares.

Used by the translation jobs and by the editor's "Machine translate" button (through
``MastheadMachineTranslator``). For one (article, language) it:

1. splits every segment into lines (``<br>``) and sentences (source-language rules), marks
   ``<code>`` and glossary terms as fixed text, and lists the texts to translate
   (see ``text/markup.py``);
2. de-duplicates them and looks them up in the translation memory;
3. sends every miss to the engine in **one** ``engine.translate`` call, so the engine can
   batch the whole article;
4. stores the new translations and rebuilds each segment with its tags.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.conf import settings

from masthead.translation.engines import get_engine
from masthead.translation.engines.base import EngineError, TranslationEngine
from masthead.translation.glossary import Glossary
from masthead.translation.text.markup import plan_segment


@dataclass
class SegmentsResult:
    """Translations in the order of the input segments, and what it took."""

    translations: list[str]
    sentences_translated: int  # texts sent to the engine (after de-duplication)
    sentences_from_memory: int  # texts found in the translation memory
    seconds: float


def _memory_enabled() -> bool:
    return bool(getattr(settings, "MASTHEAD_TRANSLATION", {}).get("USE_MEMORY", True))


def translate_segments(
    source: str,
    target: str,
    segments: list[str],
    *,
    engine: TranslationEngine | None = None,
    glossary: Glossary | None = None,
    use_memory: bool | None = None,
) -> SegmentsResult:
    """Translate wagtail-localize segment strings from ``source`` to ``target`` (Django codes).

    Raises the engine's :class:`EngineError` / ``EngineUnavailable``; nothing is stored
    then. ``use_memory`` defaults to ``MASTHEAD_TRANSLATION["USE_MEMORY"]`` (True).
    """
    started = time.perf_counter()
    engine = engine or get_engine()
    html_mode = engine.handles_markup
    use_memory = _memory_enabled() if use_memory is None else use_memory

    plans = [plan_segment(segment, source, glossary) for segment in segments]
    units = list(dict.fromkeys(unit for plan in plans for unit in plan.units(html_mode)))

    known: dict[str, str] = {}
    memory = None
    if units and use_memory:
        from masthead.translation.memory import TranslationMemory

        memory = TranslationMemory(
            engine.engine_id, engine.model_version(source, target), source, target
        )
        known = memory.lookup(units)
    from_memory = len(known)
    missing = [unit for unit in units if unit not in known]

    if missing:
        translated = engine.translate(source, target, missing)
        if len(translated) != len(missing):
            raise EngineError(
                f"{engine.engine_id} returned {len(translated)} translations for "
                f"{len(missing)} texts."
            )
        new = dict(zip(missing, translated, strict=True))
        if memory is not None:
            memory.store(new)
        known.update(new)

    translations = [plan.render(known, target, html_mode) for plan in plans]
    return SegmentsResult(
        translations=translations,
        sentences_translated=len(missing),
        sentences_from_memory=from_memory,
        seconds=time.perf_counter() - started,
    )
