"""The demo's "same story" flow, from ``content/stories.toml`` (written for the project).

One republished article has a correction flag waiting: its partner changed the original after
we republished it, and the watch recorded both texts (no partner site is reached: the demo's
partners live under ``.example``). Another carries an "Updated" note readers see.
"""

from __future__ import annotations

import datetime
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.utils import timezone

from masthead.articles.models import ArticlePage
from masthead.stories import originals
from masthead.stories.models import CorrectionNote, OriginalWatch
from masthead.stories.text import article_text, join, paragraphs

STORIES_FILE = Path(__file__).resolve().parent / "content" / "stories.toml"


def read_stories(path: Path = STORIES_FILE) -> dict[str, Any]:
    with path.open("rb") as file:
        return tomllib.load(file)


def their_new_text(ours: str, item: dict[str, Any]) -> str:
    text = ours
    for change in item.get("changes", []):
        if change["old"] not in text:
            raise ValueError(f"{item['article']}: {change['old']!r} is not in the article")
        text = text.replace(change["old"], change["new"])
    extra = item.get("added_at_end", "")
    return join([*paragraphs(text), extra] if extra else paragraphs(text))


def load_demo_stories(log: Callable[[str], None] = lambda _msg: None) -> int:
    """Record the demo's flags and notes; returns how many. Missing articles are skipped."""
    data = read_stories()
    made = 0
    now = timezone.now()
    for item in data.get("flags", []):
        page = ArticlePage.objects.filter(slug=item["article"], locale__language_code="en").first()
        watch = OriginalWatch.objects.filter(page=page).first() if page else None
        if page is None or watch is None:
            continue
        ours = article_text(page)
        found = now - datetime.timedelta(hours=int(item["hours_ago"]))
        # Published an hour before the change was found: the first look recorded their text.
        start = found - datetime.timedelta(hours=1)
        OriginalWatch.objects.filter(pk=watch.pk).update(started_at=start, next_check_at=start)
        watch.refresh_from_db()
        originals.record_check(watch, text=ours, now=start)
        originals.record_check(watch, text=their_new_text(ours, item), now=found)
        made += 1
    for item in data.get("notes", []):
        page = ArticlePage.objects.filter(slug=item["article"], locale__language_code="en").first()
        if page is None:
            continue
        CorrectionNote.objects.create(
            translation_key=page.translation_key,
            page=page,
            kind=item["kind"],
            text=item["text"],
            date=timezone.localdate() - datetime.timedelta(days=int(item["days_ago"])),
        )
        made += 1
    log(f"Recorded {made} correction flag(s) and note(s) on republished articles.")
    return made
