"""Make machine translations fit the fields they land in.

Translations run longer than their source (German and Finnish titles by a fifth to a third),
and a title over 255 characters makes the whole page invalid. Each translated text field
with a length limit (title, SEO title, credits, slugs where a model translates them) is
fitted before the page is saved:

* cut at the last word boundary that leaves room for an ellipsis, and marked for review;
* where no sensible cut exists (one very long word, or a cut that would drop more than half
  the text), the source-language text is kept and marked for review instead.

The mark is on the wagtail-localize ``StringTranslation`` (its ``tool_name``, which the
translation editor prints under the segment), so it disappears once an editor corrects it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import capfirst, slugify

ELLIPSIS = "…"
REVIEW_MARK = "please review"
_TRAILING = " \t\n,;:-–—/(["
# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, kana, CJK.
_UNSPACED_SCRIPT = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
)


@dataclass(frozen=True)
class FieldLimit:
    path: str
    label: str
    max_length: int
    is_slug: bool = False


@dataclass(frozen=True)
class Fitted:
    text: str
    action: str  # "" (fits), "shortened" or "kept source"
    length: int  # the translation's length before fitting


def field_limit(model: type[models.Model], path: str) -> FieldLimit | None:
    """The length limit of the model field a segment path names, or None.

    Only top-level text fields have limits Django enforces; paths inside StreamField blocks
    or child rows ("body.<id>", "article_authors.<id>.role") are left alone.
    """
    if "." in path:
        return None
    try:
        field = model._meta.get_field(path)
    except FieldDoesNotExist:
        return None
    max_length = getattr(field, "max_length", None)
    if not isinstance(field, models.CharField) or not max_length:
        return None
    label = capfirst(str(field.verbose_name))
    return FieldLimit(path, label, int(max_length), isinstance(field, models.SlugField))


def fit_text(translated: str, source: str, limit: int, *, is_slug: bool = False) -> Fitted:
    """``translated`` made no longer than ``limit`` characters (see module docstring)."""
    length = len(translated)
    if length <= limit:
        return Fitted(translated, "", length)
    if is_slug:
        slug = slugify(translated, allow_unicode=True)[:limit]
        if "-" in slug and len(slug) == limit:
            slug = slug.rsplit("-", 1)[0]
        return Fitted(slug.strip("-") or source[:limit], "shortened", length)
    shortened = shorten_at_word(translated, limit)
    if shortened is None:
        if len(source) <= limit:
            return Fitted(source, "kept source", length)
        shortened = translated[: limit - 1].rstrip(_TRAILING) + ELLIPSIS
    return Fitted(shortened, "shortened", length)


def shorten_at_word(text: str, limit: int) -> str | None:
    """``text`` cut at a word boundary with an ellipsis, within ``limit``; None if unsound.

    Scripts written without spaces (Chinese, Japanese, Thai) are cut between characters.
    """
    room = text[: limit - len(ELLIPSIS) + 1]  # one more: a space right after the cut counts
    if not re.search(r"\s", text.strip()):
        if not _UNSPACED_SCRIPT.search(text):
            return None  # one endless word (or a URL): no sound place to cut
        cut = room[:-1]
    else:
        boundary = max(room.rfind(" "), room.rfind("\n"), room.rfind("\t"))
        if boundary < limit // 2:
            return None
        cut = room[:boundary]
    cut = cut.rstrip(_TRAILING)
    if len(cut) < limit // 2:
        return None
    return cut + ELLIPSIS


def review_note(engine_id: str, limit: FieldLimit, fitted: Fitted) -> str:
    """The mark stored as the segment's tool name (shown in the translation editor)."""
    if fitted.action == "kept source":
        what = (
            f"{limit.label} kept in the original language: the translation had "
            f"{fitted.length} characters, the field allows {limit.max_length}"
        )
    else:
        what = (
            f"{limit.label} shortened to fit its limit of {limit.max_length} characters "
            f"(the translation had {fitted.length})"
        )
    return f"{engine_id} — {what}; {REVIEW_MARK}"[:255]


def describe(note: str) -> str:
    """The editor-facing part of a review mark (without the engine name)."""
    return note.split(" — ", 1)[-1]
