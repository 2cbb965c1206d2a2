"""An article's words as plain paragraphs: what matching and re-checking compare."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from masthead.core.text import plain_text

_SPACES = re.compile(r"\s+")
_AFTER_PARAGRAPH = re.compile(r"(?<=</p>)")


def clean_paragraph(text: str) -> str:
    """One paragraph with its whitespace collapsed (how a page lays out text never counts)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def paragraphs(text: str) -> list[str]:
    """A text split at its line breaks, each part cleaned, empty ones dropped."""
    return [p for p in (clean_paragraph(part) for part in (text or "").split("\n")) if p]


def join(parts: list[str]) -> str:
    return "\n\n".join(parts)


@dataclass(frozen=True)
class Unit:
    """One paragraph of an article where it stands: the lead, or a part of one body block."""

    kind: str  # "lead", "paragraph", "subheading" or "quote"
    block: int  # index in the body (-1 for the lead)
    html: str  # the paragraph's own HTML, for rich text
    text: str


def article_units(page: Any) -> list[Unit]:
    """The lead, then every paragraph (each <p> of a rich-text block), subheading and quote."""
    units = [Unit("lead", -1, page.lead or "", clean_paragraph(plain_text(page.lead or "")))]
    for index, block in enumerate(page.body):
        if block.block_type == "paragraph":
            for part in _AFTER_PARAGRAPH.split(block.value.source):
                if part.strip():
                    units.append(Unit("paragraph", index, part, clean_paragraph(plain_text(part))))
        elif block.block_type == "subheading":
            units.append(Unit("subheading", index, "", clean_paragraph(str(block.value))))
        elif block.block_type == "quote":
            units.append(Unit("quote", index, "", clean_paragraph(block.value["text"])))
    return units


def article_paragraphs(page: Any) -> list[str]:
    return [unit.text for unit in article_units(page) if unit.text]


def article_text(page: Any) -> str:
    return join(article_paragraphs(page))
