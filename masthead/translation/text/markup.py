"""Inline markup in wagtail-localize segments: parse, split into sentences, re-place tags.

A segment is an HTML fragment with inline tags only (``a b i em strong code abbr acronym
br``; ``<a id="a1">`` the only attribute). Engines translate plain text, so each sentence
is planned as *units* (texts to translate) and rendered back from their translations:

* a sentence without tags is one unit;
* a sentence with tags, ``<code>`` or glossary terms sends its full text, the text of each
  tagged span and each text run between tags, all in the same batch. The span translations
  are then located in the full translation (exact, case-insensitive, then a difflib window
  with ratio ≥ 0.6) and re-wrapped; ``<code>`` and glossary terms must be found verbatim.
  If anything cannot be placed, the sentence is rebuilt from the run translations in the
  source order: less fluent, but every tag, every ``<a id>``, every ``<code>`` and every
  glossary rendering survives, whatever the model does.

Engines with ``handles_markup`` receive the sentence as HTML instead, and their answer is
kept only if it has the same tags and link ids (otherwise the runs are used, as above).
"""

from __future__ import annotations

import difflib
import html
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from masthead.core.text import plain_text
from masthead.translation.text.nodes import (
    VOID_TAGS,
    Element,
    Node,
    Protected,
    TextNode,
    attrs_html,
    contains_tag,
    has_words,
    node_text,
    normalise,
    parse_fragment,
    serialize,
)
from masthead.translation.text.sentences import sentence_spans

# Targets written without spaces between sentences.
NO_SPACE_LANGUAGES = {"zh", "ja", "th"}
FUZZY_MIN_RATIO = 0.6
# Full difflib comparisons per span at most (each is O(n·m)); past it the best so far wins.
MAX_FUZZY_COMPARISONS = 200
_EDGE_PUNCTUATION = ".,;:!?…\"'“”‘’«»()[]"

Translate = Callable[[str], str]


