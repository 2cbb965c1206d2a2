"""Import a WordPress export: check the whole file first, then write post by post.

Pass 1 (:func:`survey`) streams the file and checks everything that could refuse it (broken
XML, an item without a GUID, an impossible date, a bad mapping file) before anything is
written, so a malformed file changes nothing. It also counts posts and terms for the progress
bar and the ``--dry-run`` report. Pass 2 brings in attachments (when media are asked for) and
pass 3 the posts, a batch per transaction: the admin sees progress while a large site runs, new
posts are added together (decision 0215), and a post the article page refuses is reported and
skipped without undoing the others. Every pass holds one item (pass 3 one batch) at a time
(decision 0171).
"""

from __future__ import annotations

import datetime
import hashlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

from django.db import transaction
from wagtail.models import Locale, Site

from masthead.articles.models import ArticleIndexPage
from masthead.importers.models import WordPressPost

from .mapping import MappingError, TermMapping
from .media import MediaProblem, import_attachment
from .wxr import WxrAuthor, WxrError, WxrItem, WxrSite, WxrTerm, read_wxr

Source = str | Path | IO[bytes]
# Problems kept for the report; beyond this only their number grows (memory stays flat).
MAX_PROBLEMS = 200
SKIPPED_STATUSES = {"trash", "auto-draft", "inherit"}


class WxrImportError(Exception):
    """The export cannot be imported as it stands; nothing was written."""


