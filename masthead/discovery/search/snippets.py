"""Snippets: a window of each result's text around the first match, the matches marked."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from wagtail.rich_text import get_text_for_indexing

from masthead.articles.models import ArticlePage
from masthead.discovery.search.query import WORD

EXCERPT_WORDS = 36
# Combining marks (accents) left over once a text is decomposed (NFKD).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _fold(text: str) -> str:
    """Case- and accent-insensitive form, as FTS5's unicode61 tokenizer compares words."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


def _term_pattern(terms: Sequence[str]) -> re.Pattern[str]:
    """A whole word equal to a term, or starting with one of three letters or more, in folded
    text: a prefix match also marks the stemmed forms PostgreSQL finds ("run" → "running")."""
    alternatives = [
        re.escape(term) + (r"[^\W_]*" if len(term) >= 3 else "")
        for term in sorted({_fold(t) for t in terms}, key=len, reverse=True)
    ]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + r")(?![^\W_])")


def highlight(text: str, terms: Sequence[str]) -> SafeString:
    """``text`` escaped, with each word that matches a term wrapped in ``<mark>``.

    The text is cut at word boundaries first and every piece escaped on its own, so a mark
    can never split an entity or a tag.
    """
    pattern = _term_pattern(terms)
    pieces: list[SafeString] = []
    last = 0
    for match in WORD.finditer(text):
        if pattern.fullmatch(_fold(match.group())):
            pieces.append(format_html("{}", text[last : match.start()]))
            pieces.append(format_html("<mark>{}</mark>", match.group()))
            last = match.end()
    pieces.append(format_html("{}", text[last:]))
    return format_html_join("", "{}", ((piece,) for piece in pieces))


BLOCK_SEPARATOR = "·"
_SENTENCE_ENDS = (".", "!", "?", ":", ";", "…", '"', "”", "»", "。", "！", "？", "।", "؟")


def plain_text(article: ArticlePage, until: re.Pattern[str] | None = None) -> str:
    """The lead and body of an article as plain text, for snippets.

    Read from the body's stored JSON rather than its blocks: building blocks for twelve
    results costs more than the search itself. With ``until`` (a pattern of folded text),
    reading stops once the text holds a match and more than an excerpt's worth of words
    after it: the rest of a long article would not be shown.
    """
    texts = itertools.chain(
        [get_text_for_indexing(article.lead)],
        *(_texts(item.get("value")) for item in article.body.raw_data),
    )
    words: list[str] = []
    first: int | None = None
    for text in texts:
        text_words = text.split()
        if until is not None and first is None:
            match = until.search(_fold(" ".join(text_words)))
            if match:
                first = len(words) + match.string.count(" ", 0, match.start())
        words.extend(text_words)
        if text_words and not text_words[-1].endswith(_SENTENCE_ENDS):
            # A subheading or caption runs into the next text: "Next steps · We will …".
            words.append(BLOCK_SEPARATOR)
        if first is not None and len(words) > first + EXCERPT_WORDS:
            break
    if words and words[-1] == BLOCK_SEPARATOR:
        words.pop()  # nothing follows it
    return " ".join(words)


def _texts(value: Any) -> Iterator[str]:
    """The human-readable strings in one block's stored value (captions, quotes, paragraphs)."""
    if isinstance(value, str):
        if value and not value.startswith(("http://", "https://")):
            yield get_text_for_indexing(value) if "<" in value else value
    elif isinstance(value, dict):
        for child in value.values():
            yield from _texts(child)
    elif isinstance(value, list):
        for child in value:
            yield from _texts(child)


def excerpt(text: str, terms: Sequence[str], length: int = EXCERPT_WORDS) -> SafeString:
    """About ``length`` words of ``text`` around the first match, highlighted."""
    words = text.split()
    folded = _fold(" ".join(words))
    match = _term_pattern(terms).search(folded)
    # Folding keeps word boundaries, so the match's word number is its count of spaces.
    first = folded.count(" ", 0, match.start()) if match else 0
    start = max(0, min(first - length // 4, len(words) - length))
    window = words[start : start + length]
    while window and window[0] == BLOCK_SEPARATOR:
        window.pop(0)
    while window and window[-1] == BLOCK_SEPARATOR:
        window.pop()
    body = highlight(" ".join(window), terms)
    before = "… " if start > 0 else ""
    after = " …" if start + length < len(words) else ""
    return format_html("{}{}{}", before, body, after)


def snippet_for(article: ArticlePage, terms: Sequence[str]) -> SafeString:
    return excerpt(plain_text(article, until=_term_pattern(terms)), terms)


def add_snippets(results: Iterable[ArticlePage], terms: Sequence[str]) -> None:
    """Give each result its ``snippet`` for the teaser."""
    for article in results:
        article.snippet = snippet_for(article, terms)
