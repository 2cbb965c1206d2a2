"""Readers' comments of the demo, from ``content/comments.toml`` (written for the project).

Demo readers are guest commenters (no account, no password): the moderation queue shows them
as guests. Statuses are set directly, as a moderator would have left them.
"""

from __future__ import annotations

import datetime
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.utils import timezone

from masthead.articles.models import ArticlePage
from masthead.comments import services
from masthead.comments.models import Comment
from masthead.comments.text import clean_text, render

COMMENTS_FILE = Path(__file__).resolve().parent / "content" / "comments.toml"


def read_comments(path: Path = COMMENTS_FILE) -> list[dict[str, Any]]:
    with path.open("rb") as file:
        return list(tomllib.load(file)["comments"])


def load_demo_comments(log: Callable[[str], None] = lambda _msg: None) -> int:
    """Create the demo's comments; returns how many. Articles missing from the demo are skipped."""
    items = read_comments()
    slugs = {item["article"] for item in items}
    articles = {
        page.slug: page
        for page in ArticlePage.objects.filter(slug__in=slugs, locale__language_code="en")
    }
    made: dict[str, Comment] = {}
    now = timezone.now()
    for item in items:
        page = articles.get(item["article"])
        if page is None:
            continue
        target = made.get(item.get("reply_to", ""))
        body = clean_text(item["body"]).strip()
        comment = Comment.objects.create(
            page=page,
            parent=(target.parent or target) if target else None,
            in_reply_to=target,
            commenter=services.guest_commenter(item["email"], item["name"]),
            body=body,
            body_html=render(body),
            status=item["status"],
            hold_reason=item.get("reason", ""),
            featured=bool(item.get("featured", False)),
            created_at=now - datetime.timedelta(hours=int(item.get("hours_ago", 1))),
        )
        if item.get("report"):
            services.report_comment(comment, None, item["report"])
        made[item["key"]] = comment
    log(f"Added {len(made)} readers' comments on {len(articles)} articles.")
    return len(made)
