"""Attachments of a WordPress export as images in the library, found again on re-runs.

The files come from a copy of ``wp-content/uploads`` (``--media-dir``) or are downloaded
through the ingest app's safe transport (``--fetch-media``: size limit, timeouts, no private
addresses). An attachment already imported is never fetched again.
"""

from __future__ import annotations

import io
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import UnidentifiedImageError

from masthead.images.models import CustomImage
from masthead.importers.models import WordPressMedia

from .wxr import WxrItem

MAX_IMAGE_BYTES = 20 * 1024 * 1024
FETCH_TIMEOUT = 20.0
# WordPress's resized copies: photo-1024x768.jpg is a size of photo.jpg.
_SIZE_SUFFIX_RE = re.compile(r"-\d+x\d+(?=\.[A-Za-z0-9]+$)")
_CREDIT_KEYS = ("_media_credit", "media_credit", "credit", "_wp_attachment_credit")


class MediaProblem(Exception):
    """An attachment could not be brought in; the message is for the editor's report."""


def original_url(url: str) -> str:
    """The full-size file's URL for a resized copy's URL."""
    return _SIZE_SUFFIX_RE.sub("", url.split("?")[0])


def find_image(wp_id: int | None, url: str) -> CustomImage | None:
    """The image an attachment became, by its WordPress id or by its (full-size) URL."""
    query = WordPressMedia.objects.select_related("image")
    if wp_id is not None:
        found = query.filter(wp_id=wp_id).first()
        if found:
            return found.image
    if url:
        found = query.filter(url__in={url, original_url(url)}).first()
        if found:
            return found.image
    return None


def import_attachment(
    item: WxrItem, *, media_dir: Path | None, fetch_media: bool
) -> tuple[CustomImage, bool]:
    """(image, created) for an attachment item; raises :class:`MediaProblem`."""
    if item.wp_id is None:
        raise MediaProblem(f"line {item.line}: an attachment without <wp:post_id>")
    existing = WordPressMedia.objects.select_related("image").filter(wp_id=item.wp_id).first()
    if existing:
        return existing.image, False
    url = item.attachment_url or item.guid
    data = _read_local(url, media_dir) if media_dir else _download(url) if fetch_media else None
    if data is None:
        raise MediaProblem(f"line {item.line}: {url}: not found in the media folder")
    try:
        with PillowImage.open(io.BytesIO(data)) as probe:
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise MediaProblem(f"line {item.line}: {url}: not an image file") from None
    name = PurePosixPath(unquote(urlsplit(url).path)).name or f"attachment-{item.wp_id}"
    credit = next((item.meta[key] for key in _CREDIT_KEYS if item.meta.get(key)), "")
    image = CustomImage(
        title=(item.title or name)[:255],
        credit=credit[:255],
        source_url=url[:200],
    )
    image.file = ImageFile(io.BytesIO(data), name=name)
    image.file_size = len(data)
    image.save()
    WordPressMedia.objects.create(wp_id=item.wp_id, url=original_url(url)[:500], image=image)
    return image, True


def _read_local(url: str, media_dir: Path) -> bytes | None:
    """The file for ``url`` in a copy of the uploads folder, never outside it."""
    path = unquote(urlsplit(url).path).lstrip("/")
    _, _, after_uploads = path.partition("uploads/")
    root = media_dir.resolve()
    for relative in filter(None, (after_uploads, path, PurePosixPath(path).name)):
        candidate = (root / relative).resolve()
        if candidate.is_relative_to(root) and candidate.is_file():
            return candidate.read_bytes()
    return None


def _download(url: str) -> bytes:
    # Imported here: the ingest app is optional for a --media-dir import.
    from masthead.ingest.transport import FetchError, fetch

    try:
        fetched = fetch(url, max_bytes=MAX_IMAGE_BYTES, timeout=FETCH_TIMEOUT)
    except FetchError as error:
        raise MediaProblem(f"{url}: {error}") from None
    return fetched.content
