"""A partner's RSS or Atom feed read into items: the feed format, apart from fetching it.

feedparser reads both formats and every encoding the feed declares (and many it gets wrong);
a document with no entries that feedparser could not parse is a declared error, while one it
parsed despite small faults (a mislabelled encoding, a stray character) still yields its items.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, field

import feedparser
import lxml.etree
import lxml.html

from masthead.importers.text.parser import Block
from masthead.ingest.pages import escape_markdown

_SPACES = re.compile(r"\s+")
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li"}


class FeedFormatError(ValueError):
    """Not a feed we can read; the message says what an editor should check."""

    code = "not-a-feed"


@dataclass
class FeedItem:
    guid: str
    link: str
    title: str
    authors: list[str] = field(default_factory=list)
    published: datetime.datetime | None = None
    summary: str = ""
    content_html: str = ""

    @property
    def key(self) -> str:
        """What makes an item the same item on the next poll: its GUID, else its link."""
        return (self.guid or self.link).strip()[:500]


@dataclass
class ParsedFeed:
    title: str
    items: list[FeedItem]
    warning: str = ""


def parse_feed(content: bytes, *, content_type: str = "", charset: str | None = None) -> ParsedFeed:
    """The feed in ``content``; raises ``FeedFormatError`` when it is not one."""
    headers = {}
    if content_type:
        headers["content-type"] = content_type + (f"; charset={charset}" if charset else "")
    parsed = feedparser.parse(content, response_headers=headers, sanitize_html=True)
    version = parsed.get("version", "")
    if parsed.bozo and not parsed.entries:
        reason = _clean(str(parsed.get("bozo_exception", ""))) or "unknown error"
        raise FeedFormatError(f"The feed could not be read as RSS or Atom ({reason}).")
    if not version and not parsed.entries:
        raise FeedFormatError("The address does not serve an RSS or Atom feed.")
    items = [_item(entry) for entry in parsed.entries]
    warning = ""
    if parsed.bozo:
        warning = f"The feed has faults but was read: {_clean(str(parsed.bozo_exception))}"
    return ParsedFeed(
        title=_clean(parsed.feed.get("title", "")),
        items=[i for i in items if i.key and i.title],
        warning=warning,
    )


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text or "").strip()


def _item(entry: feedparser.FeedParserDict) -> FeedItem:
    authors = [_clean(a.get("name", "")) for a in entry.get("authors", []) if a.get("name")]
    if not authors and entry.get("author"):
        authors = [_clean(entry["author"])]
    contents = entry.get("content") or []
    content_html = max((c.get("value", "") for c in contents), key=len, default="")
    return FeedItem(
        guid=_clean(entry.get("id", "")),
        link=_clean(entry.get("link", "")),
        title=_clean(lxml_text(entry.get("title", ""))),
        authors=authors,
        published=_when(entry.get("published_parsed") or entry.get("updated_parsed")),
        summary=_clean(lxml_text(entry.get("summary", ""))),
        content_html=content_html,
    )


def _when(value: object) -> datetime.datetime | None:
    if not value:
        return None
    return datetime.datetime.fromtimestamp(calendar.timegm(value), tz=datetime.UTC)  # type: ignore[arg-type]


def lxml_text(html: str) -> str:
    """Text of an HTML fragment (titles and summaries may carry markup or entities)."""
    if not html or "<" not in html and "&" not in html:
        return html
    try:
        return lxml.html.fragment_fromstring(html, create_parent="div").text_content()
    except (lxml.etree.ParserError, ValueError):
        return html


def html_blocks(html: str) -> list[Block]:
    """Body blocks from a feed's HTML content: paragraphs, subheadings and quotes."""
    if not html.strip():
        return []
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return []
    blocks: list[Block] = []
    for position, element in enumerate(root.iter(*_BLOCK_TAGS), start=1):
        if any(parent.tag in _BLOCK_TAGS for parent in element.iterancestors()):
            continue  # a paragraph inside a quote belongs to the quote
        text = _clean(element.text_content())
        if not text:
            continue
        if element.tag.startswith("h"):
            blocks.append(Block("subheading", escape_markdown(text), position))
        elif element.tag == "blockquote":
            blocks.append(Block("quote", escape_markdown(text), position))
        elif element.tag == "li":
            blocks.append(Block("paragraph", "• " + escape_markdown(text), position))
        else:
            blocks.append(Block("paragraph", escape_markdown(text), position))
    if not blocks:
        text = _clean(root.text_content())
        if text:
            blocks.append(Block("paragraph", escape_markdown(text), 1))
    return blocks