class TermMatcher(Protocol):
    """What the markup layer needs from a glossary (see ``masthead.translation.glossary``)."""

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, required output) for the terms found in ``text``."""


# --- Lines and sentences -----------------------------------------------------------------------


def split_lines(nodes: list[Node]) -> list[list[Node]]:
    """Split at every ``<br>``, at any depth: an element spanning a break is cloned on each side."""
    lines: list[list[Node]] = [[]]
    for node in nodes:
        if isinstance(node, Element) and node.name == "br":
            lines.append([])
        elif isinstance(node, Element) and contains_tag(node.children, "br"):
            inner = split_lines(node.children)
            lines[-1].append(node.clone(inner[0]))
            for part in inner[1:]:
                lines.append([node.clone(part)])
        else:
            lines[-1].append(node)
    return lines


def _element_ranges(nodes: list[Node], offset: int = 0) -> tuple[list[tuple[int, int]], int]:
    """(start, end) text offsets of every element, at any depth; and the end offset."""
    ranges = []
    position = offset
    for node in nodes:
        if isinstance(node, Element):
            inner, end = _element_ranges(node.children, position)
            ranges.append((position, end))
            ranges.extend(inner)
            position = end
        else:
            position += len(node_text([node]))
    return ranges, position


def _slice(
    nodes: list[Node], start: int, end: int, offset: int = 0, *, last: bool = False
) -> list[Node]:
    """The nodes covering text offsets [start, end); elements are cloned around their part.

    Empty elements sit at a point; they go to the slice that contains it (``last``: the
    final slice also takes those at its end).
    """
    out: list[Node] = []
    position = offset
    for node in nodes:
        length = len(node_text([node]))
        node_end = position + length
        if isinstance(node, Element):
            if length == 0:
                if start <= position < end or (last and position == end):
                    out.append(node.clone(list(node.children)))
            elif position < end and node_end > start:
                out.append(node.clone(_slice(node.children, start, end, position, last=last)))
        elif position < end and node_end > start:
            text = node_text([node])
            piece = text[max(start, position) - position : min(end, node_end) - position]
            if isinstance(node, Protected):
                out.append(node)
            else:
                out.append(TextNode(piece))
        position = node_end
    return out


def _strip_edges(nodes: list[Node]) -> tuple[str, list[Node], str]:
    """Remove whitespace at the start and end of top-level text; return it with the nodes."""
    nodes = list(nodes)
    leading = trailing = ""
    if nodes and isinstance(nodes[0], TextNode):
        text = nodes[0].text
        leading = text[: len(text) - len(text.lstrip())]
        nodes[0] = TextNode(text.lstrip())
    if nodes and isinstance(nodes[-1], TextNode):
        text = nodes[-1].text
        trailing = text[len(text.rstrip()) :]
        nodes[-1] = TextNode(text.rstrip())
    nodes = [node for node in nodes if not (isinstance(node, TextNode) and not node.text)]
    return leading, nodes, trailing


def _apply_glossary(nodes: list[Node], glossary: TermMatcher | None) -> list[Node]:
    if glossary is None:
        return nodes
    out: list[Node] = []
    for node in nodes:
        if isinstance(node, TextNode):
            position = 0
            for start, end, output in glossary.matches(node.text):
                if start > position:
                    out.append(TextNode(node.text[position:start]))
                out.append(Protected(node.text[start:end], output))
                position = end
            if position < len(node.text):
                out.append(TextNode(node.text[position:]))
        elif isinstance(node, Element) and not node.protected:
            out.append(node.clone(_apply_glossary(node.children, glossary)))
        else:
            out.append(node)
    return out


# --- Units and rendering -----------------------------------------------------------------------


def _text_runs(nodes: list[Node]) -> list[str]:
    runs = []
    for node in nodes:
        if isinstance(node, TextNode) and has_words(node.text):
            runs.append(normalise(node.text))
        elif isinstance(node, Element) and not node.protected:
            runs.extend(_text_runs(node.children))
    return runs


def _spans(nodes: list[Node]) -> list[str]:
    spans = []
    for node in nodes:
        if isinstance(node, Element) and not _is_fixed(node):
            spans.append(normalise(node_text(node.children)))
            spans.extend(_spans(node.children))
    return spans


def _signature(nodes: list[Node]) -> Counter[tuple[str, str]]:
    """Tags and link ids, for checking an HTML-capable engine kept them all."""
    found: Counter[tuple[str, str]] = Counter()
    for node in nodes:
        if isinstance(node, Element):
            ident = (dict(node.attrs).get("id") or "") if node.name == "a" else ""
            found[(node.name, ident)] += 1
            if node.protected:
                found[("code-text", node_text(node.children))] += 1
            else:
                found += _signature(node.children)
    return found


def _sanitize(nodes: list[Node], allowed_ids: set[str]) -> list[Node]:
    """Keep only ``id`` on links (and only known ids) in HTML returned by an engine."""
    out: list[Node] = []
    for node in nodes:
        if isinstance(node, Element):
            attrs: list[tuple[str, str | None]] = [
                (name, value)
                for name, value in node.attrs
                if node.name == "a" and name == "id" and value in allowed_ids
            ]
            out.append(Element(node.name, attrs, _sanitize(node.children, allowed_ids)))
        else:
            out.append(node)
    return out


def _word_bounded(needle: str, cjk: bool) -> str:
    pattern = re.escape(needle)
    if cjk:
        return pattern
    if needle[:1].isalnum():
        pattern = r"(?<!\w)" + pattern
    if needle[-1:].isalnum():
        pattern += r"(?!\w)"
    return pattern


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return all(end <= s or start >= e for s, e in taken)


def _find(
    haystack: str, needle: str, taken: list[tuple[int, int]], *, cjk: bool, fuzzy: bool
) -> tuple[int, int] | None:
    """Where ``needle`` is in ``haystack``, outside ``taken``: exact, any case, then difflib."""
    needle = needle.strip()
    if not needle:
        return None
    for flags in (0, re.IGNORECASE):
        for match in re.finditer(_word_bounded(needle, cjk), haystack, flags):
            if _free(match.start(), match.end(), taken):
                return match.start(), match.end()
    if not fuzzy:
        return None
    return _fuzzy_find(haystack, needle, taken, cjk=cjk)


def _fuzzy_find(
    haystack: str, needle: str, taken: list[tuple[int, int]], *, cjk: bool
) -> tuple[int, int] | None:
    if cjk:
        bounds = [(i, i + 1) for i in range(len(haystack)) if not haystack[i].isspace()]
        size = len(needle)
        slack = max(2, size // 5)
        # Character windows are many: start only where the span's first characters occur.
        heads = set(needle[:2].lower())
        starts = {i for i, (s, _e) in enumerate(bounds) if haystack[s].lower() in heads}
    else:
        bounds = [match.span() for match in re.finditer(r"\S+", haystack)]
        size = len(needle.split())
        slack = 2
        starts = set(range(len(bounds)))
    # The needle is the fixed side, so difflib indexes it once; the cheap upper bounds
    # (real_quick_ratio, quick_ratio) skip most windows before the full comparison.
    matcher = difflib.SequenceMatcher(None, b=needle.lower(), autojunk=False)
    lowered = haystack.lower() if len(haystack.lower()) == len(haystack) else haystack
    best: tuple[float, int, int] | None = None
    budget = MAX_FUZZY_COMPARISONS
    for width in range(max(1, size - slack), size + slack + 1):
        for first in range(len(bounds) - width + 1):
            if first not in starts:
                continue
            start, end = bounds[first][0], bounds[first + width - 1][1]
            # A window may swallow punctuation the span does not have ("report." for "report").
            while (
                start < end
                and haystack[start] in _EDGE_PUNCTUATION
                and not needle.startswith(haystack[start])
            ):
                start += 1
            while (
                end > start
                and haystack[end - 1] in _EDGE_PUNCTUATION
                and not needle.endswith(haystack[end - 1])
            ):
                end -= 1
            if end <= start or not _free(start, end, taken):
                continue
            floor = max(FUZZY_MIN_RATIO, best[0] if best else 0.0)
            matcher.set_seq1(lowered[start:end])
            if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
                continue
            budget -= 1
            if budget < 0:
                return None if best is None else (best[1], best[2])
            ratio = matcher.ratio()
            if ratio >= FUZZY_MIN_RATIO and (best is None or ratio > best[0]):
                best = (ratio, start, end)
    return None if best is None else (best[1], best[2])


@dataclass
class Sentence:
    """One source sentence as nodes (glossary terms already marked as Protected)."""

    nodes: list[Node]

    @property
    def is_plain(self) -> bool:
        return all(isinstance(node, TextNode) for node in self.nodes)

    @property
    def full_text(self) -> str:
        return normalise(node_text(self.nodes))

    @property
    def translatable(self) -> bool:
        return has_words("".join(_text_runs(self.nodes)))

    def units(self, html_mode: bool) -> list[str]:
        """Texts to send to the engine (before de-duplication)."""
        if not self.translatable:
            return []
        if html_mode:
            runs = [html.escape(run, quote=False) for run in _text_runs(self.nodes)]
            if self.is_plain:
                return runs
            return [normalise(serialize(self.nodes)), *runs]
        if self.is_plain:
            return [self.full_text]
        return [self.full_text, *_spans(self.nodes), *_text_runs(self.nodes)]

    def render(self, translations: Mapping[str, str], target: str, html_mode: bool) -> str:
        """The translated sentence as HTML, from the translations of ``units()``."""
        if not self.translatable:
            return self._runs(self.nodes, lambda unit: unit, html_mode=False)
        cjk = target.lower().split("-")[0] in NO_SPACE_LANGUAGES

        def tr(unit: str) -> str:
            if html_mode:
                text = plain_text(translations.get(unit, ""))
                return normalise(text) or html.unescape(unit)
            return normalise(translations.get(unit, "")) or unit

        if self.is_plain:
            key = html.escape(self.full_text, quote=False) if html_mode else self.full_text
            return html.escape(tr(key), quote=False)
        if html_mode:
            placed = self._accept_html(translations.get(normalise(serialize(self.nodes)), ""))
        else:
            placed = self._place(tr(self.full_text), self.nodes, tr, cjk)
        if placed is not None:
            return placed
        return self._runs(self.nodes, tr, html_mode)

    def _place(self, text: str, nodes: list[Node], tr: Translate, cjk: bool) -> str | None:
        # Text nodes are never placed: only elements and glossary terms.
        placements: list[tuple[int, int, Element | Protected]] = []
        taken: list[tuple[int, int]] = []
        for index, node in enumerate(nodes):
            if isinstance(node, TextNode):
                continue
            if isinstance(node, Protected):
                where = _find(text, node.output, taken, cjk=cjk, fuzzy=False)
                if where is None and node.source != node.output:
                    where = _find(text, node.source, taken, cjk=cjk, fuzzy=False)
            elif _is_fixed(node):
                inner = _fixed_text(node.children).strip()
                if not inner:
                    # An empty element stays at the start or the end, as in the source.
                    at = 0 if index == 0 else len(text)
                    placements.append((at, at, node))
                    continue
                where = _find(text, inner, taken, cjk=cjk, fuzzy=False)
            else:
                span = tr(normalise(node_text(node.children)))
                where = _find(text, span, taken, cjk=cjk, fuzzy=True)
                if where is not None and _swallows(where, text, node, nodes):
                    where = None
            if where is None:
                return None
            taken.append(where)
            placements.append((*where, node))
        out, position = [], 0
        for start, end, node in sorted(placements, key=lambda item: (item[0], item[1])):
            out.append(html.escape(text[position:start], quote=False))
            if isinstance(node, Protected):
                out.append(html.escape(node.output, quote=False))
            elif _is_fixed(node):
                out.append(self._runs([node], lambda unit: unit, html_mode=False))
            else:
                nested = self._place(text[start:end], node.children, tr, cjk)
                if nested is None:
                    return None
                out.append(f"<{node.name}{attrs_html(node.attrs)}>{nested}</{node.name}>")
            position = end
        out.append(html.escape(text[position:], quote=False))
        return "".join(out)

    def _runs(self, nodes: list[Node], tr: Translate, html_mode: bool) -> str:
        out = []
        for node in nodes:
            if isinstance(node, TextNode):
                if has_words(node.text):
                    text = node.text
                    lead = text[: len(text) - len(text.lstrip())]
                    trail = text[len(text.rstrip()) :]
                    unit = normalise(text)
                    unit = html.escape(unit, quote=False) if html_mode else unit
                    out.append(lead + html.escape(tr(unit), quote=False) + trail)
                else:
                    out.append(html.escape(node.text, quote=False))
            elif isinstance(node, Protected):
                out.append(html.escape(node.output, quote=False))
            elif node.protected or node.name in VOID_TAGS:
                out.append(serialize([node]))
            else:
                inner = self._runs(node.children, tr, html_mode)
                out.append(f"<{node.name}{attrs_html(node.attrs)}>{inner}</{node.name}>")
        return "".join(out)

    def _accept_html(self, translated: str) -> str | None:
        """An HTML engine's answer, if it kept every tag, link id, code text and term."""
        if not translated.strip():
            return None
        nodes = parse_fragment(translated)
        if _signature(nodes) != _signature(self.nodes):
            return None
        text = node_text(nodes)
        for term in _protected(self.nodes):
            if term.output not in text:
                return None
        allowed = {ident for (name, ident) in _signature(self.nodes) if name == "a" and ident}
        return serialize(_sanitize(nodes, allowed))


