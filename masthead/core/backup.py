"""Back up and restore a whole installation: the database, the media and the translation models.

A backup is one folder (docs/how-to/backups.md)::

    manifest.json      format, vendor, migration state, and the sha256 of every other file
    database.sqlite3   SQLite: a consistent copy made with the online backup API while the
                       site keeps running (readers and the worker are not stopped)
    database.pgdump    PostgreSQL: ``pg_dump --format=custom``
    media/…            MEDIA_ROOT's files (not copied when media lives in an S3 bucket: the
                       manifest says so, and the bucket's own versioning is the backup)
    mt-packages/…      the installed translation models (MASTHEAD_TRANSLATION["PACKAGES_DIR"])

The manifest is written last, so a folder without one is an unfinished backup. A restore
checks every checksum before it changes anything, and refuses a target that already holds a
site unless told to replace it.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

FORMAT = 1
MANIFEST = "manifest.json"
SQLITE_FILE = "database.sqlite3"
PG_FILE = "database.pgdump"
MEDIA = "media"
MODELS = "mt-packages"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


@dataclass
class RestoreReport:
    """What a restore did, for the command to print."""

    vendor: str
    files: int
    media: str
    pending_migrations: list[str] = field(default_factory=list)


# --- Where things are ---------------------------------------------------------------------------


def media_root() -> Path | None:
    """MEDIA_ROOT when media are local files; None when they live elsewhere (S3)."""
    if isinstance(default_storage, FileSystemStorage):
        return Path(settings.MEDIA_ROOT)
    return None


def models_dir() -> Path:
    """The installed translation models' folder (relative paths start at the project)."""
    config = getattr(settings, "MASTHEAD_TRANSLATION", {})
    path = Path(config.get("PACKAGES_DIR") or "var/mt-packages")
    return path if path.is_absolute() else Path(settings.BASE_DIR) / path


