"""Rich text as plain text for the forwarded, plain-text version of an article.

Block elements end a paragraph, list items start with a dash, and a link keeps its address
in angle brackets after its words, so nothing a reader could follow is lost.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin

BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "figure"}


class _Text(HTMLParser):
    def __init__(self, base_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.parts: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self.parts.append("\n\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "a":
            self.hrefs.append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self.parts.append("\n\n")
        elif tag == "a" and self.hrefs:
            href = urljoin(self.base_url, self.hrefs.pop())
            if href.startswith(("http://", "https://")):
                self.parts.append(f" <{href}>")

    def handle_data(self, data: str) -> None:
        self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(html: str, base_url: str = "") -> str:
    """Paragraphs separated by one blank line, no leading or trailing blank lines.

    Links inside the site (``/articles/x/``) are written out against ``base_url``.
    """
    parser = _Text(base_url)
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
