"""The text cut into units (paragraphs, headings, quotes, single lines), and units into blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .lines import _ends_sentence, _starts_lowercase, _wrapped_in, boilerplate_reason, plain_line
from .patterns import (
    _ATTRIBUTION_RE,
    _CONTROL_RE,
    _HEADING_RE,
    _IMAGE_ONLY_RE,
    _LINK_ONLY_RE,
    _LIST_ITEM_RE,
    _MARKER_RE,
    _SUBHEADING_MAX,
    _TERMINAL,
    _WRAP_WIDTH,
    COPYRIGHT_RE,
    CREDIT_RE,
    ORIGINAL_SOURCE_RE,
)
from .types import ArticleParseError, Block

_UnitKind = Literal["text", "heading", "quote", "attribution", "marker", "image"]


@dataclass
class _Unit:
    kind: _UnitKind
    text: str
    line: int
    lines: int = 1


def _is_standalone(text: str) -> bool:
    """Lines that always stand alone even without a blank line around them."""
    return bool(
        boilerplate_reason(text)
        or CREDIT_RE.fullmatch(plain_line(text))
        or ORIGINAL_SOURCE_RE.fullmatch(text)
        or COPYRIGHT_RE.fullmatch(text)
        or _LIST_ITEM_RE.match(text)
    )


def _one_paragraph_per_line(lines: list[tuple[int, str]]) -> bool:
    """Whether the text puts each paragraph on one line with no blank line between them.

    Markdown joins consecutive lines into one paragraph (hard wrapping), but many scrapers write
    one paragraph per line. Tell them apart: a file with no blank line between its lines, or
    with a long finished sentence line directly followed by another line, is not hard-wrapped.
    """
    texts = [text for _, text in lines]
    while texts and not texts[-1]:
        texts.pop()
    while texts and not texts[0]:
        texts.pop(0)
    if len(texts) > 1 and all(texts):
        return True
    return any(
        len(first) > _WRAP_WIDTH
        and second
        and _ends_sentence(first)
        and not first.startswith(">")
        and not second.startswith(">")
        for first, second in zip(texts, texts[1:], strict=False)
    )


def _group(lines: list[tuple[int, str]]) -> list[_Unit]:
    """Cut lines into units; consecutive plain lines make one paragraph (hard-wrapped Markdown)."""
    per_line = _one_paragraph_per_line(lines)
    units: list[_Unit] = []
    current: list[tuple[int, str]] = []
    quote: list[tuple[int, str]] = []

    def flush() -> None:
        if current:
            text = " ".join(text for _, text in current)
            units.append(_Unit("text", text, current[0][0], len(current)))
            current.clear()
        if quote:
            units.extend(_quote_units(quote))
            quote.clear()

    for number, text in lines:
        if not text:
            flush()
        elif text.startswith(">"):
            if current:
                flush()
            quote.append((number, re.sub(r"^(?:>\s?)+", "", text).strip()))
        elif _MARKER_RE.fullmatch(text):
            flush()
            units.append(_Unit("marker", text, number))
        elif heading := _HEADING_RE.fullmatch(text):
            flush()
            units.append(_Unit("heading", heading.group(2), number))
        elif attribution := _ATTRIBUTION_RE.fullmatch(text):
            flush()
            units.append(_Unit("attribution", attribution.group(1), number))
        elif _IMAGE_ONLY_RE.fullmatch(text):
            flush()
            units.append(_Unit("image", text, number))
        elif _is_standalone(text):
            flush()
            units.append(_Unit("text", text, number))
        else:
            if quote or per_line:
                flush()
            current.append((number, text))
    flush()
    return units


def _quote_units(quote: list[tuple[int, str]]) -> list[_Unit]:
    """A ``>`` block: paragraphs split on empty ``>`` lines; a final "— Name" is attribution."""
    units: list[_Unit] = []
    paragraph: list[tuple[int, str]] = []

    def flush() -> None:
        if paragraph:
            text = " ".join(text for _, text in paragraph)
            units.append(_Unit("quote", text, paragraph[0][0], len(paragraph)))
            paragraph.clear()

    for number, text in quote:
        if not text:
            flush()
        elif attribution := _ATTRIBUTION_RE.fullmatch(text):
            flush()
            units.append(_Unit("attribution", attribution.group(1), number))
        else:
            paragraph.append((number, text))
    flush()
    return units


# --------------------------------------------------------------------------------------------
# Numbered lines
# --------------------------------------------------------------------------------------------


def _normalise(text: str) -> list[tuple[int, str]]:
    """Numbered lines with trailing spaces and runs of spaces collapsed; binary refused."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\v", "\n").replace("\f", "\n")
    if control := _CONTROL_RE.search(text):
        line = text.count("\n", 0, control.start()) + 1
        what = (
            "a NUL byte" if control.group() == "\x00" else f"control character {control.group()!r}"
        )
        raise ArticleParseError(
            line,
            f"the file contains binary data ({what}), not text; "
            "save the article as plain text (.txt) or Markdown (.md)",
        )
    return [
        (number, re.sub(r"[ \t]+", " ", raw).strip())
        for number, raw in enumerate(text.split("\n"), start=1)
    ]


