"""A new release retires what was rendered by the old one: stored fragments and cached pages.

Cached pages and stored fragments are invalidated by content events (signal_handlers.py). A
deploy is not one: a page cached before it keeps the old release's markup and its old hashed
stylesheet and script names (collectstatic keeps the old files, so nothing breaks, but a fix
to a template or a stylesheet reaches readers only as their pages' content changes).

Each web process, as it starts (``masthead/wsgi.py``, ``masthead/asgi.py``), compares the
release token with the one stored beside the content version. When they differ it stores its
own, moves the content version (every stored fragment retired) and clears the page cache's
store: one conditional UPDATE, so of the processes of a new release only the first clears.
During a rolling deploy an old and a new process may each clear once as they start.
"""

from __future__ import annotations

import hashlib
import logging
from functools import cache
from importlib import metadata
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import DatabaseError
from django.db.models import F

logger = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parent.parent
# What a rendered page is made of: our code and templates, the hashed names of the static files,
# and the libraries that render (Wagtail's rich text, Django's templates).
SOURCE_SUFFIXES = (".py", ".html", ".txt", ".xml", ".json")
RENDERING_DISTRIBUTIONS = ("django", "wagtail", "wagtail-localize")


@cache
def release_token() -> str:
    """A digest of what this process renders with (read once per process)."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(PACKAGE)
        if path.suffix in SOURCE_SUFFIXES and "tests" not in relative.parts and path.is_file():
            digest.update(str(relative).encode())
            digest.update(path.read_bytes())
    manifest = getattr(staticfiles_storage, "manifest_name", None)
    if manifest and staticfiles_storage.exists(manifest):
        with staticfiles_storage.open(manifest) as handle:
            digest.update(handle.read())
    for name in RENDERING_DISTRIBUTIONS:
        try:
            digest.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            continue
    return digest.hexdigest()


def refresh_for_release() -> bool:
    """Retire fragments and cached pages if the stored release is not this one's.

    Returns whether this process did it. A database not migrated yet is left alone (logged):
    the next start after ``migrate`` checks again.
    """
    # Imported here: the entry points import this module before Django is set up.
    from masthead.pagecache.models import ContentVersion

    token = release_token()
    try:
        changed = (
            ContentVersion.objects.filter(pk=1)
            .exclude(release=token)
            .update(release=token, number=F("number") + 1)
        )
        if not changed:
            _, created = ContentVersion.objects.get_or_create(
                pk=1, defaults={"number": 1, "release": token}
            )
            changed = created
    except DatabaseError:
        logger.warning("Release check skipped: the page cache's table is not there yet (migrate)")
        return False
    if changed and getattr(settings, "MASTHEAD_PAGE_CACHE", False):
        from masthead.pagecache.conf import get_store

        get_store().clear()
        logger.info("A new release: stored fragments retired and the page cache cleared")
    return bool(changed)
