"""The newsroom glossary as used while translating: which words must come out a fixed way.

Built from ``GlossaryTerm`` rows: a term with no rendering for the target language stays as
written (names, brands); a term with a rendering must appear exactly as that rendering. The
markup layer treats found terms like ``<code>``: never sent through the model alone, so the
required text is in the output whatever the model does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class GlossaryEntry:
    """One term: what to look for, how it must read in the target language."""

    source_text: str
    rendering: str | None = None  # None: keep the words as they appear in the source
    case_sensitive: bool = True


def _pattern(term: str) -> str:
    pattern = re.escape(term)
    # Whole words only: "EU" must not match inside "EUROPE".
    if term[:1].isalnum() or term[:1] == "_":
        pattern = r"(?<!\w)" + pattern
    if term[-1:].isalnum() or term[-1:] == "_":
        pattern += r"(?!\w)"
    return pattern


class Glossary:
    """Finds glossary terms in source text; longest term wins where several overlap."""

    def __init__(self, entries: list[GlossaryEntry] | tuple[GlossaryEntry, ...] = ()) -> None:
        self.entries = [entry for entry in entries if entry.source_text.strip()]
        self._regexes: list[tuple[re.Pattern[str], dict[str, GlossaryEntry]]] = []
        for sensitive in (True, False):
            group = sorted(
                (e for e in self.entries if e.case_sensitive is sensitive),
                key=lambda e: len(e.source_text),
                reverse=True,
            )
            if group:
                # Longest first: an alternation takes the first alternative that matches.
                regex = re.compile(
                    "|".join(_pattern(e.source_text) for e in group),
                    0 if sensitive else re.IGNORECASE,
                )
                lookup = {
                    (e.source_text if sensitive else e.source_text.casefold()): e for e in group
                }
                self._regexes.append((regex, lookup))

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def for_language(cls, target_code: str) -> Glossary:
        """The glossary for translations into ``target_code`` (a Django language code)."""
        from masthead.translation.models import GlossaryTerm

        target = target_code.lower()
        base = target.split("-")[0]
        entries = []
        for term in GlossaryTerm.objects.prefetch_related("renderings"):
            renderings = {r.language_code.lower(): r.text for r in term.renderings.all()}
            rendering = renderings.get(target, renderings.get(base))
            entries.append(GlossaryEntry(term.source_text, rendering or None, term.case_sensitive))
        return cls(entries)

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, required output) for every term in ``text``."""
        found: list[tuple[int, int, str]] = []
        for regex, lookup in self._regexes:
            for match in regex.finditer(text):
                matched = match.group(0)
                key = matched if regex.flags & re.IGNORECASE == 0 else matched.casefold()
                entry = lookup.get(key)
                if entry is None:
                    continue
                found.append((match.start(), match.end(), entry.rendering or matched))
        found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
        chosen: list[tuple[int, int, str]] = []
        for start, end, output in found:
            if not chosen or start >= chosen[-1][1]:
                chosen.append((start, end, output))
        return chosen
