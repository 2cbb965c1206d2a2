"""Read an article saved as plain text or Markdown, the way a reader copies a page from a site.

The input is what a browser's "copy", a reader-mode extension or a simple scraper leaves behind:
the headline, a byline, a date line, taxonomy lines, an italic lead, the body, then the author's
bio, credits and copyright, all wrapped in the republishing outlet's boilerplate (translation
notes, share prompts, disclaimers). Links usually survive only as ``[text](#)``.

:func:`parse_article` turns that into a :class:`ParsedArticle`; nothing is saved here. This
package is pure Python (no Django) so the importer command, the admin upload view and the tests
can all call it, and a ``--dry-run`` can show :attr:`ParsedArticle.skipped` to an editor.

Errors are :class:`ArticleParseError` with a 1-based line number, worded for a newsroom editor,
in the spirit of Wagtail's ``import_redirects`` command ("name the line").

The code is a package only to keep each file short: ``types`` (what comes back),
``patterns`` (the regular expressions), ``lines`` (one line at a time), ``units`` (paragraphs,
quotes and body blocks) and ``reader`` (the parse, in reading order).
"""

from __future__ import annotations

import os
from pathlib import Path

from .reader import _Parser
from .types import ArticleParseError, Block, BlockKind, Byline, ParsedArticle

__all__ = [
    "ArticleParseError",
    "Block",
    "BlockKind",
    "Byline",
    "ParsedArticle",
    "decode_article_bytes",
    "parse_article",
    "parse_article_file",
]


def parse_article(text: str) -> ParsedArticle:
    """Parse one article copied from a web page as plain text or Markdown.

    Raises :class:`ArticleParseError` (with the 1-based line) when the text is empty or binary,
    has no title, no byline after the title, an impossible date, no body paragraphs or a
    copyright line without a four-digit year.
    """
    return _Parser(text).parse()


def _line_of_offset(data: bytes, offset: int) -> int:
    """1-based line of a byte offset, counting line breaks the way :func:`_normalise` does."""
    head = data[:offset].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return head.count(b"\n") + head.count(b"\v") + head.count(b"\f") + 1


def parse_article_file(path: str | os.PathLike[str]) -> ParsedArticle:
    """Read ``path`` as UTF-8 and parse it; decoding problems name the line of the bad byte."""
    return parse_article(decode_article_bytes(Path(path).read_bytes()))


def decode_article_bytes(data: bytes) -> str:
    """A saved article's bytes as text (UTF-8); an :class:`ArticleParseError` names the bad line."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleParseError(
            1, "the file is saved as UTF-16; save it again as UTF-8 text and re-import it"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleParseError(
            _line_of_offset(data, error.start),
            f"the file is not UTF-8 text (byte 0x{data[error.start]:02x} cannot be read); "
            "save it again as UTF-8 text and re-import it",
        ) from None
    return text