def _files(folder: Path) -> Iterator[Path]:
    """Regular files under ``folder``, in a stable order (links and sockets are not content)."""
    if not folder.is_dir():
        return
    for directory, subdirs, names in os.walk(folder):
        subdirs.sort()
        for name in sorted(names):
            path = Path(directory) / name
            if path.is_file() and not path.is_symlink():
                yield path


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_file(source: Path, target: Path) -> str:
    """Copy through a temporary name (never half a file under the real one); its sha256."""
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".restore-")
    try:
        with open(source, "rb") as reader, os.fdopen(fd, "wb") as writer:
            while chunk := reader.read(CHUNK):
                digest.update(chunk)
                writer.write(chunk)
        shutil.copystat(source, tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return digest.hexdigest()


# --- Migration state ----------------------------------------------------------------------------


def applied_migrations(using: str = "default") -> list[str]:
    """``app.name`` of every migration recorded in the database."""
    recorder = MigrationRecorder(connections[using])
    if not recorder.has_table():
        return []
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def known_migrations() -> set[str]:
    """Every migration this code has on disk."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return {f"{app}.{name}" for app, name in loader.disk_migrations}


# --- Backup -------------------------------------------------------------------------------------


def create_backup(
    target: Path, *, using: str = "default", progress: Callable[[str], None] | None = None
) -> dict[str, Any]:
    """Write a backup of this installation into ``target`` (missing or empty); its manifest."""
    say = progress or (lambda message: None)
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupError(f"{target} is not an empty folder; back up into a new one.")
    target.mkdir(parents=True, exist_ok=True)
    try:
        return _write_backup(target, using, say)
    except (OSError, sqlite3.Error) as exc:
        # A full disk or a lost mount: leave no folder that looks like a finished backup.
        _empty_folder(target)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BackupError(
            f"The backup could not be written to {target}: {reason}. "
            "Nothing was kept; free some space (or choose another disk) and run it again."
        ) from exc


def _write_backup(target: Path, using: str, say: Callable[[str], None]) -> dict[str, Any]:
    connection = connections[using]
    vendor = connection.vendor
    files: dict[str, str] = {}
    if vendor == "sqlite":
        _sqlite_backup(using, target / SQLITE_FILE)
        files[SQLITE_FILE] = sha256_of(target / SQLITE_FILE)
    elif vendor == "postgresql":
        _pg_dump(using, target / PG_FILE)
        files[PG_FILE] = sha256_of(target / PG_FILE)
    else:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    say(f"database ({vendor}) copied")
    # The migration state read after the copy describes the copy (migrations run offline).
    migrations = applied_migrations(using)

    root = media_root()
    if root is not None:
        for path in _files(root):
            name = f"{MEDIA}/{path.relative_to(root).as_posix()}"
            files[name] = _copy_file(path, target / name)
        media = {"storage": "files", "copied": True}
        say(f"media: {sum(1 for n in files if n.startswith(MEDIA + '/'))} files")
    else:
        media = {
            "storage": settings.STORAGES["default"]["BACKEND"],
            "copied": False,
            "note": "Media live in the bucket; keep them with the bucket's versioning.",
        }
        say("media: in a bucket, not copied (see docs/how-to/backups.md)")
    models = models_dir()
    for path in _files(models):
        name = f"{MODELS}/{path.relative_to(models).as_posix()}"
        files[name] = _copy_file(path, target / name)
    say(f"translation models: {sum(1 for n in files if n.startswith(MODELS + '/'))} files")

    manifest = {
        "format": FORMAT,
        "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "vendor": vendor,
        "migrations": migrations,
        "media": media,
        "files": files,
    }
    _write_json_atomically(target / MANIFEST, manifest)
    return manifest


def _sqlite_backup(using: str, path: Path) -> None:
    connection = connections[using]
    connection.ensure_connection()
    destination = sqlite3.connect(path)
    try:
        # One step: a consistent snapshot even while the site and the worker write.
        connection.connection.backup(destination)
        # A self-contained file: no -wal/-shm beside it when it is opened later.
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()


def _pg_command(
    using: str, program: str, parameters: list[str]
) -> tuple[list[str], dict[str, str]]:
    """``program`` with the connection's host, port and user; the password goes in the env."""
    connection = connections[using]
    args, env = connection.client.settings_to_cmd_args_env(connection.settings_dict, [])
    # args is ["psql", -U/-h/-p…, dbname]: keep the connection options, put ours after.
    return [program, *args[1:-1], *parameters], {**os.environ, **(env or {})}


def _run(args: list[str], env: dict[str, str], what: str) -> None:
    if shutil.which(args[0]) is None:
        raise BackupError(f"{args[0]} is not installed (Debian: apt install postgresql-client).")
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        raise BackupError(f"{what} failed: {done.stderr.strip() or done.stdout.strip()}")


def _pg_dump(using: str, path: Path) -> None:
    name = connections[using].settings_dict["NAME"]
    args, env = _pg_command(
        using, "pg_dump", ["--format=custom", "--no-owner", "--no-privileges", f"--file={path}"]
    )
    _run([*args, name], env, "pg_dump")


# --- Checking a backup --------------------------------------------------------------------------


def verify_backup(source: Path) -> dict[str, Any]:
    """The manifest of a complete, unaltered backup; BackupError naming each file that is not."""
    source = Path(source)
    manifest_path = source / MANIFEST
    if not manifest_path.is_file():
        raise BackupError(
            f"{source} has no {MANIFEST}: it is not a backup, or the backup did not finish."
        )
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        files: dict[str, str] = dict(manifest["files"])
        if not isinstance(manifest["vendor"], str) or not isinstance(manifest["migrations"], list):
            raise TypeError("vendor or migrations has the wrong type")
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupError(f"{manifest_path} cannot be read ({exc}).") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{source} is in backup format {manifest.get('format')!r}, not {FORMAT}.")
    problems = []
    for name, expected in sorted(files.items()):
        path = source / name
        if ".." in Path(name).parts or Path(name).is_absolute():
            problems.append(f"{name}: not a path inside the backup")
        elif not path.is_file():
            problems.append(f"{name}: missing")
        elif sha256_of(path) != expected:
            problems.append(f"{name}: checksum does not match (the file was changed or damaged)")
    listed = set(files) | {MANIFEST}
    for path in _files(source):
        name = path.relative_to(source).as_posix()
        if name not in listed:
            problems.append(f"{name}: not in the manifest")
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise BackupError(
            f"The backup in {source} does not match its manifest; nothing was restored:\n"
            f"  {shown}{more}"
        )
    return manifest


# --- Restore ------------------------------------------------------------------------------------


def restore_backup(
    source: Path,
    *,
    force: bool = False,
    using: str = "default",
    progress: Callable[[str], None] | None = None,
) -> RestoreReport:
    """Restore ``source`` into this installation's database, media and models folders."""
    say = progress or (lambda message: None)
    source = Path(source)
    manifest = verify_backup(source)
    say(f"checked {len(manifest['files'])} files against the manifest")
    connection = connections[using]
    if manifest["vendor"] != connection.vendor:
        raise BackupError(
            f"This backup holds a {manifest['vendor']} database; this site uses "
            f"{connection.vendor}. Restore it into a site configured for {manifest['vendor']}."
        )
    unknown = sorted(set(manifest["migrations"]) - known_migrations())
    if unknown:
        raise BackupError(
            "The backup was made by a newer Masthead (its database has migrations this code "
            f"does not know: {', '.join(unknown[:5])}). Upgrade the code first."
        )
    root = media_root()
    media_files = [n for n in manifest["files"] if n.startswith(MEDIA + "/")]
    if media_files and root is None:
        raise BackupError(
            "The backup holds media files but this site keeps media in a bucket; restore into "
            "a site with MASTHEAD_MEDIA_ROOT, then copy the files into the bucket."
        )
    occupied = _occupied(using, root, models_dir())
    if occupied and not force:
        raise BackupError(
            "The target is not empty: "
            + "; ".join(occupied)
            + ". Restore into a fresh site, or pass --force to replace what is there."
        )

    if manifest["vendor"] == "sqlite":
        _sqlite_restore(using, source / SQLITE_FILE)
    else:
        _pg_restore(using, source / PG_FILE, clean=bool(occupied))
    say("database restored")
    restored = applied_migrations(using)
    if restored != manifest["migrations"]:
        raise BackupError("The restored database's migration state differs from the manifest.")

    folders = [(MODELS, models_dir())] + ([(MEDIA, root)] if root is not None else [])
    for prefix, folder in folders:
        if force:
            _empty_folder(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name, expected in manifest["files"].items():
            if name.startswith(prefix + "/"):
                written = _copy_file(source / name, folder / name.removeprefix(prefix + "/"))
                if written != expected:
                    raise BackupError(f"{name} changed while it was restored; run it again.")
        say(f"{prefix} restored")
    pending = sorted(known_migrations() - set(restored))
    media_note = "restored" if root is not None and manifest["media"]["copied"] else "not in backup"
    return RestoreReport(manifest["vendor"], len(manifest["files"]), media_note, pending)


def _occupied(using: str, media: Path | None, models: Path) -> list[str]:
    """What already holds a site: database tables, media files, installed models."""
    found = []
    tables = connections[using].introspection.table_names()
    if tables:
        found.append(f"the database has {len(tables)} tables")
    for label, folder in (("MEDIA_ROOT", media), ("the translation models folder", models)):
        if folder is not None and next(_files(folder), None) is not None:
            found.append(f"{label} ({folder}) has files")
    return found


def _empty_folder(folder: Path) -> None:
    if not folder.is_dir():
        return
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def _sqlite_restore(using: str, path: Path) -> None:
    connection = connections[using]
    connection.ensure_connection()
    # Read-only, so checking the copy never leaves a -journal beside it.
    backup = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        # Page by page into the live file, under SQLite's own lock: readers see the old
        # database or the new one, never a mixture.
        backup.backup(connection.connection)
    finally:
        backup.close()
    connection.close()


def _pg_restore(using: str, path: Path, *, clean: bool) -> None:
    name = connections[using].settings_dict["NAME"]
    connections[using].close()
    options = ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"]
    if clean:
        options += ["--clean", "--if-exists"]
    args, env = _pg_command(using, "pg_restore", [*options, f"--dbname={name}"])
    _run([*args, str(path)], env, "pg_restore")


def _write_json_atomically(path: Path, data: dict[str, Any]) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".manifest-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
