"""The demo outlet's content, read from the data files in ``content/``.

``articles/<slug>.md`` are articles in the text importer's own format (what a reader copies from
a page, or Markdown) and go through the importer, so the demo also exercises it.
``demo.toml`` holds what that format does not carry: dates relative to the day the demo is
built, the generated pictures, byline roles, partners' licences, author profiles and the
descriptions of regions, themes and reports. ``translations.toml`` and
``translations/<language>/<English slug>.md`` are the hand translations.

Only the standard library reads them (``tomllib``), so the demo needs no test tools.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CONTENT_DIR = Path(__file__).resolve().parent / "content"


class DemoContentError(Exception):
    """The data files disagree with each other; the message names the file to fix."""


@dataclass(frozen=True)
class DemoContent:
    directory: Path
    outlet: dict[str, Any]
    editor: dict[str, str]
    licences: list[dict[str, Any]]
    partners: list[dict[str, Any]]
    authors: list[dict[str, Any]]
    regions: list[dict[str, Any]]
    themes: list[dict[str, Any]]
    reports: list[dict[str, Any]]
    # English slug -> days_ago, original_days_before, motif, hue, roles.
    articles: dict[str, dict[str, Any]]
    # Language code -> the home page's tagline.
    home_intro: dict[str, str]
    # Language code -> outlet, regions, themes, reports, authors, articles (by English slug).
    translations: dict[str, dict[str, Any]]

    def article_file(self, slug: str) -> Path:
        return self.directory / "articles" / f"{slug}.md"

    def translated_article_file(self, language_code: str, slug: str) -> Path:
        return self.directory / "translations" / language_code / f"{slug}.md"

    def articles_oldest_first(self) -> list[tuple[str, dict[str, Any]]]:
        """So that the page tree's order matches the archive's."""
        return sorted(self.articles.items(), key=lambda item: -item[1]["days_ago"])


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except tomllib.TOMLDecodeError as error:
        raise DemoContentError(f"{path}: {error}") from None


def read_content(directory: Path = CONTENT_DIR) -> DemoContent:
    """Read and cross-check the data files; raise :class:`DemoContentError` naming a bad one."""
    data = _read_toml(directory / "demo.toml")
    translations = _read_toml(directory / "translations.toml")
    home_intro = translations.pop("home_intro", {})
    content = DemoContent(
        directory=directory,
        outlet=data["outlet"],
        editor=data["editor"],
        licences=data["licences"],
        partners=data["partners"],
        authors=data["authors"],
        regions=data["regions"],
        themes=data["themes"],
        reports=data["reports"],
        articles=data["articles"],
        home_intro=home_intro,
        translations=translations,
    )
    _check(content)
    return content


def _check(content: DemoContent) -> None:
    """Every article file has its entry in demo.toml and every entry its file."""
    files = {path.stem for path in (content.directory / "articles").glob("*.md")}
    if missing := sorted(set(content.articles) - files):
        raise DemoContentError(f"demo.toml lists articles with no file in articles/: {missing}")
    if extra := sorted(files - set(content.articles)):
        raise DemoContentError(
            f"articles/ has files with no [articles.<slug>] in demo.toml: {extra}"
        )
    author_slugs = {author["slug"] for author in content.authors}
    for slug, extras in content.articles.items():
        if unknown := set(extras.get("roles", {})) - author_slugs:
            raise DemoContentError(f"demo.toml: [articles.{slug}] roles name {sorted(unknown)}")
    for code, language in content.translations.items():
        for slug in language.get("articles", {}):
            if slug not in content.articles:
                raise DemoContentError(f"translations.toml: [{code}.articles.{slug}] is unknown")
            if not content.translated_article_file(code, slug).is_file():
                raise DemoContentError(
                    f"translations.toml lists [{code}.articles.{slug}] but "
                    f"translations/{code}/{slug}.md is missing"
                )
