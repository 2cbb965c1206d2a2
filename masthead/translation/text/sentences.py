"""Sentence splitting for the *source* language.

pysbd (rule-based, pure Python, no model files) for the 23 languages it knows, with
``clean=False`` so the text is never altered; a regex splitter for the others and whenever
pysbd's output does not add back up to the input (so no character is ever lost).
"""

from __future__ import annotations

import logging
import re
import threading

logger = logging.getLogger(__name__)

try:
    import pysbd
    from pysbd.languages import LANGUAGE_CODES as _PYSBD_LANGUAGES
except ImportError:  # pragma: no cover - pysbd is a pinned dependency; the regex still works
    pysbd = None
    _PYSBD_LANGUAGES = {}

# Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sr",
    "jr",
    "st",
    "vs",
    "no",
    "nos",
    "fig",
    "gen",
    "gov",
    "sen",
    "rep",
    "rev",
    "lt",
    "col",
    "capt",
    "sgt",
    "mt",
    "inc",
    "ltd",
    "co",
    "corp",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "approx",
    "dept",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
}
_BOUNDARY = re.compile(
    r"""(?P<end>[.!?…]+["'”’»)\]]*)\s+(?=["'“‘«(\[]?[A-Z0-9\u00C0-\u024F\u0370-\u052F])"""
)
_CJK_BOUNDARY = re.compile(r"[。！？]+[」』”’）)]*\s*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _regex_boundaries(text: str) -> list[int]:
    """Offsets where a new sentence starts, found by punctuation and capital letters."""
    starts: set[int] = set()
    for match in _BOUNDARY.finditer(text):
        if match.group("end").startswith("."):
            word = _WORD_BEFORE.search(text, 0, match.start())
            token = word.group(1).lower().rstrip(".") if word else ""
            # "Mr.", "e.g.", "U.S." or an initial ("J.") do not end a sentence.
            if token in _ABBREVIATIONS or len(token) == 1 or re.fullmatch(r"(\w\.)+\w", token):
                continue
        starts.add(match.end())
    for match in _CJK_BOUNDARY.finditer(text):
        if match.end() < len(text):
            starts.add(match.end())
    return sorted(starts)


_local = threading.local()


def _segmenter(language: str) -> pysbd.Segmenter | None:
    if pysbd is None or language not in _PYSBD_LANGUAGES:
        return None
    # A Segmenter keeps the text being split on itself: one per thread.
    cache = _local.__dict__.setdefault("segmenters", {})
    if language not in cache:
        cache[language] = pysbd.Segmenter(language=language, clean=False)
    return cache[language]


def _pysbd_boundaries(text: str, language: str) -> list[int] | None:
    segmenter = _segmenter(language)
    if segmenter is None:
        return None
    try:
        pieces = segmenter.segment(text)
    except Exception:  # noqa: BLE001 - a pysbd bug must not stop a translation; use the regex
        logger.warning("pysbd failed on a %s text; using the regex splitter", language)
        return None
    if "".join(pieces) != text:
        return None
    starts, offset = [], 0
    for piece in pieces[:-1]:
        offset += len(piece)
        starts.append(offset)
    return starts


def sentence_spans(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, without the whitespace around it.

    ``language`` is the source language (a Django or ISO code; only the base is used).
    """
    base = language.lower().split("-")[0]
    starts = _pysbd_boundaries(text, base)
    if starts is None:
        starts = _regex_boundaries(text)
    spans = []
    for start, end in zip([0, *starts], [*starts, len(text)], strict=True):
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            left = start + len(piece) - len(piece.lstrip())
            spans.append((left, left + len(stripped)))
    return spans


def split_sentences(text: str, language: str) -> list[str]:
    """The sentences of ``text`` (whitespace between them dropped)."""
    return [text[start:end] for start, end in sentence_spans(text, language)]
