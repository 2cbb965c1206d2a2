"""The demo outlet's old WordPress archive, imported as an editor would import it in the admin.

``content/wordpress/`` holds an export of four posts from The Meridian Review's WordPress years
(three published, one draft) and the mapping file that files their categories and tags, both
written for the project. They go through the admin's own path: an ``ImportRun`` with the file
and options, run by ``run_wordpress_import``. So the demo shows the run in "Import article",
the posts among the articles (under the demo's authors and terms), and their old links
answering 301, e.g. ``/2019/02/ferry-timetables-after-the-winter-storms/``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from django.core.files.base import ContentFile

from masthead.importers.models import ImportRun
from masthead.importers.tasks import run_wordpress_import
from masthead.importers.wordpress.importer import ImportOptions

WORDPRESS_DIR = Path(__file__).resolve().parent / "content" / "wordpress"
EXPORT = WORDPRESS_DIR / "meridian-wordpress-2019.xml"
MAPPING = WORDPRESS_DIR / "mapping.toml"


def load_demo_wordpress(log: Callable[[str], None] = lambda _msg: None) -> ImportRun | None:
    """Import the old archive once; returns the run (None when one was already made)."""
    if ImportRun.objects.exists():
        return None
    log("Importing the outlet's old WordPress archive (old links redirect)…")
    run = ImportRun(
        kind=ImportRun.Kind.WORDPRESS,
        options=ImportOptions(mapping=MAPPING.read_text(encoding="utf-8")).to_dict(),
    )
    run.file.save(EXPORT.name, ContentFile(EXPORT.read_bytes()), save=False)
    run.save()
    run_wordpress_import.call(run.pk)
    run.refresh_from_db()
    return run
