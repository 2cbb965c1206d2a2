"""A partner's article page read into fields: the page format, apart from fetching it.

trafilatura finds the article in the page (title, author, date, text, images); this module
turns its XML into the importer's body blocks (paragraph, subheading, quote) so the same
importer service writes the draft, and lists the page text that was left out, so an editor can
see what was judged boilerplate.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
import trafilatura

from masthead.importers.text.parser import Block
from masthead.ingest.transport import decode

# Characters inline Markdown would read as markup; the importer renders block text as Markdown.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>!#|~])")
_SPACES = re.compile(r"\s+")
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,| and | & )\s*")
BOILERPLATE_LIMIT = 60


class ExtractionFailed(ValueError):
    """The page has no article text that could be found."""

    code = "no-article"


@dataclass(frozen=True)
class ExtractedImage:
    src: str
    alt: str = ""
    caption: str = ""


@dataclass
class ExtractedArticle:
    title: str
    original_url: str
    authors: list[str] = field(default_factory=list)
    published: datetime.datetime | None = None
    lead: str = ""
    blocks: list[Block] = field(default_factory=list)
    images: list[ExtractedImage] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    site_name: str = ""
    language: str = ""

    @property
    def paragraphs(self) -> list[str]:
        return [block.text for block in self.blocks if block.kind == "paragraph"]

    def plain_text(self) -> str:
        """Title, lead and body as text: what matching compares."""
        parts = [self.title, unescape_markdown(self.lead)]
        parts += [unescape_markdown(block.text) for block in self.blocks]
        return "\n\n".join(part for part in parts if part)


def escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def unescape_markdown(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _clean(text: str | None) -> str:
    return _SPACES.sub(" ", text or "").strip()


def extract_article(html: bytes | str, url: str) -> ExtractedArticle:
    """The article in ``html`` (the page at ``url``); raises ``ExtractionFailed`` if none.

    Bytes are decoded with the page's own declaration and the transport's fallbacks.
    """
    if isinstance(html, bytes):
        html = decode(html)
    xml = trafilatura.extract(
        html,
        url=url,
        output_format="xml",
        with_metadata=True,
        include_images=True,
        include_comments=False,
        include_tables=False,
        favor_recall=True,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if not xml:
        raise ExtractionFailed("No article text was found on the page.")
    doc = lxml.etree.fromstring(xml.encode("utf-8"))
    main = doc.find("main")
    title = _clean(doc.get("title"))
    if not title:
        raise ExtractionFailed("The page has no headline that could be found.")

    blocks: list[Block] = []
    images: list[ExtractedImage] = []
    kept_text: list[str] = [title]
    for position, element in enumerate(main if main is not None else [], start=1):
        _read_element(element, url, title, position, blocks, images, kept_text)
    lead, blocks = _lead(_clean(doc.get("description")), blocks)
    if not blocks and not lead:
        raise ExtractionFailed("No article text was found on the page.")
    authors = [a for a in _AUTHOR_SPLIT.split(_clean(doc.get("author"))) if a]
    return ExtractedArticle(
        title=title,
        original_url=_original_url(doc.get("url") or "", url),
        authors=list(dict.fromkeys(authors)),
        published=_published(doc.get("date")),
        lead=lead,
        blocks=blocks,
        images=images,
        boilerplate=_left_out(html, " ".join(kept_text + authors + [lead])),
        site_name=_clean(doc.get("sitename")),
        language=_clean(doc.get("language")),
    )


def _read_element(
    element: lxml.etree._Element,
    url: str,
    title: str,
    position: int,
    blocks: list[Block],
    images: list[ExtractedImage],
    kept: list[str],
) -> None:
    tag = element.tag
    if tag == "graphic":
        src = element.get("src") or ""
        if src:
            images.append(
                ExtractedImage(
                    urljoin(url, src), _clean(element.get("alt")), _clean(element.get("title"))
                )
            )
        return
    text = _clean(" ".join(element.itertext()))
    if not text:
        return
    kept.append(text)
    if tag == "head":
        if text.casefold() != title.casefold():
            blocks.append(Block("subheading", escape_markdown(text), position))
    elif tag == "quote":
        blocks.append(Block("quote", escape_markdown(text), position))
    elif tag == "list":
        for item in element.iter("item"):
            item_text = _clean(" ".join(item.itertext()))
            if item_text:
                blocks.append(Block("paragraph", "• " + escape_markdown(item_text), position))
    else:
        blocks.append(Block("paragraph", escape_markdown(text), position))


def _lead(description: str, blocks: list[Block]) -> tuple[str, list[Block]]:
    """The page's description as the lead; else (or when it only repeats the opening
    paragraph) the first paragraph, which then leaves the body."""
    first = next((b for b in blocks if b.kind == "paragraph"), None)
    if first is not None:
        opening = unescape_markdown(first.text)
        if not description or opening.startswith(description.rstrip(".…")):
            return first.text, [b for b in blocks if b is not first]
    return escape_markdown(description), blocks


def _original_url(canonical: str, fetched: str) -> str:
    """The page's canonical address when it is on the same site, else the address fetched."""
    if canonical and urlsplit(canonical).hostname == urlsplit(fetched).hostname:
        return canonical
    return fetched


def _published(value: str | None) -> datetime.datetime | None:
    if not value:
        return None
    try:
        day = datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return datetime.datetime.combine(day, datetime.time(), tzinfo=datetime.UTC)


def _left_out(html: str, kept: str) -> list[str]:
    """Each piece of page text that is not in the article, once, in page order."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return []
    kept_folded = _clean(kept).casefold()
    for junk in tree.xpath("//script|//style|//noscript|//template|//head"):
        junk.drop_tree()
    seen: set[str] = set()
    left_out: list[str] = []
    for text in tree.itertext():
        piece = _clean(text)
        folded = piece.casefold()
        if len(piece) < 2 or folded in seen or folded in kept_folded:
            continue
        seen.add(folded)
        left_out.append(piece)
        if len(left_out) >= BOILERPLATE_LIMIT:
            break
    return left_out
