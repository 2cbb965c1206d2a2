"""Translation memory: sentences translated once per engine and model version, reused after.

The key is (engine id, model version, source language, target language, sha256 of the
normalised sentence), so a new model version never reuses an old model's output. It gives
reuse across articles (bylines, boilerplate, a correction that changes one sentence) and
makes re-running a job cheap.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.db import transaction
from django.db.models import F

from masthead.translation.models import TranslationMemoryEntry
from masthead.translation.text.markup import normalise

# SQLite allows 32k query parameters; stay far below it.
_CHUNK = 500


def sentence_hash(text: str) -> str:
    """sha256 (hex) of the normalised text: the memory key of a sentence."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


class TranslationMemory:
    """The memory for one engine, model version and language pair."""

    def __init__(self, engine_id: str, model_version: str, source: str, target: str) -> None:
        self.key = {
            "engine_id": engine_id[:80],
            "model_version": model_version[:120],
            "source_language": source,
            "target_language": target,
        }

    def lookup(self, texts: Iterable[str]) -> dict[str, str]:
        """Translations already known for ``texts`` (each counted as a hit)."""
        by_hash = {sentence_hash(text): text for text in texts}
        found: dict[str, str] = {}
        ids: list[int] = []
        hashes = list(by_hash)
        for start in range(0, len(hashes), _CHUNK):
            rows = TranslationMemoryEntry.objects.filter(
                **self.key, source_hash__in=hashes[start : start + _CHUNK]
            ).values_list("pk", "source_hash", "target_text")
            for pk, source_hash, target_text in rows:
                found[by_hash[source_hash]] = target_text
                ids.append(pk)
        for start in range(0, len(ids), _CHUNK):
            TranslationMemoryEntry.objects.filter(pk__in=ids[start : start + _CHUNK]).update(
                hits=F("hits") + 1
            )
        return found

    def store(self, translations: dict[str, str]) -> None:
        """Remember new translations (an entry written meanwhile by another job is kept)."""
        entries = [
            TranslationMemoryEntry(
                **self.key,
                source_hash=sentence_hash(source),
                source_text=source,
                target_text=target,
            )
            for source, target in translations.items()
            if target.strip()
        ]
        with transaction.atomic():
            TranslationMemoryEntry.objects.bulk_create(
                entries, batch_size=_CHUNK, ignore_conflicts=True
            )
