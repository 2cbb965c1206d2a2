"""The mailing settings with their defaults (documented in docs/reference/settings.md)."""

from __future__ import annotations

from email.utils import parseaddr
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    "MAILING_DOMAIN": "",  # Message-ID and List-Id domain; "" = the host of SITE_BASE_URL
    "MAILING_FROM_EMAIL": "",  # "" = DEFAULT_FROM_EMAIL
    "MAILING_RETURN_PATH": "",  # envelope sender (bounce address); "" = the From address
    "MAILING_VERP": False,  # bounces+reader=example.org@… so a bounce names its recipient
    "MAILING_EMAIL_BACKEND": "",  # "" = EMAIL_BACKEND
    "MAILING_BATCH_SIZE": 100,
    "MAILING_LEASE_SECONDS": 300,
    "MAILING_MAX_ATTEMPTS": 3,  # 5xx answers before the address is dropped and suppressed
    "MAILING_MAX_TEMPORARY_ATTEMPTS": 8,  # 4xx answers before the delivery is given up
    "MAILING_RETRY_SECONDS": 300,  # first back-off; doubles with each try
    "MAILING_RETRY_MAX_SECONDS": 6 * 3600,
    "MAILING_DKIM_SELECTOR": "",  # only for the deliverability page's DNS check
    "MAILING_DNS_NAMESERVERS": [],  # the page's DNS check; [] = the system's resolver
    "MAILING_DNS_PORT": 53,
    "MAILING_BOUNCE_IMAP_HOST": "",  # "" = no bounce mailbox
    "MAILING_BOUNCE_IMAP_PORT": 993,
    "MAILING_BOUNCE_IMAP_SSL": True,
    "MAILING_BOUNCE_IMAP_USER": "",
    "MAILING_BOUNCE_IMAP_PASSWORD": "",
    "MAILING_BOUNCE_IMAP_FOLDER": "INBOX",
    "MAILING_BOUNCE_IMAP_DONE_FOLDER": "",  # "" = flag messages as seen instead of moving them
    "MAILING_BOUNCE_IMAP_TIMEOUT": 30,
}


def get(name: str) -> Any:
    return getattr(settings, name, DEFAULTS[name])


def domain() -> str:
    """The outlet's mail domain: Message-ID right-hand side and List-Id suffix."""
    configured = str(get("MAILING_DOMAIN")).strip()
    if configured:
        return configured
    return urlsplit(settings.SITE_BASE_URL).hostname or "localhost"


def from_email() -> str:
    return str(get("MAILING_FROM_EMAIL") or settings.DEFAULT_FROM_EMAIL)


def address_domain(address: str) -> str:
    """``news.example`` for ``"The Paper" <letters@news.example>``."""
    return parseaddr(address)[1].rpartition("@")[2].lower()
