"""A comment's text: cleaned of invisible tricks, rendered from limited Markdown, sanitised.

Readers write plain text with *emphasis*, **strong**, `code` and [links](https://…). No HTML
is ever passed through (markdown-it's ``html`` is off, so a ``<script>`` is shown as text),
no images, no headings or lists; nh3 then keeps only the inline tags of ``COMMENT`` with
``rel="nofollow ugc"`` on links (the policy type is the project's, masthead/core/sanitize.py).

Unicode tricks are undone before anything is stored: bidirectional overrides and isolates
(which can make text read backwards, "Trojan Source"), zero-width and other invisible
formatting characters, and control characters. A link to an internationalised domain shows
its real, punycode host next to its text, so ``pаypal.example`` written with a Cyrillic "а"
cannot pass for the Latin one, and a link whose text names another address shows where it
really goes.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

from django.utils.html import escape
from markdown_it import MarkdownIt
from markdown_it.token import Token

from masthead.core.sanitize import Policy, sanitize

COMMENT = Policy(
    tags=frozenset({"p", "br", "em", "strong", "code", "a"}),
    attributes={"a": {"href"}},
    url_schemes=frozenset({"http", "https", "mailto"}),
    link_rel="nofollow ugc",
)
# Bidi embeddings/overrides/isolates, marks, zero-width characters, word joiner, BOM, soft
# hyphen, and the invisible operators: all format characters (category Cf) are dropped.
KEEP_CONTROLS = {"\n", "\t"}
URL_LIKE = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?([^\s/]+\.[a-z]{2,})", re.IGNORECASE)


def clean_text(text: str) -> str:
    """``text`` in NFC without invisible formatting or control characters; CRLF → LF."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "".join(
        char
        for char in text
        if char in KEEP_CONTROLS or unicodedata.category(char) not in {"Cc", "Cf", "Cs", "Co"}
    )


def clean_name(name: str) -> str:
    """A display name on one line, without tricks, and without surrounding spaces."""
    return " ".join(clean_text(name).split())


def ascii_host(url: str) -> tuple[str, str]:
    """``url`` with its host in punycode, and that host ("" when the URL has none)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        encoded = host.encode("idna").decode("ascii") if host else ""
    except UnicodeError:
        encoded = host.encode("ascii", "backslashreplace").decode("ascii")
    if encoded != host:
        netloc = parts.netloc.replace(parts.hostname or "", encoded) if parts.hostname else ""
        url = urlunsplit(parts._replace(netloc=netloc or parts.netloc.lower()))
    return url, encoded


def _parser() -> MarkdownIt:
    # "zero" enables nothing but paragraphs; everything a comment may use is named here.
    md = MarkdownIt("zero", {"html": False, "linkify": False, "breaks": True})
    md.enable(["emphasis", "backticks", "link", "autolink", "newline", "escape", "entity"])
    md.validateLink = lambda url: (  # type: ignore[method-assign]
        urlsplit(url.strip()).scheme.lower() in COMMENT.url_schemes
    )
    return md


MARKDOWN = _parser()


def _mark_hosts(tokens: list[Token]) -> None:
    """Punycode every link's host and say where a link goes when its text says otherwise."""
    for block in tokens:
        children = block.children or []
        out: list[Token] = []
        link: Token | None = None
        text = ""
        for token in children:
            if token.type == "link_open":
                href, host = ascii_host(str(token.attrGet("href") or ""))
                token.attrSet("href", href)
                link, text = token, ""
            elif link is not None and token.type in {"text", "code_inline"}:
                text += token.content
            out.append(token)
            if token.type == "link_close" and link is not None:
                href = str(link.attrGet("href") or "")
                _, host = ascii_host(href)
                if host and not _text_matches(text, href, host):
                    note = Token("text", "", 0)
                    note.content = f" [{host}]"
                    out.append(note)
                link = None
        block.children = out


def _text_matches(text: str, href: str, host: str) -> bool:
    """Whether a link's text is harmless: no address in it, or the address it links to."""
    text = text.strip()
    if text == href:
        return True
    named = URL_LIKE.search(text)
    if named is None:
        return not _international(host)
    try:
        named_host = named.group(1).lower().encode("idna").decode("ascii")
    except UnicodeError:
        return False
    return named_host == host and not _international(host)


def _international(host: str) -> bool:
    return any(label.startswith("xn--") for label in host.split("."))


def render(text: str) -> str:
    """The safe HTML of a comment body (already cleaned by ``clean_text``)."""
    tokens = MARKDOWN.parse(text)
    _mark_hosts(tokens)
    html = MARKDOWN.renderer.render(tokens, MARKDOWN.options, {})
    return sanitize(html, COMMENT).strip()


LINK_LIKE = re.compile(r"https?://|www\.|mailto:", re.IGNORECASE)


def count_links(text: str) -> int:
    """How many links or bare addresses the text holds (links or not, both bring traffic)."""
    return len(LINK_LIKE.findall(text))


def plain(text: str) -> str:
    """The body as escaped text (emails, the admin's short previews)."""
    return escape(text)