@dataclass
class ImportOptions:
    dry_run: bool = False
    since: datetime.date | None = None
    media_dir: Path | None = None
    fetch_media: bool = False
    mapping: str = ""  # the mapping file's TOML text
    outlet: str = ""  # a Site's hostname or name; "" = the default site

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImportOptions:
        """Options as ``ImportRun.options`` stores them (JSON: dates as ISO strings)."""
        since = data.get("since")
        media_dir = data.get("media_dir")
        return cls(
            dry_run=bool(data.get("dry_run", False)),
            since=datetime.date.fromisoformat(since) if since else None,
            media_dir=Path(media_dir) if media_dir else None,
            fetch_media=bool(data.get("fetch_media", False)),
            mapping=str(data.get("mapping", "")),
            outlet=str(data.get("outlet", "")),
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["since"] = self.since.isoformat() if self.since else None
        data["media_dir"] = str(self.media_dir) if self.media_dir else None
        return data


@dataclass
class Progress:
    total: int = 0
    done: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    unchanged: int = 0
    images: int = 0
    problems: list[str] = field(default_factory=list)
    more_problems: int = 0

    def problem(self, text: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(text)
        else:
            self.more_problems += 1


@dataclass
class Survey:
    """What pass 1 found: the numbers a dry run prints and the progress bar counts to."""

    site: WxrSite = field(default_factory=WxrSite)
    posts: int = 0  # posts this run will handle (after --since)
    items: Counter[str] = field(default_factory=Counter)  # item count by post type
    statuses: Counter[str] = field(default_factory=Counter)  # posts by status
    authors: int = 0
    attachments: int = 0
    sticky: int = 0
    already_imported: int = 0
    term_names: dict[tuple[str, str], str] = field(default_factory=dict)
    term_counts: Counter[tuple[str, str]] = field(default_factory=Counter)


@contextmanager
def _opened(source: Source) -> Iterator[Any]:
    if isinstance(source, str | Path):
        with open(source, "rb") as handle:
            yield handle
    else:
        source.seek(0)
        yield source


def _entries(source: Source) -> Iterator[Any]:
    with _opened(source) as handle:
        yield from read_wxr(handle)


def wanted(item: WxrItem, since: datetime.date | None) -> bool:
    """A post this run imports: a post (not a page or menu item), not trashed, in range."""
    if item.post_type != "post" or item.status in SKIPPED_STATUSES:
        return False
    if since is None:
        return True
    when = item.modified or item.date
    return when is None or when.date() >= since


def survey(source: Source, options: ImportOptions) -> Survey:
    """Pass 1: read the whole file, refuse it if anything is wrong; writes nothing."""
    if options.mapping:
        try:
            TermMapping.from_toml(options.mapping)
        except MappingError as error:
            raise WxrImportError(str(error)) from None
    if options.media_dir is not None and not options.media_dir.is_dir():
        raise WxrImportError(f"{options.media_dir}: the media folder does not exist")
    found = Survey()
    guids: list[str] = []
    try:
        for entry in _entries(source):
            if isinstance(entry, WxrSite):
                found.site = entry
            elif isinstance(entry, WxrAuthor):
                found.authors += 1
            elif isinstance(entry, WxrTerm):
                if entry.taxonomy in ("category", "post_tag"):
                    found.term_names.setdefault((entry.taxonomy, entry.slug), entry.name)
            elif isinstance(entry, WxrItem):
                found.items[entry.post_type] += 1
                found.attachments += entry.post_type == "attachment"
                if not wanted(entry, options.since):
                    continue
                found.posts += 1
                found.statuses[entry.status] += 1
                found.sticky += entry.sticky
                for domain, slug, name in entry.terms:
                    if domain in ("category", "post_tag"):
                        found.term_names.setdefault((domain, slug), name)
                        found.term_counts[(domain, slug)] += 1
                if options.dry_run:
                    guids.append(entry.guid)
                    if len(guids) >= 500:
                        found.already_imported += _count_imported(guids)
                        guids.clear()
    except WxrError as error:
        raise WxrImportError(f"The file was not imported (nothing was written): {error}") from None
    if not found.site.wxr_version:
        raise WxrImportError("The file was not imported: it is not a WordPress export (WXR).")
    found.already_imported += _count_imported(guids)
    return found


def _count_imported(guids: list[str]) -> int:
    return WordPressPost.objects.filter(guid__in=guids).count() if guids else 0


def article_index(outlet: str) -> ArticleIndexPage:
    """The article archive of the outlet named (Site hostname or name), or the default site's."""
    if outlet:
        site = (
            Site.objects.filter(hostname__iexact=outlet).first()
            or Site.objects.filter(site_name__iexact=outlet).first()
        )
        if site is None:
            names = ", ".join(s.hostname for s in Site.objects.all()) or "none"
            raise WxrImportError(f"No outlet '{outlet}' (sites here: {names}).")
    else:
        site = Site.objects.filter(is_default_site=True).first()
    locale = Locale.get_default()
    indexes = ArticleIndexPage.objects.filter(locale=locale)
    index = indexes.descendant_of(site.root_page, inclusive=True).first() if site else None
    index = index or indexes.first()
    if index is None:
        raise WxrImportError("There is no article archive page to import into; create one first.")
    return index


def fingerprint(item: WxrItem, mapping_text: str) -> str:
    """What a post and the mapping said, hashed: unchanged on a re-run means nothing to do."""
    digest = hashlib.sha256()
    for part in (
        item.title,
        item.excerpt,
        item.content,
        item.status,
        item.post_name,
        item.creator,
        str(item.date),
        str(item.modified),
        str(item.sticky),
        repr(sorted(item.terms)),
        repr(sorted(item.meta.items())),
        mapping_text,
    ):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def import_wxr(
    source: Source,
    options: ImportOptions,
    *,
    progress: Callable[[Progress], None] | None = None,
    every: int = 100,
    checked: Survey | None = None,
) -> Progress:
    """Import the export at ``source`` (see the module docstring); returns the final counts.

    ``progress`` is called after the check (``total`` known), every ``every`` posts and at
    the end. Raises :class:`WxrImportError` when the file is refused (nothing written).
    """
    from .posts import PostWriter

    found = checked or survey(source, options)
    mapping = TermMapping.from_toml(options.mapping) if options.mapping else TermMapping()
    index = article_index(options.outlet)
    state = Progress(total=found.posts)
    if progress:
        progress(state)
    if options.dry_run:
        return state
    if options.media_dir is not None or options.fetch_media:
        for entry in _entries(source):
            if isinstance(entry, WxrItem) and entry.post_type == "attachment":
                try:
                    with transaction.atomic():
                        _, created = import_attachment(
                            entry, media_dir=options.media_dir, fetch_media=options.fetch_media
                        )
                    state.images += created
                except MediaProblem as problem:
                    state.problem(f"Image not imported: {problem}")
    writer = PostWriter(index=index, mapping=mapping, options=options, state=state)
    for batch in _batches(_posts(source, options, writer), every):
        # One commit per batch (SQLite syncs once, not per post); new live posts are added
        # together, the others each in a savepoint (PostWriter.write_batch).
        with transaction.atomic():
            writer.write_batch(batch)
            state.done += len(batch)
        if progress:
            progress(state)
    writer.finish()
    if state.created or state.updated:
        refresh_reader_pages()
    if progress:
        progress(state)
    return state


def _posts(source: Source, options: ImportOptions, writer: Any) -> Iterator[WxrItem]:
    for entry in _entries(source):
        if isinstance(entry, WxrAuthor):
            writer.declare_author(entry)
        elif isinstance(entry, WxrItem) and wanted(entry, options.since):
            yield entry


def _batches(items: Iterator[WxrItem], size: int) -> Iterator[list[WxrItem]]:
    batch: list[WxrItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def refresh_reader_pages() -> None:
    """Once per run: stored fragments retired and cached pages dropped, so lists, sections and
    feeds show the imported articles (new pages skip the per-page publish signal)."""
    from masthead.pagecache.conf import enabled, get_store
    from masthead.pagecache.fragments import bump_content_version

    bump_content_version()
    if enabled():
        transaction.on_commit(get_store().clear)
