"""The background job that sends a campaign (sending.py does the work)."""

from __future__ import annotations

from typing import Any

from django_tasks import task

from masthead.mailing.sending import run_campaign


@task()
def send_campaign(campaign_id: int) -> dict[str, Any]:
    """Send what is due of one campaign. Safe to run twice at once: rows are leased one by one."""
    return run_campaign(campaign_id)
