"""The worker's side of ingest: a short periodic job that queues one poll per due feed."""

from __future__ import annotations

import logging
from functools import partial

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from masthead.syndication.models import PartnerFeed

logger = logging.getLogger(__name__)


def queue_due_feeds() -> int:
    """The periodic job: queue a poll for each active feed whose interval has passed.

    The feed's ``last_polled_at`` is set as it is queued, so the next tick does not queue it
    again while the poll waits in the queue. Returns how many were queued.
    """
    from masthead.ingest.services import due_feeds

    now = timezone.now()
    queued = 0
    for feed in due_feeds(now):
        # Claimed by a conditional update: of two workers ticking at once, one queues it.
        claimed = PartnerFeed.objects.filter(pk=feed.pk, last_polled_at=feed.last_polled_at).update(
            last_polled_at=now
        )
        if claimed:
            transaction.on_commit(partial(poll_feed_task.enqueue, feed.pk))
            queued += 1
    return queued


@task()
def poll_feed_task(feed_id: int) -> int:
    """Poll one feed; returns the number of new items (errors are recorded on the feed)."""
    from masthead.ingest.services import poll_feed

    feed = PartnerFeed.objects.select_related("partner").filter(pk=feed_id).first()
    if feed is None or not feed.active:
        return 0
    outcome = poll_feed(feed)
    if outcome.error:
        logger.info("Feed %s failed: %s", feed.url, outcome.error)
    return len(outcome.new_items)
