"""Reading one line: plain text of inline Markdown, and the header and copyright lines."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal
from urllib.parse import urlsplit

from .patterns import (
    _BLOCK_MARK_RE,
    _BOILERPLATE,
    _BYLINE_RE,
    _DATE_LINE_RE,
    _LINK_RE,
    _MD,
    _MONTHS,
    _NAME_SPLIT_RE,
    _RIGHTS_RESERVED_RE,
    _SNIPPET,
    _TAXONOMY_RE,
    _TERMINAL,
    _WEEKDAY_RE,
    _YEAR_RE,
    COPYRIGHT_RE,
)
from .types import ArticleParseError, Byline


def plain_line(text: str) -> str:
    """Inline Markdown reduced to plain text: links to their text, images and emphasis gone."""
    text = _LINK_RE.sub(lambda m: "" if m.group(1) else m.group(2), text)
    text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)
    text = re.sub(r"\*(.+?)\*|(?<!\w)_(.+?)_(?!\w)", lambda m: m.group(1) or m.group(2), text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" *_")


def _snippet(text: str) -> str:
    plain = plain_line(text)
    return plain if len(plain) <= _SNIPPET else plain[: _SNIPPET - 1].rstrip() + "…"


def _real_url(url: str) -> str:
    """``url`` when it is an absolute http(s) URL, else "" (scrapes leave "#" or relative)."""
    url = url.strip()
    parts = urlsplit(url)
    return url if parts.scheme in {"http", "https"} and parts.netloc else ""


def _ends_sentence(text: str) -> bool:
    plain = plain_line(text).rstrip()
    return bool(plain) and plain[-1] in _TERMINAL


def _starts_lowercase(text: str) -> bool:
    plain = plain_line(text)
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
            pairs.append((plain_line(name), _real_url(url)))
        else:
            restored = re.sub(r"\x00(\d+)\x00", lambda m: links[int(m.group(1))][0], part)
            pairs.append((plain_line(restored), ""))
    return [(name, url) for name, url in pairs if name]


def _split_terms(text: str) -> list[str]:
    """Comma-separated taxonomy terms; "&" and "and" stay inside a term."""
    terms = [term.strip(" .") for term in plain_line(text).split(",")]
    return [term for term in terms if term]


def link_or_name(text: str) -> tuple[str, str]:
    """(name, real url) from "[Name](url)" or a plain "Name"."""
    match = _LINK_RE.fullmatch(text.strip(" *_"))
    if match and not match.group(1):
        return plain_line(match.group(2)), _real_url(match.group(3))
    return plain_line(text), ""


def _taxonomy_line(text: str) -> re.Match[str] | None:
    """A "Region:/Theme:/In-depth Report:" line, also bold, linked, a heading or a list item."""
    return _TAXONOMY_RE.fullmatch(plain_line(_BLOCK_MARK_RE.sub("", text, count=1)))


def boilerplate_reason(text: str) -> str | None:
    plain = plain_line(text)
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
    match = _DATE_LINE_RE.fullmatch(plain_line(text))
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


def parse_copyright(text: str, line: int) -> tuple[list[str], str, int] | None:
    """(holders, publication, year) from "Copyright © A, B, Pub, 2021"; None if not one."""
    match = COPYRIGHT_RE.fullmatch(text.strip())
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
        plain_line(part).strip(" .") for part in _LINK_RE.sub(lambda m: m.group(2), text).split(",")
    ]
    return [item for item in items if item]
