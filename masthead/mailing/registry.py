"""Composers: the apps that send bulk mail say here how one batch of their messages is written.

A composer is registered once per campaign ``kind`` (in its app's ``ready()``) and is called by
the sender with a claimed batch of deliveries; it returns one :class:`ComposedMessage` per
delivery it wants sent. The engine adds the envelope and the list headers (services.py), so every
kind of bulk mail gets the same unsubscribe, List-Id and Message-ID handling.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from masthead.mailing.models import Campaign, Delivery


@dataclass(frozen=True)
class ComposedMessage:
    """One recipient's message. ``unsubscribe_url`` is the https one-click URL (RFC 8058)."""

    delivery_id: int
    subject: str
    text: str
    html: str
    unsubscribe_url: str
    unsubscribe_mailto: str
    extra_headers: dict[str, str] = field(default_factory=dict)


Composer = Callable[["Campaign", Sequence["Delivery"]], Iterable[ComposedMessage]]

_composers: dict[str, Composer] = {}


def register_composer(kind: str, compose: Composer) -> None:
    """Use ``compose`` for every campaign of ``kind``. Registering a kind again replaces it."""
    _composers[kind] = compose


def get_composer(kind: str) -> Composer:
    try:
        return _composers[kind]
    except KeyError:
        raise LookupError(
            f"No mail composer is registered for campaigns of kind {kind!r}."
        ) from None


def registered_kinds() -> list[str]:
    return sorted(_composers)


# Mail sent back to the bounce mailbox that is neither a bounce nor a complaint: a reader's
# unsubscribe request to the List-Unsubscribe mailto. Each handler gets the message's subject
# and returns whether it acted on it (bounces.py asks each in turn).
ReplyHandler = Callable[[str], bool]

_reply_handlers: list[ReplyHandler] = []


def register_reply_handler(handle: ReplyHandler) -> None:
    """Ask ``handle`` about every message read from the bounce mailbox that is not a bounce."""
    if handle not in _reply_handlers:
        _reply_handlers.append(handle)


def reply_handlers() -> list[ReplyHandler]:
    return list(_reply_handlers)