def _swallows(where: tuple[int, int], text: str, node: Element, siblings: list[Node]) -> bool:
    """A span placed over most of the translation although it was a small part of the source.

    A model that translates a span and its sentence the same way would otherwise wrap the
    whole sentence in the link; the run-by-run rebuild is closer to the source.
    """
    source_share = len(node_text(node.children).strip()) / max(1, len(node_text(siblings).strip()))
    placed_share = (where[1] - where[0]) / max(1, len(text.strip()))
    return placed_share - source_share > 0.5


def _is_fixed(node: Element) -> bool:
    """Code, and tags around nothing translatable ("<b>2024</b>", a glossary term alone)."""
    return node.protected or not has_words("".join(_text_runs(node.children)))


def _fixed_text(nodes: list[Node]) -> str:
    """Plain text as it must appear in the translation (glossary renderings applied)."""
    parts = []
    for node in nodes:
        if isinstance(node, Protected):
            parts.append(node.output)
        elif isinstance(node, TextNode):
            parts.append(node.text)
        elif node.protected:
            parts.append(node_text(node.children))
        else:
            parts.append(_fixed_text(node.children))
    return "".join(parts)


def _protected(nodes: list[Node]) -> list[Protected]:
    found = []
    for node in nodes:
        if isinstance(node, Protected):
            found.append(node)
        elif isinstance(node, Element) and not node.protected:
            found.extend(_protected(node.children))
    return found


