"""The demo (and the site it serves) must run where only the runtime dependencies are installed.

A fresh clone's ``./scripts/demo.sh`` has no test tools; a stray ``import factory`` once stopped
it with ModuleNotFoundError. The test environment has them all, so block them in a child process.
"""

import subprocess
import sys
import textwrap
from pathlib import Path

from django.test import SimpleTestCase

REPO = Path(__file__).resolve().parents[3]

# pyproject.toml's "test" dependency group, by import name.
TEST_ONLY = ("factory", "wagtail_factories", "pytest", "pytest_django", "playwright")

SCRIPT = textwrap.dedent(
    """
    import importlib, os, pkgutil, sys

    # None in sys.modules makes "import name" raise ImportError, as if it were not installed.
    for name in {blocked!r}:
        sys.modules[name] = None
    os.environ["DJANGO_SETTINGS_MODULE"] = "masthead.settings.dev"
    import django

    django.setup()
    import masthead

    importlib.import_module("masthead.demo.management.commands.load_demo_site")
    importlib.import_module("masthead.urls")
    # Every module a running site or command may load; tests, factories, masthead.testing
    # are test code.
    for module in pkgutil.walk_packages(masthead.__path__, "masthead."):
        parts = module.name.split(".")
        test_code = parts[-1] in ("factories", "testing")
        if "tests" in parts or test_code or parts[1] == "settings":
            continue
        importlib.import_module(module.name)
    print("imported without test tools")
    """
)


def run_blocked(script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in a child of this interpreter with the test-only packages blocked."""
    return subprocess.run(  # noqa: S603 — this interpreter, our own script
        [sys.executable, "-c", script.format(blocked=TEST_ONLY)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


class RuntimeDependencyTests(SimpleTestCase):
    def test_demo_and_site_import_without_test_only_packages(self) -> None:
        result = run_blocked(SCRIPT)
        self.assertEqual(result.returncode, 0, result.stderr[-3000:])
        self.assertIn("imported without test tools", result.stdout)

    def test_the_block_catches_a_test_only_import(self) -> None:
        # Guards the guard: the same child process refuses the factories module.
        script = SCRIPT.replace(
            'print("imported without test tools")',
            'importlib.import_module("masthead.images.factories")',
        )
        result = run_blocked(script)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("factory", result.stderr)
