"""The republication counter: one count per reader, copy and UTC day, with nothing kept about
the reader.

A hit is de-duplicated through ``sha256(salt, address, user agent, article, kit)``. The salt
is random, made for each UTC day and kept only in the cache (never in the database, never in
a log), so yesterday's hashes cannot be recomputed once it expires; the hash itself is kept
in the cache for 24 hours. The row that is written holds the article, the origin and path of
the page that showed the copy (from the Referer header, which is never fetched), the UTC day
and the count.
"""

from __future__ import annotations

import datetime
import hashlib
import secrets
from urllib.parse import urlsplit

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from masthead.core.ratelimit import client_ip
from masthead.sharing.models import RepublicationCount

SEEN_SECONDS = 24 * 60 * 60
# The salt outlives its day by an hour: a hit at 23:59:59 still finds it.
SALT_SECONDS = 25 * 60 * 60
MAX_ORIGIN = 255
MAX_PATH = 500


def utc_day() -> datetime.date:
    return timezone.now().astimezone(datetime.UTC).date()


def daily_salt(day: datetime.date) -> str:
    """The day's salt: made by the first hit of the UTC day, shared by every worker."""
    key = f"sharing:salt:{day.isoformat()}"
    cache.add(key, secrets.token_hex(32), timeout=SALT_SECONDS)
    salt = cache.get(key)
    # A cache that cannot keep it (down, or a dummy) still de-duplicates nothing wrongly:
    # a fresh salt per hit only means every hit counts.
    return str(salt) if salt else secrets.token_hex(32)


def reader_hash(salt: str, ip: str, user_agent: str, article_id: int, kit_id: str) -> str:
    material = "\x1f".join([salt, ip, user_agent, str(article_id), kit_id])
    return hashlib.sha256(material.encode()).hexdigest()


def where_from(referer: str) -> tuple[str, str]:
    """(origin, path) of an http(s) Referer, without query or fragment; ("", "") otherwise."""
    try:
        parts = urlsplit(referer.strip())
        host = parts.hostname
        port = parts.port
    except ValueError:
        return "", ""
    if parts.scheme not in ("http", "https") or not host:
        return "", ""
    default_port = {"http": 80, "https": 443}[parts.scheme]
    netloc = host if port in (None, default_port) else f"{host}:{port}"
    origin = f"{parts.scheme}://{netloc}"[:MAX_ORIGIN]
    return origin, (parts.path or "/")[:MAX_PATH]


def first_hit_today(request: HttpRequest, article_id: int, kit_id: str) -> bool:
    """True once per reader, article, kit and UTC day; the reader's details stay here."""
    day = utc_day()
    digest = reader_hash(
        daily_salt(day),
        client_ip(request),
        request.META.get("HTTP_USER_AGENT", ""),
        article_id,
        kit_id,
    )
    return bool(cache.add(f"sharing:seen:{digest}", 1, timeout=SEEN_SECONDS))


def record_read(article_id: int, origin: str, path: str, day: datetime.date) -> None:
    """Add one read of the copy at origin+path on ``day``."""
    key = {"article_id": article_id, "origin": origin, "path": path, "day": day}
    updated = RepublicationCount.objects.filter(**key).update(count=F("count") + 1)
    if updated:
        return
    try:
        with transaction.atomic():
            RepublicationCount.objects.create(**key, count=1)
    except IntegrityError:  # another worker created the row meanwhile
        RepublicationCount.objects.filter(**key).update(count=F("count") + 1)
