"""The parse itself: title, header, lead, body and the trailer after the body, in that order."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .lines import (
    _parse_byline,
    _parse_date_line,
    _snippet,
    _split_terms,
    _taxonomy_line,
    _wrapped_in,
    boilerplate_reason,
    link_or_name,
    parse_copyright,
    plain_line,
)
from .patterns import (
    _ABOUT_AUTHOR_RE,
    _BIO_HEADING_RE,
    _DATE_LINE_RE,
    _DISCLAIMER,
    _HEADING_RE,
    _HONORIFIC_RE,
    _LABEL_RE,
    _LINK_ONLY_RE,
    _MARKER_RE,
    _PRONOUN_BIO_RE,
    _SETEXT_RE,
    _TERMINAL,
    _TITLE_MAX,
    _TRANSLATION_NOTE,
    COPYRIGHT_RE,
    CREDIT_RE,
    ORIGINAL_SOURCE_RE,
)
from .types import ArticleParseError, ParsedArticle
from .units import _blocks, _group, _normalise, _repair, _Unit


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
        while (reason := boilerplate_reason(self.lines[position][1])) is not None:
            number, text = self.lines[position]
            self.article.skipped.append((number, f"{reason}: '{_snippet(text)}'"))
            position = self._next_nonblank(position + 1)
            if position >= len(self.lines):
                raise ArticleParseError(
                    self.lines[-1][0], "no article title found; the file holds only boilerplate"
                )
        number, text = self.lines[position]
        heading = _HEADING_RE.fullmatch(text)
        title = plain_line(heading.group(2) if heading else text)
        found = None
        if _parse_byline(text):
            found = "a byline"
        elif _taxonomy_line(text):
            found = "a Region/Theme line"
        elif _MARKER_RE.fullmatch(text):
            found = "a separator line"
        elif _DATE_LINE_RE.fullmatch(plain_line(text)):
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
                article.source_name, url = link_or_name(text)
                self.source_urls.append(url)
            elif reason := boilerplate_reason(text):
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
        plain = plain_line(text)
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
        return bool(_taxonomy_line(after) or boilerplate_reason(after) or _wrapped_in(after, "em"))

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
        if unit.kind in ("text", "heading") and _BIO_HEADING_RE.fullmatch(plain_line(unit.text)):
            return "bio heading"
        if unit.kind != "text":
            return None
        if previous == "bio heading":
            return "bio"
        if boilerplate_reason(unit.text):
            return "boilerplate"
        if CREDIT_RE.fullmatch(plain_line(unit.text)):
            return "credit"
        if ORIGINAL_SOURCE_RE.fullmatch(unit.text):
            return "source"
        if COPYRIGHT_RE.fullmatch(unit.text):
            return "copyright"
        if self._starts_bio(unit.text):
            return "bio"
        if previous == "bio" and _PRONOUN_BIO_RE.match(plain_line(unit.text)):
            return "bio"
        return None

    def _starts_bio(self, text: str) -> bool:
        plain = _HONORIFIC_RE.sub("", plain_line(text), count=1)
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
            if previous == "boilerplate" and boilerplate_reason(unit.text) == _DISCLAIMER:
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
                reason = boilerplate_reason(unit.text) or ""
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
                match = ORIGINAL_SOURCE_RE.fullmatch(unit.text)
                if match:
                    name, url = link_or_name(match.group("source"))
                    article.source_name = article.source_name or name
                    self.source_urls.append(url)
            elif kind == "copyright":
                parsed = parse_copyright(unit.text, unit.line)
                if parsed:
                    holders, publication, year = parsed
                    # "Copyright © A, B, 2021" by the two bylined authors names no publication.
                    if publication.casefold() in {a.name.casefold() for a in article.authors}:
                        holders, publication = [*holders, publication], ""
                    article.copyright_holders = holders
                    article.copyright_publication = publication
                    article.copyright_year = year
            elif kind == "boilerplate":
                reason = boilerplate_reason(unit.text) or "boilerplate"
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
        match = CREDIT_RE.fullmatch(plain_line(unit.text))
        if match is None:
            return
        if in_text and not match.group("featured"):
            self.article.skipped.append(
                (unit.line, f"credit for an image in the text: '{_snippet(unit.text)}'")
            )
        elif not self.article.featured_image_credit:
            self.article.featured_image_credit = match.group("credit").strip()

    def _mentions_author(self, text: str) -> bool:
        head = plain_line(text)[:120]
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
