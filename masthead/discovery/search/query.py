"""Reading what a reader typed: the words, the filters and the sort, cleaned.

Only words reach the backend: every operator, quote, bracket and SQL character a reader types is
dropped, so no input can change the shape of the query
(docs/decisions/0049-readers-type-words-not-a-query-language.md).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 200  # characters kept from what the reader typed
MAX_TERMS = 8  # words sent to the backend; more only slow the query down
# Words only: letters and digits in any script. Underscores split words as FTS5 does.
WORD = re.compile(r"[^\W_]+")
# Query-language words of FTS5, PostgreSQL and Lucene; readers type them as prose or by habit.
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,200}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class Sort:
    RELEVANCE = "relevance"
    DATE = "date"
    CHOICES = ((RELEVANCE, _("Relevance")), (DATE, _("Newest first")))


# The facets a reader can narrow by, in the order the page shows them.
TERM_FACETS: tuple[tuple[str, Any], ...] = (
    ("region", _("Region")),
    ("theme", _("Theme")),
    ("report", _("In-depth Report")),
    ("author", _("Author")),
)


def clean_terms(raw: str) -> list[str]:
    """The distinct words of ``raw`` (lower-cased, at most ``MAX_TERMS``), operators dropped."""
    terms: list[str] = []
    for word in WORD.findall(raw):
        if word in _OPERATORS:
            continue
        term = word.casefold()
        if term not in terms:
            terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    return terms


def _parse_date(raw: str | None) -> datetime.date | None:
    if not raw:
        return None
    try:
        return datetime.date.fromisoformat(raw.strip()[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class SearchQuery:
    """What the reader asked for, cleaned: safe to print back and to hand to the backend."""

    text: str = ""
    terms: tuple[str, ...] = ()
    sort: str = Sort.RELEVANCE
    region: str = ""
    theme: str = ""
    report: str = ""
    author: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    shortened: bool = False  # the reader typed more than we use
    ignored: tuple[str, ...] = ()  # parameters we could not read, by name

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> SearchQuery:
        """Read ``request.GET``; anything malformed is dropped, never an error."""
        # Servers cap URLs at a few KB anyway; this bounds the work on anything longer.
        raw = " ".join(_CONTROL.sub(" ", str(params.get("q", "")))[:10_000].split())
        text = raw[:MAX_QUERY_LENGTH]
        if len(raw) > MAX_QUERY_LENGTH and not raw[MAX_QUERY_LENGTH].isspace() and " " in text:
            text = text.rsplit(" ", 1)[0]  # no half word at the cut
        text = text.strip()
        terms = clean_terms(text)
        every_word = {w.casefold() for w in WORD.findall(raw) if w not in _OPERATORS}
        shortened = len(raw) > MAX_QUERY_LENGTH or len(every_word) > len(terms)
        ignored: list[str] = []
        slugs: dict[str, str] = {}
        for key, _label in TERM_FACETS:
            value = str(params.get(key, "")).strip()
            if value and not _SLUG.match(value):
                ignored.append(key)
                value = ""
            slugs[key] = value
        dates: dict[str, datetime.date | None] = {}
        for key in ("from", "to"):
            value = str(params.get(key, "")).strip()
            dates[key] = _parse_date(value)
            if value and dates[key] is None:
                ignored.append(key)
        date_from, date_to = dates["from"], dates["to"]
        if date_from and date_to and date_from > date_to:
            date_from, date_to = date_to, date_from
        sort = Sort.DATE if params.get("sort") == Sort.DATE else Sort.RELEVANCE
        return cls(
            text=text,
            terms=tuple(terms),
            sort=sort,
            date_from=date_from,
            date_to=date_to,
            shortened=shortened,
            ignored=tuple(ignored),
            **slugs,
        )

    @property
    def term_filters(self) -> dict[str, str]:
        """The Region/Theme/Report/author slugs in force."""
        return {key: getattr(self, key) for key, _label in TERM_FACETS if getattr(self, key)}

    @property
    def filters(self) -> dict[str, str]:
        """The narrowing parameters in force, as they appear in the URL."""
        values = self.term_filters
        values["from"] = self.date_from.isoformat() if self.date_from else ""
        values["to"] = self.date_to.isoformat() if self.date_to else ""
        return {key: value for key, value in values.items() if value}

    def params(self, **changes: str | None) -> dict[str, str]:
        """URL parameters for this query with ``changes`` applied (``None`` removes one)."""
        values: dict[str, str] = {"q": self.text, **self.filters}
        if self.sort != Sort.RELEVANCE:
            values["sort"] = self.sort
        for key, value in changes.items():
            key = key.rstrip("_")  # from_ is how a caller spells "from"
            if value is None or value == "":
                values.pop(key, None)
            else:
                values[key] = str(value)
        return values

    def url(self, **changes: str | None) -> str:
        """A query string (``?q=…``) for links on the results page; escaped by the template."""
        return "?" + urlencode(self.params(**changes))
