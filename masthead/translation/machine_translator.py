"""wagtail-localize's "Machine translate" button, on Masthead's engine and pipeline.

Configured with ``WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS":
"masthead.translation.machine_translator.MastheadMachineTranslator", "OPTIONS": {}}``.
wagtail-localize calls ``translate()`` once per (page, locale) with the segments that have no
translation yet (``wagtail_localize/views/edit_translation.py: apply_machine_translation``),
so editors get exactly what the background jobs produce: same engine, memory and glossary.
See https://wagtail-localize.org/stable/how-to/integrations/machine-translation/.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

from masthead.translation.engines import get_engine
from masthead.translation.glossary import Glossary
from masthead.translation.segments import translate_segments


class MastheadMachineTranslator(BaseMachineTranslator):
    """Adapts the configured Masthead engine to wagtail-localize's translator interface."""

    display_name = "Masthead machine translation"

    def can_translate(self, source_locale: Any, target_locale: Any) -> bool:
        """True when the languages differ and the engine has a model for the pair."""
        source = source_locale.language_code
        target = target_locale.language_code
        if source.lower() == target.lower():
            return False
        return get_engine().supports(source, target)

    def translate(
        self, source_locale: Any, target_locale: Any, strings: Iterable[StringValue]
    ) -> dict[StringValue, StringValue]:
        """Translate every segment in one engine call; keys are the given StringValues."""
        strings = list(strings)
        target = target_locale.language_code
        result = translate_segments(
            source_locale.language_code,
            target,
            [string.data for string in strings],
            glossary=Glossary.for_language(target),
        )
        return {
            string: StringValue.from_translated_html(translation)
            for string, translation in zip(strings, result.translations, strict=True)
        }