# --------------------------------------------------------------------------------------------
# Body post-processing
# --------------------------------------------------------------------------------------------


def _repair(units: list[_Unit]) -> list[_Unit]:
    """Join paragraphs a scrape split mid-sentence ("…Not at" / "all. He…")."""
    repaired: list[_Unit] = []
    for unit in units:
        previous = repaired[-1] if repaired else None
        if (
            previous is not None
            and unit.kind == previous.kind
            and unit.kind in ("text", "quote")
            and not _ends_sentence(previous.text)
            and _starts_lowercase(unit.text)
            and not _LIST_ITEM_RE.match(unit.text)
        ):
            repaired[-1] = _Unit(
                unit.kind,
                f"{previous.text} {unit.text}",
                previous.line,
                previous.lines + unit.lines,
            )
        else:
            repaired.append(unit)
    return repaired


def _looks_like_subheading(unit: _Unit) -> bool:
    """A short standalone line without closing punctuation that is not just a link."""
    plain = plain_line(unit.text)
    return (
        unit.lines == 1
        and 0 < len(plain) <= _SUBHEADING_MAX
        and plain[-1] not in _TERMINAL
        and not _LINK_ONLY_RE.fullmatch(unit.text)
        and not _LIST_ITEM_RE.match(unit.text)
        and (plain[0].isupper() or plain[0].isdigit() or plain[0] in "\"“‘'")
    )


def _blocks(units: list[_Unit]) -> list[Block]:
    blocks: list[Block] = []
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        previous = blocks[-1] if blocks else None
        if unit.kind == "heading":
            blocks.append(Block("subheading", unit.text, unit.line))
        elif unit.kind == "quote":
            blocks.append(Block("quote", unit.text, unit.line))
        elif unit.kind == "attribution":
            if previous and previous.kind == "quote" and not previous.attribution:
                previous.attribution = unit.text
            else:
                # A dash line that follows no quote is ordinary text; keep what was written.
                blocks.append(Block("paragraph", f"— {unit.text}", unit.line))
        elif unit.kind == "text":
            blocks.append(_text_block(unit, previous, following))
    return blocks


def _text_block(unit: _Unit, previous: Block | None, following: _Unit | None) -> Block:
    bold = _wrapped_in(unit.text, "strong")
    if bold is not None and unit.lines == 1 and len(plain_line(bold)) <= _SUBHEADING_MAX:
        return Block("subheading", bold, unit.line)
    # "He told the committee:" followed by a paragraph: that paragraph is what was said.
    if (
        previous is not None
        and previous.kind == "paragraph"
        and plain_line(previous.text).endswith(":")
        and not _LIST_ITEM_RE.match(unit.text)
    ):
        return Block("quote", unit.text, unit.line)
    if (
        previous is not None
        and following is not None
        and following.kind == "text"
        and _looks_like_subheading(unit)
    ):
        return Block("subheading", unit.text, unit.line)
    return Block("paragraph", unit.text, unit.line)
