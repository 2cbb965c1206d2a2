"""An issue as each reader receives it: their topics, their language, their own links.

Readers with the same language and the same matching articles get the same message but for
their links, so each such *variant* is rendered (and its CSS inlined) once, with a placeholder
where the reader's token goes; a reader's copy is then a string replacement. A list of
100,000 readers costs a few dozen renders, not 100,000.

Links are the outlet's canonical article URLs in the reader's language (the translation where
one is live, else the original). No tracking pixel and no redirecting links.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import css_inline
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator

from masthead.articles.models import ArticlePage
from masthead.newsletters import links
from masthead.newsletters.models import Issue, Subscriber

TOKEN = "@@NEWSLETTER-TOKEN@@"  # noqa: S105 (a placeholder, not a secret)


@dataclass(frozen=True)
class Entry:
    """One article as it appears in an issue, in one language."""

    original_id: int
    title: str
    lead: str
    url: str


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str

    def for_token(self, token: str) -> Rendered:
        return Rendered(
            self.subject, self.text.replace(TOKEN, token), self.html.replace(TOKEN, token)
        )


@dataclass
class IssueContent:
    """An issue's articles, their topics, and their versions per language, loaded once."""

    issue: Issue
    originals: list[ArticlePage]
    topics: dict[int, set[tuple[str, str]]] = field(default_factory=dict)
    _localized: dict[str, dict[int, Entry]] = field(default_factory=dict)
    _variants: dict[tuple[str, tuple[int, ...]], Rendered] = field(default_factory=dict)

    @classmethod
    def load(cls, issue: Issue) -> IssueContent:
        items = issue.items.select_related("page").order_by("sort_order", "pk")
        pages = [item.page for item in items]
        originals = list(
            ArticlePage.objects.filter(pk__in=[p.pk for p in pages]).prefetch_related(
                "regions", "themes", "reports"
            )
        )
        by_id = {page.pk: page for page in originals}
        ordered = [by_id[p.pk] for p in pages if p.pk in by_id]
        content = cls(issue=issue, originals=ordered)
        for page in ordered:
            keys = {("region", str(t.translation_key)) for t in page.regions.all()}
            keys |= {("theme", str(t.translation_key)) for t in page.themes.all()}
            keys |= {("report", str(t.translation_key)) for t in page.reports.all()}
            content.topics[page.pk] = keys
        return content

    def entries(self, language: str) -> dict[int, Entry]:
        """Original id → the entry in ``language`` (the translation if live, else the original)."""
        if language not in self._localized:
            keys = [page.translation_key for page in self.originals]
            translated = {
                page.translation_key: page
                for page in ArticlePage.objects.live()
                .filter(translation_key__in=keys, locale__language_code=language)
                .select_related("locale")
            }
            self._localized[language] = {
                page.pk: _entry(page.pk, translated.get(page.translation_key, page))
                for page in self.originals
            }
        return self._localized[language]

    def matching(self, subscriber: Subscriber, topics: set[tuple[str, str]] | None) -> list[int]:
        """The original ids this reader asked for, in the issue's order."""
        if subscriber.everything or self.issue.kind == Issue.Kind.SPECIAL or topics is None:
            return [page.pk for page in self.originals]
        return [page.pk for page in self.originals if self.topics[page.pk] & topics]

    def render(self, language: str, ids: Iterable[int]) -> Rendered:
        """The message for one variant, with ``TOKEN`` where each reader's token goes."""
        key = (language, tuple(ids))
        if key not in self._variants:
            entries = self.entries(language)
            self._variants[key] = render_issue(
                self.issue, [entries[i] for i in key[1]], language, manage_token=TOKEN
            )
        return self._variants[key]


def _entry(original_id: int, page: ArticlePage) -> Entry:
    lead = Truncator(strip_tags(page.lead or "").strip()).words(60)
    return Entry(original_id, page.title, lead, page.get_full_url() or "")


def render_issue(
    issue: Issue, entries: list[Entry], language: str, *, manage_token: str
) -> Rendered:
    with translation.override(language):
        context = {
            "issue": issue,
            "entries": entries,
            "outlet_name": links.outlet_name(),
            "preferences_url": links.absolute("newsletters:preferences", manage_token),
            "unsubscribe_url": links.absolute("newsletters:unsubscribe", manage_token),
            "web_url": links.base_url() + reverse("newsletters:issue", args=[issue.pk]),
            "language": language,
        }
        text = render_to_string("newsletters/email/issue.txt", context)
        html = render_to_string("newsletters/email/issue.html", context)
    # The style sheet in the template's <head> goes into style="" attributes: many mail
    # clients drop <style> elements.
    inlined = css_inline.inline(html)
    return Rendered(issue.subject, text, inlined)


def web_view(issue: Issue, language: str) -> str:
    """The issue's articles (all of them) as a page fragment, for the archive."""
    content = IssueContent.load(issue)
    entries = content.entries(language if language else settings.LANGUAGE_CODE)
    with translation.override(language):
        return render_to_string(
            "newsletters/includes/issue_body.html",
            {"issue": issue, "entries": [entries[p.pk] for p in content.originals]},
        )
