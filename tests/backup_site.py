"""Whole sites in their own folders, driven through ``manage.py`` subprocesses (no tests here).

A ``SiteCopy`` is what an operator has: a database (an SQLite file, or a PostgreSQL database
named by ``MASTHEAD_DATABASE_URL``), a MEDIA_ROOT and a translation-models folder, chosen by the
project's own environment variables (masthead/settings/base.py) under the production-like
``masthead.settings.dev``. The functions below ``# --- In the subprocess`` run inside it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULT = "BACKUP-SITE-RESULT:"
_TEMPLATE: Path | None = None  # a migrated database file, made once per process
# The code's static files, collected once per process: the manifest storage of the settings
# must not depend on whatever the checkout's var/static holds.
_STATIC = Path(tempfile.mkdtemp(prefix="masthead-site-static-"))


class SiteCopy:
    def __init__(self, folder: Path, database_url: str = "") -> None:
        self.folder = folder
        self.media = folder / "media"
        self.models = folder / "mt-packages"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "masthead.settings.dev",
            "MASTHEAD_SQLITE_PATH": str(folder / "masthead.sqlite3"),
            "MASTHEAD_DATABASE_URL": database_url,
            "MASTHEAD_MEDIA_ROOT": str(self.media),
            "MASTHEAD_MT_PACKAGES_DIR": str(self.models),
            "MASTHEAD_STATIC_ROOT": str(_STATIC),
            "MASTHEAD_PAGE_CACHE": "0",
            "MASTHEAD_AUTO_TRANSLATE": "0",
            "MASTHEAD_LANGUAGES": "en,fr",
            "DJANGO_ALLOWED_HOSTS": "localhost",
        }

    def migrate(self) -> None:
        """A migrated database (the first site in this process migrates, later ones copy it),
        and the static files collected."""
        global _TEMPLATE
        if not (_STATIC / "staticfiles.json").exists():
            self.manage("collectstatic", "--noinput", "-v0")
        database = Path(self.env["MASTHEAD_SQLITE_PATH"])
        if self.env["MASTHEAD_DATABASE_URL"]:
            self.manage("migrate", "-v0")
            return
        if _TEMPLATE is None or not _TEMPLATE.exists():
            self.manage("migrate", "-v0")
            template = Path(tempfile.mkdtemp(prefix="masthead-migrated-")) / "template.sqlite3"
            with sqlite3.connect(database) as source, sqlite3.connect(template) as copy:
                source.backup(copy)
            _TEMPLATE = template
            return
        database.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(_TEMPLATE, database)

    def manage(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if check and done.returncode != 0:
            raise AssertionError(f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
        return done

    def call(self, function: str, **kwargs: Any) -> Any:
        """Run ``function(**kwargs)`` from this module inside the site; its JSON result."""
        script = (
            "import json, sys, django; django.setup(); from tests import backup_site; "
            f"result = backup_site.{function}(**json.loads(sys.argv[1])); "
            f"print({RESULT!r} + json.dumps(result))"
        )
        done = subprocess.run(  # noqa: S603
            [sys.executable, "-c", script, json.dumps(kwargs)],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0:
            raise AssertionError(f"{function} failed:\n{done.stdout}\n{done.stderr}")
        line = next(line for line in done.stdout.splitlines() if line.startswith(RESULT))
        return json.loads(line[len(RESULT) :])

    def files(self) -> dict[str, str]:
        """sha256 of every media file and installed model, by path."""
        found = {}
        for label, folder in (("media", self.media), ("models", self.models)):
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    digest = hashlib.sha256(path.read_bytes()).hexdigest()
                    found[f"{label}/{path.relative_to(folder)}"] = digest
        return found


def install_fake_model(models: Path) -> None:
    """An installed model folder as ``mt_install`` leaves it (contents are opaque to backups)."""
    package = models / "translate-en_fr-1_0"
    (package / "model").mkdir(parents=True)
    (package / "metadata.json").write_text('{"from_code": "en", "to_code": "fr"}')
    (package / "model" / "model.bin").write_bytes(bytes(range(256)) * 64)


def assert_same_site(source: SiteCopy, restored: SiteCopy) -> int:
    """The two sites match table by table, file by file and page by page; pages compared."""
    before, after = source.call("rows"), restored.call("rows")
    assert sorted(after) == sorted(before)
    for table in before:
        assert after[table] == before[table], f"rows of {table} differ"
    assert restored.files() == source.files()
    pages, copies = source.call("crawl"), restored.call("crawl")
    assert sorted(copies) == sorted(pages)
    for url, page in pages.items():
        assert copies[url] == page, f"{url} differs after the restore"
    # Rendering both sites wrote nothing that tells them apart either.
    assert restored.call("rows") == source.call("rows")
    return len(pages)


# --- In the subprocess --------------------------------------------------------------------------


def seed() -> int:
    """A small outlet: people, terms, an image, two articles and a French one; page count."""
    import datetime

    from wagtail.models import Locale, Page

    from masthead.testing import build_desk, paragraph, publish_in_french

    Locale.objects.get_or_create(language_code="fr")
    desk = build_desk(
        lead="<p>Ships wait at anchor while the grain deal is renegotiated.</p>",
        first_published=datetime.date(2024, 3, 1),
        own_date=datetime.date(2024, 3, 8),
        own_in_region=True,
    )
    publish_in_french(
        desk.outlet,
        title="Le port attend",
        slug="le-port-attend",
        body=paragraph("Les navires attendent au large depuis trois semaines."),
    )
    return Page.objects.live().count()


def crawl(limit: int = 400) -> dict[str, list[Any]]:
    """Every public page reachable from the front page and the sitemaps: status and HTML."""
    import re
    from urllib.parse import urlsplit

    from django.test import Client

    client = Client(SERVER_NAME="localhost")
    link = re.compile(r"""(?:href|src)=["']([^"'#]+)|<loc>([^<]+)</loc>""")
    skip = ("/admin", "/static/", "/media/", "/documents/", "/django-admin")
    seen: dict[str, list[Any]] = {}
    queue = ["/", "/sitemap.xml", "/robots.txt"]
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        response = client.get(url)
        body = response.content.decode("utf-8", "replace")
        # A page that sets a cookie (a form's CSRF token) differs on every render: its status
        # and links count, not its bytes. It is no reader page either (the page cache's rule).
        kept = "<sets a cookie: not compared>" if response.cookies else body
        seen[url] = [response.status_code, response.get("Content-Type", ""), kept]
        if response.status_code in (301, 302):
            queue.append(response["Location"])
        for match in link.finditer(body):
            parts = urlsplit((match.group(1) or match.group(2)).replace("&amp;", "&"))
            if parts.netloc not in ("", "localhost") or not parts.path.startswith("/"):
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if not target.startswith(skip) and target not in seen:
                queue.append(target)
    return seen


def rows() -> dict[str, list[str]]:
    """Every row of every table, each as JSON, sorted (row order is not content)."""
    from django.db import connection

    dump = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names()):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            dump[table] = sorted(
                json.dumps(
                    [v.hex() if isinstance(v, bytes | memoryview) else v for v in row], default=str
                )
                for row in cursor.fetchall()
            )
    return dump


