"""Which WordPress categories and tags become which Region, Theme or In-depth Report.

The mapping file is TOML, keyed by the WordPress slug, one line per term; ``--dry-run`` prints
a skeleton with every term of the export and how many posts use it::

    [categories]
    west-coast = "region"                       # the term's own name, as a Region
    fisheries = "theme: Fishing and the Sea"    # another name, as a Theme
    news = "skip"                               # not filed at all

    [tags]
    harbour-dispute = "report"                  # an In-depth Report

A term the file does not name is left out and listed in the run's report: filing is an
editorial choice, so nothing is filed by guesswork.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field

from masthead.taxonomy.models import InDepthReport, Region, Term, Theme

VOCABULARIES: dict[str, type[Term]] = {"region": Region, "theme": Theme, "report": InDepthReport}
SECTIONS = {"category": "categories", "post_tag": "tags"}


class MappingError(ValueError):
    """The mapping file cannot be read; the message names the key."""


@dataclass(frozen=True)
class Target:
    vocabulary: str  # region | theme | report
    name: str  # "" = the WordPress term's own name


@dataclass
class TermMapping:
    # (taxonomy, slug) → target; None means "skip".
    targets: dict[tuple[str, str], Target | None] = field(default_factory=dict)

    @classmethod
    def from_toml(cls, text: str) -> TermMapping:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise MappingError(f"the mapping file is not valid TOML: {error}") from None
        mapping = cls()
        for taxonomy, section in SECTIONS.items():
            entries = data.get(section, {})
            if not isinstance(entries, Mapping):
                raise MappingError(f'[{section}] should be a table of slug = "vocabulary"')
            for slug, value in entries.items():
                mapping.targets[(taxonomy, str(slug))] = _target(section, str(slug), value)
        unknown = set(data) - set(SECTIONS.values())
        if unknown:
            raise MappingError(
                f"unknown section [{sorted(unknown)[0]}]; use [categories] and [tags]"
            )
        return mapping

    def target(self, taxonomy: str, slug: str) -> Target | None:
        return self.targets.get((taxonomy, slug))

    def names(self, taxonomy: str, slug: str) -> bool:
        return (taxonomy, slug) in self.targets


def _target(section: str, slug: str, value: object) -> Target | None:
    if not isinstance(value, str):
        raise MappingError(f'[{section}] {slug}: write a string like "region" or "skip"')
    vocabulary, _, name = value.partition(":")
    vocabulary = vocabulary.strip().casefold()
    if vocabulary == "skip":
        return None
    if vocabulary not in VOCABULARIES:
        raise MappingError(
            f'[{section}] {slug} = "{value}": start with region, theme, report or skip'
        )
    return Target(vocabulary, name.strip())


def skeleton(names: Mapping[tuple[str, str], str], counts: Mapping[tuple[str, str], int]) -> str:
    """A mapping file listing every category and tag, most used first, all set to "skip"."""
    lines = [
        "# WordPress categories and tags -> Masthead Region / Theme / In-depth Report.",
        '# Values: "region", "theme", "report" (keeps the name), "theme: Another Name", "skip".',
    ]
    for taxonomy, section in SECTIONS.items():
        lines += ["", f"[{section}]"]
        keys = [key for key in names if key[0] == taxonomy]
        keys.sort(key=lambda key: (-counts.get(key, 0), key[1]))
        for key in keys:
            count = counts.get(key, 0)
            label = names[key].replace("\n", " ")
            lines.append(
                f'{_toml_key(key[1])} = "skip"  # {label} — {count} post{"" if count == 1 else "s"}'
            )
    return "\n".join(lines) + "\n"


def _toml_key(slug: str) -> str:
    bare = slug and all(c.isascii() and (c.isalnum() or c in "-_") for c in slug)
    return slug if bare else '"' + slug.replace("\\", "\\\\").replace('"', '\\"') + '"'
