"""A Word (.docx) file turned into the text the article importer reads.

Editors often receive a piece as a Word file. python-docx reads its paragraphs; each becomes one
paragraph of the Markdown-ish text :func:`masthead.importers.text.parser.parse_article` expects:
the title and headings as ``#``/``##`` lines, quote styles as ``>`` lines, bold and italic runs
as ``**…**`` and ``*…*``, hyperlinks as ``[text](url)``. Tables, images and comments are left
out (the editor adds images in the page editor). Whatever HTML a link or run carries is
sanitised later, when the importer renders the Markdown (``masthead.importers.text.markup``).
"""

from __future__ import annotations

import zipfile
from typing import IO

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run

__all__ = ["WordFileError", "docx_to_text"]

# A .docx is a zip: a small upload may expand enormously (a "zip bomb"). Real articles expand
# to a few MiB with their images; nothing is unpacked past this total.
MAX_UNPACKED_BYTES = 64 * 1024 * 1024

HEADING_1 = {"title", "heading 1"}
QUOTE_STYLES = {"quote", "intense quote", "block text"}


class WordFileError(ValueError):
    """The upload cannot be read as a Word document; the message is for an editor."""


def docx_to_text(stream: IO[bytes]) -> str:
    """The document's paragraphs as the text importer's Markdown, one blank line apart."""
    try:
        with zipfile.ZipFile(stream) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise WordFileError(
            "the file is not a Word document (.docx); save it again from Word as .docx"
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise WordFileError(
            f"the Word document unpacks to {unpacked // (1024 * 1024)} MiB, more than the "
            f"{MAX_UNPACKED_BYTES // (1024 * 1024)} MiB an article can have"
        )
    stream.seek(0)
    try:
        document = docx.Document(stream)
    except (PackageNotFoundError, KeyError, ValueError):
        raise WordFileError(
            "the file is not a Word document (.docx); save it again from Word as .docx"
        ) from None
    paragraphs = (_paragraph(p) for p in document.paragraphs)
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def _paragraph(paragraph: Paragraph) -> str:
    text = _inline(paragraph)
    if not text:
        return ""
    style = (paragraph.style.name if paragraph.style is not None else "").casefold()
    if style in HEADING_1:
        return f"# {text}"
    if style.startswith("heading"):
        return f"## {text}"
    if style in QUOTE_STYLES:
        return f"> {text}"
    return text


def _inline(paragraph: Paragraph) -> str:
    """Runs with the same formatting and link merged, so markers do not pile up mid-word."""
    pieces: list[tuple[str, bool, bool, str]] = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            url = item.url if item.address else ""
            for run in item.runs:
                pieces.append((_run_text(run), bool(run.bold), bool(run.italic), url))
        elif isinstance(item, Run):
            pieces.append((_run_text(item), bool(item.bold), bool(item.italic), ""))
    merged: list[list[object]] = []
    for text, bold, italic, url in pieces:
        if merged and merged[-1][1:] == [bold, italic, url]:
            merged[-1][0] = f"{merged[-1][0]}{text}"
        else:
            merged.append([text, bold, italic, url])
    return "".join(_markup(str(t), bool(b), bool(i), str(u)) for t, b, i, u in merged).strip()


def _run_text(run: Run) -> str:
    # A line break inside a Word paragraph is not a new paragraph for the importer.
    return run.text.replace("\n", " ").replace("\t", " ")


def _markup(text: str, bold: bool, italic: bool, url: str) -> str:
    """Wrap the words only: ``** a**`` is not emphasis in Markdown, so spaces stay outside."""
    core = text.strip()
    if not core:
        return text
    before = text[: len(text) - len(text.lstrip())]
    after = text[len(text.rstrip()) :]
    if italic:
        core = f"*{core}*"
    if bold:
        core = f"**{core}**"
    if url:
        core = f"[{core}]({url})"
    return f"{before}{core}{after}"
