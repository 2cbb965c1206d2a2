"""`manage.py check --deploy` with the production settings reports nothing, and still could."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

from django.test import SimpleTestCase

PROJECT = Path(__file__).resolve().parents[3]


def check_deploy(**env: str) -> subprocess.CompletedProcess[str]:
    """Run ``check --deploy`` in a fresh process with production settings and ``env``."""
    with tempfile.TemporaryDirectory() as tmp:
        clean = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "MASTHEAD_"))
        }
        clean.update(
            DJANGO_SETTINGS_MODULE="masthead.settings.production",
            DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
            DJANGO_ALLOWED_HOSTS="news.courier.example",
            MASTHEAD_SQLITE_PATH=str(Path(tmp) / "masthead.sqlite3"),
            MASTHEAD_MEDIA_ROOT=str(Path(tmp) / "media"),
            MASTHEAD_PAGE_CACHE_DIR=str(Path(tmp) / "page-cache"),
            **env,
        )
        return subprocess.run(
            [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
            cwd=PROJECT,
            env=clean,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )


class DeployCheckTests(SimpleTestCase):
    def test_production_settings_pass_with_the_default_hsts_choices(self) -> None:
        result = check_deploy()
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("System check identified no issues (2 silenced).", result.stdout)
        self.assertNotIn("WARNINGS", result.stderr)

    def test_turning_on_subdomains_and_preload_needs_no_silencing(self) -> None:
        result = check_deploy(MASTHEAD_HSTS_INCLUDE_SUBDOMAINS="1", MASTHEAD_HSTS_PRELOAD="1")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("System check identified no issues (0 silenced).", result.stdout)

    def test_a_real_mistake_is_still_reported(self) -> None:
        result = check_deploy(MASTHEAD_HSTS_SECONDS="0", MASTHEAD_SSL_REDIRECT="0")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("security.W004", result.stderr)
        self.assertIn("security.W008", result.stderr)
