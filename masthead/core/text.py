"""Plain text out of HTML: one rule for every place that needs words without markup.

Used where rich text becomes a field that holds no markup (the importer's subheads and
quotes), where a translation engine's HTML answer is compared as text, and for search
excerpts.
"""

from __future__ import annotations

from html.parser import HTMLParser

# Elements that end a line when read aloud or copied as text.
LINE_BREAK_TAGS = {"br"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in LINE_BREAK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(html: str) -> str:
    """The text of an HTML fragment: tags dropped, entities decoded, ``<br>`` as a newline.

    Whitespace is kept as written (callers that compare or index text normalise it).
    """
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return "".join(collector.parts)
