"""Read an article saved as plain text or Markdown, the way a reader copies a page from a site.

The input is what a browser's "copy", a reader-mode extension or a simple scraper leaves behind:
the headline, a byline, a date line, taxonomy lines, an italic lead, the body, then the author's
bio, credits and copyright, all wrapped in the republishing outlet's boilerplate (translation
notes, share prompts, disclaimers). Links usually survive only as ``[text](#)``.

:func:`parse_article` turns that into a :class:`ParsedArticle`; nothing is saved here. This
module is pure Python (no Django) so the importer command, the admin upload view and the tests
can all call it, and a ``--dry-run`` can show :attr:`ParsedArticle.skipped` to an editor.

Errors are :class:`ArticleParseError` with a 1-based line number, worded for a newsroom editor,
in the spirit of Wagtail's ``import_redirects`` command ("name the line").
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from markdown_it import MarkdownIt

__all__ = [
    "ArticleParseError",
    "Block",
    "BlockKind",
    "Byline",
    "ParsedArticle",
    "parse_article",
    "parse_article_file",
]

BlockKind = Literal["paragraph", "subheading", "quote"]


# --------------------------------------------------------------------------------------------
# Public data types
# --------------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------------

# Inline parsing only; used to tell whether a paragraph is wholly italic or bold.
_MD = MarkdownIt("commonmark")

_LINK_RE = re.compile(r"(!?)\[([^\]]*)\]\(\s*([^)\s]*)(?:\s+\"[^\"]*\")?\s*\)")
_LINK_ONLY_RE = re.compile(r"[*_]{0,3}\[[^\]]+\]\([^)]*\)[*_]{0,3}")
_IMAGE_ONLY_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_HEADING_RE = re.compile(r"(#{1,6})\s+(.*?)(?:\s+#+)?")
# A line that is only "*", "***", "* * *", "---", "___": the end-of-article mark (or a
# section break inside the body, told apart by what follows it).
_MARKER_RE = re.compile(r"\*|(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}")
_SETEXT_RE = re.compile(r"=+|-+")
_ATTRIBUTION_RE = re.compile(r"(?:—|–|--(?!-))\s*(\S.*)")
_BYLINE_RE = re.compile(r"(?:written\s+)?by\s+(.+)", re.IGNORECASE)
_NAME_SPLIT_RE = re.compile(r"\s*(?:,\s*and\s+|,\s*&\s*|,|\s+and\s+|\s*&\s*)\s*", re.IGNORECASE)
_TAXONOMY_RE = re.compile(
    r"(?P<label>regions?|themes?|in[- ]depth reports?)\s*:\s*(?P<value>.*)", re.IGNORECASE
)
# "Label: value" with a label of one to three words: metadata in a header, never a name.
_LABEL_RE = re.compile(r"[^\W\d_][\w'’.-]*(?:[ -][\w'’.-]+){0,2}\s*:(?:\s|$)")
_BLOCK_MARK_RE = re.compile(r"^(?:#{1,6}|[-+*])\s+")
_LIST_ITEM_RE = re.compile(r"(?:[-+*]|\d{1,3}[.)])\s+\S")

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august")
_MONTH_NAMES += ("september", "october", "november", "december")
# Full names, three-letter abbreviations and "Sept".
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}
_MONTHS |= {name[:3]: number for name, number in list(_MONTHS.items())} | {"sept": 9}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_DATE_LINE_RE = re.compile(
    rf"(?:(?P<outlet>.{{1,80}}?)\s*,\s*)?(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}}){_ORD},?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}}){_ORD}\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{1,2}})-(?P<d3>\d{{1,2}}))",
    re.IGNORECASE,
)
_WEEKDAY_RE = re.compile(_WEEKDAY, re.IGNORECASE)

# Boilerplate of the republishing outlet: (pattern searched in the plain text, reason).
# Written against the phrasing, never an outlet's name, so other outlets' copies match too.
_TRANSLATION_NOTE = "translation note"
_DISCLAIMER = "disclaimer"
_BOILERPLATE: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"\barticles?\b.*\bcan be read in \d+ languages|translate website", re.I),
        _TRANSLATION_NOTE,
    ),
    (re.compile(r"^note to (?:our )?readers?\b", re.I), "note to readers"),
    (re.compile(r"^comment on\b.*\barticles?\b", re.I), "comment prompt"),
    (
        re.compile(r"^become an? (?:member|subscriber|patron|supporter)\b", re.I),
        "membership prompt",
    ),
    (re.compile(r"^articles by\s*:", re.I), "author index link"),
    (re.compile(r"^disclaimer\s*:", re.I), _DISCLAIMER),
    (
        re.compile(r"^(?:[\w.-]+|this (?:web)?site) contains copyrighted material\b", re.I),
        "fair-use notice",
    ),
    (re.compile(r"^for media (?:inquiries|enquiries)\b", re.I), "media contact"),
    (re.compile(r"^(?:please )?(?:click|use) the share buttons?\b", re.I), "share prompt"),
    (
        re.compile(r"^(?:subscribe|sign up) (?:to|for) (?:our|the) newsletter\b", re.I),
        "newsletter prompt",
    ),
]
_CREDIT_RE = re.compile(
    r"(?:(?P<featured>featured image (?:is )?from|featured image(?: credit)?\s*:)"
    r"|image credit\s*:|photo credit\s*:)\s*(?P<credit>.+?)\.?",
    re.IGNORECASE,
)
_ORIGINAL_SOURCE_RE = re.compile(
    r"[*_]{0,2}the original source of this article is\s+(?P<source>.+?)[.*_]*", re.IGNORECASE
)
# "Copyright ©", "Copyright (c)", "©" surely open a copyright line (a missing year is then an
# error); a bare "Copyright" or "(c)" only with a year in place, so that a paragraph opening
# "Copyright law…" or a list item "(c) the board…" stays article text.
_COPYRIGHT_RE = re.compile(
    r"[*_]{0,2}(?:copyright\s*(?:©|\(c\)|&copy;)|©|&copy;)\s*(?P<rest>.+?)[*_]*"
    r"|[*_]{0,2}(?:copyright|\(c\))\s+"
    r"(?P<dated>\d{4}\b.{0,100}|.{0,100}\b\d{4}(?:[.,]?\s*all rights reserved\.?)?)[*_]*",
    re.IGNORECASE,
)
_RIGHTS_RESERVED_RE = re.compile(r"[.,]?\s*all rights reserved\.?$", re.IGNORECASE)
_YEAR_RE = re.compile(r"\d{4}")
# "He is a frequent contributor…", "Her latest book…": how a bio's second paragraph opens. Kept
# to bio verbs so that "They refused." after a paragraph naming the author stays article text.
_PRONOUN_BIO_RE = re.compile(
    r"(?:he|she|they)\s+(?:is|are|was|were|has|have|also|regularly|frequently|often|lives?"
    r"|writes?|teach(?:es)?|works?|holds?|serves?|contributes?|can be)\b"
    r"|(?:his|her|their)\s+(?:latest|new|most recent|books?|work|writing|research)\b",
    re.IGNORECASE,
)
_ABOUT_AUTHOR_RE = re.compile(r"the authors?\b", re.IGNORECASE)
_BIO_HEADING_RE = re.compile(r"about the authors?:?", re.IGNORECASE)
_HONORIFIC_RE = re.compile(r"(?:dr|prof|professor|mr|mrs|ms)\.?\s+", re.IGNORECASE)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# A sentence or quoted sentence is over when it ends with one of these.
_TERMINAL = ".:;!?…\"”’'»"
_SUBHEADING_MAX = 90
_TITLE_MAX = 300
_SNIPPET = 60
# Hard-wrapped Markdown rarely goes past this width; longer lines are whole paragraphs.
_WRAP_WIDTH = 120


# --------------------------------------------------------------------------------------------
# Small text helpers
# --------------------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """Inline Markdown reduced to plain text: links to their text, images and emphasis gone."""
    text = _LINK_RE.sub(lambda m: "" if m.group(1) else m.group(2), text)
    text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)
    text = re.sub(r"\*(.+?)\*|(?<!\w)_(.+?)_(?!\w)", lambda m: m.group(1) or m.group(2), text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" *_")


def _snippet(text: str) -> str:
    plain = _plain(text)
    return plain if len(plain) <= _SNIPPET else plain[: _SNIPPET - 1].rstrip() + "…"


def _real_url(url: str) -> str:
    """``url`` when it is an absolute http(s) URL, else "" (scrapes leave "#" or relative)."""
    url = url.strip()
    parts = urlsplit(url)
    return url if parts.scheme in {"http", "https"} and parts.netloc else ""


def _ends_sentence(text: str) -> bool:
    plain = _plain(text).rstrip()
    return bool(plain) and plain[-1] in _TERMINAL


def _starts_lowercase(text: str) -> bool:
    plain = _plain(text)
    return bool(plain) and plain[0].islower()


def _wrapped_in(text: str, kind: Literal["em", "strong"]) -> str | None:
    """Inner Markdown when all of ``text`` is one ``*…*`` (em) or ``**…**`` (strong) span."""
    text = text.strip()
    children = _MD.parseInline(text)[0].children or []
    # markdown-it leaves empty text tokens around "**…**"; they hold nothing outside the span.
    tokens = [token for token in children if token.type != "text" or token.content]
    if len(tokens) < 2 or tokens[0].type != f"{kind}_open" or tokens[-1].type != f"{kind}_close":
        return None
    depth = 0
    for position, token in enumerate(tokens):
        if token.type == f"{kind}_open":
            depth += 1
        elif token.type == f"{kind}_close":
            depth -= 1
            # The opening span closes before the end: "*a* and *b*" is not wholly italic.
            if depth == 0 and position != len(tokens) - 1:
                return None
    width = len(tokens[0].markup)
    inner = text[width:-width].strip()
    return inner or None


def _split_names(text: str) -> list[tuple[str, str]]:
    """Split "A, [B](url) and C" into (name, url) pairs; a link's text is never split."""
    links: list[tuple[str, str]] = []

    def stash(match: re.Match[str]) -> str:
        links.append((match.group(2).strip(), match.group(3)))
        # NUL never survives input checks, so it is a safe placeholder.
        return f"\x00{len(links) - 1}\x00"

    stashed = _LINK_RE.sub(stash, text)
    pairs: list[tuple[str, str]] = []
    for part in _NAME_SPLIT_RE.split(stashed):
        part = part.strip()
        if not part:
            continue
        lone = re.fullmatch(r"\x00(\d+)\x00", part)
        if lone:
            name, url = links[int(lone.group(1))]
            pairs.append((_plain(name), _real_url(url)))
        else:
            restored = re.sub(r"\x00(\d+)\x00", lambda m: links[int(m.group(1))][0], part)
            pairs.append((_plain(restored), ""))
    return [(name, url) for name, url in pairs if name]


