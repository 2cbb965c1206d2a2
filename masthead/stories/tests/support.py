"""Stories the tests tell: a partner's piece about a lake ferry, and others about the same lake."""

from __future__ import annotations

from typing import Any

from wagtail.rich_text import RichText

from masthead.articles.models import ArticlePage
from masthead.syndication.models import PartnerPublication
from masthead.testing import Outlet, publish_article

FERRY_LEAD = (
    "The only ferry across Lake Varro will stop running on Sundays from next month, leaving "
    "villages on the northern shore without a weekend link to the market town."
)
FERRY = [
    "The operator told councillors on Tuesday that Sunday crossings carry fewer than forty "
    "passengers on most weeks, while the crew costs for the day have doubled since the winter.",
    "Residents of Oska and Pellin, the two largest villages on the northern shore, say the "
    "Sunday boat is how older people reach the weekly market and the clinic in Varro town.",
    "A petition with eleven hundred signatures was handed to the regional transport office, "
    "which funds part of the service and has the final word on the timetable.",
    "The transport office said it would study the figures before the end of the month and "
    "asked the operator to keep the Saturday evening crossing in any new plan.",
    "Fishermen on the lake have offered to carry passengers in their own boats, but the harbour "
    "master warned that none of them is licensed to take paying travellers.",
]


def ferry_text(paragraphs: list[str] | None = None, lead: str = FERRY_LEAD) -> str:
    return "\n\n".join([lead, *(paragraphs if paragraphs is not None else FERRY)])


def lightly_edited() -> str:
    """A few words changed and the last two paragraphs swapped, as a partner's copy desk does."""
    edited = list(FERRY)
    edited[0] = edited[0].replace("fewer than forty", "under forty").replace("doubled", "risen")
    edited[2] = edited[2].replace("eleven hundred", "1,100")
    edited[3], edited[4] = edited[4], edited[3]
    return ferry_text(edited)


# Another story about the same lake and the same ferry: shared names, different reporting.
SAME_SUBJECT = (
    "Lake Varro's ferry operator has ordered a second, smaller boat for the northern shore "
    "route. The new vessel, built in a yard near the river mouth, will carry sixty passengers "
    "and should enter service in the spring. Villagers in Oska and Pellin welcomed the news but "
    "asked whether the Sunday timetable will change. The regional transport office, which funds "
    "part of the service, said the order was paid for by the operator alone. The harbour master "
    "said the boat would be moored at Varro town over the winter months."
)


def body(paragraphs: list[str]) -> list[tuple[str, RichText]]:
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs]


def publish_ferry(
    outlet: Outlet, partner: PartnerPublication, *, url: str, **fields: Any
) -> ArticlePage:
    """Our copy of the partner's ferry piece, as published."""
    defaults: dict[str, Any] = {
        "title": "Sunday ferry to stop",
        "slug": "sunday-ferry",
        "lead": f"<p>{FERRY_LEAD}</p>",
        "body": body(FERRY),
        "partner": partner,
        "original_url": url,
    }
    defaults.update(fields)
    return publish_article(outlet, **defaults)
