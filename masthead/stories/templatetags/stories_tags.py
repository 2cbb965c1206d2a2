"""The "Updated" and "Correction" notes on an article, for its cached page in every language."""

from __future__ import annotations

from typing import Any

from django import template

from masthead.stories.models import CorrectionNote

register = template.Library()


@register.simple_tag
def correction_notes(page: Any) -> list[CorrectionNote]:
    """The notes of every language version of ``page``, oldest first (the same for every reader).

    Adding, editing or deleting a note purges every language version's stored page
    (``tk-<key>`` in masthead/pagecache/signal_handlers.py).
    """
    key = getattr(page, "translation_key", None)
    if key is None:
        return []
    return list(CorrectionNote.objects.filter(translation_key=key).select_related("page__locale"))