def _split_terms(text: str) -> list[str]:
    """Comma-separated taxonomy terms; "&" and "and" stay inside a term."""
    terms = [term.strip(" .") for term in _plain(text).split(",")]
    return [term for term in terms if term]


def _link_or_name(text: str) -> tuple[str, str]:
    """(name, real url) from "[Name](url)" or a plain "Name"."""
    match = _LINK_RE.fullmatch(text.strip(" *_"))
    if match and not match.group(1):
        return _plain(match.group(2)), _real_url(match.group(3))
    return _plain(text), ""


def _taxonomy_line(text: str) -> re.Match[str] | None:
    """A "Region:/Theme:/In-depth Report:" line, also bold, linked, a heading or a list item."""
    return _TAXONOMY_RE.fullmatch(_plain(_BLOCK_MARK_RE.sub("", text, count=1)))


def _boilerplate_reason(text: str) -> str | None:
    plain = _plain(text)
    for pattern, reason in _BOILERPLATE:
        if pattern.search(plain):
            return reason
    return None


def _parse_byline(text: str) -> list[Byline] | None:
    """Authors from "By A", "By [A](#)", "By A and B", "By A, B and C"; None if not a byline."""
    match = _BYLINE_RE.fullmatch(text.strip().strip("*_").strip())
    if not match or len(text) > 200:
        return None
    pairs = _split_names(match.group(1).rstrip(" ."))
    # A sentence that happens to start with "By" ("By 2015, the talks…") is not a byline.
    if not pairs or any(len(name) > 60 or len(name.split()) > 6 for name, _ in pairs):
        return None
    return [Byline(name=name, url=url) for name, url in pairs]