@dataclass
class Line:
    leading: str
    sentences: list[Sentence]
    trailing: str


@dataclass
class SegmentPlan:
    """A segment split into lines (at ``<br>``) and sentences, ready to translate."""

    source: str
    lines: list[Line]

    @property
    def passthrough(self) -> bool:
        """Nothing to translate and no glossary rendering to apply: returned unchanged."""
        sentences = [s for line in self.lines for s in line.sentences]
        return not any(s.translatable for s in sentences) and not any(
            term.output != term.source for s in sentences for term in _protected(s.nodes)
        )

    def units(self, html_mode: bool = False) -> list[str]:
        """Every text this segment needs translated, in order (may repeat)."""
        return [u for line in self.lines for s in line.sentences for u in s.units(html_mode)]

    def render(self, translations: Mapping[str, str], target: str, html_mode: bool = False) -> str:
        """The translated segment; untranslatable segments come back unchanged."""
        if self.passthrough:
            return self.source
        separator = "" if target.lower().split("-")[0] in NO_SPACE_LANGUAGES else " "
        lines = []
        for line in self.lines:
            body = separator.join(s.render(translations, target, html_mode) for s in line.sentences)
            lines.append(line.leading + body + line.trailing)
        return "<br/>".join(lines)


def plan_segment(
    segment: str, source_language: str, glossary: TermMatcher | None = None
) -> SegmentPlan:
    """Parse a segment and cut it into lines and sentences (see module docstring)."""
    lines = []
    for line_nodes in split_lines(parse_fragment(segment)):
        text = node_text(line_nodes)
        ranges, _end = _element_ranges(line_nodes)
        spans = sentence_spans(text, source_language)
        # A sentence boundary inside a tag is ignored: the tag stays in one piece.
        starts = [0]
        for previous, current in zip(spans, spans[1:], strict=False):
            if not any(s < current[0] and e > previous[1] for s, e in ranges if e > s):
                starts.append(current[0])
        sentences, leading, trailing = [], "", ""
        bounds = [*starts, len(text)]
        for number, (start, end) in enumerate(zip(bounds, bounds[1:], strict=False)):
            is_last = number == len(bounds) - 2
            lead, nodes, trail = _strip_edges(_slice(line_nodes, start, end, last=is_last))
            if number == 0:
                leading = lead
            if is_last:
                trailing = trail
            if nodes:
                sentences.append(Sentence(_apply_glossary(nodes, glossary)))
        lines.append(Line(leading, sentences, trailing))
    return SegmentPlan(segment, lines)
