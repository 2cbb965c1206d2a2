"""A post's HTML (Gutenberg blocks or the classic editor's text) as story blocks.

WordPress stores both editors' output as HTML: Gutenberg wraps each block in
``<!-- wp:name {json} -->`` comments, the classic editor leaves paragraphs as blank-line
separated text (WordPress adds the ``<p>`` tags only when it shows the post) and captions and
embeds as shortcodes. Both are brought to one HTML tree and read top-level element by element:

- ``p``, lists → paragraph (sanitised by the one rich-text policy, ``masthead.core.sanitize``);
- ``h1``–``h6`` → subheading; ``blockquote`` → quote with its ``cite`` as attribution;
- ``img`` / ``figure`` with an image → image with caption and credit (the file is found later);
- an embed (Gutenberg embed block, ``[embed]``, a bare URL on its own line) → link card.

The closing paragraphs are then read by the text importer's own recognisers
(:mod:`masthead.importers.text.parser`): "The original source of this article is …",
"Copyright © …", image credits and the republishing outlet's boilerplate leave the body and
become provenance, exactly as for a pasted article.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html

from masthead.core.sanitize import INLINE_RICH_TEXT, sanitize
from masthead.core.text import plain_text
from masthead.importers.text.markup import DEAD_LINK_RE
from masthead.importers.text.parser import ArticleParseError
from masthead.importers.text.parser.lines import (
    boilerplate_reason,
    link_or_name,
    parse_copyright,
    plain_line,
)
from masthead.importers.text.parser.patterns import COPYRIGHT_RE, CREDIT_RE, ORIGINAL_SOURCE_RE

_GUTENBERG_RE = re.compile(r"<!--\s*/?wp:([a-z0-9/-]+)\s*(\{.*?\})?\s*/?-->", re.DOTALL)
_CAPTION_RE = re.compile(r"\[caption([^\]]*)\](.*?)\[/caption\]", re.DOTALL | re.IGNORECASE)
_EMBED_RE = re.compile(r"\[embed[^\]]*\]\s*(\S+?)\s*\[/embed\]", re.IGNORECASE)
_SHORTCODE_RE = re.compile(r"\[/?[a-z_-]+(?:\s[^\]]*)?\]", re.IGNORECASE)
_BARE_URL_RE = re.compile(r"^\s*(https?://\S+)\s*$", re.MULTILINE)
_BLOCK_TAGS = r"(?:p|h[1-6]|ul|ol|blockquote|figure|div|hr|table|pre|img|iframe|!--)"
_WP_IMAGE_ID_RE = re.compile(r"wp-image-(\d+)")
_ANCHOR_RE = re.compile(r'<a href="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)
_PHOTO_CREDIT_RE = re.compile(
    r"^(?P<caption>.*?)[\s.]*\(?(?:photo|image|credit|picture)\s*(?:by|:)\s*(?P<credit>[^)]+)\)?\.?$",
    re.IGNORECASE | re.DOTALL,
)
_LIST_TAGS = {"ul", "ol"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


@dataclass
class Piece:
    """One story block before images are looked up: see :func:`read_content`."""

    kind: str  # paragraph | subheading | quote | image | media_link | marker
    html: str = ""  # paragraph: sanitised HTML
    text: str = ""  # subheading / quote text, media link title
    attribution: str = ""
    url: str = ""  # image source / embed URL
    image_id: int | None = None  # the WordPress attachment id, when the markup names it
    caption: str = ""
    credit: str = ""
    provider: str = ""


@dataclass
class Provenance:
    """What the closing lines said (the text importer's fields, same meaning)."""

    source_name: str = ""
    source_url: str = ""
    original_url: str = ""
    copyright_holders: list[str] = field(default_factory=list)
    copyright_publication: str = ""
    copyright_year: int | None = None
    featured_image_credit: str = ""
    skipped: list[str] = field(default_factory=list)


def read_content(content: str) -> list[Piece]:
    """The story blocks of a post's ``content:encoded``, in order."""
    if not content.strip():
        return []
    source = content if _GUTENBERG_RE.search(content) else _classic_to_html(content)
    source = _EMBED_RE.sub(lambda m: _embed_figure(m.group(1)), source)
    source = _GUTENBERG_RE.sub(_gutenberg_marker, source)
    root = lxml_html.fragment_fromstring(source, create_parent="div")
    pieces: list[Piece] = []
    if root.text and root.text.strip():
        pieces.append(_para(html_lib.escape(root.text)))
    for element in root:
        pieces.extend(_element(element))
        if element.tail and element.tail.strip():
            pieces.append(_para(html_lib.escape(element.tail)))
    return [piece for piece in pieces if piece.kind != "paragraph" or _plain_of(piece.html)]


def take_provenance(pieces: list[Piece]) -> Provenance:
    """Remove the closing provenance and boilerplate paragraphs from ``pieces``; return them."""
    found = Provenance()
    source_urls: list[str] = []
    while pieces:
        piece = pieces[-1]
        if piece.kind == "marker":
            pieces.pop()
            continue
        if piece.kind != "paragraph":
            break
        text = _markdown(piece.html)
        if reason := boilerplate_reason(text):
            found.skipped.append(f"{reason}: {plain_line(text)[:60]}")
        elif match := ORIGINAL_SOURCE_RE.fullmatch(text):
            name, url = link_or_name(match.group("source"))
            found.source_name = name
            source_urls.append(url)
        elif COPYRIGHT_RE.fullmatch(text):
            try:
                parsed = parse_copyright(text, 0)
            except ArticleParseError as error:
                found.skipped.append(f"copyright line without a year: {error.message}")
                parsed = None
            if parsed:
                holders, publication, year = parsed
                found.copyright_holders, found.copyright_publication = holders, publication
                found.copyright_year = year
        elif credit := CREDIT_RE.fullmatch(plain_line(text)):
            found.featured_image_credit = credit.group("credit").strip()
        else:
            break
        pieces.pop()
    for url in filter(None, source_urls):
        parts = urlsplit(url)
        if parts.path.strip("/") or parts.query:
            found.original_url = found.original_url or url
            found.source_url = found.source_url or f"{parts.scheme}://{parts.netloc}"
        else:
            found.source_url = url
    while pieces and pieces[-1].kind == "marker":
        pieces.pop()
    return found


def lead_html(excerpt: str) -> str:
    """The excerpt as the lead: one sanitised paragraph (WordPress excerpts are plain text)."""
    text = re.sub(r"\s+", " ", excerpt).strip()
    return f"<p>{_inline(text)}</p>" if text else ""


# -- reading ------------------------------------------------------------------------------


def _classic_to_html(content: str) -> str:
    """WordPress's ``wpautop`` in short: blank-line separated text becomes paragraphs."""
    content = _CAPTION_RE.sub(_caption_figure, content.replace("\r\n", "\n"))
    content = _BARE_URL_RE.sub(lambda m: f"\n\n[embed]{m.group(1)}[/embed]\n\n", content)
    chunks = [chunk.strip() for chunk in re.split(r"\n\s*\n", content)]
    parts = []
    for chunk in filter(None, chunks):
        if re.match(rf"<{_BLOCK_TAGS}[\s>/]", chunk, re.IGNORECASE) or chunk.startswith("[embed]"):
            parts.append(chunk)
        else:
            parts.append(f"<p>{chunk.replace(chr(10), '<br>')}</p>")
    return "\n".join(parts)


def _caption_figure(match: re.Match[str]) -> str:
    inner = match.group(2).strip()
    image = re.match(r"(?:<a[^>]*>)?\s*(<img[^>]*>)\s*(?:</a>)?", inner, re.DOTALL)
    if not image:
        return inner
    caption = inner[image.end() :].strip()
    return f"<figure>{image.group(1)}<figcaption>{caption}</figcaption></figure>"


def _embed_figure(url: str) -> str:
    return f'<figure class="wp-block-embed" data-url="{html_lib.escape(url)}"></figure>'


def _gutenberg_marker(match: re.Match[str]) -> str:
    """Keep what the HTML lacks (an image's attachment id) as a marker; drop the comments."""
    name, raw = match.group(1), match.group(2)
    if name != "image" or not raw or match.group(0).lstrip("<!- ").startswith("/"):
        return ""
    try:
        attributes = json.loads(raw)
    except ValueError:
        return ""
    image_id = attributes.get("id") if isinstance(attributes, dict) else None
    return f'<wp-image data-id="{image_id}"></wp-image>' if isinstance(image_id, int) else ""


def _element(element: Any) -> list[Piece]:
    tag = element.tag if isinstance(element.tag, str) else ""
    classes = element.get("class", "")
    if tag == "wp-image":
        return []
    if tag == "p":
        if len(element) == 1 and element[0].tag == "img" and not (element.text or "").strip():
            return [_image(element[0], "")]
        return [_para(_inner_html(element))]
    if tag in _LIST_TAGS:
        return [Piece("paragraph", html=_list(element))]
    if tag in _HEADINGS:
        text = plain_text(_inner_html(element))
        return [Piece("subheading", text=text)] if text else []
    if tag == "blockquote":
        return [_quote(element)]
    if tag == "hr":
        return [Piece("marker")]
    if tag == "img":
        return [_image(element, "")]
    if tag == "figure":
        return _figure(element, classes)
    if tag in ("div", "section", "article"):
        pieces: list[Piece] = []
        if element.text and element.text.strip():
            pieces.append(_para(html_lib.escape(element.text)))
        for child in element:
            pieces.extend(_element(child))
            if child.tail and child.tail.strip():
                pieces.append(_para(html_lib.escape(child.tail)))
        return pieces
    if tag in ("script", "style", "iframe", "form", "noscript"):
        src = element.get("src", "")
        return [_embed(src, "")] if tag == "iframe" and src.startswith("http") else []
    return [_para(_inner_html(element))]


def _figure(element: Any, classes: str) -> list[Piece]:
    caption_element = element.find(".//figcaption")
    caption = plain_text(_inner_html(caption_element)) if caption_element is not None else ""
    if "wp-block-embed" in classes or element.get("data-url"):
        url = element.get("data-url", "") or _text_url(element)
        provider = element.get("data-provider", "") or _provider_of_classes(classes)
        return [_embed(url, provider, caption)] if url else []
    image = element.find(".//img")
    if image is not None:
        return [_image(image, caption)]
    if "wp-block-pullquote" in classes or element.find(".//blockquote") is not None:
        return [_quote(element.find(".//blockquote"))]
    return []


def _image(img: Any, caption: str) -> Piece:
    match = _WP_IMAGE_ID_RE.search(img.get("class", ""))
    caption, credit = _split_credit(caption or "")
    return Piece(
        "image",
        url=img.get("src", ""),
        image_id=int(match.group(1)) if match else None,
        caption=caption[:255],
        credit=credit[:255],
        text=img.get("alt", ""),
    )


def _split_credit(caption: str) -> tuple[str, str]:
    """ "Fishing boats at dawn. Photo: Ana Ruiz" → (caption, credit)."""
    match = _PHOTO_CREDIT_RE.match(caption.strip())
    if not match:
        return caption.strip(), ""
    return match.group("caption").strip(" .") + ("." if match.group("caption") else ""), (
        match.group("credit").strip(" .")
    )


def _quote(element: Any) -> Piece:
    cite = element.find(".//cite") if element is not None else None
    attribution = plain_text(_inner_html(cite)) if cite is not None else ""
    if cite is not None:
        cite.getparent().remove(cite)
    text = plain_text(_inner_html(element)) if element is not None else ""
    return Piece("quote", text=text.strip(' "“”'), attribution=attribution.lstrip("—–- "))


def _embed(url: str, provider: str, caption: str = "") -> Piece:
    host = urlsplit(url).netloc.removeprefix("www.")
    provider = provider.replace("-", " ").title() if provider else host
    title = caption or (f"Watch on {provider}" if host else url)
    return Piece("media_link", url=url, text=title[:255], provider=provider[:255])


def _provider_of_classes(classes: str) -> str:
    match = re.search(r"is-provider-([a-z0-9-]+)", classes)
    return match.group(1) if match else ""


def _text_url(element: Any) -> str:
    match = re.search(r"https?://\S+", element.text_content())
    return match.group(0) if match else ""


def _para(markup: str) -> Piece:
    return Piece("paragraph", html=f"<p>{_inline(markup)}</p>")


def _list(element: Any) -> str:
    items = [f"<li>{_inline(_inner_html(li))}</li>" for li in element.iter("li")]
    tag = "ol" if element.tag == "ol" else "ul"
    return f"<{tag}>{''.join(items)}</{tag}>"


def _inner_html(element: Any) -> str:
    if element is None:
        return ""
    parts = [html_lib.escape(element.text or "")]
    for child in element:
        parts.append(lxml_html.tostring(child, encoding="unicode", with_tail=True))
    return "".join(parts)


def _inline(markup: str) -> str:
    """Inline HTML through the one sanitiser; links that go nowhere keep their text."""
    cleaned = sanitize(markup.strip(), INLINE_RICH_TEXT)
    return DEAD_LINK_RE.sub(r"\1", cleaned).strip()


def _plain_of(markup: str) -> str:
    return plain_text(markup).strip()


def _markdown(markup: str) -> str:
    """A sanitised paragraph as the inline Markdown the text recognisers read."""
    linked = _ANCHOR_RE.sub(lambda m: f"[{m.group(2)}]({html_lib.unescape(m.group(1))})", markup)
    return plain_text(linked).strip()