def _parse_date_line(text: str, line: int) -> tuple[str, date] | None:
    """(outlet, date) from "Outlet, February 01, 2021"; None if the line is not a date line."""
    match = _DATE_LINE_RE.fullmatch(_plain(text))
    if not match:
        return None
    outlet = (match.group("outlet") or "").strip()
    if _WEEKDAY_RE.fullmatch(outlet):
        outlet = ""
    if match.group("y3"):
        year, month, day = (int(match.group(g)) for g in ("y3", "m3", "d3"))
    else:
        suffix = "1" if match.group("y1") else "2"
        year = int(match.group(f"y{suffix}"))
        day = int(match.group(f"d{suffix}"))
        month = _MONTHS[match.group(f"m{suffix}").lower()]
    try:
        return outlet, date(year, month, day)
    except ValueError:
        raise ArticleParseError(
            line,
            f"the date line '{_snippet(text)}' is not a real date; "
            "write it like 'March 14, 2022', '14 March 2022' or '2022-03-14'",
        ) from None


def _parse_copyright(text: str, line: int) -> tuple[list[str], str, int] | None:
    """(holders, publication, year) from "Copyright © A, B, Pub, 2021"; None if not one."""
    match = _COPYRIGHT_RE.fullmatch(text.strip())
    if not match:
        return None
    rest = _RIGHTS_RESERVED_RE.sub("", (match.group("rest") or match.group("dated")).strip())
    items = _split_copyright_items(rest)
    year: int | None = None
    if items and _YEAR_RE.fullmatch(items[-1]):
        year = int(items.pop())
    elif items and (tail := re.fullmatch(r"(.*\S)\s+(\d{4})", items[-1])):
        items[-1], year = tail.group(1), int(tail.group(2))
    elif items and (head := re.fullmatch(r"(\d{4})\s+(.*\S)", items[0])):
        year, items[0] = int(head.group(1)), head.group(2)
    if year is None:
        found = items[-1] if items else rest
        raise ArticleParseError(
            line,
            f"the copyright line should end with a four-digit year, like "
            f"'Copyright © NAME, PUBLICATION, 2021'; found '{_snippet(found)}' instead",
        )
    if len(items) >= 2:
        return items[:-1], items[-1], year
    return items, "", year


