"""The demo's partner register and feed ingest (masthead/ingest/), written for the project.

The partners' permission is recorded as an editor would; each has a feed address on its own
(unreachable) site, so a worker that polls it shows a clear error in the listing. The items
already "taken in" come from feed files in ``content/partner-feeds/`` through the same code a
poll uses: the Harbour Ledger's drafts are ready to publish (CC BY), the Sahel Notebook's is
held (a letter was promised but is not on file yet), and one item is shown as matching an
article the outlet already carries.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.utils import timezone

from masthead.articles.models import ArticlePage
from masthead.ingest.feeds import FeedItem, parse_feed
from masthead.ingest.models import IngestedItem
from masthead.ingest.services import take_in_feed_item
from masthead.syndication.models import PartnerFeed, PartnerPublication, Permission

FEEDS_DIR = Path(__file__).resolve().parent / "content" / "partner-feeds"

REGISTER: dict[str, dict[str, Any]] = {
    "The Harbour Ledger": {
        "permission": Permission.CC_BY,
        "contact_name": "Maren Olsby",
        "contact_email": "desk@harbourledger.example",
    },
    "Steppe Dispatch": {
        "permission": Permission.CC_BY,
        "contact_name": "Aigerim Sadyk",
        "contact_email": "editors@steppedispatch.example",
    },
    "Río Abierto": {
        "permission": Permission.CC_BY_ND,
        "translation_allowed": False,
        "contact_name": "Lucía Paredes",
        "contact_email": "redaccion@rioabierto.example",
    },
    "The Sahel Notebook": {
        # Agreed on a call; the signed letter has not arrived, so its date is not recorded.
        "permission": Permission.LETTER,
        "permission_scope": "Agreed by telephone with the editor on the features desk: all "
        "features, with credit and a link back. Signed letter to follow.",
        "translation_allowed": False,
        "contact_name": "Idrissa Kane",
        "contact_email": "features@sahelnotebook.example",
    },
    "Baltic Coast Monitor": {
        "permission": Permission.CC_BY_ND,
        "translation_allowed": False,
        "contact_name": "Kristjan Leht",
        "contact_email": "news@balticmonitor.example",
    },
}
FEEDS = {
    "The Harbour Ledger": ("https://harbourledger.example/feed.xml", "harbour-ledger.xml"),
    "The Sahel Notebook": ("https://sahelnotebook.example/rss", "sahel-notebook.xml"),
}


def load_demo_partners(log: Callable[[str], None] = lambda _msg: None) -> int:
    """Fill in the register, add the feeds and take in their items; returns items taken in."""
    if PartnerFeed.objects.exists():
        return 0
    log("Recording partners' permissions and taking in their feeds…")
    for name, fields in REGISTER.items():
        PartnerPublication.objects.filter(name=name).update(**fields)
    taken = 0
    for name, (url, filename) in FEEDS.items():
        partner = PartnerPublication.objects.filter(name=name).first()
        if partner is None:
            continue
        feed = PartnerFeed.objects.create(partner=partner, url=url, poll_minutes=60)
        parsed = parse_feed((FEEDS_DIR / filename).read_bytes(), content_type="application/rss+xml")
        feed.title = parsed.title
        feed.save(update_fields=["title"])
        for entry in parsed.items:
            taken += take_in_feed_item(feed, entry).item.pk is not None
        taken += _an_item_we_already_carry(feed)
    return taken


def _an_item_we_already_carry(feed: PartnerFeed) -> int:
    """One of the partner's published pieces arriving again in its feed: shown as a match."""
    ours = (
        ArticlePage.objects.live()
        .filter(partner=feed.partner, locale__language_code="en")
        .exclude(original_url="")
        .first()
    )
    if ours is None:
        return 0
    paragraphs = [block.value.source for block in ours.body if block.block_type == "paragraph"]
    entry = FeedItem(
        guid=f"{feed.partner.name}:{ours.slug}",
        link=ours.original_url,
        title=ours.title,
        authors=ours.author_names(),
        published=timezone.now() - datetime.timedelta(days=2),
        content_html=ours.lead + "".join(paragraphs),
    )
    if IngestedItem.objects.filter(feed=feed, key=entry.key).exists():
        return 0
    return int(take_in_feed_item(feed, entry).item.pk is not None)
