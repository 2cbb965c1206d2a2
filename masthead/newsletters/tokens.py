"""Signed tokens in the links of newsletter emails (no session, no sign-in).

- Confirmation: the subscriber's key and the time, signed with ``TimestampSigner``; it expires
  after ``MASTHEAD_NEWSLETTER_CONFIRM_DAYS``.
- Preferences and unsubscribe: the subscriber's key, signed; it does not expire (a digest from
  last year must still unsubscribe) and is revoked by giving the subscriber a new key.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core import signing

from masthead.newsletters.models import Subscriber

CONFIRM_SALT = "masthead.newsletters.confirm"
MANAGE_SALT = "masthead.newsletters.manage"


class TokenExpired(Exception):
    """A genuine confirmation link, too old."""


def confirm_days() -> int:
    return int(getattr(settings, "MASTHEAD_NEWSLETTER_CONFIRM_DAYS", 7))


def confirm_token(subscriber: Subscriber) -> str:
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(str(subscriber.manage_key))


def manage_token(subscriber: Subscriber) -> str:
    return signing.Signer(salt=MANAGE_SALT).sign(str(subscriber.manage_key))


def _subscriber(key: str) -> Subscriber | None:
    try:
        return Subscriber.objects.filter(manage_key=uuid.UUID(key)).first()
    except ValueError:
        return None


def subscriber_from_confirm_token(token: str) -> Subscriber | None:
    """The subscriber, None for a forged or unknown token; ``TokenExpired`` for an old one."""
    signer = signing.TimestampSigner(salt=CONFIRM_SALT)
    try:
        key = signer.unsign(token, max_age=confirm_days() * 86400)
    except signing.SignatureExpired as error:
        raise TokenExpired from error
    except signing.BadSignature:
        return None
    return _subscriber(key)


def subscriber_from_manage_token(token: str) -> Subscriber | None:
    try:
        key = signing.Signer(salt=MANAGE_SALT).unsign(token)
    except signing.BadSignature:
        return None
    return _subscriber(key)
