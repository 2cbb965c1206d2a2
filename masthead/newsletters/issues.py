"""Building digests from what was published since the last one, and sending them when due.

A digest of a frequency covers the articles first published after the previous digest of the
same frequency (``covers_until``) and up to the moment it is built. It holds original articles;
each reader's copy takes their language's translation (``render.py``) and their topics.

The periodic job (``build_and_send_due``, registered in ``apps.py``) builds a digest when one is
due, scheduled ``MASTHEAD_NEWSLETTER_REVIEW_MINUTES`` later so editors may edit it, and hands
every scheduled issue whose time has come to the mailing engine.
"""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext

from masthead.articles.models import ArticlePage
from masthead.newsletters import links
from masthead.newsletters.models import Frequency, Issue, IssueItem, Subscriber

logger = logging.getLogger(__name__)

PERIOD = {Frequency.DAILY: datetime.timedelta(days=1), Frequency.WEEKLY: datetime.timedelta(days=7)}
MAX_ITEMS = 40  # a digest longer than this is cut to the newest; editors may edit it


def review_minutes() -> int:
    return int(getattr(settings, "MASTHEAD_NEWSLETTER_REVIEW_MINUTES", 60))


def last_issue(frequency: str) -> Issue | None:
    return (
        Issue.objects.filter(kind=frequency, covers_until__isnull=False)
        .order_by("-covers_until")
        .first()
    )


def published_between(
    since: datetime.datetime | None, until: datetime.datetime
) -> list[ArticlePage]:
    """Original articles first published in (since, until], oldest first.

    An article and its translations share a ``translation_key``; the group counts once, at its
    earliest publication (the original), so a translation published later is not news again.
    """
    groups = (
        ArticlePage.objects.live()
        .public()
        .order_by()  # Page's default ordering (path) would split the groups
        .values("translation_key")
        .annotate(first=Min("first_published_at"))
        .filter(first__lte=until)
    )
    if since is not None:
        groups = groups.filter(first__gt=since)
    keys = {row["translation_key"]: row["first"] for row in groups}
    pages = ArticlePage.objects.live().filter(translation_key__in=keys)
    originals: dict[object, ArticlePage] = {}
    for page in pages.order_by("first_published_at", "pk"):
        originals.setdefault(page.translation_key, page)
    return sorted(originals.values(), key=lambda p: (p.first_published_at, p.pk))


def _subject(frequency: str, when: datetime.datetime) -> str:
    name = links.outlet_name()
    if frequency == Frequency.DAILY:
        return gettext("%(outlet)s: the day's articles, %(date)s") % {
            "outlet": name,
            "date": when.date().isoformat(),
        }
    return gettext("%(outlet)s: the week's articles, %(date)s") % {
        "outlet": name,
        "date": when.date().isoformat(),
    }


@transaction.atomic
def build_digest(frequency: str, now: datetime.datetime | None = None) -> Issue | None:
    """The next digest of ``frequency``, or None when nothing was published since the last."""
    now = now or timezone.now()
    previous = last_issue(frequency)
    since = previous.covers_until if previous else now - PERIOD[Frequency(frequency)]
    articles = published_between(since, now)[-MAX_ITEMS:]
    if not articles:
        return None
    issue = Issue.objects.create(
        kind=frequency,
        subject=_subject(frequency, now),
        status=Issue.Status.DRAFT,
        covers_from=since,
        covers_until=now,
    )
    # Newest first, as readers expect of a digest.
    for order, page in enumerate(reversed(articles)):
        IssueItem.objects.create(issue=issue, page=page, sort_order=order)
    return issue


@transaction.atomic
def special_issue(article: ArticlePage, *, subject: str = "", intro: str = "") -> Issue:
    """One article for every subscriber, daily and weekly; a draft for editors to send."""
    original = (
        ArticlePage.objects.filter(translation_key=article.translation_key)
        .order_by("first_published_at", "pk")
        .first()
        or article
    )
    issue = Issue.objects.create(
        kind=Issue.Kind.SPECIAL, subject=subject or original.title, intro=intro
    )
    IssueItem.objects.create(issue=issue, page=original, sort_order=0)
    return issue


def _due(frequency: str, now: datetime.datetime) -> bool:
    if not Subscriber.objects.confirmed().filter(frequency=frequency).exists():
        return False
    pending = Issue.objects.filter(
        kind=frequency, status__in=[Issue.Status.DRAFT, Issue.Status.SCHEDULED]
    )
    if pending.exists():
        return False  # the editors have one to look at; the next covers from its end
    previous = last_issue(frequency)
    if previous is None or previous.covers_until is None:
        return True
    return now - previous.covers_until >= PERIOD[Frequency(frequency)]


def build_and_send_due(now: datetime.datetime | None = None) -> dict[str, int]:
    """The periodic job: build due digests (scheduled for review) and send due issues."""
    from masthead.newsletters.sending import send_issue

    now = now or timezone.now()
    built = 0
    for frequency in Frequency.values:
        if _due(frequency, now):
            issue = build_digest(frequency, now)
            if issue is not None:
                issue.status = Issue.Status.SCHEDULED
                issue.send_at = now + datetime.timedelta(minutes=review_minutes())
                issue.save(update_fields=["status", "send_at"])
                built += 1
    sent = 0
    due = Issue.objects.filter(status=Issue.Status.SCHEDULED).exclude(send_at__gt=now)
    for issue in due:
        try:
            send_issue(issue)
            sent += 1
        except ValueError:
            logger.warning("Newsletter issue %s has no articles; left unsent", issue.pk)
    return {"built": built, "sent": sent}
