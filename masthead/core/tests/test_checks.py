"""A fresh clone migrates without making folders by hand; a folder that can't be made is named."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from django.core.checks import run_checks
from django.test import SimpleTestCase, override_settings

PROJECT = Path(__file__).resolve().parents[3]


class FolderTests(SimpleTestCase):
    def test_migrate_creates_the_database_and_media_folders(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            database = Path(tmp) / "var" / "nested" / "masthead.sqlite3"
            media = Path(tmp) / "var" / "media"
            env = {
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "masthead.settings.dev",
                "MASTHEAD_SQLITE_PATH": str(database),
                "MASTHEAD_MEDIA_ROOT": str(media),
            }
            result = subprocess.run(
                [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
                cwd=PROJECT,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertTrue(database.is_file())
            self.assertTrue(media.is_dir())

    def test_a_folder_that_cannot_be_made_is_named_with_the_fix(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            blocked = Path(tmp) / "a-file"
            blocked.write_text("not a folder")
            with override_settings(MEDIA_ROOT=str(blocked / "media")):
                errors = [m for m in run_checks() if m.id == "masthead.E001"]
        self.assertEqual(len(errors), 1)
        self.assertIn(str(blocked / "media"), errors[0].msg)
        self.assertIn("MASTHEAD_MEDIA_ROOT", errors[0].msg)
        self.assertIn("mkdir -p", errors[0].hint)
