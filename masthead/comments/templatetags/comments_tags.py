"""The approved discussion under an article, for its cached page (and its stored fragment)."""

from __future__ import annotations

from typing import Any

from django import template

from masthead.comments import services
from masthead.comments.models import CommentSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def article_discussion(context: template.Context, page: Any) -> dict[str, Any]:
    """What every reader of ``page`` sees: the approved thread, its count, open or closed.

    Nothing here depends on who asks, so the page stays cacheable; the form lives on its own
    page (``comments:new``).
    """
    request = context.get("request")
    rules = (
        CommentSettings.for_request(request)
        if request is not None
        else services.comment_settings(page=page)
    )
    if not rules.enabled or page is None or page.pk is None:
        return {"enabled": False}
    thread = services.public_thread(page)
    count = sum(1 + len(comment.public_replies) for comment in thread)
    return {
        "enabled": True,
        "closed": services.is_closed(page),
        "thread": thread,
        "count": count,
    }
