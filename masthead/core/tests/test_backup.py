"""The backup folder, its manifest and the refusals an operator meets (masthead/core/backup.py).

Whole sites backed up and restored through ``manage.py`` are in tests/test_backup_restore.py.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings

from masthead.core.backup import BackupError, restore_backup, verify_backup


class BackupTestCase(TestCase):
    def setUp(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="masthead-backup-test-"))
        self.media = self.tmp / "media"
        self.models = self.tmp / "models"
        (self.media / "original_images").mkdir(parents=True)
        (self.media / "original_images" / "quay.jpg").write_bytes(b"\xff\xd8 a small picture")
        (self.models / "translate-en_de").mkdir(parents=True)
        (self.models / "translate-en_de" / "model.bin").write_bytes(b"\x00weights" * 100)
        settings = override_settings(
            MEDIA_ROOT=str(self.media),
            MASTHEAD_TRANSLATION={"PACKAGES_DIR": str(self.models)},
        )
        settings.enable()
        self.addCleanup(settings.disable)

    def backup(self) -> Path:
        target = self.tmp / "backup"
        call_command("backup", str(target), stdout=StringIO())
        return target


class BackupFolderTests(BackupTestCase):
    def test_manifest_lists_every_file_with_its_checksum_and_the_migrations(self) -> None:
        target = self.backup()
        manifest = json.loads((target / "manifest.json").read_text())
        self.assertEqual(manifest["vendor"], "sqlite")
        self.assertEqual(
            set(manifest["files"]),
            {
                "database.sqlite3",
                "media/original_images/quay.jpg",
                "mt-packages/translate-en_de/model.bin",
            },
        )
        self.assertIn("core.0001_initial", manifest["migrations"])
        self.assertEqual(
            (target / "media" / "original_images" / "quay.jpg").read_bytes(),
            b"\xff\xd8 a small picture",
        )
        self.assertEqual(verify_backup(target), manifest)
        # The copy is a self-contained SQLite file with the site's tables in it.
        copy = sqlite3.connect(f"file:{target / 'database.sqlite3'}?mode=ro", uri=True)
        self.addCleanup(copy.close)
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master")}
        self.assertIn("core_outletsettings", tables)
        self.assertFalse((target / "database.sqlite3-wal").exists())

    def test_a_folder_that_is_not_empty_is_refused(self) -> None:
        target = self.tmp / "used"
        target.mkdir()
        (target / "notes.txt").write_text("yesterday's")
        with self.assertRaisesMessage(CommandError, "is not an empty folder"):
            call_command("backup", str(target), stdout=StringIO())
        self.assertEqual(os.listdir(target), ["notes.txt"])

    @override_settings(
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    )
    def test_media_in_a_bucket_are_named_not_copied(self) -> None:
        out = StringIO()
        call_command("backup", str(self.tmp / "backup"), stdout=out)
        manifest = json.loads((self.tmp / "backup" / "manifest.json").read_text())
        self.assertFalse(manifest["media"]["copied"])
        self.assertFalse(any(name.startswith("media/") for name in manifest["files"]))
        self.assertIn("Media are in a bucket and were not copied", out.getvalue())


class RefusalTests(BackupTestCase):
    def test_a_changed_file_is_named_and_nothing_is_restored(self) -> None:
        target = self.backup()
        (target / "mt-packages" / "translate-en_de" / "model.bin").write_bytes(b"tampered")
        (self.models / "translate-en_de" / "model.bin").unlink()
        with self.assertRaises(CommandError) as raised:
            call_command("restore", str(target), "--force", stdout=StringIO())
        message = str(raised.exception)
        self.assertIn("does not match its manifest; nothing was restored", message)
        self.assertIn("mt-packages/translate-en_de/model.bin: checksum does not match", message)
        self.assertEqual(os.listdir(self.models / "translate-en_de"), [])

    def test_missing_extra_and_unfinished_backups_are_named(self) -> None:
        target = self.backup()
        (target / "media" / "original_images" / "quay.jpg").unlink()
        (target / "media" / "original_images" / "added.jpg").write_bytes(b"?")
        with self.assertRaises(BackupError) as raised:
            verify_backup(target)
        self.assertIn("media/original_images/quay.jpg: missing", str(raised.exception))
        self.assertIn("media/original_images/added.jpg: not in the manifest", str(raised.exception))
        (target / "manifest.json").unlink()
        with self.assertRaisesMessage(BackupError, "or the backup did not finish"):
            verify_backup(target)

    def test_a_site_with_content_is_refused_without_force(self) -> None:
        target = self.backup()
        with self.assertRaises(CommandError) as raised:
            call_command("restore", str(target), stdout=StringIO())
        message = str(raised.exception)
        self.assertIn("The target is not empty: the database has", message)
        self.assertIn(f"MEDIA_ROOT ({self.media}) has files", message)
        self.assertIn("pass --force", message)

    def test_a_backup_from_newer_code_is_refused(self) -> None:
        target = self.backup()
        manifest = json.loads((target / "manifest.json").read_text())
        manifest["migrations"].append("core.9999_from_the_future")
        (target / "manifest.json").write_text(json.dumps(manifest))
        with self.assertRaisesMessage(BackupError, "made by a newer Masthead"):
            restore_backup(target, force=True)


class FullDiskTests(BackupTestCase):
    """A backup onto a disk that fills up: a clear error, and no half backup left behind."""

    def setUp(self) -> None:
        super().setUp()
        if os.geteuid() != 0:
            self.skipTest("mounting a small tmpfs needs root")
        self.disk = self.tmp / "small-disk"
        self.disk.mkdir()
        subprocess.run(  # noqa: S603
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(self.disk)],  # noqa: S607
            check=True,
        )
        self.addCleanup(subprocess.run, ["umount", str(self.disk)], check=False)

    def test_a_full_disk_is_named_and_the_folder_left_empty(self) -> None:
        target = self.disk / "backup"
        with self.assertRaises(CommandError) as raised:
            call_command("backup", str(target), stdout=StringIO())
        message = str(raised.exception)
        self.assertIn(f"The backup could not be written to {target}", message)
        self.assertIn("full", message.lower())  # "No space left…" or SQLite's "disk is full"
        self.assertEqual(list(target.iterdir()), [])
