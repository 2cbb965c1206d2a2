"""Re-checking the originals we republished: when to look again, and what a look found.

After we publish a republished piece (one with an original URL), its original is fetched at
growing intervals from the publish (``CHECK_AFTER``) and then no more. The first successful
check records their text; a later one whose text differs raises one flag for editors (a
second change while the flag waits updates that flag). Failures (gone, blocked, too slow) are
recorded on the watch for the listing, never raised, and the schedule goes on.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from masthead.articles.models import ArticlePage
from masthead.stories.models import CorrectionFlag, OriginalWatch
from masthead.stories.services import is_story_source
from masthead.stories.text import article_text, join, paragraphs

# From the publish: at once (their text as we republished it), then 1 h, 6 h, 1 day, 3 days,
# 7 days, 14 days and 30 days; corrections come early, and a month covers nearly all of them
# (decision 0193).
CHECK_AFTER = [
    datetime.timedelta(0),
    datetime.timedelta(hours=1),
    datetime.timedelta(hours=6),
    datetime.timedelta(days=1),
    datetime.timedelta(days=3),
    datetime.timedelta(days=7),
    datetime.timedelta(days=14),
    datetime.timedelta(days=30),
]


def next_check(started_at: datetime.datetime, checks_done: int) -> datetime.datetime | None:
    """When check number ``checks_done + 1`` is due; None once the schedule is over."""
    if checks_done >= len(CHECK_AFTER):
        return None
    return started_at + CHECK_AFTER[checks_done]


def watch_original(page: Any) -> OriginalWatch | None:
    """Start (or keep) watching the original of a published republished article."""
    page = page.specific
    if not isinstance(page, ArticlePage) or not page.original_url or not page.live:
        return None
    if not is_story_source(page):
        return None  # its translations share the original; the source version is watched
    watch = OriginalWatch.objects.filter(page_id=page.pk).first()
    if watch is not None and watch.url == page.original_url:
        return watch
    now = timezone.now()
    fields = {
        "url": page.original_url,
        "started_at": now,
        "next_check_at": now,
        "checks": 0,
        "last_checked_at": None,
        "last_outcome": OriginalWatch.Outcome.PENDING,
        "last_error_code": "",
        "last_error": "",
        "failures": 0,
        "recorded_text": "",
        "recorded_at": None,
        "etag": "",
        "last_modified": "",
    }
    watch, _created = OriginalWatch.objects.update_or_create(page_id=page.pk, defaults=fields)
    return watch


def due_watches(now: datetime.datetime | None = None) -> list[int]:
    now = now or timezone.now()
    return list(
        OriginalWatch.objects.filter(next_check_at__lte=now)
        .order_by("next_check_at")
        .values_list("pk", flat=True)
    )


def _advance(watch: OriginalWatch, now: datetime.datetime) -> None:
    watch.checks += 1
    watch.last_checked_at = now
    upcoming = next_check(watch.started_at, watch.checks)
    # A worker that was down for days does not run the missed checks one after another.
    while upcoming is not None and upcoming <= now:
        watch.checks += 1
        upcoming = next_check(watch.started_at, watch.checks)
    watch.next_check_at = upcoming


@transaction.atomic
def record_check(
    watch: OriginalWatch,
    *,
    text: str = "",
    not_modified: bool = False,
    etag: str | None = None,
    last_modified: str | None = None,
    now: datetime.datetime | None = None,
) -> CorrectionFlag | None:
    """What one successful look at the original found; returns the flag it raised, if any."""
    now = now or timezone.now()
    watch = OriginalWatch.objects.select_for_update().get(pk=watch.pk)
    _advance(watch, now)
    watch.last_error_code = ""
    watch.last_error = ""
    flag = None
    if not_modified and watch.recorded_text:
        watch.last_outcome = OriginalWatch.Outcome.NOT_MODIFIED
    else:
        theirs = join(paragraphs(text))
        if not watch.recorded_text:
            watch.recorded_text = theirs
            watch.recorded_at = now
            watch.last_outcome = OriginalWatch.Outcome.RECORDED
        elif theirs == watch.recorded_text or not theirs:
            watch.last_outcome = OriginalWatch.Outcome.UNCHANGED
        else:
            flag = _flag_change(watch, theirs, now)
            watch.recorded_text = theirs
            watch.recorded_at = now
            watch.last_outcome = OriginalWatch.Outcome.CHANGED
    if etag is not None:
        watch.etag = etag[:300]
    if last_modified is not None:
        watch.last_modified = last_modified[:100]
    watch.save()
    return flag


def _flag_change(watch: OriginalWatch, theirs: str, now: datetime.datetime) -> CorrectionFlag:
    """One waiting flag per original: a further change updates it, keeping their old text."""
    page = ArticlePage.objects.get(pk=watch.page_id)
    flag = watch.flags.filter(status=CorrectionFlag.Status.PENDING).first()
    if flag is None:
        flag = CorrectionFlag(watch=watch, page_id=watch.page_id, previous_text=watch.recorded_text)
    flag.new_text = theirs
    flag.our_text = article_text(page)
    flag.detected_at = now
    flag.save()
    return flag


def record_failure(
    watch: OriginalWatch, *, code: str, message: str, now: datetime.datetime | None = None
) -> None:
    """A look that failed (gone, blocked, timed out): shown on the listing; the schedule goes on."""
    now = now or timezone.now()
    with transaction.atomic():
        watch = OriginalWatch.objects.select_for_update().get(pk=watch.pk)
        _advance(watch, now)
        watch.failures += 1
        watch.last_outcome = OriginalWatch.Outcome.FAILED
        watch.last_error_code = code[:40]
        watch.last_error = message
        watch.save()


def check_watch(watch_id: int, now: datetime.datetime | None = None) -> str:
    """Fetch the original once (conditional GET) and record what was found; returns the
    outcome. A watch not due (a task queued twice, a check already done) is left alone."""
    from masthead.ingest import pages, transport

    now = now or timezone.now()
    watch = OriginalWatch.objects.filter(pk=watch_id, next_check_at__lte=now).first()
    if watch is None:
        return "not-due"
    # Validators only once their text is recorded: a first look must read the page.
    known = bool(watch.recorded_text)
    try:
        fetched = transport.fetch(
            watch.url,
            etag=(watch.etag or None) if known else None,
            last_modified=(watch.last_modified or None) if known else None,
        )
        if fetched.not_modified:
            record_check(watch, not_modified=True, now=now)
            return OriginalWatch.Outcome.NOT_MODIFIED
        article = pages.extract_article(fetched.content, fetched.url)
    except transport.FetchError as exc:
        record_failure(watch, code=exc.code, message=str(exc), now=now)
        return OriginalWatch.Outcome.FAILED
    except pages.ExtractionFailed as exc:
        record_failure(watch, code=exc.code, message=str(exc), now=now)
        return OriginalWatch.Outcome.FAILED
    theirs = [pages.unescape_markdown(article.lead)]
    theirs += [pages.unescape_markdown(block.text) for block in article.blocks]
    record_check(
        watch,
        text="\n".join(theirs),
        etag=fetched.etag or "",
        last_modified=fetched.last_modified or "",
        now=now,
    )
    watch.refresh_from_db()
    return watch.last_outcome