def _split_copyright_items(text: str) -> list[str]:
    """Comma-separated items of a copyright line, links reduced to their text."""
    items = [
        _plain(part).strip(" .") for part in _LINK_RE.sub(lambda m: m.group(2), text).split(",")
    ]
    return [item for item in items if item]


# --------------------------------------------------------------------------------------------
# Units: the text cut into paragraphs, headings, quotes and single lines
# --------------------------------------------------------------------------------------------

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
        _boilerplate_reason(text)
        or _CREDIT_RE.fullmatch(_plain(text))
        or _ORIGINAL_SOURCE_RE.fullmatch(text)
        or _COPYRIGHT_RE.fullmatch(text)
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
# The parser
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


class _Parser:
    """One parse; keeps the running state that the steps share."""

    def __init__(self, text: str) -> None:
        self.lines = _normalise(text)
        self.article = ParsedArticle(title="")
        # Real URLs of the source links, in the order met (header first).
        self.source_urls: list[str] = []
        # (line, text) of a subtitle found between the title and the byline.
        self.deck: tuple[int, str] | None = None

    # -- header ---------------------------------------------------------------------------

    def parse(self) -> ParsedArticle:
        position = self._parse_title()
        position = self._parse_header(position)
        units = _group(self.lines[position:])
        units = self._parse_lead(units)
        body, trailer = self._split_body(units)
        self.article.body = _blocks(_repair(body))
        if not any(block.kind != "subheading" for block in self.article.body):
            self._fail_no_body(trailer)
        self._parse_trailer(trailer)
        self._resolve_source_urls()
        return self.article

    def _next_nonblank(self, position: int) -> int:
        while position < len(self.lines) and not self.lines[position][1]:
            position += 1
        return position

    def _parse_title(self) -> int:
        if not any(text for _, text in self.lines):
            raise ArticleParseError(1, "the file is empty; expected the article title on line 1")
        position = self._next_nonblank(0)
        # Page chrome copied above the headline (e.g. a translation banner) is not the title.
        while (reason := _boilerplate_reason(self.lines[position][1])) is not None:
            number, text = self.lines[position]
            self.article.skipped.append((number, f"{reason}: '{_snippet(text)}'"))
            position = self._next_nonblank(position + 1)
            if position >= len(self.lines):
                raise ArticleParseError(
                    self.lines[-1][0], "no article title found; the file holds only boilerplate"
                )
        number, text = self.lines[position]
        heading = _HEADING_RE.fullmatch(text)
        title = _plain(heading.group(2) if heading else text)
        found = None
        if _parse_byline(text):
            found = "a byline"
        elif _taxonomy_line(text):
            found = "a Region/Theme line"
        elif _MARKER_RE.fullmatch(text):
            found = "a separator line"
        elif _DATE_LINE_RE.fullmatch(_plain(text)):
            found = "a date line"
        elif len(title) > _TITLE_MAX:
            found = "a whole paragraph"
        if found or not title:
            raise ArticleParseError(
                number,
                f"expected the article title here, found {found or 'no text'} "
                f"('{_snippet(text)}'); put the headline on the first line",
            )
        self.article.title = title
        position += 1
        # A Setext underline ("Title" then "=====") belongs to the title.
        if position < len(self.lines) and _SETEXT_RE.fullmatch(self.lines[position][1]):
            position += 1
        return position

    def _parse_header(self, position: int) -> int:
        """Byline, date line, source line, taxonomy and header boilerplate, in any order."""
        article = self.article
        title_line = self.lines[position - 1][0]
        first = self._next_nonblank(position)
        after_date = False
        while (position := self._next_nonblank(position)) < len(self.lines):
            number, text = self.lines[position]
            was_after_date, after_date = after_date, False
            if not article.authors and (authors := _parse_byline(text)):
                article.authors = authors
            elif article.publication_date is None and (dated := _parse_date_line(text, number)):
                article.outlet_name, article.publication_date = dated
                after_date = True
            # Taxonomy before the source line: "Region: Europe" right after the date line is a
            # region, never a partner publication (an original piece has no source line).
            elif taxonomy := _taxonomy_line(text):
                terms = _split_terms(taxonomy.group("value"))
                label = taxonomy.group("label").lower()
                target = (
                    article.regions
                    if label.startswith("region")
                    else article.themes
                    if label.startswith("theme")
                    else article.reports
                )
                target.extend(terms)
            elif was_after_date and self._is_source_line(text, position):
                article.source_name, url = _link_or_name(text)
                self.source_urls.append(url)
            elif reason := _boilerplate_reason(text):
                article.skipped.append((number, f"{reason}: '{_snippet(text)}'"))
            elif not article.authors and not self.deck and self._byline_follows(position):
                # A subtitle (deck) between the headline and the byline.
                self.deck = (number, text)
            else:
                break
            position += 1
        if not article.authors:
            if first < len(self.lines):
                number, text = self.lines[first]
                raise ArticleParseError(
                    number,
                    "expected a byline like 'By NAME' or 'By NAME and NAME' after the title, "
                    f"found '{_snippet(text)}'",
                )
            raise ArticleParseError(
                title_line,
                "expected a byline like 'By NAME' after the title, but the file ends here",
            )
        return position

    def _byline_follows(self, position: int) -> bool:
        following = self._next_nonblank(position + 1)
        return following < len(self.lines) and bool(_parse_byline(self.lines[following][1]))

    def _is_source_line(self, text: str, position: int) -> bool:
        """The partner publication right after the date line: "[Harbour Ledger](#)" or a name.

        A "Label: value" line ("Region: Europe", "Category: News") is metadata, not a
        publication's name, whether or not it is a link; taking it for one would invent a
        partner without a licence, which then blocks every translation of the piece.
        """
        plain = _plain(text)
        if _LABEL_RE.match(plain):
            return False
        if _LINK_ONLY_RE.fullmatch(text):
            return True
        if (
            not plain
            or len(plain) > 60
            or len(plain.split()) > 8
            or plain[-1] in _TERMINAL
            or text[0] in "*_#>!-["
            or not (plain[0].isupper() or plain[0].isdigit())
        ):
            return False
        # A bare name could be the first line of the body; believe it only when the header
        # visibly goes on after it (taxonomy, boilerplate or an italic lead).
        following = self._next_nonblank(position + 1)
        if following >= len(self.lines):
            return False
        after = self.lines[following][1]
        return bool(_taxonomy_line(after) or _boilerplate_reason(after) or _wrapped_in(after, "em"))

    # -- lead and body --------------------------------------------------------------------

    def _parse_lead(self, units: list[_Unit]) -> list[_Unit]:
        """Take the lead off the front: the first paragraph when it is wholly italic."""
        index = 0
        while index < len(units) and units[index].kind == "image":
            self.article.skipped.append((units[index].line, "image (not imported)"))
            index += 1
        if index < len(units) and units[index].kind == "text":
            lead = _wrapped_in(units[index].text, "em")
            if lead is not None:
                self.article.lead = lead
                index += 1
        if self.deck:
            number, text = self.deck
            if self.article.lead:
                self.article.skipped.append(
                    (number, f"subtitle above the byline: '{_snippet(text)}'")
                )
            else:
                # A standfirst above the byline is the lead when no italic lead follows.
                self.article.lead = _wrapped_in(text, "em") or text
        return units[index:]

    def _trailer_kind(self, unit: _Unit, previous: str | None = None) -> str | None:
        """What a unit after the body would be, or None if it reads like body text.

        ``previous`` is the kind of the unit before it: a pronoun sentence ("She is…") is bio
        only right after a bio, and anything right after "About the author" is bio.
        """
        if unit.kind in ("marker", "image"):
            return unit.kind
        if unit.kind in ("text", "heading") and _BIO_HEADING_RE.fullmatch(_plain(unit.text)):
            return "bio heading"
        if unit.kind != "text":
            return None
        if previous == "bio heading":
            return "bio"
        if _boilerplate_reason(unit.text):
            return "boilerplate"
        if _CREDIT_RE.fullmatch(_plain(unit.text)):
            return "credit"
        if _ORIGINAL_SOURCE_RE.fullmatch(unit.text):
            return "source"
        if _COPYRIGHT_RE.fullmatch(unit.text):
            return "copyright"
        if self._starts_bio(unit.text):
            return "bio"
        if previous == "bio" and _PRONOUN_BIO_RE.match(_plain(unit.text)):
            return "bio"
        return None

    def _starts_bio(self, text: str) -> bool:
        plain = _HONORIFIC_RE.sub("", _plain(text), count=1)
        if _ABOUT_AUTHOR_RE.match(plain):
            return True
        return any(
            re.match(re.escape(author.name) + r"(?!\w)", plain) for author in self.article.authors
        )

    def _rest_is_trailer(self, units: list[_Unit], previous: str | None = None) -> bool:
        """True when nothing in ``units`` reads like body text (bios, credits, boilerplate)."""
        for unit in units:
            previous = self._trailer_kind(unit, previous)
            if previous is None:
                return False
            # After a disclaimer the outlet's notices run to the end of the page.
            if previous == "boilerplate" and _boilerplate_reason(unit.text) == _DISCLAIMER:
                return True
        return True

    def _split_body(self, units: list[_Unit]) -> tuple[list[_Unit], list[_Unit]]:
        """Body units up to the end of the article, and the trailer after it."""
        body: list[_Unit] = []
        for index, unit in enumerate(units):
            kind = self._trailer_kind(unit)
            rest = units[index + 1 :]
            if kind == "marker":
                # "***"/"---" also separate sections in Markdown: it ends the article only
                # when what follows is bio, credits or boilerplate.
                if not rest or self._trailer_kind(rest[0]) is not None:
                    return body, units[index:]
                continue
            if kind == "image":
                self.article.skipped.append((unit.line, "image (not imported)"))
                continue
            if kind == "boilerplate":
                reason = _boilerplate_reason(unit.text) or ""
                # Translation banners can sit anywhere on the page; the rest ends the article.
                if reason == _TRANSLATION_NOTE:
                    self.article.skipped.append((unit.line, f"{reason}: '{_snippet(unit.text)}'"))
                    continue
                return body, units[index:]
            if kind == "credit" and not self._rest_is_trailer(rest):
                # A credit amid the text belongs to an image there (or to the featured image
                # shown above the text): not article text, and not the end of it either.
                self._take_credit(unit, in_text=True)
                continue
            if kind in ("credit", "source", "copyright"):
                return body, units[index:]
            # A paragraph opening with the author's name is the bio only at the end of the page;
            # earlier it may be the article quoting its own author.
            if kind in ("bio", "bio heading") and self._rest_is_trailer(rest, kind):
                return body, units[index:]
            body.append(unit)
        return body, []

    def _fail_no_body(self, trailer: list[_Unit]) -> None:
        if trailer:
            unit = trailer[0]
            shown = unit.text if unit.kind == "marker" else _snippet(unit.text)
            raise ArticleParseError(
                unit.line,
                "no article text found: expected body paragraphs after the header and lead, "
                f"but the article ends here ('{shown}')",
            )
        last = max((number for number, text in self.lines if text), default=1)
        raise ArticleParseError(
            last,
            "no article text found: expected body paragraphs after the header and lead, "
            "but the file ends here",
        )

    # -- after the body -------------------------------------------------------------------

    def _parse_trailer(self, units: list[_Unit]) -> None:
        article = self.article
        previous: str | None = None
        after_disclaimer = False
        for unit in units:
            kind = previous = self._trailer_kind(unit, previous)
            if kind == "marker":
                article.skipped.append((unit.line, "end-of-article marker"))
            elif kind == "image":
                article.skipped.append((unit.line, "image (not imported)"))
            elif kind == "bio heading":
                article.skipped.append((unit.line, f"bio heading: '{_snippet(unit.text)}'"))
            elif kind == "credit":
                self._take_credit(unit, in_text=False)
            elif kind == "source":
                match = _ORIGINAL_SOURCE_RE.fullmatch(unit.text)
                if match:
                    name, url = _link_or_name(match.group("source"))
                    article.source_name = article.source_name or name
                    self.source_urls.append(url)
            elif kind == "copyright":
                parsed = _parse_copyright(unit.text, unit.line)
                if parsed:
                    holders, publication, year = parsed
                    # "Copyright © A, B, 2021" by the two bylined authors names no publication.
                    if publication.casefold() in {a.name.casefold() for a in article.authors}:
                        holders, publication = [*holders, publication], ""
                    article.copyright_holders = holders
                    article.copyright_publication = publication
                    article.copyright_year = year
            elif kind == "boilerplate":
                reason = _boilerplate_reason(unit.text) or "boilerplate"
                after_disclaimer = after_disclaimer or reason == _DISCLAIMER
                article.skipped.append((unit.line, f"{reason}: '{_snippet(unit.text)}'"))
            elif after_disclaimer:
                # The disclaimer's own paragraphs (fair use, permissions, contacts).
                article.skipped.append((unit.line, f"{_DISCLAIMER}: '{_snippet(unit.text)}'"))
            elif kind == "bio" or (
                unit.kind == "text" and self._mentions_author(unit.text) and not article.bio
            ):
                article.bio.append(_wrapped_in(unit.text, "em") or unit.text)
                previous = "bio"
            else:
                article.skipped.append(
                    (
                        unit.line,
                        "text after the end of the article that is not a bio, credit or "
                        f"copyright line: '{_snippet(unit.text)}'",
                    )
                )

    def _take_credit(self, unit: _Unit, *, in_text: bool) -> None:
        match = _CREDIT_RE.fullmatch(_plain(unit.text))
        if match is None:
            return
        if in_text and not match.group("featured"):
            self.article.skipped.append(
                (unit.line, f"credit for an image in the text: '{_snippet(unit.text)}'")
            )
        elif not self.article.featured_image_credit:
            self.article.featured_image_credit = match.group("credit").strip()

    def _mentions_author(self, text: str) -> bool:
        head = _plain(text)[:120]
        return any(author.name in head for author in self.article.authors)

    def _resolve_source_urls(self) -> None:
        """A source link to an article page gives the original URL; the publication is its site."""
        article = self.article
        for url in filter(None, self.source_urls):
            parts = urlsplit(url)
            if parts.path.strip("/") or parts.query:
                article.original_url = article.original_url or url
                article.source_url = article.source_url or f"{parts.scheme}://{parts.netloc}"
            elif not article.source_url or article.source_url in article.original_url:
                # A homepage link names the publication better than an article link's origin.
                article.source_url = url


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
    plain = _plain(unit.text)
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
    if bold is not None and unit.lines == 1 and len(_plain(bold)) <= _SUBHEADING_MAX:
        return Block("subheading", bold, unit.line)
    # "He told the committee:" followed by a paragraph: that paragraph is what was said.
    if (
        previous is not None
        and previous.kind == "paragraph"
        and _plain(previous.text).endswith(":")
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


# --------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------


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
    data = Path(path).read_bytes()
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
    return parse_article(text)
