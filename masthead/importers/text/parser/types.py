"""What the parser hands back: the parsed article, its body blocks and bylines, and its error."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

BlockKind = Literal["paragraph", "subheading", "quote"]


@dataclass
class Block:
    """One block of the article body.

    ``text`` and ``attribution`` are inline Markdown (``*em*``, ``**strong**``, ``[a](url)``);
    render them with :func:`masthead.importers.text.markup.inline_markdown_to_html`.
    ``line`` is the 1-based line of the input where the block starts.
    """

    kind: BlockKind
    text: str
    line: int
    attribution: str = ""


@dataclass
class Byline:
    """An author named in the byline; ``url`` only when the link was a real http(s) URL."""

    name: str
    url: str = ""


@dataclass
class ParsedArticle:
    """Everything :func:`parse_article` could read from one article."""

    title: str
    authors: list[Byline] = field(default_factory=list)
    publication_date: date | None = None
    # The outlet named on the date line ("Harbour Ledger, March 14, 2022").
    outlet_name: str = ""
    # The partner publication the piece comes from (line after the date line and/or
    # "The original source of this article is X").
    source_name: str = ""
    source_url: str = ""
    # A real URL of the original article, when a source link points at an article page.
    original_url: str = ""
    regions: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    reports: list[str] = field(default_factory=list)
    lead: str = ""
    body: list[Block] = field(default_factory=list)
    bio: list[str] = field(default_factory=list)
    featured_image_credit: str = ""
    copyright_holders: list[str] = field(default_factory=list)
    copyright_publication: str = ""
    copyright_year: int | None = None
    # (line, reason) for every piece of boilerplate left out, for a --dry-run report.
    skipped: list[tuple[int, str]] = field(default_factory=list)


class ArticleParseError(ValueError):
    """The text cannot be read as an article; ``line`` is 1-based."""

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}")