def publish_extra() -> int:
    """One more article, so the site differs from its backup."""
    from masthead.articles.models import ArticleIndexPage
    from masthead.testing import Outlet, publish_article

    index = ArticleIndexPage.objects.get(locale__language_code="en")
    outlet = Outlet(None, index, None, None, None, None, None, None)  # type: ignore[arg-type]
    return publish_article(outlet, title="Written after the backup", slug="after").pk


def schedule_articles(count: int, seconds: int) -> list[int]:
    """``count`` drafts an editor scheduled to go live in ``seconds`` (the worker publishes)."""
    import datetime

    from django.utils import timezone

    from masthead.articles.factories import ArticlePageFactory
    from masthead.articles.models import ArticleIndexPage

    index = ArticleIndexPage.objects.get(locale__language_code="en")
    when = timezone.now() + datetime.timedelta(seconds=seconds)
    ids = []
    for number in range(count):
        article = ArticlePageFactory.build(title=f"Scheduled {number}", slug=f"scheduled-{number}")
        article.live = False
        index.add_child(instance=article)
        article.go_live_at = when
        article.save_revision(approved_go_live_at=when)
        ids.append(article.pk)
    return ids


def edit_in_the_admin(count: int) -> int:
    """What an editor's saves do: a new author and a new published revision, ``count`` times."""
    from masthead.articles.models import ArticlePage
    from masthead.people.models import Author

    article = ArticlePage.objects.get(slug="own")
    for number in range(count):
        Author.objects.create(name=f"Editor's author {number}", slug=f"editors-author-{number}")
        article.title = f"Our own reporting, edit {number}"
        article.save_revision().publish()
    return count


def writes_seen() -> dict[str, Any]:
    from django_tasks_db.models import DBTaskResult

    from masthead.articles.models import ArticlePage
    from masthead.people.models import Author

    return {
        "live_scheduled": ArticlePage.objects.live().filter(slug__startswith="scheduled-").count(),
        "authors": Author.objects.filter(slug__startswith="editors-author-").count(),
        "title": ArticlePage.objects.get(slug="own").title,
        "revisions": ArticlePage.objects.get(slug="own").revisions.count(),
        "failed_tasks": list(
            DBTaskResult.objects.filter(status="FAILED").values_list(
                "exception_class_path", flat=True
            )
        ),
    }


def upload_picture(kilobytes: int) -> dict[str, Any]:
    """An editor's upload of a picture of about ``kilobytes``: the error, rows and files after."""
    import io

    from django.conf import settings
    from django.core.files.images import ImageFile
    from PIL import Image

    from masthead.images.models import CustomImage

    buffer = io.BytesIO()
    Image.frombytes("L", (1024, kilobytes), os.urandom(1024 * kilobytes)).save(buffer, "PNG")
    error = ""
    try:
        CustomImage.objects.create(
            title="Harbour at dawn", file=ImageFile(buffer, name="harbour-at-dawn.png")
        )
    except OSError as exc:
        error = str(exc)
    media = Path(settings.MEDIA_ROOT)
    return {
        "error": error,
        "images": CustomImage.objects.count(),
        "files": sorted(str(p.relative_to(media)) for p in media.rglob("*") if p.is_file()),
    }
