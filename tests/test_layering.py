"""The import direction of docs/explanation/architecture.md, checked on the source tree.

Lower apps (core, accounts, images, people, taxonomy) must not reach a higher app: not by a
Python import, not by naming one in a string ("articles.ArticlePage", "masthead.discovery.x",
"translation/includes/x.html"), and not from their templates ({% include %}, {% extends %},
{% load %} of a higher app's tag library). Migrations are history and are not checked; the
project-level masthead/templates/ and urls.py are the top layer and may use any app.
"""

from __future__ import annotations

import ast
import re
import tempfile
from pathlib import Path
from unittest import TestCase

REPO = Path(__file__).resolve().parent.parent
LOWER = ("core", "accounts", "images", "people", "taxonomy")
HIGHER = (
    "syndication",
    "articles",
    "importers",
    "translation",
    "discovery",
    "sharing",
    "comments",
    "mailing",
    "stories",
    "newsletters",
    "membership",
    "ingest",
    "outlets",
    "demo",
    "pagecache",
)

_higher = "|".join(HIGHER)
# "articles.ArticlePage" (a model label, as in parent_page_types or a chooser panel)
MODEL_LABEL = re.compile(rf"^({_higher})\.\w+$")
# "masthead.articles" or "masthead.articles.models" (importlib, mock.patch, settings strings)
MODULE_PATH = re.compile(rf"^masthead\.({_higher})(\.[\w.]+)?$")
# "articles/includes/teaser.html" (a template rendered from Python)
TEMPLATE_PATH = re.compile(rf"^({_higher})/\S+\.(html|txt|xml)$")
TEMPLATE_TAG = re.compile(r"{%\s*(include|extends)\s+[\"']([^\"']+)[\"']|{%\s*load\s+([^%]+?)\s*%}")
TEMPLATE_SUFFIXES = (".html", ".txt", ".xml")


def _higher_app_of_module(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] == "masthead" and parts[1] in HIGHER:
        return parts[1]
    return None


def _resolve_relative(module: str | None, level: int, package: str) -> str:
    """``from ..articles import x`` inside ``package`` as an absolute module name."""
    base = package.split(".")
    base = base[: len(base) - (level - 1)] if level > 1 else base
    return ".".join([*base, module] if module else base)


def python_violations(source: str, filename: str, package: str) -> list[str]:
    """Findings in one lower-app module; ``package`` is its dotted package (masthead.people)."""
    found = []
    tree = ast.parse(source, filename=filename)
    for node in ast.walk(tree):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                module = _resolve_relative(node.module, node.level, package)
            modules = [module] + [f"{module}.{alias.name}" for alias in node.names]
        for module in modules:
            app = _higher_app_of_module(module)
            if app:
                found.append(f"{filename}:{node.lineno}: imports {module} ({app})")
                break
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.strip()
            if MODEL_LABEL.match(text) or MODULE_PATH.match(text) or TEMPLATE_PATH.match(text):
                found.append(f"{filename}:{node.lineno}: names {text!r}")
    # ast.walk goes breadth first; report in line order.
    return sorted(found, key=lambda finding: int(finding.split(":")[1]))


def template_violations(source: str, filename: str, higher_tag_libraries: set[str]) -> list[str]:
    """Findings in one lower-app template."""
    found = []
    for match in TEMPLATE_TAG.finditer(source):
        line = source.count("\n", 0, match.start()) + 1
        if match.group(2) and match.group(2).split("/")[0] in HIGHER:
            found.append(f"{filename}:{line}: {match.group(1)}s {match.group(2)}")
        for library in (match.group(3) or "").split():
            if library in higher_tag_libraries:
                found.append(f"{filename}:{line}: loads {library}")
    return found


def higher_tag_libraries(root: Path) -> set[str]:
    return {
        path.stem
        for app in HIGHER
        for path in (root / "masthead" / app / "templatetags").glob("*.py")
        if path.stem != "__init__"
    }


def layering_violations(root: Path) -> list[str]:
    """Every place under ``root``/masthead where a lower app reaches a higher one."""
    libraries = higher_tag_libraries(root)
    found = []
    for app in LOWER:
        app_dir = root / "masthead" / app
        for path in sorted(app_dir.rglob("*")):
            relative = path.relative_to(root)
            if "migrations" in relative.parts or not path.is_file():
                continue
            if path.suffix == ".py":
                package = ".".join(relative.parent.parts)
                found += python_violations(path.read_text(), str(relative), package)
            elif path.suffix in TEMPLATE_SUFFIXES and "templates" in relative.parts:
                found += template_violations(path.read_text(), str(relative), libraries)
    return found


class LayeringTests(TestCase):
    def test_lower_apps_do_not_reach_higher_ones(self) -> None:
        self.assertEqual(layering_violations(REPO), [])

    def test_every_app_is_placed_in_a_layer(self) -> None:
        # A new app must be placed, or the check would silently skip it.
        apps = {path.parent.name for path in (REPO / "masthead").glob("*/apps.py")}
        self.assertEqual(apps, set(LOWER) | set(HIGHER))


class CheckerTests(TestCase):
    """The check itself finds each kind of leak in a small tree written for the test."""

    def write(self, root: Path, relative: str, text: str) -> None:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)

    def test_finds_imports_strings_and_template_tags(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            self.write(root, "masthead/translation/templatetags/translation_tags.py", "")
            self.write(
                root,
                "masthead/people/models.py",
                "from masthead.articles.models import ArticlePage\n"
                "import masthead.discovery.feeds\n"
                "from ..importers import services\n"
                'parent_page_types = ["articles.HomePage"]\n'
                'TARGET = "masthead.outlets.services"\n'
                'template = "demo/page.html"\n',
            )
            self.write(
                root,
                "masthead/taxonomy/templates/taxonomy/x.html",
                '{% extends "base.html" %}{% load i18n translation_tags %}\n'
                '{% include "articles/includes/teaser.html" with show_lead=True %}\n',
            )
            # Migrations are history and are not checked.
            self.write(
                root,
                "masthead/people/migrations/0002_move.py",
                'dependencies = [("articles", "0004")]\nfrom masthead.articles import models\n',
            )
            found = layering_violations(root)
        self.assertEqual(
            found,
            [
                "masthead/people/models.py:1: imports masthead.articles.models (articles)",
                "masthead/people/models.py:2: imports masthead.discovery.feeds (discovery)",
                "masthead/people/models.py:3: imports masthead.importers (importers)",
                "masthead/people/models.py:4: names 'articles.HomePage'",
                "masthead/people/models.py:5: names 'masthead.outlets.services'",
                "masthead/people/models.py:6: names 'demo/page.html'",
                "masthead/taxonomy/templates/taxonomy/x.html:1: loads translation_tags",
                "masthead/taxonomy/templates/taxonomy/x.html:2: includes "
                "articles/includes/teaser.html",
            ],
        )

    def test_allowed_references_pass(self) -> None:
        source = (
            '"""Listed by the articles app (see articles.ArticlePage) in prose."""\n'
            "from masthead.core.mixins import SlugURLMixin\n"
            "from . import factories\n"
            "from wagtail.models import Page\n"
            'photo = "images.CustomImage"\n'
            'template = "people/author.html"\n'
            'label = "articles"\n'
        )
        self.assertEqual(python_violations(source, "x.py", "masthead.people"), [])
        template = '{% extends "base.html" %}{% load masthead_tags %}{% include "core/x.html" %}'
        self.assertEqual(template_violations(template, "x.html", {"translation_tags"}), [])
