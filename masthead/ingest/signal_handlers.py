"""When the partner register changes, ingested drafts follow its permission."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save

from masthead.syndication.models import PartnerPublication


def partner_saved(
    sender: type[PartnerPublication], instance: PartnerPublication, **kwargs: Any
) -> None:
    from masthead.ingest.services import refresh_held_items

    refresh_held_items(instance)


def connect() -> None:
    post_save.connect(partner_saved, sender=PartnerPublication, dispatch_uid="ingest.partner_saved")
