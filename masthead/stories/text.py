"""An article's words as plain paragraphs: what matching and re-checking compare."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from masthead.core.text import plain_text

_SPACES = re.compile(r"\s+")


def clean_paragraph(text: str) -> str:
    """One paragraph with its whitespace collapsed (how a page lays out text never counts)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def paragraphs(text: str) -> list[str]:
    """A text split at blank lines (or single newlines), cleaned, empty ones dropped."""
    return [p for p in (clean_paragraph(part) for part in re.split(r"\n", text or "")) if p]


def join(parts: list[str]) -> str:
    return "\n\n".join(parts)


def article_paragraphs(page: Any) -> list[str]:
    """The lead, then every paragraph, subheading and quote of the body, as plain text."""
    found = [clean_paragraph(plain_text(page.lead or ""))]
    for block in page.body:
        if block.block_type == "paragraph":
            html = block.value.source
            # A rich-text block may hold several <p>: each is its own paragraph.
            found += [clean_paragraph(plain_text(p)) for p in re.split(r"</p>", html)]
        elif block.block_type == "subheading":
            found.append(clean_paragraph(str(block.value)))
        elif block.block_type == "quote":
            found.append(clean_paragraph(block.value["text"]))
    return [p for p in found if p]


def article_text(page: Any) -> str:
    return join(article_paragraphs(page))
