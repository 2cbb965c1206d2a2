"""Inline Markdown from the text importer, rendered to safe HTML for Wagtail rich text.

The parser keeps paragraph text as inline Markdown (``*em*``, ``**strong**``, ``[text](url)``).
markdown-it-py renders it (inline rules only: a paragraph never turns into a list or heading),
then the inline rich-text policy of ``masthead.core.sanitize`` keeps a small allow-list, so
nothing that arrives with a scraped page can run code.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from masthead.core.sanitize import INLINE_RICH_TEXT, sanitize

__all__ = ["inline_markdown_to_html", "paragraph_html"]

# commonmark preset: no linkify (a bare "example.org" in a quote stays text); raw inline HTML
# is let through to nh3 so that "<script>" is removed rather than shown to readers as text.
_MD = MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False})
# markdown-it would leave "[x](javascript:…)" as literal text; accept every link here and let
# nh3's scheme check drop the href, so the reader sees just "x".
_MD.validateLink = lambda url: True  # type: ignore[method-assign]

# After nh3 the markup is canonical, so a simple pattern is reliable. Links to "#…" or to a
# relative path pointed into the scraped page, and an <a> whose href nh3 dropped (javascript:)
# goes nowhere: keep their text only.
DEAD_LINK_RE = re.compile(
    r'<a(?: href="(?!https?://|mailto:)[^"]*")?>(.*?)</a>', re.DOTALL | re.IGNORECASE
)


def inline_markdown_to_html(text: str) -> str:
    """Render one paragraph's inline Markdown as sanitised inline HTML (no wrapping ``<p>``)."""
    html = _MD.renderInline(text.strip())
    cleaned = sanitize(html, INLINE_RICH_TEXT)
    return DEAD_LINK_RE.sub(r"\1", cleaned).strip()


def paragraph_html(text: str) -> str:
    """Render one paragraph's inline Markdown as a sanitised ``<p>…</p>``."""
    return f"<p>{inline_markdown_to_html(text)}</p>"
