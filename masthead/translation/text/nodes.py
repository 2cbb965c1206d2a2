"""The tree that segment markup is parsed into, and back: nodes, parser, serialiser.

Split from markup.py (which plans and renders sentences over these nodes). Entities become
characters on parsing and are escaped as BeautifulSoup writes them on serialising, so
wagtail-localize agrees with what comes back.
"""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID_TAGS = {"br", "img", "hr", "wbr"}
PROTECTED_TAGS = {"code"}


@dataclass
class TextNode:
    text: str


@dataclass
class Element:
    name: str
    attrs: list[tuple[str, str | None]] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)

    @property
    def protected(self) -> bool:
        return self.name in PROTECTED_TAGS

    def clone(self, children: list[Node]) -> Element:
        return Element(self.name, list(self.attrs), children)


@dataclass
class Protected:
    """A glossary term: ``source`` as written, ``output`` as it must appear in translations."""

    source: str
    output: str


Node = TextNode | Element | Protected


def normalise(text: str) -> str:
    """NFC, whitespace collapsed and stripped: the form sent to engines and hashed in memory."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def has_words(text: str) -> bool:
    """Whether a text has anything to translate (numbers and punctuation alone do not)."""
    return any(char.isalpha() for char in text)


# --- Parsing and serialising -------------------------------------------------------------------


class _FragmentParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("[root]")
        self.stack = [self.root]

    def _append(self, node: Node) -> None:
        children = self.stack[-1].children
        if isinstance(node, TextNode) and children and isinstance(children[-1], TextNode):
            children[-1].text += node.text
        else:
            children.append(node)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, list(attrs))
        self._append(element)
        if tag not in VOID_TAGS:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._append(Element(tag, list(attrs)))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].name == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._append(TextNode(data))


def parse_fragment(fragment: str) -> list[Node]:
    """Parse an inline-HTML fragment; entities become characters, unclosed tags are closed."""
    parser = _FragmentParser()
    parser.feed(fragment)
    parser.close()
    return parser.root.children


def attrs_html(attrs: list[tuple[str, str | None]]) -> str:
    return "".join(
        f" {name}" if value is None else f' {name}="{html.escape(value, quote=True)}"'
        for name, value in attrs
    )


def serialize(nodes: list[Node]) -> str:
    """HTML for nodes, escaped as BeautifulSoup writes it (so wagtail-localize agrees)."""
    out = []
    for node in nodes:
        if isinstance(node, TextNode):
            out.append(html.escape(node.text, quote=False))
        elif isinstance(node, Protected):
            out.append(html.escape(node.source, quote=False))
        elif node.name in VOID_TAGS:
            out.append(f"<{node.name}{attrs_html(node.attrs)}/>")
        else:
            inner = serialize(node.children)
            out.append(f"<{node.name}{attrs_html(node.attrs)}>{inner}</{node.name}>")
    return "".join(out)


def node_text(nodes: list[Node]) -> str:
    """The text of nodes, tags dropped (glossary terms as written in the source)."""
    parts = []
    for node in nodes:
        if isinstance(node, TextNode):
            parts.append(node.text)
        elif isinstance(node, Protected):
            parts.append(node.source)
        elif node.name == "br":
            parts.append("\n")
        else:
            parts.append(node_text(node.children))
    return "".join(parts)


def contains_tag(nodes: list[Node], name: str) -> bool:
    return any(
        isinstance(node, Element) and (node.name == name or contains_tag(node.children, name))
        for node in nodes
    )
