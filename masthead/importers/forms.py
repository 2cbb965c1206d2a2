"""Forms of the admin's "Import article" screen: where the text comes from, and the corrections.

The source text travels with the correction form (a textarea the editor may also edit and read
again), so every step re-parses it on the server: nothing the browser sends is trusted as an
already-parsed article, and nothing is stored until the editor creates the draft.
"""

from __future__ import annotations

import dataclasses
from pathlib import PurePath
from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from masthead.importers.docx import WordFileError, docx_to_text
from masthead.importers.from_url import UrlImportError, read_url
from masthead.importers.text.parser import (
    ArticleParseError,
    Byline,
    ParsedArticle,
    decode_article_bytes,
)
from masthead.importers.wordpress.mapping import MappingError, TermMapping

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
WORD_SUFFIXES = {".docx"}


def article_upload_limit() -> int:
    """An uploaded article may be as large as a pasted one: the form-body limit (decision 0095)."""
    return int(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MiB"


class SourceError(ValueError):
    """The upload cannot be read; ``line`` is set when the problem is on one line of the text."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def read_upload(upload: UploadedFile) -> str:
    """The text of an uploaded .txt/.md/.docx article, as the text importer reads it."""
    suffix = PurePath(upload.name or "").suffix.casefold()
    limit = article_upload_limit()
    if upload.size is not None and upload.size > limit:
        raise SourceError(
            _("The file is %(size)s; an article file may be at most %(limit)s.")
            % {"size": _megabytes(upload.size), "limit": _megabytes(limit)}
        )
    if suffix in WORD_SUFFIXES:
        try:
            return docx_to_text(upload)
        except WordFileError as exc:
            raise SourceError(str(exc)) from None
    if suffix in TEXT_SUFFIXES:
        try:
            return decode_article_bytes(upload.read())
        except ArticleParseError as exc:
            raise SourceError(exc.message, exc.line) from None
    raise SourceError(
        _("Upload a .txt, .md or .docx file (this one is “%(name)s”).") % {"name": upload.name}
    )


class SourceForm(forms.Form):
    """The first step: a pasted text, an uploaded file or the address of a page."""

    text = forms.CharField(
        label=_("Paste the article"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "false"}),
        help_text=_("Title first, then the byline, the date line and the text, as copied."),
    )
    file = forms.FileField(
        label=_("Or upload a file"),
        required=False,
        help_text=_(".txt or .md (UTF-8), or a Word .docx file."),
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.md,.markdown,.docx"}),
    )

    url = forms.URLField(
        label=_("Or the article's address"),
        required=False,
        assume_scheme="https",
        help_text=_("A partner's article page; it is fetched and read for you to check."),
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        text, upload, url = data.get("text", ""), data.get("file"), data.get("url", "")
        if self.errors:
            return data
        if [bool(text.strip()), bool(upload), bool(url)].count(True) != 1:
            raise forms.ValidationError(
                _("Paste a text, upload a file or give an address (one of the three).")
            )
        data["left_out"] = []
        if url:
            try:
                page = read_url(url)
            except UrlImportError as exc:
                raise forms.ValidationError(
                    _("%(url)s could not be read: %(reason)s") % {"url": url, "reason": exc}
                ) from None
            data["source_text"], data["source_label"] = page.text, page.url
            data["left_out"] = page.left_out
        elif upload:
            try:
                data["source_text"] = read_upload(upload)
            except SourceError as exc:
                if exc.line is None:
                    raise forms.ValidationError(str(exc)) from None
                raise forms.ValidationError(
                    _("Line %(line)s: %(message)s") % {"line": exc.line, "message": exc}
                ) from None
            data["source_label"] = PurePath(upload.name or "").name
        else:
            data["source_text"] = text
            data["source_label"] = ""
        return data


def _names(value: str) -> list[str]:
    """Comma-separated names, stripped, each once (case-insensitively), in their order."""
    seen: dict[str, str] = {}
    for name in value.split(","):
        name = " ".join(name.split())
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return list(seen.values())


class CorrectionForm(forms.Form):
    """The extracted fields, as the editor corrects them, and the source they came from."""

    source_text = forms.CharField(
        label=_("Source text"),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 18, "spellcheck": "false"}),
    )
    source_label = forms.CharField(required=False, widget=forms.HiddenInput)
    title = forms.CharField(label=_("Title"), max_length=255)
    lead = forms.CharField(
        label=_("Lead"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("*italic*, **bold** and [links](https://…) are kept."),
    )
    authors = forms.CharField(
        label=_("Authors"), required=False, help_text=_("Separated by commas.")
    )
    publication_date = forms.DateField(
        label=_("Publication date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Empty: today."),
    )
    regions = forms.CharField(label=_("Regions"), required=False)
    themes = forms.CharField(label=_("Themes"), required=False)
    reports = forms.CharField(label=_("In-depth Reports"), required=False)
    partner = forms.CharField(
        label=_("Original source (partner publication)"),
        required=False,
        max_length=200,
        help_text=_("Empty for our own piece. A name not in the partner register is added to it."),
    )
    original_url = forms.URLField(
        label=_("Original URL"), required=False, max_length=200, assume_scheme="https"
    )
    copyright_holders = forms.CharField(
        label=_("Copyright holders"), required=False, max_length=255
    )
    copyright_year = forms.IntegerField(label=_("Copyright year"), required=False, min_value=1800)
    featured_image_credit = forms.CharField(
        label=_("Featured image credit"), required=False, max_length=255
    )
    # The article the preview said it would update (its id), or empty for "a new draft".
    update_target = forms.IntegerField(required=False, widget=forms.HiddenInput)
    go_on = forms.BooleanField(
        label=_("I have checked the articles above: import this one anyway"), required=False
    )

    def clean_copyright_year(self) -> int | None:
        year = self.cleaned_data.get("copyright_year")
        if year is not None and year > timezone.localdate().year + 1:
            raise forms.ValidationError(_("A copyright year cannot be in the future."))
        return year

    def clean_title(self) -> str:
        return " ".join(self.cleaned_data["title"].split())

    @classmethod
    def initial_from(
        cls, parsed: ParsedArticle, *, source_text: str, source_label: str, partner: str
    ) -> dict[str, Any]:
        """The form's starting values: what the parser read."""
        return {
            "source_text": source_text,
            "source_label": source_label,
            "title": parsed.title,
            "lead": parsed.lead,
            "authors": ", ".join(b.name for b in parsed.authors),
            "publication_date": parsed.publication_date,
            "regions": ", ".join(parsed.regions),
            "themes": ", ".join(parsed.themes),
            "reports": ", ".join(parsed.reports),
            "partner": partner,
            "original_url": parsed.original_url,
            "copyright_holders": ", ".join(parsed.copyright_holders),
            "copyright_year": parsed.copyright_year,
            "featured_image_credit": parsed.featured_image_credit,
        }

    def corrected(self, parsed: ParsedArticle) -> ParsedArticle:
        """``parsed`` with the editor's corrections; the body and bio stay as parsed."""
        data = self.cleaned_data
        links = {b.name.casefold(): b.url for b in parsed.authors}
        partner = " ".join(data["partner"].split())
        return dataclasses.replace(
            parsed,
            title=data["title"],
            lead=data["lead"].strip(),
            authors=[Byline(n, links.get(n.casefold(), "")) for n in _names(data["authors"])],
            publication_date=data["publication_date"],
            regions=_names(data["regions"]),
            themes=_names(data["themes"]),
            reports=_names(data["reports"]),
            # The importer takes the partner from the source line, else the copyright line:
            # both say what the editor says, so clearing the field makes the piece our own.
            source_name=partner,
            copyright_publication=partner,
            original_url=data["original_url"],
            copyright_holders=_names(data["copyright_holders"]),
            copyright_year=data["copyright_year"],
            featured_image_credit=data["featured_image_credit"].strip(),
        )


WXR_UPLOAD_MB_DEFAULT = 50


def wxr_upload_limit() -> int:
    """Bytes a WordPress export may have: a small site's posts and pages, without its media.

    Decision 0095's limits are per kind of upload; an export is text (no pictures, which come
    separately), and 50 MiB holds several thousand posts. ``MASTHEAD_MAX_WXR_UPLOAD_MB`` raises it.
    """
    return int(getattr(settings, "MASTHEAD_MAX_WXR_UPLOAD_MB", WXR_UPLOAD_MB_DEFAULT)) * 1024 * 1024


class WordPressForm(forms.Form):
    """A WordPress export (Tools → Export → All content) to import in the worker."""

    export = forms.FileField(
        label=_("WordPress export (.xml)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xml"}),
        help_text=_("From WordPress: Tools → Export → All content."),
    )
    mapping = forms.FileField(
        label=_("Category mapping (.toml, optional)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".toml"}),
        help_text=_("Which categories and tags become Regions, Themes and In-depth Reports."),
    )
    since = forms.DateField(
        label=_("Only posts since"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    fetch_media = forms.BooleanField(
        label=_("Fetch the images from the WordPress site"), required=False
    )

    def clean_export(self) -> UploadedFile:
        upload: UploadedFile = self.cleaned_data["export"]
        limit = wxr_upload_limit()
        if PurePath(upload.name or "").suffix.casefold() != ".xml":
            raise forms.ValidationError(_("Upload the .xml file WordPress exported."))
        if upload.size is not None and upload.size > limit:
            raise forms.ValidationError(
                _("The file is %(size)s; an export may be at most %(limit)s.")
                % {"size": _megabytes(upload.size), "limit": _megabytes(limit)}
            )
        return upload

    def clean_mapping(self) -> str:
        upload: UploadedFile | None = self.cleaned_data.get("mapping")
        if not upload:
            return ""
        if upload.size is not None and upload.size > 1024 * 1024:
            raise forms.ValidationError(_("A mapping file is a short text (at most 1 MiB)."))
        try:
            text = upload.read().decode("utf-8")
        except UnicodeDecodeError:
            raise forms.ValidationError(_("Save the mapping file as UTF-8 text.")) from None
        try:
            TermMapping.from_toml(text)  # refused here, not minutes later in the worker
        except MappingError as exc:
            raise forms.ValidationError(str(exc)) from None
        return text

    def options(self) -> dict[str, Any]:
        """``ImportRun.options`` as the WordPress importer reads them."""
        data = self.cleaned_data
        return {
            "since": data["since"].isoformat() if data["since"] else None,
            "fetch_media": data["fetch_media"],
            "mapping": data["mapping"],
        }
