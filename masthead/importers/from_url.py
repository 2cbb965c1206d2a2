"""An article at a URL, fetched and written out as the text the article importer reads.

The ingest app fetches the page safely (``ingest.transport.fetch``: no private addresses, size
and time limits) and finds the article in it (``ingest.pages.extract_article``). The admin's
"Import article" screen then shows that article as text, in the same layout a pasted article
has (title, byline, date line, source line, italic lead, body, "The original source of this
article is …"), so the editor checks and corrects it exactly like a paste, and the same text
importer creates the draft with its provenance.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from masthead.ingest.pages import ExtractedArticle, ExtractionFailed, extract_article
from masthead.ingest.transport import FetchError, fetch
from masthead.syndication.models import PartnerPublication

__all__ = ["PageText", "UrlImportError", "page_text", "read_url"]


class UrlImportError(ValueError):
    """The page could not be fetched or has no article; the message is the ingest app's."""


@dataclass(frozen=True)
class PageText:
    text: str
    url: str
    # Page text that extraction left out (menus, share buttons, footers), for the editor.
    left_out: list[str]


def read_url(url: str) -> PageText:
    """Fetch ``url`` and return its article as importer text; raises :class:`UrlImportError`."""
    try:
        fetched = fetch(url)
        extracted = extract_article(fetched.text(), fetched.url)
    except (FetchError, ExtractionFailed) as exc:
        raise UrlImportError(str(exc)) from None
    return PageText(page_text(extracted), fetched.url, list(extracted.boilerplate))


def _publication(extracted: ExtractedArticle) -> str:
    """The register's partner on that site, else the page's own site name, else its host."""
    host = (urlsplit(extracted.original_url).hostname or "").removeprefix("www.")
    if host:
        for partner in PartnerPublication.objects.exclude(homepage="").only("name", "homepage"):
            if (urlsplit(partner.homepage).hostname or "").removeprefix("www.") == host:
                return partner.name
    return extracted.site_name or host


def _byline(names: list[str]) -> str:
    if len(names) == 1:
        return f"By {names[0]}"
    return f"By {', '.join(names[:-1])} and {names[-1]}"


def page_text(extracted: ExtractedArticle) -> str:
    """The extracted article laid out the way the text importer's parser reads a copied page."""
    publication = _publication(extracted)
    parts = [f"# {extracted.title}"]
    if extracted.authors:
        parts.append(_byline(extracted.authors))
    if extracted.published is not None:
        parts.append(extracted.published.date().isoformat())
        if publication:
            parts.append(publication)
    if extracted.lead:
        parts.append(f"*{extracted.lead}*")
    for block in extracted.blocks:
        if block.kind == "subheading":
            parts.append(f"## {block.text}")
        elif block.kind == "quote":
            parts.append(f"> {block.text}")
        else:
            parts.append(block.text)
    if publication:
        parts.append(
            f"The original source of this article is [{publication}]({extracted.original_url})"
        )
    return "\n\n".join(parts) + "\n"
