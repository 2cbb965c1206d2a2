"""The bulk-mail ledger on PostgreSQL: a worker claiming a batch skips the rows another worker is
claiming at that instant (SKIP LOCKED) instead of waiting for them, and no row is claimed twice."""

from __future__ import annotations

import threading
import time

import pytest
from django.db import connection, transaction

from masthead.mailing import services
from masthead.mailing.models import Campaign, Delivery
from masthead.mailing.sending import claim_batch
from masthead.mailing.tests.support import TEST_KIND


@pytest.mark.django_db(transaction=True)
def test_claims_skip_rows_locked_by_another_worker_and_never_overlap() -> None:
    campaign = services.create_campaign(
        key="pg-claims",
        kind=TEST_KIND,
        list_id="daily",
        subject="Digest",
        recipients=((f"reader{n:02d}@example.org", str(n)) for n in range(30)),
    )
    Campaign.objects.filter(pk=campaign.pk).update(status=Campaign.Status.SENDING)
    ids = list(Delivery.objects.order_by("id").values_list("id", flat=True))
    holding, release = threading.Event(), threading.Event()

    def other_worker() -> None:
        try:
            with transaction.atomic():
                list(Delivery.objects.filter(id__in=ids[:10]).select_for_update())
                holding.set()
                release.wait(20)
        finally:
            connection.close()

    thread = threading.Thread(target=other_worker)
    thread.start()
    assert holding.wait(20)
    started = time.monotonic()
    first = claim_batch(campaign, "worker-a", 20)
    waited = time.monotonic() - started
    release.set()
    thread.join(20)
    second = claim_batch(campaign, "worker-b", 30)

    assert waited < 5  # did not queue behind the other worker's lock
    assert [d.pk for d in first] == ids[10:20]
    assert sorted(d.pk for d in second) == ids[:10] + ids[20:]
    owners = dict(Delivery.objects.values_list("id", "claimed_by"))
    assert {owners[pk] for pk in ids[10:20]} == {"worker-a"}
